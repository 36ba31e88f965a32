/* ac-calendar-view.h — the Calendar page: a month of sessions and
 * check-ins, and the selected day's details
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_CALENDAR_VIEW (ac_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (AcCalendarView, ac_calendar_view, AC, CALENDAR_VIEW, GtkWidget)

GtkWidget  *ac_calendar_view_new                (AcContext      *context);
AcJournal  *ac_calendar_view_get_journal        (AcCalendarView *self);
void        ac_calendar_view_set_suggested_date (AcCalendarView *self,
                                                 const GDate    *date);
void        ac_calendar_view_select_date        (AcCalendarView *self,
                                                 const GDate    *date);
void        ac_calendar_view_get_selected_date  (AcCalendarView *self,
                                                 GDate          *date);

G_END_DECLS
