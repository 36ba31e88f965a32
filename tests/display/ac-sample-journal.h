/* ac-sample-journal.h — a few months of a realistic journal for the
 * Recovery and Advice pages
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"

G_BEGIN_DECLS

/* The sample's "today": Sunday 22 November 2026. */
#define AC_SAMPLE_YEAR  2026
#define AC_SAMPLE_MONTH 11
#define AC_SAMPLE_DAY   22

void       ac_sample_today       (GDate *today);
AcJournal *ac_sample_journal_new (void);

G_END_DECLS
