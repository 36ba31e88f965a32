/* ac-frame-report.h — the start-up benchmark's report of the first frames
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-window.h"

G_BEGIN_DECLS

void ac_frame_report_attach (AcWindow *window);

G_END_DECLS
