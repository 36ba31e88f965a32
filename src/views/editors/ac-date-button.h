/* ac-date-button.h — a button that shows a date and picks it from a calendar
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AC_TYPE_DATE_BUTTON (ac_date_button_get_type ())

G_DECLARE_FINAL_TYPE (AcDateButton, ac_date_button, AC, DATE_BUTTON, GtkWidget)

GtkWidget   *ac_date_button_new        (void);
const GDate *ac_date_button_get_date   (AcDateButton *self);
void         ac_date_button_set_date   (AcDateButton *self,
                                        const GDate  *date);
void         ac_date_button_set_latest (AcDateButton *self,
                                        const GDate  *latest);
char        *ac_date_format_long       (const GDate  *date);

G_END_DECLS
