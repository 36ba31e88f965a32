/* ac-usual-start.h — the time of day a person's sessions usually start
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"

G_BEGIN_DECLS

gboolean ac_usual_start_time (AcJournal *journal,
                              int       *hour,
                              int       *minute);

G_END_DECLS
