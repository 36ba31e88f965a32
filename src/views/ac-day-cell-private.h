/* ac-day-cell-private.h — what tests may look at inside a day cell
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-day-cell.h"

G_BEGIN_DECLS

guint       _ac_day_cell_get_n_sessions (AcDayCell *self);
GtkWidget  *_ac_day_cell_get_chip       (AcDayCell *self,
                                         guint      index);
gboolean    _ac_day_cell_has_red_flag   (AcDayCell *self);

G_END_DECLS
