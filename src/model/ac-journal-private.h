/* ac-journal-private.h — what the journal's files share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ac-journal.h"

G_BEGIN_DECLS

/* An immutable view of a journal at one moment: sealed records never change,
 * so a worker thread can write it out while the main thread goes on. */
typedef struct
{
  GPtrArray  *sessions;    /* AcSession, sorted */
  GPtrArray  *checkins;    /* AcCheckin, sorted */
  GPtrArray  *clearances;  /* AcClearance, sorted */
  AcProfile  *profile;
  JsonObject *extra;       /* unknown top-level members, or NULL */
  guint64     generation;
} AcJournalSnapshot;

AcJournalSnapshot *_ac_journal_snapshot_new   (AcJournal          *self);
void               _ac_journal_snapshot_free  (AcJournalSnapshot  *snapshot);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcJournalSnapshot, _ac_journal_snapshot_free)

/* Fills an empty journal at once, records already validated and sorted. */
void        _ac_journal_take_records      (AcJournal          *self,
                                           GPtrArray          *sessions,
                                           GPtrArray          *checkins,
                                           GPtrArray          *clearances,
                                           AcProfile          *profile,
                                           JsonObject         *extra);
AcRecord   *_ac_journal_lookup_record     (AcJournal          *self,
                                           const char         *id);
gboolean    _ac_journal_set_profile       (AcJournal          *self,
                                           AcProfile          *profile,
                                           GError            **error);

/* For ac-journal-changes.c: the stores and tables, kept in step. */
gboolean    _ac_journal_check_writable    (AcJournal          *self,
                                           GError            **error);
void        _ac_journal_insert_record     (AcJournal          *self,
                                           gpointer            record);
void        _ac_journal_remove_record     (AcJournal          *self,
                                           gpointer            record);
void        _ac_journal_emit_changed      (AcJournal          *self);
void        _ac_journal_set_file_version  (AcJournal          *self,
                                           guint               version);

/* The undo stack (ac-undo-stack.c) hears of each record and profile a
 * change puts in or takes out, then of the change's end: one watcher. */
typedef struct
{
  void (*record_changed)  (gpointer    user_data,
                           AcRecord   *before,
                           AcRecord   *after);
  void (*profile_changed) (gpointer    user_data,
                           AcProfile  *before,
                           AcProfile  *after);
  void (*change_done)     (gpointer    user_data);
} AcJournalWatcher;

void        _ac_journal_set_watcher       (AcJournal              *self,
                                           const AcJournalWatcher *watcher,
                                           gpointer                user_data);
gboolean    _ac_journal_swap_records      (AcJournal          *self,
                                           GPtrArray          *out,
                                           GPtrArray          *in,
                                           AcProfile          *profile,
                                           GError            **error);

/* ac-journal-stream.c, ac-journal-encode.c */
AcJournal  *_ac_journal_codec_read        (const char         *data,
                                           gsize               length,
                                           const char         *source_name,
                                           GError            **error);
char       *_ac_journal_codec_write       (AcJournalSnapshot  *snapshot,
                                           gsize              *length);

/* ac-journal-storage.c */
typedef struct
{
  gboolean exists;
  guint64  inode;
  guint64  size;
  gint64   mtime_usec;
} AcFileStamp;

void        _ac_journal_set_file          (AcJournal          *self,
                                           GFile              *file,
                                           const AcFileStamp  *stamp);
const AcFileStamp *_ac_journal_get_stamp  (AcJournal          *self);
void        _ac_journal_set_stamp         (AcJournal          *self,
                                           const AcFileStamp  *stamp);
gboolean    _ac_journal_get_backed_up     (AcJournal          *self);
void        _ac_journal_set_backed_up     (AcJournal          *self);
void        _ac_journal_set_saved_generation (AcJournal       *self,
                                           guint64             generation);
AcJournalSnapshot *_ac_journal_save_get_snapshot (GAsyncResult *result);
gboolean    _ac_journal_read_stamp        (GFile              *file,
                                           AcFileStamp        *stamp,
                                           GError            **error);
gboolean    _ac_journal_stamps_equal      (const AcFileStamp  *a,
                                           const AcFileStamp  *b);
void        _ac_journal_set_lock_timeout  (guint               msec);

/* ac-journal-backup.c */
gboolean    _ac_journal_has_backup        (GFile              *file);
AcJournal  *_ac_journal_restore_backup    (GFile              *file,
                                           GCancellable       *cancellable,
                                           GError            **error);
AcJournal  *_ac_journal_start_new         (GFile              *file,
                                           GFile             **moved_to,
                                           GCancellable       *cancellable,
                                           GError            **error);
void        _ac_journal_recover_async     (GFile              *file,
                                           gboolean            from_backup,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
AcJournal  *_ac_journal_recover_finish    (GAsyncResult       *result,
                                           GFile             **moved_to,
                                           GError            **error);

G_END_DECLS
