/* ac-hold-private.h — how the guidance engine makes an AcHold
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-hold.h"

G_BEGIN_DECLS

AcHold *_ac_hold_new (AcSeverity          severity,
                      const char * const *causes,
                      const char         *title,
                      const char * const *postponed_session_ids);

G_END_DECLS
