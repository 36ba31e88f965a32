/* test-cli-keeper.c — aftercare-cli writing while the app saves: twenty
 * CLI writers and the app's keeper adding sessions to one journal at once,
 * and not a record lost
 *
 * Run by meson (suite cli) with AFTERCARE_CLI, the built aftercare-cli.
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "ac-journal-keeper.h"

#define N_WRITERS 20

typedef struct
{
  char     *id;        /* the session the writer added, from its stdout */
  int       status;    /* its exit status, or -1 while it runs */
} Writer;

static void
on_writer_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Writer *writer = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GRegex) uuid = g_regex_new ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_true (g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, &err, &error));
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("aftercare-cli: %s", err);
  if (g_regex_match (uuid, out, 0, &match))
    writer->id = g_match_info_fetch (match, 0);
  writer->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
}

static gboolean
writers_running (Writer *writers)
{
  for (guint i = 0; i < N_WRITERS; i++)
    if (writers[i].status < 0)
      return TRUE;
  return FALSE;
}

static void
test_cli_while_keeper_saves (void)
{
  const char *cli = g_getenv ("AFTERCARE_CLI");
  g_autofree char *folder = g_dir_make_tmp ("aftercare-cli-keeper-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AcJournalKeeper) keeper = ac_journal_keeper_new (file);
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(AcJournal) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  Writer writers[N_WRITERS];
  AcJournal *journal;
  const char *name;
  guint n_ours = 0;

  g_assert_nonnull (cli);
  ac_journal_keeper_set_autosave_delay (keeper, 1);
  ac_journal_keeper_load (keeper);
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING)
    g_main_context_iteration (NULL, TRUE);
  journal = ac_journal_keeper_get_journal (keeper);

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *start = g_strdup_printf ("2026-01-%02uT10:00", i + 1);
      const char *argv[] = { cli, "--file", path, "add-session", "--start", start,
                             "--minutes", "60", "--pressure", "light", NULL };
      g_autoptr(GSubprocess) process = NULL;

      writers[i].id = NULL;
      writers[i].status = -1;
      process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                   &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8_async (process, NULL, NULL, on_writer_done, &writers[i]);
    }

  /* The app adds a session at a time, each saved at once, while they run,
   * and a few more after. */
  while (writers_running (writers) || n_ours < N_WRITERS)
    {
      if (n_ours < N_WRITERS * 4 && !ac_journal_keeper_get_busy (keeper))
        {
          g_autofree char *text = g_strdup_printf ("2026-02-%02uT%02u:%02u:00Z",
                                                   n_ours / 24 + 1, n_ours % 24, n_ours % 60);
          g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (text, NULL);
          g_autoptr(AcSession) session = ac_session_new (start, 30, AC_PRESSURE_DEEP);

          g_assert_true (ac_journal_add_session (journal, session, NULL));
          g_ptr_array_add (ours, g_strdup (ac_session_get_id (session)));
          n_ours++;
        }
      g_main_context_iteration (NULL, n_ours >= N_WRITERS * 4);
    }
  g_test_message ("the app added %u sessions while %u CLI writers ran", n_ours, N_WRITERS);

  /* The app takes in what the writers saved, and saves what it still holds. */
  ac_journal_keeper_check_disk (keeper);
  while (ac_journal_keeper_get_busy (keeper))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ac_journal_keeper_flush (keeper, &error));
  g_assert_no_error (error);
  g_assert_null (ac_journal_keeper_get_save_error (keeper));

  on_disk = ac_journal_load (file, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_assert_cmpint (writers[i].status, ==, 0);
      g_assert_nonnull (writers[i].id);
      g_assert_nonnull (ac_journal_lookup_session (on_disk, writers[i].id));
      g_assert_nonnull (ac_journal_lookup_session (journal, writers[i].id));
      g_free (writers[i].id);
    }
  for (guint i = 0; i < ours->len; i++)
    g_assert_nonnull (ac_journal_lookup_session (on_disk, g_ptr_array_index (ours, i)));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==, N_WRITERS + n_ours);

  /* Nothing left over: no temporary, no lock file, no staging backup. */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder, name, NULL);

      g_assert_true (g_str_equal (name, "journal.json") || g_str_equal (name, "journal.json.bak"));
      g_unlink (child);
    }
  g_rmdir (folder);
  g_assert_finalize_object (g_steal_pointer (&keeper));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-keeper/cli-while-keeper-saves", test_cli_while_keeper_saves);

  return g_test_run ();
}
