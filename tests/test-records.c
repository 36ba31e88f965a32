/* test-records.c — sessions and check-ins, and the rules on their values
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ac-error.h"
#include "ac-journal.h"

static GDateTime *
parse_start (const char *text)
{
  GDateTime *dt = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (dt);
  return dt;
}

static AcSession *
new_session (int minutes)
{
  g_autoptr(GDateTime) start = parse_start ("2026-11-20T18:30:00+01:00");

  return ac_session_new (start, minutes, AC_PRESSURE_DEEP);
}

static void
assert_session_invalid (AcSession  *session,
                        const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ac_session_validate (session, "sessions[3]", &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_session_minutes (void)
{
  struct { int minutes; gboolean valid; } cases[] = {
    { -1, FALSE }, { 0, FALSE }, { 1, TRUE }, { 600, TRUE }, { 601, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcSession) session = new_session (cases[i].minutes);

      if (cases[i].valid)
        g_assert_true (ac_session_validate (session, NULL, NULL));
      else
        {
          g_autofree char *expected =
            g_strdup_printf ("sessions[3].minutes: %d is out of range 1–600", cases[i].minutes);

          assert_session_invalid (session, expected);
        }
    }
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

/* 4,000 characters, not bytes: "é" is two bytes and one character. */
static void
test_session_text (void)
{
  g_autoptr(AcSession) session = new_session (60);
  g_autofree char *at_limit = repeat ("é", 4000);
  g_autofree char *over = repeat ("a", 4001);

  /* Not told, as for a file or a CLI call without one. */
  g_assert_cmpint (ac_session_get_purpose (session), ==, AC_PURPOSE_OTHER);

  ac_session_set_notes (session, at_limit);
  ac_session_set_therapist (session, at_limit);
  g_assert_true (ac_session_validate (session, NULL, NULL));

  ac_session_set_notes (session, over);
  assert_session_invalid (session, "sessions[3].notes: 4001 characters is more than the 4000 allowed");

  ac_session_set_notes (session, "");
  ac_session_set_therapist (session, over);
  assert_session_invalid (session, "sessions[3].therapist: 4001 characters is more than the 4000 allowed");

  ac_session_set_therapist (session, "Ana\xff");
  assert_session_invalid (session, "sessions[3].therapist: is not valid UTF-8 text");
}

static void
test_session_id_and_year (void)
{
  g_autoptr(AcSession) session = new_session (60);
  g_autoptr(GDateTime) old = parse_start ("0999-12-31T23:00:00+00:00");
  g_autoptr(GDateTime) ok = parse_start ("1000-01-01T00:00:00+00:00");

  g_assert_true (g_uuid_string_is_valid (ac_session_get_id (session)));

  ac_session_set_id (session, "not-a-uuid");
  assert_session_invalid (session, "sessions[3].id: “not-a-uuid” is not a UUID");
  ac_session_set_id (session, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f");
  g_assert_true (ac_session_validate (session, NULL, NULL));

  ac_session_set_start (session, old);
  assert_session_invalid (session, "sessions[3].start: year 999 is out of range 1000–9999");
  ac_session_set_start (session, ok);
  g_assert_true (ac_session_validate (session, NULL, NULL));

  ac_session_set_areas (session, 1u << 14);
  assert_session_invalid (session, "sessions[3].areas: holds an area that is not in the list");
}

static void
test_session_without_path (void)
{
  g_autoptr(AcSession) session = new_session (0);
  g_autoptr(GError) error = NULL;

  g_assert_false (ac_session_validate (session, NULL, &error));
  g_assert_cmpstr (error->message, ==, "minutes: 0 is out of range 1–600");
}

/* GUIDANCE.md: the session's day is its start in its own offset. */
static void
test_session_local_date (void)
{
  g_autoptr(GDateTime) late = parse_start ("2026-11-20T23:30:00+02:00");
  g_autoptr(AcSession) session = ac_session_new (late, 60, AC_PRESSURE_LIGHT);
  g_autoptr(GDateTime) early = parse_start ("2026-11-21T00:30:00+02:00");
  g_autoptr(AcSession) after_midnight = ac_session_new (early, 60, AC_PRESSURE_LIGHT);
  g_autoptr(GDateTime) evening = parse_start ("2026-11-20T19:30:00-05:00");
  g_autoptr(AcSession) west = ac_session_new (evening, 60, AC_PRESSURE_LIGHT);
  GDate date;

  /* In UTC it is 21:30 on the 20th, the same day. */
  ac_session_get_local_date (session, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 20);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);
  g_assert_cmpuint (ac_session_get_load (session), ==, 60);

  /* In UTC these are 22:30 on the 20th and 00:30 on the 21st: only the
   * offset they were written with gives the right day. */
  ac_session_get_local_date (after_midnight, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 21);
  ac_session_get_local_date (west, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 20);
}

static void
test_session_copy_equal (void)
{
  g_autoptr(AcSession) session = new_session (60);
  g_autoptr(AcSession) copy = NULL;
  g_autoptr(GDateTime) same_instant = parse_start ("2026-11-20T17:30:00+00:00");

  ac_session_set_therapist (session, "Ana");
  ac_session_set_areas (session, AC_AREA_NECK | AC_AREA_CALVES);
  ac_session_set_planned (session, TRUE);
  ac_session_set_notes (session, "notes");
  ac_session_set_purpose (session, AC_PURPOSE_SPORT);

  copy = ac_session_copy (session);
  g_assert_true (ac_session_equal (session, copy));
  g_assert_cmpstr (ac_session_get_id (copy), ==, ac_session_get_id (session));

  /* The same instant in another zone is another session: the offset is
   * what gives it its day. */
  ac_session_set_start (copy, same_instant);
  g_assert_false (ac_session_equal (session, copy));
}

static void
test_session_sealed (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) session = new_session (60);
  g_autoptr(AcSession) copy = NULL;

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  g_assert_true (ac_session_is_sealed (session));

  /* The sealed flag is the base's, AcRecord. */
  g_test_expect_message ("ac-session", G_LOG_LEVEL_CRITICAL, "*ac_record_is_sealed*");
  ac_session_set_minutes (session, 5);
  g_test_assert_expected_messages ();
  g_assert_cmpint (ac_session_get_minutes (session), ==, 60);

  copy = ac_session_copy (session);
  g_assert_false (ac_session_is_sealed (copy));
  ac_session_set_minutes (copy, 5);
  g_assert_cmpint (ac_session_get_minutes (copy), ==, 5);
}

static AcCheckin *
new_checkin (int soreness)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 21, 11, 2026);
  return ac_checkin_new (&date, soreness);
}

static void
test_checkin_soreness (void)
{
  struct { int soreness; gboolean valid; } cases[] = {
    { -1, FALSE }, { 0, TRUE }, { 10, TRUE }, { 11, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcCheckin) checkin = new_checkin (cases[i].soreness);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (ac_checkin_validate (checkin, "checkins[0]", &error), ==, cases[i].valid);
      if (!cases[i].valid)
        {
          g_autofree char *expected =
            g_strdup_printf ("checkins[0].soreness: %d is out of range 0–10", cases[i].soreness);

          g_assert_cmpstr (error->message, ==, expected);
        }
    }
}

static void
test_checkin_fields (void)
{
  g_autoptr(AcCheckin) checkin = new_checkin (4);
  g_autoptr(AcCheckin) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *over = repeat ("x", 4001);
  g_autofree char *at_limit = repeat ("ü", 4000);
  GDate old;

  ac_checkin_set_symptoms (checkin, AC_SYMPTOM_BRUISING | AC_SYMPTOM_LEG_SWELLING);
  ac_checkin_set_areas (checkin, AC_AREA_NECK);
  g_assert_true (ac_checkin_validate (checkin, NULL, NULL));

  copy = ac_checkin_copy (checkin);
  g_assert_true (ac_checkin_equal (checkin, copy));

  ac_checkin_set_symptoms (copy, 1u << 8);
  g_assert_false (ac_checkin_validate (copy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "symptoms: holds a symptom that is not in the list");
  g_clear_error (&error);
  ac_checkin_set_symptoms (copy, 0);

  ac_checkin_set_areas (copy, 1u << 14);
  g_assert_false (ac_checkin_validate (copy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "areas: holds an area that is not in the list");
  g_clear_error (&error);
  ac_checkin_set_areas (copy, AC_AREA_FEET);

  ac_checkin_set_id (copy, "not-a-uuid");
  g_assert_false (ac_checkin_validate (copy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "id: “not-a-uuid” is not a UUID");
  g_clear_error (&error);
  ac_checkin_set_id (copy, ac_checkin_get_id (checkin));

  ac_checkin_set_notes (copy, at_limit);
  g_assert_true (ac_checkin_validate (copy, NULL, NULL));
  ac_checkin_set_notes (copy, over);
  g_assert_false (ac_checkin_validate (copy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "notes: 4001 characters is more than the 4000 allowed");
  g_clear_error (&error);
  ac_checkin_set_notes (copy, NULL);
  g_assert_cmpstr (ac_checkin_get_notes (copy), ==, "");

  g_date_clear (&old, 1);
  g_date_set_dmy (&old, 31, 12, 999);
  ac_checkin_set_date (copy, &old);
  g_assert_false (ac_checkin_validate (copy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "date: year 999 is out of range 1000–9999");
}

/* Today is the last day a check-in can be for; the error names the
 * field and the rule. */
static void
test_checkin_day (void)
{
  g_autoptr(AcCheckin) checkin = new_checkin (2);
  g_autoptr(GError) error = NULL;
  GDate today, day;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, 12, 2026);

  day = today;
  ac_checkin_set_date (checkin, &day);
  g_assert_true (ac_checkin_validate_day (checkin, &today, NULL));

  g_date_subtract_days (&day, 400);
  ac_checkin_set_date (checkin, &day);
  g_assert_true (ac_checkin_validate_day (checkin, &today, NULL));

  day = today;
  g_date_add_days (&day, 1);
  ac_checkin_set_date (checkin, &day);
  g_assert_false (ac_checkin_validate_day (checkin, &today, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "date");
  g_assert_cmpstr (error->message, ==, "date: a check-in can't be for a day that hasn't come");

  /* A check-in of the future in a file is another matter: still valid. */
  g_assert_true (ac_checkin_validate (checkin, NULL, NULL));
}

static void
test_record_base (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) session = new_session (60);
  g_autoptr(AcCheckin) checkin = new_checkin (3);
  g_autoptr(AcRecord) copy = NULL;

  g_assert_true (AC_IS_RECORD (session));
  g_assert_true (AC_IS_RECORD (checkin));
  g_assert_cmpstr (ac_record_get_id (AC_RECORD (checkin)), ==, ac_checkin_get_id (checkin));

  ac_record_set_id (AC_RECORD (checkin), ac_session_get_id (session));
  g_assert_false (ac_record_equal (AC_RECORD (session), AC_RECORD (checkin)));
  ac_record_set_id (AC_RECORD (checkin), "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");

  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_true (ac_record_is_sealed (AC_RECORD (checkin)));
  g_test_expect_message ("ac-record", G_LOG_LEVEL_CRITICAL, "*sealed*");
  ac_record_set_id (AC_RECORD (checkin), "0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e");
  g_test_assert_expected_messages ();
  g_test_expect_message ("ac-checkin", G_LOG_LEVEL_CRITICAL, "*ac_record_is_sealed*");
  ac_checkin_set_soreness (checkin, 9);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (ac_checkin_get_id (checkin), ==, "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");

  copy = ac_record_copy (AC_RECORD (checkin));
  g_assert_true (AC_IS_CHECKIN (copy));
  g_assert_false (ac_record_is_sealed (copy));
  g_assert_true (ac_record_equal (copy, AC_RECORD (checkin)));
  ac_checkin_set_soreness (AC_CHECKIN (copy), 9);
  g_assert_false (ac_record_equal (copy, AC_RECORD (checkin)));
  g_assert_cmpint (ac_checkin_get_soreness (checkin), ==, 3);
}

/* A refused value's error carries its field and its rule as data: the
 * editors and the codec read them there, never from the message, which a
 * translation may word otherwise. */
static void
test_error_data (void)
{
  g_autoptr(AcSession) session = new_session (0);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  const char *text = "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":[\n"
                     "{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\"start\":\"2026-11-20T18:30:00+01:00\",\n"
                     "\"minutes\":60,\"pressure\":\"deep\",\n\"areas\":[\"elbows\"]}]}";

  g_assert_false (ac_session_validate (session, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "minutes");
  g_assert_cmpstr (ac_journal_error_get_rule (error), ==, "0 is out of range 1–600");
  g_assert_cmpstr (error->message, ==, "minutes: 0 is out of range 1–600");

  /* The data goes with a copy of the error. */
  copy = g_error_copy (error);
  g_assert_cmpstr (ac_journal_error_get_field (copy), ==, "minutes");
  g_clear_error (&error);

  g_assert_false (ac_session_validate (session, "sessions[3]", &error));
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "sessions[3].minutes");
  g_clear_error (&error);

  /* From a file: the field's path and the rule stay data behind the
   * file's name and line. */
  journal = ac_journal_new_from_data (text, -1, "j.json", &error);
  g_assert_null (journal);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "sessions[0].areas[0]");
  g_assert_cmpstr (ac_journal_error_get_rule (error), ==,
                   "“elbows” is not one of: head, neck, shoulders, upper-back, lower-back, chest, "
                   "abdomen, arms, hands, hips, glutes, thighs, calves, feet");
  g_assert_true (g_str_has_prefix (error->message, "j.json: line 4: sessions[0].areas[0]: "));
  g_clear_error (&error);

  /* Errors of other domains and errors about no field have no data. */
  g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "minutes: not ours");
  g_assert_null (ac_journal_error_get_field (error));
  g_assert_null (ac_journal_error_get_rule (error));
  g_clear_error (&error);
  ac_journal_error_set_invalid (&error, NULL, "a rule of the whole file");
  g_assert_null (ac_journal_error_get_field (error));
  g_assert_cmpstr (error->message, ==, "a rule of the whole file");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/minutes", test_session_minutes);
  g_test_add_func ("/session/text", test_session_text);
  g_test_add_func ("/session/id-and-year", test_session_id_and_year);
  g_test_add_func ("/session/without-path", test_session_without_path);
  g_test_add_func ("/session/local-date", test_session_local_date);
  g_test_add_func ("/session/copy-equal", test_session_copy_equal);
  g_test_add_func ("/session/sealed", test_session_sealed);
  g_test_add_func ("/checkin/soreness", test_checkin_soreness);
  g_test_add_func ("/checkin/fields", test_checkin_fields);
  g_test_add_func ("/checkin/day", test_checkin_day);
  g_test_add_func ("/record/base", test_record_base);
  g_test_add_func ("/record/error-data", test_error_data);

  return g_test_run ();
}
