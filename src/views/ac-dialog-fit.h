/* ac-dialog-fit.h — a dialog no larger than the window it belongs to
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ac_dialog_fit_parent (GtkWindow *dialog);

G_END_DECLS
