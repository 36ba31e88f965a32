/* bench-guidance.c — all advice and statistics, and all insights, for the
 * typical and heavy journals of DESIGN.md, against its budgets (≤ 1 ms,
 * ≤ 30 ms; insights ≤ 2 ms, ≤ 40 ms), and the Insights view's sore map
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-guidance"

#include "config.h"

#include <stdlib.h>

#include "ac-fixture.h"
#include "ac-guidance.h"
#include "ac-insights.h"
#include "ac-sore-areas.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* ac_guidance_compute_advice() followed by ac_guidance_compute_stats(),
 * as the advice view and the CLI call them; returns how many items. */
static guint
run_advice (AcJournal   *journal,
            const GDate *today)
{
  g_autoptr(GListModel) advice = ac_guidance_compute_advice (journal, today);
  g_autoptr(AcStats) stats = ac_guidance_compute_stats (journal, today);

  return g_list_model_get_n_items (advice);
}

/* ac_insights_new(): every comparison, the costs and the headline;
 * returns how many comparisons. */
static guint
run_insights (AcJournal   *journal,
              const GDate *today)
{
  g_autoptr(AcInsights) insights = ac_insights_new (journal, today);

  return g_list_model_get_n_items (ac_insights_get_comparisons (insights));
}

/* The Insights view's "Where it gets sore" map: the recovery analysis
 * and the areas of every session; returns how many areas were sore. */
static guint
run_sore_areas (AcJournal   *journal,
                const GDate *today)
{
  g_autoptr(AcRecovery) recovery = ac_recovery_new (journal, today);
  g_autoptr(AcSoreAreas) areas = ac_sore_areas_new (recovery, AC_SORE_RANGE_ALL, AC_SORE_PRESSURE_ANY);

  return ac_sore_areas_get_n_areas (areas);
}

typedef guint (*RunFunc) (AcJournal   *journal,
                          const GDate *today);

/* The median time of @run, in milliseconds. */
static double
measure (AcJournal   *journal,
         const GDate *today,
         RunFunc      run,
         guint        runs,
         guint       *n_items)
{
  g_autofree double *ms = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      *n_items = run (journal, today);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (ms, runs, sizeof *ms, compare_doubles);
  return ms[runs / 2];
}

/* A copy of @journal in which every done session has a felt rating and a
 * price and every check-in stress and sleep (format 2), so that all five
 * measures and the costs are computed. */
static AcJournal *
with_benefits (AcJournal *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  GListModel *checkins = ac_journal_get_checkins (journal);
  AcJournal *copy = ac_journal_new ();

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      g_autoptr(AcSession) changed = ac_session_copy (session);

      ac_session_set_felt (changed, (int) (i * 7 % 11));
      ac_session_set_price (changed, i % 5 == 0 ? "70 USD" : "60.00 EUR");
      g_assert_true (ac_journal_add_session (copy, changed, NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      g_autoptr(AcCheckin) changed = ac_checkin_copy (checkin);

      ac_checkin_set_stress (changed, (int) (i * 3 % 11));
      ac_checkin_set_sleep (changed, (int) (i * 5 % 11));
      g_assert_true (ac_journal_add_checkin (copy, changed, NULL));
    }

  return copy;
}

static gboolean
report (const char *kind,
        void      (*make_spec) (AcFixtureSpec *, const GDate *),
        RunFunc     run,
        gboolean    benefits,
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
  if (benefits)
    {
      AcJournal *plain = journal;

      journal = with_benefits (plain);
      g_object_unref (plain);
    }
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  n_checkins = g_list_model_get_n_items (ac_journal_get_checkins (journal));

  /* Warm up: type classes, gettext, the allocator. */
  measure (journal, &today, run, 3, &n_items);
  ms = measure (journal, &today, run, runs, &n_items);

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
  ok &= report ("typical", ac_fixture_spec_typical, run_advice, FALSE, 1.0, 201);
  ok &= report ("heavy", ac_fixture_spec_heavy, run_advice, FALSE, 30.0, 31);

  /* With felt, price, stress and sleep on every record: all 25
   * comparisons and the costs. */
  g_print ("all insights, median of many runs (DESIGN.md budgets)\n");
  ok &= report ("typical", ac_fixture_spec_typical, run_insights, TRUE, 2.0, 201);
  ok &= report ("heavy", ac_fixture_spec_heavy, run_insights, TRUE, 40.0, 31);

  /* Made beside the insights when the Insights view is shown. */
  g_print ("where it gets sore, median of many runs (the insights' budgets)\n");
  ok &= report ("typical", ac_fixture_spec_typical, run_sore_areas, TRUE, 2.0, 201);
  ok &= report ("heavy", ac_fixture_spec_heavy, run_sore_areas, TRUE, 40.0, 31);

  /* Timings are reported, not asserted (DESIGN.md: Testing). */
  if (!ok)
    g_print ("note: over budget on this machine\n");

  return 0;
}
