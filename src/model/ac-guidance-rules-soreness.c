/* ac-guidance-rules-soreness.c — how sore the user is, and for how long
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-soreness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule normal_mild = {
  "soreness-normal", AC_SEVERITY_INFO, AC_EVIDENCE_STUDY, 25,
  N_("Mild soreness is normal"),
  N_("Some people feel mild soreness for a day or two after a massage, "
     "especially after deeper work or a first session. It usually eases on "
     "its own."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006" },
};

static const AcRule normal_some = {
  "soreness-normal", AC_SEVERITY_INFO, AC_EVIDENCE_STUDY, 25,
  N_("Some soreness is normal"),
  N_("Some soreness for a day or two after a massage is common, especially "
     "after deeper work or a first session. It usually eases on its own "
     "within 2–3 days."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006" },
};

/* soreness-lingering speaks of the person's usual recovery only when the
 * journal has one (GUIDANCE.md, "Usual recovery"). */
static const AcRule lingering_slower = {
  "soreness-lingering", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 26,
  N_("Soreness is lingering"),
  N_("Your soreness is easing more slowly than usual. You could mention it "
     "to your therapist and ask for lighter pressure next time."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006", "Farrar et al. 2001" },
};

static const AcRule lingering_longer = {
  "soreness-lingering", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 26,
  N_("Soreness is lingering"),
  N_("Your soreness is lasting longer than the usual 2–3 days. You could "
     "mention it to your therapist and ask for lighter pressure next time."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006", "Farrar et al. 2001" },
};

/* … and when it has one that this day hasn't reached yet. */
static const AcRule lingering_not_eased = {
  "soreness-lingering", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 26,
  N_("Soreness is lingering"),
  N_("Your soreness hasn't eased yet. If it is still there in a day or two, "
     "mention it to your therapist and ask for lighter pressure next time."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006", "Farrar et al. 2001" },
};

static const AcRule persistent = {
  "soreness-persistent", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_APP_RULE, 27,
  N_("Soreness that doesn't go away"),
  N_("If this is still there after a week, or getting worse, it's worth "
     "checking with a doctor or physiotherapist."),
  NULL,
  { "Carnes et al. 2010", "Farrar et al. 2001" },
};

static const AcRule severe = {
  "soreness-severe", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_APP_RULE, 10,
  N_("Severe soreness"),
  N_("Soreness this strong is more than a massage usually leaves. Rest, and "
     "see a doctor if it isn't clearly easing by tomorrow. If your muscles "
     "feel very weak or your urine is dark, get urgent care."),
  NULL,
  { "Palos et al. 2006", "Ernst 2003", "Yin et al. 2014" },
};

/* Adds "On days away from your sessions, your soreness is usually 3." to
 * @reason, unless the baseline is 0: the numbers in a reason are what the
 * person noted, and this says what they were measured against. */
void
_ac_guidance_add_baseline (AcGuidanceContext *ctx,
                           GPtrArray         *reason)
{
  if (ctx->baseline == 0)
    return;

  /* Translators: soreness 0–10 */
  g_ptr_array_add (reason, g_strdup_printf (_("On days away from your sessions, your soreness "
                                              "is usually %d."), ctx->baseline));
}

/* soreness-lingering's second clause: at d 3, excess ≥ 2 and not lower
 * than the peak (d 0–3, so no lower than every check-in before it). */
static gboolean
lingers_by_peak (const AcRecoveryEntry *entry,
                 const AcRecoveryPoint *point)
{
  return point->day == AC_PEAK_DAYS && point->excess >= AC_PERSISTENT_EXCESS &&
         point->excess >= entry->peak;
}

/* soreness-lingering: an attributed check-in at d ≥ 3 with excess ≥ 4, or
 * the clause above. */
static gboolean
lingers (const AcRecoveryEntry *entry,
         const AcRecoveryPoint *point)
{
  return point->day >= AC_PEAK_DAYS &&
         (point->excess >= AC_MODERATE_SORENESS || lingers_by_peak (entry, point));
}

/* Usual recovery: the median days until recovered over the sessions of
 * the same pressure before @entry, when at least 3 of them have check-ins
 * until recovered; rounded half up. One walk, made only when lingering
 * fires. */
static void
find_usual_recovery (AcGuidanceContext     *ctx,
                     const AcRecoveryEntry *entry)
{
  AcGuidanceSoreness *found = &ctx->soreness;
  AcPressure pressure = ac_session_get_pressure (entry->session);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (double));

  for (const AcRecoveryEntry *e = ctx->done; e < entry; e++)
    {
      double value = e->days_to_recover;

      if (e->days_to_recover >= 0 && ac_session_get_pressure (e->session) == pressure)
        g_array_append_val (days, value);
    }

  found->usual_sessions = days->len;
  if (days->len >= 3)
    found->usual_days = _ac_round (_ac_median ((double *) (gpointer) days->data, days->len));
}

/* The soreness rules speak of the latest session with attributed check-ins
 * in the last 7 days, and only of its check-ins (GUIDANCE.md): the latest
 * attributed check-in of those days names it, since a check-in is
 * attributed to the latest session before it. Check-ins that are not
 * attributed (sore calves after a neck massage) say nothing here.
 *
 * soreness-lingering and soreness-persistent speak of how the person is
 * now: the check-in that makes either fire must be in the last 7 days, and
 * no later attributed check-in may be recovered (excess ≤ 1). The points
 * that qualify are a tail of the session's curve, from current_from on.
 *
 * soreness-persistent: an attributed check-in at d 7–14 with excess ≥ 2,
 * or a rise of ≥ 2 points of excess after d 2, read as a check-in at least
 * 2 above an earlier one, both at d ≥ 2 (so 2 at d 2 and 4 at d 4 is a
 * rise): the lowest point since d 2 is kept as the walk goes, and only the
 * check-in it rises to must be current.
 *
 * Each names the latest check-in that qualifies. */
void
_ac_guidance_find_soreness (AcGuidanceContext *ctx)
{
  AcGuidanceSoreness *found = &ctx->soreness;
  const AcRecoveryPoint *low = NULL;
  int owner = -1;

  found->usual_days = -1;

  for (int i = (int) ctx->checkins->len - 1;
       i >= 0 && owner < 0 && _ac_guidance_is_recent (ctx, ctx->checkin_days[i]);
       i--)
    owner = _ac_recovery_get_attributed (ctx->recovery, (guint) i);
  if (owner < 0)
    return;

  found->entry = &ctx->done[owner];
  found->points = _ac_recovery_get_entry_points (ctx->recovery, found->entry);
  found->n_points = found->entry->n_points;

  for (guint j = 0; j < found->n_points; j++)
    {
      if (found->points[j].excess <= AC_RECOVERED_EXCESS)
        found->current_from = j;
      if (!_ac_guidance_is_recent (ctx, found->entry->day + found->points[j].day))
        found->current_from = j + 1;
    }

  for (guint j = 0; j < found->n_points; j++)
    {
      const AcRecoveryPoint *point = &found->points[j];
      gboolean current = j >= found->current_from;

      if (current && lingers (found->entry, point))
        found->lingering = point;

      if (current && point->day >= AC_PERSISTENT_DAY && point->excess >= AC_PERSISTENT_EXCESS)
        found->late = point;

      if (point->day < 2)
        continue;
      if (current && low != NULL && point->excess - low->excess >= AC_PERSISTENT_EXCESS)
        {
          found->rise_from = low;
          found->rise_to = point;
        }
      if (low == NULL || point->excess < low->excess)
        low = point;
    }

  ctx->lingering = found->lingering != NULL;
  if (ctx->lingering)
    find_usual_recovery (ctx, found->entry);
}

/* soreness-normal: the latest attributed check-in (of the session above)
 * is at d 0–2, with excess 1–6, not higher than the day before. "The day
 * before" is the attributed check-in of the previous calendar day when
 * there is one; at d 0, or with none the day before, there is nothing to
 * be higher than, and the condition holds. The title follows the band of
 * the excess. A soreness of 7 or more is never called normal: that is
 * soreness-severe's. */
static void
rule_normal (AcGuidanceContext *ctx)
{
  const AcGuidanceSoreness *found = &ctx->soreness;
  const AcRecoveryPoint *point;
  const AcRecoveryPoint *before = NULL;
  g_autoptr(GPtrArray) reason = NULL;

  if (found->entry == NULL)
    return;

  point = &found->points[found->n_points - 1];
  if (point->day > 2 || point->excess < 1 || point->excess > 6 ||
      point->soreness >= AC_SEVERE_SORENESS)
    return;

  if (found->n_points >= 2 && point[-1].day == point->day - 1)
    {
      before = &point[-1];
      if (point->excess > before->excess)
        return;
    }

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, found->entry, point));
  if (before != NULL)
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("The day before, it was %d."), before->soreness));
  _ac_guidance_add_baseline (ctx, reason);

  _ac_guidance_add (ctx, point->excess >= AC_MODERATE_SORENESS ? &normal_some : &normal_mild,
                    NULL, _ac_guidance_join (reason),
                    found->entry->session,
                    before != NULL ? before->checkin : point->checkin,
                    before != NULL ? point->checkin : NULL,
                    NULL);
}

/* "After your deep sessions you are usually back to normal within 2 days
 * (the middle value of 4 sessions)." */
static char *
describe_usual_recovery (AcGuidanceContext *ctx)
{
  const AcGuidanceSoreness *found = &ctx->soreness;
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (found->entry->session));

  if (found->usual_days == 0)
    /* Translators: the pressure (light, moderate, deep), then a number of
     * sessions */
    return g_strdup_printf (_("After your %s sessions you are usually back to normal the same day "
                              "(the middle value of %u sessions)."),
                            pressure, found->usual_sessions);

  /* Translators: the pressure (light, moderate, deep), days, then a number
   * of sessions */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "After your %s sessions you are usually back to normal within "
                                       "%d day (the middle value of %u sessions).",
                                       "After your %s sessions you are usually back to normal within "
                                       "%d days (the middle value of %u sessions).",
                                       found->usual_days),
                          pressure, found->usual_days, found->usual_sessions);
}

/* The item names the latest check-in that lingers, and lists each that
 * does since current_from. "More slowly than usual" needs a usual
 * recovery that the lingering day has reached. */
static void
rule_lingering (AcGuidanceContext *ctx)
{
  const AcGuidanceSoreness *found = &ctx->soreness;
  const AcRecoveryEntry *entry = found->entry;
  const AcRecoveryPoint *point = found->lingering;
  const AcRule *rule = &lingering_longer;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;

  if (point == NULL)
    return;

  if (found->usual_days >= 0)
    rule = point->day >= found->usual_days ? &lingering_slower : &lingering_not_eased;

  records = g_ptr_array_new ();
  g_ptr_array_add (records, entry->session);
  for (guint j = found->current_from; j < found->n_points; j++)
    if (lingers (entry, &found->points[j]))
      g_ptr_array_add (records, found->points[j].checkin);

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, point));
  /* With check-ins before d 3, it says what it is no lower than. */
  if (lingers_by_peak (entry, point) && point > &found->points[0])
    {
      const AcRecoveryPoint *highest = &found->points[0];

      for (const AcRecoveryPoint *p = found->points; p < point; p++)
        if (p->excess > highest->excess)
          highest = p;
      /* Translators: soreness 0–10 */
      g_ptr_array_add (reason, g_strdup_printf (_("That is no lower than your highest soreness "
                                                  "in the days before (%d)."), highest->soreness));
    }
  if (found->usual_days >= 0)
    g_ptr_array_add (reason, describe_usual_recovery (ctx));
  _ac_guidance_add_baseline (ctx, reason);

  _ac_guidance_add_records (ctx, rule, NULL, _ac_guidance_join (reason), records);
}

static void
rule_persistent (AcGuidanceContext *ctx)
{
  const AcGuidanceSoreness *found = &ctx->soreness;
  const AcRecoveryEntry *entry = found->entry;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;

  if (found->late == NULL && found->rise_to == NULL)
    return;

  records = g_ptr_array_new ();
  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (records, entry->session);
  if (found->rise_to != NULL)
    {
      g_autofree char *from = _ac_guidance_format_day (ctx, entry->day + found->rise_from->day);
      g_autofree char *to = _ac_guidance_format_day (ctx, entry->day + found->rise_to->day);
      g_autofree char *session_date = _ac_guidance_format_day (ctx, entry->day);
      const char *pressure = _ac_pressure_word (ac_session_get_pressure (entry->session));

      g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             /* Translators: soreness 0–10, a date, soreness, a
                                                              * date, the days after the session of each, the
                                                              * pressure (light, moderate, deep), the session's
                                                              * date. The plural goes with the second number. */
                                                             "Your soreness rose from %d on %s to %d on %s, "
                                                             "%d and %d day after your %s session of %s.",
                                                             "Your soreness rose from %d on %s to %d on %s, "
                                                             "%d and %d days after your %s session of %s.",
                                                             found->rise_to->day),
                                                found->rise_from->soreness, from,
                                                found->rise_to->soreness, to,
                                                found->rise_from->day, found->rise_to->day,
                                                pressure, session_date));
      g_ptr_array_add (records, found->rise_from->checkin);
      g_ptr_array_add (records, found->rise_to->checkin);
    }
  if (found->late != NULL)
    {
      g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, found->late));
      if (found->late != found->rise_to)
        g_ptr_array_add (records, found->late->checkin);
    }
  _ac_guidance_add_baseline (ctx, reason);

  _ac_guidance_add_records (ctx, &persistent, NULL, _ac_guidance_join (reason), records);
}

/* soreness-severe: a check-in in the last 3 days (today - 2 … today) with
 * soreness ≥ 7, attributed or not: severe soreness is a warning wherever
 * it came from. The reason names each, with its session when it is
 * attributed to one. */
static void
rule_severe (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  int i = _ac_guidance_last_checkin_until (ctx, ctx->today_day - 3) + 1;

  for (; (guint) i < ctx->checkins->len; i++)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, i);

      if (ac_checkin_get_soreness (checkin) < AC_SEVERE_SORENESS)
        continue;

      g_ptr_array_add (reason, _ac_guidance_describe_checkin (ctx, i));
      g_ptr_array_add (records, checkin);
    }

  if (records->len == 0)
    return;

  _ac_guidance_add_records (ctx, &severe, NULL, _ac_guidance_join (reason), records);
}

void
_ac_guidance_rules_soreness (AcGuidanceContext *ctx)
{
  rule_severe (ctx);
  rule_normal (ctx);
  rule_lingering (ctx);
  rule_persistent (ctx);
}
