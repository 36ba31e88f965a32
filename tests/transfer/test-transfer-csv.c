/* test-transfer-csv.c — the CSV export and its import: RFC 4180 quoting,
 * round trips, the variants spreadsheets write, and bad files named by line
 * and column
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ac-transfer-test.h"

/* Files written before format 2 had no felt, price, stress or sleep. */
#define HEADER_1 "kind,id,start,date,minutes,pressure,purpose,therapist,areas,planned,soreness,symptoms,notes"
#define HEADER HEADER_1 ",felt,price,stress,sleep"

static void
test_format (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  gsize length;
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_CSV, &length);
  g_auto(GStrv) rows = NULL;
  g_autoptr(AcSession) first = g_list_model_get_item (ac_journal_get_sessions (journal), 0);
  g_autofree char *first_row = NULL;

  /* UTF-8 with no byte order mark, a header, CRLF at the end of rows. */
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, HEADER "\r\n"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  /* Quoted where RFC 4180 says: comma, quote (doubled), line break; and
   * leading or trailing spaces. Plain fields stay bare. */
  first_row = g_strdup_printf ("session,%s,2026-10-03T18:30:00+02:00,,60,deep,sport,"
                               "\"Zoë, \"\"Z\"\" O'Neil\",neck;shoulders,false,,,"
                               "\"Line one, with a comma\nLine \"\"two\"\"; a tab\there — ü 日本語 \\ backslash\",,,,\r\n",
                               ac_session_get_id (first));
  g_assert_nonnull (strstr (text, first_row));
  g_assert_nonnull (strstr (text, ",\" leading and trailing spaces \",,,,\r\n"));
  g_assert_nonnull (strstr (text, ",lower-back,,2,,=1+1,,,,\r\n"));
  g_assert_nonnull (strstr (text, ",\"Sore, but \"\"ok\"\"\r\nnext line\",,,,\r\n"));
  g_assert_nonnull (strstr (text, ",2999-01-15T10:00:00+01:00,,60,moderate,other,Ana,calves;feet,true,,,"));
  g_assert_nonnull (strstr (text, ",2026-10-06,,,,,shoulders,,8,bruising,A large bruise,,,,\r\n"));

  /* Sessions first, then check-ins: 1 header + 4 + 4 rows; two of the
   * fields hold a CR LF of their own. */
  rows = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 4 + 4 + 2 + 1);
}

static void
test_round_trip_small (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_CSV, NULL);
  g_autoptr(AcJournal) back = ac_transfer_test_import (text, -1, "small.csv");
  g_autofree char *again = ac_transfer_test_export (back, AC_TRANSFER_FORMAT_CSV, NULL);

  /* The CSV has no profile; everything else comes back. */
  g_assert_true (ac_journal_set_conditions (back, AC_CONDITION_BLOOD_THINNERS, NULL));
  ac_transfer_test_assert_equal (journal, back);
  g_assert_cmpstr (text, ==, again);
}

static void
test_round_trip_fixture (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_fixture_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_CSV, NULL);
  g_autoptr(AcJournal) back = ac_transfer_test_import (text, -1, "fixture.csv");
  g_autoptr(AcImportPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (ac_journal_get_sessions (journal)) +
            g_list_model_get_n_items (ac_journal_get_checkins (journal));

  g_assert_cmpuint (n, >, 500);
  ac_transfer_test_assert_equal (journal, back);

  /* Importing it again finds every record already there. */
  again = ac_transfer_test_read (back, text, -1, "fixture.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (again, AC_IMPORT_STATUS_DUPLICATE), ==, n);
  g_assert_cmpuint (ac_import_plan_count_selected (again), ==, 0);
}

/* felt, price, stress and sleep: written when told, empty otherwise, and
 * read back the same. */
static void
test_format2_columns (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autoptr(AcSession) first = g_list_model_get_item (ac_journal_get_sessions (journal), 0);
  g_autoptr(AcSession) second = g_list_model_get_item (ac_journal_get_sessions (journal), 1);
  g_autoptr(AcCheckin) checkin = g_list_model_get_item (ac_journal_get_checkins (journal), 1);
  g_autoptr(AcSession) felt = ac_session_copy (first);
  g_autoptr(AcSession) priced = ac_session_copy (second);
  g_autoptr(AcCheckin) rated = ac_checkin_copy (checkin);
  g_autofree char *text = NULL;
  g_autoptr(AcJournal) back = NULL;

  ac_session_set_felt (felt, 0);
  ac_session_set_felt (priced, 10);
  ac_session_set_price (priced, "95.50 USD");
  ac_checkin_set_stress (rated, 10);
  ac_checkin_set_sleep (rated, 0);
  g_assert_true (ac_journal_update_session (journal, felt, NULL));
  g_assert_true (ac_journal_update_session (journal, priced, NULL));
  g_assert_true (ac_journal_update_checkin (journal, rated, NULL));

  text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_CSV, NULL);
  g_assert_true (g_str_has_prefix (text, HEADER "\r\n"));
  g_assert_nonnull (strstr (text, "backslash\",0,,,\r\n"));
  g_assert_nonnull (strstr (text, ",relaxation,,,false,,,,10,95.50 USD,,\r\n"));
  g_assert_nonnull (strstr (text, ",2026-10-05,,,,,,,3,,,,,10,0\r\n"));

  back = ac_transfer_test_import (text, -1, "format2.csv");
  g_assert_true (ac_journal_set_conditions (back, AC_CONDITION_BLOOD_THINNERS, NULL));
  ac_transfer_test_assert_equal (journal, back);
}

/* What spreadsheets and people write: LF row ends, a byte order mark,
 * columns in another order or left out, blank rows, ids left empty. */
static void
test_variants (void)
{
  const char *text =
    "\xef\xbb\xbf" "Kind, Date ,soreness,start,minutes,pressure,notes\n"
    "checkin,2026-11-21,4,,,,\"two\nlines\"\n"
    "\n"
    "session,,,2026-11-20T18:30:00+01:00,60,deep,\n"
    ",,,,,,\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "hand.csv", &error);
  g_autoptr(AcImportPlan) again = NULL;
  AcImportCandidate *checkin, *session;
  g_autofree char *checkin_id = NULL;
  g_autofree char *session_id = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_import_plan_get_candidates (plan)), ==, 2);
  g_assert_cmpint (ac_import_plan_get_format (plan), ==, AC_TRANSFER_FORMAT_CSV);

  checkin = ac_transfer_test_candidate (plan, 0);
  g_assert_cmpstr (ac_import_candidate_get_source (checkin), ==, "line 2");
  g_assert_cmpint (ac_checkin_get_soreness (ac_import_candidate_get_checkin (checkin)), ==, 4);
  g_assert_cmpstr (ac_checkin_get_notes (ac_import_candidate_get_checkin (checkin)), ==, "two\nlines");
  checkin_id = g_strdup (ac_checkin_get_id (ac_import_candidate_get_checkin (checkin)));
  g_assert_true (g_uuid_string_is_valid (checkin_id));

  /* The row after a field of two lines starts on line 5. */
  session = ac_transfer_test_candidate (plan, 1);
  g_assert_cmpstr (ac_import_candidate_get_source (session), ==, "line 5");
  g_assert_cmpint (ac_session_get_purpose (ac_import_candidate_get_session (session)), ==, AC_PURPOSE_OTHER);
  session_id = g_strdup (ac_session_get_id (ac_import_candidate_get_session (session)));

  /* Ids derived from the rows are the same each time, so a second import
   * finds duplicates. */
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  again = ac_transfer_test_read (journal, text, -1, "hand.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (again, AC_IMPORT_STATUS_DUPLICATE), ==, 2);
  g_assert_cmpstr (ac_checkin_get_id (ac_import_candidate_get_checkin (ac_transfer_test_candidate (again, 0))),
                   ==, checkin_id);
  g_assert_cmpstr (ac_session_get_id (ac_import_candidate_get_session (ac_transfer_test_candidate (again, 1))),
                   ==, session_id);
}

typedef struct
{
  const char *what;
  const char *text;
  const char *message;
} BadFile;

#define ID1 "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"
#define ID2 "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"
#define SESSION_OK "session," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,sport,Ana,neck,false,,,\r\n"

static const BadFile bad_files[] = {
  { "minutes 0",
    HEADER_1 "\r\n" SESSION_OK
    "session," ID2 ",2026-11-21T18:30:00+01:00,,0,deep,sport,,,false,,,\r\n",
    "bad.csv: line 3: minutes: 0 is out of range 1–600" },
  { "minutes not a number",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,an hour,deep,,,,,,,\r\n",
    "bad.csv: line 2: minutes: “an hour” is not a whole number" },
  { "soreness 11",
    HEADER_1 "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,11,,\r\n",
    "bad.csv: line 2: soreness: 11 is out of range 0–10" },
  { "start without offset",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00,,60,deep,,,,,,,\r\n",
    "bad.csv: line 2: start: “2026-11-20T18:30:00” is not an ISO 8601 date-time with an offset" },
  { "date not ISO",
    HEADER_1 "\r\ncheckin," ID1 ",,21/11/2026,,,,,,,3,,\r\n",
    "bad.csv: line 2: date: “21/11/2026” is not an ISO 8601 date" },
  { "pressure",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,firm,,,,,,,\r\n",
    "bad.csv: line 2: pressure: “firm” is not one of: light, moderate, deep" },
  { "area",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,neck;knee,,,,\r\n",
    "bad.csv: line 2: areas: “knee” is not one of: head, neck" },
  { "symptom",
    HEADER_1 "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,3,itching,\r\n",
    "bad.csv: line 2: symptoms: “itching” is not one of: leg-swelling" },
  { "planned",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,maybe,,,\r\n",
    "bad.csv: line 2: planned: “maybe” is not true or false" },
  { "id not a UUID",
    HEADER_1 "\r\nsession,42,2026-11-20T18:30:00+01:00,,60,deep,,,,,,,\r\n",
    "bad.csv: line 2: id: “42” is not a UUID" },
  { "soreness on a session",
    HEADER_1 "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,4,,\r\n",
    "bad.csv: line 2: soreness: must be empty for a session" },
  { "therapist on a check-in",
    HEADER_1 "\r\ncheckin," ID1 ",,2026-11-21,,,,Ana,,,3,,\r\n",
    "bad.csv: line 2: therapist: must be empty for a check-in" },
  { "kind",
    HEADER_1 "\r\nvisit," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,\r\n",
    "bad.csv: line 2: kind: “visit” is not one of: session, checkin" },
  { "start missing",
    HEADER_1 "\r\nsession," ID1 ",,,60,deep,,,,,,,\r\n",
    "bad.csv: line 2: start: missing" },
  { "no start column",
    "kind,minutes,pressure\r\nsession,60,deep\r\n",
    "bad.csv: line 2: start: missing: the file has no such column" },
  { "same id twice",
    HEADER_1 "\r\n" SESSION_OK "checkin," ID1 ",,2026-11-21,,,,,,,3,,\r\n",
    "bad.csv: line 3: id: “" ID1 "” is also on line 2" },
  /* UUIDs compare without case. */
  { "same id twice, once in capitals",
    HEADER_1 "\r\n" SESSION_OK "checkin,2F0C3A52-8F5E-4D8B-9D3C-6A1B2C3D4E5F,,2026-11-21,,,,,,,3,,\r\n",
    "bad.csv: line 3: id: “2F0C3A52-8F5E-4D8B-9D3C-6A1B2C3D4E5F” is also on line 2" },
  { "two check-ins for a day",
    HEADER_1 "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,3,,\r\ncheckin," ID2 ",,2026-11-21,,,,,,,4,,\r\n",
    "bad.csv: line 3: date: line 2 has a check-in for the same day" },
  { "too few fields",
    HEADER_1 "\r\n" SESSION_OK "session,,2026-11-20\r\n",
    "bad.csv: line 3: 3 fields where the first line names 13 columns" },
  { "quote not closed",
    HEADER_1 "\r\n" SESSION_OK "checkin,,,2026-11-21,,,,,,,3,,\"never\r\nclosed\r\n",
    "bad.csv: line 3: a quoted field is not closed" },
  { "text after a closing quote",
    HEADER_1 "\r\ncheckin,,,2026-11-21,,,,,,,3,,\"a\"b\r\n",
    "bad.csv: line 2: text follows the closing quote of a field" },
  { "quote in a bare field",
    HEADER_1 "\r\ncheckin,,,2026-11-21,,,,,,,3,,say \"hi\"\r\n",
    "bad.csv: line 2: a quote inside a field that does not start with one" },
  { "a lone carriage return",
    HEADER_1 "\r\ncheckin,,,2026-11-21,,,,,,,3,,a\rb\r\n",
    "bad.csv: line 2: a carriage return that does not end the line" },
  { "an error after a field of several lines",
    HEADER_1 "\r\ncheckin,,,2026-11-20,,,,,,,3,,\"one\r\ntwo\r\nthree\"\r\n"
    "checkin,,,2026-11-21,,,,,,,12,,\r\n",
    "bad.csv: line 5: soreness: 12 is out of range 0–10" },
  { "unknown column",
    "kind,colour\r\nsession,red\r\n",
    "bad.csv: line 1: “colour” is not a column of Aftercare's CSV format" },
  { "column twice",
    "kind,notes,notes\r\n",
    "bad.csv: line 1: the column “notes” is there twice" },
  { "no kind column",
    "date,soreness\r\n2026-11-21,3\r\n",
    "bad.csv: line 1: the first line names no “kind” column" },
  { "not UTF-8",
    HEADER_1 "\r\n" SESSION_OK "checkin,,,2026-11-21,,,,,,,3,,caf\xe9\r\n",
    "bad.csv: line 3: the text is not UTF-8" },
  { "felt 11",
    HEADER "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,,11,,,\r\n",
    "bad.csv: line 2: felt: 11 is out of range 0–10" },
  { "felt -1",
    HEADER "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,,-1,,,\r\n",
    "bad.csv: line 2: felt: -1 is out of range 0–10" },
  { "felt not a number",
    HEADER "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,,good,,,\r\n",
    "bad.csv: line 2: felt: “good” is not a whole number" },
  { "price",
    HEADER "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,,,60 euros,,\r\n",
    "bad.csv: line 2: price: “60 euros” is not an amount with a currency code" },
  { "stress 11",
    HEADER "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,3,,,,,11,\r\n",
    "bad.csv: line 2: stress: 11 is out of range 0–10" },
  { "sleep -1",
    HEADER "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,3,,,,,,-1\r\n",
    "bad.csv: line 2: sleep: -1 is out of range 0–10" },
  { "stress on a session",
    HEADER "\r\nsession," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,,,,,,,,,,4,\r\n",
    "bad.csv: line 2: stress: must be empty for a session" },
  { "price on a check-in",
    HEADER "\r\ncheckin," ID1 ",,2026-11-21,,,,,,,3,,,,60.00 EUR,,\r\n",
    "bad.csv: line 2: price: must be empty for a check-in" },
  { "only blank lines",
    "\r\n\r\n",
    "bad.csv: the file is empty" },
};

static void
test_bad_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(AcJournal) journal = ac_journal_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(AcImportPlan) plan = NULL;
      g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
      g_autoptr(AcImporter) importer = ac_importer_new (clock);
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_files[i].text, strlen (bad_files[i].text));

      g_test_message ("%s", bad_files[i].what);
      ac_importer_set_format (importer, AC_TRANSFER_FORMAT_CSV);
      plan = ac_importer_read_bytes (importer, bytes, "bad.csv", journal, NULL, &error);
      g_assert_null (plan);
      g_assert_nonnull (error);
      g_assert_true (error->domain == AC_JOURNAL_ERROR);
      if (!g_str_has_prefix (error->message, bad_files[i].message))
        g_error ("%s: “%s” does not start with “%s”", bad_files[i].what, error->message,
                 bad_files[i].message);
    }
}

/* The file's format is found from its first bytes. */
static void
test_sniff (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = NULL;

  plan = ac_transfer_test_read (journal, HEADER_1 "\r\n" SESSION_OK, -1, "no-extension", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ac_import_plan_get_format (plan), ==, AC_TRANSFER_FORMAT_CSV);
  g_clear_object (&plan);

  plan = ac_transfer_test_read (journal, "Some notes\nabout massage\n", -1, "notes.txt", &error);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "notes.txt: not a file Aftercare can import"));
  g_assert_null (plan);
  g_clear_error (&error);

  plan = ac_transfer_test_read (journal, "", 0, "empty.csv", &error);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "empty.csv: the file is empty");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transfer/csv/format", test_format);
  g_test_add_func ("/transfer/csv/round-trip/small", test_round_trip_small);
  g_test_add_func ("/transfer/csv/format2-columns", test_format2_columns);
  g_test_add_func ("/transfer/csv/round-trip/fixture", test_round_trip_fixture);
  g_test_add_func ("/transfer/csv/variants", test_variants);
  g_test_add_func ("/transfer/csv/bad-files", test_bad_files);
  g_test_add_func ("/transfer/csv/sniff", test_sniff);

  return g_test_run ();
}
