/* test-guidance-load.c — overtreat-frequency, -deep-streak and -load, at
 * their thresholds (-still-sore and -rising-peaks: test-guidance-peaks.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-load"

#include "config.h"

#include <string.h>

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

  /* A booking speaks of the future. */
  ac_test_add_session (planned, "2026-11-20", 60, "deep");
  ac_test_add_planned (planned, "2026-11-21", 60, "deep");
  ac_test_assert_reason (planned, TODAY, "overtreat-deep-streak",
                         "A deep session on 20 Nov, and another planned for 21 Nov.");
  ac_test_add_planned (planned, "2026-11-25", 60, "deep");
  ac_test_add_planned (planned, "2026-11-26", 60, "deep");
  ac_test_assert_reason (planned, TODAY, "overtreat-deep-streak",
                         "Deep sessions planned for 25 Nov and 26 Nov.");
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

/* A small session on @first (10 minutes light), and @minutes of
 * @pressure on 18 Nov, in the last 7 days of TODAY. */
static AcJournal *
journal_with_load (const char *first,
                   int         minutes,
                   const char *pressure)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, first, 10, "light");
  ac_test_add_session (journal, "2026-11-18", minutes, pressure);

  return journal;
}

/* Today - 34 is 17 Oct: 28 days before the first of the last 7 days. */
static void
test_load_history (void)
{
  g_autoptr(AcJournal) day34 = journal_with_load ("2026-10-17", 40, "deep");
  g_autoptr(AcJournal) day33 = journal_with_load ("2026-10-18", 40, "deep");
  g_autoptr(AcJournal) first_ever = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  advice = ac_test_advice (day34, TODAY);
  item = ac_test_find (advice, "overtreat-load");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "In the last 7 days: a 40-minute deep session on 18 Nov. Your busiest week "
                   "in the 12 weeks before: a 10-minute light session on 17 Oct.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 1);
  /* No jargon in the body. */
  g_assert_null (strstr (ac_advice_get_body (item), "load"));

  ac_test_assert_quiet (day33, TODAY, "overtreat-load");

  /* Version 1: a first-ever session fired it ("4.0 times as much"). */
  ac_test_add_session (first_ever, "2026-11-20", 90, "deep");
  ac_test_assert_quiet (first_ever, TODAY, "overtreat-load");
}

static void
test_load_minimum (void)
{
  g_autoptr(AcJournal) at120 = journal_with_load ("2026-10-01", 40, "deep");
  g_autoptr(AcJournal) at119 = journal_with_load ("2026-10-01", 119, "light");

  ac_test_assert_fires (at120, TODAY, "overtreat-load");
  ac_test_assert_quiet (at119, TODAY, "overtreat-load");
}

/* @busiest minutes of moderate work on 1 Nov (block 3), and 40 minutes
 * deep (120) on 18 Nov. */
static AcJournal *
journal_with_busiest (int         busiest,
                      const char *pressure)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-10-01", 10, "light");
  ac_test_add_session (journal, "2026-11-01", busiest, pressure);
  ac_test_add_session (journal, "2026-11-18", 40, "deep");

  return journal;
}

static void
test_load_ratio (void)
{
  g_autoptr(AcJournal) at15 = journal_with_busiest (40, "moderate");
  g_autoptr(AcJournal) above = journal_with_busiest (79, "light");

  /* 120 against a busiest week of 80: exactly 1.5 times, quiet. */
  ac_test_assert_quiet (at15, TODAY, "overtreat-load");
  /* Against 79: just above. */
  ac_test_assert_reason (above, TODAY, "overtreat-load",
                         "In the last 7 days: a 40-minute deep session on 18 Nov. Your busiest "
                         "week in the 12 weeks before: a 79-minute light session on 1 Nov.");
}

/* The 12 weeks before are today - 90 … today - 7: 22 Aug … 13 Nov. */
static void
test_load_window (void)
{
  g_autoptr(AcJournal) day90 = ac_test_journal_new ();
  g_autoptr(AcJournal) day91 = ac_test_journal_new ();
  g_autoptr(AcJournal) day7 = ac_test_journal_new ();
  g_autoptr(AcJournal) day6 = ac_test_journal_new ();

  ac_test_add_session (day90, "2026-08-22", 600, "deep");
  ac_test_add_session (day90, "2026-11-18", 40, "deep");
  ac_test_assert_quiet (day90, TODAY, "overtreat-load");

  ac_test_add_session (day91, "2026-08-21", 600, "deep");
  ac_test_add_session (day91, "2026-11-18", 40, "deep");
  ac_test_assert_reason (day91, TODAY, "overtreat-load",
                         "In the last 7 days: a 40-minute deep session on 18 Nov. "
                         "In the 12 weeks before, you had no sessions.");

  /* 13 Nov is the last day of the first block; 14 Nov is in the last 7
   * days. */
  ac_test_add_session (day7, "2026-10-01", 10, "light");
  ac_test_add_session (day7, "2026-11-13", 60, "moderate");
  ac_test_add_session (day7, "2026-11-18", 40, "deep");
  ac_test_assert_quiet (day7, TODAY, "overtreat-load");

  ac_test_add_session (day6, "2026-10-01", 10, "light");
  ac_test_add_session (day6, "2026-11-14", 60, "moderate");
  ac_test_add_session (day6, "2026-11-18", 40, "deep");
  ac_test_assert_reason (day6, TODAY, "overtreat-load",
                         "In the last 7 days: 2 sessions, 100 minutes in all: a 60-minute "
                         "moderate session on 14 Nov and a 40-minute deep session on 18 Nov. "
                         "Your busiest week in the 12 weeks before: a 10-minute light session "
                         "on 1 Oct.");
}

/* Sessions of @minutes and @pressure every @every days from @first to
 * @last; overtreat-load on every day from @first to @last. Returns how
 * many days it fired. */
static guint
days_load_fires (const char *first,
                 const char *last,
                 guint       every,
                 int         minutes,
                 const char *pressure)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  GDate day, end;
  guint fired = 0;

  ac_test_date (first, &day);
  ac_test_date (last, &end);
  for (GDate d = day; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, every))
    {
      char start[16];

      g_snprintf (start, sizeof start, "%04d-%02d-%02d", g_date_get_year (&d),
                  g_date_get_month (&d), g_date_get_day (&d));
      ac_test_add_session (journal, start, minutes, pressure);
    }

  for (; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
    {
      g_autoptr(GListModel) advice = ac_guidance_compute_advice (journal, &day);

      fired += ac_test_find (advice, "overtreat-load") != NULL;
    }

  return fired;
}

/* Version 1 told a fortnightly 60-minute client "2.0 times as much" on half
 * of all days, and a monthly 90-minute one too. A steady rhythm never
 * fires it, on any day of the year. */
static void
test_load_steady_rhythm (void)
{
  g_assert_cmpuint (days_load_fires ("2025-11-20", "2026-11-20", 14, 60, "moderate"), ==, 0);
  g_assert_cmpuint (days_load_fires ("2025-11-20", "2026-11-20", 7, 60, "moderate"), ==, 0);
  g_assert_cmpuint (days_load_fires ("2025-11-20", "2026-11-20", 30, 90, "moderate"), ==, 0);
  g_assert_cmpuint (days_load_fires ("2025-11-20", "2026-11-20", 28, 90, "deep"), ==, 0);
  g_assert_cmpuint (days_load_fires ("2025-11-20", "2026-11-20", 1, 60, "deep"), ==, 0);
}

/* Weekly sessions of @before minutes of moderate work from 2 Oct, then
 * @after minutes on 19 Nov. */
static AcJournal *
journal_weekly_then (int before,
                     int after)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22",
                         "2026-10-29", "2026-11-05", "2026-11-12" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session (journal, days[i], before, "moderate");
  ac_test_add_session (journal, "2026-11-19", after, "moderate");

  return journal;
}

/* A real jump fires it: 30 minutes a week, then 60 (version 1 never
 * fired for 30-minute sessions, the short ones the evidence does not
 * support); light 60 to deep 90; one session a week to three. */
static void
test_load_jump (void)
{
  g_autoptr(AcJournal) longer = journal_weekly_then (30, 60);
  g_autoptr(AcJournal) shorter = journal_weekly_then (60, 30);
  g_autoptr(AcJournal) deeper = ac_test_journal_new ();
  g_autoptr(AcJournal) more_often = journal_weekly_then (60, 60);

  ac_test_assert_reason (longer, TODAY, "overtreat-load",
                         "In the last 7 days: a 60-minute moderate session on 19 Nov. Your "
                         "busiest week in the 12 weeks before: a 30-minute moderate session on "
                         "12 Nov.");
  ac_test_assert_quiet (shorter, TODAY, "overtreat-load");

  ac_test_add_session (deeper, "2026-10-01", 60, "light");
  ac_test_add_session (deeper, "2026-10-15", 60, "light");
  ac_test_add_session (deeper, "2026-11-19", 90, "deep");
  ac_test_assert_fires (deeper, TODAY, "overtreat-load");

  ac_test_assert_quiet (more_often, TODAY, "overtreat-load");
  ac_test_add_session (more_often, "2026-11-15", 60, "moderate");
  ac_test_add_session (more_often, "2026-11-17", 60, "moderate");
  ac_test_assert_reason (more_often, TODAY, "overtreat-load",
                         "In the last 7 days: 3 sessions, 180 minutes in all: a 60-minute "
                         "moderate session on 15 Nov, a 60-minute moderate session on 17 Nov "
                         "and a 60-minute moderate session on 19 Nov. Your busiest week in the "
                         "12 weeks before: a 60-minute moderate session on 12 Nov.");
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
  g_test_add_func ("/guidance/load/load-history", test_load_history);
  g_test_add_func ("/guidance/load/load-minimum", test_load_minimum);
  g_test_add_func ("/guidance/load/load-ratio", test_load_ratio);
  g_test_add_func ("/guidance/load/load-window", test_load_window);
  g_test_add_func ("/guidance/load/load-steady-rhythm", test_load_steady_rhythm);
  g_test_add_func ("/guidance/load/load-jump", test_load_jump);

  return g_test_run ();
}
