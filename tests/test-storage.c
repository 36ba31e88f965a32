/* test-storage.c — the journal file on disk: private, atomic, backed up,
 * and never overwritten when it should not be
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ac-journal.h"
#include "ac-journal-private.h"

typedef struct
{
  char  *folder;   /* a fresh temporary folder */
  char  *path;     /* folder/sub/journal.json, not there yet */
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-test-XXXXXX", NULL);
  g_assert_nonnull (f->folder);
  f->path = g_build_filename (f->folder, "sub", "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

static void
add_session (AcJournal  *journal,
             const char *start,
             int         minutes)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (start, NULL);
  g_autoptr(AcSession) session = ac_session_new (dt, minutes, AC_PRESSURE_DEEP);

  g_assert_true (ac_journal_add_session (journal, session, NULL));
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
mode_of (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

/* A missing file is an empty journal; its first save makes the folder
 * 0700 and the file 0600. */
static void
test_first_save (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, &error);
  g_autoptr(AcJournal) again = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *on_disk = NULL;

  g_assert_no_error (error);
  g_assert_true (ac_journal_is_empty (journal));
  g_assert_true (g_file_equal (ac_journal_get_file (journal), f->file));

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_has_unsaved_changes (journal));
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ac_journal_has_unsaved_changes (journal));

  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  again = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (again)), ==, 1);
  first = ac_journal_to_data (journal, NULL);
  second = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  on_disk = read_file (f->path);
  g_assert_cmpstr (on_disk, ==, first);
}

/* The file as it was when loaded is kept as journal.json.bak, and stays
 * that through the later saves of the same journal. */
static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) loaded = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autofree char *original = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_later = NULL;
  g_autoptr(GFile) backup_file = NULL;

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (journal, NULL, NULL));
  original = read_file (f->path);
  g_chmod (f->path, 0644);

  loaded = ac_journal_load (f->file, NULL, NULL);
  add_session (loaded, "2026-11-21T18:30:00+01:00", 45);
  g_assert_true (ac_journal_save (loaded, NULL, NULL));
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, original);
  g_assert_cmpuint (mode_of (backup), ==, 0600);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);

  add_session (loaded, "2026-11-22T18:30:00+01:00", 30);
  g_assert_true (ac_journal_save (loaded, NULL, NULL));
  kept_later = read_file (backup);
  g_assert_cmpstr (kept_later, ==, original);

  backup_file = ac_journal_get_backup_file (loaded);
  g_assert_cmpstr (g_file_peek_path (backup_file), ==, backup);
}

/* Another program wrote the file after it was read: the save refuses and
 * the other program's text stays. */
static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (journal, NULL, NULL));

  other = ac_journal_load (f->file, NULL, NULL);
  add_session (other, "2026-11-25T18:30:00+01:00", 30);
  g_assert_true (ac_journal_save (other, NULL, NULL));
  theirs = read_file (f->path);

  add_session (journal, "2026-11-26T18:30:00+01:00", 90);
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK);
  g_assert_true (ac_journal_has_unsaved_changes (journal));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, theirs);
}

/* Also a file that appears where there was none. */
static void
test_created_meanwhile (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) other = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(GError) error = NULL;

  add_session (other, "2026-11-25T18:30:00+01:00", 30);
  g_assert_true (ac_journal_save (other, NULL, NULL));

  add_session (journal, "2026-11-26T18:30:00+01:00", 90);
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A file that does not load is an error, and stays exactly as it was. */
static void
test_bad_file_untouched (Fixture       *f,
                         gconstpointer  data)
{
  const char *bad = "{\"format\":\"aftercare-journal\",\"version\":1,\n\"sessions\":[{\"minutes\":0}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;

  write_text (f->path, bad);
  journal = ac_journal_load (f->file, NULL, &error);
  g_assert_null (journal);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  expected = g_strdup_printf ("%s: line 2: sessions[0].id: is missing", f->path);
  g_assert_cmpstr (error->message, ==, expected);

  after = read_file (f->path);
  g_assert_cmpstr (after, ==, bad);
}

static void
test_newer_version_not_saved (Fixture       *f,
                              gconstpointer  data)
{
  const char *newer = "{\"format\":\"aftercare-journal\",\"version\":3,\"sessions\":[],\"future\":true}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autofree char *after = NULL;

  write_text (f->path, newer);
  journal = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ac_journal_get_read_only (journal));

  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, newer);
}

/* A save that cannot be written leaves the old file whole and the change
 * in memory. Root may write anywhere, so the write is made to fail with a
 * file size limit, which binds root too. */
static void
test_failed_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  struct rlimit old_limit, limit;

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (journal, NULL, NULL));
  before = read_file (f->path);

  for (int day = 1; day <= 28; day++)
    {
      g_autofree char *start = g_strdup_printf ("2026-10-%02dT18:30:00+01:00", day);

      add_session (journal, start, 60);
    }

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = strlen (before) + 100;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (ac_journal_save (journal, NULL, &error));

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Could not save"));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (ac_journal_has_unsaved_changes (journal));
  g_clear_error (&error);

  /* Not root: a folder that may not be written to. */
  if (geteuid () != 0)
    {
      g_chmod (folder, 0500);
      g_assert_false (ac_journal_save (journal, NULL, &error));
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
      g_chmod (folder, 0700);
      g_clear_error (&error);
    }

  /* Once the disk takes it again, the retry saves everything. */
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ac_journal_has_unsaved_changes (journal));
}

/* The names a save may leave in @folder when it goes wrong, and its lock
 * file: none may be there after it. */
static void
assert_no_leftovers (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_null (strstr (name, ".saving-"));
      g_assert_false (g_str_has_suffix (name, ".bak.new"));
      g_assert_false (g_str_has_suffix (name, ".lock"));
    }
}

/* Holds the writers' lock of the journal file @path, as another writer's
 * save would; close() the result to release it. */
static int
hold_lock (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (".", base, ".lock", NULL);
  g_autofree char *lock_path = g_build_filename (folder, name, NULL);
  int fd;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  fd = g_open (lock_path, O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  return fd;
}

/* A change for ac_journal_save_change(). */
static gboolean
set_no_conditions (AcJournal  *journal,
                   gpointer    user_data,
                   GError    **error)
{
  return ac_journal_set_conditions (journal, AC_CONDITION_NONE, error);
}

/* Another writer holds the lock, as for a long save: the save waits, then
 * fails saying so, and writes nothing; once the lock is free it saves. */
static void
test_lock_held (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int lock;

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (journal, NULL, NULL));
  before = read_file (f->path);

  _ac_journal_set_lock_timeout (50);
  lock = hold_lock (f->path);
  add_session (journal, "2026-11-21T18:30:00+01:00", 60);
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "still holds its lock"));
  g_assert_nonnull (strstr (error->message, ".journal.json.lock"));
  g_assert_true (ac_journal_has_unsaved_changes (journal));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* The one-change save waits for the same lock. */
  g_assert_null (ac_journal_save_change (journal, set_no_conditions, NULL, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_clear_error (&error);

  close (lock);
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);
  assert_no_leftovers (folder);
  _ac_journal_set_lock_timeout (5000);
}

/* journal.json is a link (to a link) to a file in a sync folder, group
 * readable: the save writes the file there, the links stay, the file
 * becomes private, and the backup beside the name is a real file holding
 * the old journal. */
static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *sync = g_build_filename (f->folder, "sync", NULL);
  g_autofree char *target = g_build_filename (sync, "journal.json", NULL);
  g_autofree char *middle = g_build_filename (f->folder, "middle.json", NULL);
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autoptr(GFile) target_file = g_file_new_for_path (target);
  g_autoptr(AcJournal) first = ac_journal_new ();
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *link_text = NULL;
  int lock;

  add_session (first, "2026-11-20T18:30:00+01:00", 60);
  old_text = ac_journal_to_data (first, NULL);
  write_text (target, old_text);
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (symlink (target, middle), ==, 0);
  g_assert_cmpint (symlink ("../middle.json", f->path), ==, 0);

  journal = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);
  add_session (journal, "2026-11-21T18:30:00+01:00", 45);
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  link_text = g_file_read_link (f->path, NULL);
  g_assert_cmpstr (link_text, ==, "../middle.json");
  g_assert_true (g_file_test (middle, G_FILE_TEST_IS_SYMLINK));
  again = ac_journal_load (target_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (again)), ==, 2);
  g_assert_cmpuint (mode_of (target), ==, 0600);

  g_assert_false (g_file_test (backup, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, old_text);
  g_assert_cmpuint (mode_of (backup), ==, 0600);
  assert_no_leftovers (folder);
  assert_no_leftovers (sync);

  /* A private file keeps its mode through the next save, and the next
   * backup is a real file too. The lock is the file's, beside it in the
   * sync folder, wherever the name that leads there is. */
  g_clear_object (&journal);
  journal = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);
  add_session (journal, "2026-11-22T18:30:00+01:00", 30);
  _ac_journal_set_lock_timeout (50);
  lock = hold_lock (target);
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_clear_error (&error);
  close (lock);
  _ac_journal_set_lock_timeout (5000);
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (mode_of (target), ==, 0600);
  g_assert_false (g_file_test (backup, G_FILE_TEST_IS_SYMLINK));
  assert_no_leftovers (folder);
  assert_no_leftovers (sync);
}

/* A journal the user made read-only is refused, untouched, with a message
 * that says why; root too, who could write it. */
static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (journal, NULL, NULL));
  before = read_file (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  loaded = ac_journal_load (f->file, NULL, NULL);
  add_session (loaded, "2026-11-21T18:30:00+01:00", 60);
  g_assert_false (ac_journal_save (loaded, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_true (g_str_has_prefix (error->message, "Could not save"));
  g_assert_true (ac_journal_has_unsaved_changes (loaded));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (mode_of (f->path), ==, 0444);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  assert_no_leftovers (folder);
  g_clear_error (&error);

  /* Once the user allows it again, the change is saved. */
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_true (ac_journal_save (loaded, NULL, &error));
  g_assert_no_error (error);
}

/* A one-change writer that finds the file saved by another since it read
 * it makes its change again to the file as it is, and keeps both. */
static void
test_save_change (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) mine = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) theirs = ac_journal_load (f->file, NULL, NULL);
  g_autoptr(AcJournal) saved = NULL;
  g_autoptr(AcJournal) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-21T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 45, AC_PRESSURE_LIGHT);

  add_session (theirs, "2026-11-20T18:30:00+01:00", 60);
  g_assert_true (ac_journal_save (theirs, NULL, NULL));

  g_assert_true (ac_journal_add_session (mine, session, NULL));
  saved = ac_journal_save_change (mine, (AcJournalChangeFunc) ac_journal_add_session,
                                  session, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_true (saved != mine);
  g_assert_false (ac_journal_has_unsaved_changes (saved));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (saved)), ==, 2);

  on_disk = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==, 2);
  g_assert_nonnull (ac_journal_lookup_session (on_disk, ac_session_get_id (session)));

  /* Nobody came in between: the same journal is saved as it is. */
  g_clear_object (&saved);
  add_session (on_disk, "2026-11-22T18:30:00+01:00", 30);
  saved = ac_journal_save_change (on_disk, set_no_conditions, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (saved == on_disk);
}

#define N_WRITERS 24

typedef struct
{
  GFile     *file;
  AcSession *session;
  gboolean   saved;
} Writer;

static gpointer
write_one (gpointer data)
{
  Writer *writer = data;
  g_autoptr(AcJournal) journal = ac_journal_load (writer->file, NULL, NULL);
  g_autoptr(AcJournal) saved = NULL;

  g_assert_nonnull (journal);
  g_assert_true (ac_journal_add_session (journal, writer->session, NULL));
  saved = ac_journal_save_change (journal, (AcJournalChangeFunc) ac_journal_add_session,
                                  writer->session, NULL, NULL);
  writer->saved = saved != NULL;
  return NULL;
}

/* Many one-change writers at once, each reading the file, adding a
 * session and saving: every one saves, and every session is kept. */
static void
test_writers_at_once (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (f->path);
  Writer writers[N_WRITERS];
  GThread *threads[N_WRITERS];
  g_autoptr(AcJournal) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 3; round++)
    {
      for (guint i = 0; i < N_WRITERS; i++)
        {
          g_autofree char *text = g_strdup_printf ("2026-%02u-%02uT18:30:00Z", round + 1, i + 1);
          g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (text, NULL);

          writers[i].file = f->file;
          writers[i].session = ac_session_new (start, 60, AC_PRESSURE_MODERATE);
          writers[i].saved = FALSE;
        }
      for (guint i = 0; i < N_WRITERS; i++)
        threads[i] = g_thread_new ("writer", write_one, &writers[i]);
      for (guint i = 0; i < N_WRITERS; i++)
        g_thread_join (threads[i]);

      g_clear_object (&on_disk);
      on_disk = ac_journal_load (f->file, NULL, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < N_WRITERS; i++)
        {
          g_assert_true (writers[i].saved);
          g_assert_nonnull (ac_journal_lookup_session (on_disk, ac_session_get_id (writers[i].session)));
          g_object_unref (writers[i].session);
        }
      g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==,
                        (round + 1) * N_WRITERS);
      assert_no_leftovers (folder);
    }
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AcJournal **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ac_journal_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_journal_save_finish (AC_JOURNAL (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The async save writes the journal as it was when asked, while the
 * journal goes on changing. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) reloaded = NULL;
  gboolean saved = FALSE;

  ac_journal_load_async (f->file, NULL, on_loaded, &journal);
  while (journal == NULL)
    g_main_context_iteration (NULL, TRUE);

  add_session (journal, "2026-11-20T18:30:00+01:00", 60);
  ac_journal_save_async (journal, NULL, on_saved, &saved);
  add_session (journal, "2026-11-21T18:30:00+01:00", 60);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (ac_journal_has_unsaved_changes (journal));

  ac_journal_load_async (f->file, NULL, on_loaded, &reloaded);
  while (reloaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (reloaded)), ==, 1);
}

static void
test_default_file (void)
{
  g_autoptr(GFile) file = ac_journal_get_default_file ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "aftercare", "journal.json", NULL);

  g_assert_cmpstr (g_file_peek_path (file), ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/storage/default-file", test_default_file);
#define ADD(name, func) \
  g_test_add ("/storage/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-save", test_first_save);
  ADD ("backup", test_backup);
  ADD ("changed-on-disk", test_changed_on_disk);
  ADD ("created-meanwhile", test_created_meanwhile);
  ADD ("bad-file-untouched", test_bad_file_untouched);
  ADD ("newer-version-not-saved", test_newer_version_not_saved);
  ADD ("failed-save", test_failed_save);
  ADD ("async", test_async);
  ADD ("lock-held", test_lock_held);
  ADD ("symlink", test_symlink);
  ADD ("read-only-file", test_read_only_file);
  ADD ("save-change", test_save_change);
  ADD ("writers-at-once", test_writers_at_once);
#undef ADD

  return g_test_run ();
}
