/* ac-clock.h — the one source of "now" and "today"
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define AC_TYPE_CLOCK (ac_clock_get_type ())

G_DECLARE_FINAL_TYPE (AcClock, ac_clock, AC, CLOCK, GObject)

AcClock    *ac_clock_new          (void);
AcClock    *ac_clock_new_stopped  (void);
AcClock    *ac_clock_new_fixed    (GDateTime   *now);

GDateTime  *ac_clock_get_now      (AcClock     *self);
void        ac_clock_get_today    (AcClock     *self,
                                   GDate       *today);
GTimeZone  *ac_clock_get_timezone (AcClock     *self);
gboolean    ac_clock_is_fixed     (AcClock     *self);

void        ac_clock_set_now      (AcClock     *self,
                                   GDateTime   *now);
void        ac_clock_advance      (AcClock     *self,
                                   GTimeSpan    span);
void        ac_clock_check        (AcClock     *self);

G_END_DECLS
