/* ac-journal-keeper.h — keeps the journal and its file in step
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"
#include "ac-undo-stack.h"

G_BEGIN_DECLS

#define AC_TYPE_JOURNAL_KEEPER (ac_journal_keeper_get_type ())

typedef enum
{
  AC_KEEPER_LOADING,
  AC_KEEPER_READY,
  AC_KEEPER_FAILED,
} AcKeeperState;

G_DECLARE_FINAL_TYPE (AcJournalKeeper, ac_journal_keeper, AC, JOURNAL_KEEPER, GObject)

AcJournalKeeper *ac_journal_keeper_new               (GFile            *file);
void             ac_journal_keeper_load              (AcJournalKeeper  *self);
AcKeeperState    ac_journal_keeper_get_state         (AcJournalKeeper  *self);
AcJournal       *ac_journal_keeper_get_journal       (AcJournalKeeper  *self);
GFile           *ac_journal_keeper_get_file          (AcJournalKeeper  *self);
const GError    *ac_journal_keeper_get_load_error    (AcJournalKeeper  *self);
const GError    *ac_journal_keeper_get_save_error    (AcJournalKeeper  *self);
gboolean         ac_journal_keeper_get_busy          (AcJournalKeeper  *self);
AcUndoStack     *ac_journal_keeper_get_undo_stack    (AcJournalKeeper  *self);
void             ac_journal_keeper_set_autosave_delay(AcJournalKeeper  *self,
                                                      guint             msec);
void             ac_journal_keeper_retry_save        (AcJournalKeeper  *self);
gboolean         ac_journal_keeper_flush             (AcJournalKeeper  *self,
                                                      GError          **error);
gboolean         ac_journal_keeper_has_backup        (AcJournalKeeper  *self);
gboolean         ac_journal_keeper_restore_backup    (AcJournalKeeper  *self,
                                                      GError          **error);
gboolean         ac_journal_keeper_start_new         (AcJournalKeeper  *self,
                                                      GFile           **moved_to,
                                                      GError          **error);
void             ac_journal_keeper_restore_backup_async  (AcJournalKeeper     *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean         ac_journal_keeper_restore_backup_finish (AcJournalKeeper     *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void             ac_journal_keeper_start_new_async       (AcJournalKeeper     *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean         ac_journal_keeper_start_new_finish      (AcJournalKeeper     *self,
                                                          GAsyncResult        *result,
                                                          GFile              **moved_to,
                                                          GError             **error);
gboolean         ac_journal_keeper_check_disk        (AcJournalKeeper  *self);
char           **ac_journal_keeper_add_clearances    (AcJournalKeeper     *self,
                                                      const GDate         *date,
                                                      const char * const  *whats,
                                                      const char          *note,
                                                      GError             **error);

G_END_DECLS
