/* test-guidance-peaks.c — overtreat-still-sore and -rising-peaks, at
 * their thresholds, in excess soreness
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-peaks"

#include "config.h"

#include "ac-test-journal.h"

#define TODAY "2026-11-20"

/* Five check-ins of @soreness from 10 Sep, away from any session: the
 * baseline on TODAY. */
static void
add_baseline (AcJournal *journal,
              int        soreness)
{
  const char *days[] = { "2026-09-10", "2026-09-11", "2026-09-12", "2026-09-13", "2026-09-14" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_checkin (journal, days[i], soreness);
}

static void
test_still_sore_planned (void)
{
  g_autoptr(AcJournal) four = ac_test_journal_new ();
  g_autoptr(AcJournal) three = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (four, "2026-11-18", 60, "deep");
  ac_test_add_checkin (four, "2026-11-20", 4);
  ac_test_add_planned (four, "2026-11-21", 60, "moderate");

  advice = ac_test_advice (four, TODAY);
  item = ac_test_find (advice, "overtreat-still-sore");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_WATCH_OUT);
  /* Issue 13: "You were still sore before your deep session planned
   * for …": a booking is in the future. */
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your moderate session on 21 Nov is planned while you are still sore: "
                   "soreness 4 on 20 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);

  ac_test_add_session (three, "2026-11-18", 60, "deep");
  ac_test_add_checkin (three, "2026-11-20", 3);
  ac_test_add_planned (three, "2026-11-21", 60, "moderate");
  ac_test_assert_quiet (three, TODAY, "overtreat-still-sore");
}

static void
test_still_sore_window (void)
{
  g_autoptr(AcJournal) two_days = ac_test_journal_new ();
  g_autoptr(AcJournal) three_days = ac_test_journal_new ();
  g_autoptr(AcJournal) eased = ac_test_journal_new ();

  /* 2 days before the session counts ... */
  ac_test_add_checkin (two_days, "2026-11-18", 5);
  ac_test_add_session (two_days, "2026-11-20", 60, "light");
  ac_test_assert_reason (two_days, TODAY, "overtreat-still-sore",
                         "You were still sore before your light session of 20 Nov: "
                         "soreness 5 on 18 Nov.");

  /* ... 3 days before does not. */
  ac_test_add_checkin (three_days, "2026-11-17", 5);
  ac_test_add_session (three_days, "2026-11-20", 60, "light");
  ac_test_assert_quiet (three_days, TODAY, "overtreat-still-sore");

  /* The latest check-in within the 2 days decides. */
  ac_test_add_checkin (eased, "2026-11-18", 5);
  ac_test_add_checkin (eased, "2026-11-19", 2);
  ac_test_add_session (eased, "2026-11-20", 60, "light");
  ac_test_assert_quiet (eased, TODAY, "overtreat-still-sore");
}

static void
test_still_sore_recent_only (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  /* A done session counts while it is in the last 7 days. */
  ac_test_add_checkin (journal, "2026-11-12", 6);
  ac_test_add_session (journal, "2026-11-13", 60, "light");
  ac_test_assert_fires (journal, "2026-11-19", "overtreat-still-sore");
  ac_test_assert_quiet (journal, "2026-11-20", "overtreat-still-sore");
}

/* Still sore is excess 4 or more: with a baseline of 2, 5 is 3 and 6 is
 * 4. */
static void
test_still_sore_excess (void)
{
  g_autoptr(AcJournal) five = ac_test_journal_new ();
  g_autoptr(AcJournal) six = ac_test_journal_new ();

  add_baseline (five, 2);
  ac_test_add_checkin (five, TODAY, 5);
  ac_test_add_planned (five, "2026-11-21", 60, "deep");
  ac_test_assert_quiet (five, TODAY, "overtreat-still-sore");

  add_baseline (six, 2);
  ac_test_add_checkin (six, TODAY, 6);
  ac_test_add_planned (six, "2026-11-21", 60, "deep");
  ac_test_assert_reason (six, TODAY, "overtreat-still-sore",
                         "Your deep session on 21 Nov is planned while you are still sore: "
                         "soreness 6 on 20 Nov. "
                         "On days away from your sessions, your soreness is usually 2.");
}

/* Soreness before a session matters wherever it came from: a sprained
 * ankle before a back massage. */
static void
test_still_sore_any_checkin (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session_areas (journal, "2026-11-08", 60, "moderate", AC_AREA_LOWER_BACK);
  ac_test_add_checkin_areas (journal, TODAY, 6, AC_AREA_FEET);
  ac_test_add_planned (journal, "2026-11-22", 60, "moderate");
  ac_test_assert_reason (journal, TODAY, "overtreat-still-sore",
                         "Your moderate session on 22 Nov is planned while you are still sore: "
                         "soreness 6 on 20 Nov.");
}

static AcJournal *
journal_with_peaks (int first,
                    int second,
                    int third)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-10-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-10-02", first);
  /* A session without check-ins is skipped. */
  ac_test_add_session (journal, "2026-10-10", 60, "moderate");
  ac_test_add_session (journal, "2026-10-20", 60, "moderate");
  ac_test_add_checkin (journal, "2026-10-21", second - 1);
  ac_test_add_checkin (journal, "2026-10-22", second);
  ac_test_add_session (journal, "2026-11-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-11-04", third);
  /* After d 3: not part of the peak. */
  ac_test_add_checkin (journal, "2026-11-05", 10);

  return journal;
}

static void
test_rising_peaks (void)
{
  g_autoptr(AcJournal) rising = journal_with_peaks (2, 3, 4);
  g_autoptr(AcJournal) flat = journal_with_peaks (2, 3, 3);
  g_autoptr(AcJournal) zigzag = journal_with_peaks (2, 4, 3);
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  advice = ac_test_advice (rising, TODAY);
  item = ac_test_find (advice, "overtreat-rising-peaks");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your highest soreness was 2 after your moderate session of 1 Oct, "
                   "3 after your moderate session of 20 Oct and 4 after your moderate "
                   "session of 1 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 3);
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 3);

  ac_test_assert_quiet (flat, TODAY, "overtreat-rising-peaks");
  ac_test_assert_quiet (zigzag, TODAY, "overtreat-rising-peaks");
}

static void
test_rising_peaks_needs_three (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-10-20", 60, "moderate");
  ac_test_add_checkin (journal, "2026-10-21", 2);
  ac_test_add_session (journal, "2026-11-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-11-02", 6);
  ac_test_assert_quiet (journal, TODAY, "overtreat-rising-peaks");
}

/* Peaks are excess: with a baseline of 3, highest soreness of 2, 3 and 4
 * are excesses of 0, 0 and 1, not a build-up. With a baseline of 1 they
 * are 1, 2 and 3, and the reason says what the person noted. */
static void
test_rising_peaks_excess (void)
{
  g_autoptr(AcJournal) three = journal_with_peaks (2, 3, 4);
  g_autoptr(AcJournal) one = journal_with_peaks (2, 3, 4);

  add_baseline (three, 3);
  ac_test_assert_quiet (three, TODAY, "overtreat-rising-peaks");

  add_baseline (one, 1);
  ac_test_assert_reason (one, TODAY, "overtreat-rising-peaks",
                         "Your highest soreness was 2 after your moderate session of 1 Oct, "
                         "3 after your moderate session of 20 Oct and 4 after your moderate "
                         "session of 1 Nov. "
                         "On days away from your sessions, your soreness is usually 1.");
}

/* Peaks come from attributed check-ins only. */
static void
test_rising_peaks_attributed (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session_areas (journal, "2026-10-01", 60, "moderate", AC_AREA_NECK);
  ac_test_add_checkin_areas (journal, "2026-10-02", 2, AC_AREA_NECK);
  ac_test_add_session_areas (journal, "2026-10-15", 60, "moderate", AC_AREA_NECK);
  ac_test_add_checkin_areas (journal, "2026-10-16", 3, AC_AREA_NECK);
  ac_test_add_session_areas (journal, "2026-11-01", 60, "moderate", AC_AREA_NECK);
  ac_test_add_checkin_areas (journal, "2026-11-02", 5, AC_AREA_CALVES);
  ac_test_assert_quiet (journal, TODAY, "overtreat-rising-peaks");
  ac_test_add_checkin_areas (journal, "2026-11-03", 4, AC_AREA_NECK);
  ac_test_assert_fires (journal, TODAY, "overtreat-rising-peaks");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/peaks/still-sore-planned", test_still_sore_planned);
  g_test_add_func ("/guidance/peaks/still-sore-window", test_still_sore_window);
  g_test_add_func ("/guidance/peaks/still-sore-recent-only", test_still_sore_recent_only);
  g_test_add_func ("/guidance/peaks/still-sore-excess", test_still_sore_excess);
  g_test_add_func ("/guidance/peaks/still-sore-any-checkin", test_still_sore_any_checkin);
  g_test_add_func ("/guidance/peaks/rising-peaks", test_rising_peaks);
  g_test_add_func ("/guidance/peaks/rising-peaks-needs-three", test_rising_peaks_needs_three);
  g_test_add_func ("/guidance/peaks/rising-peaks-excess", test_rising_peaks_excess);
  g_test_add_func ("/guidance/peaks/rising-peaks-attributed", test_rising_peaks_attributed);

  return g_test_run ();
}
