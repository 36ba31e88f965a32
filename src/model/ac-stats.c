/* ac-stats.c — statistics of the journal, for the advice view and the CLI
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-stats"

#include "config.h"

#include "ac-stats.h"

G_DEFINE_BOXED_TYPE (AcStats, ac_stats, ac_stats_copy, ac_stats_free)

/**
 * ac_stats_new:
 * @today: the day the statistics are for
 *
 * Returns: (transfer full): statistics of an empty journal: counts of 0,
 *   every median and the ratio -1, no dates
 */
AcStats *
ac_stats_new (const GDate *today)
{
  AcStats *self;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_new0 (AcStats, 1);
  self->today = *today;
  self->median_gap_days = -1;
  self->typical_minutes = -1;
  self->typical_pressure = -1;
  self->load_ratio = -1;
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    self->median_days_to_recover[p] = -1;
  g_date_clear (&self->suggested_next, 1);
  g_date_clear (&self->next_planned, 1);
  self->predicted_soreness = -1;

  return self;
}

/**
 * ac_stats_copy:
 *
 * Returns: (transfer full): a copy
 */
AcStats *
ac_stats_copy (const AcStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
ac_stats_free (AcStats *self)
{
  g_free (self);
}
