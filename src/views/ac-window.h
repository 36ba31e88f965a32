/* ac-window.h — the main window
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_WINDOW (ac_window_get_type ())

G_DECLARE_FINAL_TYPE (AcWindow, ac_window, AC, WINDOW, AdwApplicationWindow)

AcWindow        *ac_window_new              (AdwApplication  *application,
                                             AcContext       *context);
AcContext       *ac_window_get_context      (AcWindow        *self);
AcJournalKeeper *ac_window_get_keeper       (AcWindow        *self);
void             ac_window_show_view        (AcWindow        *self,
                                             const char      *name);
gboolean         ac_window_save_before_quit (AcWindow        *self);

G_END_DECLS
