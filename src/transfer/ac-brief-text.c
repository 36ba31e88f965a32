/* ac-brief-text.c — the brief for a therapist as plain text, to paste
 * into a message
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same sections and sentences as the PDF page, from the same
 * AcBriefTherapist, with the notes whole; lines are not wrapped, so that
 * a mail program wraps them to its own width.
 */

#define G_LOG_DOMAIN "ac-brief-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-advice.h"
#include "ac-brief-private.h"

static void
heading (GString    *text,
         const char *title)
{
  g_string_append_printf (text, "\n%s\n", title);
}

static void
item (GString    *text,
      const char *line)
{
  g_string_append_printf (text, "- %s\n", line);
}

static void
append_conditions (GString          *text,
                   AcBriefTherapist *therapist)
{
  heading (text, _("Health conditions"));
  if (therapist->conditions == AC_CONDITION_NONE)
    item (text, _("None recorded."));
  for (guint bit = 1; bit != 0 && bit <= (guint) therapist->conditions; bit <<= 1)
    if ((therapist->conditions & bit) != 0)
      {
        /* Translators: a health condition, and what it means for the massage */
        g_autofree char *line = g_strdup_printf (_("%s — %s"), ac_condition_get_label (bit),
                                                 _ac_brief_condition_for_massage (bit));

        item (text, line);
      }
}

static void
append_response (GString          *text,
                 AcBriefTherapist *therapist)
{
  g_autoptr(GPtrArray) items = _ac_brief_response_items (therapist);
  g_autofree char *deep = _ac_brief_deep_areas_sentence (therapist);
  g_autofree char *baseline = _ac_brief_baseline_sentence (therapist);

  heading (text, _("How I usually respond"));
  for (guint i = 0; i < items->len; i++)
    item (text, g_ptr_array_index (items, i));
  if (deep != NULL)
    g_string_append_printf (text, "%s\n", deep);
  if (baseline != NULL)
    g_string_append_printf (text, "%s\n", baseline);
}

static void
append_sessions (GString          *text,
                 AcBriefTherapist *therapist)
{
  heading (text, _("Last three sessions"));
  if (therapist->last_sessions->len == 0)
    item (text, _("No sessions yet."));
  for (guint i = 0; i < therapist->last_sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (therapist->last_sessions, i);
      g_autofree char *day = NULL;
      g_autofree char *areas = _ac_brief_areas_text (ac_session_get_areas (session));
      g_autofree char *felt = _ac_brief_felt_text (session);
      g_autofree char *line = NULL;
      GDate local;

      ac_session_get_local_date (session, &local);
      day = _ac_report_format_date (&local, FALSE);
      /* Translators: a date, minutes, a pressure ("Deep"), the areas worked,
       * how good it felt ("8 of 10"): "Fri 20 Nov 2026, 60 min, Deep: Neck, Shoulders; how it felt: 8 of 10" */
      line = g_strdup_printf (_("%s, %d min, %s: %s; how it felt: %s"), day, ac_session_get_minutes (session),
                              ac_pressure_get_label (ac_session_get_pressure (session)),
                              areas[0] != '\0' ? areas : _("no areas noted"), felt);
      item (text, line);
    }
}

/**
 * _ac_brief_therapist_text:
 *
 * Returns: (transfer full): the brief as plain text, ending in a newline
 */
char *
_ac_brief_therapist_text (AcBriefTherapist *therapist)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *prepared = _ac_brief_prepared_text (&therapist->today);
  g_autofree char *avoid = _ac_brief_areas_text (therapist->avoid_areas);

  g_string_append_printf (text, "%s\n%s\n", _("Brief for a Therapist"), prepared);

  if (therapist->hold_title != NULL)
    {
      /* Translators: the hold's sentence follows */
      g_string_append_printf (text, "\n%s %s\n", _("MASSAGE ON HOLD:"), therapist->hold_title);
    }

  append_conditions (text, therapist);

  heading (text, _("Areas to avoid"));
  item (text, avoid[0] != '\0' ? avoid : _("None recorded."));

  if (therapist->notes[0] != '\0')
    {
      heading (text, _("Notes"));
      g_string_append_printf (text, "%s\n", therapist->notes);
    }

  append_response (text, therapist);
  append_sessions (text, therapist);

  g_string_append_printf (text, "\n%s\n", ac_advice_get_disclaimer ());

  return g_string_free (g_steal_pointer (&text), FALSE);
}
