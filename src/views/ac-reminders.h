/* ac-reminders.h — the daily check-in and aftercare notifications
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_REMINDERS (ac_reminders_get_type ())

/* The ids of the notifications, so that a new one replaces the last. */
#define AC_REMINDER_CHECKIN   "checkin-reminder"
#define AC_REMINDER_AFTERCARE "aftercare-reminder"

G_DECLARE_FINAL_TYPE (AcReminders, ac_reminders, AC, REMINDERS, GObject)

AcReminders *ac_reminders_new                 (AcContext       *context);
gboolean     ac_reminders_get_active          (AcReminders     *self);
GFile       *ac_reminders_get_autostart_file  (void);
gboolean     ac_reminders_parse_time          (const char      *text,
                                               int             *hour,
                                               int             *minute);

G_END_DECLS
