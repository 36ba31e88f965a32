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

static char *
days_phrase (int days)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

/* rhythm-summary: ≥ 2 sessions done. The statistics, in words; the median
 * gap and length are rounded to whole days and minutes. */
static void
rule_summary (AcGuidanceContext *ctx)
{
  AcStats *stats = ctx->stats;
  g_autoptr(GPtrArray) body = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  int gap_days, length;

  if (ctx->n_done < 2)
    return;

  gap_days = _ac_round (stats->median_gap_days);
  length = _ac_round (stats->typical_minutes);
  gap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day apart", "%d days apart", gap_days),
                         gap_days);
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
  /* Translators: "10 days apart", "60 minutes", "moderate pressure" */
  g_ptr_array_add (body, g_strdup_printf (_("Usually %s, %s, %s."), gap, minutes,
                                          pressure_phrase (stats->typical_pressure)));

  first = _ac_guidance_format_day (ctx, ctx->done[0].day);
  last = _ac_guidance_format_day (ctx, ctx->done[ctx->n_done - 1].day);
  _ac_guidance_add (ctx, &summary, _ac_guidance_join (body),
                    /* Translators: a number of sessions, then two dates */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Based on your %u session from %s to %s.",
                                                  "Based on your %u sessions from %s to %s.",
                                                  ctx->n_done),
                                     ctx->n_done, first, last),
                    NULL);
}

/* rhythm-irregular: ≥ 4 sessions done, and the gaps between them go from
 * under 14 to 42 days or more, over the whole journal. The reason names
 * the shortest and the longest gap (the latest of equals). */
static void
rule_irregular (AcGuidanceContext *ctx)
{
  guint shortest = 0, longest = 0;
  g_autofree char *short_days = NULL;
  g_autofree char *long_days = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
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

  short_days = days_phrase ((int) (done[shortest].day - done[shortest - 1].day));
  long_days = days_phrase ((int) (done[longest].day - done[longest - 1].day));
  a = _ac_guidance_format_day (ctx, done[shortest - 1].day);
  b = _ac_guidance_format_day (ctx, done[shortest].day);
  c = _ac_guidance_format_day (ctx, done[longest - 1].day);
  d = _ac_guidance_format_day (ctx, done[longest].day);

  _ac_guidance_add (ctx, &irregular, NULL,
                    /* Translators: "3 days", two dates, "50 days", two dates */
                    g_strdup_printf (_("Your shortest gap was %s (%s to %s), your longest %s "
                                       "(%s to %s)."), short_days, a, b, long_days, c, d),
                    done[shortest - 1].session, done[shortest].session,
                    done[longest - 1].session, done[longest].session, NULL);
}

/* Why the suggested date moved later, a sentence for each rule that moved
 * it, from the data of the first date it held back. */
static void
add_push_reasons (AcGuidanceContext *ctx,
                  GPtrArray         *reason,
                  GPtrArray         *records)
{
  const AcGuidanceNext *next = &ctx->next;

  g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         /* Translators: a number of days */
                                                         "Moved %d day later.",
                                                         "Moved %d days later.",
                                                         next->pushed),
                                            next->pushed));

  if (next->not_today != NULL)
    {
      if (next->not_today_persistent)
        /* Translators: after "Moved 1 day later.", before a check-in such as
         * "Soreness 2 on 27 Nov, 7 days after your deep session of 20 Nov." */
        g_ptr_array_add (reason, g_strdup (_("Not today, while your soreness isn't going away.")));
      else
        /* Translators: after "Moved 1 day later.", before a check-in such as
         * "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov." */
        g_ptr_array_add (reason, g_strdup (_("Not today, while your soreness is lingering.")));
      g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, ctx->soreness.entry, next->not_today));
      g_ptr_array_add (records, next->not_today->checkin);
    }

  if (next->sore_checkin >= 0)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, next->sore_checkin);
      g_autofree char *day = _ac_guidance_format_day (ctx, next->sore_day);
      g_autofree char *sore_day = _ac_guidance_format_day (ctx, ctx->checkin_days[next->sore_checkin]);

      /* Translators: a date, soreness 0–10, a date */
      g_ptr_array_add (reason, g_strdup_printf (_("A session on %s would come while you're still "
                                                  "sore: soreness %d on %s."),
                                                day, ac_checkin_get_soreness (checkin), sore_day));
      if (!g_ptr_array_find (records, checkin, NULL))
        g_ptr_array_add (records, checkin);
    }

  if (next->capped)
    /* Translators: the most days a suggested date moves (28) */
    g_ptr_array_add (reason, g_strdup_printf (_("Suggestions move at most %d days later."),
                                              AC_NEXT_PUSH_MAX));
}

/* next-session: ≥ 2 sessions done and none planned; the date is computed
 * with the statistics (ac-guidance-stats.c, where the reading of "pushed
 * later" is). */
static void
rule_next_session (AcGuidanceContext *ctx)
{
  const AcGuidanceNext *next = &ctx->next;
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *date = NULL;
  g_autofree char *last = NULL;

  if (!next->valid)
    return;

  date = _ac_guidance_format_day (ctx, next->day);
  last = _ac_guidance_format_day (ctx, latest->day);

  body = g_ptr_array_new_with_free_func (g_free);
  /* Translators: a date */
  g_ptr_array_add (body, g_strdup_printf (_("Around %s would keep your usual rhythm."), date));
  /* Soreness first: it is what the user feels. */
  if (next->not_today != NULL || next->sore_checkin >= 0)
    g_ptr_array_add (body, g_strdup (_("That's a little later, to give your soreness time to ease.")));

  reason = g_ptr_array_new_with_free_func (g_free);
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
  if (next->from_today)
    g_ptr_array_add (reason, g_strdup (_("That day has passed, so today is suggested.")));

  records = g_ptr_array_new ();
  g_ptr_array_add (records, latest->session);
  if (next->pushed > 0)
    add_push_reasons (ctx, reason, records);

  _ac_guidance_add_records (ctx, &next_session, _ac_guidance_join (body), _ac_guidance_join (reason),
                            records);
}

/* predicted-soreness: a planned session exists (the next one); see
 * ac-guidance-stats.c for the reading of the prediction. */
static void
rule_predicted (AcGuidanceContext *ctx)
{
  const AcGuidancePrediction *prediction = &ctx->prediction;
  const AcGuidanceSession *planned = _ac_guidance_get_next_planned (ctx);
  g_autoptr(GPtrArray) reason = NULL;
  g_autofree char *date = NULL;
  g_autofree char *body = NULL;
  const char *pressure;

  if (!prediction->valid)
    return;

  date = _ac_guidance_format_day (ctx, planned->day);
  pressure = _ac_pressure_word (ac_session_get_pressure (planned->session));
  reason = g_ptr_array_new_with_free_func (g_free);

  if (prediction->value < 0)
    {
      /* Translators: the pressure (light, moderate, deep), then a date */
      body = g_strdup_printf (_("There's nothing yet to predict your soreness after your %s "
                                "session on %s from. Check in on the days after it to learn "
                                "how you respond."), pressure, date);
      /* Translators: the pressure (light, moderate, deep) */
      g_ptr_array_add (reason, g_strdup_printf (_("None of your %s sessions has a check-in in "
                                                  "the 3 days after it."), pressure));
    }
  else
    {
      g_autofree char *median = g_strdup_printf ("%g", prediction->median);

      /* Translators: the pressure (light, moderate, deep), a date, soreness 0–10 */
      body = g_strdup_printf (_("After your %s session on %s, expect your soreness to peak "
                                "around %d."), pressure, date, prediction->value);
      /* Translators: a number of sessions, the pressure (light, moderate,
       * deep), then a soreness value such as 3.5 */
      g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Your highest soreness after your %u %s session was %s.",
                                                             "The median of your highest soreness after your %u %s sessions is %s.",
                                                             prediction->n_sessions),
                                                prediction->n_sessions, pressure, median));
      if (prediction->first)
        g_ptr_array_add (reason, g_strdup (_("One point added: it's your first session.")));
      else if (prediction->long_gap)
        g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "One point added: it comes %d day after your last session.",
                                                               "One point added: it comes %d days after your last session.",
                                                               prediction->gap),
                                                  prediction->gap));
    }

  _ac_guidance_add (ctx, &predicted, g_steal_pointer (&body), _ac_guidance_join (reason),
                    planned->session, NULL);
}

void
_ac_guidance_rules_rhythm (AcGuidanceContext *ctx)
{
  rule_summary (ctx);
  rule_irregular (ctx);
  rule_next_session (ctx);
  rule_predicted (ctx);
}
