/* test-journal.c — changing the journal: every change validated, sorted
 * lists, one check-in per day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-journal.h"

static AcSession *
session_at (const char *start,
            int         minutes)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (start, NULL);

  g_assert_nonnull (dt);
  return ac_session_new (dt, minutes, AC_PRESSURE_MODERATE);
}

static AcCheckin *
checkin_on (int day,
            int soreness)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, 11, 2026);
  return ac_checkin_new (&date, soreness);
}

static void
count_changed (AcJournal *journal,
               guint     *count)
{
  (*count)++;
}

static const char *
session_id_at (AcJournal *journal,
               guint      position)
{
  g_autoptr(AcSession) session = g_list_model_get_item (ac_journal_get_sessions (journal), position);

  return ac_session_get_id (session);
}

/* Sorted by the instant, not by the wall-clock text: 18:00+01:00 (17:00
 * UTC) comes before 17:30+00:00. */
static void
test_sessions_sorted (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) a = session_at ("2026-11-20T17:30:00+00:00", 60);
  g_autoptr(AcSession) b = session_at ("2026-11-20T18:00:00+01:00", 60);
  g_autoptr(AcSession) c = session_at ("2026-11-01T09:00:00+01:00", 60);
  guint changed = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_true (ac_journal_add_session (journal, a, NULL));
  g_assert_true (ac_journal_add_session (journal, b, NULL));
  g_assert_true (ac_journal_add_session (journal, c, NULL));

  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 3);
  g_assert_cmpstr (session_id_at (journal, 0), ==, ac_session_get_id (c));
  g_assert_cmpstr (session_id_at (journal, 1), ==, ac_session_get_id (b));
  g_assert_cmpstr (session_id_at (journal, 2), ==, ac_session_get_id (a));
  g_assert_true (ac_journal_lookup_session (journal, ac_session_get_id (a)) == a);
  g_assert_null (ac_journal_lookup_checkin (journal, ac_session_get_id (a)));
}

static void
test_bad_change_changes_nothing (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) good = session_at ("2026-11-20T17:30:00+00:00", 60);
  g_autoptr(AcSession) bad = session_at ("2026-11-21T17:30:00+00:00", 0);
  g_autoptr(AcSession) twin = NULL;
  g_autoptr(AcCheckin) same_id = checkin_on (21, 3);
  g_autoptr(GError) error = NULL;
  guint64 generation;
  guint changed = 0;

  g_assert_true (ac_journal_add_session (journal, good, NULL));
  generation = ac_journal_get_generation (journal);
  g_signal_connect (journal, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_false (ac_journal_add_session (journal, bad, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "minutes: 0 is out of range 1–600");
  g_assert_false (ac_session_is_sealed (bad));
  g_clear_error (&error);

  /* The same id twice, even across kinds of record. */
  twin = ac_session_copy (good);
  g_assert_false (ac_journal_add_session (journal, twin, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);
  ac_checkin_set_id (same_id, ac_session_get_id (good));
  g_assert_false (ac_journal_add_checkin (journal, same_id, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);

  ac_session_set_minutes (twin, 601);
  g_assert_false (ac_journal_update_session (journal, twin, &error));
  g_assert_cmpstr (error->message, ==, "minutes: 601 is out of range 1–600");
  g_clear_error (&error);

  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (ac_journal_get_generation (journal), ==, generation);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 0);
  g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (journal, ac_session_get_id (good))), ==, 60);
}

/* Every change through the API says so once; a refused one not at all,
 * and check-ins are refused on the same rules as sessions. */
static void
test_changed_signal (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) session = session_at ("2026-11-20T17:30:00+00:00", 60);
  g_autoptr(AcSession) edit = NULL;
  g_autoptr(AcCheckin) checkin = checkin_on (21, 3);
  g_autoptr(AcCheckin) same_day = checkin_on (21, 5);
  g_autoptr(AcCheckin) bad = checkin_on (22, 11);
  g_autoptr(AcCheckin) bad_edit = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_cmpuint (changed, ==, 2);

  edit = ac_session_copy (session);
  ac_session_set_minutes (edit, 90);
  g_assert_true (ac_journal_update_session (journal, edit, NULL));
  g_assert_cmpuint (changed, ==, 3);

  /* A second check-in for a day replaces the first: one change. */
  g_assert_true (ac_journal_add_checkin (journal, same_day, NULL));
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 1);

  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_PREGNANT, NULL));
  g_assert_cmpuint (changed, ==, 5);

  g_assert_false (ac_journal_add_checkin (journal, bad, &error));
  g_assert_cmpstr (error->message, ==, "soreness: 11 is out of range 0–10");
  g_clear_error (&error);
  bad_edit = ac_checkin_copy (same_day);
  ac_checkin_set_soreness (bad_edit, -1);
  g_assert_false (ac_journal_update_checkin (journal, bad_edit, &error));
  g_assert_cmpstr (error->message, ==, "soreness: -1 is out of range 0–10");
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 5);
  g_assert_cmpint (ac_checkin_get_soreness (ac_journal_lookup_checkin (journal, ac_checkin_get_id (same_day))), ==, 5);

  /* Ids are found whatever their case (RFC 4122). */
  {
    g_autofree char *capitals = g_ascii_strup (ac_session_get_id (session), -1);

    g_assert_true (ac_journal_lookup_session (journal, capitals) == ac_journal_lookup_session (journal, ac_session_get_id (session)));
    g_assert_true (ac_journal_remove (journal, capitals, NULL));
  }
  g_assert_cmpuint (changed, ==, 6);
  g_assert_false (ac_journal_remove (journal, ac_session_get_id (session), NULL));
  g_assert_cmpuint (changed, ==, 6);
}

static void
test_update_session (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) early = session_at ("2026-11-01T10:00:00+01:00", 60);
  g_autoptr(AcSession) late = session_at ("2026-11-10T10:00:00+01:00", 60);
  g_autoptr(AcSession) edit = NULL;
  g_autoptr(AcSession) stranger = session_at ("2026-11-10T10:00:00+01:00", 60);
  g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-11-20T10:00:00+01:00", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_journal_add_session (journal, early, NULL));
  g_assert_true (ac_journal_add_session (journal, late, NULL));

  edit = ac_session_copy (early);
  ac_session_set_start (edit, later);
  g_assert_true (ac_journal_update_session (journal, edit, NULL));
  g_assert_cmpstr (session_id_at (journal, 1), ==, ac_session_get_id (early));
  g_assert_true (ac_journal_lookup_session (journal, ac_session_get_id (early)) == edit);
  g_assert_true (ac_session_is_sealed (edit));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 2);

  g_assert_false (ac_journal_update_session (journal, stranger, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND);
}

/* DESIGN.md: at most one check-in per date; a second replaces the first. */
static void
test_one_checkin_per_day (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) first = checkin_on (21, 4);
  g_autoptr(AcCheckin) second = checkin_on (21, 2);
  g_autoptr(AcCheckin) other = checkin_on (22, 1);
  g_autoptr(AcCheckin) moved = NULL;
  GListModel *checkins = ac_journal_get_checkins (journal);

  g_assert_true (ac_journal_add_checkin (journal, first, NULL));
  g_assert_true (ac_journal_add_checkin (journal, second, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 1);
  g_assert_true (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (first)) == second);
  g_assert_null (ac_journal_lookup_checkin (journal, ac_checkin_get_id (first)));

  g_assert_true (ac_journal_add_checkin (journal, other, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 2);

  /* Moving the 22nd's check-in onto the 21st replaces the 21st's. */
  moved = ac_checkin_copy (other);
  ac_checkin_set_date (moved, ac_checkin_get_date (second));
  g_assert_true (ac_journal_update_checkin (journal, moved, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 1);
  g_assert_null (ac_journal_lookup_checkin (journal, ac_checkin_get_id (second)));
  g_assert_true (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (second)) == moved);
  g_assert_null (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (other)));
}

static AcCheckin *
checkin_with (int       day,
              AcSymptom symptoms)
{
  AcCheckin *checkin = checkin_on (day, 3);

  ac_checkin_set_symptoms (checkin, symptoms);
  return checkin;
}

/* A symptom is never removed silently: a same-day replacement that lacks
 * one is refused, names it and the date, and changes nothing; with the
 * flag, or with the symptom listed again, it is made. */
static void
test_add_keeps_symptoms (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) first = checkin_with (15, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_autoptr(AcCheckin) none = checkin_with (15, AC_SYMPTOM_NONE);
  g_autoptr(AcCheckin) one_less = checkin_with (15, AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);
  g_autoptr(AcCheckin) more = checkin_with (15, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING |
                                                AC_SYMPTOM_DARK_URINE);
  g_autoptr(AcCheckin) dropping = checkin_with (15, AC_SYMPTOM_NONE);
  g_autoptr(AcCheckin) other_day = checkin_with (16, AC_SYMPTOM_NONE);
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_true (ac_journal_add_checkin (journal, first, NULL));
  g_assert_cmpuint (changed, ==, 1);

  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, none), ==,
                    AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  g_assert_false (ac_journal_add_checkin (journal, none, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS);
  g_assert_cmpstr (error->message, ==,
                   "The check-in of 2026-11-15 lists “Swelling in one leg”, “Large or unexplained bruising”; "
                   "replacing it would remove those symptoms");
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "symptoms");
  g_clear_error (&error);

  /* One symptom kept, one dropped, one new: still refused, for the one. */
  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, one_less), ==, AC_SYMPTOM_LEG_SWELLING);
  g_assert_false (ac_journal_add_checkin_full (journal, one_less, AC_JOURNAL_CHANGE_DEFAULT, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS);
  g_assert_cmpstr (error->message, ==,
                   "The check-in of 2026-11-15 lists “Swelling in one leg”; "
                   "replacing it would remove that symptom");
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (first)) == first);
  g_assert_false (ac_checkin_is_sealed (none));

  /* A new day replaces nothing. */
  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, other_day), ==, AC_SYMPTOM_NONE);
  g_assert_true (ac_journal_add_checkin (journal, other_day, NULL));

  /* Every symptom listed again, and one more: made. */
  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, more), ==, AC_SYMPTOM_NONE);
  g_assert_true (ac_journal_add_checkin (journal, more, NULL));
  g_assert_true (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (first)) == more);

  /* Said explicitly: made. */
  g_assert_true (ac_journal_add_checkin_full (journal, dropping, AC_JOURNAL_CHANGE_DROP_SYMPTOMS, NULL));
  g_assert_true (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (first)) == dropping);
  g_assert_cmpuint (changed, ==, 4);
}

/* An edit that takes a symptom away, or a move onto a day whose
 * check-in lists one, is refused without the flag; removing the whole
 * check-in is an explicit act and stays allowed. */
static void
test_update_keeps_symptoms (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) swollen = checkin_with (15, AC_SYMPTOM_LEG_SWELLING);
  g_autoptr(AcCheckin) calm = checkin_with (16, AC_SYMPTOM_NONE);
  g_autoptr(AcCheckin) bruised = checkin_with (17, AC_SYMPTOM_BRUISING);
  g_autoptr(AcCheckin) edit = NULL;
  g_autoptr(AcCheckin) move = NULL;
  g_autoptr(AcCheckin) same = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_journal_add_checkin (journal, swollen, NULL));
  g_assert_true (ac_journal_add_checkin (journal, calm, NULL));

  /* Other members change, the symptom stays: fine. */
  same = ac_checkin_copy (swollen);
  ac_checkin_set_soreness (same, 8);
  g_assert_true (ac_journal_update_checkin (journal, same, NULL));

  edit = ac_checkin_copy (same);
  ac_checkin_set_symptoms (edit, AC_SYMPTOM_NONE);
  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, edit), ==, AC_SYMPTOM_LEG_SWELLING);
  g_assert_false (ac_journal_update_checkin (journal, edit, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS);
  g_assert_cmpstr (error->message, ==,
                   "The check-in of 2026-11-15 lists “Swelling in one leg”; "
                   "replacing it would remove that symptom");
  g_clear_error (&error);
  g_assert_true (ac_journal_lookup_checkin (journal, ac_checkin_get_id (same)) == same);

  /* The 16th's check-in moved onto the 15th would replace the swollen one. */
  move = ac_checkin_copy (calm);
  ac_checkin_set_date (move, ac_checkin_get_date (swollen));
  g_assert_cmpuint (ac_journal_get_dropped_symptoms (journal, move), ==, AC_SYMPTOM_LEG_SWELLING);
  g_assert_false (ac_journal_update_checkin_full (journal, move, AC_JOURNAL_CHANGE_DEFAULT, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 2);

  g_assert_true (ac_journal_update_checkin_full (journal, edit, AC_JOURNAL_CHANGE_DROP_SYMPTOMS, NULL));
  g_assert_cmpuint (ac_checkin_get_symptoms (ac_journal_lookup_checkin (journal, ac_checkin_get_id (edit))),
                    ==, AC_SYMPTOM_NONE);

  /* Removing is allowed, symptoms or not. */
  g_assert_true (ac_journal_remove (journal, ac_checkin_get_id (edit), NULL));
  g_assert_true (ac_journal_add_checkin (journal, bruised, NULL));
  g_assert_true (ac_journal_remove (journal, ac_checkin_get_id (bruised), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 1);
}

static void
test_checkins_sorted (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  int days[] = { 15, 3, 28, 9 };
  int last = 0;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(AcCheckin) checkin = checkin_on (days[i], 1);

      g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (ac_journal_get_checkins (journal), i);
      int day = g_date_get_day (ac_checkin_get_date (checkin));

      g_assert_cmpint (day, >, last);
      last = day;
    }
}

/* Undo of a delete puts the very same record back. */
static void
test_remove_and_undo (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) session = session_at ("2026-11-20T17:30:00+00:00", 60);
  g_autoptr(AcCheckin) checkin = checkin_on (21, 3);
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));

  g_assert_true (ac_journal_remove (journal, ac_session_get_id (session), NULL));
  g_assert_true (ac_journal_remove (journal, ac_checkin_get_id (checkin), NULL));
  g_assert_true (ac_journal_is_empty (journal));
  g_assert_null (ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin)));

  g_assert_false (ac_journal_remove (journal, ac_session_get_id (session), &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND);

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 1);
}

static void
test_conditions (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  AcProfile *before = ac_journal_get_profile (journal);

  g_assert_true (ac_journal_is_empty (journal));
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_PREGNANT | AC_CONDITION_CANCER, NULL));
  g_assert_false (ac_journal_is_empty (journal));
  g_assert_true (ac_journal_get_profile (journal) != before);
  g_assert_true (ac_profile_has_condition (ac_journal_get_profile (journal), AC_CONDITION_CANCER));
  g_assert_false (ac_profile_has_condition (ac_journal_get_profile (journal), AC_CONDITION_OSTEOPOROSIS));

  g_assert_false (ac_journal_set_conditions (journal, 1u << 7, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal)), ==,
                    AC_CONDITION_PREGNANT | AC_CONDITION_CANCER);
}

/* A journal of a newer format is read, never changed. */
static void
test_read_only (void)
{
  const char *newer =
    "{\"format\":\"aftercare-journal\",\"version\":3,\"sessions\":[],\"checkins\":["
    "{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":4}]}";
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (newer, -1, "newer.json", NULL);
  g_autoptr(AcSession) session = session_at ("2026-11-20T17:30:00+00:00", 60);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (journal);
  g_assert_true (ac_journal_get_read_only (journal));
  g_assert_cmpuint (ac_journal_get_file_version (journal), ==, 3);

  g_assert_false (ac_journal_add_session (journal, session, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ac_journal_remove (journal, "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ac_journal_set_conditions (journal, AC_CONDITION_CANCER, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 1);
}

static void
test_unsaved_changes (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) checkin = checkin_on (21, 3);

  g_assert_false (ac_journal_has_unsaved_changes (journal));
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_true (ac_journal_has_unsaved_changes (journal));
}

static void
test_precondition (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();

  g_test_expect_message ("ac-journal-changes", G_LOG_LEVEL_CRITICAL, "*AC_IS_SESSION*");
  g_assert_false (ac_journal_add_session (journal, NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal/sessions-sorted", test_sessions_sorted);
  g_test_add_func ("/journal/bad-change-changes-nothing", test_bad_change_changes_nothing);
  g_test_add_func ("/journal/changed-signal", test_changed_signal);
  g_test_add_func ("/journal/update-session", test_update_session);
  g_test_add_func ("/journal/one-checkin-per-day", test_one_checkin_per_day);
  g_test_add_func ("/journal/add-keeps-symptoms", test_add_keeps_symptoms);
  g_test_add_func ("/journal/update-keeps-symptoms", test_update_keeps_symptoms);
  g_test_add_func ("/journal/checkins-sorted", test_checkins_sorted);
  g_test_add_func ("/journal/remove-and-undo", test_remove_and_undo);
  g_test_add_func ("/journal/conditions", test_conditions);
  g_test_add_func ("/journal/read-only", test_read_only);
  g_test_add_func ("/journal/unsaved-changes", test_unsaved_changes);
  g_test_add_func ("/journal/precondition", test_precondition);

  return g_test_run ();
}
