/* ac-hold-words.c — what the views call the causes of a hold
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-hold-words"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-enum-types.h"
#include "ac-enums.h"
#include "ac-hold-words.h"

/**
 * ac_hold_words_cause_label:
 * @what: a cause of a hold, as a clearance names it: a symptom's word
 *   (`leg-swelling`) or a hold rule's id (`soreness-severe`,
 *   `soreness-persistent`, `referral-not-improving`)
 *
 * The words the banner's sentence uses for it (the model's
 * ac_guidance_compute_hold()), for the day's details and the dialogs.
 *
 * Returns: (transfer none): a label, "Swelling in one leg"; @what
 *   itself when it is none of those
 */
const char *
ac_hold_words_cause_label (const char *what)
{
  guint symptom;

  g_return_val_if_fail (what != NULL, NULL);

  symptom = ac_flag_from_string (AC_TYPE_SYMPTOM, what);
  if (symptom != 0)
    return ac_symptom_get_label (symptom);
  if (g_str_equal (what, "soreness-severe"))
    return _("Severe soreness");
  if (g_str_equal (what, "soreness-persistent"))
    return _("Soreness that isn't going away");
  if (g_str_equal (what, "referral-not-improving"))
    return _("An injury that isn't improving with massage");

  return what;
}

/**
 * ac_hold_words_list:
 * @labels: names, at least one
 *
 * Returns: (transfer full): the names as a list in a sentence, "Dark
 *   urine, Bruising and Severe soreness"
 */
char *
ac_hold_words_list (const char * const *labels)
{
  g_autoptr(GString) text = NULL;
  guint n;

  g_return_val_if_fail (labels != NULL && labels[0] != NULL, NULL);

  n = g_strv_length ((char **) labels);
  text = g_string_new (labels[0]);
  for (guint i = 1; i < n; i++)
    {
      if (i + 1 < n)
        /* Translators: joins a name to a list of them, "Dark urine, Bruising" */
        g_string_append_printf (text, _(", %s"), labels[i]);
      else
        /* Translators: joins the last name to a list of them, "Dark urine and Bruising" */
        g_string_append_printf (text, _(" and %s"), labels[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ac_hold_words_causes:
 * @hold: a hold that is on
 *
 * Returns: (transfer full): the names of the hold's causes in a list,
 *   "Swelling in one leg and Dark urine"
 */
char *
ac_hold_words_causes (AcHold *hold)
{
  const char * const *causes;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_return_val_if_fail (AC_IS_HOLD (hold), NULL);
  g_return_val_if_fail (ac_hold_is_on (hold), NULL);

  causes = ac_hold_get_causes (hold);
  for (guint i = 0; causes[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) ac_hold_words_cause_label (causes[i]));
  g_ptr_array_add (labels, NULL);

  return ac_hold_words_list ((const char * const *) labels->pdata);
}
