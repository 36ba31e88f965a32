/* ac-journal-merge.c — the three-way merge of a journal and its file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-merge"

#include "config.h"

#include "ac-journal-merge-private.h"

/* What another writer (aftercare-cli, a sync tool) put in the file is taken
 * into the journal in memory rather than overwritten. The merge is
 * three-way, between the base (the file at the last load, save or merge),
 * the journal here and the journal on disk: pure functions, no I/O, no
 * signals but the journal's own "changed".
 *
 * Records never change once in a journal, so a record that differs from
 * its base by pointer was changed here, and one that differs by value in
 * the file was changed there. Changes made here win over changes made
 * there to the same record. */

struct _AcMergeBase
{
  GHashTable  *records;     /* id → AcRecord, owned */
  AcProfile   *profile;     /* sealed: it never changes */
};

static AcMergeBase *
merge_base_new (AcProfile *profile)
{
  AcMergeBase *base = g_new0 (AcMergeBase, 1);

  base->records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  base->profile = g_object_ref (profile);

  return base;
}

/* Keyed by the record's own id, which lives as long as the record. */
static void
merge_base_add (AcMergeBase *base,
                AcRecord    *record)
{
  g_hash_table_replace (base->records, (gpointer) ac_record_get_id (record), record);
}

static void
merge_base_add_model (AcMergeBase *base,
                      GListModel  *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    merge_base_add (base, g_list_model_get_item (model, i));
}

/* The base is what @journal holds, as just loaded or saved. */
AcMergeBase *
_ac_merge_base_new_from_journal (AcJournal *journal)
{
  AcMergeBase *base = merge_base_new (ac_journal_get_profile (journal));

  merge_base_add_model (base, ac_journal_get_sessions (journal));
  merge_base_add_model (base, ac_journal_get_checkins (journal));
  merge_base_add_model (base, ac_journal_get_clearances (journal));

  return base;
}

/* The base is the snapshot a save has just written. */
AcMergeBase *
_ac_merge_base_new_from_snapshot (AcJournalSnapshot *snapshot)
{
  AcMergeBase *base = merge_base_new (snapshot->profile);
  GPtrArray *lists[] = { snapshot->sessions, snapshot->checkins, snapshot->clearances };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      merge_base_add (base, g_object_ref (g_ptr_array_index (lists[l], i)));

  return base;
}

void
_ac_merge_base_free (AcMergeBase *base)
{
  g_clear_pointer (&base->records, g_hash_table_unref);
  g_clear_object (&base->profile);
  g_free (base);
}

/* Returns: (transfer none) (nullable): the record @id as the file held it */
AcRecord *
_ac_merge_base_lookup (AcMergeBase *base,
                       const char  *id)
{
  return g_hash_table_lookup (base->records, id);
}

AcCondition
_ac_merge_base_get_conditions (AcMergeBase *base)
{
  return ac_profile_get_conditions (base->profile);
}

/* Returns: (transfer none): the profile as the file held it */
AcProfile *
_ac_merge_base_get_profile (AcMergeBase *base)
{
  return base->profile;
}

static void
merge_change_free (AcMergeChange *change)
{
  g_clear_object (&change->record);
  g_clear_object (&change->profile);
  g_free (change);
}

static AcMergeChange *
add_change (GPtrArray   *changes,
            AcMergeKind  kind,
            AcRecord    *record)
{
  AcMergeChange *change = g_new0 (AcMergeChange, 1);

  change->kind = kind;
  change->record = record != NULL ? g_object_ref (record) : NULL;
  g_ptr_array_add (changes, change);
  return change;
}

/* The profile member by member, as the records are: a member changed
 * there and not here is taken; one changed here stays, changed there or
 * not. Unknown members stay as they are here.
 *
 * Returns: (transfer full) (nullable): the profile to hold, or %NULL
 *   when nothing is to be taken */
static AcProfile *
merge_profile (AcProfile *was,
               AcProfile *mine,
               AcProfile *theirs)
{
  g_autoptr(AcProfile) merged = ac_profile_copy (mine);

  if (ac_profile_get_conditions (mine) == ac_profile_get_conditions (was))
    ac_profile_set_conditions (merged, ac_profile_get_conditions (theirs));
  if (ac_profile_get_avoid_areas (mine) == ac_profile_get_avoid_areas (was))
    ac_profile_set_avoid_areas (merged, ac_profile_get_avoid_areas (theirs));
  if (g_strcmp0 (ac_profile_get_therapist_notes (mine), ac_profile_get_therapist_notes (was)) == 0)
    ac_profile_set_therapist_notes (merged, ac_profile_get_therapist_notes (theirs));

  return ac_profile_equal (merged, mine) ? NULL : g_steal_pointer (&merged);
}

/* There is one check-in a day: a check-in added there does not replace one
 * added or changed here for the same day. */
static gboolean
is_local_checkin_for_day (AcMergeBase *base,
                          AcJournal   *local,
                          AcCheckin   *from_disk)
{
  AcCheckin *mine = ac_journal_lookup_checkin_for_date (local, ac_checkin_get_date (from_disk));

  return mine != NULL &&
         _ac_merge_base_lookup (base, ac_checkin_get_id (mine)) != (AcRecord *) mine;
}

static void
changes_in_model (AcMergeBase *base,
                  AcJournal   *local,
                  GListModel  *model,
                  GHashTable  *seen,
                  GPtrArray   *changes)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcRecord) theirs = g_list_model_get_item (model, i);
      const char *id = ac_record_get_id (theirs);
      AcRecord *was = _ac_merge_base_lookup (base, id);
      AcRecord *mine = _ac_journal_lookup_record (local, id);

      g_hash_table_add (seen, (gpointer) id);

      if (was == NULL)
        {
          if (mine == NULL &&
              !(AC_IS_CHECKIN (theirs) && is_local_checkin_for_day (base, local, AC_CHECKIN (theirs))))
            add_change (changes, AC_MERGE_ADD, theirs);
        }
      else if (mine == was && !ac_record_equal (was, theirs))
        add_change (changes, AC_MERGE_UPDATE, theirs);
    }
}

/**
 * _ac_journal_merge_changes:
 * @base: the file as it was at the last load, save or merge
 * @local: the journal here
 * @disk: the journal in the file now
 *
 * What to do to @local to take in what changed between @base and @disk,
 * keeping what changed here. Removals come first, then updates, then
 * additions, so a record that moved to another day there is out of the way
 * of a check-in added there for its old day.
 *
 * Returns: (transfer full) (element-type AcMergeChange): the changes
 */
GPtrArray *
_ac_journal_merge_changes (AcMergeBase *base,
                           AcJournal   *local,
                           AcJournal   *disk)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) merge_change_free);
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) merge_change_free);
  AcProfile *profile;
  GHashTableIter iter;
  gpointer id, was;

  /* A later kind of record is one more list here. */
  changes_in_model (base, local, ac_journal_get_sessions (disk), seen, found);
  changes_in_model (base, local, ac_journal_get_checkins (disk), seen, found);
  changes_in_model (base, local, ac_journal_get_clearances (disk), seen, found);

  /* Removed there, unchanged here. */
  g_hash_table_iter_init (&iter, base->records);
  while (g_hash_table_iter_next (&iter, &id, &was))
    if (!g_hash_table_contains (seen, id) && _ac_journal_lookup_record (local, id) == was)
      add_change (changes, AC_MERGE_REMOVE, was);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < found->len; i++)
      {
        AcMergeChange *change = g_ptr_array_index (found, i);

        if (change->kind == (pass == 0 ? AC_MERGE_UPDATE : AC_MERGE_ADD))
          add_change (changes, change->kind, change->record);
      }

  profile = merge_profile (base->profile, ac_journal_get_profile (local), ac_journal_get_profile (disk));
  if (profile != NULL)
    add_change (changes, AC_MERGE_PROFILE, NULL)->profile = profile;

  return changes;
}

/* A copy of @record from the file, into @journal. A later kind of record
 * is one more branch here. A check-in that drops a symptom is taken as
 * the file has it: its writer made that choice under the same rule (the
 * CLI needs --drop-symptoms, the app asks), and a change made here to the
 * same check-in wins anyway. */
static gboolean
put_copy (AcJournal  *journal,
          AcRecord   *record,
          gboolean    exists,
          GError    **error)
{
  g_autoptr(AcRecord) copy = ac_record_copy (record);

  if (AC_IS_SESSION (copy))
    return exists ? ac_journal_update_session (journal, AC_SESSION (copy), error)
                  : ac_journal_add_session (journal, AC_SESSION (copy), error);
  if (AC_IS_CLEARANCE (copy))
    return exists ? ac_journal_update_clearance (journal, AC_CLEARANCE (copy), error)
                  : ac_journal_add_clearance (journal, AC_CLEARANCE (copy), error);

  return exists ? ac_journal_update_checkin_full (journal, AC_CHECKIN (copy),
                                                  AC_JOURNAL_CHANGE_DROP_SYMPTOMS, error)
                : ac_journal_add_checkin_full (journal, AC_CHECKIN (copy),
                                               AC_JOURNAL_CHANGE_DROP_SYMPTOMS, error);
}

/**
 * _ac_journal_merge_apply:
 * @changes: (element-type AcMergeChange): from _ac_journal_merge_changes()
 *
 * Returns: how many changes were made to @local
 */
guint
_ac_journal_merge_apply (AcJournal *local,
                         GPtrArray *changes)
{
  guint n_changes = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      AcMergeChange *change = g_ptr_array_index (changes, i);
      g_autoptr(GError) error = NULL;
      gboolean ok = FALSE;

      switch (change->kind)
        {
        case AC_MERGE_ADD:
        case AC_MERGE_UPDATE:
          ok = put_copy (local, change->record, change->kind == AC_MERGE_UPDATE, &error);
          if (!ok)
            g_warning ("Could not take in a change from the file: %s", error->message);
          break;

        case AC_MERGE_REMOVE:
          ok = ac_journal_remove (local, ac_record_get_id (change->record), NULL);
          break;

        case AC_MERGE_PROFILE:
          ok = _ac_journal_set_profile (local, change->profile, &error);
          if (!ok)
            g_warning ("Could not take in the profile from the file: %s", error->message);
          break;

        default:
          g_assert_not_reached ();
        }

      if (ok)
        n_changes++;
    }

  return n_changes;
}

/**
 * _ac_journal_merge_rebase:
 *
 * After a merge the file is the base; a record here that is equal to the
 * file's counts as unchanged.
 *
 * Returns: (transfer full): the new base
 */
AcMergeBase *
_ac_journal_merge_rebase (AcJournal *local,
                          AcJournal *disk)
{
  AcMergeBase *base = _ac_merge_base_new_from_journal (disk);
  g_autoptr(GPtrArray) same = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer id, was;

  g_hash_table_iter_init (&iter, base->records);
  while (g_hash_table_iter_next (&iter, &id, &was))
    {
      AcRecord *current = _ac_journal_lookup_record (local, id);

      if (current != NULL && current != was && ac_record_equal (current, was))
        g_ptr_array_add (same, current);
    }

  /* The table's key is its record's id: the record here replaces both. */
  for (guint i = 0; i < same->len; i++)
    {
      AcRecord *current = g_ptr_array_index (same, i);

      g_hash_table_remove (base->records, ac_record_get_id (current));
      merge_base_add (base, g_object_ref (current));
    }

  return base;
}

/**
 * _ac_journal_merge:
 * @base: (inout) (transfer full): the base, replaced by the file's
 *
 * Takes the changes between @base and @disk into @local and makes @disk
 * the new base.
 *
 * Returns: how many records (or profiles) changed here
 */
guint
_ac_journal_merge (AcMergeBase **base,
                   AcJournal    *local,
                   AcJournal    *disk)
{
  g_autoptr(GPtrArray) changes = _ac_journal_merge_changes (*base, local, disk);
  guint n_changes = _ac_journal_merge_apply (local, changes);

  g_clear_pointer (base, _ac_merge_base_free);
  *base = _ac_journal_merge_rebase (local, disk);

  return n_changes;
}
