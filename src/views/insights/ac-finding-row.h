/* ac-finding-row.h — one finding of the insights: what is compared, the
 * sentence, and the sides' ranges
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-comparison.h"
#include "ac-range-chart.h"

G_BEGIN_DECLS

#define AC_TYPE_FINDING_ROW (ac_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (AcFindingRow, ac_finding_row, AC, FINDING_ROW, GtkListBoxRow)

GtkWidget    *ac_finding_row_new            (AcComparison *comparison);
AcComparison *ac_finding_row_get_comparison (AcFindingRow *self);
AcRangeChart *ac_finding_row_get_chart      (AcFindingRow *self);

G_END_DECLS
