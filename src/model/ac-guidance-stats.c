/* ac-guidance-stats.c — statistics, the suggested date, predicted soreness
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-stats"

#include "config.h"

#include "ac-guidance-private.h"

/* The statistics are computed with the context; the suggested date and
 * the prediction while the rules run, as they depend on what fired. */

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

/* next-session (GUIDANCE.md, "The suggested date"): ≥ 2 sessions done,
 * none planned, and soreness-lingering quiet; a hold takes it away too
 * (ac-guidance-rules-safety.c). Computed while the rules run, after the
 * ones it reads (ac-guidance.c, run_rules()). The steps:
 *
 * - Start: the latest session + the median gap (rounded, half up),
 *   clamped to 7–28 days.
 * - overtreat-rising-peaks fires: half the median gap (rounded, half up)
 *   is added, at least 7 days.
 * - A date that has already passed becomes today: it is when the person
 *   can next go.
 * - overtreat-frequency, -deep-streak or -load fires: the date must be at
 *   least 7 days after the latest session, when the sessions that made them
 *   fire have all left the 7 days before it. The clamp gives that already,
 *   and the steps above only move the date later.
 * - overtreat-still-sore would fire for a session on the date: it moves a
 *   day at a time. Check-ins after today are not known, so this ends by
 *   today + 3. */
G_STATIC_ASSERT (AC_NEXT_GAP_MIN >= 7);

void
_ac_guidance_compute_next (AcGuidanceContext *ctx)
{
  AcGuidanceNext *next = &ctx->next;
  AcStats *stats = ctx->stats;
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  int sore;

  next->sore_checkin = -1;
  if (ctx->n_done < 2 || ctx->planned->len > 0 || ctx->lingering)
    return;

  next->valid = TRUE;
  next->gap = _ac_round (stats->median_gap_days);
  next->clamped_gap = CLAMP (next->gap, AC_NEXT_GAP_MIN, AC_NEXT_GAP_MAX);
  next->day = latest->day + next->clamped_gap;

  if (_ac_guidance_has_item (ctx, "overtreat-rising-peaks"))
    {
      next->rising_push = MAX (_ac_round (stats->median_gap_days / 2), AC_NEXT_GAP_MIN);
      next->day += next->rising_push;
    }

  if (next->day < ctx->today_day)
    {
      next->day = ctx->today_day;
      next->from_today = TRUE;
    }

  while (_ac_guidance_is_sore_before (ctx, next->day, &sore))
    {
      if (next->sore_checkin < 0)
        {
          next->sore_checkin = sore;
          next->sore_day = next->day;
        }
      next->day++;
      next->sore_push++;
    }

  g_date_set_julian (&stats->suggested_next, next->day);
}

/* predicted-soreness (GUIDANCE.md, "The expected peak"), for the next
 * planned session; a hold takes it away (ac-guidance-rules-safety.c):
 *
 * - With ≥ 2 done sessions of its pressure with a peak: their median peak
 *   (rounded, half up) plus the baseline. When overtreat-rising-peaks
 *   fires, the latest peak instead, if it is higher: a build-up never
 *   lowers the expectation.
 * - +1 when it comes ≥ 56 days after the latest session. GUIDANCE.md adds
 *   a point for a first session too, but a first session has no earlier
 *   ones to go by: only the floor below can give it a number.
 * - The floor: when the latest check-in within the 2 days before it has
 *   excess ≥ 4 (_ac_guidance_is_sore_before()), at least that soreness
 *   + 1; without the sessions above, the floor alone is the number.
 * - Clamped to 0–10. With neither, there is nothing to go by: the item
 *   still shows, and says so. */
void
_ac_guidance_compute_prediction (AcGuidanceContext *ctx)
{
  AcGuidancePrediction *prediction = &ctx->prediction;
  AcStats *stats = ctx->stats;
  const AcGuidanceSession *planned = _ac_guidance_get_next_planned (ctx);
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  int value = -1;
  int sore;

  prediction->value = -1;
  prediction->gap = -1;
  prediction->latest_peak = -1;
  prediction->floor_checkin = -1;
  if (planned == NULL)
    return;

  g_date_set_julian (&stats->next_planned, planned->day);

  prediction->valid = TRUE;
  if (latest != NULL)
    {
      prediction->gap = (int) (planned->day - latest->day);
      prediction->long_gap = prediction->gap >= AC_LONG_GAP_DAYS;
    }
  prediction->median = ac_recovery_get_median_peak (ctx->recovery,
                                                    ac_session_get_pressure (planned->session),
                                                    &prediction->n_sessions);

  if (prediction->n_sessions >= 2)
    {
      value = _ac_round (prediction->median);
      if (_ac_guidance_has_item (ctx, "overtreat-rising-peaks"))
        {
          const AcRecoveryEntry *peak = _ac_guidance_get_latest_peak (ctx);

          if (peak->peak > value)
            {
              prediction->latest_peak = peak->peak;
              value = peak->peak;
            }
        }
      value += ctx->baseline;
      if (prediction->long_gap)
        value++;
    }

  if (_ac_guidance_is_sore_before (ctx, planned->day, &sore))
    {
      int floor = ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, sore)) + 1;

      if (floor > value)
        {
          prediction->floor_checkin = sore;
          value = floor;
        }
    }

  if (value > 10)
    {
      prediction->clamped = TRUE;
      value = 10;
    }
  prediction->value = value;

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
  stats->baseline = ctx->baseline;

  ctx->stats = stats;
}
