/* ac-day-details.h — the sessions and check-in of one day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-clock.h"
#include "ac-day-index.h"
#include "ac-hold.h"

G_BEGIN_DECLS

#define AC_TYPE_DAY_DETAILS (ac_day_details_get_type ())

G_DECLARE_FINAL_TYPE (AcDayDetails, ac_day_details, AC, DAY_DETAILS, GtkWidget)

GtkWidget  *ac_day_details_new           (void);
void        ac_day_details_set_index     (AcDayDetails *self,
                                          AcDayIndex   *index);
void        ac_day_details_set_date      (AcDayDetails *self,
                                          const GDate  *date);
void        ac_day_details_set_clock     (AcDayDetails *self,
                                          AcClock      *clock);
void        ac_day_details_set_suggested (AcDayDetails *self,
                                          const GDate  *date);
void        ac_day_details_set_hold      (AcDayDetails *self,
                                          AcHold       *hold);

G_END_DECLS
