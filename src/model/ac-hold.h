/* ac-hold.h — "have it checked, hold off massage": the one thing the app says
 * while a warning symptom is current
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ac-advice-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_HOLD (ac_hold_get_type ())

G_DECLARE_FINAL_TYPE (AcHold, ac_hold, AC, HOLD, GObject)

gboolean            ac_hold_is_on                     (AcHold      *self);
AcSeverity          ac_hold_get_severity              (AcHold      *self);
const char * const *ac_hold_get_causes                (AcHold      *self);
const char         *ac_hold_get_title                 (AcHold      *self);
const char * const *ac_hold_get_postponed_session_ids (AcHold      *self);
gboolean            ac_hold_is_postponed              (AcHold      *self,
                                                       const char  *session_id);
gboolean            ac_hold_equal                     (AcHold      *a,
                                                       AcHold      *b);

G_END_DECLS
