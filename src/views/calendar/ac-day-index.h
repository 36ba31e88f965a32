/* ac-day-index.h — a journal's sessions and check-ins by day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_DAY_INDEX (ac_day_index_get_type ())

G_DECLARE_FINAL_TYPE (AcDayIndex, ac_day_index, AC, DAY_INDEX, GObject)

AcDayIndex  *ac_day_index_new          (void);
void         ac_day_index_set_journal  (AcDayIndex  *self,
                                        AcJournal   *journal);
AcJournal   *ac_day_index_get_journal  (AcDayIndex  *self);
GPtrArray   *ac_day_index_get_sessions (AcDayIndex  *self,
                                        guint32      julian);
AcCheckin   *ac_day_index_get_checkin  (AcDayIndex  *self,
                                        guint32      julian);

G_END_DECLS
