/* ac-guidance-rules-soreness.c — how sore the user is, and for how long
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-soreness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule normal = {
  "soreness-normal", AC_SEVERITY_INFO, AC_EVIDENCE_STUDY, 25,
  N_("Mild soreness is normal"),
  N_("Some people feel mild soreness for a day or two after a massage, "
     "especially after deeper work or a first session. It usually eases on "
     "its own."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006" },
};

static const AcRule lingering = {
  "soreness-lingering", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 26,
  N_("Soreness is lingering"),
  N_("Your soreness is easing more slowly than usual. You could mention it "
     "to your therapist and ask for lighter pressure next time."),
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

/* soreness-normal: the latest check-in (the most recent on or before today)
 * is at d 0–2 of its session, with soreness 1–6, not higher than the day
 * before. "The day before" is the check-in of the previous calendar day
 * when there is one at d ≥ 0; at d 0, or with no check-in the day before,
 * there is nothing to be higher than, and the condition holds.
 *
 * The latest check-in must also be in the last 7 days: the advice speaks
 * of how the user feels now, and a recovery that is over long ago would
 * mislead. */
static void
rule_normal (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *entry;
  const AcRecoveryPoint *point;
  const AcRecoveryPoint *before = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  guint n_points;
  int owner;

  if (ctx->checkins->len == 0 || !_ac_guidance_is_recent (ctx, ctx->checkin_days[ctx->checkins->len - 1]))
    return;

  owner = _ac_recovery_find_entry_for_day (ctx->recovery, ctx->checkin_days[ctx->checkins->len - 1]);
  if (owner < 0)
    return;

  /* The latest check-in is the last point of its session. */
  entry = &ctx->done[owner];
  point = ac_recovery_get_points (ctx->recovery, owner, &n_points) + n_points - 1;
  if (point->day > 2 || point->soreness < 1 || point->soreness > 6)
    return;

  if (n_points >= 2 && point[-1].day == point->day - 1)
    {
      before = &point[-1];
      if (point->soreness > before->soreness)
        return;
    }

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, point));
  if (before != NULL)
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("The day before, it was %d."), before->soreness));

  _ac_guidance_add (ctx, &normal, NULL, _ac_guidance_join (reason),
                    entry->session,
                    before != NULL ? before->checkin : point->checkin,
                    before != NULL ? point->checkin : NULL,
                    NULL);
}

/* soreness-lingering's second clause: at d 3, not lower than the peak of
 * d 0–2. It needs a check-in at d 0–2 (@peak ≥ 0), and soreness of at
 * least 1 at d 3: with none at all, nothing lingers. */
static gboolean
lingers_by_peak (const AcRecoveryPoint *point,
                 int                    peak)
{
  return point->day == 3 && peak >= 0 && point->soreness >= peak && point->soreness >= 1;
}

/* soreness-lingering: a check-in at d ≥ 3 with soreness ≥ 4, or at d 3 not
 * lower than the peak of d 0–2. */
static gboolean
lingers (const AcRecoveryPoint *point,
         int                    peak)
{
  return point->day >= 3 && (point->soreness >= AC_MODERATE_SORENESS || lingers_by_peak (point, peak));
}

/* soreness-lingering and soreness-persistent look at the recovery from the
 * latest session: the check-ins since it. Over the whole journal they would
 * fire for ever on some old session; the latest recovery is the one the
 * advice can still help with.
 *
 * They speak of how the user is now: advice about a recovery that is over
 * misleads. So the check-in that makes either fire must be in the last 7
 * days (as for red flags), and no later check-in of the session may be 1
 * or less (the user has recovered since). The points that qualify are a
 * tail of the session's curve, from current_from on.
 *
 * soreness-persistent: a check-in at d ≥ 7 with soreness ≥ 2, or a rise of
 * ≥ 2 points after d 2. A rise is read as a check-in at least 2 above an
 * earlier one, both at d ≥ 2 (so 2 at d 2 and 4 at d 4 is a rise): the
 * lowest point since d 2 is kept as the walk goes, and only the check-in
 * it rises to must be current.
 *
 * Each names the latest check-in that qualifies. */
void
_ac_guidance_find_soreness (AcGuidanceContext *ctx)
{
  AcGuidanceSoreness *found = &ctx->soreness;
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  const AcRecoveryPoint *low = NULL;
  guint n_points;

  found->peak = -1;
  if (latest == NULL || latest->n_points == 0)
    return;

  found->entry = latest;
  found->points = ac_recovery_get_points (ctx->recovery, ctx->n_done - 1, &n_points);

  for (guint j = 0; j < n_points; j++)
    {
      if (found->points[j].soreness <= 1)
        found->current_from = j;
      if (!_ac_guidance_is_recent (ctx, latest->day + found->points[j].day))
        found->current_from = j + 1;
    }

  for (guint j = 0; j < n_points; j++)
    {
      const AcRecoveryPoint *point = &found->points[j];
      gboolean current = j >= found->current_from;

      if (point->day <= 2)
        found->peak = MAX (found->peak, point->soreness);

      if (current && lingers (point, found->peak))
        found->lingering = point;

      if (current && point->day >= 7 && point->soreness >= 2)
        found->late = point;

      if (point->day < 2)
        continue;
      if (current && low != NULL && point->soreness - low->soreness >= 2)
        {
          found->rise_from = low;
          found->rise_to = point;
        }
      if (low == NULL || point->soreness < low->soreness)
        low = point;
    }
}

/* The check-in that makes soreness-persistent fire, or else soreness-
 * lingering: the latest that qualifies; NULL when neither fires. */
const AcRecoveryPoint *
_ac_guidance_get_sore_now (AcGuidanceContext *ctx,
                           gboolean          *is_persistent)
{
  const AcGuidanceSoreness *found = &ctx->soreness;

  *is_persistent = found->late != NULL || found->rise_to != NULL;
  if (!*is_persistent)
    return found->lingering;
  if (found->rise_to == NULL || (found->late != NULL && found->late->day > found->rise_to->day))
    return found->late;
  return found->rise_to;
}

/* The item names the latest check-in that lingers, and lists each that
 * does since current_from. */
static void
rule_lingering (AcGuidanceContext *ctx)
{
  const AcGuidanceSoreness *found = &ctx->soreness;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;

  if (found->lingering == NULL)
    return;

  records = g_ptr_array_new ();
  g_ptr_array_add (records, found->entry->session);
  for (guint j = found->current_from; j < found->entry->n_points; j++)
    if (lingers (&found->points[j], found->peak))
      g_ptr_array_add (records, found->points[j].checkin);

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, found->entry, found->lingering));
  if (lingers_by_peak (found->lingering, found->peak))
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("That is no lower than your highest soreness "
                                                "in the days before (%d)."), found->peak));

  _ac_guidance_add_records (ctx, &lingering, NULL, _ac_guidance_join (reason), records);
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

  _ac_guidance_add_records (ctx, &persistent, NULL, _ac_guidance_join (reason), records);
}

/* soreness-severe: a check-in in the last 3 days (today - 2 … today) with
 * soreness ≥ 7, whether or not a session came before it. The reason names
 * each, with its session when it has one. */
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
