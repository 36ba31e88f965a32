/* test-guidance-rhythm.c — rhythm-summary, rhythm-irregular and
 * next-session (predicted-soreness: test-guidance-predicted.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-rhythm"

#include "config.h"

#include "ac-test-journal.h"

#define TODAY "2026-11-20"

static void
add_days (AcJournal          *journal,
          const char * const *days,
          const char         *pressure)
{
  for (guint i = 0; days[i] != NULL; i++)
    ac_test_add_session (journal, days[i], 60, pressure);
}

static void
assert_suggested (AcJournal  *journal,
                  const char *today,
                  const char *expected)
{
  g_autoptr(AcStats) stats = ac_test_stats (journal, today);
  GDate date;

  ac_test_date (expected, &date);
  g_assert_true (g_date_valid (&stats->suggested_next));
  g_assert_cmpint (g_date_compare (&stats->suggested_next, &date), ==, 0);
}

static void
test_summary (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;
  const char *days[] = { "2026-08-20", "2026-10-01", "2026-10-29", "2026-11-12", NULL };

  add_days (journal, days, "moderate");
  ac_test_add_session (journal, "2026-11-19", 90, "deep");
  advice = ac_test_advice (journal, TODAY);
  item = ac_test_find (advice, "rhythm-summary");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_APP_RULE);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_RHYTHM);
  /* Gaps 42, 28, 14, 7: median 21. */
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Last 30 days: 3 sessions. Last 90 days: 4 sessions. "
                   "Usually 21 days apart, 60 minutes, moderate pressure.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "Based on your 5 sessions from 20 Aug to 19 Nov.");
}

static void
test_summary_needs_two (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-19", 60, "light");
  ac_test_add_planned (journal, "2026-11-26", 60, "light");
  ac_test_assert_quiet (journal, TODAY, "rhythm-summary");
  ac_test_add_session (journal, "2026-11-12", 60, "light");
  ac_test_assert_reason (journal, TODAY, "rhythm-summary", "Based on your 2 sessions from 12 Nov to 19 Nov.");
}

/* Issue 13: "Usually 0 days apart … from 5 Jun to 5 Jun". */
static void
test_summary_same_day (void)
{
  g_autoptr(AcJournal) one_day = ac_test_journal_new ();
  g_autoptr(AcJournal) pairs = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (one_day, "2026-06-05T09:00:00Z", 60, "moderate");
  ac_test_add_session (one_day, "2026-06-05T15:00:00Z", 60, "moderate");
  advice = ac_test_advice (one_day, "2026-06-10");
  item = ac_test_find (advice, "rhythm-summary");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Last 30 days: 2 sessions. Last 90 days: 2 sessions. "
                   "Usually 60 minutes, moderate pressure.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "Based on your 2 sessions on 5 Jun.");
  ac_test_assert_reason (one_day, "2026-06-10", "next-session",
                         "Your last session was on 5 Jun, and most of your sessions are on the "
                         "same day as another. Suggestions stay between 7 and 28 days after "
                         "your last session.");

  /* Gaps 0, 0, 7: the middle gap is 0. */
  ac_test_add_session (pairs, "2026-06-05T09:00:00Z", 60, "light");
  ac_test_add_session (pairs, "2026-06-05T15:00:00Z", 60, "light");
  ac_test_add_session (pairs, "2026-06-12T09:00:00Z", 60, "light");
  ac_test_add_session (pairs, "2026-06-12T15:00:00Z", 60, "light");
  ac_test_assert_reason (pairs, "2026-06-14", "rhythm-summary",
                         "Based on your 4 sessions from 5 Jun to 12 Jun.");
  g_clear_object (&advice);
  advice = ac_test_advice (pairs, "2026-06-14");
  item = ac_test_find (advice, "rhythm-summary");
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Last 30 days: 4 sessions. Last 90 days: 4 sessions. "
                   "Usually more than one session a day, 60 minutes, light pressure.");
}

static void
test_irregular (void)
{
  g_autoptr(AcJournal) irregular = ac_test_journal_new ();
  g_autoptr(AcJournal) short14 = ac_test_journal_new ();
  g_autoptr(AcJournal) long41 = ac_test_journal_new ();
  g_autoptr(AcJournal) three = ac_test_journal_new ();
  /* Gaps 13, 42, 20. */
  const char *a[] = { "2026-08-01", "2026-08-14", "2026-09-25", "2026-10-15", NULL };
  /* Gaps 14, 42, 20. */
  const char *b[] = { "2026-07-31", "2026-08-14", "2026-09-25", "2026-10-15", NULL };
  /* Gaps 13, 41, 20. */
  const char *c[] = { "2026-08-01", "2026-08-14", "2026-09-24", "2026-10-14", NULL };
  /* Gaps 13, 42: three sessions. */
  const char *d[] = { "2026-08-01", "2026-08-14", "2026-09-25", NULL };
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  add_days (irregular, a, "light");
  advice = ac_test_advice (irregular, TODAY);
  item = ac_test_find (advice, "rhythm-irregular");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_TIP);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_PRACTITIONER);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your sessions came as close together as 13 days (1 Aug to 14 Aug) and as "
                   "far apart as 42 days (14 Aug to 25 Sep).");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 4);

  add_days (short14, b, "light");
  ac_test_assert_quiet (short14, TODAY, "rhythm-irregular");
  add_days (long41, c, "light");
  ac_test_assert_quiet (long41, TODAY, "rhythm-irregular");
  add_days (three, d, "light");
  ac_test_assert_quiet (three, TODAY, "rhythm-irregular");
}

static void
test_irregular_same_day (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-08-01T09:00:00Z", 60, "light");
  ac_test_add_session (journal, "2026-08-01T15:00:00Z", 60, "light");
  ac_test_add_session (journal, "2026-08-20", 60, "light");
  ac_test_add_session (journal, "2026-10-10", 60, "light");
  ac_test_assert_reason (journal, TODAY, "rhythm-irregular",
                         "Your sessions came as close together as the same day (1 Aug) and as "
                         "far apart as 51 days (20 Aug to 10 Oct).");
}

static void
test_next_session (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(AcStats) stats = NULL;
  AcAdvice *item;
  GDate expected;

  ac_test_add_session (journal, "2026-11-01", 60, "light");
  ac_test_add_session (journal, "2026-11-15", 60, "light");
  advice = ac_test_advice (journal, TODAY);
  item = ac_test_find (advice, "next-session");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_RHYTHM);
  g_assert_cmpstr (ac_advice_get_body (item), ==, "Around 29 Nov would keep your usual rhythm.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your last session was on 15 Nov, and your sessions are usually 14 days apart.");

  stats = ac_test_stats (journal, TODAY);
  ac_test_date ("2026-11-29", &expected);
  g_assert_true (g_date_valid (&stats->suggested_next));
  g_assert_cmpint (g_date_compare (&stats->suggested_next, &expected), ==, 0);

  /* Not while a session is planned. */
  ac_test_add_planned (journal, "2026-12-20", 60, "light");
  ac_test_assert_quiet (journal, TODAY, "next-session");
}

static void
test_next_session_clamped (void)
{
  g_autoptr(AcJournal) often = ac_test_journal_new ();
  g_autoptr(AcJournal) seldom = ac_test_journal_new ();

  ac_test_add_session (often, "2026-11-16", 60, "light");
  ac_test_add_session (often, "2026-11-19", 60, "light");
  ac_test_assert_reason (often, TODAY, "next-session",
                         "Your last session was on 19 Nov, and your sessions are usually 3 days "
                         "apart. Suggestions stay between 7 and 28 days after your last session.");
  /* Issue 13: not "would keep your usual rhythm" once clamped. */
  {
    g_autoptr(GListModel) advice = ac_test_advice (often, TODAY);

    g_assert_cmpstr (ac_advice_get_body (ac_test_find (advice, "next-session")), ==,
                     "Around 26 Nov would be a good time for your next session.");
  }
  {
    g_autoptr(AcStats) stats = ac_test_stats (often, TODAY);
    GDate expected;

    ac_test_date ("2026-11-26", &expected);
    g_assert_cmpint (g_date_compare (&stats->suggested_next, &expected), ==, 0);
  }

  ac_test_add_session (seldom, "2026-08-01", 60, "light");
  ac_test_add_session (seldom, "2026-10-30", 60, "light");
  {
    g_autoptr(AcStats) stats = ac_test_stats (seldom, TODAY);
    GDate expected;

    ac_test_date ("2026-11-27", &expected);
    g_assert_cmpint (g_date_compare (&stats->suggested_next, &expected), ==, 0);
  }
}

/* The clamp at its bounds: a median gap of 6 and 29 days is clamped, one
 * of 7 and 28 is not. */
static void
test_next_session_clamp_edges (void)
{
  const struct {
    const char *first, *last, *expected, *reason, *body;
  } cases[] = {
    { "2026-11-08", "2026-11-14", "2026-11-21",
      "Your last session was on 14 Nov, and your sessions are usually 6 days apart. "
      "Suggestions stay between 7 and 28 days after your last session.",
      "Around 21 Nov would be a good time for your next session." },
    { "2026-11-07", "2026-11-14", "2026-11-21",
      "Your last session was on 14 Nov, and your sessions are usually 7 days apart.",
      "Around 21 Nov would keep your usual rhythm." },
    { "2026-10-01", "2026-10-29", "2026-11-26",
      "Your last session was on 29 Oct, and your sessions are usually 28 days apart.",
      "Around 26 Nov would keep your usual rhythm." },
    { "2026-09-30", "2026-10-29", "2026-11-26",
      "Your last session was on 29 Oct, and your sessions are usually 29 days apart. "
      "Suggestions stay between 7 and 28 days after your last session.",
      "Around 26 Nov would be a good time for your next session." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJournal) journal = ac_test_journal_new ();
      g_autoptr(GListModel) advice = NULL;

      ac_test_add_session (journal, cases[i].first, 60, "light");
      ac_test_add_session (journal, cases[i].last, 60, "light");
      ac_test_assert_reason (journal, TODAY, "next-session", cases[i].reason);
      advice = ac_test_advice (journal, TODAY);
      g_assert_cmpstr (ac_advice_get_body (ac_test_find (advice, "next-session")), ==, cases[i].body);
      assert_suggested (journal, TODAY, cases[i].expected);
    }
}

static void
test_next_session_passed (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-09-01", 60, "light");
  ac_test_add_session (journal, "2026-09-15", 60, "light");
  ac_test_assert_reason (journal, TODAY, "next-session",
                         "Your last session was on 15 Sep, and your sessions are usually 14 days "
                         "apart. That day has passed, so today is suggested.");
}

/* Light neck sessions on 1 and 11 Nov. */
static void
add_neck_sessions (AcJournal *journal)
{
  ac_test_add_session_areas (journal, "2026-11-01", 60, "light", AC_AREA_NECK);
  ac_test_add_session_areas (journal, "2026-11-11", 60, "light", AC_AREA_NECK);
}

static void
test_next_session_pushed (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  /* Every 10 days: 21 Nov, but soreness 4 today would make a session
   * tomorrow or the day after one while still sore (overtreat-still-sore).
   * The neck sessions didn't cause it, so nothing lingers, but soreness
   * before a session matters wherever it came from. */
  add_neck_sessions (journal);
  ac_test_add_checkin_areas (journal, "2026-11-20", 4, AC_AREA_CALVES);

  advice = ac_test_advice (journal, TODAY);
  item = ac_test_find (advice, "next-session");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Around 23 Nov would be a good time for your next session. "
                   "That's a little later, to give your soreness time to ease.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your last session was on 11 Nov, and your sessions are usually 10 days "
                   "apart. Moved 2 days later: a session on 21 Nov would come while you're "
                   "still sore (soreness 4 on 20 Nov).");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);
  assert_suggested (journal, TODAY, "2026-11-23");
}

static void
test_next_session_not_pushed_by_mild (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-01", 60, "light");
  ac_test_add_session (journal, "2026-11-11", 60, "light");
  ac_test_add_checkin (journal, "2026-11-20", 3);
  assert_suggested (journal, TODAY, "2026-11-21");
}

/* overtreat-still-sore looks at the 2 days before a session: a check-in 2
 * days before 21 Nov holds it back a day, one 3 days before does not. */
static void
test_next_session_pushed_window (void)
{
  g_autoptr(AcJournal) two_days = ac_test_journal_new ();
  g_autoptr(AcJournal) three_days = ac_test_journal_new ();

  add_neck_sessions (two_days);
  ac_test_add_checkin_areas (two_days, "2026-11-19", 4, AC_AREA_CALVES);
  ac_test_assert_reason (two_days, TODAY, "next-session",
                         "Your last session was on 11 Nov, and your sessions are usually 10 days "
                         "apart. Moved 1 day later: a session on 21 Nov would come while you're "
                         "still sore (soreness 4 on 19 Nov).");
  assert_suggested (two_days, TODAY, "2026-11-22");

  add_neck_sessions (three_days);
  ac_test_add_checkin_areas (three_days, "2026-11-18", 4, AC_AREA_CALVES);
  assert_suggested (three_days, TODAY, "2026-11-21");
}

/* No suggested date while soreness-lingering fires: weekly sessions, and
 * on 15 Nov soreness 3 on d 3 is no lower than the peak. Easing to 2, it
 * is today. */
static void
test_next_session_not_while_lingering (void)
{
  g_autoptr(AcJournal) lingering = ac_test_journal_new ();
  g_autoptr(AcJournal) easing = ac_test_journal_new ();
  g_autoptr(AcStats) stats = NULL;

  ac_test_add_session (lingering, "2026-11-01", 60, "light");
  ac_test_add_session (lingering, "2026-11-08", 60, "light");
  ac_test_add_checkin (lingering, "2026-11-09", 3);
  ac_test_add_checkin (lingering, "2026-11-11", 3);
  ac_test_assert_fires (lingering, "2026-11-15", "soreness-lingering");
  ac_test_assert_quiet (lingering, "2026-11-15", "next-session");
  stats = ac_test_stats (lingering, "2026-11-15");
  g_assert_false (g_date_valid (&stats->suggested_next));

  ac_test_add_session (easing, "2026-11-01", 60, "light");
  ac_test_add_session (easing, "2026-11-08", 60, "light");
  ac_test_add_checkin (easing, "2026-11-09", 3);
  ac_test_add_checkin (easing, "2026-11-11", 2);
  ac_test_assert_quiet (easing, "2026-11-15", "soreness-lingering");
  assert_suggested (easing, "2026-11-15", "2026-11-15");
}

/* Weekly deep sessions whose highest soreness rose 4, 5, 7 (issue 13:
 * "Soreness is building up … more time between sessions", then "Around
 * 19 Jun would keep your usual rhythm"). */
static AcJournal *
journal_with_rising_peaks (int gap)
{
  AcJournal *journal = ac_test_journal_new ();
  const int peaks[] = { 4, 5, 7 };
  GDate day;

  ac_test_date ("2026-10-01", &day);
  for (guint i = 0; i < G_N_ELEMENTS (peaks); i++, g_date_add_days (&day, gap))
    {
      char text[16];

      g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
      ac_test_add_session (journal, text, 60, "deep");
      g_date_add_days (&day, 1);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
      ac_test_add_checkin (journal, text, peaks[i]);
      g_date_subtract_days (&day, 1);
    }

  return journal;
}

/* The date moves by half the usual gap, at least 7 days. Today is 4 days
 * after the last session, when the 7 is no longer in the last 3 days
 * (soreness-severe, a hold). */
static void
test_next_session_rising_peaks (void)
{
  g_autoptr(AcJournal) weekly = journal_with_rising_peaks (7);
  g_autoptr(AcJournal) three_weeks = journal_with_rising_peaks (21);
  g_autoptr(GListModel) advice = ac_test_advice (weekly, "2026-10-19");
  AcAdvice *item = ac_test_find (advice, "next-session");

  ac_test_assert_fires (weekly, "2026-10-19", "overtreat-rising-peaks");
  ac_test_assert_quiet (weekly, "2026-10-19", "soreness-severe");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Around 29 Oct would be a good time for your next session. That leaves "
                   "more time between sessions, as your soreness has been building up.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your last session was on 15 Oct, and your sessions are usually 7 days "
                   "apart. Moved 7 days later because each of your last sessions left you "
                   "sorer than the one before.");
  assert_suggested (weekly, "2026-10-19", "2026-10-29");

  /* 21 days: 11 more (10.5, half up). */
  ac_test_assert_reason (three_weeks, "2026-11-16", "next-session",
                         "Your last session was on 12 Nov, and your sessions are usually 21 days "
                         "apart. Moved 11 days later because each of your last sessions left "
                         "you sorer than the one before.");
  assert_suggested (three_weeks, "2026-11-16", "2026-12-14");
}

/* overtreat-load, with a usual session (60 minutes moderate: 120) on the
 * date counted in both loads. Sessions 14 days apart, so the 4 weeks to
 * 1 Nov hold only the one of 18 Oct: 120 against (120 + 199) / 4 is more
 * than 1.5 times. Waiting only lowers the 4 weeks' load. */
static AcJournal *
journal_with_load (int last_minutes)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-09-20", 60, "moderate");
  ac_test_add_session (journal, "2026-10-04", 60, "moderate");
  ac_test_add_session (journal, "2026-10-18", last_minutes, "light");

  return journal;
}

/* A session on the suggested date would make overtreat-load fire (its 120
 * is more than 1.5 times the 4 weeks' weekly average of 79.75), and would
 * on every later date too: the date stays, as waiting cannot help. */
static void
test_next_session_not_pushed_by_load (void)
{
  g_autoptr(AcJournal) journal = journal_with_load (199);
  g_autoptr(GListModel) advice = ac_test_advice (journal, "2026-10-20");
  AcAdvice *item = ac_test_find (advice, "next-session");

  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==, "Around 1 Nov would keep your usual rhythm.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your last session was on 18 Oct, and your sessions are usually 14 days apart.");
  assert_suggested (journal, "2026-10-20", "2026-11-01");
}

/* overtreat-frequency and overtreat-deep-streak fire today, but the date
 * is at least 7 days after the latest session: a session then is alone in
 * its 7 days, and doesn't follow a deep one. */
static void
test_next_session_not_pushed_by_frequency (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-17", 60, "deep");
  ac_test_add_session (journal, "2026-11-18", 60, "deep");
  ac_test_add_session (journal, "2026-11-19", 60, "deep");
  ac_test_add_session (journal, "2026-11-20", 60, "deep");
  ac_test_assert_fires (journal, TODAY, "overtreat-frequency");
  ac_test_assert_fires (journal, TODAY, "overtreat-deep-streak");
  assert_suggested (journal, TODAY, "2026-11-27");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/rhythm/summary", test_summary);
  g_test_add_func ("/guidance/rhythm/summary-needs-two", test_summary_needs_two);
  g_test_add_func ("/guidance/rhythm/summary-same-day", test_summary_same_day);
  g_test_add_func ("/guidance/rhythm/irregular", test_irregular);
  g_test_add_func ("/guidance/rhythm/irregular-same-day", test_irregular_same_day);
  g_test_add_func ("/guidance/rhythm/next-session", test_next_session);
  g_test_add_func ("/guidance/rhythm/next-session-clamped", test_next_session_clamped);
  g_test_add_func ("/guidance/rhythm/next-session-clamp-edges", test_next_session_clamp_edges);
  g_test_add_func ("/guidance/rhythm/next-session-passed", test_next_session_passed);
  g_test_add_func ("/guidance/rhythm/next-session-pushed", test_next_session_pushed);
  g_test_add_func ("/guidance/rhythm/next-session-not-pushed-by-mild", test_next_session_not_pushed_by_mild);
  g_test_add_func ("/guidance/rhythm/next-session-pushed-window", test_next_session_pushed_window);
  g_test_add_func ("/guidance/rhythm/next-session-not-while-lingering", test_next_session_not_while_lingering);
  g_test_add_func ("/guidance/rhythm/next-session-rising-peaks", test_next_session_rising_peaks);
  g_test_add_func ("/guidance/rhythm/next-session-not-pushed-by-load", test_next_session_not_pushed_by_load);
  g_test_add_func ("/guidance/rhythm/next-session-not-pushed-by-frequency", test_next_session_not_pushed_by_frequency);

  return g_test_run ();
}
