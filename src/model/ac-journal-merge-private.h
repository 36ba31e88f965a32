/* ac-journal-merge-private.h — the three-way merge of a journal and its file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal-private.h"
#include "ac-record.h"

G_BEGIN_DECLS

/* What the file held at the last load, save or merge: the records by id
 * and the profile. */
typedef struct _AcMergeBase AcMergeBase;

typedef enum
{
  AC_MERGE_ADD,         /* added there: add a copy of @record */
  AC_MERGE_UPDATE,      /* changed there, not here: replace with a copy of @record */
  AC_MERGE_REMOVE,      /* removed there, unchanged here: remove @record */
  AC_MERGE_PROFILE,     /* members of the profile changed there, not here: take @profile */
} AcMergeKind;

typedef struct
{
  AcMergeKind  kind;
  AcRecord    *record;      /* owned; NULL for AC_MERGE_PROFILE */
  AcProfile   *profile;     /* owned; for AC_MERGE_PROFILE, the profile to hold */
} AcMergeChange;

AcMergeBase *_ac_merge_base_new_from_journal  (AcJournal          *journal);
AcMergeBase *_ac_merge_base_new_from_snapshot (AcJournalSnapshot  *snapshot);
void         _ac_merge_base_free              (AcMergeBase        *base);
AcRecord    *_ac_merge_base_lookup            (AcMergeBase        *base,
                                               const char         *id);
AcCondition  _ac_merge_base_get_conditions    (AcMergeBase        *base);
AcProfile   *_ac_merge_base_get_profile       (AcMergeBase        *base);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcMergeBase, _ac_merge_base_free)

GPtrArray   *_ac_journal_merge_changes        (AcMergeBase        *base,
                                               AcJournal          *local,
                                               AcJournal          *disk);
guint        _ac_journal_merge_apply          (AcJournal          *local,
                                               GPtrArray          *changes);
AcMergeBase *_ac_journal_merge_rebase         (AcJournal          *local,
                                               AcJournal          *disk);
guint        _ac_journal_merge                (AcMergeBase       **base,
                                               AcJournal          *local,
                                               AcJournal          *disk);

G_END_DECLS
