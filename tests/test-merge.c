/* test-merge.c — the three-way merge of the journal here and the file
 * another program changed, branch by branch
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-journal-merge-private.h"

/* A base of two sessions, a check-in and a clearance; `local` holds the very records of
 * the base (as after a load), `disk` holds equal copies (as another
 * program that loaded the same file). */
typedef struct
{
  AcJournal   *local;
  AcJournal   *disk;
  AcMergeBase *base;
  AcSession   *a;        /* in the base, as local holds it */
  AcSession   *b;
  AcCheckin   *c;        /* 2026-11-21 */
  AcClearance *d;        /* 2026-11-22, bruising */
} Fixture;

static AcSession *
new_session (const char *id,
             const char *start)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (start, NULL);
  AcSession *session = ac_session_new (dt, 60, AC_PRESSURE_MODERATE);

  ac_session_set_id (session, id);
  return session;
}

static AcCheckin *
new_checkin (const char *id,
             int         day,
             int         soreness)
{
  GDate date;
  AcCheckin *checkin;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_NOVEMBER, 2026);
  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_id (checkin, id);
  return checkin;
}

static AcClearance *
new_clearance (const char *id,
               int         day,
               const char *what)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, G_DATE_NOVEMBER, 2026);
  AcClearance *clearance = ac_clearance_new (date, what);

  ac_clearance_set_id (clearance, id);
  return clearance;
}

#define ID_A "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"
#define ID_B "3a1d4b63-9e6f-4e9c-8e4d-7b2c3d4e5f60"
#define ID_C "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"
#define ID_NEW_HERE "0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e"
#define ID_NEW_THERE "5b6c7d8e-9f00-4112-8334-455667788990"
#define ID_D "9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3"

static void
add_copy (AcJournal *journal,
          gpointer   record)
{
  g_autoptr(AcRecord) copy = ac_record_copy (record);

  if (AC_IS_SESSION (copy))
    g_assert_true (ac_journal_add_session (journal, AC_SESSION (copy), NULL));
  else if (AC_IS_CLEARANCE (copy))
    g_assert_true (ac_journal_add_clearance (journal, AC_CLEARANCE (copy), NULL));
  else
    g_assert_true (ac_journal_add_checkin (journal, AC_CHECKIN (copy), NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcSession) a = new_session (ID_A, "2026-11-01T18:30:00+01:00");
  g_autoptr(AcSession) b = new_session (ID_B, "2026-11-08T18:30:00+01:00");
  g_autoptr(AcCheckin) c = new_checkin (ID_C, 21, 4);
  g_autoptr(AcClearance) d = new_clearance (ID_D, 22, "bruising");

  f->local = ac_journal_new ();
  g_assert_true (ac_journal_add_session (f->local, a, NULL));
  g_assert_true (ac_journal_add_session (f->local, b, NULL));
  g_assert_true (ac_journal_add_checkin (f->local, c, NULL));
  g_assert_true (ac_journal_add_clearance (f->local, d, NULL));
  f->a = a;
  f->b = b;
  f->c = c;
  f->d = d;
  f->base = _ac_merge_base_new_from_journal (f->local);

  f->disk = ac_journal_new ();
  add_copy (f->disk, a);
  add_copy (f->disk, b);
  add_copy (f->disk, c);
  add_copy (f->disk, d);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->base, _ac_merge_base_free);
  g_clear_object (&f->local);
  g_clear_object (&f->disk);
}

/* Changes @id in @journal: minutes for a session, soreness for a check-in. */
static AcRecord *
edit (AcJournal  *journal,
      const char *id,
      int         value)
{
  AcSession *session = ac_journal_lookup_session (journal, id);
  g_autoptr(AcRecord) copy = NULL;

  if (session != NULL)
    {
      copy = ac_record_copy (AC_RECORD (session));
      ac_session_set_minutes (AC_SESSION (copy), value);
      g_assert_true (ac_journal_update_session (journal, AC_SESSION (copy), NULL));
    }
  else
    {
      copy = ac_record_copy (AC_RECORD (ac_journal_lookup_checkin (journal, id)));
      ac_checkin_set_soreness (AC_CHECKIN (copy), value);
      g_assert_true (ac_journal_update_checkin (journal, AC_CHECKIN (copy), NULL));
    }

  return copy;   /* (transfer none): the journal holds it */
}

static guint
merge (Fixture *f)
{
  return _ac_journal_merge (&f->base, f->local, f->disk);
}

static int
minutes (AcJournal  *journal,
         const char *id)
{
  return ac_session_get_minutes (ac_journal_lookup_session (journal, id));
}

/* Nothing changed anywhere: nothing to do, and the base is the file. */
static void
test_nothing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = _ac_journal_merge_changes (f->base, f->local, f->disk);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (merge (f), ==, 0);
  /* Records equal here and there count as unchanged: the base holds ours. */
  g_assert_true (_ac_merge_base_lookup (f->base, ID_A) == AC_RECORD (f->a));
}

/* Changed there, not here: taken in, as a copy (the disk's record stays
 * the disk's). */
static void
test_edit_there (Fixture       *f,
                 gconstpointer  data)
{
  AcRecord *theirs = edit (f->disk, ID_A, 90);

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpint (minutes (f->local, ID_A), ==, 90);
  g_assert_true (ac_journal_lookup_session (f->local, ID_A) != AC_SESSION (theirs));
  g_assert_true (ac_session_is_sealed (ac_journal_lookup_session (f->local, ID_A)));
}

/* Changed here, not there: ours stays, and still counts as a change of
 * ours against the new base, so the next save writes it. */
static void
test_edit_here (Fixture       *f,
                gconstpointer  data)
{
  AcRecord *mine = edit (f->local, ID_A, 45);

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpint (minutes (f->local, ID_A), ==, 45);
  g_assert_true (_ac_merge_base_lookup (f->base, ID_A) != mine);
}

/* Both changed the same record: ours wins. */
static void
test_edit_both (Fixture       *f,
                gconstpointer  data)
{
  edit (f->local, ID_A, 45);
  edit (f->disk, ID_A, 90);

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpint (minutes (f->local, ID_A), ==, 45);
}

/* Each changed another record: both changes are kept. */
static void
test_edit_each (Fixture       *f,
                gconstpointer  data)
{
  edit (f->local, ID_A, 45);
  edit (f->disk, ID_B, 90);

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpint (minutes (f->local, ID_A), ==, 45);
  g_assert_cmpint (minutes (f->local, ID_B), ==, 90);
}

/* Both made the very same change: nothing to take in, and the base now
 * holds our record, so it no longer counts as a change of ours. */
static void
test_edit_identical (Fixture       *f,
                     gconstpointer  data)
{
  AcRecord *mine = edit (f->local, ID_B, 75);

  edit (f->disk, ID_B, 75);
  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_true (_ac_merge_base_lookup (f->base, ID_B) == mine);
}

/* Removed there, unchanged here: removed here too. */
static void
test_delete_there (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  AcMergeChange *change;

  g_assert_true (ac_journal_remove (f->disk, ID_C, NULL));
  changes = _ac_journal_merge_changes (f->base, f->local, f->disk);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, AC_MERGE_REMOVE);
  g_assert_true (change->record == AC_RECORD (f->c));

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_null (ac_journal_lookup_checkin (f->local, ID_C));
  g_assert_null (_ac_merge_base_lookup (f->base, ID_C));
}

/* Removed here, changed there: the removal stands (ours wins). */
static void
test_delete_here_edit_there (Fixture       *f,
                             gconstpointer  data)
{
  g_assert_true (ac_journal_remove (f->local, ID_A, NULL));
  edit (f->disk, ID_A, 90);

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_null (ac_journal_lookup_session (f->local, ID_A));
  /* Still in the file: the next save removes it there. */
  g_assert_nonnull (_ac_merge_base_lookup (f->base, ID_A));
}

/* Changed here, removed there: our change stands and is written again. */
static void
test_edit_here_delete_there (Fixture       *f,
                             gconstpointer  data)
{
  edit (f->local, ID_A, 45);
  g_assert_true (ac_journal_remove (f->disk, ID_A, NULL));

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpint (minutes (f->local, ID_A), ==, 45);
  g_assert_null (_ac_merge_base_lookup (f->base, ID_A));
}

/* Removed on both sides: nothing left to do. */
static void
test_delete_both (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_true (ac_journal_remove (f->local, ID_B, NULL));
  g_assert_true (ac_journal_remove (f->disk, ID_B, NULL));

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_null (ac_journal_lookup_session (f->local, ID_B));
}

/* Each added a record: both are kept. */
static void
test_add_both (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcSession) mine = new_session (ID_NEW_HERE, "2026-11-15T10:00:00+01:00");
  g_autoptr(AcSession) theirs = new_session (ID_NEW_THERE, "2026-11-16T10:00:00+01:00");
  g_autoptr(GPtrArray) changes = NULL;

  g_assert_true (ac_journal_add_session (f->local, mine, NULL));
  g_assert_true (ac_journal_add_session (f->disk, theirs, NULL));
  changes = _ac_journal_merge_changes (f->base, f->local, f->disk);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((AcMergeChange *) g_ptr_array_index (changes, 0))->kind, ==, AC_MERGE_ADD);

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_true (ac_journal_lookup_session (f->local, ID_NEW_HERE) == mine);
  g_assert_nonnull (ac_journal_lookup_session (f->local, ID_NEW_THERE));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (f->local)), ==, 4);
  /* Ours is not in the file yet. */
  g_assert_null (_ac_merge_base_lookup (f->base, ID_NEW_HERE));
}

/* A check-in added there for a day that has one added here: one a day, and
 * ours wins. */
static void
test_same_day_added_here (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(AcCheckin) mine = new_checkin (ID_NEW_HERE, 22, 2);
  g_autoptr(AcCheckin) theirs = new_checkin (ID_NEW_THERE, 22, 7);

  g_assert_true (ac_journal_add_checkin (f->local, mine, NULL));
  g_assert_true (ac_journal_add_checkin (f->disk, theirs, NULL));

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_null (ac_journal_lookup_checkin (f->local, ID_NEW_THERE));
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin (f->local, ID_NEW_HERE)), ==, 2);
}

/* Likewise when ours for that day is an edit of a check-in of the base. */
static void
test_same_day_edited_here (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(AcCheckin) theirs = new_checkin (ID_NEW_THERE, 21, 7);

  edit (f->local, ID_C, 1);
  g_assert_true (ac_journal_add_checkin (f->disk, theirs, NULL));   /* replaces C there */

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin (f->local, ID_C)), ==, 1);
  g_assert_null (ac_journal_lookup_checkin (f->local, ID_NEW_THERE));
}

/* A check-in added there for a day whose check-in here is the base's,
 * unchanged: theirs replaces it. */
static void
test_same_day_unchanged_here (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(AcCheckin) theirs = new_checkin (ID_NEW_THERE, 21, 7);

  g_assert_true (ac_journal_add_checkin (f->disk, theirs, NULL));   /* replaces C there */

  g_assert_cmpuint (merge (f), >=, 1);
  g_assert_null (ac_journal_lookup_checkin (f->local, ID_C));
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin (f->local, ID_NEW_THERE)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (f->local)), ==, 1);
}

/* There, the base's check-in moved to another day and a new one took its
 * old day: both come in, the moved one is not lost to the new one. */
static void
test_same_day_moved_there (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(AcRecord) moved = ac_record_copy (AC_RECORD (ac_journal_lookup_checkin (f->disk, ID_C)));
  g_autoptr(AcCheckin) theirs = new_checkin (ID_NEW_THERE, 21, 7);
  GDate later;

  g_date_clear (&later, 1);
  g_date_set_dmy (&later, 25, G_DATE_NOVEMBER, 2026);
  ac_checkin_set_date (AC_CHECKIN (moved), &later);
  g_assert_true (ac_journal_update_checkin (f->disk, AC_CHECKIN (moved), NULL));
  g_assert_true (ac_journal_add_checkin (f->disk, theirs, NULL));

  g_assert_cmpuint (merge (f), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (f->local)), ==, 2);
  g_assert_cmpint (g_date_get_day (ac_checkin_get_date (ac_journal_lookup_checkin (f->local, ID_C))), ==, 25);
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin (f->local, ID_NEW_THERE)), ==, 7);
}

/* The profile's conditions changed there only: taken in. */
static void
test_profile_there (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_true (ac_journal_set_conditions (f->disk, AC_CONDITION_BLOOD_THINNERS, NULL));

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (f->local)), ==,
                    AC_CONDITION_BLOOD_THINNERS);
  g_assert_cmpuint (_ac_merge_base_get_conditions (f->base), ==, AC_CONDITION_BLOOD_THINNERS);
}

/* Changed here only: ours stays. */
static void
test_profile_here (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (ac_journal_set_conditions (f->local, AC_CONDITION_PREGNANT, NULL));

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (f->local)), ==,
                    AC_CONDITION_PREGNANT);
  g_assert_cmpuint (_ac_merge_base_get_conditions (f->base), ==, 0);
}

/* Changed on both sides: ours wins. */
static void
test_profile_both (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (ac_journal_set_conditions (f->local, AC_CONDITION_PREGNANT, NULL));
  g_assert_true (ac_journal_set_conditions (f->disk, AC_CONDITION_BLOOD_THINNERS, NULL));

  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (f->local)), ==,
                    AC_CONDITION_PREGNANT);
  g_assert_cmpuint (_ac_merge_base_get_conditions (f->base), ==, AC_CONDITION_BLOOD_THINNERS);
}

static const char *
notes_of (AcJournal *journal)
{
  return ac_profile_get_therapist_notes (ac_journal_get_profile (journal));
}

/* The profile merges member by member: the notes changed there and the
 * areas to avoid changed here are both kept, in one change. */
static void
test_profile_members (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_true (ac_journal_set_avoid_areas (f->local, AC_AREA_NECK, NULL));
  g_assert_true (ac_journal_set_therapist_notes (f->disk, "No oils", NULL));
  g_assert_true (ac_journal_set_conditions (f->disk, AC_CONDITION_CANCER, NULL));

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (f->local)), ==, AC_AREA_NECK);
  g_assert_cmpstr (notes_of (f->local), ==, "No oils");
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (f->local)), ==, AC_CONDITION_CANCER);
  g_assert_true (ac_profile_equal (_ac_merge_base_get_profile (f->base), ac_journal_get_profile (f->disk)));

  /* The areas changed there only (and not here since): taken; the notes
   * changed on both sides: ours. */
  g_assert_true (ac_journal_set_avoid_areas (f->disk, AC_AREA_FEET, NULL));
  g_assert_true (ac_journal_set_therapist_notes (f->disk, "theirs", NULL));
  g_assert_true (ac_journal_set_therapist_notes (f->local, "mine", NULL));
  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpstr (notes_of (f->local), ==, "mine");
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (f->local)), ==, AC_AREA_NECK);

  /* The notes put back here to the base's count as unchanged here, so
   * the file's clearing them is taken; the areas here (NECK, the base's
   * FEET) still count as changed here and stay. */
  g_assert_true (ac_journal_set_therapist_notes (f->disk, NULL, NULL));
  g_assert_true (ac_journal_set_therapist_notes (f->local, "theirs", NULL));
  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpstr (notes_of (f->local), ==, "");
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (f->local)), ==, AC_AREA_NECK);
}

/* Changes @id's note in @journal. */
static AcClearance *
edit_note (AcJournal  *journal,
           const char *id,
           const char *note)
{
  g_autoptr(AcClearance) copy = ac_clearance_copy (ac_journal_lookup_clearance (journal, id));

  ac_clearance_set_note (copy, note);
  g_assert_true (ac_journal_update_clearance (journal, copy, NULL));
  return copy;   /* (transfer none): the journal holds it */
}

static const char *
note_of (AcJournal  *journal,
         const char *id)
{
  return ac_clearance_get_note (ac_journal_lookup_clearance (journal, id));
}

/* Clearances, the third kind: both sides' additions are kept, even on the
 * same day and for the same symptom (several may share a date). */
static void
test_clearance_add_both (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AcClearance) mine = new_clearance (ID_NEW_HERE, 23, "leg-swelling");
  g_autoptr(AcClearance) theirs = new_clearance (ID_NEW_THERE, 23, "leg-swelling");

  g_assert_true (ac_journal_add_clearance (f->local, mine, NULL));
  g_assert_true (ac_journal_add_clearance (f->disk, theirs, NULL));

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_true (ac_journal_lookup_clearance (f->local, ID_NEW_HERE) == mine);
  g_assert_nonnull (ac_journal_lookup_clearance (f->local, ID_NEW_THERE));
  g_assert_true (ac_journal_lookup_clearance (f->local, ID_NEW_THERE) !=
                 ac_journal_lookup_clearance (f->disk, ID_NEW_THERE));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (f->local)), ==, 3);
  g_assert_nonnull (_ac_merge_base_lookup (f->base, ID_NEW_THERE));
  g_assert_null (_ac_merge_base_lookup (f->base, ID_NEW_HERE));
}

/* Edited there only: taken in; edited on both sides: ours wins. */
static void
test_clearance_edit (Fixture       *f,
                     gconstpointer  data)
{
  edit_note (f->disk, ID_D, "GP: fine");
  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpstr (note_of (f->local, ID_D), ==, "GP: fine");

  edit_note (f->local, ID_D, "mine");
  edit_note (f->disk, ID_D, "theirs");
  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpstr (note_of (f->local, ID_D), ==, "mine");
}

/* Removed there, unchanged here: removed. Removed here, edited there: the
 * removal stands. Edited here, removed there: our edit stands. */
static void
test_clearance_remove (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AcClearance) e = new_clearance (ID_NEW_THERE, 24, "soreness-severe");

  g_assert_true (ac_journal_remove (f->disk, ID_D, NULL));
  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_null (ac_journal_lookup_clearance (f->local, ID_D));

  /* A clearance both sides know, to remove here and edit there. */
  add_copy (f->local, e);
  add_copy (f->disk, e);
  merge (f);
  g_assert_true (ac_journal_remove (f->local, ID_NEW_THERE, NULL));
  edit_note (f->disk, ID_NEW_THERE, "theirs");
  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_null (ac_journal_lookup_clearance (f->local, ID_NEW_THERE));

  g_assert_true (ac_journal_remove (f->disk, ID_NEW_THERE, NULL));
  merge (f);
  add_copy (f->local, e);
  add_copy (f->disk, e);
  merge (f);
  edit_note (f->local, ID_NEW_THERE, "mine");
  g_assert_true (ac_journal_remove (f->disk, ID_NEW_THERE, NULL));
  g_assert_cmpuint (merge (f), ==, 0);
  g_assert_cmpstr (note_of (f->local, ID_NEW_THERE), ==, "mine");
}

/* Another writer dropped a symptom from a check-in unchanged here (the
 * CLI with --drop-symptoms, the app after asking): the file's choice is
 * taken, not refused. */
static void
test_symptom_dropped_there (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(AcCheckin) swollen = new_checkin (ID_NEW_HERE, 23, 5);
  g_autoptr(AcCheckin) dropped = NULL;

  ac_checkin_set_symptoms (swollen, AC_SYMPTOM_LEG_SWELLING);
  add_copy (f->local, swollen);
  add_copy (f->disk, swollen);
  merge (f);

  dropped = ac_checkin_copy (ac_journal_lookup_checkin (f->disk, ID_NEW_HERE));
  ac_checkin_set_symptoms (dropped, AC_SYMPTOM_NONE);
  g_assert_true (ac_journal_update_checkin_full (f->disk, dropped, AC_JOURNAL_CHANGE_DROP_SYMPTOMS, NULL));

  g_assert_cmpuint (merge (f), ==, 1);
  g_assert_cmpuint (ac_checkin_get_symptoms (ac_journal_lookup_checkin (f->local, ID_NEW_HERE)), ==,
                    AC_SYMPTOM_NONE);
}

/* A base taken from a saved snapshot is the same as one taken from the
 * journal: the very records. */
static void
test_base_from_snapshot (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AcJournalSnapshot) snapshot = _ac_journal_snapshot_new (f->local);
  g_autoptr(AcMergeBase) base = _ac_merge_base_new_from_snapshot (snapshot);

  g_assert_true (_ac_merge_base_lookup (base, ID_A) == AC_RECORD (f->a));
  g_assert_true (_ac_merge_base_lookup (base, ID_C) == AC_RECORD (f->c));
  g_assert_true (_ac_merge_base_lookup (base, ID_D) == AC_RECORD (f->d));
  g_assert_null (_ac_merge_base_lookup (base, ID_NEW_THERE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/merge/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("nothing", test_nothing);
  ADD ("edit-there", test_edit_there);
  ADD ("edit-here", test_edit_here);
  ADD ("edit-both", test_edit_both);
  ADD ("edit-each", test_edit_each);
  ADD ("edit-identical", test_edit_identical);
  ADD ("delete-there", test_delete_there);
  ADD ("delete-here-edit-there", test_delete_here_edit_there);
  ADD ("edit-here-delete-there", test_edit_here_delete_there);
  ADD ("delete-both", test_delete_both);
  ADD ("add-both", test_add_both);
  ADD ("same-day-added-here", test_same_day_added_here);
  ADD ("same-day-edited-here", test_same_day_edited_here);
  ADD ("same-day-unchanged-here", test_same_day_unchanged_here);
  ADD ("same-day-moved-there", test_same_day_moved_there);
  ADD ("profile-there", test_profile_there);
  ADD ("profile-here", test_profile_here);
  ADD ("profile-both", test_profile_both);
  ADD ("profile-members", test_profile_members);
  ADD ("clearance-add-both", test_clearance_add_both);
  ADD ("clearance-edit", test_clearance_edit);
  ADD ("clearance-remove", test_clearance_remove);
  ADD ("symptom-dropped-there", test_symptom_dropped_there);
  ADD ("base-from-snapshot", test_base_from_snapshot);

  return g_test_run ();
}
