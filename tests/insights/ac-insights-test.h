/* ac-insights-test.h — small journals for the insights tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-insights.h"
#include "ac-journal.h"

G_BEGIN_DECLS

/* The day every insights test is for. */
#define AC_TEST_TODAY "2026-11-22"

/**
 * AcTestSession:
 * @date: "2026-11-20", the session at noon UTC
 * @minutes: its length; 0 is 60
 * @pressure: "light", "moderate" or "deep"; NULL is moderate
 * @purpose: a purpose word, or NULL for relaxation
 * @therapist: (nullable): a name
 * @felt: 0–10, or -1
 * @price: (nullable): "60.00 EUR"
 * @planned: whether it is only booked
 *
 * A session of a test journal.
 */
typedef struct
{
  const char *date;
  int         minutes;
  const char *pressure;
  const char *purpose;
  const char *therapist;
  int         felt;
  const char *price;
  gboolean    planned;
} AcTestSession;

AcSession    *ac_test_insights_add_session  (AcJournal           *journal,
                                             const AcTestSession *spec);
AcSession    *ac_test_insights_add_peak     (AcJournal           *journal,
                                             const char          *date,
                                             const char          *pressure,
                                             int                  peak);
void          ac_test_insights_add_checkin  (AcJournal           *journal,
                                             const char          *date,
                                             int                  soreness,
                                             int                  stress,
                                             int                  sleep);
char         *ac_test_insights_day          (const char          *date,
                                             int                  days);
AcInsights   *ac_test_insights_new          (AcJournal           *journal);
AcComparison *ac_test_insights_find         (AcInsights          *insights,
                                             AcInsightGroup       group,
                                             AcInsightMeasure     measure);
char         *ac_test_insights_sides        (AcComparison        *comparison);

G_END_DECLS
