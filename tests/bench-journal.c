/* bench-journal.c — loading and saving the typical and heavy journals of
 * DESIGN.md, against its budgets
 *
 * A load is timed as the app does it: from ac_journal_load_async() to the
 * journal reaching the main loop, each from a settled machine.
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ac-fixture.h"

#define RUNS 15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
report (const char *what,
        const char *kind,
        double      ms,
        double      budget)
{
  g_print ("%-6s %-8s median %8.2f ms   budget %6.1f ms   %5.2f of budget   %s\n",
           what, kind, ms, budget, ms / budget, ms <= budget ? "ok" : "OVER");
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AcJournal **journal = user_data;
  g_autoptr(GError) error = NULL;

  *journal = ac_journal_load_finish (result, &error);
  g_assert_no_error (error);
}

static AcJournal *
load (GFile *file)
{
  AcJournal *journal = NULL;

  ac_journal_load_async (file, NULL, on_loaded, &journal);
  while (journal == NULL)
    g_main_context_iteration (NULL, TRUE);

  return journal;
}

static void
measure (const char *kind,
         AcJournal  *generated,
         double      load_budget,
         double      save_budget)
{
  g_autofree char *folder = g_dir_make_tmp ("aftercare-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  double load_ms[RUNS], save_ms[RUNS];
  gsize length;

  data = ac_journal_to_data (generated, &length);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(AcJournal) journal = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start;

      /* The app loads once, at its start: let the last round's save and
       * frees settle first (without the pause a heavy load measured a
       * tenth or more slower on the project's 2-core machine). */
      g_usleep (G_USEC_PER_SEC / 4);
      start = g_get_monotonic_time ();
      journal = load (file);
      load_ms[i] = (g_get_monotonic_time () - start) / 1000.0;

      /* A change, so the save writes the whole journal as the app would. */
      g_assert_true (ac_journal_set_conditions (journal, i % 2 ? AC_CONDITION_CANCER : 0, NULL));
      start = g_get_monotonic_time ();
      g_assert_true (ac_journal_save (journal, NULL, &error));
      save_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
    }

  g_print ("%s journal: %" G_GSIZE_FORMAT " bytes, %u sessions, %u check-ins\n", kind, length,
           g_list_model_get_n_items (ac_journal_get_sessions (generated)),
           g_list_model_get_n_items (ac_journal_get_checkins (generated)));
  report ("load", kind, median (load_ms, RUNS), load_budget);
  report ("save", kind, median (save_ms, RUNS), save_budget);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcJournal) typical = NULL;
  g_autoptr(AcJournal) heavy = NULL;
  AcFixtureSpec spec;

  ac_fixture_spec_typical (&spec, end);
  typical = ac_fixture_generate (&spec);
  ac_fixture_spec_heavy (&spec, end);
  heavy = ac_fixture_generate (&spec);

  /* DESIGN.md: load ≤ 15 ms typical, ≤ 250 ms heavy (off the main
   * thread); save ≤ 15 ms typical, ≤ 300 ms heavy (off the main thread). */
  measure ("typical", typical, 15, 15);
  measure ("heavy", heavy, 250, 300);

  return 0;
}
