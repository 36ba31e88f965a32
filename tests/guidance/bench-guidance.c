/* bench-guidance.c — all advice and statistics for the typical and heavy
 * journals of DESIGN.md, against its budgets (≤ 1 ms, ≤ 30 ms)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-guidance"

#include "config.h"

#include <stdlib.h>

#include "ac-fixture.h"
#include "ac-guidance.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The median time of ac_guidance_compute_advice() followed by
 * ac_guidance_compute_stats(), as the advice view and the CLI call them,
 * in milliseconds. */
static double
measure (AcJournal   *journal,
         const GDate *today,
         guint        runs,
         guint       *n_items)
{
  g_autofree double *ms = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) advice = ac_guidance_compute_advice (journal, today);
      g_autoptr(AcStats) stats = ac_guidance_compute_stats (journal, today);

      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      *n_items = g_list_model_get_n_items (advice);
    }

  qsort (ms, runs, sizeof *ms, compare_doubles);
  return ms[runs / 2];
}

static gboolean
report (const char *kind,
        void      (*make_spec) (AcFixtureSpec *, const GDate *),
        double      budget,
        guint       runs)
{
  g_autoptr(AcJournal) journal = NULL;
  AcFixtureSpec spec;
  GDate today;
  guint n_sessions, n_checkins, n_items = 0;
  double ms;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  make_spec (&spec, &today);
  journal = ac_fixture_generate (&spec);
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  n_checkins = g_list_model_get_n_items (ac_journal_get_checkins (journal));

  /* Warm up: type classes, gettext, the allocator. */
  measure (journal, &today, 3, &n_items);
  ms = measure (journal, &today, runs, &n_items);

  g_print ("%-8s %5u sessions %5u check-ins  %2u items   median %7.3f ms   "
           "budget %5.1f ms   %5.2f of budget   %s\n",
           kind, n_sessions, n_checkins, n_items, ms, budget, ms / budget,
           ms <= budget ? "ok" : "OVER");

  return ms <= budget;
}

int
main (int   argc,
      char *argv[])
{
  gboolean ok = TRUE;

  g_print ("advice + statistics, median of many runs (DESIGN.md budgets)\n");
  ok &= report ("typical", ac_fixture_spec_typical, 1.0, 201);
  ok &= report ("heavy", ac_fixture_spec_heavy, 30.0, 31);

  /* Timings are reported, not asserted (DESIGN.md: Testing). */
  if (!ok)
    g_print ("note: over budget on this machine\n");

  return 0;
}
