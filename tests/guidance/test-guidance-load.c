/* test-guidance-load.c — overtreat-frequency, -deep-streak and -load, at
 * their thresholds (-still-sore and -rising-peaks: test-guidance-peaks.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-load"

#include "config.h"

#include "ac-test-journal.h"

#define TODAY "2026-11-20"

static void
test_frequency (void)
{
  g_autoptr(AcJournal) four = ac_test_journal_new ();
  g_autoptr(AcJournal) three = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (four, "2026-11-14", 30, "light");
  ac_test_add_session (four, "2026-11-16", 30, "light");
  ac_test_add_session (four, "2026-11-18", 30, "light");
  ac_test_add_session (four, "2026-11-20", 30, "light");

  advice = ac_test_advice (four, TODAY);
  item = ac_test_find (advice, "overtreat-frequency");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "4 sessions between 14 Nov and 20 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 4);

  /* 14 Nov leaves the last 7 days on 21 Nov. */
  ac_test_assert_quiet (four, "2026-11-21", "overtreat-frequency");

  ac_test_add_session (three, "2026-11-14", 30, "light");
  ac_test_add_session (three, "2026-11-17", 30, "light");
  ac_test_add_session (three, "2026-11-20", 30, "light");
  ac_test_assert_quiet (three, TODAY, "overtreat-frequency");
}

static void
test_frequency_planned (void)
{
  g_autoptr(AcJournal) within = ac_test_journal_new ();
  g_autoptr(AcJournal) spread = ac_test_journal_new ();

  ac_test_add_session (within, "2026-11-17", 30, "light");
  ac_test_add_session (within, "2026-11-19", 30, "light");
  ac_test_add_planned (within, "2026-11-21", 30, "light");
  ac_test_add_planned (within, "2026-11-23", 30, "light");
  ac_test_assert_reason (within, TODAY, "overtreat-frequency",
                         "4 sessions between 17 Nov and 23 Nov. 2 of them are planned.");

  /* 4 sessions, but never 4 within 7 consecutive days. */
  ac_test_add_session (spread, "2026-11-16", 30, "light");
  ac_test_add_session (spread, "2026-11-19", 30, "light");
  ac_test_add_planned (spread, "2026-11-21", 30, "light");
  ac_test_add_planned (spread, "2026-11-23", 30, "light");
  ac_test_assert_quiet (spread, TODAY, "overtreat-frequency");
}

static void
test_deep_streak (void)
{
  g_autoptr(AcJournal) streak = ac_test_journal_new ();
  g_autoptr(AcJournal) apart = ac_test_journal_new ();
  g_autoptr(AcJournal) mixed = ac_test_journal_new ();
  g_autoptr(AcJournal) planned = ac_test_journal_new ();

  ac_test_add_session (streak, "2026-11-18", 60, "deep");
  ac_test_add_session (streak, "2026-11-19", 60, "deep");
  ac_test_assert_reason (streak, TODAY, "overtreat-deep-streak", "Deep sessions on 18 Nov and 19 Nov.");
  /* 18 Nov leaves the last 7 days on 25 Nov. */
  ac_test_assert_fires (streak, "2026-11-24", "overtreat-deep-streak");
  ac_test_assert_quiet (streak, "2026-11-25", "overtreat-deep-streak");

  ac_test_add_session (apart, "2026-11-17", 60, "deep");
  ac_test_add_session (apart, "2026-11-19", 60, "deep");
  ac_test_assert_quiet (apart, TODAY, "overtreat-deep-streak");

  ac_test_add_session (mixed, "2026-11-18", 60, "deep");
  ac_test_add_session (mixed, "2026-11-19", 60, "moderate");
  ac_test_assert_quiet (mixed, TODAY, "overtreat-deep-streak");

  ac_test_add_session (planned, "2026-11-20", 60, "deep");
  ac_test_add_planned (planned, "2026-11-21", 60, "deep");
  ac_test_assert_fires (planned, TODAY, "overtreat-deep-streak");
}

static void
test_deep_streak_local_dates (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  /* 23:30 on 18 Nov and 00:30 on 19 Nov, both at +02:00: one hour apart,
   * and on consecutive local days. */
  ac_test_add_session (journal, "2026-11-18T23:30:00+02:00", 60, "deep");
  ac_test_add_session (journal, "2026-11-19T00:30:00+02:00", 60, "deep");
  ac_test_assert_fires (journal, TODAY, "overtreat-deep-streak");
}

static void
test_load_minimum (void)
{
  g_autoptr(AcJournal) at120 = ac_test_journal_new ();
  g_autoptr(AcJournal) at119 = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;
  g_autoptr(AcStats) stats = NULL;

  /* 40 minutes deep: 120. */
  ac_test_add_session (at120, "2026-11-18", 40, "deep");
  advice = ac_test_advice (at120, TODAY);
  item = ac_test_find (advice, "overtreat-load");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Load of the last 7 days: 120 (minutes × pressure weight), against a "
                   "weekly average of 30 over the last 4 weeks: 4.0 times as much.");
  stats = ac_test_stats (at120, TODAY);
  g_assert_cmpuint (stats->acute_load, ==, 120);
  g_assert_cmpfloat (stats->chronic_load, ==, 30);
  g_assert_cmpfloat (stats->load_ratio, ==, 4);

  /* 119 minutes light: 119. */
  ac_test_add_session (at119, "2026-11-18", 119, "light");
  ac_test_assert_quiet (at119, TODAY, "overtreat-load");
}

static void
test_load_ratio (void)
{
  g_autoptr(AcJournal) at15 = ac_test_journal_new ();
  g_autoptr(AcJournal) above = ac_test_journal_new ();
  g_autoptr(AcJournal) old = ac_test_journal_new ();

  /* Acute 120; 200 more in the 28 days: chronic 80, ratio exactly 1.5. */
  ac_test_add_session (at15, "2026-11-01", 100, "moderate");
  ac_test_add_session (at15, "2026-11-18", 40, "deep");
  ac_test_assert_quiet (at15, TODAY, "overtreat-load");

  /* 199 more: chronic 79.75, ratio just above 1.5. */
  ac_test_add_session (above, "2026-11-01", 199, "light");
  ac_test_add_session (above, "2026-11-18", 40, "deep");
  ac_test_assert_reason (above, TODAY, "overtreat-load",
                         "Load of the last 7 days: 120 (minutes × pressure weight), against a "
                         "weekly average of 79.75 over the last 4 weeks: 1.5 times as much.");

  /* Load from before the 28 days does not count: 24 Oct is day 28. */
  ac_test_add_session (old, "2026-10-23", 600, "deep");
  ac_test_add_session (old, "2026-11-18", 40, "deep");
  ac_test_assert_fires (old, TODAY, "overtreat-load");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/load/frequency", test_frequency);
  g_test_add_func ("/guidance/load/frequency-planned", test_frequency_planned);
  g_test_add_func ("/guidance/load/deep-streak", test_deep_streak);
  g_test_add_func ("/guidance/load/deep-streak-local-dates", test_deep_streak_local_dates);
  g_test_add_func ("/guidance/load/load-minimum", test_load_minimum);
  g_test_add_func ("/guidance/load/load-ratio", test_load_ratio);

  return g_test_run ();
}
