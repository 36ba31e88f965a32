/* ac-session-overlap.h — a session that overlaps another in the journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"
#include "ac-session.h"

G_BEGIN_DECLS

AcSession *ac_journal_find_overlapping_session (AcJournal *journal,
                                                AcSession *session);

G_END_DECLS
