/* ac-guidance-stats.c — statistics, the suggested date, predicted soreness
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-stats"

#include "config.h"

#include "ac-guidance-private.h"

static guint
count_done_since (AcGuidanceContext *ctx,
                  guint32            day)
{
  return ctx->n_done - _ac_guidance_first_done_from (ctx, day);
}

static void
compute_counts (AcGuidanceContext *ctx,
                AcStats           *stats)
{
  stats->n_sessions = ctx->n_done;
  stats->n_planned = ctx->planned->len;
  stats->sessions_last_30_days = count_done_since (ctx, ctx->today_day - 29);
  stats->sessions_last_90_days = count_done_since (ctx, ctx->today_day - 89);
}

/* Median gap, typical length and typical pressure over all done sessions.
 * Two sessions on one day make a gap of 0: that is what the journal says.
 * A tie for the typical pressure goes to the pressure used most recently. */
static void
compute_rhythm (AcGuidanceContext *ctx,
                AcStats           *stats)
{
  g_autofree double *values = NULL;
  guint counts[AC_N_PRESSURES] = { 0 };
  int last_used[AC_N_PRESSURES] = { -1, -1, -1 };

  if (ctx->n_done == 0)
    return;

  values = g_new (double, ctx->n_done);

  for (guint i = 1; i < ctx->n_done; i++)
    values[i - 1] = ctx->done[i].day - ctx->done[i - 1].day;
  stats->median_gap_days = _ac_median (values, ctx->n_done - 1);

  for (guint i = 0; i < ctx->n_done; i++)
    {
      AcPressure pressure = ac_session_get_pressure (ctx->done[i].session);

      values[i] = ac_session_get_minutes (ctx->done[i].session);
      counts[pressure]++;
      last_used[pressure] = (int) i;
    }
  stats->typical_minutes = _ac_median (values, ctx->n_done);

  for (int p = 0; p < AC_N_PRESSURES; p++)
    {
      int best = stats->typical_pressure;

      if (counts[p] == 0)
        continue;
      if (best < 0 || counts[p] > counts[best] ||
          (counts[p] == counts[best] && last_used[p] > last_used[best]))
        stats->typical_pressure = p;
    }
}

/* GUIDANCE.md: acute load is the sum over the last 7 days, chronic load
 * the sum over the last 28 days divided by 4; done sessions only. */
static void
compute_load (AcGuidanceContext *ctx,
              AcStats           *stats)
{
  guint32 acute_from = ctx->today_day - 6;

  for (guint i = _ac_guidance_first_done_from (ctx, ctx->today_day - 27); i < ctx->n_done; i++)
    {
      guint load = ac_session_get_load (ctx->done[i].session);

      ctx->load_28 += load;
      if (ctx->done[i].day >= acute_from)
        stats->acute_load += load;
    }

  stats->chronic_load = ctx->load_28 / 4.0;
  stats->load_ratio = ctx->load_28 > 0 ? stats->acute_load / stats->chronic_load : -1;
}

static void
compute_recovery (AcGuidanceContext *ctx,
                  AcStats           *stats)
{
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    stats->median_days_to_recover[p] =
      ac_recovery_get_median_days_to_recover (ctx->recovery, p, &stats->n_days_to_recover[p]);
}

/* next-session: ≥ 2 sessions done and none planned. The date is the latest
 * session + the median gap (rounded, half up), the gap clamped to 7–28
 * days; a date that has already passed becomes today.
 *
 * "Pushed later while a caution rule fires" is read as: while a session of
 * the usual kind on that date would itself make a caution rule fire, the
 * date moves a day later. Of the rules that depend on a session's date,
 * only overtreat-still-sore can: overtreat-frequency and
 * overtreat-deep-streak look at the 7 days before, and the date is at
 * least 7 days after the latest session. overtreat-load is left out: a
 * later date only lowers the chronic load, so pushing can never end it.
 * Caution rules that don't depend on the date (soreness-lingering,
 * overtreat-rising-peaks, screening-*) would push it for ever and don't.
 * Check-ins after today are not known, so the push ends at most 3 days
 * after today. */
static void
compute_next (AcGuidanceContext *ctx,
              AcStats           *stats)
{
  AcGuidanceNext *next = &ctx->next;
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  int sore;

  next->pushed_by = -1;
  if (ctx->n_done < 2 || ctx->planned->len > 0)
    return;

  next->valid = TRUE;
  next->gap = _ac_round (stats->median_gap_days);
  next->clamped_gap = CLAMP (next->gap, AC_NEXT_GAP_MIN, AC_NEXT_GAP_MAX);
  next->day = latest->day + next->clamped_gap;
  if (next->day < ctx->today_day)
    {
      next->day = ctx->today_day;
      next->from_today = TRUE;
    }

  while (_ac_guidance_is_sore_before (ctx, next->day, &sore))
    {
      next->day++;
      next->pushed++;
      next->pushed_by = sore;
    }

  g_date_set_julian (&stats->suggested_next, next->day);
}

/* predicted-soreness: the median of the user's own peaks (d 0–3) after
 * done sessions of the planned session's pressure, rounded half up; +1
 * when it comes ≥ 56 days after the latest session or is the first in the
 * journal; clamped to 0–10. With no peak for that pressure there is
 * nothing to go by: the item still shows, and says so. (A first session
 * has no earlier peaks at all, so its +1 only matters if peaks of other
 * journals were ever used; they are not.) */
static void
compute_prediction (AcGuidanceContext *ctx,
                    AcStats           *stats)
{
  AcGuidancePrediction *prediction = &ctx->prediction;
  const AcGuidanceSession *planned = _ac_guidance_get_next_planned (ctx);
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  AcPressure pressure;

  prediction->value = -1;
  prediction->gap = -1;
  if (planned == NULL)
    return;

  g_date_set_julian (&stats->next_planned, planned->day);

  pressure = ac_session_get_pressure (planned->session);
  prediction->valid = TRUE;
  prediction->first = latest == NULL;
  if (latest != NULL)
    {
      prediction->gap = (int) (planned->day - latest->day);
      prediction->long_gap = prediction->gap >= AC_LONG_GAP_DAYS;
    }
  prediction->median = ac_recovery_get_median_peak (ctx->recovery, pressure, &prediction->n_sessions);

  if (prediction->n_sessions > 0)
    {
      int value = _ac_round (prediction->median);

      if (prediction->first || prediction->long_gap)
        value++;
      prediction->value = CLAMP (value, 0, 10);
    }

  stats->predicted_soreness = prediction->value;
  stats->predicted_soreness_sessions = prediction->n_sessions;
}

void
_ac_guidance_compute_stats (AcGuidanceContext *ctx)
{
  AcStats *stats = ac_stats_new (&ctx->today);

  compute_counts (ctx, stats);
  compute_rhythm (ctx, stats);
  compute_load (ctx, stats);
  compute_recovery (ctx, stats);
  compute_next (ctx, stats);
  compute_prediction (ctx, stats);

  ctx->stats = stats;
}
