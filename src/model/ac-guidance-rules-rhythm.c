/* ac-guidance-rules-rhythm.c — how often, when next, what to expect
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-rhythm"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule summary = {
  "rhythm-summary", AC_SEVERITY_INFO, AC_EVIDENCE_APP_RULE, 36,
  N_("Your rhythm"),
  NULL,
  NULL,
  { "Sherman et al. 2014", "Perlman et al. 2012" },
};

static const AcRule irregular = {
  "rhythm-irregular", AC_SEVERITY_TIP, AC_EVIDENCE_PRACTITIONER, 37,
  N_("An uneven rhythm"),
  N_("The time between your sessions varies a lot. A steadier rhythm makes "
     "it easier to tell how your body responds, and regular sessions tend "
     "to leave less soreness."),
  NULL,
  { "Nosaka et al. 2005" },
};

static const AcRule next_session = {
  "next-session", AC_SEVERITY_INFO, AC_EVIDENCE_APP_RULE, 38,
  N_("When to go next"),
  NULL,
  NULL,
  { "Sherman et al. 2014", "Perlman et al. 2012" },
};

static const AcRule predicted = {
  "predicted-soreness", AC_SEVERITY_INFO, AC_EVIDENCE_APP_RULE, 39,
  N_("What to expect after your next session"),
  NULL,
  NULL,
  { "Cambron et al. 2007", "Nosaka et al. 2005" },
};

static const AcRule predicted_high = {
  "predicted-soreness", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 39,
  N_("What to expect after your next session"),
  NULL,
  NULL,
  { "Cambron et al. 2007", "Nosaka et al. 2005", "Palos et al. 2006" },
};

static const char *
pressure_phrase (AcPressure pressure)
{
  switch (pressure)
    {
    case AC_PRESSURE_LIGHT:    return _("light pressure");
    case AC_PRESSURE_MODERATE: return _("moderate pressure");
    case AC_PRESSURE_DEEP:     return _("deep pressure");
    default:                   g_return_val_if_reached ("");
    }
}

/* rhythm-summary: ≥ 2 sessions done. The statistics, in words; the median
 * gap and length are rounded to whole days and minutes. A median gap of 0
 * (most sessions share their day with another) is said as such, and
 * sessions all on one day are "on" it, not "from" it "to" it. */
static void
rule_summary (AcGuidanceContext *ctx)
{
  AcStats *stats = ctx->stats;
  g_autoptr(GPtrArray) body = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  char *reason;
  int gap_days, length;

  if (ctx->n_done < 2)
    return;

  gap_days = _ac_round (stats->median_gap_days);
  length = _ac_round (stats->typical_minutes);
  minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", length),
                             length);

  body = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (body, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Last 30 days: %u session.",
                                                       "Last 30 days: %u sessions.",
                                                       stats->sessions_last_30_days),
                                          stats->sessions_last_30_days));
  g_ptr_array_add (body, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Last 90 days: %u session.",
                                                       "Last 90 days: %u sessions.",
                                                       stats->sessions_last_90_days),
                                          stats->sessions_last_90_days));

  first = _ac_guidance_format_day (ctx, ctx->done[0].day);
  last = _ac_guidance_format_day (ctx, ctx->done[ctx->n_done - 1].day);

  if (ctx->done[0].day == ctx->done[ctx->n_done - 1].day)
    {
      /* Translators: "60 minutes", "moderate pressure" */
      g_ptr_array_add (body, g_strdup_printf (_("Usually %s, %s."), minutes,
                                              pressure_phrase (stats->typical_pressure)));
      /* Translators: a number of sessions, then a date */
      reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Based on your %u session on %s.",
                                             "Based on your %u sessions on %s.",
                                             ctx->n_done),
                                ctx->n_done, first);
    }
  else
    {
      if (gap_days == 0)
        /* Translators: "60 minutes", "moderate pressure" */
        g_ptr_array_add (body, g_strdup_printf (_("Usually more than one session a day, %s, %s."),
                                                minutes, pressure_phrase (stats->typical_pressure)));
      else
        {
          g_autofree char *gap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day apart",
                                                               "%d days apart", gap_days),
                                                  gap_days);

          /* Translators: "10 days apart", "60 minutes", "moderate pressure" */
          g_ptr_array_add (body, g_strdup_printf (_("Usually %s, %s, %s."), gap, minutes,
                                                  pressure_phrase (stats->typical_pressure)));
        }
      /* Translators: a number of sessions, then two dates */
      reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Based on your %u session from %s to %s.",
                                             "Based on your %u sessions from %s to %s.",
                                             ctx->n_done),
                                ctx->n_done, first, last);
    }

  _ac_guidance_add (ctx, &summary, _ac_guidance_join (body), reason, NULL);
}

/* "13 days (1 Aug to 14 Aug)", or for two sessions on one day "the same
 * day (5 Jun)". */
static char *
describe_gap (AcGuidanceContext *ctx,
              guint              index)
{
  const AcRecoveryEntry *done = ctx->done;
  int days = (int) (done[index].day - done[index - 1].day);
  g_autofree char *from = _ac_guidance_format_day (ctx, done[index - 1].day);
  g_autofree char *to = NULL;

  if (days == 0)
    /* Translators: a date */
    return g_strdup_printf (_("the same day (%s)"), from);

  to = _ac_guidance_format_day (ctx, done[index].day);
  /* Translators: days, then two dates: "13 days (1 Aug to 14 Aug)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day (%s to %s)", "%d days (%s to %s)", days),
                          days, from, to);
}

/* rhythm-irregular: ≥ 4 sessions done, and the gaps between them go from
 * under 14 to 42 days or more, over the whole journal. The reason names
 * the shortest and the longest gap (the latest of equals), in the past. */
static void
rule_irregular (AcGuidanceContext *ctx)
{
  guint shortest = 0, longest = 0;
  g_autofree char *short_gap = NULL;
  g_autofree char *long_gap = NULL;
  const AcRecoveryEntry *done = ctx->done;

  if (ctx->n_done < 4)
    return;

  for (guint i = 1; i < ctx->n_done; i++)
    {
      guint32 gap = done[i].day - done[i - 1].day;

      if (shortest == 0 || gap <= done[shortest].day - done[shortest - 1].day)
        shortest = i;
      if (longest == 0 || gap >= done[longest].day - done[longest - 1].day)
        longest = i;
    }

  if (done[shortest].day - done[shortest - 1].day >= 14 ||
      done[longest].day - done[longest - 1].day < 42)
    return;

  short_gap = describe_gap (ctx, shortest);
  long_gap = describe_gap (ctx, longest);
  _ac_guidance_add (ctx, &irregular, NULL,
                    /* Translators: "3 days (1 Aug to 4 Aug)" or "the same day
                     * (5 Jun)", then "50 days (10 Jul to 29 Aug)" */
                    g_strdup_printf (_("Your sessions came as close together as %s and as far "
                                       "apart as %s."), short_gap, long_gap),
                    done[shortest - 1].session, done[shortest].session,
                    done[longest - 1].session, done[longest].session, NULL);
}

/* What the suggested date comes from: the latest session and the usual
 * gap, and the clamp when it applied. */
static void
add_start_reasons (AcGuidanceContext *ctx,
                   GPtrArray         *reason)
{
  const AcGuidanceNext *next = &ctx->next;
  g_autofree char *last = _ac_guidance_format_day (ctx, _ac_guidance_get_latest (ctx)->day);

  if (next->gap == 0)
    /* Translators: a date */
    g_ptr_array_add (reason, g_strdup_printf (_("Your last session was on %s, and most of your "
                                                "sessions are on the same day as another."), last));
  else
    /* Translators: a date, then a number of days */
    g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Your last session was on %s, and your sessions are usually %d day apart.",
                                                           "Your last session was on %s, and your sessions are usually %d days apart.",
                                                           next->gap),
                                              last, next->gap));
  if (next->clamped_gap != next->gap)
    g_ptr_array_add (reason, g_strdup_printf (_("Suggestions stay between %d and %d days after "
                                                "your last session."),
                                              AC_NEXT_GAP_MIN, AC_NEXT_GAP_MAX));
}

/* next-session: see _ac_guidance_compute_next() for the steps. The reason
 * names the start and every step that moved the date; "keeps your usual
 * rhythm" only when none did and the gap was not clamped. */
static void
rule_next_session (AcGuidanceContext *ctx)
{
  const AcGuidanceNext *next = &ctx->next;
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *date = NULL;
  gboolean keeps_rhythm;

  if (!next->valid)
    return;

  date = _ac_guidance_format_day (ctx, next->day);
  keeps_rhythm = next->clamped_gap == next->gap && !next->from_today &&
                 next->rising_push == 0 && next->sore_push == 0;

  body = g_ptr_array_new_with_free_func (g_free);
  if (keeps_rhythm)
    /* Translators: a date */
    g_ptr_array_add (body, g_strdup_printf (_("Around %s would keep your usual rhythm."), date));
  else
    /* Translators: a date */
    g_ptr_array_add (body, g_strdup_printf (_("Around %s would be a good time for your next session."), date));
  if (next->rising_push > 0)
    g_ptr_array_add (body, g_strdup (_("That leaves more time between sessions, as your soreness "
                                       "has been building up.")));
  if (next->sore_push > 0)
    g_ptr_array_add (body, g_strdup (_("That's a little later, to give your soreness time to ease.")));

  records = g_ptr_array_new ();
  g_ptr_array_add (records, _ac_guidance_get_latest (ctx)->session);

  reason = g_ptr_array_new_with_free_func (g_free);
  add_start_reasons (ctx, reason);
  if (next->rising_push > 0)
    g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           /* Translators: a number of days */
                                                           "Moved %d day later because each of your last sessions "
                                                           "left you sorer than the one before.",
                                                           "Moved %d days later because each of your last sessions "
                                                           "left you sorer than the one before.",
                                                           next->rising_push),
                                              next->rising_push));
  if (next->from_today)
    g_ptr_array_add (reason, g_strdup (_("That day has passed, so today is suggested.")));
  if (next->sore_push > 0)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, next->sore_checkin);
      g_autofree char *day = _ac_guidance_format_day (ctx, next->sore_day);
      g_autofree char *sore_day = _ac_guidance_format_day (ctx, ctx->checkin_days[next->sore_checkin]);

      g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             /* Translators: days, a date, soreness
                                                              * 0–10, a date */
                                                             "Moved %d day later: a session on %s would come "
                                                             "while you're still sore (soreness %d on %s).",
                                                             "Moved %d days later: a session on %s would come "
                                                             "while you're still sore (soreness %d on %s).",
                                                             next->sore_push),
                                                next->sore_push, day,
                                                ac_checkin_get_soreness (checkin), sore_day));
      g_ptr_array_add (records, checkin);
    }

  _ac_guidance_add_records (ctx, &next_session, _ac_guidance_join (body), _ac_guidance_join (reason),
                            records);
}

/* How many sessions the prediction rests on, when too few: "Only 1 of your
 * deep sessions has a check-in on its day or the 3 days after it." */
static char *
describe_too_few (const AcGuidancePrediction *prediction,
                  const char                 *pressure)
{
  if (prediction->n_sessions == 0)
    /* Translators: the pressure (light, moderate, deep) */
    return g_strdup_printf (_("None of your %s sessions has a check-in on its day or the 3 days "
                              "after it."), pressure);

  /* Translators: the pressure (light, moderate, deep) */
  return g_strdup_printf (_("Only one of your %s sessions has a check-in on its day or the 3 days "
                            "after it; it takes two."), pressure);
}

/* What the expected number rests on, and each adjustment. */
static void
add_prediction_reasons (AcGuidanceContext *ctx,
                        GPtrArray         *reason,
                        const char        *pressure)
{
  const AcGuidancePrediction *prediction = &ctx->prediction;
  g_autofree char *median = g_strdup_printf ("%g", prediction->median);

  if (prediction->n_sessions < 2)
    g_ptr_array_add (reason, describe_too_few (prediction, pressure));
  else if (ctx->baseline == 0)
    /* Translators: a number of sessions, the pressure (light, moderate,
     * deep), then a soreness value such as 3.5 */
    g_ptr_array_add (reason, g_strdup_printf (_("The middle value of your highest soreness after your "
                                                "%u %s sessions is %s."),
                                              prediction->n_sessions, pressure, median));
  else
    /* Translators: a number of sessions, the pressure (light, moderate,
     * deep), a soreness value such as 3.5, then soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("The middle value of your highest soreness after your "
                                                "%u %s sessions is %s above your usual %d."),
                                              prediction->n_sessions, pressure, median, ctx->baseline));

  if (prediction->latest_peak >= 0)
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("Your soreness has been building up, so this goes by "
                                                "your latest session instead: your highest soreness "
                                                "after it was %d."),
                                              prediction->latest_peak + ctx->baseline));

  if (prediction->n_sessions >= 2 && prediction->long_gap)
    g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "One point added: it comes %d day after your last session.",
                                                           "One point added: it comes %d days after your last session.",
                                                           prediction->gap),
                                              prediction->gap));

  if (prediction->floor_checkin >= 0)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, prediction->floor_checkin);
      g_autofree char *date = _ac_guidance_format_day (ctx, ctx->checkin_days[prediction->floor_checkin]);
      int soreness = ac_checkin_get_soreness (checkin);

      /* Translators: soreness 0–10, a date, then soreness 0–10 */
      g_ptr_array_add (reason, g_strdup_printf (_("You are still sore before it: soreness %d on %s, "
                                                  "so expect at least %d."),
                                                soreness, date, MIN (soreness + 1, 10)));
    }

  if (prediction->clamped)
    g_ptr_array_add (reason, g_strdup (_("10 is the top of the scale.")));
}

/* predicted-soreness: a planned session exists (the next one); see
 * _ac_guidance_compute_prediction() for the reading. 7 or more speaks as
 * a caution. */
static void
rule_predicted (AcGuidanceContext *ctx)
{
  const AcGuidancePrediction *prediction = &ctx->prediction;
  const AcGuidanceSession *planned = _ac_guidance_get_next_planned (ctx);
  g_autoptr(GPtrArray) reason = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *date = NULL;
  char *body;
  const char *pressure;

  if (!prediction->valid)
    return;

  date = _ac_guidance_format_day (ctx, planned->day);
  pressure = _ac_pressure_word (ac_session_get_pressure (planned->session));

  if (prediction->value < 0)
    /* Translators: the pressure (light, moderate, deep), then a date */
    body = g_strdup_printf (_("Your journal can't tell yet how sore you'll be after your %s session "
                              "on %s. Check in on the days after it to learn how you respond."),
                            pressure, date);
  else if (prediction->value >= AC_PREDICTED_HIGH)
    /* Translators: the pressure (light, moderate, deep), a date, soreness 0–10 */
    body = g_strdup_printf (_("After your %s session on %s, your soreness could reach about %d, "
                              "which is severe. You could ask for lighter pressure, or move the "
                              "session."), pressure, date, prediction->value);
  else
    /* Translators: the pressure (light, moderate, deep), a date, soreness 0–10 */
    body = g_strdup_printf (_("After your %s session on %s, expect your soreness to reach about %d."),
                            pressure, date, prediction->value);

  reason = g_ptr_array_new_with_free_func (g_free);
  add_prediction_reasons (ctx, reason, pressure);

  records = g_ptr_array_new ();
  g_ptr_array_add (records, planned->session);
  if (prediction->floor_checkin >= 0)
    g_ptr_array_add (records, _ac_guidance_get_checkin (ctx, prediction->floor_checkin));

  _ac_guidance_add_records (ctx, prediction->value >= AC_PREDICTED_HIGH ? &predicted_high : &predicted,
                            body, _ac_guidance_join (reason), records);
}

/* Runs last (ac-guidance.c, run_rules()): the suggested date and the
 * prediction read which rules fired. */
void
_ac_guidance_rules_rhythm (AcGuidanceContext *ctx)
{
  _ac_guidance_compute_next (ctx);
  _ac_guidance_compute_prediction (ctx);

  rule_summary (ctx);
  rule_irregular (ctx);
  rule_next_session (ctx);
  rule_predicted (ctx);
}
