/* test-faults.c — the journal on disk is always a whole journal: killed
 * mid-save, swapped for a symlink, and thousands of random edits
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ac-fixture.h"

typedef struct
{
  char  *folder;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-faults-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

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

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static AcJournal *
journal_of_years (guint   years,
                  guint32 seed)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  AcFixtureSpec spec;

  ac_fixture_spec_typical (&spec, end);
  spec.years = years;
  spec.seed = seed;
  return ac_fixture_generate (&spec);
}

static gboolean
is_temporary (const char *name)
{
  return (g_str_has_prefix (name, ".journal.json.saving-") &&
          strlen (name) == strlen (".journal.json.saving-XXXXXX")) ||
         (g_str_has_prefix (name, ".journal.json.bak.saving-") &&
          strlen (name) == strlen (".journal.json.bak.saving-XXXXXX"));
}

static guint
count_temporaries (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += is_temporary (name);

  return n;
}

/* Killed saves leave temporary files behind: the next save removes them
 * all at once, however new they look, for only a save holding the
 * writers' lock writes one, and a save that holds it finds none of a live
 * one. Nothing here reads or changes a file's time: a clock that jumps
 * (faketime) cannot make a dead temporary live or a live one dead. The
 * user's own files beside the journal stay, whatever their name:
 * "journal.json.backup" is six letters after the dot, as GLib's temporary
 * names were. */
static void
assert_dead_temporaries_removed (Fixture    *f,
                                 const char *text)
{
  const char *dead_names[] = { ".journal.json.saving-Ab12Cd", ".journal.json.bak.saving-Qr56St",
                               ".journal.json.saving-Xy34Zw", "journal.json.bak.new" };
  const char *kept_names[] = { "journal.json.backup", "journal.json.Ab12Cd",
                               ".journal.json.saving-Ab12Cd.mine", "journal.json.bak-me" };
  g_autoptr(AcJournal) journal = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dead_names); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, dead_names[i], NULL);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept_names); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, kept_names[i], NULL);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  g_test_message ("%u temporary files before the save", count_temporaries (f));

  journal = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (journal);
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_NONE, NULL));
  g_assert_true (ac_journal_save (journal, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (dead_names); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, dead_names[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept_names); i++)
    {
      g_autofree char *path = g_build_filename (f->folder, kept_names[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_assert_cmpuint (count_temporaries (f), ==, 0);
}

/* A save killed at any moment leaves the old journal or the new one, whole:
 * a child process saves a bigger journal over a small one and is killed
 * after a random delay, again and again. */
static void
test_killed_mid_save (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcJournal) small = journal_of_years (1, 1);
  g_autoptr(AcJournal) big = journal_of_years (5, 2);
  g_autofree char *old_text = ac_journal_to_data (small, NULL);
  g_autofree char *new_text = ac_journal_to_data (big, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n_old = 0, n_new = 0;

  for (guint round = 0; round < 60; round++)
    {
      g_autofree char *on_disk = NULL;
      g_autoptr(AcJournal) loaded = NULL;
      g_autoptr(GError) error = NULL;
      pid_t child;
      int status;
      int ready[2];
      char byte;

      g_assert_true (g_file_set_contents (f->path, old_text, -1, NULL));
      g_assert_cmpint (pipe (ready), ==, 0);

      child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
          g_autoptr(AcJournal) replacement = ac_journal_new_from_data (new_text, -1, NULL, NULL);

          /* Swap in the big journal's records by loading it over the file's
           * stamp: save it as the same journal would. */
          if (journal == NULL || replacement == NULL)
            _exit (2);
          g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_CANCER, NULL));
          for (guint i = 0; i < g_list_model_get_n_items (ac_journal_get_sessions (replacement)); i++)
            {
              g_autoptr(AcSession) s = g_list_model_get_item (ac_journal_get_sessions (replacement), i);
              g_autoptr(AcSession) copy = ac_session_copy (s);

              ac_journal_add_session (journal, copy, NULL);
            }
          /* Tell the parent the save starts now. */
          if (write (ready[1], "s", 1) != 1)
            _exit (3);
          _exit (ac_journal_save (journal, NULL, NULL) ? 0 : 1);
        }

      close (ready[1]);
      g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      close (ready[0]);
      /* A save of this journal takes a few milliseconds: kill it anywhere
       * in them, or just after. */
      g_usleep (g_rand_int_range (rand, 0, 12000));
      kill (child, SIGKILL);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);

      on_disk = read_text (f->path);
      loaded = ac_journal_new_from_data (on_disk, -1, f->path, &error);
      g_assert_no_error (error);
      if (g_strcmp0 (on_disk, old_text) == 0)
        n_old++;
      else
        {
          /* The new journal, whole: the old records plus the big one's. */
          g_assert_true (ac_profile_has_condition (ac_journal_get_profile (loaded), AC_CONDITION_CANCER));
          g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (loaded)), >,
                            g_list_model_get_n_items (ac_journal_get_sessions (small)));
          n_new++;
        }
    }

  g_test_message ("killed mid-save 60 times: %u left the old journal, %u the new one", n_old, n_new);
  g_assert_cmpuint (n_old + n_new, ==, 60);

  assert_dead_temporaries_removed (f, new_text);
}

/* Someone swaps the journal for a symlink to another file after it was
 * read: the save refuses, and neither file changes. */
static void
test_swapped_for_symlink (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *elsewhere = g_build_filename (f->folder, "elsewhere.json", NULL);
  g_autoptr(AcJournal) original = journal_of_years (1, 3);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ac_journal_to_data (original, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (1, 12, 2026);
  g_autoptr(AcCheckin) checkin = ac_checkin_new (day, 3);

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  g_assert_true (g_file_set_contents (elsewhere, "not a journal", -1, NULL));
  journal = ac_journal_load (f->file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_cmpint (symlink (elsewhere, f->path), ==, 0);

  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK);
  after = read_text (elsewhere);
  g_assert_cmpstr (after, ==, "not a journal");
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (ac_journal_has_unsaved_changes (journal));
}

static AcSession *
random_session (GRand *rand)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (g_rand_int_range (rand, -12, 15) * 3600);
  g_autoptr(GDateTime) start = g_date_time_new (zone, g_rand_int_range (rand, 2020, 2028),
                                                g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                                                g_rand_int_range (rand, 0, 24), g_rand_int_range (rand, 0, 60), 0);
  AcSession *session = ac_session_new (start, g_rand_int_range (rand, 1, 601),
                                       g_rand_int_range (rand, 0, AC_N_PRESSURES));

  ac_session_set_purpose (session, g_rand_int_range (rand, 0, AC_PURPOSE_OTHER + 1));
  ac_session_set_areas (session, g_rand_int_range (rand, 0, 1 << 14));
  ac_session_set_planned (session, g_rand_boolean (rand));
  ac_session_set_therapist (session, g_rand_boolean (rand) ? "Zoë, \"the\" therapist\n" : "");
  ac_session_set_notes (session, g_rand_boolean (rand) ? "naïve notes\twith\\escapes ✓" : "");

  return session;
}

static AcCheckin *
random_checkin (GRand *rand)
{
  g_autoptr(GDate) day = g_date_new_dmy (g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 13),
                                         g_rand_int_range (rand, 2020, 2028));
  AcCheckin *checkin = ac_checkin_new (day, g_rand_int_range (rand, 0, 11));

  ac_checkin_set_areas (checkin, g_rand_int_range (rand, 0, 1 << 14));
  ac_checkin_set_symptoms (checkin, g_rand_int_range (rand, 0, 1 << 8));
  ac_checkin_set_notes (checkin, g_rand_boolean (rand) ? "sore \"neck\"" : "");

  return checkin;
}

static const char *
random_id (GRand     *rand,
           AcJournal *journal)
{
  GListModel *model = g_rand_boolean (rand) ? ac_journal_get_sessions (journal)
                                            : ac_journal_get_checkins (journal);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GObject) record = NULL;

  if (n == 0)
    return NULL;
  record = g_list_model_get_item (model, g_rand_int_range (rand, 0, n));
  return AC_IS_SESSION (record) ? ac_session_get_id (AC_SESSION (record))
                                : ac_checkin_get_id (AC_CHECKIN (record));
}

/* Thousands of random edits, saved and read back again and again: the
 * file always equals the model. */
static void
test_soak (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(AcJournal) journal = ac_journal_load (f->file, NULL, NULL);
  guint n_edits = g_test_slow () ? 20000 : 3000;

  for (guint i = 1; i <= n_edits; i++)
    {
      g_autoptr(GError) error = NULL;
      guint op = g_rand_int_range (rand, 0, 10);

      if (op < 3)
        {
          g_autoptr(AcSession) session = random_session (rand);

          g_assert_true (ac_journal_add_session (journal, session, &error));
        }
      else if (op < 6)
        {
          g_autoptr(AcCheckin) checkin = random_checkin (rand);

          /* A random day may hold a check-in with symptoms. */
          g_assert_true (ac_journal_add_checkin_full (journal, checkin, AC_JOURNAL_CHANGE_DROP_SYMPTOMS,
                                                      &error));
        }
      else if (op < 8)
        {
          const char *id = random_id (rand, journal);
          AcSession *old = id ? ac_journal_lookup_session (journal, id) : NULL;

          if (old != NULL)
            {
              g_autoptr(AcSession) edit = ac_session_copy (old);

              ac_session_set_minutes (edit, g_rand_int_range (rand, 1, 601));
              g_assert_true (ac_journal_update_session (journal, edit, &error));
            }
        }
      else if (op < 9)
        {
          const char *id = random_id (rand, journal);

          if (id != NULL)
            g_assert_true (ac_journal_remove (journal, id, &error));
        }
      else
        g_assert_true (ac_journal_set_conditions (journal, g_rand_int_range (rand, 0, 1 << 7), &error));
      g_assert_no_error (error);

      if (i % 100 == 0)
        {
          g_autoptr(AcJournal) reloaded = NULL;
          g_autofree char *in_memory = NULL;
          g_autofree char *on_disk = NULL;

          g_assert_true (ac_journal_save (journal, NULL, &error));
          g_assert_no_error (error);
          reloaded = ac_journal_load (f->file, NULL, &error);
          g_assert_no_error (error);
          in_memory = ac_journal_to_data (journal, NULL);
          on_disk = ac_journal_to_data (reloaded, NULL);
          g_assert_cmpstr (in_memory, ==, on_disk);

          /* Go on with the journal read back, as the next session would. */
          g_set_object (&journal, reloaded);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/faults/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("killed-mid-save", test_killed_mid_save);
  ADD ("swapped-for-symlink", test_swapped_for_symlink);
  ADD ("soak", test_soak);
#undef ADD

  return g_test_run ();
}
