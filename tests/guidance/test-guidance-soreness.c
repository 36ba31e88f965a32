/* test-guidance-soreness.c — soreness-normal, -lingering, -persistent and
 * -severe, at their thresholds, and only while they speak of now (the
 * baseline and attribution they rest on: test-guidance-baseline.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-soreness"

#include "config.h"

#include "ac-test-journal.h"

/* A deep session on 20 Nov (d 0), after one on 6 Nov. */
static AcJournal *
journal_new (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-06", 60, "moderate");
  ac_test_add_session (journal, "2026-11-20T18:30:00+01:00", 60, "deep");

  return journal;
}

static void
test_normal (void)
{
  g_autoptr(AcJournal) journal = journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (journal, "2026-11-20", 4);
  ac_test_add_checkin (journal, "2026-11-21", 3);

  advice = ac_test_advice (journal, "2026-11-21");
  item = ac_test_find (advice, "soreness-normal");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_STUDY);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Some people feel mild soreness for a day or two after a massage, "
                   "especially after deeper work or a first session. It usually eases on "
                   "its own.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 3 on 21 Nov, 1 day after your deep session of 20 Nov. "
                   "The day before, it was 4.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 2);
}

static void
test_normal_higher_than_day_before (void)
{
  g_autoptr(AcJournal) same = journal_new ();
  g_autoptr(AcJournal) higher = journal_new ();

  ac_test_add_checkin (same, "2026-11-21", 4);
  ac_test_add_checkin (same, "2026-11-22", 4);
  ac_test_assert_fires (same, "2026-11-22", "soreness-normal");

  ac_test_add_checkin (higher, "2026-11-21", 4);
  ac_test_add_checkin (higher, "2026-11-22", 5);
  ac_test_assert_quiet (higher, "2026-11-22", "soreness-normal");
}

static void
test_normal_bands (void)
{
  const struct { int soreness; gboolean fires; } cases[] = {
    { 0, FALSE }, { 1, TRUE }, { 6, TRUE }, { 7, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJournal) journal = journal_new ();

      /* No check-in the day before: nothing to be higher than. */
      ac_test_add_checkin (journal, "2026-11-21", cases[i].soreness);
      g_assert_cmpint (ac_test_fires (journal, "2026-11-21", "soreness-normal"), ==, cases[i].fires);
    }
}

static const char *
normal_title (int soreness)
{
  g_autoptr(AcJournal) journal = journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (journal, "2026-11-21", soreness);
  advice = ac_test_advice (journal, "2026-11-21");
  item = ac_test_find (advice, "soreness-normal");
  g_assert_nonnull (item);
  return g_intern_string (ac_advice_get_title (item));
}

/* The title follows the band (issue 13: "Mild soreness is normal" for a 5,
 * which the app calls moderate). */
static void
test_normal_title_by_band (void)
{
  g_assert_cmpstr (normal_title (1), ==, "Mild soreness is normal");
  g_assert_cmpstr (normal_title (3), ==, "Mild soreness is normal");
  g_assert_cmpstr (normal_title (4), ==, "Some soreness is normal");
  g_assert_cmpstr (normal_title (5), ==, "Some soreness is normal");
  g_assert_cmpstr (normal_title (6), ==, "Some soreness is normal");
}

static void
test_normal_days (void)
{
  g_autoptr(AcJournal) d0 = journal_new ();
  g_autoptr(AcJournal) d2 = journal_new ();
  g_autoptr(AcJournal) d3 = journal_new ();

  ac_test_add_checkin (d0, "2026-11-20", 2);
  ac_test_assert_reason (d0, "2026-11-20", "soreness-normal",
                         "Soreness 2 on 20 Nov, the day of your deep session.");
  ac_test_add_checkin (d2, "2026-11-22", 2);
  ac_test_assert_fires (d2, "2026-11-25", "soreness-normal");
  ac_test_add_checkin (d3, "2026-11-23", 2);
  ac_test_assert_quiet (d3, "2026-11-25", "soreness-normal");
}

static void
test_normal_latest_checkin_only (void)
{
  g_autoptr(AcJournal) journal = journal_new ();

  /* The latest check-in on or before today decides; a later one is not
   * known yet. */
  ac_test_add_checkin (journal, "2026-11-21", 3);
  ac_test_add_checkin (journal, "2026-11-24", 3);
  ac_test_assert_fires (journal, "2026-11-21", "soreness-normal");
  ac_test_assert_quiet (journal, "2026-11-24", "soreness-normal");
}

static void
test_lingering (void)
{
  g_autoptr(AcJournal) four = journal_new ();
  g_autoptr(AcJournal) three = journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (four, "2026-11-21", 5);
  ac_test_add_checkin (four, "2026-11-23", 4);
  advice = ac_test_advice (four, "2026-11-23");
  item = ac_test_find (advice, "soreness-lingering");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_APP_RULE);
  /* No usual recovery of the person's own to compare with. */
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Your soreness is lasting longer than the usual 2–3 days. You could "
                   "mention it to your therapist and ask for lighter pressure next time.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);

  /* 3 at d 3 is lower than the peak of 5: easing as it should. */
  ac_test_add_checkin (three, "2026-11-21", 5);
  ac_test_add_checkin (three, "2026-11-23", 3);
  ac_test_assert_quiet (three, "2026-11-23", "soreness-lingering");
}

static void
test_lingering_late (void)
{
  g_autoptr(AcJournal) four = journal_new ();
  g_autoptr(AcJournal) three = journal_new ();

  /* d 5: the peak clause is for d 3 only. */
  ac_test_add_checkin (four, "2026-11-25", 4);
  ac_test_assert_reason (four, "2026-11-25", "soreness-lingering",
                         "Soreness 4 on 25 Nov, 5 days after your deep session of 20 Nov.");
  ac_test_add_checkin (three, "2026-11-25", 3);
  ac_test_assert_quiet (three, "2026-11-25", "soreness-lingering");
}

static void
test_lingering_not_lower_than_peak (void)
{
  g_autoptr(AcJournal) same = journal_new ();
  g_autoptr(AcJournal) lower = journal_new ();
  g_autoptr(AcJournal) none = journal_new ();
  g_autoptr(AcJournal) no_peak = journal_new ();

  ac_test_add_checkin (same, "2026-11-21", 2);
  ac_test_add_checkin (same, "2026-11-22", 3);
  ac_test_add_checkin (same, "2026-11-23", 3);
  ac_test_assert_reason (same, "2026-11-23", "soreness-lingering",
                         "Soreness 3 on 23 Nov, 3 days after your deep session of 20 Nov. "
                         "That is no lower than your highest soreness in the days before (3).");

  ac_test_add_checkin (lower, "2026-11-21", 2);
  ac_test_add_checkin (lower, "2026-11-22", 3);
  ac_test_add_checkin (lower, "2026-11-23", 2);
  ac_test_assert_quiet (lower, "2026-11-23", "soreness-lingering");

  /* No soreness at all does not linger. */
  ac_test_add_checkin (none, "2026-11-21", 0);
  ac_test_add_checkin (none, "2026-11-23", 0);
  ac_test_assert_quiet (none, "2026-11-23", "soreness-lingering");

  /* Version 2: the peak is over d 0–3, so a lone check-in at d 3 is its
   * own peak, and 2 is enough. */
  ac_test_add_checkin (no_peak, "2026-11-23", 2);
  ac_test_assert_reason (no_peak, "2026-11-23", "soreness-lingering",
                         "Soreness 2 on 23 Nov, 3 days after your deep session of 20 Nov.");
}

/* Issue 13: "Soreness is lingering" for a 1 that is "no lower than your
 * highest (1)". The second clause needs an excess of 2. */
static void
test_lingering_not_for_one (void)
{
  g_autoptr(AcJournal) one = journal_new ();
  g_autoptr(AcJournal) two = journal_new ();

  ac_test_add_checkin (one, "2026-11-21", 1);
  ac_test_add_checkin (one, "2026-11-23", 1);
  ac_test_assert_quiet (one, "2026-11-23", "soreness-lingering");

  ac_test_add_checkin (two, "2026-11-21", 2);
  ac_test_add_checkin (two, "2026-11-23", 2);
  ac_test_assert_fires (two, "2026-11-23", "soreness-lingering");
}

/* The first clause at its edges: d 2 vs 3 with 4, and 3 vs 4 at d 4. */
static void
test_lingering_edges (void)
{
  g_autoptr(AcJournal) d2 = journal_new ();
  g_autoptr(AcJournal) d3 = journal_new ();
  g_autoptr(AcJournal) three = journal_new ();
  g_autoptr(AcJournal) four = journal_new ();

  ac_test_add_checkin (d2, "2026-11-21", 6);
  ac_test_add_checkin (d2, "2026-11-22", 4);
  ac_test_assert_quiet (d2, "2026-11-22", "soreness-lingering");
  ac_test_add_checkin (d3, "2026-11-21", 6);
  ac_test_add_checkin (d3, "2026-11-23", 4);
  ac_test_assert_fires (d3, "2026-11-23", "soreness-lingering");

  ac_test_add_checkin (three, "2026-11-21", 6);
  ac_test_add_checkin (three, "2026-11-24", 3);
  ac_test_assert_quiet (three, "2026-11-24", "soreness-lingering");
  ac_test_add_checkin (four, "2026-11-21", 6);
  ac_test_add_checkin (four, "2026-11-24", 4);
  ac_test_assert_fires (four, "2026-11-24", "soreness-lingering");
}

/* @n deep sessions from 1, 11 and 21 Oct, each back to normal after
 * @days (a check-in of 5 the day after, then 0 on d @days), and a deep
 * session on 20 Nov with soreness 5, then 4 on 23 Nov. */
static AcJournal *
journal_with_usual_recovery (int   days,
                             guint n)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *sessions[] = { "2026-10-21", "2026-10-11", "2026-10-01" };

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (sessions));
  for (guint i = 0; i < n; i++)
    {
      GDate date;
      char text[16];

      ac_test_add_session (journal, sessions[i], 60, "deep");
      ac_test_date (sessions[i], &date);
      g_date_add_days (&date, 1);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
      ac_test_add_checkin (journal, text, 5);
      g_date_add_days (&date, days - 1);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
      ac_test_add_checkin (journal, text, 0);
    }
  ac_test_add_session (journal, "2026-11-20", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-21", 5);
  ac_test_add_checkin (journal, "2026-11-23", 4);

  return journal;
}

/* Issue 13: "more slowly than usual" after a first session. Only with a
 * usual recovery of 3 earlier sessions of the same pressure, and only once
 * the day has reached it. */
static void
test_lingering_usual (void)
{
  g_autoptr(AcJournal) first = ac_test_journal_new ();
  g_autoptr(AcJournal) two_days = journal_with_usual_recovery (2, 3);
  g_autoptr(AcJournal) five_days = journal_with_usual_recovery (5, 3);
  g_autoptr(AcJournal) two_sessions = journal_with_usual_recovery (2, 2);
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (first, "2026-11-20", 60, "deep");
  ac_test_add_checkin (first, "2026-11-21", 5);
  ac_test_add_checkin (first, "2026-11-23", 4);
  advice = ac_test_advice (first, "2026-11-23");
  item = ac_test_find (advice, "soreness-lingering");
  g_assert_nonnull (item);
  g_assert_true (g_str_has_prefix (ac_advice_get_body (item),
                                   "Your soreness is lasting longer than the usual 2–3 days."));
  g_clear_object (&advice);

  advice = ac_test_advice (two_days, "2026-11-23");
  item = ac_test_find (advice, "soreness-lingering");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Your soreness is easing more slowly than usual. You could mention it "
                   "to your therapist and ask for lighter pressure next time.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov. "
                   "After your deep sessions you are usually back to normal within 2 days "
                   "(the middle value of 3 sessions).");
  g_clear_object (&advice);

  /* Usually 5 days: day 3 hasn't reached it. */
  advice = ac_test_advice (five_days, "2026-11-23");
  item = ac_test_find (advice, "soreness-lingering");
  g_assert_nonnull (item);
  g_assert_true (g_str_has_prefix (ac_advice_get_body (item), "Your soreness hasn't eased yet."));
  g_clear_object (&advice);

  /* Two deep sessions are too few, and a moderate one is of another
   * pressure. */
  ac_test_add_session (two_sessions, "2026-11-01", 60, "moderate");
  ac_test_add_checkin (two_sessions, "2026-11-02", 5);
  ac_test_add_checkin (two_sessions, "2026-11-03", 0);
  advice = ac_test_advice (two_sessions, "2026-11-23");
  item = ac_test_find (advice, "soreness-lingering");
  g_assert_nonnull (item);
  g_assert_true (g_str_has_prefix (ac_advice_get_body (item),
                                   "Your soreness is lasting longer than the usual 2–3 days."));
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov.");
}

static void
test_lingering_latest_session_only (void)
{
  g_autoptr(AcJournal) journal = journal_new ();

  /* Lingering after the session of 6 Nov, but there has been one since. */
  ac_test_add_checkin (journal, "2026-11-10", 5);
  ac_test_assert_fires (journal, "2026-11-10", "soreness-lingering");
  ac_test_assert_quiet (journal, "2026-11-21", "soreness-lingering");
}

static void
test_persistent_week (void)
{
  g_autoptr(AcJournal) two = journal_new ();
  g_autoptr(AcJournal) one = journal_new ();
  g_autoptr(AcJournal) early = journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (two, "2026-11-27", 2);
  advice = ac_test_advice (two, "2026-11-27");
  item = ac_test_find (advice, "soreness-persistent");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "If this is still there after a week, or getting worse, it's worth "
                   "checking with a doctor or physiotherapist.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 2 on 27 Nov, 7 days after your deep session of 20 Nov.");

  ac_test_add_checkin (one, "2026-11-27", 1);
  ac_test_assert_quiet (one, "2026-11-27", "soreness-persistent");

  ac_test_add_checkin (early, "2026-11-26", 3);
  ac_test_assert_quiet (early, "2026-11-26", "soreness-persistent");
}

static void
test_persistent_rise (void)
{
  g_autoptr(AcJournal) rise2 = journal_new ();
  g_autoptr(AcJournal) rise1 = journal_new ();
  g_autoptr(AcJournal) before_d2 = journal_new ();

  ac_test_add_checkin (rise2, "2026-11-22", 1);
  ac_test_add_checkin (rise2, "2026-11-24", 3);
  ac_test_assert_reason (rise2, "2026-11-24", "soreness-persistent",
                         "Your soreness rose from 1 on 22 Nov to 3 on 24 Nov, "
                         "2 and 4 days after your deep session of 20 Nov.");

  ac_test_add_checkin (rise1, "2026-11-22", 1);
  ac_test_add_checkin (rise1, "2026-11-24", 2);
  ac_test_assert_quiet (rise1, "2026-11-24", "soreness-persistent");

  /* From d 1 to d 3 is not a rise after d 2. */
  ac_test_add_checkin (before_d2, "2026-11-21", 1);
  ac_test_add_checkin (before_d2, "2026-11-23", 3);
  ac_test_assert_quiet (before_d2, "2026-11-23", "soreness-persistent");
}

static void
test_severe (void)
{
  g_autoptr(AcJournal) journal = journal_new ();
  g_autoptr(AcJournal) six = journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin (journal, "2026-11-21", 7);
  ac_test_add_checkin (journal, "2026-11-22", 8);

  advice = ac_test_advice (journal, "2026-11-23");
  item = ac_test_find (advice, "soreness-severe");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_true (ac_advice_is_alert (item));
  g_assert_true (g_str_has_suffix (ac_advice_get_body (item), "get urgent care."));
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Soreness 7 on 21 Nov, 1 day after your deep session of 20 Nov. "
                   "Soreness 8 on 22 Nov, 2 days after your deep session of 20 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 2);

  /* The last 3 days: 21 Nov counts on 23 Nov, not on 24 Nov. */
  ac_test_assert_reason (journal, "2026-11-24", "soreness-severe",
                         "Soreness 8 on 22 Nov, 2 days after your deep session of 20 Nov.");
  ac_test_assert_quiet (journal, "2026-11-25", "soreness-severe");

  ac_test_add_checkin (six, "2026-11-22", 6);
  ac_test_assert_quiet (six, "2026-11-22", "soreness-severe");
}

static void
test_severe_without_session (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_checkin (journal, "2026-11-22", 9);
  ac_test_assert_reason (journal, "2026-11-22", "soreness-severe", "Soreness 9 on 22 Nov.");
}

/* Soreness rules speak of now: the check-in that makes them fire is in the
 * last 7 days, today - 6 … today. A check-in 6 days before today counts,
 * one 7 days before does not. */
static void
test_normal_recent (void)
{
  g_autoptr(AcJournal) journal = journal_new ();

  ac_test_add_checkin (journal, "2026-11-21", 3);
  ac_test_assert_fires (journal, "2026-11-27", "soreness-normal");
  ac_test_assert_quiet (journal, "2026-11-28", "soreness-normal");
}

static void
test_lingering_recent (void)
{
  g_autoptr(AcJournal) journal = journal_new ();

  ac_test_add_checkin (journal, "2026-11-21", 5);
  ac_test_add_checkin (journal, "2026-11-23", 4);
  ac_test_assert_reason (journal, "2026-11-29", "soreness-lingering",
                         "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov.");
  ac_test_assert_quiet (journal, "2026-11-30", "soreness-lingering");
}

static void
test_persistent_recent (void)
{
  g_autoptr(AcJournal) late = journal_new ();
  g_autoptr(AcJournal) rise = journal_new ();

  ac_test_add_checkin (late, "2026-11-27", 2);
  ac_test_assert_fires (late, "2026-12-03", "soreness-persistent");
  ac_test_assert_quiet (late, "2026-12-04", "soreness-persistent");

  /* A rise counts from the check-in it rises to. */
  ac_test_add_checkin (rise, "2026-11-22", 1);
  ac_test_add_checkin (rise, "2026-11-24", 3);
  ac_test_assert_fires (rise, "2026-11-30", "soreness-persistent");
  ac_test_assert_quiet (rise, "2026-12-01", "soreness-persistent");
}

/* A later check-in of 1 or less: the user has recovered since. */
static void
test_recovered_since (void)
{
  g_autoptr(AcJournal) lingering_two = journal_new ();
  g_autoptr(AcJournal) lingering_one = journal_new ();
  g_autoptr(AcJournal) persistent_two = journal_new ();
  g_autoptr(AcJournal) persistent_one = journal_new ();

  ac_test_add_checkin (lingering_two, "2026-11-21", 5);
  ac_test_add_checkin (lingering_two, "2026-11-23", 4);
  ac_test_add_checkin (lingering_two, "2026-11-24", 2);
  ac_test_assert_reason (lingering_two, "2026-11-24", "soreness-lingering",
                         "Soreness 4 on 23 Nov, 3 days after your deep session of 20 Nov.");

  ac_test_add_checkin (lingering_one, "2026-11-21", 5);
  ac_test_add_checkin (lingering_one, "2026-11-23", 4);
  ac_test_add_checkin (lingering_one, "2026-11-24", 1);
  ac_test_assert_quiet (lingering_one, "2026-11-24", "soreness-lingering");

  ac_test_add_checkin (persistent_two, "2026-11-27", 3);
  ac_test_add_checkin (persistent_two, "2026-11-28", 2);
  ac_test_assert_reason (persistent_two, "2026-11-28", "soreness-persistent",
                         "Soreness 2 on 28 Nov, 8 days after your deep session of 20 Nov.");

  ac_test_add_checkin (persistent_one, "2026-11-27", 3);
  ac_test_add_checkin (persistent_one, "2026-11-28", 1);
  ac_test_assert_quiet (persistent_one, "2026-11-28", "soreness-persistent");
}

/* The audit's journal: a deep session on 1 Oct, sore for a week, then 0. */
static void
test_recovered_long_ago (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-10-01", 60, "deep");
  ac_test_add_checkin (journal, "2026-10-02", 5);
  ac_test_add_checkin (journal, "2026-10-04", 5);
  ac_test_add_checkin (journal, "2026-10-08", 2);
  ac_test_add_checkin (journal, "2026-10-10", 0);
  ac_test_add_checkin (journal, "2026-11-19", 0);
  ac_test_add_checkin (journal, "2026-11-20", 0);

  /* On 8 Oct it lingers and persists ... */
  ac_test_assert_reason (journal, "2026-10-08", "soreness-lingering",
                         "Soreness 5 on 4 Oct, 3 days after your deep session of 1 Oct. "
                         "That is no lower than your highest soreness in the days before (5).");
  ac_test_assert_reason (journal, "2026-10-08", "soreness-persistent",
                         "Soreness 2 on 8 Oct, 7 days after your deep session of 1 Oct.");
  /* ... on 10 Oct it is 0, and 7 weeks later all is quiet. */
  ac_test_assert_quiet (journal, "2026-10-10", "soreness-lingering");
  ac_test_assert_quiet (journal, "2026-10-10", "soreness-persistent");
  ac_test_assert_quiet (journal, "2026-11-20", "soreness-lingering");
  ac_test_assert_quiet (journal, "2026-11-20", "soreness-persistent");
  ac_test_assert_quiet (journal, "2026-11-20", "soreness-normal");
}

/* The audit's stale journals: one session in January 2024, and nothing
 * since. */
static void
test_stale (void)
{
  g_autoptr(AcJournal) normal = ac_test_journal_new ();
  g_autoptr(AcJournal) lingering = ac_test_journal_new ();

  ac_test_add_session (normal, "2024-01-01", 60, "moderate");
  ac_test_add_checkin (normal, "2024-01-02", 3);
  ac_test_assert_fires (normal, "2024-01-02", "soreness-normal");
  ac_test_assert_quiet (normal, "2026-11-22", "soreness-normal");
  /* Nor is the first session news any more. */
  ac_test_assert_fires (normal, "2024-01-02", "first-session");
  ac_test_assert_quiet (normal, "2026-11-22", "first-session");

  ac_test_add_session (lingering, "2024-01-01", 60, "deep");
  ac_test_add_checkin (lingering, "2024-01-04", 5);
  ac_test_add_checkin (lingering, "2024-01-08", 3);
  ac_test_assert_fires (lingering, "2024-01-08", "soreness-lingering");
  ac_test_assert_fires (lingering, "2024-01-08", "soreness-persistent");
  ac_test_assert_quiet (lingering, "2026-11-22", "soreness-lingering");
  ac_test_assert_quiet (lingering, "2026-11-22", "soreness-persistent");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/soreness/normal", test_normal);
  g_test_add_func ("/guidance/soreness/normal-higher-than-day-before", test_normal_higher_than_day_before);
  g_test_add_func ("/guidance/soreness/normal-bands", test_normal_bands);
  g_test_add_func ("/guidance/soreness/normal-title-by-band", test_normal_title_by_band);
  g_test_add_func ("/guidance/soreness/normal-days", test_normal_days);
  g_test_add_func ("/guidance/soreness/normal-latest-checkin-only", test_normal_latest_checkin_only);
  g_test_add_func ("/guidance/soreness/lingering", test_lingering);
  g_test_add_func ("/guidance/soreness/lingering-late", test_lingering_late);
  g_test_add_func ("/guidance/soreness/lingering-not-lower-than-peak", test_lingering_not_lower_than_peak);
  g_test_add_func ("/guidance/soreness/lingering-latest-session-only", test_lingering_latest_session_only);
  g_test_add_func ("/guidance/soreness/lingering-not-for-one", test_lingering_not_for_one);
  g_test_add_func ("/guidance/soreness/lingering-edges", test_lingering_edges);
  g_test_add_func ("/guidance/soreness/lingering-usual", test_lingering_usual);
  g_test_add_func ("/guidance/soreness/persistent-week", test_persistent_week);
  g_test_add_func ("/guidance/soreness/persistent-rise", test_persistent_rise);
  g_test_add_func ("/guidance/soreness/severe", test_severe);
  g_test_add_func ("/guidance/soreness/severe-without-session", test_severe_without_session);
  g_test_add_func ("/guidance/soreness/normal-recent", test_normal_recent);
  g_test_add_func ("/guidance/soreness/lingering-recent", test_lingering_recent);
  g_test_add_func ("/guidance/soreness/persistent-recent", test_persistent_recent);
  g_test_add_func ("/guidance/soreness/recovered-since", test_recovered_since);
  g_test_add_func ("/guidance/soreness/recovered-long-ago", test_recovered_long_ago);
  g_test_add_func ("/guidance/soreness/stale", test_stale);

  return g_test_run ();
}
