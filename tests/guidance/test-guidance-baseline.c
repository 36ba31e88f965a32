/* test-guidance-baseline.c — the baseline, excess and attribution of
 * GUIDANCE.md version 2, and the stories of issue 13 that rest on them
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-baseline"

#include "config.h"

#include "ac-recovery.h"
#include "ac-test-journal.h"

#define TODAY "2026-11-20"

static int
baseline_of (AcJournal  *journal,
             const char *today,
             guint      *n_checkins)
{
  g_autoptr(AcRecovery) recovery = NULL;
  g_autoptr(AcStats) stats = ac_test_stats (journal, today);
  GDate day;
  int baseline;

  ac_test_date (today, &day);
  recovery = ac_recovery_new (journal, &day);
  baseline = ac_recovery_get_baseline (recovery, n_checkins);
  g_assert_cmpint (stats->baseline, ==, baseline);

  return baseline;
}

/* Check-ins of @soreness, one a day from @first for @n days. */
static void
add_daily (AcJournal  *journal,
           const char *first,
           guint       n,
           int         soreness)
{
  GDate day;

  ac_test_date (first, &day);
  for (guint i = 0; i < n; i++, g_date_add_days (&day, 1))
    {
      char text[16];

      g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
      ac_test_add_checkin (journal, text, soreness);
    }
}

/* At least 5 check-ins, or the baseline is 0. */
static void
test_baseline_count (void)
{
  g_autoptr(AcJournal) four = ac_test_journal_new ();
  g_autoptr(AcJournal) five = ac_test_journal_new ();
  guint n;

  add_daily (four, "2026-11-01", 4, 3);
  g_assert_cmpint (baseline_of (four, TODAY, &n), ==, 0);
  g_assert_cmpuint (n, ==, 4);

  add_daily (five, "2026-11-01", 5, 3);
  g_assert_cmpint (baseline_of (five, TODAY, &n), ==, 3);
  g_assert_cmpuint (n, ==, 5);
}

/* Only check-ins outside d 0–6 of every session count: d 6 does not, d 7
 * does. */
static void
test_baseline_away_from_sessions (void)
{
  g_autoptr(AcJournal) d6 = ac_test_journal_new ();
  g_autoptr(AcJournal) d7 = ac_test_journal_new ();

  ac_test_add_session (d6, "2026-11-01", 60, "moderate");
  add_daily (d6, "2026-11-07", 5, 4);
  g_assert_cmpint (baseline_of (d6, TODAY, NULL), ==, 0);

  ac_test_add_session (d7, "2026-11-01", 60, "moderate");
  add_daily (d7, "2026-11-08", 5, 4);
  g_assert_cmpint (baseline_of (d7, TODAY, NULL), ==, 4);
}

/* The last 90 days: today - 89 counts, today - 90 does not; check-ins
 * after today are not known. */
static void
test_baseline_window (void)
{
  g_autoptr(AcJournal) in = ac_test_journal_new ();
  g_autoptr(AcJournal) out = ac_test_journal_new ();

  add_daily (in, "2026-11-01", 4, 2);
  ac_test_add_checkin (in, "2026-08-23", 2);
  ac_test_add_checkin (in, "2026-11-21", 2);
  g_assert_cmpint (baseline_of (in, TODAY, NULL), ==, 2);

  add_daily (out, "2026-11-01", 4, 2);
  ac_test_add_checkin (out, "2026-08-22", 2);
  ac_test_add_checkin (out, "2026-11-21", 2);
  g_assert_cmpint (baseline_of (out, TODAY, NULL), ==, 0);
}

/* A median between two whole numbers rounds up. */
static void
test_baseline_median (void)
{
  g_autoptr(AcJournal) half = ac_test_journal_new ();
  g_autoptr(AcJournal) low = ac_test_journal_new ();

  add_daily (half, "2026-11-01", 3, 2);
  add_daily (half, "2026-11-04", 3, 3);
  g_assert_cmpint (baseline_of (half, TODAY, NULL), ==, 3);

  add_daily (low, "2026-11-01", 4, 2);
  add_daily (low, "2026-11-05", 2, 3);
  g_assert_cmpint (baseline_of (low, TODAY, NULL), ==, 2);
}

/* Peaks and recovery in excess: baseline 3, then 6, 4, 3 after a session. */
static void
test_excess_recovery (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  const AcRecoveryPoint *points;
  guint n_points;
  GDate day;

  add_daily (journal, "2026-10-20", 5, 3);
  ac_test_add_session (journal, "2026-11-10", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-11", 6);
  ac_test_add_checkin (journal, "2026-11-12", 4);
  ac_test_add_checkin (journal, "2026-11-13", 3);

  ac_test_date (TODAY, &day);
  recovery = ac_recovery_new (journal, &day);
  g_assert_cmpint (ac_recovery_get_baseline (recovery, NULL), ==, 3);
  points = ac_recovery_get_points (recovery, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 3);
  g_assert_cmpint (points[0].soreness, ==, 6);
  g_assert_cmpint (points[0].excess, ==, 3);
  g_assert_cmpint (points[2].excess, ==, 0);
  g_assert_cmpint (ac_recovery_get_peak (recovery, 0), ==, 3);
  /* 4 is an excess of 1: recovered on d 2. */
  g_assert_cmpint (ac_recovery_get_days_to_recover (recovery, 0), ==, 2);
}

/* Issue 13: someone with a daily back pain of 3 got "see a professional"
 * on days 7–13 after every fortnightly session. */
static AcJournal *
journal_daily_back_pain (void)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *sessions[] = { "2026-09-03", "2026-09-17", "2026-10-01", "2026-10-15",
                             "2026-10-29", "2026-11-12" };

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    ac_test_add_session (journal, sessions[i], 60, "moderate");
  add_daily (journal, "2026-09-01", 72, 3);
  ac_test_add_checkin (journal, "2026-11-12", 4);
  ac_test_add_checkin (journal, "2026-11-13", 4);
  add_daily (journal, "2026-11-14", 6, 3);

  return journal;
}

static void
test_story_daily_back_pain (void)
{
  g_autoptr(AcJournal) journal = journal_daily_back_pain ();
  g_autoptr(AcJournal) worse = journal_daily_back_pain ();

  g_assert_cmpint (baseline_of (journal, TODAY, NULL), ==, 3);
  for (guint d = 7; d <= 8; d++)
    {
      g_autofree char *today = g_strdup_printf ("2026-11-%02u", 12 + d);

      g_assert_false (ac_test_fires (journal, today, "soreness-persistent"));
      g_assert_false (ac_test_fires (journal, today, "soreness-lingering"));
    }

  /* A 4 the day after is an excess of 1: mild, and normal. */
  ac_test_assert_reason (journal, "2026-11-13", "soreness-normal",
                         "Soreness 4 on 13 Nov, 1 day after your moderate session of 12 Nov. "
                         "The day before, it was 4. "
                         "On days away from your sessions, your soreness is usually 3.");

  /* 5 on d 8 is 2 above it, and a rise of 2: that is worth checking. */
  ac_test_add_checkin (worse, "2026-11-20", 5);
  ac_test_assert_reason (worse, TODAY, "soreness-persistent",
                         "Your soreness rose from 3 on 14 Nov to 5 on 20 Nov, 2 and 8 days after "
                         "your moderate session of 12 Nov. Soreness 5 on 20 Nov, 8 days after your moderate session of 12 Nov. "
                         "On days away from your sessions, your soreness is usually 3.");
}

/* Attributed at d 14, not at d 15. */
static void
test_attribution_days (void)
{
  g_autoptr(AcJournal) d14 = ac_test_journal_new ();
  g_autoptr(AcJournal) d15 = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  guint n_points;
  GDate day;

  ac_test_add_session (d14, "2026-11-01", 60, "deep");
  ac_test_add_checkin (d14, "2026-11-15", 4);
  ac_test_assert_reason (d14, "2026-11-15", "soreness-persistent",
                         "Soreness 4 on 15 Nov, 14 days after your deep session of 1 Nov.");

  ac_test_add_session (d15, "2026-11-01", 60, "deep");
  ac_test_add_checkin (d15, "2026-11-16", 4);
  ac_test_assert_quiet (d15, "2026-11-16", "soreness-persistent");
  ac_test_assert_quiet (d15, "2026-11-16", "soreness-lingering");
  ac_test_date ("2026-11-16", &day);
  recovery = ac_recovery_new (d15, &day);
  g_assert_null (ac_recovery_get_points (recovery, 0, &n_points));
  g_assert_cmpuint (n_points, ==, 0);
}

/* When both list areas they must share one; when either lists none, the
 * day alone decides. */
static void
test_attribution_areas (void)
{
  const struct {
    AcArea worked, sore;
    gboolean attributed;
  } cases[] = {
    { AC_AREA_NECK, AC_AREA_CALVES, FALSE },
    { AC_AREA_NECK, AC_AREA_NECK, TRUE },
    { AC_AREA_NECK | AC_AREA_SHOULDERS, AC_AREA_SHOULDERS | AC_AREA_ARMS, TRUE },
    { AC_AREA_NECK, AC_AREA_NONE, TRUE },
    { AC_AREA_NONE, AC_AREA_CALVES, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJournal) journal = ac_test_journal_new ();

      ac_test_add_session_areas (journal, "2026-11-19", 60, "moderate", cases[i].worked);
      ac_test_add_checkin_areas (journal, TODAY, 3, cases[i].sore);
      g_assert_cmpint (ac_test_fires (journal, TODAY, "soreness-normal"), ==, cases[i].attributed);
    }
}

/* Issue 13: sore calves blamed on a neck massage. */
static void
test_story_calves_after_neck (void)
{
  g_autoptr(AcJournal) calves = ac_test_journal_new ();
  g_autoptr(AcJournal) neck = ac_test_journal_new ();

  ac_test_add_session_areas (calves, "2026-11-17", 60, "deep", AC_AREA_NECK);
  ac_test_add_checkin_areas (calves, "2026-11-18", 5, AC_AREA_CALVES);
  ac_test_add_checkin_areas (calves, TODAY, 5, AC_AREA_CALVES);
  ac_test_assert_quiet (calves, "2026-11-18", "soreness-normal");
  ac_test_assert_quiet (calves, TODAY, "soreness-lingering");

  ac_test_add_session_areas (neck, "2026-11-17", 60, "deep", AC_AREA_NECK);
  ac_test_add_checkin_areas (neck, "2026-11-18", 5, AC_AREA_NECK);
  ac_test_add_checkin_areas (neck, TODAY, 5, AC_AREA_NECK);
  ac_test_assert_fires (neck, "2026-11-18", "soreness-normal");
  ac_test_assert_fires (neck, TODAY, "soreness-lingering");
}

/* Issue 13: a fresh ankle sprain (feet) blamed on a back massage 12 days
 * earlier. */
static void
test_story_ankle_after_back (void)
{
  g_autoptr(AcJournal) ankle = ac_test_journal_new ();
  g_autoptr(AcJournal) back = ac_test_journal_new ();
  const AcArea worked = AC_AREA_UPPER_BACK | AC_AREA_LOWER_BACK;

  ac_test_add_session_areas (ankle, "2026-11-08", 60, "moderate", worked);
  ac_test_add_checkin_areas (ankle, TODAY, 6, AC_AREA_FEET);
  ac_test_assert_quiet (ankle, TODAY, "soreness-persistent");
  ac_test_assert_quiet (ankle, TODAY, "soreness-lingering");

  ac_test_add_session_areas (back, "2026-11-08", 60, "moderate", worked);
  ac_test_add_checkin_areas (back, TODAY, 6, AC_AREA_LOWER_BACK);
  ac_test_assert_fires (back, TODAY, "soreness-persistent");
}

/* soreness-persistent is quiet once a later attributed check-in is
 * recovered; a later check-in about another area says nothing of it. */
static void
test_persistent_quiet_when_recovered (void)
{
  g_autoptr(AcJournal) calves = ac_test_journal_new ();
  g_autoptr(AcJournal) neck = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcCheckin *sore;
  AcAdvice *item;

  ac_test_add_session_areas (calves, "2026-11-10", 60, "deep", AC_AREA_NECK);
  sore = ac_test_add_checkin_areas (calves, "2026-11-18", 3, AC_AREA_NECK);
  ac_test_add_checkin_areas (calves, "2026-11-19", 0, AC_AREA_CALVES);
  advice = ac_test_advice (calves, TODAY);
  item = ac_test_find (advice, "soreness-persistent");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 3 on 18 Nov, 8 days after your deep session of 10 Nov.");
  /* The hold's clearance reads the dates of the check-ins that made it
   * fire. */
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);
  g_assert_cmpstr (ac_advice_get_checkin_ids (item)[0], ==, ac_record_get_id (AC_RECORD (sore)));

  ac_test_add_session_areas (neck, "2026-11-10", 60, "deep", AC_AREA_NECK);
  ac_test_add_checkin_areas (neck, "2026-11-18", 3, AC_AREA_NECK);
  ac_test_add_checkin_areas (neck, "2026-11-19", 1, AC_AREA_NECK);
  ac_test_assert_quiet (neck, TODAY, "soreness-persistent");
}

/* soreness-severe needs no attribution; its reason names a session only
 * when the check-in is attributed to it. */
static void
test_severe_attributed_or_not (void)
{
  g_autoptr(AcJournal) calves = ac_test_journal_new ();
  g_autoptr(AcJournal) neck = ac_test_journal_new ();

  ac_test_add_session_areas (calves, "2026-11-18", 60, "deep", AC_AREA_NECK);
  ac_test_add_checkin_areas (calves, TODAY, 8, AC_AREA_CALVES);
  ac_test_assert_reason (calves, TODAY, "soreness-severe", "Soreness 8 on 20 Nov.");

  ac_test_add_session_areas (neck, "2026-11-18", 60, "deep", AC_AREA_NECK);
  ac_test_add_checkin_areas (neck, TODAY, 8, AC_AREA_NECK);
  ac_test_assert_reason (neck, TODAY, "soreness-severe",
                         "Soreness 8 on 20 Nov, 2 days after your deep session of 18 Nov.");
}

/* The soreness rules speak of the latest session with attributed
 * check-ins in the last 7 days, not of the latest session. */
static void
test_latest_session_with_checkins (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session_areas (journal, "2026-11-10", 60, "moderate", AC_AREA_LOWER_BACK);
  ac_test_add_checkin_areas (journal, "2026-11-13", 5, AC_AREA_LOWER_BACK);
  ac_test_add_session_areas (journal, "2026-11-18", 60, "moderate", AC_AREA_NECK);
  ac_test_add_checkin_areas (journal, "2026-11-19", 3, AC_AREA_CALVES);

  ac_test_assert_reason (journal, "2026-11-19", "soreness-lingering",
                         "Soreness 5 on 13 Nov, 3 days after your moderate session of 10 Nov.");
  ac_test_assert_quiet (journal, "2026-11-19", "soreness-normal");
  /* 13 Nov leaves the last 7 days on 20 Nov. */
  ac_test_assert_quiet (journal, TODAY, "soreness-lingering");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/baseline/count", test_baseline_count);
  g_test_add_func ("/guidance/baseline/away-from-sessions", test_baseline_away_from_sessions);
  g_test_add_func ("/guidance/baseline/window", test_baseline_window);
  g_test_add_func ("/guidance/baseline/median", test_baseline_median);
  g_test_add_func ("/guidance/baseline/excess-recovery", test_excess_recovery);
  g_test_add_func ("/guidance/baseline/story-daily-back-pain", test_story_daily_back_pain);
  g_test_add_func ("/guidance/baseline/attribution-days", test_attribution_days);
  g_test_add_func ("/guidance/baseline/attribution-areas", test_attribution_areas);
  g_test_add_func ("/guidance/baseline/story-calves-after-neck", test_story_calves_after_neck);
  g_test_add_func ("/guidance/baseline/story-ankle-after-back", test_story_ankle_after_back);
  g_test_add_func ("/guidance/baseline/persistent-quiet-when-recovered", test_persistent_quiet_when_recovered);
  g_test_add_func ("/guidance/baseline/severe-attributed-or-not", test_severe_attributed_or_not);
  g_test_add_func ("/guidance/baseline/latest-session-with-checkins", test_latest_session_with_checkins);

  return g_test_run ();
}
