/* test-codec.c — the journal file's text: reading, writing, and what is
 * said about a bad file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "ac-journal.h"

/* The example of DESIGN.md, as it stands there. */
static const char design_example[] =
  "{\n"
  "  \"format\": \"aftercare-journal\",\n"
  "  \"version\": 1,\n"
  "  \"profile\": { \"conditions\": [\"blood-thinners\"] },\n"
  "  \"sessions\": [\n"
  "    {\n"
  "      \"id\": \"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\n"
  "      \"start\": \"2026-11-20T18:30:00+01:00\",\n"
  "      \"minutes\": 60,\n"
  "      \"pressure\": \"deep\",\n"
  "      \"purpose\": \"sport\",\n"
  "      \"therapist\": \"Ana\",\n"
  "      \"areas\": [\"neck\", \"shoulders\"],\n"
  "      \"planned\": false,\n"
  "      \"notes\": \"\"\n"
  "    }\n"
  "  ],\n"
  "  \"checkins\": [\n"
  "    {\n"
  "      \"id\": \"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\n"
  "      \"date\": \"2026-11-21\",\n"
  "      \"soreness\": 4,\n"
  "      \"areas\": [\"neck\"],\n"
  "      \"symptoms\": [],\n"
  "      \"notes\": \"\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static void
test_design_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (design_example, -1, "journal.json", &error);
  AcSession *session;
  AcCheckin *checkin;
  GDate date;

  g_assert_no_error (error);
  g_assert_false (ac_journal_get_read_only (journal));

  session = ac_journal_lookup_session (journal, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f");
  g_assert_nonnull (session);
  g_assert_cmpint (ac_session_get_minutes (session), ==, 60);
  g_assert_cmpint (ac_session_get_pressure (session), ==, AC_PRESSURE_DEEP);
  g_assert_cmpint (ac_session_get_purpose (session), ==, AC_PURPOSE_SPORT);
  g_assert_cmpstr (ac_session_get_therapist (session), ==, "Ana");
  g_assert_cmpuint (ac_session_get_areas (session), ==, AC_AREA_NECK | AC_AREA_SHOULDERS);
  g_assert_false (ac_session_get_planned (session));
  g_assert_cmpint (g_date_time_get_utc_offset (ac_session_get_start (session)), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_hour (ac_session_get_start (session)), ==, 18);

  checkin = ac_journal_lookup_checkin (journal, "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");
  g_assert_nonnull (checkin);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 21, 11, 2026);
  g_assert_cmpint (g_date_compare (ac_checkin_get_date (checkin), &date), ==, 0);
  g_assert_cmpint (ac_checkin_get_soreness (checkin), ==, 4);

  g_assert_true (ac_profile_has_condition (ac_journal_get_profile (journal), AC_CONDITION_BLOOD_THINNERS));
}

/* Writing and reading back gives the same journal and the same text. */
static void
test_round_trip (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (design_example, -1, NULL, NULL);
  g_autoptr(AcJournal) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GListModel *a, *b;

  g_assert_nonnull (journal);
  first = ac_journal_to_data (journal, NULL);
  again = ac_journal_new_from_data (first, -1, NULL, NULL);
  g_assert_nonnull (again);
  second = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  a = ac_journal_get_sessions (journal);
  b = ac_journal_get_sessions (again);
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AcSession) sa = g_list_model_get_item (a, i);
      g_autoptr(AcSession) sb = g_list_model_get_item (b, i);

      g_assert_true (ac_session_equal (sa, sb));
    }

  /* The offset is written as it was read. */
  g_assert_nonnull (strstr (first, "\"2026-11-20T18:30:00+01:00\""));
}

static void
test_defaults_and_null (void)
{
  const char *text =
    "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":[{"
    "\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\"start\":\"2026-11-20T18:30:00Z\","
    "\"minutes\":1,\"pressure\":\"light\",\"purpose\":null,\"therapist\":null}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, NULL, &error);
  g_autofree char *written = NULL;
  AcSession *session;

  g_assert_no_error (error);
  session = ac_journal_lookup_session (journal, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f");
  g_assert_cmpint (ac_session_get_purpose (session), ==, AC_PURPOSE_OTHER);
  g_assert_cmpstr (ac_session_get_therapist (session), ==, "");
  g_assert_cmpstr (ac_session_get_notes (session), ==, "");
  g_assert_cmpuint (ac_session_get_areas (session), ==, 0);
  g_assert_false (ac_session_get_planned (session));
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal)), ==, 0);

  /* "Z" is an offset of zero, written as a number. */
  written = ac_journal_to_data (journal, NULL);
  g_assert_nonnull (strstr (written, "\"2026-11-20T18:30:00+00:00\""));
}

/* Members this version does not know are kept and written back. */
static void
test_unknown_members (void)
{
  const char *text =
    "{\"format\":\"aftercare-journal\",\"version\":1,\"synced\":{\"by\":\"x\",\"n\":[1,2],"
    "\"limits\":[-9223372036854775808,9223372036854775807]},"
    "\"profile\":{\"conditions\":[],\"height\":180},"
    "\"sessions\":[{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\"start\":\"2026-11-20T18:30:00+01:00\","
    "\"minutes\":60,\"pressure\":\"deep\",\"room\":\"blue\",\"oil\":{\"kind\":\"almond\"}}],"
    "\"checkins\":[{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\","
    "\"soreness\":4,\"mood\":[\"calm\",null,true]}]}";
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, NULL, NULL);
  g_autoptr(AcSession) edit = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcCheckin) another = ac_checkin_new (date, 2);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *written = NULL;
  JsonObject *root, *session, *checkin;
  JsonArray *limits;

  g_assert_nonnull (journal);

  /* Changing a record keeps its unknown members; so does the journal. */
  edit = ac_session_copy (ac_journal_lookup_session (journal, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"));
  ac_session_set_minutes (edit, 90);
  g_assert_true (ac_journal_update_session (journal, edit, NULL));
  g_assert_true (ac_journal_add_checkin (journal, another, NULL));
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_PREGNANT, NULL));

  written = ac_journal_to_data (journal, NULL);
  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "synced"), "by"), ==, "x");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (root, "synced"), "n")), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "profile"), "height"), ==, 180);
  /* The whole numbers at a gint64's ends are kept as they are. */
  limits = json_object_get_array_member (json_object_get_object_member (root, "synced"), "limits");
  g_assert_cmpint (json_array_get_int_element (limits, 0), ==, G_MININT64);
  g_assert_cmpint (json_array_get_int_element (limits, 1), ==, G_MAXINT64);

  session = json_array_get_object_element (json_object_get_array_member (root, "sessions"), 0);
  g_assert_cmpint (json_object_get_int_member (session, "minutes"), ==, 90);
  g_assert_cmpstr (json_object_get_string_member (session, "room"), ==, "blue");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (session, "oil"), "kind"), ==, "almond");

  checkin = json_array_get_object_element (json_object_get_array_member (root, "checkins"), 0);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (checkin, "mood")), ==, 3);
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *message;
} BadCase;

#define HEAD "{\"format\":\"aftercare-journal\",\"version\":1,\n"
#define SESSION_START "\"sessions\":[{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\n"
#define CHECKIN_START "\"checkins\":[{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\n"

static const BadCase bad_cases[] = {
  { "empty", "", AC_JOURNAL_ERROR_PARSE, "f.json: the file is empty" },
  { "blank", "  \n", AC_JOURNAL_ERROR_PARSE, "f.json: the file is empty" },
  /* Issue 16: binary files said "more text follows the end of the
   * journal" or "scanner: unterminated string constant". */
  { "png", "\x89PNG\r\n\x1a\n\x00", AC_JOURNAL_ERROR_PARSE,
    "f.json: this isn’t an Aftercare journal: it looks like binary data (a picture, an archive or "
    "another program’s file), not text" },
  { "not-utf8", "\"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8 is not text", AC_JOURNAL_ERROR_PARSE,
    "f.json: this isn’t an Aftercare journal: it looks like binary data (a picture, an archive or "
    "another program’s file), not text" },
  { "control", "{\"format\":\x01\x02}", AC_JOURNAL_ERROR_PARSE,
    "f.json: this isn’t an Aftercare journal: it looks like binary data (a picture, an archive or "
    "another program’s file), not text" },
  { "array", "[]", AC_JOURNAL_ERROR_PARSE,
    "f.json: expected an Aftercare journal, an object, found a list" },
  { "format", "{\"format\":\"other\",\"version\":1}", AC_JOURNAL_ERROR_PARSE,
    "f.json: line 1: format: expected “aftercare-journal”; this is not an Aftercare journal" },
  { "no-format", "{\"version\":1}", AC_JOURNAL_ERROR_PARSE,
    "f.json: line 1: format: expected “aftercare-journal”; this is not an Aftercare journal" },
  { "no-version", "{\"format\":\"aftercare-journal\"}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 1: version: is missing" },
  { "version-string", "{\"format\":\"aftercare-journal\",\n\"version\":\"1\"}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 2: version: expected a whole number, found a string" },
  { "version-object", "{\"format\":\"aftercare-journal\",\"version\":{\"major\":2}}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 1: version: expected a whole number, found an object" },
  { "two-documents", "{\"format\":\"aftercare-journal\",\"version\":1}\n{\"x\":\"}{\"}", AC_JOURNAL_ERROR_PARSE,
    "f.json: not valid JSON: more text follows the end of the journal" },
  /* Half of a surrogate pair is not a character: it cannot be kept. */
  { "unknown-lone-surrogate", HEAD "\"sync\":{\"by\":\"\\ud83dx\"}}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 2: sync: holds \\ud83d, half of a surrogate pair without its second half, which is not a character" },
  /* No double holds it (before, the message blamed text that is not UTF-8). */
  { "unknown-huge-number", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n\"tip\":[1e400]}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: sessions[0].tip: the number 1e400 is too large: numbers must lie between "
    "-1.7976931348623157e308 and 1.7976931348623157e308" },
  /* Whole numbers past a gint64 cannot be read as numbers the codec
   * checks; the message names the member (it did not before). */
  { "unknown-wrapping-integer", HEAD "\"x-ig\":[1,\n9223372036854775808]}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 3: x-ig: the number 9223372036854775808 is too large: whole numbers must lie between "
    "-9223372036854775808 and 9223372036854775807" },
  { "unknown-wrapping-negative", HEAD "\"x-ig\":{\"a\":-9223372036854775809}}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 2: x-ig: the number -9223372036854775809 is too large: whole numbers must lie between "
    "-9223372036854775808 and 9223372036854775807" },
  { "minutes-wrapping", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\n\"minutes\":99999999999999999999,\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: sessions[0].minutes: the number 99999999999999999999 is too large: whole numbers must lie between "
    "-9223372036854775808 and 9223372036854775807" },
  { "version-zero", "{\"format\":\"aftercare-journal\",\n\"version\":0}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 2: version: 0 is not a format version" },
  { "minutes-zero", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\n\"minutes\":0,\n\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].minutes: 0 is out of range 1–600" },
  { "minutes-601", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\n\"minutes\":601,\n\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].minutes: 601 is out of range 1–600" },
  { "minutes-fraction", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\n\"minutes\":60.5,\n\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].minutes: expected a whole number, found a number" },
  { "minutes-missing", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\n\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 2: sessions[0].minutes: is missing" },
  { "pressure", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\n\"pressure\":\"firm\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].pressure: “firm” is not one of: light, moderate, deep" },
  { "area", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n\"areas\":[\"neck\",\n\"elbow\"]}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 5: sessions[0].areas[1]: “elbow” is not one of: head, neck, shoulders, upper-back, lower-back, "
    "chest, abdomen, arms, hands, hips, glutes, thighs, calves, feet" },
  { "area-twice", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n\"areas\":[\"neck\",\"neck\"]}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].areas[1]: “neck” is listed twice" },
  { "start-no-offset", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00\",\"minutes\":60,\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 3: sessions[0].start: “2026-11-20T18:30:00” is not an ISO 8601 date-time with an offset, such as 2026-11-20T18:30:00+01:00" },
  { "start-date-only", HEAD SESSION_START "\"start\":\"2026-11-20\",\"minutes\":60,\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 3: sessions[0].start: “2026-11-20” is not an ISO 8601 date-time with an offset, such as 2026-11-20T18:30:00+01:00" },
  { "session-string", HEAD "\"sessions\":[\n\"yesterday\"]}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 3: sessions[0]: expected an object, found a string" },
  { "sessions-object", HEAD "\"sessions\":{}}", AC_JOURNAL_ERROR_INVALID,
    "f.json: line 2: sessions: expected a list, found an object" },
  { "id-missing", HEAD "\"sessions\":[{\n\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 2: sessions[0].id: is missing" },
  { "id-not-uuid", HEAD "\"sessions\":[{\n\"id\":\"42\",\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 3: sessions[0].id: “42” is not a UUID" },
  { "id-twice", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\"}],\n"
    "\"checkins\":[{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\"date\":\"2026-11-21\",\"soreness\":4}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: checkins[0].id: “2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f” is already used by sessions[0]" },
  /* UUIDs compare without case (RFC 4122). */
  { "id-twice-in-capitals", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\"}],\n"
    "\"checkins\":[{\"id\":\"2F0C3A52-8F5E-4D8B-9D3C-6A1B2C3D4E5F\",\"date\":\"2026-11-21\",\"soreness\":4}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: checkins[0].id: “2F0C3A52-8F5E-4D8B-9D3C-6A1B2C3D4E5F” is already used by sessions[0]" },
  { "soreness-11", HEAD CHECKIN_START "\"date\":\"2026-11-21\",\n\"soreness\":11}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: checkins[0].soreness: 11 is out of range 0–10" },
  { "soreness-negative", HEAD CHECKIN_START "\"date\":\"2026-11-21\",\n\"soreness\":-1}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: checkins[0].soreness: -1 is out of range 0–10" },
  { "date-month-13", HEAD CHECKIN_START "\"date\":\"2026-13-01\",\"soreness\":1}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 3: checkins[0].date: “2026-13-01” is not an ISO 8601 date, such as 2026-11-21" },
  { "date-week", HEAD CHECKIN_START "\"date\":\"2026-W01-1\",\"soreness\":1}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 3: checkins[0].date: “2026-W01-1” is not an ISO 8601 date, such as 2026-11-21" },
  { "date-twice", HEAD CHECKIN_START "\"date\":\"2026-11-21\",\"soreness\":1},\n"
    "{\"id\":\"9a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":2}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: checkins[1].date: 2026-11-21 already has a check-in (checkins[0]); there is one per day" },
  { "symptom", HEAD CHECKIN_START "\"date\":\"2026-11-21\",\"soreness\":1,\n\"symptoms\":[\"itch\"]}]}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 4: checkins[0].symptoms[0]: “itch” is not one of: leg-swelling, chest-pain-breathless, dark-urine, "
    "severe-weakness, numbness-tingling, saddle-numbness, head-neck-neuro, bruising" },
  { "condition", HEAD "\"profile\":{\n\"conditions\":[\"flu\"]}}",
    AC_JOURNAL_ERROR_INVALID,
    "f.json: line 3: profile.conditions[0]: “flu” is not one of: blood-thinners, bleeding-disorder, dvt-history, "
    "pregnant, cancer, osteoporosis, recent-injury" },
  { "planned-string", HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n\"planned\":\"yes\"}]}",
    AC_JOURNAL_ERROR_INVALID, "f.json: line 4: sessions[0].planned: expected true or false, found a string" },
};

static void
test_bad_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (c->text, -1, "f.json", &error);

      g_test_message ("case %s", c->name);
      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, c->code);
      g_assert_cmpstr (error->message, ==, c->message);
    }
}

static void
test_not_json (void)
{
  const char *texts[] = { "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":[{",
                          "hello", "{\"format\":}" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (texts[i], -1, "f.json", &error);

      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, "f.json: line 1, column "));
      g_assert_nonnull (strstr (error->message, "not valid JSON"));
    }
}

/* A newer format with values this version does not know is not blamed on
 * the file. */
static void
test_newer_unknown_values (void)
{
  const char *text =
    "{\"format\":\"aftercare-journal\",\"version\":3,\"sessions\":[{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\","
    "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"extreme\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "f.json", &error);

  g_assert_null (journal);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version of Aftercare"));
}

/* A journal whose only unknown member, "x", is @value as it stands. */
static char *
journal_with_member (const char *value,
                     gsize       length)
{
  g_autoptr(GString) text = g_string_new ("{\"format\":\"aftercare-journal\",\"version\":1,\"x\":");

  g_string_append_len (text, value, length);
  g_string_append (text, "}");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* JSON's whitespace, which a value's own text does not include. */
static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Loads @data, or says why not; a journal it gives writes out to a
 * fixed point. */
static AcJournal *
load_soundly (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (data, length, "t.json", error);
  g_autoptr(AcJournal) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  if (journal == NULL)
    {
      g_assert_true ((*error)->domain == AC_JOURNAL_ERROR);
      g_assert_true (g_str_has_prefix ((*error)->message, "t.json: "));
      return NULL;
    }

  text = ac_journal_to_data (journal, NULL);
  again = ac_journal_new_from_data (text, -1, "again.json", NULL);
  g_assert_nonnull (again);
  text2 = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);
  return g_steal_pointer (&journal);
}

/* JSONTestSuite's parsing tests (tests/jsontestsuite): y_ values kept to
 * the byte as unknown members (but the two holding U+0000, refused by
 * name), n_ files refused as journals and as members, i_ files either
 * way, never a crash. */
static void
test_jsontestsuite (void)
{
  g_autoptr(GDir) dir = g_dir_open (JSONTESTSUITE_DIR, 0, NULL);
  guint n_yes = 0, n_no = 0, n_either = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (JSONTESTSUITE_DIR, name, NULL);
      g_autofree char *data = NULL;
      g_autofree char *embedded = NULL;
      g_autoptr(GError) whole_error = NULL;
      g_autoptr(GError) member_error = NULL;
      g_autoptr(AcJournal) whole = NULL;
      g_autoptr(AcJournal) member = NULL;
      gsize length, start = 0, end;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_test_message ("%s", name);
      whole = load_soundly (data, length, &whole_error);
      embedded = journal_with_member (data, length);
      member = load_soundly (embedded, strlen (embedded), &member_error);

      if (g_str_has_prefix (name, "n_"))
        {
          /* A text with a nul in it is cut there by strlen(): load the
           * bytes as they are. */
          g_clear_object (&member);
          g_clear_error (&member_error);
          {
            g_autoptr(GString) bytes = g_string_new ("{\"format\":\"aftercare-journal\",\"version\":1,\"x\":");

            g_string_append_len (bytes, data, length);
            g_string_append_c (bytes, '}');
            member = load_soundly (bytes->str, bytes->len, &member_error);
          }
          g_assert_null (whole);
          g_assert_null (member);
          n_no++;
        }
      else if (g_str_has_prefix (name, "y_"))
        {
          g_autofree char *written = NULL;
          g_autofree char *expected = NULL;

          /* Not a journal, but JSON: refused for what it holds. */
          g_assert_null (whole);
          if (strcmp (name, "y_string_null_escape.json") == 0)
            {
              g_assert_nonnull (strstr (member_error->message,
                                        ": x: holds a NUL character (\\u0000), which Aftercare cannot keep"));
              continue;
            }
          if (strcmp (name, "y_object_escaped_null_in_key.json") == 0)
            {
              g_assert_nonnull (strstr (member_error->message,
                                        ": x: a member's name holds a NUL character (\\u0000)"));
              continue;
            }

          g_assert_no_error (member_error);
          while (start < length && is_json_space (data[start]))
            start++;
          for (end = length; end > start && is_json_space (data[end - 1]); end--)
            ;
          written = ac_journal_to_data (member, NULL);
          expected = g_strdup_printf ("\n  \"x\" : %.*s\n}", (int) (end - start), data + start);
          g_assert_true (g_str_has_suffix (written, expected));
          n_yes++;
        }
      else
        n_either++;
    }

  g_test_message ("%u y_, %u n_, %u i_ files", n_yes, n_no, n_either);
  g_assert_cmpuint (n_yes, ==, 93);
  g_assert_cmpuint (n_no, ==, 188);
  g_assert_cmpuint (n_either, ==, 35);
}

/* Item 5 of issue 12: \u0000 is refused by the field's path, never cut;
 * two names that would become one are refused too. */
static void
test_nul_refused (void)
{
  const struct { const char *text; const char *message; } cases[] = {
    { HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n"
      "\"notes\":\"before\\u0000after\"}]}",
      "f.json: line 4: sessions[0].notes: holds a NUL character (\\u0000), which Aftercare cannot keep" },
    { HEAD CHECKIN_START "\"date\":\"2026-11-21\",\"soreness\":4,\n\"areas\":[\"neck\\u0000\"]}]}",
      "f.json: line 4: checkins[0].areas: holds a NUL character (\\u0000), which Aftercare cannot keep" },
    { HEAD "\"profile\":{\"conditions\":[],\n\"a\\u0000\":1,\"a\":2}}",
      "f.json: line 3: profile: a member's name holds a NUL character (\\u0000), which Aftercare cannot keep" },
    { HEAD "\"x\":{\"a\\u0000b\":1}}",
      "f.json: line 2: x: a member's name holds a NUL character (\\u0000), which Aftercare cannot keep" },
    /* Names equal once their escapes are read are one name given twice. */
    { HEAD "\"x-a\":1,\n\"x-\\u0061\":2}",
      "f.json: line 3: x-a: is given twice; which one is meant?" },
    { HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n"
      "\"minutes\":90}]}",
      "f.json: line 4: sessions[0].minutes: is given twice; which one is meant?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (cases[i].text, -1, "f.json", &error);

      g_test_message ("case %u", i);
      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Item 6: not JSON is refused with its line, whichever part of the file
 * it is in; the Windows path that came back mangled first of all. */
static void
test_strict_json (void)
{
  const struct { const char *text; const char *message; } cases[] = {
    { HEAD SESSION_START "\"start\":\"2026-11-20T18:30:00+01:00\",\"minutes\":60,\"pressure\":\"deep\",\n"
      "\"notes\":\"C:\\Users\\xavier\\notes.txt\"}]}",
      "f.json: line 4, column 12: not valid JSON (the file may be cut short or damaged): "
      "“\\U” is not an escape JSON knows (a backslash is written \\\\)" },
    { HEAD "// a comment\n\"sessions\":[]}",
      "f.json: line 2, column 1: not valid JSON (the file may be cut short or damaged): "
      "a comment, which JSON does not allow" },
    { HEAD "\"x\":0x3C}",
      "f.json: line 2, column 5: not valid JSON (the file may be cut short or damaged): "
      "a hexadecimal number, which JSON does not allow" },
    { HEAD "'x':1}",
      "f.json: line 2, column 1: not valid JSON (the file may be cut short or damaged): "
      "a single quote: JSON strings take double quotes" },
    { HEAD "\"x\":[1,\n007]}",
      "f.json: line 3, column 1: not valid JSON (the file may be cut short or damaged): "
      "a number with a leading zero, which JSON does not allow" },
    { HEAD "\"x\":2.}", "f.json: line 2, column 5: not valid JSON (the file may be cut short or damaged): "
      "a point in a number not followed by a digit" },
    { HEAD "\"x\":.2e-3}", "f.json: line 2, column 5: not valid JSON (the file may be cut short or damaged): "
      "a number starting with a point: JSON writes 0.5, not .5" },
    { HEAD "\"x\":\"a\tb\"}", "f.json: line 2, column 7: not valid JSON (the file may be cut short or damaged): "
      "a control character (U+0009) inside a string; JSON writes it as an escape such as \\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (cases[i].text, -1, "f.json", &error);

      g_test_message ("case %u", i);
      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static char *
nested (guint depth)
{
  g_autoptr(GString) text = g_string_new (HEAD "\"x\":");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Item 7: nesting deeper than 64, counted from the journal's own object,
 * is refused, however deep; an unknown member 63 deep is kept as it was,
 * its size unchanged. */
static void
test_depth (void)
{
  g_autofree char *deepest = nested (63);
  g_autofree char *too_deep = nested (64);
  g_autofree char *far_too_deep = nested (100000);
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (deepest, -1, "f.json", &error);
  g_autoptr(AcJournal) refused = NULL;
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  written = ac_journal_to_data (journal, NULL);
  /* HEAD "\"x\":", the value, "}": the value is written as it was. */
  g_assert_nonnull (strstr (written, "\"x\" : "));
  g_assert_cmpint (strncmp (strstr (written, "\"x\" : ") + 6, deepest + strlen (HEAD) + 4, 126), ==, 0);
  g_assert_cmpuint (strlen (written), <, 400);

  refused = ac_journal_new_from_data (too_deep, -1, "f.json", &error);
  g_assert_null (refused);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "f.json: line 2, column 68: lists and objects nest deeper than 64 levels, more than Aftercare reads");
  g_clear_error (&error);

  refused = ac_journal_new_from_data (far_too_deep, -1, "f.json", &error);
  g_assert_null (refused);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE);
}

/* Item 8: numbers in an unknown member are kept as written. */
static void
test_numbers_kept (void)
{
  const char *text = HEAD "\"x\":[1E22, 1e20, -1e-78, 1e40, 0.10, -0, 1.0, 5e-324, 1.7976931348623157e308]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "f.json", &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  written = ac_journal_to_data (journal, NULL);
  g_assert_nonnull (strstr (written, "\"x\" : [1E22, 1e20, -1e-78, 1e40, 0.10, -0, 1.0, 5e-324, 1.7976931348623157e308]"));
}

/* json-glib 1.6 wrote U+001F raw, which is not JSON: the writer escapes
 * every control character, and the text reads back. */
static void
test_control_characters_written (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (design_example, -1, NULL, NULL);
  g_autoptr(AcSession) edit = NULL;
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  edit = ac_session_copy (ac_journal_lookup_session (journal, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"));
  ac_session_set_notes (edit, "a\x1f" "b\x01\"\\\x7f\n");
  g_assert_true (ac_journal_update_session (journal, edit, NULL));
  written = ac_journal_to_data (journal, NULL);
  g_assert_nonnull (strstr (written, "\"notes\" : \"a\\u001fb\\u0001\\\"\\\\\\u007f\\n\""));
  again = ac_journal_new_from_data (written, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ac_session_get_notes (ac_journal_lookup_session (again, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f")),
                   ==, "a\x1f" "b\x01\"\\\x7f\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/codec/design-example", test_design_example);
  g_test_add_func ("/codec/round-trip", test_round_trip);
  g_test_add_func ("/codec/defaults-and-null", test_defaults_and_null);
  g_test_add_func ("/codec/unknown-members", test_unknown_members);
  g_test_add_func ("/codec/bad-files", test_bad_files);
  g_test_add_func ("/codec/not-json", test_not_json);
  g_test_add_func ("/codec/newer-unknown-values", test_newer_unknown_values);
  g_test_add_func ("/codec/nul-refused", test_nul_refused);
  g_test_add_func ("/codec/strict-json", test_strict_json);
  g_test_add_func ("/codec/depth", test_depth);
  g_test_add_func ("/codec/numbers-kept", test_numbers_kept);
  g_test_add_func ("/codec/control-characters-written", test_control_characters_written);
  g_test_add_func ("/codec/jsontestsuite", test_jsontestsuite);

  return g_test_run ();
}
