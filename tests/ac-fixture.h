/* ac-fixture.h — realistic journals for tests and benchmarks
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"

G_BEGIN_DECLS

/**
 * AcFixtureSpec:
 * @years: how many years the journal spans, ending on @end
 * @sessions_per_week: how often sessions come (1 typical, 7 heavy)
 * @checkin_days: check-ins on this many days after each session (0 to 3),
 *   unless @daily_checkins
 * @daily_checkins: a check-in every day
 * @planned: how many planned sessions to add after @end
 * @seed: the random seed; the same spec gives the same journal
 * @end: the last day of the journal ("today")
 */
typedef struct
{
  guint    years;
  double   sessions_per_week;
  guint    checkin_days;
  gboolean daily_checkins;
  guint    planned;
  guint32  seed;
  GDate    end;
} AcFixtureSpec;

void       ac_fixture_spec_typical (AcFixtureSpec       *spec,
                                    const GDate         *end);
void       ac_fixture_spec_heavy   (AcFixtureSpec       *spec,
                                    const GDate         *end);
AcJournal *ac_fixture_generate     (const AcFixtureSpec *spec);

G_END_DECLS
