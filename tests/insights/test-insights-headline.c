/* test-insights-headline.c — the Recovery view's headline: 0, 1, 2 and 3
 * pressures with data, 2 vs 3 sessions of a pressure, the same day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights-headline"

#include "config.h"

#include "ac-insights-test.h"

#define NOTHING_YET "Check in on the days after your sessions: after 3 sessions of one pressure, " \
                    "this says how long you usually take to get back to normal."

/* Sessions of @pressure, 20 days apart from @first_days_ago, each back to
 * normal (excess ≤ 1) @days later: sore 5 the day after, then 0. */
static void
add_recoveries (AcJournal  *journal,
                const char *pressure,
                int         first_days_ago,
                const int  *days)
{
  for (guint i = 0; days[i] >= 0; i++)
    {
      g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -first_days_ago + 20 * (int) i);
      g_autofree char *sore = ac_test_insights_day (date, 1);
      g_autofree char *normal = ac_test_insights_day (date, days[i]);
      AcTestSession spec = { date, 0, pressure, NULL, NULL, -1, NULL, FALSE };

      ac_test_insights_add_session (journal, &spec);
      if (days[i] >= 2)
        ac_test_insights_add_checkin (journal, sore, 5, -1, -1);
      ac_test_insights_add_checkin (journal, normal, 0, -1, -1);
    }
}

#define DAYS(...) ((const int[]) { __VA_ARGS__, -1 })

/* The insights' headline, which the Recovery view makes from its own
 * analysis with ac_insights_describe_headline(): the two are the same. */
static char *
headline_of (AcJournal *journal)
{
  g_autoptr(AcInsights) insights = ac_test_insights_new (journal);
  g_autoptr(AcRecovery) recovery = NULL;
  g_autofree char *described = NULL;
  GDate today;

  ac_insights_get_today (insights, &today);
  recovery = ac_recovery_new (journal, &today);
  described = ac_insights_describe_headline (recovery);
  g_assert_cmpstr (described, ==, ac_insights_get_headline (insights));

  return g_strdup (ac_insights_get_headline (insights));
}

#define assert_headline(journal, expected) \
  G_STMT_START { \
    g_autofree char *headline_ = headline_of (journal); \
    g_assert_cmpstr (headline_, ==, (expected)); \
  } G_STMT_END

static void
test_no_pressure (void)
{
  g_autoptr(AcJournal) empty = ac_journal_new ();
  g_autoptr(AcJournal) unrecovered = ac_journal_new ();

  assert_headline (empty, NOTHING_YET);

  /* Sore, with no check-in back to normal: days to recover unknown. */
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -100 + 20 * i);

      ac_test_insights_add_peak (unrecovered, date, "deep", 6);
    }
  assert_headline (unrecovered, NOTHING_YET);
}

/* The usual recovery needs 3 sessions of a pressure. */
static void
test_two_vs_three_sessions (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();

  add_recoveries (journal, "deep", 300, DAYS (3, 3));
  assert_headline (journal, NOTHING_YET);

  add_recoveries (journal, "deep", 200, DAYS (3));
  assert_headline (journal, "After deep work you are usually back to normal in 3 days.");
}

static void
test_one_pressure (void)
{
  g_autoptr(AcJournal) one_day = ac_journal_new ();
  g_autoptr(AcJournal) same_day = ac_journal_new ();

  add_recoveries (one_day, "moderate", 300, DAYS (1, 1, 2));
  assert_headline (one_day, "After moderate work you are usually back to normal in 1 day.");

  add_recoveries (same_day, "light", 300, DAYS (0, 0, 0));
  assert_headline (same_day, "After light work you are usually back to normal the same day.");
}

/* GUIDANCE.md's example; moderate's 2 light sessions don't count. */
static void
test_two_pressures (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();

  add_recoveries (journal, "moderate", 500, DAYS (1, 1, 1));
  add_recoveries (journal, "deep", 400, DAYS (3, 3, 3));
  add_recoveries (journal, "light", 200, DAYS (0, 0));
  assert_headline (journal, "After deep work you are usually back to normal in 3 days; "
                            "after moderate work, 1 day.");
}

/* Deepest first; a median of 2.5 days rounds up, as the advice's usual
 * recovery does. */
static void
test_three_pressures (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();

  add_recoveries (journal, "light", 700, DAYS (0, 0, 1));
  add_recoveries (journal, "deep", 500, DAYS (2, 3, 3, 2));
  add_recoveries (journal, "moderate", 300, DAYS (2, 2, 2));
  assert_headline (journal, "After deep work you are usually back to normal in 3 days; "
                            "after moderate work, 2 days; after light work, the same day.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/insights/headline/no-pressure", test_no_pressure);
  g_test_add_func ("/insights/headline/two-vs-three-sessions", test_two_vs_three_sessions);
  g_test_add_func ("/insights/headline/one-pressure", test_one_pressure);
  g_test_add_func ("/insights/headline/two-pressures", test_two_pressures);
  g_test_add_func ("/insights/headline/three-pressures", test_three_pressures);

  return g_test_run ();
}
