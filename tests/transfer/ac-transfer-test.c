/* ac-transfer-test.c — what the export and import tests share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-fixture.h"
#include "ac-transfer-test.h"

static AcSession *
session (const char *start,
         int         minutes,
         AcPressure  pressure,
         AcPurpose   purpose,
         const char *therapist,
         AcArea      areas,
         gboolean    planned,
         const char *notes)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (start, NULL);
  AcSession *s;

  g_assert_nonnull (time);
  s = ac_session_new (time, minutes, pressure);
  ac_session_set_purpose (s, purpose);
  ac_session_set_therapist (s, therapist);
  ac_session_set_areas (s, areas);
  ac_session_set_planned (s, planned);
  ac_session_set_notes (s, notes);
  return s;
}

static AcCheckin *
checkin (int         year,
         int         month,
         int         day,
         int         soreness,
         AcArea      areas,
         AcSymptom   symptoms,
         const char *notes)
{
  GDate date;
  AcCheckin *c;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  c = ac_checkin_new (&date, soreness);
  ac_checkin_set_areas (c, areas);
  ac_checkin_set_symptoms (c, symptoms);
  ac_checkin_set_notes (c, notes);
  return c;
}

/**
 * ac_transfer_test_journal_new:
 *
 * A small journal with the text that quoting must survive: commas, quotes,
 * line breaks, tabs, leading and trailing spaces and text that is not
 * ASCII, in notes and therapist names; offsets east and west of UTC; a
 * planned session; a red-flag symptom; a health profile.
 *
 * Returns: (transfer full): the journal
 */
AcJournal *
ac_transfer_test_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();
  AcSession *sessions[] = {
    session ("2026-10-03T18:30:00+02:00", 60, AC_PRESSURE_DEEP, AC_PURPOSE_SPORT,
             "Zoë, \"Z\" O'Neil", AC_AREA_NECK | AC_AREA_SHOULDERS, FALSE,
             "Line one, with a comma\nLine \"two\"; a tab\there — ü 日本語 \\ backslash"),
    session ("2026-10-17T09:00:00-05:00", 45, AC_PRESSURE_LIGHT, AC_PURPOSE_RELAXATION,
             "", AC_AREA_NONE, FALSE, ""),
    session ("2026-11-02T12:00:00+00:00", 90, AC_PRESSURE_MODERATE, AC_PURPOSE_INJURY,
             "Ben", AC_AREA_LOWER_BACK, FALSE, " leading and trailing spaces "),
    session ("2999-01-15T10:00:00+01:00", 60, AC_PRESSURE_MODERATE, AC_PURPOSE_OTHER,
             "Ana", AC_AREA_CALVES | AC_AREA_FEET, TRUE, "Booked,\r\nconfirmed"),
  };
  AcCheckin *checkins[] = {
    checkin (2026, 10, 4, 5, AC_AREA_NECK, AC_SYMPTOM_NONE, "Sore, but \"ok\"\r\nnext line"),
    checkin (2026, 10, 5, 3, AC_AREA_NONE, AC_SYMPTOM_NONE, ""),
    checkin (2026, 10, 6, 8, AC_AREA_SHOULDERS, AC_SYMPTOM_BRUISING, "A large bruise"),
    checkin (2026, 11, 3, 2, AC_AREA_LOWER_BACK, AC_SYMPTOM_NONE, "=1+1"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_assert_true (ac_journal_add_session (journal, sessions[i], NULL));
      g_object_unref (sessions[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (checkins); i++)
    {
      g_assert_true (ac_journal_add_checkin (journal, checkins[i], NULL));
      g_object_unref (checkins[i]);
    }
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS, NULL));

  return journal;
}

/**
 * ac_transfer_test_fixture_new:
 *
 * Returns: (transfer full): the typical generated journal, ending on
 *   2026-11-22
 */
AcJournal *
ac_transfer_test_fixture_new (void)
{
  AcFixtureSpec spec;
  GDate end;

  g_date_clear (&end, 1);
  g_date_set_dmy (&end, 22, 11, 2026);
  ac_fixture_spec_typical (&spec, &end);
  return ac_fixture_generate (&spec);
}

/* The tests' clock: noon on 22 November 2026 in the local time zone (the
 * test's TZ), which separates planned sessions from done ones, stamps
 * exports and is the zone a calendar export calls the user's. */
AcClock *
ac_transfer_test_clock_new (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 22, 12, 0, 0);

  return ac_clock_new_fixed (now);
}

/* The whole journal in @format, as text. */
char *
ac_transfer_test_export (AcJournal        *journal,
                         AcTransferFormat  format,
                         gsize            *length)
{
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (format, clock);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ac_exporter_export (exporter, journal, NULL, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  if (length != NULL)
    *length = size;
  return g_strndup (data, size);
}

AcImportPlan *
ac_transfer_test_read (AcJournal   *journal,
                       const char  *text,
                       gssize       length,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return ac_importer_read_bytes (importer, bytes, name, journal, NULL, error);
}

/* A new journal with everything from the file in it. */
AcJournal *
ac_transfer_test_import (const char *text,
                         gssize      length,
                         const char *name)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, length, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NOT_IMPORTABLE), ==, 0);
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&journal);
}

/* Equal as the journal file writes them: every record, every field. */
void
ac_transfer_test_assert_equal (AcJournal *a,
                               AcJournal *b)
{
  g_autofree char *text_a = ac_journal_to_data (a, NULL);
  g_autofree char *text_b = ac_journal_to_data (b, NULL);

  g_assert_cmpstr (text_a, ==, text_b);
}

guint
ac_transfer_test_count_status (AcImportPlan   *plan,
                               AcImportKind    kind,
                               AcImportStatus  status)
{
  GListModel *candidates = ac_import_plan_get_candidates (plan);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (candidates, i);

      n += ac_import_candidate_get_kind (candidate) == kind &&
           ac_import_candidate_get_status (candidate) == status;
    }

  return n;
}

/* Borrowed: the plan keeps it. */
AcImportCandidate *
ac_transfer_test_candidate (AcImportPlan *plan,
                            guint         index)
{
  g_autoptr(AcImportCandidate) candidate =
    g_list_model_get_item (ac_import_plan_get_candidates (plan), index);

  g_assert_nonnull (candidate);
  return candidate;
}

char *
ac_transfer_test_data_path (const char *name)
{
  return g_build_filename (TRANSFER_DATA_DIR, name, NULL);
}
