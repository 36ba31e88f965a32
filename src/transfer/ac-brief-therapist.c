/* ac-brief-therapist.c — what the brief for a therapist says: the health
 * profile, any hold, how the person responds to each pressure, and the
 * last sessions; and its sentences, which the PDF and the text share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-brief-therapist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"
#include "ac-guidance.h"
#include "ac-recovery.h"

/* A therapist reads the screening conditions for what they mean for the
 * massage: GUIDANCE.md's screening and booking-check wording, asked of
 * the therapist, to follow the condition's name and a dash. In
 * AcCondition's bit order. */
static const char * const for_massage[] = {
  N_("bruises more easily: please keep the pressure gentle, no deep work."),
  N_("firm pressure can cause bruising: please keep the pressure light, no deep work."),
  N_("has had a blood clot: please take care with the legs (thighs, calves, feet) and "
     "work on them only once a doctor has agreed."),
  N_("please adapt positions and pressure; a side-lying position is preferred."),
  N_("please adapt the massage to the current treatment; ask about it before starting."),
  N_("fragile bones: firm pressure may not be safe; please keep the pressure light, "
     "no deep work."),
  N_("a fresh sprain or strain: please avoid the injured area for the first 2–3 days."),
};

const char *
_ac_brief_condition_for_massage (AcCondition condition)
{
  guint index = g_bit_nth_lsf (condition, -1);

  g_return_val_if_fail (condition != 0 && (condition & (condition - 1)) == 0, NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (for_massage), NULL);

  return _(for_massage[index]);
}

/* Median days to recover and peaks, by pressure, when there are enough;
 * and how many sessions of each have attributed check-ins. */
static void
read_responses (AcBriefTherapist *self,
                AcRecovery       *recovery)
{
  guint n = ac_recovery_get_n_sessions (recovery);

  for (guint i = 0; i < n; i++)
    {
      guint n_points = 0;

      ac_recovery_get_points (recovery, i, &n_points);
      if (n_points > 0)
        self->response[ac_session_get_pressure (ac_recovery_get_session (recovery, i))].n_sessions++;
    }

  for (AcPressure pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    {
      AcBriefResponse *response = &self->response[pressure];
      guint n_peaks = 0, n_days = 0;
      double peak = ac_recovery_get_median_peak (recovery, pressure, &n_peaks);
      double days = ac_recovery_get_median_days_to_recover (recovery, pressure, &n_days);

      /* Halves round up, as the engine's medians do. */
      response->worst = peak >= 0 && n_peaks >= AC_BRIEF_MIN_SESSIONS
                        ? MIN ((int) (peak + 0.5) + self->baseline, 10) : -1;
      response->days = days >= 0 && n_days >= AC_BRIEF_MIN_SESSIONS ? (int) (days + 0.5) : -1;
    }
}

/* Which areas the attributed check-ins after deep sessions name while
 * sore (above the baseline), counted once a session. */
static void
read_deep_areas (AcBriefTherapist *self,
                 AcRecovery       *recovery)
{
  guint n = ac_recovery_get_n_sessions (recovery);

  for (guint i = 0; i < n; i++)
    {
      const AcRecoveryPoint *points;
      guint n_points = 0;
      guint sore = 0;

      if (ac_session_get_pressure (ac_recovery_get_session (recovery, i)) != AC_PRESSURE_DEEP)
        continue;

      points = ac_recovery_get_points (recovery, i, &n_points);
      for (guint j = 0; j < n_points; j++)
        if (points[j].excess > 0)
          sore |= ac_checkin_get_areas (points[j].checkin);

      if (sore == 0)
        continue;
      self->n_deep++;
      for (guint a = 0; a < AC_BODY_N_AREAS; a++)
        self->deep_areas[a] += (sore >> a) & 1;
    }
}

/* The latest done sessions on or before today, newest first. */
static void
read_last_sessions (AcBriefTherapist *self,
                    AcJournal        *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = n; i > 0 && self->last_sessions->len < AC_BRIEF_LAST_SESSIONS; i--)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i - 1);
      GDate day;

      ac_session_get_local_date (session, &day);
      if (ac_session_get_planned (session) || g_date_compare (&day, &self->today) > 0)
        continue;
      g_ptr_array_add (self->last_sessions, g_steal_pointer (&session));
    }
}

/**
 * _ac_brief_therapist_new:
 *
 * Returns: (transfer full): what the brief for a therapist says on @today
 */
AcBriefTherapist *
_ac_brief_therapist_new (AcJournal   *journal,
                         const GDate *today)
{
  AcBriefTherapist *self = g_new0 (AcBriefTherapist, 1);
  AcProfile *profile = ac_journal_get_profile (journal);
  g_autoptr(AcRecovery) recovery = ac_recovery_new (journal, today);
  g_autoptr(AcHold) hold = ac_guidance_compute_hold (journal, today);

  self->today = *today;
  self->conditions = ac_profile_get_conditions (profile);
  self->avoid_areas = ac_profile_get_avoid_areas (profile);
  self->notes = g_strdup (ac_profile_get_therapist_notes (profile));
  self->hold_title = g_strdup (ac_hold_get_title (hold));
  self->baseline = ac_recovery_get_baseline (recovery, NULL);
  self->last_sessions = g_ptr_array_new_with_free_func (g_object_unref);

  read_responses (self, recovery);
  read_deep_areas (self, recovery);
  read_last_sessions (self, journal);

  return self;
}

void
_ac_brief_therapist_free (AcBriefTherapist *self)
{
  g_free (self->notes);
  g_free (self->hold_title);
  g_ptr_array_unref (self->last_sessions);
  g_free (self);
}

/**
 * _ac_brief_response_sentence:
 *
 * Returns: (transfer full) (nullable): "Deep: usually sore for 3 days,
 *   worst around 6 of 10; 8 sessions", or %NULL when no session of
 *   @pressure has check-ins after it
 */
char *
_ac_brief_response_sentence (const AcBriefTherapist *therapist,
                             AcPressure              pressure)
{
  const AcBriefResponse *response = &therapist->response[pressure];
  const char *name = ac_pressure_get_label (pressure);
  g_autofree char *days = NULL;
  g_autofree char *worst = NULL;
  g_autofree char *count = NULL;

  if (response->n_sessions == 0)
    return NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                        response->n_sessions),
                           response->n_sessions);
  if (response->days < 0 && response->worst < 0)
    /* Translators: a pressure ("Deep"), then "2 sessions" */
    return g_strdup_printf (_("%s: %s with check-ins after them, too few yet to say what is usual"),
                            name, count);

  if (response->days == 0)
    days = g_strdup (_("usually back to normal the same day"));
  else if (response->days > 0)
    days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "usually sore for %d day",
                                         "usually sore for %d days", response->days),
                            response->days);
  if (response->worst >= 0)
    /* Translators: soreness on the 0–10 scale at its highest after a session */
    worst = g_strdup_printf (_("worst around %d of 10"), response->worst);

  if (days != NULL && worst != NULL)
    /* Translators: "Deep: usually sore for 3 days, worst around 6 of 10; 8 sessions" */
    return g_strdup_printf (_("%s: %s, %s; %s"), name, days, worst, count);
  /* Translators: "Deep: usually sore for 3 days; 8 sessions" */
  return g_strdup_printf (_("%s: %s; %s"), name, days != NULL ? days : worst, count);
}

/**
 * _ac_brief_response_items:
 *
 * Returns: (transfer full) (element-type utf8): a sentence for each
 *   pressure with check-ins after it (_ac_brief_response_sentence()), or
 *   one that says there are none
 */
GPtrArray *
_ac_brief_response_items (const AcBriefTherapist *therapist)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (AcPressure pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    {
      char *sentence = _ac_brief_response_sentence (therapist, pressure);

      if (sentence != NULL)
        g_ptr_array_add (items, sentence);
    }
  if (items->len == 0)
    g_ptr_array_add (items, g_strdup (_("No sessions with check-ins after them yet.")));

  return items;
}

/**
 * _ac_brief_baseline_sentence:
 *
 * Returns: (transfer full) (nullable): the soreness of days away from
 *   massage, when there is some
 */
char *
_ac_brief_baseline_sentence (const AcBriefTherapist *therapist)
{
  if (therapist->baseline <= 0)
    return NULL;

  return g_strdup_printf (_("On days away from massage my soreness is usually %d of 10."),
                          therapist->baseline);
}

/**
 * _ac_brief_deep_areas_sentence:
 *
 * Returns: (transfer full) (nullable): "Most often sore after deep work:
 *   Neck (6 of 8), …", or %NULL without such sessions
 */
char *
_ac_brief_deep_areas_sentence (const AcBriefTherapist *therapist)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint shown[AC_BODY_N_AREAS] = { 0 };

  if (therapist->n_deep == 0)
    return NULL;

  /* The four areas named most often, in the vocabulary's order on a tie. */
  for (guint k = 0; k < 4; k++)
    {
      int best = -1;

      for (guint a = 0; a < AC_BODY_N_AREAS; a++)
        if (!shown[a] && therapist->deep_areas[a] > 0 &&
            (best < 0 || therapist->deep_areas[a] > therapist->deep_areas[best]))
          best = a;
      if (best < 0)
        break;

      shown[best] = TRUE;
      if (list->len > 0)
        g_string_append (list, _(", "));
      /* Translators: an area, and in how many of the deep sessions it was sore: "Neck (6 of 8)" */
      g_string_append_printf (list, _("%s (%u of %u)"), ac_area_get_label (1u << best),
                              therapist->deep_areas[best], therapist->n_deep);
    }

  return g_strdup_printf (_("Most often sore after deep work: %s."), list->str);
}

/**
 * _ac_brief_areas_text:
 *
 * Returns: (transfer full): the labels of @areas, comma-separated, or ""
 */
char *
_ac_brief_areas_text (AcArea areas)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint a = 0; a < AC_BODY_N_AREAS; a++)
    if ((areas & (1u << a)) != 0)
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, ac_area_get_label (1u << a));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * _ac_brief_felt_text:
 *
 * Returns: (transfer full): how good @session felt right after, "8 of 10",
 *   or "not noted"
 */
char *
_ac_brief_felt_text (AcSession *session)
{
  int felt = ac_session_get_felt (session);

  if (felt < 0)
    return g_strdup (_("not noted"));
  /* Translators: how good a session felt, on a 0–10 scale */
  return g_strdup_printf (_("%d of 10"), felt);
}

/**
 * _ac_brief_prepared_text:
 *
 * Returns: (transfer full): the line under the brief's title
 */
char *
_ac_brief_prepared_text (const GDate *today)
{
  g_autofree char *day = _ac_report_format_date (today, TRUE);

  return g_strdup_printf (_("From my own Aftercare journal, prepared on %s. Soreness is "
                            "rated 0 (none) to 10 (worst)."), day);
}
