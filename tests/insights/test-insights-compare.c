/* test-insights-compare.c — the comparisons of GUIDANCE.md's insights at
 * their edges: 2 vs 3 sessions a side, ranges apart, touching and
 * overlapping, a side without the measure, the length and gap bands,
 * percentiles against numpy, and the order of the list
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights-compare"

#include "config.h"

#include <math.h>

#include "ac-date.h"
#include "ac-insights-private.h"
#include "ac-insights-test.h"

#define CAVEAT " A pattern in your own records, not proof."

/* Sessions of @pressure with the peaks in @peaks (ending in -1), ten days
 * apart from @first_days_ago days before today. */
static void
add_peaks (AcJournal  *journal,
           const char *pressure,
           int         first_days_ago,
           const int  *peaks)
{
  for (guint i = 0; peaks[i] >= 0; i++)
    {
      g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -first_days_ago + 10 * (int) i);

      ac_test_insights_add_peak (journal, date, pressure, peaks[i]);
    }
}

#define PEAKS(...) ((const int[]) { __VA_ARGS__, -1 })

static AcComparison *
find_peak_by_pressure (AcInsights *insights)
{
  return ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_PEAK);
}

#define assert_sides(comparison, expected) \
  G_STMT_START { \
    g_autofree char *sides_ = ac_test_insights_sides (comparison); \
    g_assert_cmpstr (sides_, ==, (expected)); \
  } G_STMT_END

/* numpy.percentile (q = 25, 50, 75, and 10 and 90 where given), linear,
 * the default; computed with numpy 1.24.2. */
static void
test_percentiles (void)
{
  static const struct {
    double values[8];
    guint  n;
    double q25, q50, q75;
  } cases[] = {
    { { 4 }, 1, 4, 4, 4 },
    { { 1, 3 }, 2, 1.5, 2, 2.5 },
    { { 1, 2, 6 }, 3, 1.5, 2, 4 },
    { { 1, 2, 4, 8 }, 4, 1.75, 3, 5 },
    { { 0, 1, 1, 3, 5, 8, 10 }, 7, 1, 3, 6.5 },
    { { 0.5, 1.25, 3, 7.75 }, 4, 1.0625, 2.125, 4.1875 },
    { { -1.5, 0.25, 2 }, 3, -0.625, 0.25, 1.125 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[i].values, cases[i].n, 0.25), cases[i].q25, 1e-12);
      g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[i].values, cases[i].n, 0.5), cases[i].q50, 1e-12);
      g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[i].values, cases[i].n, 0.75), cases[i].q75, 1e-12);
      g_assert_cmpfloat (_ac_percentile (cases[i].values, cases[i].n, 0), ==, cases[i].values[0]);
      g_assert_cmpfloat (_ac_percentile (cases[i].values, cases[i].n, 1), ==, cases[i].values[cases[i].n - 1]);
    }

  /* numpy.percentile ([0, 1, 1, 3, 5, 8, 10], [10, 90]) and of [1, 2, 4, 8] */
  g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[4].values, 7, 0.1), 0.6, 1e-12);
  g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[4].values, 7, 0.9), 8.8, 1e-12);
  g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[3].values, 4, 0.1), 1.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (_ac_percentile (cases[3].values, 4, 0.9), 6.8, 1e-12);
}

/* The same numbers reach a comparison's sides: n = 1, 2, 3, 4, 7. */
static void
test_percentiles_in_sides (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;

  add_peaks (journal, "light", 400, PEAKS (4));
  add_peaks (journal, "moderate", 380, PEAKS (3, 1));
  add_peaks (journal, "deep", 350, PEAKS (1, 2, 6, 1, 2, 4, 8, 0, 1, 1, 3, 5, 8, 10));
  insights = ac_test_insights_new (journal);

  assert_sides (find_peak_by_pressure (insights),
                "light 1 4 4–4; moderate 2 2 1.5–2.5; deep 14 2.5 1–5.75");

  g_clear_object (&insights);
  g_clear_object (&journal);
  journal = ac_journal_new ();
  add_peaks (journal, "light", 300, PEAKS (6, 1, 2));
  add_peaks (journal, "moderate", 250, PEAKS (8, 1, 4, 2));
  add_peaks (journal, "deep", 200, PEAKS (10, 0, 1, 5, 1, 8, 3));
  insights = ac_test_insights_new (journal);

  assert_sides (find_peak_by_pressure (insights),
                "light 3 2 1.5–4; moderate 4 3 1.75–5; deep 7 3 1–6.5");
}

/* A side takes part with 3 sessions, not 2. */
static void
test_two_vs_three (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;
  guint first, second;

  add_peaks (journal, "deep", 200, PEAKS (5, 5, 5));
  add_peaks (journal, "moderate", 100, PEAKS (1, 1));
  insights = ac_test_insights_new (journal);
  comparison = find_peak_by_pressure (insights);

  assert_sides (comparison, "moderate 2 1 1–1; deep 3 5 5–5");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);
  g_assert_false (ac_comparison_get_pair (comparison, &first, &second));
  g_assert_cmpstr (ac_comparison_get_text (comparison), ==,
                   "In your journal, there is not enough to compare peak soreness by pressure yet. "
                   "Not enough sessions yet: 2 of 3 moderate sessions.");
  g_assert_cmpstr (ac_comparison_get_title (comparison), ==, "Peak soreness by pressure");

  add_peaks (journal, "moderate", 50, PEAKS (1));
  g_clear_object (&insights);
  insights = ac_test_insights_new (journal);
  comparison = find_peak_by_pressure (insights);

  assert_sides (comparison, "moderate 3 1 1–1; deep 3 5 5–5");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
  g_assert_true (ac_comparison_get_pair (comparison, &first, &second));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (second, ==, 1);
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you are less sore after moderate sessions than after deep "
                   "sessions: a peak of 1 vs 5 (3 sessions each).");
  g_assert_cmpstr (ac_comparison_get_text (comparison), ==,
                   "In your journal, you are less sore after moderate sessions than after deep "
                   "sessions: a peak of 1 vs 5 (3 sessions each)." CAVEAT);
}

/* Moderate 1, 2, 3 is 1.5–2.5; deep against it. */
static AcComparison *
compare_with_moderate (AcJournal  *journal,
                       AcInsights **insights,
                       const int   *deep)
{
  add_peaks (journal, "moderate", 300, PEAKS (1, 2, 3));
  add_peaks (journal, "deep", 200, deep);
  *insights = ac_test_insights_new (journal);
  return find_peak_by_pressure (*insights);
}

static void
test_ranges_apart (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison = compare_with_moderate (journal, &insights, PEAKS (3, 3, 3));

  assert_sides (comparison, "moderate 3 2 1.5–2.5; deep 3 3 3–3");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
}

/* 2.5–2.5: one's high is not strictly below the other's low. */
static void
test_ranges_touching (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison = compare_with_moderate (journal, &insights, PEAKS (2, 3, 3));

  assert_sides (comparison, "moderate 3 2 1.5–2.5; deep 3 3 2.5–3");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE);
  g_assert_cmpstr (ac_comparison_get_text (comparison), ==,
                   "In your journal, you are about as sore after moderate sessions as after deep "
                   "sessions: a peak of 2 vs 3 (3 sessions each)." CAVEAT);
}

static void
test_ranges_overlapping (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison = compare_with_moderate (journal, &insights, PEAKS (2, 2, 3));

  assert_sides (comparison, "moderate 3 2 1.5–2.5; deep 3 2 2–2.5");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE);
}

/* Of three sides, the finding names the two furthest apart. */
static void
test_furthest_pair (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) similar = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;
  guint first, second;

  add_peaks (journal, "light", 400, PEAKS (1, 1, 1));
  add_peaks (journal, "moderate", 300, PEAKS (3, 3, 3));
  add_peaks (journal, "deep", 200, PEAKS (6, 6, 6));
  insights = ac_test_insights_new (journal);
  comparison = find_peak_by_pressure (insights);
  g_assert_true (ac_comparison_get_pair (comparison, &first, &second));
  g_assert_cmpstr (ac_comparison_get_side (comparison, first)->label, ==, "light");
  g_assert_cmpstr (ac_comparison_get_side (comparison, second)->label, ==, "deep");
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you are less sore after light sessions than after deep "
                   "sessions: a peak of 1 vs 6 (3 sessions each).");

  /* light 1.5–2.5 touches moderate 2.5–3.5; deep 2–4 overlaps both. */
  add_peaks (similar, "light", 400, PEAKS (1, 2, 3));
  add_peaks (similar, "moderate", 300, PEAKS (2, 3, 4));
  add_peaks (similar, "deep", 200, PEAKS (1, 3, 5));
  g_clear_object (&insights);
  insights = ac_test_insights_new (similar);
  comparison = find_peak_by_pressure (insights);
  assert_sides (comparison, "light 3 2 1.5–2.5; moderate 3 3 2.5–3.5; deep 3 3 2–4");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE);
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you are about as sore after light sessions as after moderate "
                   "sessions: a peak of 2 vs 3 (3 sessions each).");
}

/* A side with too few sessions is listed but left out of the verdict. */
static void
test_small_side_left_out (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;

  add_peaks (journal, "light", 400, PEAKS (9, 9));
  add_peaks (journal, "moderate", 300, PEAKS (1, 2, 3));
  add_peaks (journal, "deep", 200, PEAKS (2, 2, 3));
  insights = ac_test_insights_new (journal);
  comparison = find_peak_by_pressure (insights);

  assert_sides (comparison, "light 2 9 9–9; moderate 3 2 1.5–2.5; deep 3 2 2–2.5");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE);
}

/* Deep sessions have check-ins and a felt rating; moderate ones neither. */
static void
test_measure_missing_on_one_side (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *deep = ac_test_insights_day (AC_TEST_TODAY, -200 + 10 * (int) i);
      g_autofree char *after = ac_test_insights_day (deep, 1);
      g_autofree char *moderate = ac_test_insights_day (AC_TEST_TODAY, -100 + 10 * (int) i);
      AcTestSession felt = { deep, 0, "deep", NULL, NULL, 7, NULL, FALSE };
      AcTestSession plain = { moderate, 0, "moderate", NULL, NULL, -1, NULL, FALSE };

      ac_test_insights_add_session (journal, &felt);
      ac_test_insights_add_checkin (journal, after, 4, -1, -1);
      ac_test_insights_add_session (journal, &plain);
    }
  insights = ac_test_insights_new (journal);

  comparison = find_peak_by_pressure (insights);
  assert_sides (comparison, "deep 3 4 4–4");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);
  g_assert_cmpstr (ac_comparison_get_text (comparison), ==,
                   "In your journal, there is not enough to compare peak soreness by pressure yet: "
                   "so far there are only deep sessions.");

  comparison = ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_FELT);
  assert_sides (comparison, "deep 3 7 7–7");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);

  /* No session has a stress or sleep change: no comparison at all. */
  g_assert_null (ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_STRESS_CHANGE));
  g_assert_null (ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_SLEEP_CHANGE));
}

/* A session with @minutes and @therapist, and a check-in of @peak the
 * day after; @days_ago before today. */
static void
add_session_peak (AcJournal  *journal,
                  int         days_ago,
                  int         minutes,
                  const char *therapist,
                  int         peak)
{
  g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -days_ago);
  g_autofree char *after = ac_test_insights_day (date, 1);
  AcTestSession spec = { date, minutes, "moderate", NULL, therapist, -1, NULL, FALSE };

  ac_test_insights_add_session (journal, &spec);
  ac_test_insights_add_checkin (journal, after, peak, -1, -1);
}

/* Sessions without a therapist are left out; one name is one side. */
static void
test_one_therapist (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;

  for (int i = 0; i < 4; i++)
    add_session_peak (journal, 300 - 10 * i, 60, "Ana", 3);
  add_session_peak (journal, 100, 60, NULL, 5);
  add_session_peak (journal, 90, 60, "", 5);
  insights = ac_test_insights_new (journal);

  comparison = ac_test_insights_find (insights, AC_INSIGHT_GROUP_THERAPIST, AC_INSIGHT_MEASURE_PEAK);
  assert_sides (comparison, "Ana 4 3 3–3");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);
  g_assert_cmpstr (ac_comparison_get_text (comparison), ==,
                   "In your journal, there is not enough to compare peak soreness by therapist yet: "
                   "so far there are only sessions with Ana.");
}

/* Names as written, by name; "ana" is not "Ana". */
static void
test_therapists_as_written (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;

  for (int i = 0; i < 3; i++)
    {
      add_session_peak (journal, 300 - 10 * i, 60, "Bo", 6);
      add_session_peak (journal, 200 - 10 * i, 60, "Ana", 2);
    }
  add_session_peak (journal, 50, 60, "ana", 2);
  insights = ac_test_insights_new (journal);

  comparison = ac_test_insights_find (insights, AC_INSIGHT_GROUP_THERAPIST, AC_INSIGHT_MEASURE_PEAK);
  assert_sides (comparison, "Ana 3 2 2–2; Bo 3 6 6–6; ana 1 2 2–2");
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you are less sore after sessions with Ana than after sessions "
                   "with Bo: a peak of 2 vs 6 (3 sessions each).");
}

/* short ≤ 45, medium 46–75, long > 75 minutes. */
static void
test_length_bands (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;

  add_session_peak (journal, 300, 45, NULL, 1);
  add_session_peak (journal, 280, 46, NULL, 2);
  add_session_peak (journal, 260, 75, NULL, 4);
  add_session_peak (journal, 240, 76, NULL, 7);
  insights = ac_test_insights_new (journal);

  assert_sides (ac_test_insights_find (insights, AC_INSIGHT_GROUP_LENGTH, AC_INSIGHT_MEASURE_PEAK),
                "short 1 1 1–1; medium 2 3 2.5–3.5; long 1 7 7–7");
}

/* short < 10, medium 10–20, long > 20 days; a first session has no gap. */
static void
test_gap_bands (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;

  add_session_peak (journal, 300, 60, NULL, 9);  /* first: no gap */
  add_session_peak (journal, 291, 60, NULL, 1);  /* 9 days */
  add_session_peak (journal, 281, 60, NULL, 2);  /* 10 */
  add_session_peak (journal, 261, 60, NULL, 4);  /* 20 */
  add_session_peak (journal, 240, 60, NULL, 7);  /* 21 */
  insights = ac_test_insights_new (journal);

  assert_sides (ac_test_insights_find (insights, AC_INSIGHT_GROUP_GAP, AC_INSIGHT_MEASURE_PEAK),
                "short 1 1 1–1; medium 2 3 2.5–3.5; long 1 7 7–7");
  assert_sides (find_peak_by_pressure (insights), "moderate 5 4 2–7");
}

/* Planned sessions, past or future, have no outcome; nor has a session
 * after today. */
static void
test_planned_left_out (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  g_autofree char *past = ac_test_insights_day (AC_TEST_TODAY, -100);
  g_autofree char *after_past = ac_test_insights_day (past, 1);
  g_autofree char *future = ac_test_insights_day (AC_TEST_TODAY, 3);
  AcTestSession planned_past = { past, 30, "deep", NULL, NULL, -1, NULL, TRUE };
  AcTestSession planned_future = { future, 30, "deep", NULL, NULL, -1, NULL, TRUE };
  AcTestSession done_future = { future, 30, "deep", NULL, NULL, 9, NULL, FALSE };

  for (int i = 0; i < 3; i++)
    add_session_peak (journal, 300 - 10 * i, 60, NULL, 3);
  ac_test_insights_add_session (journal, &planned_past);
  ac_test_insights_add_checkin (journal, after_past, 8, -1, -1);
  ac_test_insights_add_session (journal, &planned_future);
  ac_test_insights_add_session (journal, &done_future);
  insights = ac_test_insights_new (journal);

  assert_sides (ac_test_insights_find (insights, AC_INSIGHT_GROUP_LENGTH, AC_INSIGHT_MEASURE_PEAK),
                "medium 3 3 3–3");
  g_assert_null (ac_test_insights_find (insights, AC_INSIGHT_GROUP_LENGTH, AC_INSIGHT_MEASURE_FELT));
}

/* Sore calves after a neck massage are not the massage's soreness: only
 * attributed check-ins make a peak (the recovery analysis decides). */
static void
test_attributed_only (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -300 + 10 * i);
      g_autofree char *after = ac_test_insights_day (date, 1);
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, utc);
      g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
      g_autoptr(AcCheckin) checkin = NULL;
      GDate day;

      ac_session_set_areas (session, AC_AREA_NECK);
      g_assert_true (ac_journal_add_session (journal, session, NULL));
      g_assert_true (ac_date_parse_iso (after, &day));
      checkin = ac_checkin_new (&day, i == 0 ? 6 : 8);
      ac_checkin_set_areas (checkin, i == 0 ? AC_AREA_NECK : AC_AREA_CALVES);
      g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
    }
  insights = ac_test_insights_new (journal);

  assert_sides (find_peak_by_pressure (insights), "deep 1 6 6–6");
}

/* Differences first, the ranges furthest apart first; then no clear
 * difference; then not enough data. */
static void
test_order (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  GListModel *list;
  AcInsightVerdict last = AC_INSIGHT_VERDICT_DIFFERENCE;

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *deep = ac_test_insights_day (AC_TEST_TODAY, -300 + 10 * i);
      g_autofree char *deep_after = ac_test_insights_day (deep, 1);
      g_autofree char *moderate = ac_test_insights_day (AC_TEST_TODAY, -200 + 10 * i);
      g_autofree char *moderate_after = ac_test_insights_day (moderate, 1);
      AcTestSession d = { deep, 0, "deep", NULL, NULL, 8, NULL, FALSE };
      AcTestSession m = { moderate, 0, "moderate", NULL, NULL, 6, NULL, FALSE };

      ac_test_insights_add_session (journal, &d);
      ac_test_insights_add_checkin (journal, deep_after, 5, -1, -1);
      ac_test_insights_add_session (journal, &m);
      ac_test_insights_add_checkin (journal, moderate_after, 1, -1, -1);
    }
  insights = ac_test_insights_new (journal);
  list = ac_insights_get_comparisons (insights);

  /* Peaks 1 vs 5 lie 4 apart, felt 8 vs 6 lies 2 apart. */
  {
    g_autoptr(AcComparison) first = g_list_model_get_item (list, 0);
    g_autoptr(AcComparison) second = g_list_model_get_item (list, 1);

    g_assert_cmpint (ac_comparison_get_measure (first), ==, AC_INSIGHT_MEASURE_PEAK);
    g_assert_cmpint (ac_comparison_get_group (first), ==, AC_INSIGHT_GROUP_PRESSURE);
    g_assert_cmpint (ac_comparison_get_measure (second), ==, AC_INSIGHT_MEASURE_FELT);
    g_assert_cmpint (ac_comparison_get_verdict (second), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
    g_assert_cmpstr (ac_comparison_get_finding (second), ==,
                     "In your journal, deep sessions felt better than moderate sessions: "
                     "8 vs 6 out of 10 (3 sessions each).");
  }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (list, i);

      g_assert_cmpint (ac_comparison_get_verdict (comparison), >=, last);
      last = ac_comparison_get_verdict (comparison);
    }
  g_assert_cmpint (last, ==, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);
}

/* A session's days at d 1–3 against its days at d −3…−1, by date. */
static void
add_around (AcJournal  *journal,
            int         days_ago,
            const char *pressure,
            const int   stress[9],
            const int   sleep[9])
{
  g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -days_ago);
  AcTestSession spec = { date, 0, pressure, NULL, NULL, -1, NULL, FALSE };

  ac_test_insights_add_session (journal, &spec);
  for (int d = -4; d <= 4; d++)
    {
      g_autofree char *day = ac_test_insights_day (date, d);

      if (stress[d + 4] >= 0 || sleep[d + 4] >= 0)
        ac_test_insights_add_checkin (journal, day, 0, stress[d + 4], sleep[d + 4]);
    }
}

#define ANY -1
#define DAYS(...) ((const int[9]) { __VA_ARGS__ })

/* d −4 and d 4 don't count, nor d 0; one check-in a side is enough. */
static void
test_stress_sleep_window (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;

  /*                                 d −4   −3   −2   −1   0    1    2    3    4 */
  add_around (journal, 300, "moderate",
              DAYS (10, 6, ANY, 4, 10, 2, ANY, 3, 10),
              DAYS (0, 4, ANY, 6, 0, 8, 7, ANY, 0));
  /* Only d −4 before: no change. */
  add_around (journal, 200, "deep",
              DAYS (6, ANY, ANY, ANY, 6, 2, ANY, ANY, ANY),
              DAYS (ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY));
  /* Only d 4 after: no change. */
  add_around (journal, 100, "light",
              DAYS (ANY, ANY, ANY, 5, ANY, ANY, ANY, ANY, 1),
              DAYS (ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY));
  /* d −3 and d 3 alone count. */
  add_around (journal, 50, "deep",
              DAYS (ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY),
              DAYS (ANY, 3, ANY, ANY, ANY, ANY, ANY, 6, ANY));
  insights = ac_test_insights_new (journal);

  /* Stress (6 + 4) / 2 = 5 before, (2 + 3) / 2 = 2.5 after. */
  assert_sides (ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_STRESS_CHANGE),
                "moderate 1 -2.5 -2.5–-2.5");
  /* Sleep (4 + 6) / 2 = 5 before, (8 + 7) / 2 = 7.5 after; 3 → 6. */
  assert_sides (ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_SLEEP_CHANGE),
                "moderate 1 2.5 2.5–2.5; deep 1 3 3–3");
}

/* A negative stress change is calmer; a positive sleep change better. */
static void
test_stress_sleep_findings (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  AcComparison *comparison;

  for (int i = 0; i < 3; i++)
    {
      add_around (journal, 300 - 20 * i, "moderate",
                  DAYS (ANY, ANY, ANY, 6, ANY, 3, ANY, ANY, ANY),
                  DAYS (ANY, ANY, ANY, 5, ANY, 6, ANY, ANY, ANY));
      add_around (journal, 100 - 20 * i, "deep",
                  DAYS (ANY, ANY, ANY, 4, ANY, 5, ANY, ANY, ANY),
                  DAYS (ANY, ANY, ANY, 5, ANY, 5, ANY, ANY, ANY));
    }
  insights = ac_test_insights_new (journal);

  comparison = ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_STRESS_CHANGE);
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you feel calmer after moderate sessions than after deep "
                   "sessions: stress changed by -3 vs +1 (3 sessions each).");

  comparison = ac_test_insights_find (insights, AC_INSIGHT_GROUP_PRESSURE, AC_INSIGHT_MEASURE_SLEEP_CHANGE);
  g_assert_cmpint (ac_comparison_get_verdict (comparison), ==, AC_INSIGHT_VERDICT_DIFFERENCE);
  g_assert_cmpstr (ac_comparison_get_finding (comparison), ==,
                   "In your journal, you sleep better after moderate sessions than after deep "
                   "sessions: sleep changed by +1 vs 0 (3 sessions each).");
}

static void
test_words (void)
{
  g_assert_cmpstr (ac_insight_group_to_string (AC_INSIGHT_GROUP_GAP), ==, "gap");
  g_assert_cmpstr (ac_insight_measure_to_string (AC_INSIGHT_MEASURE_RECOVERY_DAYS), ==, "recovery-days");
  g_assert_cmpstr (ac_insight_measure_to_string (AC_INSIGHT_MEASURE_STRESS_CHANGE), ==, "stress-change");
  g_assert_cmpstr (ac_insight_verdict_to_string (AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE), ==, "no-clear-difference");
  g_assert_cmpstr (ac_insight_verdict_to_string (AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA), ==, "not-enough-data");
  g_assert_cmpstr (ac_insights_get_caveat (), ==, "A pattern in your own records, not proof.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/insights/percentiles", test_percentiles);
  g_test_add_func ("/insights/percentiles-in-sides", test_percentiles_in_sides);
  g_test_add_func ("/insights/two-vs-three", test_two_vs_three);
  g_test_add_func ("/insights/ranges-apart", test_ranges_apart);
  g_test_add_func ("/insights/ranges-touching", test_ranges_touching);
  g_test_add_func ("/insights/ranges-overlapping", test_ranges_overlapping);
  g_test_add_func ("/insights/furthest-pair", test_furthest_pair);
  g_test_add_func ("/insights/small-side-left-out", test_small_side_left_out);
  g_test_add_func ("/insights/measure-missing-on-one-side", test_measure_missing_on_one_side);
  g_test_add_func ("/insights/one-therapist", test_one_therapist);
  g_test_add_func ("/insights/therapists-as-written", test_therapists_as_written);
  g_test_add_func ("/insights/length-bands", test_length_bands);
  g_test_add_func ("/insights/gap-bands", test_gap_bands);
  g_test_add_func ("/insights/planned-left-out", test_planned_left_out);
  g_test_add_func ("/insights/attributed-only", test_attributed_only);
  g_test_add_func ("/insights/order", test_order);
  g_test_add_func ("/insights/stress-sleep-window", test_stress_sleep_window);
  g_test_add_func ("/insights/stress-sleep-findings", test_stress_sleep_findings);
  g_test_add_func ("/insights/words", test_words);

  return g_test_run ();
}
