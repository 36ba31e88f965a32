/* test-usual-start.c — the time of day sessions usually start
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-session.h"
#include "ac-session-overlap.h"
#include "ac-usual-start.h"

static void
add_at (AcJournal  *journal,
        const char *iso_start)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso_start, NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_MODERATE);

  g_assert_true (ac_journal_add_session (journal, session, NULL));
}

static AcJournal *
journal_at (const char * const *starts)
{
  AcJournal *journal = ac_journal_new ();

  for (guint i = 0; starts[i] != NULL; i++)
    add_at (journal, starts[i]);
  return journal;
}

/* Three sessions make a habit: two don't. */
static void
test_habit (void)
{
  const char *two[] = { "2026-01-05T18:30:00Z", "2026-01-12T18:30:00Z", NULL };
  const char *three[] = { "2026-01-05T18:30:00Z", "2026-01-12T18:30:00Z", "2026-01-19T07:00:00Z", NULL };
  g_autoptr(AcJournal) empty = ac_journal_new ();
  g_autoptr(AcJournal) journal = journal_at (two);
  int hour = -1, minute = -1;

  g_assert_false (ac_usual_start_time (empty, &hour, &minute));
  g_assert_false (ac_usual_start_time (journal, &hour, &minute));
  g_assert_cmpint (hour, ==, -1);
  g_clear_object (&journal);

  journal = journal_at (three);
  g_assert_true (ac_usual_start_time (journal, &hour, &minute));
  g_assert_cmpint (hour, ==, 18);
  g_assert_cmpint (minute, ==, 30);
}

/* The middle of the latest ten, on each session's own clock, to the
 * nearest quarter hour: 7 minutes past go down, 8 go up. */
static void
test_middle_and_rounding (void)
{
  const struct {
    const char *starts[12];
    int hour, minute;
  } cases[] = {
    { { "2026-01-01T10:07:00Z", "2026-01-02T10:07:00Z", "2026-01-03T10:07:00Z" }, 10, 0 },
    { { "2026-01-01T10:08:00Z", "2026-01-02T10:08:00Z", "2026-01-03T10:08:00Z" }, 10, 15 },
    /* Four: between the middle two, 09:00 and 10:00. */
    { { "2026-01-01T08:00:00Z", "2026-01-02T09:00:00Z", "2026-01-03T10:00:00Z",
        "2026-01-04T20:00:00Z" }, 9, 30 },
    /* The clock of the place: 18:30 in Berlin is 17:30 UTC. */
    { { "2026-01-01T18:30:00+01:00", "2026-01-02T18:30:00+01:00", "2026-01-03T18:30:00+01:00" }, 18, 30 },
    /* Late at night stays on the day. */
    { { "2026-01-01T23:55:00Z", "2026-01-02T23:55:00Z", "2026-01-03T23:55:00Z" }, 23, 45 },
    /* Only the latest ten count: six mornings and four evenings, after
     * two older evenings that would make the middle 13:30. */
    { { "2025-01-01T19:00:00Z", "2025-01-02T19:00:00Z",
        "2026-01-01T19:00:00Z", "2026-01-02T19:00:00Z", "2026-01-03T19:00:00Z", "2026-01-04T19:00:00Z",
        "2026-01-05T08:00:00Z", "2026-01-06T08:00:00Z", "2026-01-07T08:00:00Z", "2026-01-08T08:00:00Z",
        "2026-01-09T08:00:00Z", "2026-01-10T08:00:00Z" }, 8, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *starts[13] = { NULL };
      g_autoptr(AcJournal) journal = NULL;
      int hour, minute;

      for (guint j = 0; j < G_N_ELEMENTS (cases[i].starts); j++)
        starts[j] = cases[i].starts[j];
      journal = journal_at (starts);
      g_assert_true (ac_usual_start_time (journal, &hour, &minute));
      g_assert_cmpint (hour, ==, cases[i].hour);
      g_assert_cmpint (minute, ==, cases[i].minute);
    }
}

/* Each starts before the other ends: touching is not overlapping; a
 * session is not compared with itself; a long one reaches the next. */
static void
test_overlap (void)
{
  const char *starts[] = { "2026-03-02T18:00:00Z", "2026-03-03T09:00:00Z", NULL };
  g_autoptr(AcJournal) journal = journal_at (starts);
  g_autoptr(AcSession) first = g_list_model_get_item (ac_journal_get_sessions (journal), 0);
  const struct {
    const char *start;
    int         minutes;
    int         overlaps;  /* -1 none, else the journal's session */
  } cases[] = {
    { "2026-03-02T17:00:00Z", 60, -1 },   /* ends as 18:00 starts */
    { "2026-03-02T17:01:00Z", 60, 0 },    /* a minute into it */
    { "2026-03-02T18:59:00Z", 30, 0 },    /* its last minute */
    { "2026-03-02T19:00:00Z", 30, -1 },   /* starts as it ends */
    { "2026-03-02T18:00:00Z", 60, 0 },    /* the same time */
    { "2026-03-02T23:01:00Z", 600, 1 },   /* ten hours, into the morning's */
    { "2026-03-02T23:00:00Z", 600, -1 },  /* ten hours, ending as it starts */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (cases[i].start, NULL);
      g_autoptr(AcSession) session = ac_session_new (start, cases[i].minutes, AC_PRESSURE_DEEP);
      AcSession *found = ac_journal_find_overlapping_session (journal, session);

      if (cases[i].overlaps < 0)
        g_assert_null (found);
      else
        {
          g_autoptr(AcSession) expected = g_list_model_get_item (ac_journal_get_sessions (journal),
                                                                 cases[i].overlaps);

          g_assert_nonnull (found);
          g_assert_cmpstr (ac_session_get_id (found), ==, ac_session_get_id (expected));
        }
    }

  /* The journal's own session, or an edit of it, is not its own overlap. */
  g_assert_null (ac_journal_find_overlapping_session (journal, first));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session-times/usual-habit", test_habit);
  g_test_add_func ("/session-times/usual-middle-and-rounding", test_middle_and_rounding);
  g_test_add_func ("/session-times/overlap", test_overlap);

  return g_test_run ();
}
