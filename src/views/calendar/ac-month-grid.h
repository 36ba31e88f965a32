/* ac-month-grid.h — a month of days, with sessions and check-ins
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-day-index.h"
#include "ac-context.h"
#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_MONTH_GRID (ac_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (AcMonthGrid, ac_month_grid, AC, MONTH_GRID, GtkWidget)

GtkWidget   *ac_month_grid_new                (void);
void         ac_month_grid_set_context        (AcMonthGrid  *self,
                                               AcContext    *context);
AcJournal   *ac_month_grid_get_journal        (AcMonthGrid  *self);
AcDayIndex  *ac_month_grid_get_index          (AcMonthGrid  *self);
void         ac_month_grid_get_today          (AcMonthGrid  *self,
                                               GDate        *today);
void         ac_month_grid_set_suggested_date (AcMonthGrid  *self,
                                               const GDate  *date);
gboolean     ac_month_grid_get_suggested_date (AcMonthGrid  *self,
                                               GDate        *date);
void         ac_month_grid_set_selected_date  (AcMonthGrid  *self,
                                               const GDate  *date);
void         ac_month_grid_get_selected_date  (AcMonthGrid  *self,
                                               GDate        *date);
void         ac_month_grid_move_month         (AcMonthGrid  *self,
                                               int           months);
guint        ac_month_grid_get_week_start     (AcMonthGrid  *self);
void         ac_month_grid_set_compact        (AcMonthGrid  *self,
                                               gboolean      compact);

G_END_DECLS
