/* ac-month-grid-private.h — what tests may look at inside the month grid
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-day-cell.h"
#include "ac-month-grid.h"

G_BEGIN_DECLS

#define AC_MONTH_GRID_N_CELLS 42

AcDayCell  *_ac_month_grid_get_cell         (AcMonthGrid *self,
                                             guint        index);
AcDayCell  *_ac_month_grid_get_cell_for_day (AcMonthGrid *self,
                                             const GDate *date);
GtkWidget  *_ac_month_grid_get_weekday      (AcMonthGrid *self,
                                             guint        column);

G_END_DECLS
