/* ac-comparison.h — one comparison of the person's own sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define AC_TYPE_COMPARISON (ac_comparison_get_type ())

/**
 * AcInsightGroup:
 * @AC_INSIGHT_GROUP_PRESSURE: light, moderate, deep
 * @AC_INSIGHT_GROUP_LENGTH: short ≤ 45, medium 46–75, long > 75 minutes
 * @AC_INSIGHT_GROUP_THERAPIST: the name as written
 * @AC_INSIGHT_GROUP_GAP: days since the session before: short < 10,
 *   medium 10–20, long > 20
 * @AC_INSIGHT_GROUP_PURPOSE: the session's purpose
 *
 * How sessions are put side by side (GUIDANCE.md, "Benefits and insights").
 */
typedef enum
{
  AC_INSIGHT_GROUP_PRESSURE,
  AC_INSIGHT_GROUP_LENGTH,
  AC_INSIGHT_GROUP_THERAPIST,
  AC_INSIGHT_GROUP_GAP,
  AC_INSIGHT_GROUP_PURPOSE,
} AcInsightGroup;

#define AC_N_INSIGHT_GROUPS 5

/**
 * AcInsightMeasure:
 * @AC_INSIGHT_MEASURE_PEAK: peak excess soreness, d 0–3
 * @AC_INSIGHT_MEASURE_RECOVERY_DAYS: days until recovered
 * @AC_INSIGHT_MEASURE_STRESS_CHANGE: mean stress at d 1–3 minus at d −3…−1
 * @AC_INSIGHT_MEASURE_SLEEP_CHANGE: the same for sleep
 * @AC_INSIGHT_MEASURE_FELT: how good the session felt, 0–10
 *
 * What is compared, one number per session.
 */
typedef enum
{
  AC_INSIGHT_MEASURE_PEAK,
  AC_INSIGHT_MEASURE_RECOVERY_DAYS,
  AC_INSIGHT_MEASURE_STRESS_CHANGE,
  AC_INSIGHT_MEASURE_SLEEP_CHANGE,
  AC_INSIGHT_MEASURE_FELT,
} AcInsightMeasure;

#define AC_N_INSIGHT_MEASURES 5

/**
 * AcInsightVerdict:
 * @AC_INSIGHT_VERDICT_DIFFERENCE: the ranges of two sides do not overlap
 * @AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE: every two ranges overlap
 * @AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA: fewer than two sides have 3 sessions
 *
 * What a comparison found, the strongest first.
 */
typedef enum
{
  AC_INSIGHT_VERDICT_DIFFERENCE,
  AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE,
  AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA,
} AcInsightVerdict;

/* A side takes part in a verdict with this many sessions. */
#define AC_INSIGHT_MIN_SESSIONS 3

/**
 * AcComparisonSide:
 * @label: the side's word in JSON: "deep", "short", "sport", or the
 *   therapist's name as written
 * @description: the side in a sentence, translated: "deep
 *   sessions", "sessions with Ana"
 * @count: how many sessions have the measure, at least 1
 * @middle: their median
 * @low: their 25th percentile
 * @high: their 75th percentile
 *
 * One group of sessions in a comparison.
 */
typedef struct
{
  char   *label;
  char   *description;
  guint   count;
  double  middle;
  double  low;
  double  high;
} AcComparisonSide;

G_DECLARE_FINAL_TYPE (AcComparison, ac_comparison, AC, COMPARISON, GObject)

AcInsightGroup          ac_comparison_get_group      (AcComparison     *self);
AcInsightMeasure        ac_comparison_get_measure    (AcComparison     *self);
AcInsightVerdict        ac_comparison_get_verdict    (AcComparison     *self);
const char             *ac_comparison_get_title      (AcComparison     *self);
const char             *ac_comparison_get_finding    (AcComparison     *self);
const char             *ac_comparison_get_text       (AcComparison     *self);
guint                   ac_comparison_get_n_sides    (AcComparison     *self);
const AcComparisonSide *ac_comparison_get_side       (AcComparison     *self,
                                                      guint             index);
gboolean                ac_comparison_get_pair       (AcComparison     *self,
                                                      guint            *first,
                                                      guint            *second);
void                    ac_comparison_get_scale      (AcComparison     *self,
                                                      double           *low,
                                                      double           *high);

const char             *ac_insight_group_to_string   (AcInsightGroup    group);
const char             *ac_insight_measure_to_string (AcInsightMeasure  measure);
const char             *ac_insight_verdict_to_string (AcInsightVerdict  verdict);
const char             *ac_insights_get_caveat       (void);
char                   *ac_insight_measure_format_value (AcInsightMeasure measure,
                                                         double           value);

G_END_DECLS
