/* ac-brief-doctor.c — what the brief for a doctor says: the warning signs
 * of the last 90 days, the sessions in the 14 days before each, the
 * health conditions and the clearances
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A warning sign is what puts a hold on (GUIDANCE.md, the hold):
 *  - a red-flag symptom in a check-in of the 90 days; each is listed on
 *    its check-in's date, cleared or not: a doctor wants to know of a
 *    symptom that was checked the same day too;
 *  - soreness of 7 or more in a check-in of the 90 days (soreness-severe),
 *    likewise;
 *  - soreness-persistent and referral-not-improving, as the guidance
 *    engine found them on each of the 90 days: each time one starts to
 *    hold, dated by the latest check-in that made it fire (no earlier
 *    than the first of the 90 days; when it held already then, the brief
 *    says so).
 * Warning signs at most 14 days apart make one episode, so that a
 * session before both is listed once.
 */

#define G_LOG_DOMAIN "ac-brief-doctor"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"
#include "ac-guidance.h"

/* Soreness from this value holds (GUIDANCE.md, soreness-severe). */
#define SEVERE_SORENESS 7

static const struct
{
  AcBriefRule  rule;
  const char  *id;
  const char  *label;   /* as the hold's banner names it */
} rules[AC_BRIEF_N_RULES] = {
  { AC_BRIEF_RULE_SEVERE, "soreness-severe", N_("Severe soreness") },
  { AC_BRIEF_RULE_PERSISTENT, "soreness-persistent", N_("Soreness that doesn't go away") },
  { AC_BRIEF_RULE_REFERRAL, "referral-not-improving", N_("An injury that isn't improving with massage") },
};

/* The clearance's word for @rule: its rule id. */
const char *
_ac_brief_rule_to_string (AcBriefRule rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].rule == rule)
      return rules[i].id;
  g_return_val_if_reached (NULL);
}

const char *
_ac_brief_rule_get_label (AcBriefRule rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].rule == rule)
      return _(rules[i].label);
  g_return_val_if_reached (NULL);
}

static AcBriefRule
rule_for_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, id) == 0)
      return rules[i].rule;
  return 0;
}

static gboolean
in_the_days (AcBriefDoctor *self,
             const GDate   *date)
{
  return g_date_compare (date, &self->first_day) >= 0 && g_date_compare (date, &self->today) <= 0;
}

/* The warning of @date, added when there is none yet. */
static AcBriefWarning *
warning_on (GArray      *warnings,
            GHashTable  *by_day,
            AcJournal   *journal,
            const GDate *date)
{
  gpointer index;
  AcBriefWarning warning = { 0 };
  AcCheckin *checkin;

  if (g_hash_table_lookup_extended (by_day, GUINT_TO_POINTER (g_date_get_julian (date)), NULL, &index))
    return &g_array_index (warnings, AcBriefWarning, GPOINTER_TO_UINT (index));

  warning.date = *date;
  checkin = ac_journal_lookup_checkin_for_date (journal, date);
  warning.soreness = checkin != NULL ? ac_checkin_get_soreness (checkin) : -1;
  g_hash_table_insert (by_day, GUINT_TO_POINTER (g_date_get_julian (date)),
                       GUINT_TO_POINTER (warnings->len));
  g_array_append_val (warnings, warning);
  return &g_array_index (warnings, AcBriefWarning, warnings->len - 1);
}

/* Red flags and severe soreness, from the check-ins themselves. */
static void
read_checkins (AcBriefDoctor *self,
               AcJournal     *journal,
               GHashTable    *by_day)
{
  GListModel *checkins = ac_journal_get_checkins (journal);
  guint n = g_list_model_get_n_items (checkins);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      const GDate *date = ac_checkin_get_date (checkin);
      AcSymptom symptoms = ac_checkin_get_symptoms (checkin);
      gboolean severe = ac_checkin_get_soreness (checkin) >= SEVERE_SORENESS;
      AcBriefWarning *warning;

      if (!in_the_days (self, date) || (symptoms == AC_SYMPTOM_NONE && !severe))
        continue;

      warning = warning_on (self->warnings, by_day, journal, date);
      warning->symptoms |= symptoms;
      if (severe)
        warning->rules |= AC_BRIEF_RULE_SEVERE;
    }
}

/* The latest check-in of the advice item @id, or NULL. */
static AcCheckin *
latest_checkin_of (GListModel *advice,
                   AcJournal  *journal,
                   const char *id)
{
  guint n = g_list_model_get_n_items (advice);
  AcCheckin *latest = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
      const char * const *ids;

      if (strcmp (ac_advice_get_id (item), id) != 0)
        continue;
      ids = ac_advice_get_checkin_ids (item);
      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          AcCheckin *checkin = ac_journal_lookup_checkin (journal, ids[j]);

          if (checkin != NULL && (latest == NULL || ac_checkin_compare (checkin, latest, NULL) > 0))
            latest = checkin;
        }
    }

  return latest;
}

/* The hold's other two rules, as the engine found them day by day; and
 * today's hold. */
static void
read_holds (AcBriefDoctor *self,
            AcJournal     *journal,
            GHashTable    *by_day)
{
  guint held = 0;
  GDate day = self->first_day;

  for (; g_date_compare (&day, &self->today) <= 0; g_date_add_days (&day, 1))
    {
      g_autoptr(AcHold) hold = NULL;
      g_autoptr(GListModel) advice = ac_guidance_compute_all (journal, &day, NULL, &hold);
      const char * const *causes = ac_hold_get_causes (hold);
      guint holds = 0;

      for (guint i = 0; causes[i] != NULL; i++)
        {
          AcBriefRule rule = rule_for_id (causes[i]);
          AcCheckin *checkin;
          AcBriefWarning *warning;
          GDate date = day;

          if (rule == 0 || rule == AC_BRIEF_RULE_SEVERE)
            continue;
          holds |= rule;
          if ((held & rule) != 0)
            continue;

          /* It starts to hold: the check-in that made it fire dates it. */
          checkin = latest_checkin_of (advice, journal, causes[i]);
          if (checkin != NULL)
            date = *ac_checkin_get_date (checkin);
          if (g_date_compare (&date, &self->first_day) < 0)
            date = self->first_day;
          warning = warning_on (self->warnings, by_day, journal, &date);
          warning->rules |= rule;
          warning->earlier |= g_date_compare (&day, &self->first_day) == 0;
        }
      held = holds;

      if (g_date_compare (&day, &self->today) == 0)
        self->hold_title = g_strdup (ac_hold_get_title (hold));
    }
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (&((const AcBriefWarning *) a)->date, &((const AcBriefWarning *) b)->date);
}

static void
episode_clear (gpointer data)
{
  g_clear_pointer (&((AcBriefEpisode *) data)->sessions, g_ptr_array_unref);
}

/* Warning signs at most 14 days apart in one episode, with the done
 * sessions from 14 days before its first to its last. */
static void
make_episodes (AcBriefDoctor *self,
               AcJournal     *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint n_sessions = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < self->warnings->len; i++)
    {
      AcBriefWarning *warning = &g_array_index (self->warnings, AcBriefWarning, i);
      AcBriefEpisode *last = self->episodes->len > 0
                             ? &g_array_index (self->episodes, AcBriefEpisode, self->episodes->len - 1)
                             : NULL;
      AcBriefEpisode episode = { i, 1 };

      if (last != NULL &&
          g_date_days_between (&g_array_index (self->warnings, AcBriefWarning,
                                               last->first + last->n_warnings - 1).date,
                               &warning->date) <= AC_BRIEF_DAYS_BEFORE)
        {
          last->n_warnings++;
          continue;
        }

      episode.from = warning->date;
      g_date_subtract_days (&episode.from, AC_BRIEF_DAYS_BEFORE);
      episode.sessions = g_ptr_array_new_with_free_func (g_object_unref);
      g_array_append_val (self->episodes, episode);
    }

  for (guint e = 0; e < self->episodes->len; e++)
    {
      AcBriefEpisode *episode = &g_array_index (self->episodes, AcBriefEpisode, e);
      const GDate *to = &g_array_index (self->warnings, AcBriefWarning,
                                        episode->first + episode->n_warnings - 1).date;

      for (guint i = 0; i < n_sessions; i++)
        {
          g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
          GDate day;

          ac_session_get_local_date (session, &day);
          if (!ac_session_get_planned (session) && g_date_compare (&day, &episode->from) >= 0 &&
              g_date_compare (&day, to) <= 0)
            g_ptr_array_add (episode->sessions, g_steal_pointer (&session));
        }
    }
}

static void
read_clearances (AcBriefDoctor *self,
                 AcJournal     *journal)
{
  GListModel *clearances = ac_journal_get_clearances (journal);
  guint n = g_list_model_get_n_items (clearances);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcClearance) clearance = g_list_model_get_item (clearances, i);

      if (in_the_days (self, ac_clearance_get_date (clearance)))
        g_ptr_array_add (self->clearances, g_steal_pointer (&clearance));
    }
}

/**
 * _ac_brief_doctor_new:
 *
 * Runs the guidance engine for each of the 90 days: about 6 ms a day on
 * a heavy journal.
 *
 * Returns: (transfer full): what the brief for a doctor says on @today;
 *   its warnings are empty when there is nothing to report
 */
AcBriefDoctor *
_ac_brief_doctor_new (AcJournal   *journal,
                      const GDate *today)
{
  AcBriefDoctor *self = g_new0 (AcBriefDoctor, 1);
  g_autoptr(GHashTable) by_day = g_hash_table_new (NULL, NULL);

  self->today = *today;
  self->first_day = *today;
  g_date_subtract_days (&self->first_day, AC_BRIEF_DOCTOR_DAYS - 1);
  self->conditions = ac_profile_get_conditions (ac_journal_get_profile (journal));
  self->warnings = g_array_new (FALSE, TRUE, sizeof (AcBriefWarning));
  self->episodes = g_array_new (FALSE, TRUE, sizeof (AcBriefEpisode));
  g_array_set_clear_func (self->episodes, episode_clear);
  self->clearances = g_ptr_array_new_with_free_func (g_object_unref);

  read_checkins (self, journal, by_day);
  read_holds (self, journal, by_day);
  g_array_sort (self->warnings, compare_warnings);
  make_episodes (self, journal);
  read_clearances (self, journal);

  /* The chart: from 14 days before the first warning sign to 14 days
   * after the last, or today. */
  g_date_clear (&self->chart_from, 1);
  g_date_clear (&self->chart_to, 1);
  if (self->warnings->len > 0)
    {
      self->chart_from = g_array_index (self->warnings, AcBriefWarning, 0).date;
      g_date_subtract_days (&self->chart_from, AC_BRIEF_DAYS_BEFORE);
      self->chart_to = g_array_index (self->warnings, AcBriefWarning, self->warnings->len - 1).date;
      g_date_add_days (&self->chart_to, AC_BRIEF_DAYS_BEFORE);
      if (g_date_compare (&self->chart_to, today) > 0)
        self->chart_to = *today;
    }

  return self;
}

void
_ac_brief_doctor_free (AcBriefDoctor *self)
{
  g_free (self->hold_title);
  g_array_unref (self->warnings);
  g_array_unref (self->episodes);
  g_ptr_array_unref (self->clearances);
  g_free (self);
}
