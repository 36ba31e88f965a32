/* test-undo-stack.c — every change to the journal undone and redone, saved
 * like any other, and never what another writer did
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ac-clock.h"
#include "ac-journal-keeper.h"
#include "ac-undo-stack.h"

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  AcClock         *clock;
  AcJournalKeeper *keeper;
  AcJournal       *journal;     /* the keeper's */
  AcUndoStack     *stack;       /* the keeper's */
  guint            n_changed;   /* the journal's "changed" emissions */
} Fixture;

static void
on_changed (AcJournal *journal,
            Fixture   *f)
{
  f->n_changed++;
}

static void
wait_until_idle (Fixture *f)
{
  while (ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_LOADING ||
         ac_journal_keeper_get_busy (f->keeper))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-12-07T12:00:00+01:00", NULL);

  f->folder = g_dir_make_tmp ("aftercare-undo-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
  f->clock = ac_clock_new_fixed (now);
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 5);
  ac_journal_keeper_load (f->keeper);
  wait_until_idle (f);
  f->journal = ac_journal_keeper_get_journal (f->keeper);
  f->stack = ac_journal_keeper_get_undo_stack (f->keeper);
  g_assert_true (ac_undo_stack_get_journal (f->stack) == f->journal);
  g_signal_connect (f->journal, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  wait_until_idle (f);
  g_assert_finalize_object (f->keeper);
  g_assert_finalize_object (f->clock);
  dir = g_dir_open (f->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (f->folder, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

/* A day a few days before the clock's today. */
static void
days_ago (Fixture *f,
          int      days,
          GDate   *day)
{
  ac_clock_get_today (f->clock, day);
  g_date_subtract_days (day, days);
}

static AcSession *
new_session (Fixture *f,
             int      days)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (f->clock);
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -days);

  return ac_session_new (start, 60, AC_PRESSURE_MODERATE);
}

static AcSession *
add_session (AcJournal *journal,
             AcSession *session)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_journal_add_session (journal, session, &error));
  g_assert_no_error (error);
  return session;
}

static AcCheckin *
new_checkin (Fixture   *f,
             int        days,
             int        soreness,
             AcSymptom  symptoms)
{
  AcCheckin *checkin;
  GDate day;

  days_ago (f, days, &day);
  checkin = ac_checkin_new (&day, soreness);
  ac_checkin_set_symptoms (checkin, symptoms);
  return checkin;
}

/* Undoes (or redoes) the top step, named @label: one new change to the
 * journal, saved like any other, and the step moves to the other side. */
static void
assert_step (Fixture    *f,
             gboolean    undo,
             const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  guint changed = f->n_changed;

  g_assert_cmpstr (undo ? ac_undo_stack_get_undo_label (f->stack)
                        : ac_undo_stack_get_redo_label (f->stack), ==, label);
  done = undo ? ac_undo_stack_undo (f->stack, &error) : ac_undo_stack_redo (f->stack, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (done, ==, label);
  g_assert_cmpuint (f->n_changed, ==, changed + 1);
  g_assert_cmpstr (undo ? ac_undo_stack_get_redo_label (f->stack)
                        : ac_undo_stack_get_undo_label (f->stack), ==, label);
}

#define assert_undo(f, label) assert_step ((f), TRUE, (label))
#define assert_redo(f, label) assert_step ((f), FALSE, (label))

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_false (ac_undo_stack_get_can_redo (f->stack));
  g_assert_null (ac_undo_stack_get_undo_label (f->stack));
  g_assert_cmpuint (ac_undo_stack_get_undo_serial (f->stack), ==, 0);
  g_assert_null (ac_undo_stack_undo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_null (ac_undo_stack_redo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_NOTHING);
  g_assert_cmpuint (f->n_changed, ==, 0);

  g_test_expect_message ("ac-undo-stack", G_LOG_LEVEL_CRITICAL, "*group_depth > 0*");
  ac_undo_stack_end_group (f->stack);
  g_test_assert_expected_messages ();
}

static void
test_session (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(AcSession) session = new_session (f, 2);
  g_autoptr(AcSession) edit = NULL;
  const char *id = ac_session_get_id (session);

  add_session (f->journal, session);
  g_assert_true (ac_undo_stack_get_can_undo (f->stack));
  assert_undo (f, "Session added");
  g_assert_null (ac_journal_lookup_session (f->journal, id));
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  assert_redo (f, "Session added");
  g_assert_true (ac_journal_lookup_session (f->journal, id) == session);

  edit = ac_session_copy (session);
  ac_session_set_minutes (edit, 90);
  g_assert_true (ac_journal_update_session (f->journal, edit, NULL));
  assert_undo (f, "Session changed");
  g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (f->journal, id)), ==, 60);
  assert_redo (f, "Session changed");
  g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (f->journal, id)), ==, 90);

  g_assert_true (ac_journal_remove (f->journal, id, NULL));
  assert_undo (f, "Session deleted");
  g_assert_true (ac_journal_lookup_session (f->journal, id) == edit);
  assert_redo (f, "Session deleted");
  g_assert_null (ac_journal_lookup_session (f->journal, id));

  /* Back down to the empty journal, one step at a time. */
  assert_undo (f, "Session deleted");
  assert_undo (f, "Session changed");
  assert_undo (f, "Session added");
  g_assert_true (ac_journal_is_empty (f->journal));
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_true (ac_undo_stack_get_can_redo (f->stack));
}

static void
test_checkin (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(AcCheckin) first = new_checkin (f, 1, 3, AC_SYMPTOM_BRUISING);
  g_autoptr(AcCheckin) same_day = new_checkin (f, 1, 6, AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);

  g_assert_true (ac_journal_add_checkin (f->journal, first, NULL));
  assert_undo (f, "Check-in added");
  g_assert_cmpuint (n_items (ac_journal_get_checkins (f->journal)), ==, 0);
  assert_redo (f, "Check-in added");

  /* A second check-in for the day takes the first's place: undo puts the
   * first back. */
  g_assert_true (ac_journal_add_checkin (f->journal, same_day, NULL));
  /* The first lists bruising too: only the other symptom would go. */
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, TRUE), ==, AC_SYMPTOM_DARK_URINE);
  assert_undo (f, "Check-in changed");
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, FALSE), ==, AC_SYMPTOM_NONE);
  g_assert_true (ac_journal_lookup_checkin_for_date (f->journal, ac_checkin_get_date (first)) == first);
  g_assert_null (ac_journal_lookup_checkin (f->journal, ac_checkin_get_id (same_day)));
  assert_redo (f, "Check-in changed");
  g_assert_true (ac_journal_lookup_checkin_for_date (f->journal, ac_checkin_get_date (first)) == same_day);
  g_assert_cmpuint (n_items (ac_journal_get_checkins (f->journal)), ==, 1);
}

/* A check-in with warning signs, deleted, comes back whole; one whose
 * symptoms the person dropped gets them back. */
static void
test_checkin_symptoms (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AcCheckin) checkin = new_checkin (f, 1, 7, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_autoptr(AcCheckin) dropped = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = ac_checkin_get_id (checkin);
  AcCheckin *back;

  ac_checkin_set_areas (checkin, AC_AREA_NECK);
  ac_checkin_set_notes (checkin, "Left calf swollen");
  g_assert_true (ac_journal_add_checkin (f->journal, checkin, NULL));
  /* Undoing the add would take the symptoms away: the app names them. */
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, TRUE), ==,
                   AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_assert_true (ac_journal_remove (f->journal, id, NULL));
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, TRUE), ==, AC_SYMPTOM_NONE);
  assert_undo (f, "Check-in deleted");
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, FALSE), ==,
                   AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);

  back = ac_journal_lookup_checkin (f->journal, id);
  g_assert_nonnull (back);
  g_assert_cmpint (ac_checkin_get_symptoms (back), ==, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_assert_cmpint (ac_checkin_get_soreness (back), ==, 7);
  g_assert_cmpint (ac_checkin_get_areas (back), ==, AC_AREA_NECK);
  g_assert_cmpstr (ac_checkin_get_notes (back), ==, "Left calf swollen");
  g_assert_true (ac_record_equal (AC_RECORD (back), AC_RECORD (checkin)));

  dropped = ac_checkin_copy (back);
  ac_checkin_set_symptoms (dropped, AC_SYMPTOM_BRUISING);
  g_assert_false (ac_journal_update_checkin (f->journal, dropped, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS);
  g_assert_true (ac_journal_update_checkin_full (f->journal, dropped, AC_JOURNAL_CHANGE_DROP_SYMPTOMS, NULL));
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, TRUE), ==, AC_SYMPTOM_NONE);
  assert_undo (f, "Check-in changed");
  g_assert_cmpint (ac_checkin_get_symptoms (ac_journal_lookup_checkin (f->journal, id)), ==,
                   AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_assert_cmpint (ac_undo_stack_get_dropped_symptoms (f->stack, FALSE), ==, AC_SYMPTOM_LEG_SWELLING);
}

/* The hold's "It's Been Checked": one clearance per cause, one step. */
static void
test_clearances (Fixture       *f,
                 gconstpointer  data)
{
  const char *whats[] = { "leg-swelling", "bruising", NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  GDate today;

  ac_clock_get_today (f->clock, &today);
  ids = ac_journal_keeper_add_clearances (f->keeper, &today, whats, "GP", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 2);
  assert_undo (f, "Marked as checked");
  g_assert_cmpuint (n_items (ac_journal_get_clearances (f->journal)), ==, 0);
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  assert_redo (f, "Marked as checked");
  g_assert_nonnull (ac_journal_lookup_clearance (f->journal, ids[0]));
  g_assert_nonnull (ac_journal_lookup_clearance (f->journal, ids[1]));

  /* A bad cause: none is added, and nothing is a step. */
  {
    const char *bad[] = { "bruising", "not-a-symptom", NULL };

    g_assert_null (ac_journal_keeper_add_clearances (f->keeper, &today, bad, NULL, &error));
    g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
    g_assert_cmpuint (n_items (ac_journal_get_clearances (f->journal)), ==, 2);
    g_assert_cmpuint (ac_undo_stack_get_undo_serial (f->stack), !=, 0);
    g_assert_cmpstr (ac_undo_stack_get_undo_label (f->stack), ==, "Marked as checked");
  }
}

static void
test_profile (Fixture       *f,
              gconstpointer  data)
{
  AcProfile *profile;

  g_assert_true (ac_journal_set_conditions (f->journal, AC_CONDITION_BLOOD_THINNERS, NULL));
  g_assert_true (ac_journal_set_avoid_areas (f->journal, AC_AREA_NECK, NULL));
  g_assert_true (ac_journal_set_therapist_notes (f->journal, "No deep work on the left shoulder", NULL));
  /* The same again changes nothing, and is no step. */
  g_assert_true (ac_journal_set_avoid_areas (f->journal, AC_AREA_NECK, NULL));

  assert_undo (f, "Profile changed");
  profile = ac_journal_get_profile (f->journal);
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile), ==, "");
  g_assert_cmpint (ac_profile_get_avoid_areas (profile), ==, AC_AREA_NECK);
  assert_undo (f, "Profile changed");
  g_assert_cmpint (ac_profile_get_avoid_areas (ac_journal_get_profile (f->journal)), ==, AC_AREA_NONE);
  assert_undo (f, "Profile changed");
  g_assert_cmpint (ac_profile_get_conditions (ac_journal_get_profile (f->journal)), ==, AC_CONDITION_NONE);
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));

  assert_redo (f, "Profile changed");
  g_assert_cmpint (ac_profile_get_conditions (ac_journal_get_profile (f->journal)), ==,
                   AC_CONDITION_BLOOD_THINNERS);
}

/* An import and Delete All Data are one step each, taken back as one
 * change. */
static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(AcSession) kept = new_session (f, 10);
  g_autoptr(AcSession) a = new_session (f, 3);
  g_autoptr(AcSession) b = new_session (f, 2);
  g_autoptr(AcCheckin) c = new_checkin (f, 1, 2, AC_SYMPTOM_BRUISING);
  g_autoptr(AcSession) kept_edit = NULL;
  guint serial;

  add_session (f->journal, kept);
  serial = ac_undo_stack_get_undo_serial (f->stack);

  ac_undo_stack_begin_group (f->stack, "Import of 4 records");
  add_session (f->journal, a);
  add_session (f->journal, b);
  g_assert_true (ac_journal_add_checkin (f->journal, c, NULL));
  kept_edit = ac_session_copy (kept);
  ac_session_set_therapist (kept_edit, "Ana");
  g_assert_true (ac_journal_update_session (f->journal, kept_edit, NULL));
  /* Not a step until the group ends. */
  g_assert_cmpuint (ac_undo_stack_get_undo_serial (f->stack), ==, serial);
  ac_undo_stack_end_group (f->stack);
  g_assert_cmpuint (ac_undo_stack_get_undo_serial (f->stack), >, serial);

  assert_undo (f, "Import of 4 records");
  g_assert_cmpuint (n_items (ac_journal_get_sessions (f->journal)), ==, 1);
  g_assert_cmpuint (n_items (ac_journal_get_checkins (f->journal)), ==, 0);
  g_assert_true (ac_journal_lookup_session (f->journal, ac_session_get_id (kept)) == kept);
  assert_redo (f, "Import of 4 records");
  g_assert_cmpuint (n_items (ac_journal_get_sessions (f->journal)), ==, 3);

  /* Delete All Data, as the preferences do it. */
  g_assert_true (ac_journal_set_conditions (f->journal, AC_CONDITION_PREGNANT, NULL));
  ac_undo_stack_begin_group (f->stack, "All data deleted");
  g_assert_true (ac_journal_remove (f->journal, ac_session_get_id (a), NULL));
  g_assert_true (ac_journal_remove (f->journal, ac_session_get_id (b), NULL));
  g_assert_true (ac_journal_remove (f->journal, ac_session_get_id (kept), NULL));
  g_assert_true (ac_journal_remove (f->journal, ac_checkin_get_id (c), NULL));
  g_assert_true (ac_journal_set_conditions (f->journal, AC_CONDITION_NONE, NULL));
  ac_undo_stack_end_group (f->stack);
  g_assert_true (ac_journal_is_empty (f->journal));

  assert_undo (f, "All data deleted");
  g_assert_cmpuint (n_items (ac_journal_get_sessions (f->journal)), ==, 3);
  g_assert_cmpint (ac_checkin_get_symptoms (ac_journal_lookup_checkin (f->journal, ac_checkin_get_id (c))),
                   ==, AC_SYMPTOM_BRUISING);
  g_assert_cmpint (ac_profile_get_conditions (ac_journal_get_profile (f->journal)), ==,
                   AC_CONDITION_PREGNANT);

  /* A group that changed nothing in the end is no step. */
  serial = ac_undo_stack_get_undo_serial (f->stack);
  ac_undo_stack_begin_group (f->stack, "Nothing");
  g_assert_true (ac_journal_remove (f->journal, ac_session_get_id (a), NULL));
  add_session (f->journal, a);
  ac_undo_stack_end_group (f->stack);
  g_assert_cmpuint (ac_undo_stack_get_undo_serial (f->stack), ==, serial);
}

static void
test_new_change_clears_redo (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(AcSession) a = new_session (f, 3);
  g_autoptr(AcSession) b = new_session (f, 2);

  add_session (f->journal, a);
  assert_undo (f, "Session added");
  g_assert_true (ac_undo_stack_get_can_redo (f->stack));
  add_session (f->journal, b);
  g_assert_false (ac_undo_stack_get_can_redo (f->stack));
  g_assert_null (ac_undo_stack_get_redo_label (f->stack));
  assert_undo (f, "Session added");
  /* The first add was undone before: only the second is left to undo. */
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_true (ac_journal_is_empty (f->journal));
}

/* The stack keeps the newest 100 steps: 100 changes can all be undone,
 * of 101 the first no longer. */
static void
test_depth (Fixture       *f,
            gconstpointer  data)
{
  const guint n_changes[] = { 100, 101 };

  for (guint c = 0; c < G_N_ELEMENTS (n_changes); c++)
    {
      g_autoptr(AcUndoStack) stack = ac_undo_stack_new ();
      g_autoptr(AcJournal) journal = ac_journal_new ();
      guint undone = 0;

      ac_undo_stack_set_journal (stack, journal);
      for (guint i = 0; i < n_changes[c]; i++)
        {
          g_autoptr(AcSession) session = new_session (f, 200 - i);

          add_session (journal, session);
        }
      while (ac_undo_stack_get_can_undo (stack))
        {
          g_autofree char *label = ac_undo_stack_undo (stack, NULL);

          g_assert_nonnull (label);
          undone++;
        }
      g_assert_cmpuint (undone, ==, 100);
      g_assert_cmpuint (n_items (ac_journal_get_sessions (journal)), ==, n_changes[c] - 100);
    }
}

static AcJournal *
read_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  AcJournal *journal = ac_journal_load (f->file, NULL, &error);

  g_assert_no_error (error);
  return journal;
}

/* Undo is a change like any other: autosaved, and what a reload sees. */
static void
test_after_autosave (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AcSession) session = new_session (f, 2);
  const char *id = ac_session_get_id (session);
  g_autoptr(AcJournal) disk = NULL;

  add_session (f->journal, session);
  wait_until_idle (f);
  disk = read_file (f);
  g_assert_nonnull (ac_journal_lookup_session (disk, id));
  g_clear_object (&disk);

  g_assert_true (ac_journal_remove (f->journal, id, NULL));
  wait_until_idle (f);
  disk = read_file (f);
  g_assert_null (ac_journal_lookup_session (disk, id));
  g_clear_object (&disk);

  assert_undo (f, "Session deleted");
  g_assert_true (ac_journal_has_unsaved_changes (f->journal));
  wait_until_idle (f);
  g_assert_false (ac_journal_has_unsaved_changes (f->journal));
  disk = read_file (f);
  g_assert_nonnull (ac_journal_lookup_session (disk, id));
  g_assert_true (ac_record_equal (AC_RECORD (ac_journal_lookup_session (disk, id)), AC_RECORD (session)));
  g_clear_object (&disk);

  assert_undo (f, "Session added");
  wait_until_idle (f);
  disk = read_file (f);
  g_assert_true (ac_journal_is_empty (disk));
  g_clear_object (&disk);

  assert_redo (f, "Session added");
  assert_redo (f, "Session deleted");
  g_assert_true (ac_journal_keeper_flush (f->keeper, NULL));
  disk = read_file (f);
  g_assert_true (ac_journal_is_empty (disk));
}

/* Another program saves @other over the file; the keeper merges it. */
static void
merge_other (Fixture   *f,
             AcJournal *other)
{
  g_autoptr(GError) error = NULL;

  g_usleep (20 * 1000);
  g_assert_true (ac_journal_save (other, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ac_journal_keeper_check_disk (f->keeper));
  wait_until_idle (f);
}

/* A change merged in from another writer is never undone: the step that
 * would take it back is refused, naming the record, and the person's own
 * earlier step below it still works. */
static void
test_merged_not_undone (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AcSession) mine = new_session (f, 3);
  g_autoptr(AcSession) shared = new_session (f, 2);
  g_autoptr(AcSession) edit = NULL;
  g_autoptr(AcSession) theirs = NULL;
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(GError) error = NULL;
  const char *shared_id = ac_session_get_id (shared);
  AcSession *merged;
  guint changed;

  add_session (f->journal, shared);
  wait_until_idle (f);
  ac_undo_stack_clear (f->stack);

  add_session (f->journal, mine);                       /* step 1 */
  edit = ac_session_copy (shared);
  ac_session_set_minutes (edit, 45);
  g_assert_true (ac_journal_update_session (f->journal, edit, NULL));   /* step 2 */
  wait_until_idle (f);

  other = read_file (f);
  theirs = ac_session_copy (ac_journal_lookup_session (other, shared_id));
  ac_session_set_therapist (theirs, "Ana");
  g_assert_true (ac_journal_update_session (other, theirs, NULL));
  merge_other (f, other);

  merged = ac_journal_lookup_session (f->journal, shared_id);
  g_assert_cmpstr (ac_session_get_therapist (merged), ==, "Ana");
  /* The merge is not a step of the person's. */
  g_assert_cmpstr (ac_undo_stack_get_undo_label (f->stack), ==, "Session changed");

  changed = f->n_changed;
  g_assert_null (ac_undo_stack_undo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "“Session changed” can’t be undone"));
  g_assert_nonnull (strstr (error->message, "the session of 2026-12-05 12:00"));
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_true (ac_journal_lookup_session (f->journal, shared_id) == merged);
  g_assert_false (ac_undo_stack_get_can_redo (f->stack));

  /* The refused step is gone; the one below it is the person's own. */
  assert_undo (f, "Session added");
  g_assert_null (ac_journal_lookup_session (f->journal, ac_session_get_id (mine)));
  g_assert_true (ac_journal_lookup_session (f->journal, shared_id) == merged);
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  wait_until_idle (f);
  g_clear_object (&other);
  other = read_file (f);
  g_assert_cmpstr (ac_session_get_therapist (ac_journal_lookup_session (other, shared_id)), ==, "Ana");
}

/* The other writer deleted what the person added, or took the day of the
 * check-in the person deleted: each undo is refused clearly. */
static void
test_merged_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcSession) mine = new_session (f, 3);
  g_autoptr(AcCheckin) checkin = new_checkin (f, 1, 4, AC_SYMPTOM_LEG_SWELLING);
  g_autoptr(AcCheckin) theirs = new_checkin (f, 1, 1, AC_SYMPTOM_NONE);
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(GError) error = NULL;

  add_session (f->journal, mine);
  g_assert_true (ac_journal_add_checkin (f->journal, checkin, NULL));
  wait_until_idle (f);
  g_assert_true (ac_journal_remove (f->journal, ac_checkin_get_id (checkin), NULL));
  wait_until_idle (f);

  other = read_file (f);
  g_assert_true (ac_journal_remove (other, ac_session_get_id (mine), NULL));
  g_assert_true (ac_journal_add_checkin (other, theirs, NULL));
  merge_other (f, other);
  g_assert_null (ac_journal_lookup_session (f->journal, ac_session_get_id (mine)));

  g_assert_null (ac_undo_stack_undo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "“Check-in deleted” can’t be undone: the check-in of 2026-12-06"));
  g_assert_true (ac_journal_lookup_checkin_for_date (f->journal, ac_checkin_get_date (checkin)) != NULL);
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin_for_date (f->journal,
                                                                                ac_checkin_get_date (checkin))), ==, 1);
  g_clear_error (&error);

  g_assert_cmpstr (ac_undo_stack_get_undo_label (f->stack), ==, "Check-in added");
  g_assert_null (ac_undo_stack_undo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE);
  g_clear_error (&error);

  g_assert_null (ac_undo_stack_undo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "the session of 2026-12-04 12:00"));
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_cmpuint (n_items (ac_journal_get_checkins (f->journal)), ==, 1);
}

/* A redo, too, waits for the journal to be as the undo left it. */
static void
test_merged_redo_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(AcSession) mine = new_session (f, 3);
  g_autoptr(AcSession) again = NULL;
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(GError) error = NULL;

  add_session (f->journal, mine);
  assert_undo (f, "Session added");
  wait_until_idle (f);

  /* The other writer adds a session with the same id. */
  other = read_file (f);
  again = ac_session_copy (mine);
  g_assert_true (ac_journal_add_session (other, again, NULL));
  merge_other (f, other);

  g_assert_null (ac_undo_stack_redo (f->stack, &error));
  g_assert_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "“Session added” can’t be redone"));
  g_assert_false (ac_undo_stack_get_can_redo (f->stack));
}

/* A new journal (a restored backup, a new start) starts a new stack. */
static void
test_reset (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(AcSession) session = new_session (f, 3);
  g_autoptr(AcSession) elsewhere = new_session (f, 1);
  g_autoptr(AcUndoStack) alone = ac_undo_stack_new ();
  g_autoptr(AcJournal) journal = ac_journal_new ();

  add_session (f->journal, session);
  ac_undo_stack_set_journal (f->stack, NULL);
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_null (ac_undo_stack_get_journal (f->stack));
  ac_undo_stack_set_journal (f->stack, f->journal);

  /* A stack of its own, on a journal with no file. */
  ac_undo_stack_set_journal (alone, journal);
  add_session (journal, elsewhere);
  g_assert_cmpstr (ac_undo_stack_get_undo_label (alone), ==, "Session added");
  g_assert_false (ac_undo_stack_get_can_undo (f->stack));
  g_assert_finalize_object (g_steal_pointer (&alone));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/undo-stack/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("empty", test_empty);
  ADD ("session", test_session);
  ADD ("checkin", test_checkin);
  ADD ("checkin-symptoms", test_checkin_symptoms);
  ADD ("clearances", test_clearances);
  ADD ("profile", test_profile);
  ADD ("group", test_group);
  ADD ("new-change-clears-redo", test_new_change_clears_redo);
  ADD ("depth", test_depth);
  ADD ("after-autosave", test_after_autosave);
  ADD ("merged-not-undone", test_merged_not_undone);
  ADD ("merged-refusals", test_merged_refusals);
  ADD ("merged-redo-refused", test_merged_redo_refused);
  ADD ("reset", test_reset);
#undef ADD

  return g_test_run ();
}
