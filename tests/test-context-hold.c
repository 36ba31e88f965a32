/* test-context-hold.c — AcContext:hold, the one hold every view reads:
 * computed again with the journal, its contents and the day, and
 * notified only when it says something else
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ac-context.h"

typedef struct
{
  char            *folder;
  GFile           *file;
  AcJournalKeeper *keeper;
  AcClock         *clock;
  AcContext       *context;
  guint            notified;
} Fixture;

static void
count (guint *n)
{
  (*n)++;
}

static GDateTime *
noon_on (int day,
         int month)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  return g_date_time_new (zone, 2026, month, day, 12, 0, 0);
}

/* A journal file with a check-in that lists swelling in one leg on
 * 20 November 2026, and a context on it whose clock says @today (in
 * November), loaded. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GDate) date = g_date_new_dmy (20, 11, 2026);
  g_autoptr(AcCheckin) checkin = ac_checkin_new (date, 2);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) now = noon_on (GPOINTER_TO_INT (data), 11);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  ac_checkin_set_symptoms (checkin, AC_SYMPTOM_LEG_SWELLING);
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  text = ac_journal_to_data (journal, NULL);

  f->folder = g_dir_make_tmp ("aftercare-context-hold-XXXXXX", NULL);
  path = g_build_filename (f->folder, "journal.json", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  f->file = g_file_new_for_path (path);
  f->keeper = ac_journal_keeper_new (f->file);
  f->clock = ac_clock_new_fixed (now);
  f->context = ac_context_new (f->keeper, f->clock, settings);
  g_signal_connect_swapped (f->context, "notify::hold", G_CALLBACK (count), &f->notified);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (ac_journal_keeper_flush (f->keeper, NULL));
  g_assert_finalize_object (g_steal_pointer (&f->context));
  g_assert_finalize_object (g_steal_pointer (&f->keeper));
  g_clear_object (&f->clock);
  g_clear_object (&f->file);

  dir = g_dir_open (f->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->folder, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->folder);
  g_free (f->folder);
}

static void
load (Fixture *f)
{
  ac_journal_keeper_load (f->keeper);
  while (ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_LOADING)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_READY);
}

static void
add_planned (Fixture *f,
             int      day,
             int      month)
{
  g_autoptr(GDateTime) start = noon_on (day, month);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);

  ac_session_set_planned (session, TRUE);
  g_assert_true (ac_journal_add_session (ac_context_get_journal (f->context), session, NULL));
}

/* No journal, no hold: never NULL. The journal arrives with its hold. */
static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  AcHold *hold = ac_context_get_hold (f->context);
  g_autoptr(AcHold) bound = NULL;

  g_assert_true (AC_IS_HOLD (hold));
  g_assert_false (ac_hold_is_on (hold));

  load (f);
  g_assert_cmpuint (f->notified, ==, 1);
  hold = ac_context_get_hold (f->context);
  g_assert_true (ac_hold_is_on (hold));
  g_assert_cmpstr (ac_hold_get_causes (hold)[0], ==, "leg-swelling");
  g_assert_nonnull (ac_hold_get_title (hold));

  /* The property is the getter's. */
  g_object_get (f->context, "hold", &bound, NULL);
  g_assert_true (bound == hold);

  g_test_expect_message ("ac-context", G_LOG_LEVEL_CRITICAL, "*AC_IS_CONTEXT*");
  g_assert_null (ac_context_get_hold (NULL));
  g_test_assert_expected_messages ();
}

/* A change that leaves the hold as it was is not told; a planned session
 * 14 days ahead joins the sessions to postpone, one 15 days ahead not. */
static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  AcHold *hold;

  load (f);
  f->notified = 0;
  hold = ac_context_get_hold (f->context);

  /* 21 November + 15 */
  add_planned (f, 6, 12);
  g_assert_cmpuint (f->notified, ==, 0);
  g_assert_true (ac_context_get_hold (f->context) == hold);
  g_assert_cmpuint (g_strv_length ((char **) ac_hold_get_postponed_session_ids (hold)), ==, 0);

  /* 21 November + 14 */
  add_planned (f, 5, 12);
  g_assert_cmpuint (f->notified, ==, 1);
  hold = ac_context_get_hold (f->context);
  g_assert_cmpuint (g_strv_length ((char **) ac_hold_get_postponed_session_ids (hold)), ==, 1);
}

/* The red flag is current for 7 days: on 26 November (day 6) the hold is
 * on, on the 27th off, told once. */
static void
test_day_changes (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) day6 = noon_on (26, 11);
  g_autoptr(GDateTime) day7 = noon_on (27, 11);
  load (f);
  ac_clock_set_now (f->clock, day6);
  g_assert_true (ac_hold_is_on (ac_context_get_hold (f->context)));
  f->notified = 0;

  ac_clock_set_now (f->clock, day7);
  g_assert_false (ac_hold_is_on (ac_context_get_hold (f->context)));
  g_assert_cmpuint (f->notified, ==, 1);

  /* Back a day: on again. */
  ac_clock_set_now (f->clock, day6);
  g_assert_true (ac_hold_is_on (ac_context_get_hold (f->context)));
  g_assert_cmpuint (f->notified, ==, 2);
}

/* Another journal (Start New Journal): its hold, here none. */
static void
test_new_journal (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GFile) moved = NULL;

  load (f);
  g_assert_true (ac_hold_is_on (ac_context_get_hold (f->context)));
  f->notified = 0;
  g_assert_true (ac_journal_keeper_flush (f->keeper, NULL));
  g_assert_true (ac_journal_keeper_start_new (f->keeper, &moved, NULL));
  g_assert_false (ac_hold_is_on (ac_context_get_hold (f->context)));
  g_assert_cmpuint (f->notified, ==, 1);
}

/* The keeper records clearances all or none, with their date and note. */
static void
test_add_clearances (Fixture       *f,
                     gconstpointer  data)
{
  const char *bad[] = { "leg-swelling", "no-such-thing", NULL };
  const char *good[] = { "leg-swelling", "soreness-severe", NULL };
  g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  GListModel *clearances;
  AcClearance *clearance;

  load (f);
  clearances = ac_journal_get_clearances (ac_context_get_journal (f->context));

  /* The hold's own causes, which each clearance may change. */
  ids = ac_journal_keeper_add_clearances (f->keeper, today, ac_hold_get_causes (ac_context_get_hold (f->context)),
                                          NULL, NULL);
  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ac_clearance_get_what (ac_journal_lookup_clearance (ac_context_get_journal (f->context), ids[0])),
                   ==, "leg-swelling");
  g_assert_true (ac_journal_remove (ac_context_get_journal (f->context), ids[0], NULL));
  g_clear_pointer (&ids, g_strfreev);

  g_assert_null (ac_journal_keeper_add_clearances (f->keeper, today, bad, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (clearances), ==, 0);

  ids = ac_journal_keeper_add_clearances (f->keeper, today, good, "GP looked at it: fine", NULL);
  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (clearances), ==, 2);
  clearance = ac_journal_lookup_clearance (ac_context_get_journal (f->context), ids[0]);
  g_assert_nonnull (clearance);
  g_assert_cmpstr (ac_clearance_get_what (clearance), ==, "leg-swelling");
  g_assert_cmpstr (ac_clearance_get_note (clearance), ==, "GP looked at it: fine");
  g_assert_cmpint (g_date_compare (ac_clearance_get_date (clearance), today), ==, 0);
  g_assert_true (ac_journal_has_unsaved_changes (ac_context_get_journal (f->context)));

  g_test_expect_message ("ac-journal-keeper", G_LOG_LEVEL_CRITICAL, "*whats != NULL*");
  g_assert_null (ac_journal_keeper_add_clearances (f->keeper, today, NULL, NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/context/hold/load", Fixture, GINT_TO_POINTER (21),
              fixture_set_up, test_load, fixture_tear_down);
  g_test_add ("/context/hold/changes", Fixture, GINT_TO_POINTER (21),
              fixture_set_up, test_changes, fixture_tear_down);
  g_test_add ("/context/hold/day-changes", Fixture, GINT_TO_POINTER (21),
              fixture_set_up, test_day_changes, fixture_tear_down);
  g_test_add ("/context/hold/new-journal", Fixture, GINT_TO_POINTER (21),
              fixture_set_up, test_new_journal, fixture_tear_down);
  g_test_add ("/context/hold/add-clearances", Fixture, GINT_TO_POINTER (22),
              fixture_set_up, test_add_clearances, fixture_tear_down);

  return g_test_run ();
}
