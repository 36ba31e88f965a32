/* ac-journal-lock-private.h — the writers' advisory lock on a journal file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* flock() on ".journal.json.lock" beside the journal, held by every writer
 * (the app, aftercare-cli) from checking the file to the rename; the lock
 * file is there only while a save holds it. */
typedef struct
{
  int   fd;
  char *path;
} AcJournalLock;

gboolean _ac_journal_lock_take    (AcJournalLock  *lock,
                                   const char     *path,
                                   const char     *target,
                                   GError        **error);
void     _ac_journal_lock_release (AcJournalLock  *lock);

G_END_DECLS
