/* ac-recovery-view-private.h — the Recovery page's words for each
 * pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-recovery.h"

G_BEGIN_DECLS

char *_ac_recovery_view_describe_pressure (AcRecovery *recovery,
                                           AcPressure  pressure,
                                           guint       n_sessions);

G_END_DECLS
