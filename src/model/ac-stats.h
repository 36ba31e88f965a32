/* ac-stats.h — statistics of the journal, for the advice view and the CLI
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_STATS (ac_stats_get_type ())

/**
 * AcStats:
 * @today: the day the statistics are for
 * @n_sessions: done sessions on or before @today
 * @n_planned: planned sessions on or after @today
 * @sessions_last_30_days: done sessions in @today - 29 … @today
 * @sessions_last_90_days: done sessions in @today - 89 … @today
 * @median_gap_days: the median number of days between consecutive done
 *   sessions, or -1 with fewer than 2
 * @typical_minutes: the median length of done sessions, or -1 without any
 * @typical_pressure: the most frequent pressure of done sessions (a tie
 *   goes to the one used most recently), or -1 without any
 * @acute_load: the load (minutes × pressure weight) of the last 7 days
 * @chronic_load: the load of the last 28 days, divided by 4
 * @load_ratio: @acute_load / @chronic_load, or -1 when @chronic_load is 0
 * @median_days_to_recover: for each #AcPressure, the median days until
 *   soreness fell to 1 or less, or -1 when unknown
 * @n_days_to_recover: for each #AcPressure, how many sessions stand behind
 *   @median_days_to_recover
 * @suggested_next: the suggested date of the next session (the
 *   `next-session` rule), or an invalid date when there is none
 * @next_planned: the date of the next planned session, or an invalid date
 * @predicted_soreness: the expected peak soreness after the next planned
 *   session (the `predicted-soreness` rule), or -1 when unknown
 * @predicted_soreness_sessions: how many sessions @predicted_soreness is
 *   based on
 * @baseline: the person's soreness away from sessions (GUIDANCE.md's
 *   baseline): the median soreness of the check-ins of the last 90 days
 *   outside d 0–6 of every session, when there are at least 5, else 0
 *
 * Statistics of a journal on one day; ac_guidance_compute_stats() makes
 * them. Dates that may be missing are cleared #GDates: test them with
 * g_date_valid().
 */
typedef struct _AcStats AcStats;

struct _AcStats
{
  GDate   today;
  guint   n_sessions;
  guint   n_planned;
  guint   sessions_last_30_days;
  guint   sessions_last_90_days;
  double  median_gap_days;
  double  typical_minutes;
  int     typical_pressure;
  guint   acute_load;
  double  chronic_load;
  double  load_ratio;
  double  median_days_to_recover[AC_N_PRESSURES];
  guint   n_days_to_recover[AC_N_PRESSURES];
  GDate   suggested_next;
  GDate   next_planned;
  int     predicted_soreness;
  guint   predicted_soreness_sessions;
  int     baseline;
};

GType    ac_stats_get_type (void) G_GNUC_CONST;
AcStats *ac_stats_new      (const GDate   *today);
AcStats *ac_stats_copy     (const AcStats *self);
void     ac_stats_free     (AcStats       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcStats, ac_stats_free)

G_END_DECLS
