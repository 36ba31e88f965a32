/* ac-range-chart.h — the sides of one comparison as ranges on one scale
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-comparison.h"

G_BEGIN_DECLS

#define AC_TYPE_RANGE_CHART (ac_range_chart_get_type ())

G_DECLARE_FINAL_TYPE (AcRangeChart, ac_range_chart, AC, RANGE_CHART, GtkWidget)

GtkWidget    *ac_range_chart_new            (AcComparison *comparison);
AcComparison *ac_range_chart_get_comparison (AcRangeChart *self);
void          ac_range_chart_set_comparison (AcRangeChart *self,
                                             AcComparison *comparison);
const char   *ac_range_chart_get_summary    (AcRangeChart *self);

G_END_DECLS
