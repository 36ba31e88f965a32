/* ac-soreness-chart.h — daily soreness over time, against sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"
#include "ac-recovery.h"

G_BEGIN_DECLS

/**
 * AcChartRange:
 * @AC_CHART_RANGE_4_WEEKS: the last 4 weeks
 * @AC_CHART_RANGE_3_MONTHS: the last 3 months
 * @AC_CHART_RANGE_YEAR: the last year
 * @AC_CHART_RANGE_ALL: the whole journal
 *
 * How much of the journal the soreness chart shows.
 */
typedef enum
{
  AC_CHART_RANGE_4_WEEKS,
  AC_CHART_RANGE_3_MONTHS,
  AC_CHART_RANGE_YEAR,
  AC_CHART_RANGE_ALL,
} AcChartRange;

#define AC_TYPE_CHART_RANGE (ac_chart_range_get_type ())
GType ac_chart_range_get_type (void) G_GNUC_CONST;

/**
 * AcChartBand:
 * @AC_CHART_BAND_DAY: a column a day
 * @AC_CHART_BAND_WEEK: a calendar week (Monday to Sunday) a column
 * @AC_CHART_BAND_MONTH: a calendar month a column
 * @AC_CHART_BAND_QUARTER: three calendar months a column
 * @AC_CHART_BAND_YEAR: a calendar year a column
 *
 * What a column of the soreness chart holds. Where a day would be
 * narrower than a few pixels, the chart draws bands: the middle value of
 * their check-ins and their range, lowest to highest.
 */
typedef enum
{
  AC_CHART_BAND_DAY,
  AC_CHART_BAND_WEEK,
  AC_CHART_BAND_MONTH,
  AC_CHART_BAND_QUARTER,
  AC_CHART_BAND_YEAR,
} AcChartBand;

#define AC_TYPE_CHART_BAND (ac_chart_band_get_type ())
GType ac_chart_band_get_type (void) G_GNUC_CONST;

#define AC_TYPE_SORENESS_CHART (ac_soreness_chart_get_type ())

G_DECLARE_FINAL_TYPE (AcSorenessChart, ac_soreness_chart, AC, SORENESS_CHART, GtkWidget)

GtkWidget    *ac_soreness_chart_new         (AcContext       *context);
void          ac_soreness_chart_set_context (AcSorenessChart *self,
                                             AcContext       *context);
AcJournal    *ac_soreness_chart_get_journal (AcSorenessChart *self);
void          ac_soreness_chart_set_range   (AcSorenessChart *self,
                                             AcChartRange     range);
AcChartRange  ac_soreness_chart_get_range   (AcSorenessChart *self);
void          ac_soreness_chart_set_anchor  (AcSorenessChart *self,
                                             const GDate     *anchor);
gboolean      ac_soreness_chart_get_anchor  (AcSorenessChart *self,
                                             GDate           *anchor);
void          ac_soreness_chart_get_window  (AcSorenessChart *self,
                                             GDate           *first,
                                             GDate           *last);
const char   *ac_soreness_chart_get_summary (AcSorenessChart *self);
AcChartBand   ac_soreness_chart_get_band    (AcSorenessChart *self);
void          ac_soreness_chart_set_recovery (AcSorenessChart *self,
                                              AcRecovery      *recovery);
void          ac_soreness_chart_set_stress_sleep (AcSorenessChart *self,
                                                  gboolean         stress_sleep);
gboolean      ac_soreness_chart_get_stress_sleep (AcSorenessChart *self);
const char   *ac_soreness_chart_get_readout (AcSorenessChart *self);
gboolean      ac_soreness_chart_get_cursor  (AcSorenessChart *self,
                                             GDate           *date);
void          ac_soreness_chart_set_cursor  (AcSorenessChart *self,
                                             const GDate     *date);

G_END_DECLS
