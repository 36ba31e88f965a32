/* ac-insights-private.h — what the insights' files share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-insights.h"
#include "ac-recovery-private.h"

G_BEGIN_DECLS

/* GUIDANCE.md's bands, in minutes and in days. */
#define AC_LENGTH_SHORT_MAX   45   /* short ≤ 45 … */
#define AC_LENGTH_MEDIUM_MAX  75   /* … medium 46–75, long > 75 */
#define AC_GAP_SHORT_BELOW    10   /* short < 10 … */
#define AC_GAP_MEDIUM_MAX     20   /* … medium 10–20, long > 20 */
#define AC_AROUND_DAYS         3   /* stress and sleep: d −3…−1 vs d 1–3 */

/* One done session and its measures; NAN where a measure is unknown. */
typedef struct
{
  const AcRecoveryEntry *entry;
  int                    gap;      /* days since the done session before, or -1 */
  double                 values[AC_N_INSIGHT_MEASURES];
} AcInsightSession;

/* ac-insights-compare.c */
GPtrArray    *_ac_insights_compare        (const AcInsightSession *sessions,
                                           guint                   n_sessions);
double        _ac_percentile              (const double           *sorted,
                                           guint                   n_values,
                                           double                  fraction);

/* ac-insights-text.c */
char         *_ac_insights_describe_side    (AcInsightGroup          group,
                                             guint                   side,
                                             const char             *therapist);
char         *_ac_insights_describe_title   (AcInsightGroup          group,
                                             AcInsightMeasure        measure);
char         *_ac_insights_describe_finding (AcInsightMeasure        measure,
                                             AcInsightVerdict        verdict,
                                             const AcComparisonSide *first,
                                             const AcComparisonSide *second);
char         *_ac_insights_describe_missing (AcInsightGroup          group,
                                             AcInsightMeasure        measure,
                                             GArray                 *sides);

/* ac-insights-costs.c */
GArray       *_ac_insights_compute_costs  (AcRecovery             *recovery,
                                           guint32                 today);
void          _ac_insights_compute_time   (AcRecovery             *recovery,
                                           guint32                 today,
                                           AcTimeSpent            *time_spent);

/* ac-comparison.c */
AcComparison *_ac_comparison_new          (AcInsightGroup          group,
                                           AcInsightMeasure        measure,
                                           GArray                 *sides,
                                           AcInsightVerdict        verdict,
                                           int                     first,
                                           int                     second,
                                           char                   *title,
                                           char                   *finding);
void          _ac_comparison_side_clear   (AcComparisonSide       *side);

G_END_DECLS
