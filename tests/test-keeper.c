/* test-keeper.c — the app's autosave, and merging what another program
 * wrote, without ever losing a change
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "ac-journal-keeper.h"

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  AcJournalKeeper *keeper;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-keeper-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 5);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  g_assert_finalize_object (f->keeper);
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

static void
wait_until_idle (Fixture *f)
{
  while (ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_LOADING ||
         ac_journal_keeper_get_busy (f->keeper))
    g_main_context_iteration (NULL, TRUE);
}

static void
load (Fixture *f)
{
  ac_journal_keeper_load (f->keeper);
  wait_until_idle (f);
}

static AcSession *
add_session (AcJournal  *journal,
             const char *start)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (start, NULL);
  g_autoptr(AcSession) session = ac_session_new (dt, 60, AC_PRESSURE_MODERATE);

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  return session;
}

/* A loaded journal with one session, saved. */
static AcJournal *
load_with_a_session (Fixture *f)
{
  AcJournal *journal;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  add_session (journal, "2026-11-01T18:30:00+01:00");
  wait_until_idle (f);
  return journal;
}

/* Another program: loads the file, changes it, saves it. */
static AcJournal *
other_writer (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  AcJournal *journal = ac_journal_load (f->file, NULL, &error);

  g_assert_no_error (error);
  return journal;
}

static void
save_other (AcJournal *journal)
{
  g_autoptr(GError) error = NULL;

  /* A second apart, so that the file's time tells the change even on
   * file systems with coarse timestamps. */
  g_usleep (20 * 1000);
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);
}

static guint
n_sessions_on_disk (Fixture *f)
{
  g_autoptr(AcJournal) journal = other_writer (f);

  return g_list_model_get_n_items (ac_journal_get_sessions (journal));
}

static void
test_autosave (Fixture       *f,
               gconstpointer  data)
{
  AcJournal *journal;

  load (f);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_READY);
  journal = ac_journal_keeper_get_journal (f->keeper);
  g_assert_true (ac_journal_is_empty (journal));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  add_session (journal, "2026-11-20T18:30:00+01:00");
  g_assert_true (ac_journal_keeper_get_busy (f->keeper));
  wait_until_idle (f);
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 1);
  g_assert_false (ac_journal_has_unsaved_changes (journal));
  g_assert_null (ac_journal_keeper_get_save_error (f->keeper));
}

static void
on_merged (AcJournalKeeper *keeper,
           guint            n_changes,
           guint           *total)
{
  *total += n_changes;
}

/* aftercare-cli adds a session while the app runs: the app takes it in. */
static void
test_external_add (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) other = NULL;
  AcJournal *journal;
  guint merged = 0;

  journal = load_with_a_session (f);
  g_signal_connect (f->keeper, "merged", G_CALLBACK (on_merged), &merged);

  other = other_writer (f);
  add_session (other, "2026-11-05T18:30:00+01:00");
  save_other (other);

  g_assert_true (ac_journal_keeper_check_disk (f->keeper));
  wait_until_idle (f);
  g_assert_cmpuint (merged, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 2);
  /* Nothing of ours was waiting, so nothing needs writing. */
  g_assert_false (ac_journal_has_unsaved_changes (journal));
  g_assert_false (ac_journal_keeper_check_disk (f->keeper));
}

/* "busy" is told each time it changes, so that a caller waiting for the
 * keeper to be idle hears it: when a change schedules the autosave, and
 * when another writer's change, taken in, leaves nothing to write. */
static void
on_busy_notified (AcJournalKeeper *keeper,
                  GParamSpec      *pspec,
                  GArray          *told)
{
  gboolean busy = ac_journal_keeper_get_busy (keeper);

  g_array_append_val (told, busy);
}

static void
test_busy_notified (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(AcJournal) other = NULL;
  AcJournal *journal;

  journal = load_with_a_session (f);
  g_signal_connect (f->keeper, "notify::busy", G_CALLBACK (on_busy_notified), told);

  add_session (journal, "2026-11-06T18:30:00+01:00");
  g_assert_true (ac_journal_keeper_get_busy (f->keeper));
  g_assert_cmpuint (told->len, >=, 1);
  g_assert_true (g_array_index (told, gboolean, 0));
  wait_until_idle (f);
  g_assert_false (g_array_index (told, gboolean, told->len - 1));

  g_array_set_size (told, 0);
  other = other_writer (f);
  add_session (other, "2026-11-05T18:30:00+01:00");
  save_other (other);
  g_assert_true (ac_journal_keeper_check_disk (f->keeper));
  wait_until_idle (f);
  g_assert_cmpuint (told->len, >=, 2);
  g_assert_true (g_array_index (told, gboolean, 0));
  g_assert_false (g_array_index (told, gboolean, told->len - 1));
  g_assert_false (ac_journal_has_unsaved_changes (journal));
}

/* Both change the file at once: the save notices, merges, and writes both
 * changes. */
static void
test_both_change (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(AcSession) edit_here = NULL;
  g_autoptr(AcSession) edit_there = NULL;
  AcJournal *journal;
  AcSession *shared, *gone;
  g_autofree char *shared_id = NULL;
  g_autofree char *gone_id = NULL;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  shared = add_session (journal, "2026-11-01T18:30:00+01:00");
  shared_id = g_strdup (ac_session_get_id (shared));
  gone = add_session (journal, "2026-11-02T18:30:00+01:00");
  gone_id = g_strdup (ac_session_get_id (gone));
  wait_until_idle (f);

  /* There: a new session, a removal, and an edit of the shared one. */
  other = other_writer (f);
  add_session (other, "2026-11-10T18:30:00+01:00");
  g_assert_true (ac_journal_remove (other, gone_id, NULL));
  edit_there = ac_session_copy (ac_journal_lookup_session (other, shared_id));
  ac_session_set_minutes (edit_there, 30);
  g_assert_true (ac_journal_update_session (other, edit_there, NULL));
  save_other (other);

  /* Here, before the keeper has looked: a new session and an edit of the
   * same shared one, which wins. */
  ac_journal_keeper_set_autosave_delay (f->keeper, 1);
  add_session (journal, "2026-11-12T18:30:00+01:00");
  edit_here = ac_session_copy (shared);
  ac_session_set_minutes (edit_here, 90);
  g_assert_true (ac_journal_update_session (journal, edit_here, NULL));
  wait_until_idle (f);

  g_assert_null (ac_journal_keeper_get_save_error (f->keeper));
  g_assert_false (ac_journal_has_unsaved_changes (journal));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 3);
  g_assert_null (ac_journal_lookup_session (journal, gone_id));
  g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (journal, shared_id)), ==, 90);

  g_clear_object (&other);
  other = other_writer (f);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (other)), ==, 3);
  g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (other, shared_id)), ==, 90);
}

/* A check-in the other program made for a day, when this side has a new
 * one of its own for that day, does not replace ours. */
static void
test_same_day_checkins (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (21, 11, 2026);
  g_autoptr(AcCheckin) theirs = ac_checkin_new (day, 2);
  g_autoptr(AcCheckin) mine = ac_checkin_new (day, 6);
  AcJournal *journal;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  add_session (journal, "2026-11-20T18:30:00+01:00");
  wait_until_idle (f);

  other = other_writer (f);
  g_assert_true (ac_journal_add_checkin (other, theirs, NULL));
  save_other (other);

  g_assert_true (ac_journal_add_checkin (journal, mine, NULL));
  wait_until_idle (f);

  g_assert_true (ac_journal_lookup_checkin_for_date (journal, day) == mine);
  g_clear_object (&other);
  other = other_writer (f);
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin_for_date (other, day)), ==, 6);
}

/* Quitting right after a change: flush writes it. */
static void
test_flush (Fixture       *f,
            gconstpointer  data)
{
  AcJournal *journal;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  ac_journal_keeper_set_autosave_delay (f->keeper, 60 * 1000);
  add_session (journal, "2026-11-20T18:30:00+01:00");
  g_assert_cmpuint (g_file_test (f->path, G_FILE_TEST_EXISTS), ==, FALSE);

  g_assert_true (ac_journal_keeper_flush (f->keeper, NULL));
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 1);
  g_assert_false (ac_journal_keeper_get_busy (f->keeper));
}

/* The disk refuses: the change stays in memory, the error is told, and a
 * retry saves it once the disk takes it. */
static void
test_failed_save_retry (Fixture       *f,
                        gconstpointer  data)
{
  struct rlimit old_limit, limit;
  AcJournal *journal;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  add_session (journal, "2026-11-20T18:30:00+01:00");
  wait_until_idle (f);

  signal (SIGXFSZ, SIG_IGN);
  getrlimit (RLIMIT_FSIZE, &old_limit);
  limit = old_limit;
  limit.rlim_cur = 64;
  setrlimit (RLIMIT_FSIZE, &limit);

  add_session (journal, "2026-11-21T18:30:00+01:00");
  while (ac_journal_keeper_get_save_error (f->keeper) == NULL)
    g_main_context_iteration (NULL, TRUE);
  setrlimit (RLIMIT_FSIZE, &old_limit);

  g_assert_true (ac_journal_has_unsaved_changes (journal));
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 1);

  ac_journal_keeper_retry_save (f->keeper);
  wait_until_idle (f);
  g_assert_null (ac_journal_keeper_get_save_error (f->keeper));
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 2);
}

/* The user made the journal read-only: the save fails and says so in the
 * keeper's save-error, which the window's banner shows; the file stays. */
static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const GError *error;
  AcJournal *journal;

  load (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  add_session (journal, "2026-11-20T18:30:00+01:00");
  wait_until_idle (f);
  g_assert_true (g_file_get_contents (f->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  add_session (journal, "2026-11-21T18:30:00+01:00");
  while (ac_journal_keeper_get_save_error (f->keeper) == NULL)
    g_main_context_iteration (NULL, TRUE);

  error = ac_journal_keeper_get_save_error (f->keeper);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_true (ac_journal_has_unsaved_changes (journal));
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  ac_journal_keeper_retry_save (f->keeper);
  wait_until_idle (f);
  g_assert_null (ac_journal_keeper_get_save_error (f->keeper));
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 2);
}

/* A file that does not load is left alone until the user chooses. */
static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  const char *bad = "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":7}";
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autoptr(GFile) moved = NULL;
  g_autofree char *moved_text = NULL;

  g_assert_true (g_file_set_contents (f->path, bad, -1, NULL));
  load (f);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_FAILED);
  g_assert_nonnull (ac_journal_keeper_get_load_error (f->keeper));
  g_assert_null (ac_journal_keeper_get_journal (f->keeper));
  g_assert_false (ac_journal_keeper_has_backup (f->keeper));
  g_assert_false (ac_journal_keeper_restore_backup (f->keeper, NULL));

  g_assert_true (ac_journal_keeper_start_new (f->keeper, &moved, NULL));
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_READY);
  g_assert_true (g_file_load_contents (moved, NULL, &moved_text, NULL, NULL, NULL));
  g_assert_cmpstr (moved_text, ==, bad);
  g_assert_true (strstr (g_file_peek_path (moved), "journal.json.damaged-") != NULL);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_restore_backup (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autoptr(AcJournal) good = ac_journal_load (f->file, NULL, NULL);

  add_session (good, "2026-11-20T18:30:00+01:00");
  g_assert_true (ac_journal_save (good, NULL, NULL));
  g_assert_true (g_rename (f->path, backup) == 0);
  g_assert_true (g_file_set_contents (f->path, "{\"format\":", -1, NULL));

  load (f);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_FAILED);
  g_assert_true (ac_journal_keeper_has_backup (f->keeper));
  g_assert_true (ac_journal_keeper_restore_backup (f->keeper, NULL));
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_READY);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (ac_journal_keeper_get_journal (f->keeper))), ==, 1);
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 1);
}

/* Another program left a file that no longer loads: the keeper keeps its
 * journal in memory, says so, and does not overwrite the file. */
static void
test_reload_unloadable (Fixture       *f,
                        gconstpointer  data)
{
  const char *bad = "{\"format\": \"aftercare-journal\", \"version\": 2, \"sessions\": [";
  g_autofree char *after = NULL;
  const GError *error;
  AcJournal *journal;

  journal = load_with_a_session (f);

  g_usleep (20 * 1000);
  g_assert_true (g_file_set_contents (f->path, bad, -1, NULL));
  g_assert_true (ac_journal_keeper_check_disk (f->keeper));
  wait_until_idle (f);

  error = ac_journal_keeper_get_save_error (f->keeper);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "no longer loads"));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 1);

  /* A change of ours is kept in memory, not written over their file. */
  add_session (journal, "2026-11-02T18:30:00+01:00");
  wait_until_idle (f);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, bad);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 2);
}

/* A newer Aftercare wrote the file: this one no longer saves to it. */
static void
test_reload_newer_version (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GRegex) version = g_regex_new ("\"version\" *: *[0-9]+", 0, 0, NULL);
  const GError *error;
  AcJournal *journal;

  journal = load_with_a_session (f);

  g_assert_true (g_file_get_contents (f->path, &text, NULL, NULL));
  newer = g_regex_replace_literal (version, text, -1, 0, "\"version\": 99", 0, NULL);
  g_assert_cmpstr (newer, !=, text);
  g_usleep (20 * 1000);
  g_assert_true (g_file_set_contents (f->path, newer, -1, NULL));
  g_assert_true (ac_journal_keeper_check_disk (f->keeper));
  wait_until_idle (f);

  error = ac_journal_keeper_get_save_error (f->keeper);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "newer version"));

  add_session (journal, "2026-11-02T18:30:00+01:00");
  wait_until_idle (f);
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
}

/* The app's way: restoring the backup and starting anew run on a worker
 * thread, and the keeper takes the journal when they are done. */
static void
on_recovered (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
test_recover_async (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autoptr(AcJournal) good = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(GAsyncResult) restored = NULL;
  g_autoptr(GAsyncResult) started = NULL;
  g_autoptr(GAsyncResult) failed = NULL;
  g_autoptr(GFile) moved = NULL;
  g_autoptr(GError) error = NULL;

  add_session (good, "2026-11-20T18:30:00+01:00");
  g_assert_true (ac_journal_save (good, NULL, NULL));
  g_assert_true (g_rename (f->path, backup) == 0);
  g_assert_true (g_file_set_contents (f->path, "{\"format\":", -1, NULL));

  load (f);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_FAILED);
  ac_journal_keeper_restore_backup_async (f->keeper, NULL, on_recovered, &restored);
  /* Nothing is taken before the worker is done. */
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_FAILED);
  g_assert_true (ac_journal_keeper_restore_backup_finish (f->keeper, wait_for_result (&restored), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_READY);
  g_assert_null (ac_journal_keeper_get_load_error (f->keeper));
  g_assert_cmpuint (n_sessions_on_disk (f), ==, 1);

  /* Now the journal loads; break it again and start anew. */
  g_assert_true (g_file_set_contents (f->path, "[", -1, NULL));
  g_assert_true (g_unlink (backup) == 0);
  ac_journal_keeper_restore_backup_async (f->keeper, NULL, on_recovered, &failed);
  g_assert_false (ac_journal_keeper_restore_backup_finish (f->keeper, wait_for_result (&failed), &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);

  ac_journal_keeper_start_new_async (f->keeper, NULL, on_recovered, &started);
  g_assert_true (ac_journal_keeper_start_new_finish (f->keeper, wait_for_result (&started), &moved, NULL));
  g_assert_nonnull (moved);
  g_assert_true (strstr (g_file_peek_path (moved), "journal.json.damaged-") != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (ac_journal_keeper_get_journal (f->keeper))), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/keeper/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("autosave", test_autosave);
  ADD ("external-add", test_external_add);
  ADD ("busy-notified", test_busy_notified);
  ADD ("both-change", test_both_change);
  ADD ("same-day-checkins", test_same_day_checkins);
  ADD ("flush", test_flush);
  ADD ("failed-save-retry", test_failed_save_retry);
  ADD ("read-only-file", test_read_only_file);
  ADD ("bad-file", test_bad_file);
  ADD ("restore-backup", test_restore_backup);
  ADD ("reload-unloadable", test_reload_unloadable);
  ADD ("reload-newer-version", test_reload_newer_version);
  ADD ("recover-async", test_recover_async);
#undef ADD

  return g_test_run ();
}
