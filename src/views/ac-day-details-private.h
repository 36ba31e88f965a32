/* ac-day-details-private.h — what tests may look at in the day details
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-day-details.h"

G_BEGIN_DECLS

guint       _ac_day_details_get_n_records (AcDayDetails *self);
GtkWidget  *_ac_day_details_get_record    (AcDayDetails *self,
                                           guint         index);
const char *_ac_day_details_get_title     (AcDayDetails *self);
gboolean    _ac_day_details_is_empty      (AcDayDetails *self);

G_END_DECLS
