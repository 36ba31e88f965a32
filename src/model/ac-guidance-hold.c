/* ac-guidance-hold.c — the hold of GUIDANCE.md, from the advice's causes
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-guidance.h"
#include "ac-hold-private.h"

#define AC_POSTPONE_DAYS 14   /* planned sessions the hold asks to move */

/* The WHAT id of an item that holds massage, or NULL: red flags of
 * severity see-professional or above and the three hold rules. */
static const char *
cause_of (AcAdvice *advice)
{
  const char *id = ac_advice_get_id (advice);

  if (g_str_has_prefix (id, "red-flag-"))
    return ac_advice_get_severity (advice) >= AC_SEVERITY_SEE_PROFESSIONAL ? id + strlen ("red-flag-") : NULL;
  if (strcmp (id, "soreness-severe") == 0 ||
      strcmp (id, "soreness-persistent") == 0 ||
      strcmp (id, "referral-not-improving") == 0)
    return id;

  return NULL;
}

/* What a cause is called in the banner's sentence. */
static const char *
label_of (const char *what)
{
  guint symptom = ac_flag_from_string (AC_TYPE_SYMPTOM, what);

  if (symptom != 0)
    return ac_symptom_get_label (symptom);
  if (strcmp (what, "soreness-severe") == 0)
    return _("Severe soreness");
  if (strcmp (what, "soreness-persistent") == 0)
    return _("Soreness that isn't going away");
  return _("An injury that isn't improving with massage");
}

static char *
make_title (GPtrArray *causes)
{
  g_autoptr(GString) names = g_string_new (label_of (g_ptr_array_index (causes, 0)));

  for (guint i = 1; i < causes->len; i++)
    {
      const char *label = label_of (g_ptr_array_index (causes, i));

      /* Translators: joins the names of two warning signs, "Dark urine; Severe soreness" */
      g_string_append_printf (names, _("; %s"), label);
    }

  /* Translators: %s names the warning signs, "Swelling in one leg" */
  return g_strdup_printf (_("%s: have it checked, and hold off massage."), names->str);
}

static GPtrArray *
find_postponed (AcJournal   *journal,
                const GDate *today)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint32 first = g_date_get_julian (today);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0, n = g_list_model_get_n_items (sessions); i < n; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      GDate date;
      guint32 day;

      if (!ac_session_get_planned (session))
        continue;
      ac_session_get_local_date (session, &date);
      day = g_date_get_julian (&date);
      if (day >= first && day <= first + AC_POSTPONE_DAYS)
        g_ptr_array_add (ids, (gpointer) ac_session_get_id (session));
    }
  g_ptr_array_add (ids, NULL);

  return ids;
}

/**
 * ac_guidance_compute_hold:
 * @journal: the journal
 * @today: the day the hold is for
 *
 * Whether massage should wait (GUIDANCE.md, "The hold"), why, and which
 * planned sessions to postpone; the same causes the advice shows.
 *
 * Returns: (transfer full): the hold, on or off
 */
AcHold *
ac_guidance_compute_hold (AcJournal   *journal,
                          const GDate *today)
{
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(GPtrArray) causes = g_ptr_array_new ();
  g_autoptr(GPtrArray) postponed = NULL;
  g_autofree char *title = NULL;
  AcSeverity severity = AC_SEVERITY_INFO;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  advice = ac_guidance_compute_advice (journal, today);
  for (guint i = 0, n = g_list_model_get_n_items (advice); i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
      const char *what = cause_of (item);

      if (what == NULL)
        continue;
      g_ptr_array_add (causes, (gpointer) what);
      severity = MAX (severity, ac_advice_get_severity (item));
    }

  if (causes->len == 0)
    return _ac_hold_new (AC_SEVERITY_INFO, NULL, NULL, NULL);

  title = make_title (causes);
  postponed = find_postponed (journal, today);
  g_ptr_array_add (causes, NULL);

  return _ac_hold_new (severity, (const char * const *) causes->pdata, title,
                       (const char * const *) postponed->pdata);
}
