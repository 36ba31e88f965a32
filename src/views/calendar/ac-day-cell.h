/* ac-day-cell.h — one day of the month grid
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-checkin.h"
#include "ac-hold.h"
#include "ac-session.h"

G_BEGIN_DECLS

#define AC_TYPE_DAY_CELL (ac_day_cell_get_type ())

G_DECLARE_FINAL_TYPE (AcDayCell, ac_day_cell, AC, DAY_CELL, GtkWidget)

/**
 * AcDayCellFlags:
 * @AC_DAY_CELL_OTHER_MONTH: the day belongs to the month before or after
 * @AC_DAY_CELL_TODAY: the day is today
 * @AC_DAY_CELL_SELECTED: the day is the grid's selected day
 * @AC_DAY_CELL_SUGGESTED: the day is the suggested date of the next session
 *
 * How a day relates to the grid around it.
 */
typedef enum /*< flags >*/
{
  AC_DAY_CELL_NONE        = 0,
  AC_DAY_CELL_OTHER_MONTH = 1 << 0,
  AC_DAY_CELL_TODAY       = 1 << 1,
  AC_DAY_CELL_SELECTED    = 1 << 2,
  AC_DAY_CELL_SUGGESTED   = 1 << 3,
} AcDayCellFlags;

GtkWidget      *ac_day_cell_new                (void);
void            ac_day_cell_update             (AcDayCell       *self,
                                                const GDate     *date,
                                                GPtrArray       *sessions,
                                                AcCheckin       *checkin,
                                                AcHold          *hold,
                                                AcDayCellFlags   flags);
void            ac_day_cell_set_flags          (AcDayCell       *self,
                                                AcDayCellFlags   flags);
AcDayCellFlags  ac_day_cell_get_flags          (AcDayCell       *self);
const GDate    *ac_day_cell_get_date           (AcDayCell       *self);

G_END_DECLS
