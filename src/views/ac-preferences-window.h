/* ac-preferences-window.h — health profile, reminders and data
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_PREFERENCES_WINDOW (ac_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (AcPreferencesWindow, ac_preferences_window, AC, PREFERENCES_WINDOW, AdwPreferencesWindow)

AcPreferencesWindow *ac_preferences_window_new        (GtkWindow           *parent,
                                                       AcContext           *context);
AcJournalKeeper     *ac_preferences_window_get_keeper (AcPreferencesWindow *self);

G_END_DECLS
