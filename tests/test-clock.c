/* test-clock.c — AcClock, the one source of "now" and "today", and
 * AcContext, which hands it and the journal to the views
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ac-context.h"

static GDateTime *
at (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

static void
assert_today (AcClock *clock,
              int      year,
              int      month,
              int      day)
{
  GDate today;

  ac_clock_get_today (clock, &today);
  g_assert_true (g_date_valid (&today));
  g_assert_cmpint (g_date_get_year (&today), ==, year);
  g_assert_cmpint (g_date_get_month (&today), ==, month);
  g_assert_cmpint (g_date_get_day (&today), ==, day);
}

static void
count (guint *n)
{
  (*n)++;
}

/* A fixed clock stands still; the day changes at midnight in the clock's
 * zone, not before, and once. */
static void
test_fixed_midnight (void)
{
  g_autoptr(GDateTime) start = at ("2031-02-28T23:59:40+01:00");
  g_autoptr(AcClock) clock = ac_clock_new_fixed (start);
  g_autoptr(GDateTime) now = NULL;
  guint days = 0, nows = 0;

  g_assert_true (ac_clock_is_fixed (clock));
  g_signal_connect_swapped (clock, "day-changed", G_CALLBACK (count), &days);
  g_signal_connect_swapped (clock, "notify::now", G_CALLBACK (count), &nows);
  assert_today (clock, 2031, 2, 28);
  now = ac_clock_get_now (clock);
  g_assert_true (g_date_time_equal (now, start));
  g_assert_cmpint (g_time_zone_get_offset (ac_clock_get_timezone (clock), 0), ==, 3600);

  /* 23:59:59: the same day. */
  ac_clock_advance (clock, 19 * G_TIME_SPAN_SECOND);
  assert_today (clock, 2031, 2, 28);
  g_assert_cmpuint (days, ==, 0);
  g_assert_cmpuint (nows, ==, 1);

  /* 00:00:00 on 1 March (2031 is no leap year). */
  ac_clock_advance (clock, G_TIME_SPAN_SECOND);
  assert_today (clock, 2031, 3, 1);
  g_assert_cmpuint (days, ==, 1);

  /* A check on the same day changes nothing. */
  ac_clock_check (clock);
  g_assert_cmpuint (days, ==, 1);

  /* Back a second: the day before again (a corrected clock). */
  ac_clock_advance (clock, -G_TIME_SPAN_SECOND);
  assert_today (clock, 2031, 2, 28);
  g_assert_cmpuint (days, ==, 2);
}

/* Today is the day in the clock's own zone: 23:30 UTC is already the
 * next day in Berlin. */
static void
test_zone (void)
{
  g_autoptr(GDateTime) utc = at ("2026-12-31T23:30:00Z");
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) in_berlin = NULL;
  g_autoptr(AcClock) clock = ac_clock_new_fixed (utc);
  guint days = 0;

  g_assert_nonnull (berlin);
  in_berlin = g_date_time_to_timezone (utc, berlin);
  assert_today (clock, 2026, 12, 31);
  g_signal_connect_swapped (clock, "day-changed", G_CALLBACK (count), &days);
  ac_clock_set_now (clock, in_berlin);
  assert_today (clock, 2027, 1, 1);
  g_assert_cmpuint (days, ==, 1);
}

/* A day months away, set in one step, is one change. */
static void
test_jump (void)
{
  g_autoptr(GDateTime) start = at ("2026-11-22T12:00:00+01:00");
  g_autoptr(GDateTime) later = at ("2031-06-01T08:00:00+02:00");
  g_autoptr(AcClock) clock = ac_clock_new_fixed (start);
  guint days = 0;

  g_signal_connect_swapped (clock, "day-changed", G_CALLBACK (count), &days);
  ac_clock_set_now (clock, later);
  assert_today (clock, 2031, 6, 1);
  g_assert_cmpuint (days, ==, 1);
}

/* The CLI's clock: it stands where it was made; its today is the day of
 * its now (the test does not say which day that is). */
static void
test_stopped (void)
{
  g_autoptr(AcClock) clock = ac_clock_new_stopped ();
  g_autoptr(GDateTime) now = ac_clock_get_now (clock);
  g_autoptr(GDateTime) again = NULL;

  g_assert_true (ac_clock_is_fixed (clock));
  assert_today (clock, g_date_time_get_year (now), g_date_time_get_month (now),
                g_date_time_get_day_of_month (now));
  again = ac_clock_get_now (clock);
  g_assert_true (g_date_time_equal (now, again));
}

/* A following clock tells the same day as its own now, and becomes fixed
 * when a test sets it. */
static void
test_following (void)
{
  g_autoptr(AcClock) clock = ac_clock_new ();
  g_autoptr(GDateTime) now = ac_clock_get_now (clock);
  g_autoptr(GDateTime) set = at ("2026-11-22T12:00:00+01:00");
  GDate today;

  g_assert_false (ac_clock_is_fixed (clock));
  ac_clock_get_today (clock, &today);
  g_assert_true (g_date_valid (&today));
  /* Unless midnight passed between the two looks. */
  if (g_date_get_day (&today) == g_date_time_get_day_of_month (now))
    g_assert_cmpint (g_date_get_month (&today), ==, g_date_time_get_month (now));

  ac_clock_set_now (clock, set);
  g_assert_true (ac_clock_is_fixed (clock));
  assert_today (clock, 2026, 11, 22);
}

static void
test_preconditions (void)
{
  g_autoptr(GDateTime) start = at ("2026-11-22T12:00:00+01:00");
  g_autoptr(AcClock) fixed = ac_clock_new_fixed (start);
  g_autoptr(AcClock) stopped = ac_clock_new_stopped ();
  g_autoptr(GObject) not_clock = g_object_new (G_TYPE_OBJECT, NULL);

  g_test_expect_message ("ac-clock", G_LOG_LEVEL_CRITICAL, "*now != NULL*");
  g_assert_null (ac_clock_new_fixed (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("ac-clock", G_LOG_LEVEL_CRITICAL, "*now != NULL*");
  ac_clock_set_now (fixed, NULL);
  g_test_assert_expected_messages ();
  assert_today (fixed, 2026, 11, 22);

  g_test_expect_message ("ac-clock", G_LOG_LEVEL_CRITICAL, "*AC_IS_CLOCK*");
  g_assert_null (ac_clock_get_now ((AcClock *) not_clock));
  g_test_assert_expected_messages ();
  (void) stopped;
}

/* The context's journal is the keeper's: it changes, with a notification,
 * when the keeper loads another; and the group from
 * ac_context_follow_journal() moves its handlers with it. */
typedef struct
{
  guint      changed;
  guint      bound;
  guint      unbound;
  AcJournal *journal;
} Follower;

static void
on_changed (GObject *follower)
{
  Follower *f = g_object_get_data (follower, "f");

  f->changed++;
}

static void
on_bound (GObject   *follower,
          AcJournal *journal)
{
  Follower *f = g_object_get_data (follower, "f");

  f->bound++;
  f->journal = journal;
}

static void
on_unbound (GObject *follower)
{
  Follower *f = g_object_get_data (follower, "f");

  f->unbound++;
  f->journal = NULL;
}

static void
test_context (void)
{
  g_autofree char *folder = g_dir_make_tmp ("aftercare-clock-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AcJournalKeeper) keeper = ac_journal_keeper_new (file);
  g_autoptr(GDateTime) start = at ("2026-11-22T12:00:00+01:00");
  g_autoptr(AcClock) clock = ac_clock_new_fixed (start);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(AcContext) context = ac_context_new (keeper, clock, settings);
  g_autoptr(GObject) follower_object = g_object_new (G_TYPE_OBJECT, NULL);
  GSignalGroup *group;
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GFile) moved = NULL;
  Follower f = { 0 };
  guint notified = 0;
  GDate today;

  g_assert_true (ac_context_get_keeper (context) == keeper);
  g_assert_true (ac_context_get_clock (context) == clock);
  g_assert_true (ac_context_get_settings (context) == settings);
  ac_context_get_today (context, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 22);
  g_assert_null (ac_context_get_journal (context));

  /* The handlers get @f through the object they die with. */
  g_object_set_data (follower_object, "f", &f);
  group = ac_context_follow_journal (context, G_CALLBACK (on_changed), G_CALLBACK (on_bound),
                                     G_CALLBACK (on_unbound), follower_object);
  g_signal_connect_swapped (context, "notify::journal", G_CALLBACK (count), &notified);
  g_assert_cmpuint (f.bound, ==, 0);

  ac_journal_keeper_load (keeper);
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ac_journal_keeper_get_state (keeper), ==, AC_KEEPER_READY);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (f.bound, ==, 1);
  g_assert_true (f.journal == ac_context_get_journal (context));

  session = ac_session_new (start, 60, AC_PRESSURE_MODERATE);
  g_assert_true (ac_journal_add_session (f.journal, session, NULL));
  g_assert_cmpuint (f.changed, ==, 1);

  /* Another journal: the handlers move to it. */
  g_assert_true (ac_journal_keeper_flush (keeper, NULL));
  g_assert_true (ac_journal_keeper_start_new (keeper, &moved, NULL));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (f.bound, ==, 2);
  g_assert_true (f.journal == ac_context_get_journal (context));
  g_assert_true (ac_journal_is_empty (f.journal));
  g_assert_true (ac_journal_add_session (f.journal, session, NULL));
  g_assert_cmpuint (f.changed, ==, 2);

  g_signal_handlers_disconnect_by_data (group, follower_object);
  g_clear_object (&group);
  g_assert_true (ac_journal_keeper_flush (keeper, NULL));
  g_clear_object (&context);
  g_clear_object (&keeper);

  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (folder, name, NULL);

        g_unlink (child);
      }
  }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/fixed-midnight", test_fixed_midnight);
  g_test_add_func ("/clock/zone", test_zone);
  g_test_add_func ("/clock/jump", test_jump);
  g_test_add_func ("/clock/stopped", test_stopped);
  g_test_add_func ("/clock/following", test_following);
  g_test_add_func ("/clock/preconditions", test_preconditions);
  g_test_add_func ("/context/follows-journal", test_context);

  return g_test_run ();
}
