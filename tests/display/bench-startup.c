/* bench-startup.c — start to first frame, and peak memory, of Aftercare
 * against a bare libadwaita window started in the same run (DESIGN.md:
 * ≤ 1.2× typical, ≤ 1.5× heavy)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "ac-fixture.h"

#define RUNS 11

typedef struct
{
  double first_ms;    /* start to the first frame */
  double journal_ms;  /* start to the first frame that shows the journal */
  double rss_mb;      /* peak resident memory */
} Run;

static Run run_attempt (const char * const *argv);

/* A run that printed no frame (Xvfb not answering yet, say) is repeated,
 * so that a missing time never enters a median. */
static Run
run_once (const char * const *argv)
{
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      Run run = run_attempt (argv);

      /* The bare window prints no journal frame. */
      if (run.first_ms > 0 && (argv[1] == NULL || run.journal_ms > 0))
        return run;
      g_printerr ("%s printed no first frame; running it again\n", argv[0]);
    }
  g_error ("%s printed no first frame three times", argv[0]);
}

static Run
run_attempt (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  Run run = { -1, -1, -1 };
  char *line = NULL;
  gint64 start;
  GPid pid;
  int out;
  int status;
  struct rusage usage;

  start = g_get_monotonic_time ();
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out, NULL, &error));
  g_assert_no_error (error);

  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      gint64 when;

      if (sscanf (line, "first-frame %" G_GINT64_FORMAT, &when) == 1)
        run.first_ms = (when - start) / 1000.0;
      else if (sscanf (line, "journal-frame %" G_GINT64_FORMAT, &when) == 1)
        run.journal_ms = (when - start) / 1000.0;
      g_free (line);
    }

  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  run.rss_mb = usage.ru_maxrss / 1024.0;
  g_spawn_close_pid (pid);

  return run;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median_of (Run     *runs,
           gsize    offset)
{
  double values[RUNS];

  for (guint i = 0; i < RUNS; i++)
    values[i] = *(double *) ((char *) &runs[i] + offset);
  qsort (values, RUNS, sizeof *values, compare_doubles);
  return values[RUNS / 2];
}

static char *
write_fixture (const char *folder,
               const char *name,
               gboolean    heavy)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcJournal) journal = NULL;
  g_autofree char *text = NULL;
  char *path = g_build_filename (folder, name, NULL);
  AcFixtureSpec spec;

  if (heavy)
    ac_fixture_spec_heavy (&spec, end);
  else
    ac_fixture_spec_typical (&spec, end);
  journal = ac_fixture_generate (&spec);
  text = ac_journal_to_data (journal, NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  return path;
}

int
main (int   argc,
      char *argv[])
{
  const char *app = g_getenv ("AFTERCARE_APP");
  const char *bare = g_getenv ("BARE_WINDOW");
  g_autofree char *folder = g_dir_make_tmp ("aftercare-startup-XXXXXX", NULL);
  g_autofree char *typical = write_fixture (folder, "typical.json", FALSE);
  g_autofree char *heavy = write_fixture (folder, "heavy.json", TRUE);
  const char *bare_argv[] = { bare, NULL };
  const char *typical_argv[] = { app, "--journal", typical, NULL };
  const char *heavy_argv[] = { app, "--journal", heavy, NULL };
  Run bare_runs[RUNS], typical_runs[RUNS], heavy_runs[RUNS];
  double bare_ms, bare_rss;

  /* For g_print() to write "×" rather than "?". */
  setlocale (LC_ALL, "");
  g_assert_nonnull (app);
  g_assert_nonnull (bare);
  g_setenv ("AFTERCARE_REPORT_FRAMES", "1", TRUE);

  /* Alternating, so that whatever else the machine does falls on all. */
  run_once (bare_argv);
  for (guint i = 0; i < RUNS; i++)
    {
      bare_runs[i] = run_once (bare_argv);
      typical_runs[i] = run_once (typical_argv);
      heavy_runs[i] = run_once (heavy_argv);
    }

  bare_ms = median_of (bare_runs, G_STRUCT_OFFSET (Run, first_ms));
  bare_rss = median_of (bare_runs, G_STRUCT_OFFSET (Run, rss_mb));
  g_print ("bare libadwaita window: first frame %.1f ms, peak RSS %.1f MB (median of %d)\n",
           bare_ms, bare_rss, RUNS);

  for (guint k = 0; k < 2; k++)
    {
      Run *runs = k == 0 ? typical_runs : heavy_runs;
      const char *kind = k == 0 ? "typical" : "heavy";
      double budget = k == 0 ? 1.2 : 1.5;
      double first = median_of (runs, G_STRUCT_OFFSET (Run, first_ms));
      double with_journal = median_of (runs, G_STRUCT_OFFSET (Run, journal_ms));
      double rss = median_of (runs, G_STRUCT_OFFSET (Run, rss_mb));

      g_print ("aftercare, %-7s first frame %7.1f ms = %4.2f× bare (budget %.1f×: %s); "
               "first frame with the journal %7.1f ms = %4.2f×; peak RSS %6.1f MB = %4.2f× bare\n",
               kind, first, first / bare_ms, budget, first / bare_ms <= budget ? "ok" : "OVER",
               with_journal, with_journal / bare_ms, rss, rss / bare_rss);
    }

  g_unlink (typical);
  g_unlink (heavy);
  g_rmdir (folder);
  return 0;
}
