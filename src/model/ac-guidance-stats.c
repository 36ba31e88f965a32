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
 * "Pushed later while a caution rule fires" is read as: while soreness-
 * lingering or soreness-persistent fires, the date is not today (a session
 * on top of soreness that hasn't eased); and the date then moves a day at
 * a time while a session of the usual length and pressure on it would
 * make a caution rule fire:
 *
 * - overtreat-still-sore: a check-in of 4 or more in the 2 days before it.
 *   Check-ins after today are not known, so this ends by today + 3.
 * - overtreat-frequency and overtreat-deep-streak can't: the date is at
 *   least 7 days after the latest session, so the session would be alone
 *   in its 7 days.
 * - overtreat-load is left out: the session would be the whole of its 7
 *   days' load, and waiting only lowers the 4 weeks' average, so once a
 *   usual session would fire it, every later date would too. Anyone whose
 *   sessions are a fortnight apart would see every suggestion pushed to
 *   the limit, which is not advice anyone could follow.
 *
 * Other caution rules (rising-peaks, screening-*) don't depend on the date
 * and would push it for ever. The push stops after 28 days. */
G_STATIC_ASSERT (AC_NEXT_GAP_MIN >= 7);

/* Whether a session on @day would make overtreat-still-sore fire. The
 * first date it holds back goes in @next, with its check-in, for the
 * reason. */
static gboolean
holds_back (AcGuidanceContext *ctx,
            AcGuidanceNext    *next,
            guint32            day)
{
  int sore;

  if (!_ac_guidance_is_sore_before (ctx, day, &sore))
    return FALSE;

  if (next->sore_checkin < 0)
    {
      next->sore_checkin = sore;
      next->sore_day = day;
    }
  return TRUE;
}

/* Moves @next->day later while a caution rule holds it back, at most
 * AC_NEXT_PUSH_MAX days in all. */
static void
push_later (AcGuidanceContext *ctx,
            AcGuidanceNext    *next)
{
  guint32 start = next->day;

  next->not_today = _ac_guidance_get_sore_now (ctx, &next->not_today_persistent);
  if (next->day == ctx->today_day && next->not_today != NULL)
    next->day++;
  else
    next->not_today = NULL;

  while (holds_back (ctx, next, next->day))
    {
      if (next->day - start >= AC_NEXT_PUSH_MAX)
        {
          next->capped = TRUE;
          break;
        }
      next->day++;
    }

  next->pushed = (int) (next->day - start);
}

static void
compute_next (AcGuidanceContext *ctx,
              AcStats           *stats)
{
  AcGuidanceNext *next = &ctx->next;
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);

  next->sore_checkin = -1;
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

  push_later (ctx, next);

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
