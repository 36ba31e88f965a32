/* ac-calendar-view-private.h — the calendar view's parts, for tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-adaptive-box.h"
#include "ac-calendar-view.h"
#include "ac-day-details.h"
#include "ac-month-grid.h"

G_BEGIN_DECLS

AcMonthGrid   *_ac_calendar_view_get_grid    (AcCalendarView *self);
AcDayDetails  *_ac_calendar_view_get_details (AcCalendarView *self);
AcAdaptiveBox *_ac_calendar_view_get_layout  (AcCalendarView *self);
const char    *_ac_calendar_view_get_title   (AcCalendarView *self);

G_END_DECLS
