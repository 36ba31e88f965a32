/* ac-window.h — the main window
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define AC_TYPE_WINDOW (ac_window_get_type ())

G_DECLARE_FINAL_TYPE (AcWindow, ac_window, AC, WINDOW, AdwApplicationWindow)

AcWindow *ac_window_new (AdwApplication *application);

G_END_DECLS
