/* ac-guidance.h — from the journal to advice and statistics
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-advice.h"
#include "ac-hold.h"
#include "ac-journal.h"
#include "ac-stats.h"

G_BEGIN_DECLS

GListModel *ac_guidance_compute_advice (AcJournal    *journal,
                                        const GDate  *today);
AcStats    *ac_guidance_compute_stats  (AcJournal    *journal,
                                        const GDate  *today);
GListModel *ac_guidance_compute        (AcJournal    *journal,
                                        const GDate  *today,
                                        AcStats     **stats);

GListModel *ac_guidance_compute_all    (AcJournal    *journal,
                                        const GDate  *today,
                                        AcStats     **stats,
                                        AcHold      **hold);

AcHold     *ac_guidance_compute_hold   (AcJournal    *journal,
                                        const GDate  *today);

G_END_DECLS
