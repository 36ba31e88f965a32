/* test-guidance-aftercare.c — aftercare-hydrate, aftercare-rest,
 * expect-soreness, first-session, long-gap and new-therapist, at their
 * thresholds
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-aftercare"

#include "config.h"

#include <string.h>

#include "ac-test-journal.h"

/* A moderate session a week before the one under test, so that it is not
 * the first in the journal. */
static AcJournal *
journal_with_history (const char *latest,
                      const char *pressure)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-13", 60, "moderate");
  ac_test_add_session (journal, latest, 60, pressure);

  return journal;
}

static void
test_hydrate (void)
{
  g_autoptr(AcJournal) journal = journal_with_history ("2026-11-20", "moderate");

  ac_test_assert_fires (journal, "2026-11-20", "aftercare-hydrate");
  ac_test_assert_fires (journal, "2026-11-21", "aftercare-hydrate");
  ac_test_assert_quiet (journal, "2026-11-22", "aftercare-hydrate");
  /* Before the session, it is not the latest. */
  ac_test_assert_quiet (journal, "2026-11-19", "aftercare-hydrate");

  ac_test_assert_reason (journal, "2026-11-20", "aftercare-hydrate",
                         "Your moderate session was today, 20 Nov.");
  ac_test_assert_reason (journal, "2026-11-21", "aftercare-hydrate",
                         "Your moderate session was yesterday, 20 Nov.");
}

static void
test_hydrate_item (void)
{
  g_autoptr(AcJournal) journal = journal_with_history ("2026-11-20", "moderate");
  g_autoptr(GListModel) advice = ac_test_advice (journal, "2026-11-21");
  AcAdvice *item = ac_test_find (advice, "aftercare-hydrate");
  AcSession *latest;

  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_TIP);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_GUIDELINE);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_RIGHT_NOW);
  /* GUIDANCE.md's wording, verbatim. */
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Drink to thirst today and tomorrow. There's no need for extra water "
                   "to 'flush toxins' — that idea isn't supported.");

  latest = g_list_model_get_item (ac_journal_get_sessions (journal), 1);
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 1);
  g_assert_cmpstr (ac_advice_get_session_ids (item)[0], ==, ac_session_get_id (latest));
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 0);
  g_object_unref (latest);
}

static void
test_rest (void)
{
  g_autoptr(AcJournal) moderate = journal_with_history ("2026-11-20", "moderate");
  g_autoptr(AcJournal) deep = journal_with_history ("2026-11-20", "deep");

  ac_test_assert_fires (moderate, "2026-11-20", "aftercare-rest");
  ac_test_assert_quiet (moderate, "2026-11-21", "aftercare-rest");

  ac_test_assert_fires (deep, "2026-11-20", "aftercare-rest");
  ac_test_assert_fires (deep, "2026-11-21", "aftercare-rest");
  ac_test_assert_quiet (deep, "2026-11-22", "aftercare-rest");
  ac_test_assert_reason (deep, "2026-11-21", "aftercare-rest",
                         "Your deep session was yesterday, 20 Nov.");
}

static void
test_expect_soreness_deep (void)
{
  g_autoptr(AcJournal) deep = journal_with_history ("2026-11-20", "deep");
  g_autoptr(AcJournal) moderate = journal_with_history ("2026-11-20", "moderate");

  ac_test_assert_fires (deep, "2026-11-20", "expect-soreness");
  ac_test_assert_fires (deep, "2026-11-22", "expect-soreness");
  ac_test_assert_quiet (deep, "2026-11-23", "expect-soreness");
  ac_test_assert_reason (deep, "2026-11-22", "expect-soreness",
                         "Your deep session was 2 days ago, 20 Nov.");

  /* Moderate, a week after the one before: nothing to expect. */
  ac_test_assert_quiet (moderate, "2026-11-20", "expect-soreness");
}

static void
test_expect_soreness_first (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-20", 60, "light");
  ac_test_assert_reason (journal, "2026-11-21", "expect-soreness",
                         "Your light session was yesterday, 20 Nov. "
                         "It was the first session in your journal.");
  ac_test_assert_quiet (journal, "2026-11-23", "expect-soreness");
}

static void
test_expect_soreness_gap (void)
{
  g_autoptr(AcJournal) gap56 = ac_test_journal_new ();
  g_autoptr(AcJournal) gap55 = ac_test_journal_new ();

  /* 25 Sep + 56 days = 20 Nov. */
  ac_test_add_session (gap56, "2026-09-25", 60, "light");
  ac_test_add_session (gap56, "2026-11-20", 60, "light");
  ac_test_add_session (gap55, "2026-09-26", 60, "light");
  ac_test_add_session (gap55, "2026-11-20", 60, "light");

  ac_test_assert_reason (gap56, "2026-11-20", "expect-soreness",
                         "Your light session was today, 20 Nov. "
                         "It came 56 days after the session before.");
  ac_test_assert_quiet (gap55, "2026-11-20", "expect-soreness");
}

static void
test_first_session_latest (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (journal, "2026-11-20", 60, "moderate");
  advice = ac_test_advice (journal, "2026-11-25");
  item = ac_test_find (advice, "first-session");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_INFO);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_PRACTITIONER);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_BEFORE_NEXT);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your moderate session of 20 Nov is the first in your journal.");

  /* In the week after it (d 0–6), and not after. */
  ac_test_assert_fires (journal, "2026-11-26", "first-session");
  ac_test_assert_quiet (journal, "2026-11-27", "first-session");

  ac_test_add_session (journal, "2026-11-24", 60, "moderate");
  ac_test_assert_quiet (journal, "2026-11-25", "first-session");
}

static void
test_first_session_planned (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_planned (journal, "2026-12-01", 60, "light");
  ac_test_assert_reason (journal, "2026-11-25", "first-session",
                         "Your light session planned for 1 Dec is the first in your journal.");

  /* Once a session is done, the planned one is not the first. */
  ac_test_add_session (journal, "2026-11-10", 60, "light");
  ac_test_add_session (journal, "2026-11-17", 60, "light");
  ac_test_assert_quiet (journal, "2026-11-25", "first-session");
}

static void
test_first_session_stale_booking (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  /* A booking in the past that was never marked done is not the latest
   * session, nor the next one ... */
  ac_test_add_planned (journal, "2026-11-01", 60, "light");
  ac_test_assert_quiet (journal, "2026-11-25", "first-session");

  /* ... but it is in the journal, before the next one. */
  ac_test_add_planned (journal, "2026-12-01", 60, "light");
  ac_test_assert_quiet (journal, "2026-11-25", "first-session");
}

/* Every session of the journal that starts before the one in question
 * counts, planned or not, of any date. */
static void
test_first_session_any_session_before (void)
{
  g_autoptr(AcJournal) ahead = ac_test_journal_new ();
  g_autoptr(AcJournal) after = ac_test_journal_new ();
  g_autoptr(AcJournal) far = ac_test_journal_new ();

  /* Logged ahead of time without "planned", then a booking after it. */
  ac_test_add_session (ahead, "2026-12-01", 60, "light");
  ac_test_add_planned (ahead, "2026-12-05", 60, "light");
  ac_test_assert_quiet (ahead, "2026-11-20", "first-session");

  /* A session after the booking doesn't make it any less the first. */
  ac_test_add_planned (after, "2026-12-05", 60, "light");
  ac_test_add_session (after, "2026-12-10", 60, "light");
  ac_test_assert_reason (after, "2026-11-20", "first-session",
                         "Your light session planned for 5 Dec is the first in your journal.");

  /* The audit's far journal, on a day long before any of it. */
  ac_test_add_session (far, "2026-11-01", 60, "moderate");
  ac_test_add_session (far, "2026-11-08", 60, "moderate");
  ac_test_add_planned (far, "9999-12-31T23:59:00+14:00", 600, "deep");
  ac_test_assert_quiet (far, "0001-01-01", "first-session");
}

static void
test_long_gap_latest (void)
{
  g_autoptr(AcJournal) gap56 = ac_test_journal_new ();
  g_autoptr(AcJournal) gap55 = ac_test_journal_new ();

  ac_test_add_session (gap56, "2026-09-25", 60, "light");
  ac_test_add_session (gap56, "2026-11-20", 60, "light");
  ac_test_add_session (gap55, "2026-09-26", 60, "light");
  ac_test_add_session (gap55, "2026-11-20", 60, "light");

  ac_test_assert_reason (gap56, "2026-11-30", "long-gap",
                         "Your session of 20 Nov came 56 days after the one before, on 25 Sep.");
  ac_test_assert_quiet (gap55, "2026-11-30", "long-gap");
}

static void
test_long_gap_planned (void)
{
  g_autoptr(AcJournal) gap56 = ac_test_journal_new ();
  g_autoptr(AcJournal) gap55 = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (gap56, "2026-10-01", 60, "light");
  ac_test_add_planned (gap56, "2026-11-26", 60, "light");
  ac_test_add_session (gap55, "2026-10-01", 60, "light");
  ac_test_add_planned (gap55, "2026-11-25", 60, "light");

  advice = ac_test_advice (gap56, "2026-11-20");
  item = ac_test_find (advice, "long-gap");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_STUDY);
  g_assert_cmpstr (ac_advice_get_evidence_note (item), ==, "Exercise research, by analogy");
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "It's been a while since your last session, so your body may react as "
                   "it did the first time. You might ask for moderate pressure.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Your session planned for 26 Nov comes 56 days after your last one, on 1 Oct.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 2);

  ac_test_assert_quiet (gap55, "2026-11-20", "long-gap");
}

static void
test_new_therapist (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcJournal) same = ac_test_journal_new ();
  g_autoptr(AcJournal) unnamed = ac_test_journal_new ();

  ac_test_add_session_full (journal, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-10", 60, "light", NULL, "Ben", FALSE);
  ac_test_assert_reason (journal, "2026-11-12", "new-therapist",
                         "Your session of 10 Nov was with Ben, whom you hadn't seen before.");

  /* The same name, in another case and with spaces, is not new. */
  ac_test_add_session_full (same, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (same, "2026-11-10", 60, "light", NULL, " ana ", FALSE);
  ac_test_assert_quiet (same, "2026-11-12", "new-therapist");

  /* No name: nothing to say. */
  ac_test_add_session_full (unnamed, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (unnamed, "2026-11-10", 60, "light", NULL, "", FALSE);
  ac_test_assert_quiet (unnamed, "2026-11-12", "new-therapist");
}

static void
test_new_therapist_planned (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcJournal) first = ac_test_journal_new ();

  ac_test_add_session_full (journal, "2026-10-25", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-30", 60, "light", NULL, "Chiara", TRUE);
  ac_test_assert_reason (journal, "2026-11-20", "new-therapist",
                         "Your session planned for 30 Nov is with Chiara, whom you haven't seen before.");

  /* The only session in the journal: there are no other sessions, and
   * first-session speaks instead. */
  ac_test_add_session_full (first, "2026-11-30", 60, "light", NULL, "Chiara", TRUE);
  ac_test_assert_quiet (first, "2026-11-20", "new-therapist");
  ac_test_assert_fires (first, "2026-11-20", "first-session");
}

/* GUIDANCE.md version 2: only when the journal has earlier done sessions.
 * (Version 1 counted planned ones, and told a first-timer about "a new
 * therapist" before any session at all.) */
static void
test_new_therapist_earlier_done (void)
{
  g_autoptr(AcJournal) planned = ac_test_journal_new ();
  g_autoptr(AcJournal) latest = ac_test_journal_new ();
  g_autoptr(AcJournal) one_done = ac_test_journal_new ();

  /* Two bookings and nothing done yet: nobody is new yet, and
   * first-session speaks. */
  ac_test_add_session_full (planned, "2026-11-25", 60, "light", NULL, "Ana", TRUE);
  ac_test_add_session_full (planned, "2026-12-02", 60, "light", NULL, "Ben", TRUE);
  ac_test_assert_quiet (planned, "2026-11-20", "new-therapist");
  ac_test_assert_fires (planned, "2026-11-20", "first-session");

  /* One session done with Ana, the next booked with her too: her first
   * session had nothing before it, and she is no longer new on 30 Nov. */
  ac_test_add_session_full (latest, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_assert_quiet (latest, "2026-11-20", "new-therapist");
  ac_test_add_session_full (latest, "2026-11-30", 60, "light", NULL, "Ana", TRUE);
  ac_test_assert_quiet (latest, "2026-11-20", "new-therapist");

  /* One session done with Ana, the next booked with Ben: Ben is new. */
  ac_test_add_session_full (one_done, "2026-11-01", 60, "light", NULL, "Ana", FALSE);
  ac_test_add_session_full (one_done, "2026-11-30", 60, "light", NULL, "Ben", TRUE);
  ac_test_assert_reason (one_done, "2026-11-20", "new-therapist",
                         "Your session planned for 30 Nov is with Ben, whom you haven't seen before.");
}

/* Only one of expect-soreness, first-session and long-gap speaks about
 * soreness; the others keep their own point. */
static void
test_one_voice_on_soreness (void)
{
  g_autoptr(AcJournal) first = ac_test_journal_new ();
  g_autoptr(AcJournal) gap = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  /* A first-ever deep session, the day after. */
  ac_test_add_session (first, "2026-11-20", 60, "deep");
  advice = ac_test_advice (first, "2026-11-21");
  g_assert_nonnull (ac_test_find (advice, "expect-soreness"));
  item = ac_test_find (advice, "first-session");
  g_assert_nonnull (item);
  g_assert_null (strstr (ac_advice_get_body (item), "sore"));
  g_assert_nonnull (strstr (ac_advice_get_body (item), "Check in each day"));
  g_clear_object (&advice);

  /* d 3: expect-soreness is quiet, and first-session says it. */
  advice = ac_test_advice (first, "2026-11-23");
  g_assert_null (ac_test_find (advice, "expect-soreness"));
  item = ac_test_find (advice, "first-session");
  g_assert_nonnull (strstr (ac_advice_get_body (item), "soreness"));
  g_clear_object (&advice);

  /* A session 56 days after the one before, the next day: expect-soreness
   * speaks of soreness, long-gap only of building up again. */
  ac_test_add_session (gap, "2026-09-25", 60, "light");
  ac_test_add_session (gap, "2026-11-20", 60, "light");
  advice = ac_test_advice (gap, "2026-11-21");
  g_assert_nonnull (ac_test_find (advice, "expect-soreness"));
  item = ac_test_find (advice, "long-gap");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "After a long break, build up again gently: you might ask for moderate "
                   "pressure next time.");
  g_clear_object (&advice);

  /* d 3: long-gap speaks of the latest session itself. */
  advice = ac_test_advice (gap, "2026-11-23");
  item = ac_test_find (advice, "long-gap");
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Your last session came after a long break, so your body may react as it "
                   "did the first time. You might ask for moderate pressure next time, and "
                   "build up again gently.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/aftercare/hydrate", test_hydrate);
  g_test_add_func ("/guidance/aftercare/hydrate-item", test_hydrate_item);
  g_test_add_func ("/guidance/aftercare/rest", test_rest);
  g_test_add_func ("/guidance/aftercare/expect-soreness-deep", test_expect_soreness_deep);
  g_test_add_func ("/guidance/aftercare/expect-soreness-first", test_expect_soreness_first);
  g_test_add_func ("/guidance/aftercare/expect-soreness-gap", test_expect_soreness_gap);
  g_test_add_func ("/guidance/aftercare/first-session-latest", test_first_session_latest);
  g_test_add_func ("/guidance/aftercare/first-session-planned", test_first_session_planned);
  g_test_add_func ("/guidance/aftercare/first-session-stale-booking", test_first_session_stale_booking);
  g_test_add_func ("/guidance/aftercare/first-session-any-session-before", test_first_session_any_session_before);
  g_test_add_func ("/guidance/aftercare/long-gap-latest", test_long_gap_latest);
  g_test_add_func ("/guidance/aftercare/long-gap-planned", test_long_gap_planned);
  g_test_add_func ("/guidance/aftercare/new-therapist", test_new_therapist);
  g_test_add_func ("/guidance/aftercare/new-therapist-planned", test_new_therapist_planned);
  g_test_add_func ("/guidance/aftercare/new-therapist-earlier-done", test_new_therapist_earlier_done);
  g_test_add_func ("/guidance/aftercare/one-voice-on-soreness", test_one_voice_on_soreness);

  return g_test_run ();
}
