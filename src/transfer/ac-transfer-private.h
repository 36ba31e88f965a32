/* ac-transfer-private.h — what export and import share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-date.h"
#include "ac-journal-private.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

/* How far a long export or import has come. The job calls
 * _ac_progress_update() now and then; the owner's setter runs on the main
 * context that created the AcProgress (so a worker thread's progress
 * reaches the object's "progress" property where the UI can bind it), and
 * a cancelled job stops there. */
typedef void (*AcProgressSetter) (GObject *owner,
                                  double   fraction);

typedef struct _AcProgress AcProgress;

AcProgress        *_ac_progress_new              (GObject            *owner,
                                                  AcProgressSetter    setter,
                                                  GCancellable       *cancellable,
                                                  gboolean            threaded);
gboolean           _ac_progress_update           (AcProgress         *self,
                                                  double              fraction,
                                                  GError            **error);
void               _ac_progress_free             (AcProgress         *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcProgress, _ac_progress_free)

/* Dates as the journal file writes them. */
char              *_ac_transfer_format_start     (GDateTime          *start);
GDateTime         *_ac_transfer_parse_start      (const char         *text);

/* Flags as words of the journal format separated by ";": neck;shoulders. */
char              *_ac_transfer_flags_to_words   (GType               flags_type,
                                                  guint               value);
gboolean           _ac_transfer_words_to_flags   (GType               flags_type,
                                                  const char         *text,
                                                  guint              *value,
                                                  char              **bad_word);

char              *_ac_transfer_derive_id        (const char         *name);

AcJournalSnapshot *_ac_transfer_snapshot_filter  (AcJournalSnapshot  *snapshot,
                                                  const GDate        *from,
                                                  const GDate        *to);
AcJournal         *_ac_transfer_journal_new      (AcJournalSnapshot  *snapshot);
gboolean           _ac_transfer_write_file       (GFile              *file,
                                                  GBytes             *bytes,
                                                  GCancellable       *cancellable,
                                                  GError            **error);

/* The writers: each turns a snapshot into the bytes of one file. */
GBytes            *_ac_export_csv                (AcJournalSnapshot  *snapshot,
                                                  AcProgress         *progress,
                                                  GError            **error);
GBytes            *_ac_export_ics                (AcJournalSnapshot  *snapshot,
                                                  GDateTime          *now,
                                                  AcProgress         *progress,
                                                  GError            **error);

/* The CSV columns, in the order they are written. */
extern const char * const _ac_csv_columns[];

G_END_DECLS
