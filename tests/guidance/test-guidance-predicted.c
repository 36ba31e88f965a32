/* test-guidance-predicted.c — predicted-soreness: the expected peak of
 * GUIDANCE.md version 2, its adjustments and its floor, at their edges
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-predicted"

#include "config.h"

#include "ac-test-journal.h"

#define TODAY "2026-11-20"

/* Deep sessions with peaks 3, 5 and 4 (median 4), then a planned one. */
static AcJournal *
journal_with_deep_peaks (const char *planned)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-09-01", 60, "deep");
  ac_test_add_checkin (journal, "2026-09-02", 3);
  ac_test_add_session (journal, "2026-09-10", 60, "deep");
  ac_test_add_checkin (journal, "2026-09-11", 5);
  ac_test_add_session (journal, "2026-09-20", 60, "deep");
  ac_test_add_checkin (journal, "2026-09-21", 4);
  /* Light sessions say nothing of deep ones. */
  ac_test_add_session (journal, "2026-09-25", 60, "light");
  ac_test_add_checkin (journal, "2026-09-26", 1);
  ac_test_add_planned (journal, planned, 60, "deep");

  return journal;
}

static void
assert_predicted (AcJournal  *journal,
                  const char *today,
                  int         value,
                  guint       n_sessions)
{
  g_autoptr(AcStats) stats = ac_test_stats (journal, today);

  g_assert_cmpint (stats->predicted_soreness, ==, value);
  g_assert_cmpuint (stats->predicted_soreness_sessions, ==, n_sessions);
}

static AcAdvice *
find_predicted (GListModel *advice)
{
  AcAdvice *item = ac_test_find (advice, "predicted-soreness");

  g_assert_nonnull (item);
  return item;
}

static void
test_predicted (void)
{
  g_autoptr(AcJournal) journal = journal_with_deep_peaks ("2026-11-19");
  g_autoptr(GListModel) advice = ac_test_advice (journal, "2026-11-10");
  AcAdvice *item = find_predicted (advice);

  /* 25 Sep + 55 days = 19 Nov: no long gap. */
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_BEFORE_NEXT);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "After your deep session on 19 Nov, expect your soreness to reach about 4.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "The middle value of your highest soreness after your 3 deep sessions is 4.");
  assert_predicted (journal, "2026-11-10", 4, 3);
}

static void
test_predicted_long_gap (void)
{
  g_autoptr(AcJournal) journal = journal_with_deep_peaks ("2026-11-20");

  ac_test_assert_reason (journal, "2026-11-10", "predicted-soreness",
                         "The middle value of your highest soreness after your 3 deep sessions is 4. "
                         "One point added: it comes 56 days after your last session.");
  assert_predicted (journal, "2026-11-10", 5, 3);
}

static void
test_predicted_clamped (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (journal, "2026-09-01", 60, "deep");
  ac_test_add_checkin (journal, "2026-09-02", 10);
  ac_test_add_session (journal, "2026-09-10", 60, "deep");
  ac_test_add_checkin (journal, "2026-09-11", 10);
  ac_test_add_planned (journal, "2026-12-01", 60, "deep");

  advice = ac_test_advice (journal, TODAY);
  item = find_predicted (advice);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "The middle value of your highest soreness after your 2 deep sessions is 10. "
                   "One point added: it comes 82 days after your last session. "
                   "10 is the top of the scale.");
  assert_predicted (journal, TODAY, 10, 2);
}

static void
test_predicted_median_half (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-01", 60, "light");
  ac_test_add_checkin (journal, "2026-11-02", 2);
  ac_test_add_session (journal, "2026-11-08", 60, "light");
  ac_test_add_checkin (journal, "2026-11-09", 3);
  ac_test_add_planned (journal, "2026-11-22", 60, "light");
  /* 2.5, rounded half up. */
  ac_test_assert_reason (journal, TODAY, "predicted-soreness",
                         "The middle value of your highest soreness after your 2 light sessions is 2.5.");
  assert_predicted (journal, TODAY, 3, 2);
}

/* At least 2 earlier sessions of that pressure with peaks: 1 is too few.
 * Issue 13: "There's nothing yet to predict your soreness after … from." */
static void
test_predicted_needs_two (void)
{
  g_autoptr(AcJournal) none = ac_test_journal_new ();
  g_autoptr(AcJournal) one = ac_test_journal_new ();
  g_autoptr(AcJournal) unplanned = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_planned (none, "2026-11-25", 60, "moderate");
  advice = ac_test_advice (none, TODAY);
  item = find_predicted (advice);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Your journal can't tell yet how sore you'll be after your moderate session "
                   "on 25 Nov. Check in on the days after it to learn how you respond.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "None of your moderate sessions has a check-in on its day or the 3 days "
                   "after it.");
  assert_predicted (none, TODAY, -1, 0);

  ac_test_add_session (one, "2026-11-01", 60, "moderate");
  ac_test_add_checkin (one, "2026-11-04", 3);
  ac_test_add_planned (one, "2026-11-25", 60, "moderate");
  ac_test_assert_reason (one, TODAY, "predicted-soreness",
                         "Only one of your moderate sessions has a check-in on its day or the 3 "
                         "days after it; it takes two.");
  assert_predicted (one, TODAY, -1, 1);

  /* No planned session: nothing to predict. */
  ac_test_add_session (unplanned, "2026-11-18", 60, "moderate");
  ac_test_assert_quiet (unplanned, TODAY, "predicted-soreness");
}

/* The median is of excess soreness, and the baseline is added back: 3, 5
 * and 4 with a baseline of 2 are 1, 3 and 2. */
static void
test_predicted_baseline (void)
{
  g_autoptr(AcJournal) journal = journal_with_deep_peaks ("2026-11-19");
  const char *away[] = { "2026-08-20", "2026-08-21", "2026-08-22", "2026-08-23", "2026-08-24" };

  for (guint i = 0; i < G_N_ELEMENTS (away); i++)
    ac_test_add_checkin (journal, away[i], 2);
  ac_test_assert_reason (journal, "2026-11-10", "predicted-soreness",
                         "The middle value of your highest soreness after your 3 deep sessions "
                         "is 2 above your usual 2.");
  assert_predicted (journal, "2026-11-10", 4, 3);
}

/* Issue 13: peaks 4, 5, 7 and "Soreness is building up", then a
 * prediction of 5. The latest peak goes instead, and 7 is a caution. */
static void
test_story_rising_peaks (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (journal, "2026-10-01", 60, "deep");
  ac_test_add_checkin (journal, "2026-10-02", 4);
  ac_test_add_session (journal, "2026-10-08", 60, "deep");
  ac_test_add_checkin (journal, "2026-10-09", 5);
  ac_test_add_session (journal, "2026-10-15", 60, "deep");
  ac_test_add_checkin (journal, "2026-10-16", 7);
  ac_test_add_planned (journal, "2026-10-22", 60, "deep");

  advice = ac_test_advice (journal, "2026-10-19");
  g_assert_nonnull (ac_test_find (advice, "overtreat-rising-peaks"));
  item = find_predicted (advice);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "After your deep session on 22 Oct, your soreness could reach about 7, which "
                   "is severe. You could ask for lighter pressure, or move the session.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "The middle value of your highest soreness after your 3 deep sessions is 5. "
                   "Your soreness has been building up, so this goes by your latest session "
                   "instead: your highest soreness after it was 7.");
  assert_predicted (journal, "2026-10-19", 7, 3);
}

/* Issue 13: soreness 6 today and a deep session tomorrow predicted 4. */
static void
test_story_sore_today (void)
{
  g_autoptr(AcJournal) journal = journal_with_deep_peaks ("2026-11-11");
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (journal, "2026-11-10", 6);
  advice = ac_test_advice (journal, "2026-11-10");
  item = find_predicted (advice);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "The middle value of your highest soreness after your 3 deep sessions is 4. "
                   "You are still sore before it: soreness 6 on 10 Nov, so expect at least 7.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);
  /* One voice: the same soreness makes overtreat-still-sore fire. */
  g_assert_nonnull (ac_test_find (advice, "overtreat-still-sore"));
  assert_predicted (journal, "2026-11-10", 7, 3);
}

/* The floor alone gives the number without earlier sessions; it needs an
 * excess of 4 (3 vs 4) within the 2 days before (2 vs 3 days); 6 is
 * information, 7 a caution. */
static void
test_predicted_floor_edges (void)
{
  const struct {
    const char *checkin;
    int soreness;
    int expected;
    AcSeverity severity;
  } cases[] = {
    { "2026-11-20", 3, -1, AC_SEVERITY_INFO },
    { "2026-11-20", 4, 5, AC_SEVERITY_INFO },
    { "2026-11-20", 5, 6, AC_SEVERITY_INFO },
    { "2026-11-20", 6, 7, AC_SEVERITY_CAUTION },
    { "2026-11-19", 6, 7, AC_SEVERITY_CAUTION },
    { "2026-11-18", 6, -1, AC_SEVERITY_INFO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJournal) journal = ac_test_journal_new ();
      g_autoptr(GListModel) advice = NULL;
      AcAdvice *item;

      ac_test_add_checkin (journal, cases[i].checkin, cases[i].soreness);
      ac_test_add_planned (journal, "2026-11-21", 60, "moderate");
      advice = ac_test_advice (journal, TODAY);
      item = find_predicted (advice);
      g_assert_cmpint (ac_advice_get_severity (item), ==, cases[i].severity);
      assert_predicted (journal, TODAY, cases[i].expected, 0);
    }

  {
    g_autoptr(AcJournal) journal = ac_test_journal_new ();

    ac_test_add_checkin (journal, TODAY, 5);
    ac_test_add_planned (journal, "2026-11-21", 60, "moderate");
    ac_test_assert_reason (journal, TODAY, "predicted-soreness",
                           "None of your moderate sessions has a check-in on its day or the 3 "
                           "days after it. You are still sore before it: soreness 5 on 20 Nov, "
                           "so expect at least 6.");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/predicted/predicted", test_predicted);
  g_test_add_func ("/guidance/predicted/long-gap", test_predicted_long_gap);
  g_test_add_func ("/guidance/predicted/clamped", test_predicted_clamped);
  g_test_add_func ("/guidance/predicted/median-half", test_predicted_median_half);
  g_test_add_func ("/guidance/predicted/needs-two", test_predicted_needs_two);
  g_test_add_func ("/guidance/predicted/baseline", test_predicted_baseline);
  g_test_add_func ("/guidance/predicted/story-rising-peaks", test_story_rising_peaks);
  g_test_add_func ("/guidance/predicted/story-sore-today", test_story_sore_today);
  g_test_add_func ("/guidance/predicted/floor-edges", test_predicted_floor_edges);

  return g_test_run ();
}
