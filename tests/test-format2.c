/* test-format2.c — what format 2 adds to sessions and check-ins (felt,
 * price, stress, sleep), and how a version 1 file becomes a version 2 one
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ac-journal.h"
#include "ac-price.h"

#define SESSION_ID "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"
#define CHECKIN_ID "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"

static AcSession *
new_session (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);

  return ac_session_new (start, 60, AC_PRESSURE_DEEP);
}

static AcCheckin *
new_checkin (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (21, 11, 2026);

  return ac_checkin_new (date, 4);
}

static void
assert_invalid (AcRecord   *record,
                const char *path,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ac_record_validate (record, path, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* felt, stress and sleep: unset by default, -1 unsets, 0 and 10 are the
 * ends, -2 and 11 are refused by name. */
static void
test_scales (void)
{
  g_autoptr(AcSession) session = new_session ();
  g_autoptr(AcCheckin) checkin = new_checkin ();
  const struct { int value; gboolean valid; } cases[] = {
    { -2, FALSE }, { -1, TRUE }, { 0, TRUE }, { 1, TRUE }, { 9, TRUE }, { 10, TRUE }, { 11, FALSE },
  };

  g_assert_cmpint (ac_session_get_felt (session), ==, AC_SCALE_UNSET);
  g_assert_cmpint (ac_checkin_get_stress (checkin), ==, -1);
  g_assert_cmpint (ac_checkin_get_sleep (checkin), ==, -1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int v = cases[i].value;

      ac_session_set_felt (session, v);
      ac_checkin_set_stress (checkin, v);
      g_assert_cmpint (ac_session_get_felt (session), ==, v);
      g_assert_cmpint (ac_checkin_get_stress (checkin), ==, v);
      if (cases[i].valid)
        {
          g_assert_true (ac_session_validate (session, NULL, NULL));
          g_assert_true (ac_checkin_validate (checkin, NULL, NULL));
        }
      else
        {
          g_autofree char *felt = g_strdup_printf ("sessions[3].felt: %d is out of range 0–10", v);
          g_autofree char *stress = g_strdup_printf ("checkins[0].stress: %d is out of range 0–10", v);

          assert_invalid (AC_RECORD (session), "sessions[3]", felt);
          assert_invalid (AC_RECORD (checkin), "checkins[0]", stress);
        }

      ac_checkin_set_stress (checkin, -1);
      ac_checkin_set_sleep (checkin, v);
      g_assert_cmpint (ac_checkin_get_sleep (checkin), ==, v);
      if (cases[i].valid)
        g_assert_true (ac_checkin_validate (checkin, NULL, NULL));
      else
        {
          g_autofree char *sleep = g_strdup_printf ("checkins[0].sleep: %d is out of range 0–10", v);

          assert_invalid (AC_RECORD (checkin), "checkins[0]", sleep);
        }
      ac_checkin_set_sleep (checkin, -1);
    }
}

static const char * const good_prices[] = {
  "60.00 EUR", "60 EUR", "0 CHF", "0.5 GBP", "1.250 KWD", "999999999.999 XAU", "007.50 USD",
};

static const char * const bad_prices[] = {
  "60 euros", "60,00 EUR", "60.00 eur", "60.00 Eur", "60. EUR", ".50 EUR", "60.0000 EUR",
  "1000000000 EUR", "60.00  EUR", "60.00EUR", " 60.00 EUR", "60.00 EUR ", "60.00 EURO",
  "60.00 EU", "-5.00 EUR", "+5 EUR", "EUR 60.00", "1e3 EUR", "٦٠ EUR", "60.00 EUR\n",
};

static void
test_price (void)
{
  g_autoptr(AcSession) session = new_session ();

  g_assert_null (ac_session_get_price (session));
  for (guint i = 0; i < G_N_ELEMENTS (good_prices); i++)
    {
      ac_session_set_price (session, good_prices[i]);
      g_assert_cmpstr (ac_session_get_price (session), ==, good_prices[i]);
      g_assert_true (ac_session_validate (session, NULL, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_prices); i++)
    {
      g_autofree char *message =
        g_strdup_printf ("sessions[2].price: “%s” is not an amount with a currency code, like “60.00 EUR”",
                         bad_prices[i]);

      ac_session_set_price (session, bad_prices[i]);
      assert_invalid (AC_RECORD (session), "sessions[2]", message);
    }

  /* NULL and "" unset it. */
  ac_session_set_price (session, "");
  g_assert_null (ac_session_get_price (session));
  ac_session_set_price (session, "60.00 EUR");
  ac_session_set_price (session, NULL);
  g_assert_null (ac_session_get_price (session));
  g_assert_true (ac_session_validate (session, NULL, NULL));
}

/* The amount exactly, in units of its last digit, for sums per currency. */
static void
test_price_parse (void)
{
  const struct { const char *text; gint64 units; int decimals; const char *currency; } cases[] = {
    { "60.00 EUR", 6000, 2, "EUR" },
    { "60 EUR", 60, 0, "EUR" },
    { "0.5 GBP", 5, 1, "GBP" },
    { "1.250 KWD", 1250, 3, "KWD" },
    { "999999999.999 XAU", G_GINT64_CONSTANT (999999999999), 3, "XAU" },
    { "0 JPY", 0, 0, "JPY" },
  };
  gint64 units = -1;
  int decimals = -1;
  char currency[4] = "xyz";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (ac_price_parse (cases[i].text, &units, &decimals, currency));
      g_assert_cmpint (units, ==, cases[i].units);
      g_assert_cmpint (decimals, ==, cases[i].decimals);
      g_assert_cmpstr (currency, ==, cases[i].currency);
      g_assert_true (ac_price_is_valid (cases[i].text));
    }

  /* A bad price leaves the outputs alone. */
  units = -1;
  decimals = -1;
  strcpy (currency, "xyz");
  for (guint i = 0; i < G_N_ELEMENTS (bad_prices); i++)
    {
      g_assert_false (ac_price_parse (bad_prices[i], &units, &decimals, currency));
      g_assert_false (ac_price_is_valid (bad_prices[i]));
    }
  g_assert_false (ac_price_is_valid (NULL));
  g_assert_false (ac_price_is_valid (""));
  g_assert_cmpint (units, ==, -1);
  g_assert_cmpint (decimals, ==, -1);
  g_assert_cmpstr (currency, ==, "xyz");
  g_assert_true (ac_price_parse ("60.00 EUR", NULL, NULL, NULL));
}

/* A copy keeps every new member; each makes records unequal. */
static void
test_copy_equal (void)
{
  g_autoptr(AcSession) session = new_session ();
  g_autoptr(AcCheckin) checkin = new_checkin ();
  g_autoptr(AcSession) session_copy = NULL;
  g_autoptr(AcCheckin) checkin_copy = NULL;

  ac_session_set_felt (session, 8);
  ac_session_set_price (session, "60.00 EUR");
  ac_checkin_set_stress (checkin, 3);
  ac_checkin_set_sleep (checkin, 7);
  session_copy = ac_session_copy (session);
  checkin_copy = ac_checkin_copy (checkin);
  g_assert_true (ac_session_equal (session, session_copy));
  g_assert_true (ac_checkin_equal (checkin, checkin_copy));
  g_assert_cmpint (ac_session_get_felt (session_copy), ==, 8);
  g_assert_cmpstr (ac_session_get_price (session_copy), ==, "60.00 EUR");

  ac_session_set_felt (session_copy, 7);
  g_assert_false (ac_session_equal (session, session_copy));
  ac_session_set_felt (session_copy, 8);
  ac_session_set_price (session_copy, "60.00 CHF");
  g_assert_false (ac_session_equal (session, session_copy));
  ac_checkin_set_stress (checkin_copy, -1);
  g_assert_false (ac_checkin_equal (checkin, checkin_copy));
  ac_checkin_set_stress (checkin_copy, 3);
  ac_checkin_set_sleep (checkin_copy, 6);
  g_assert_false (ac_checkin_equal (checkin, checkin_copy));
}

static char *
journal_text (const char *session_members,
              const char *checkin_members)
{
  return g_strdup_printf ("{\"format\":\"aftercare-journal\",\"version\":2,\n"
                          "\"sessions\":[{\"id\":\"" SESSION_ID "\",\"start\":\"2026-11-20T18:30:00+01:00\","
                          "\"minutes\":60,\"pressure\":\"deep\"%s}],\n"
                          "\"checkins\":[{\"id\":\"" CHECKIN_ID "\",\"date\":\"2026-11-21\",\"soreness\":4%s}]}",
                          session_members, checkin_members);
}

/* Read from a file: the ends, null as not told, and the errors. */
static void
test_decode (void)
{
  const struct { const char *session; const char *checkin; const char *message; } bad[] = {
    { ",\n\"felt\":11", "", "j.json: line 3: sessions[0].felt: 11 is out of range 0–10" },
    { ",\n\"felt\":-1", "", "j.json: line 3: sessions[0].felt: -1 is out of range 0–10" },
    { ",\n\"felt\":7.5", "", "j.json: line 3: sessions[0].felt: expected a whole number, found a number" },
    { ",\n\"felt\":\"8\"", "", "j.json: line 3: sessions[0].felt: expected a whole number, found a string" },
    { ",\n\"price\":60", "", "j.json: line 3: sessions[0].price: expected a string, found a whole number" },
    { ",\n\"price\":\"60 euros\"", "",
      "j.json: line 3: sessions[0].price: “60 euros” is not an amount with a currency code, like “60.00 EUR”" },
    { ",\n\"price\":\"\"", "",
      "j.json: line 3: sessions[0].price: “” is not an amount with a currency code, like “60.00 EUR”" },
    { "", ",\n\"stress\":11", "j.json: line 4: checkins[0].stress: 11 is out of range 0–10" },
    { "", ",\n\"sleep\":-1", "j.json: line 4: checkins[0].sleep: -1 is out of range 0–10" },
    { "", ",\n\"sleep\":true", "j.json: line 4: checkins[0].sleep: expected a whole number, found true or false" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = journal_text (bad[i].session, bad[i].checkin);
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "j.json", &error);

      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }

  {
    g_autofree char *text = journal_text (",\"felt\":0,\"price\":\"0.5 GBP\"", ",\"stress\":10,\"sleep\":0");
    g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "j.json", NULL);
    AcSession *session = ac_journal_lookup_session (journal, SESSION_ID);
    AcCheckin *checkin = ac_journal_lookup_checkin (journal, CHECKIN_ID);

    g_assert_cmpint (ac_session_get_felt (session), ==, 0);
    g_assert_cmpstr (ac_session_get_price (session), ==, "0.5 GBP");
    g_assert_cmpint (ac_checkin_get_stress (checkin), ==, 10);
    g_assert_cmpint (ac_checkin_get_sleep (checkin), ==, 0);
  }

  /* null is not told, as for every known member; so is missing. */
  {
    g_autofree char *text = journal_text (",\"felt\":null,\"price\":null", ",\"stress\":null");
    g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "j.json", NULL);
    g_autofree char *written = NULL;

    g_assert_nonnull (journal);
    g_assert_cmpint (ac_session_get_felt (ac_journal_lookup_session (journal, SESSION_ID)), ==, -1);
    g_assert_null (ac_session_get_price (ac_journal_lookup_session (journal, SESSION_ID)));
    g_assert_cmpint (ac_checkin_get_stress (ac_journal_lookup_checkin (journal, CHECKIN_ID)), ==, -1);
    g_assert_cmpint (ac_checkin_get_sleep (ac_journal_lookup_checkin (journal, CHECKIN_ID)), ==, -1);
    written = ac_journal_to_data (journal, NULL);
    g_assert_null (strstr (written, "null"));
    g_assert_null (strstr (written, "\"felt\""));
    g_assert_null (strstr (written, "\"price\""));
    g_assert_null (strstr (written, "\"stress\""));
    g_assert_null (strstr (written, "\"sleep\""));
  }
}

/* Every member of format 2 and unknown ones at every level: read, written
 * as read, read again equal. The new members are known, written once each,
 * never kept as unknown text. */
static void
test_round_trip (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "full.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GListModel *kinds[3];
  JsonObject *session;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  journal = ac_journal_new_from_data (text, -1, "full.json", &error);
  g_assert_no_error (error);
  written = ac_journal_to_data (journal, NULL);
  /* full.json is written as the encoder writes, so it comes back byte for byte. */
  g_assert_cmpstr (written, ==, g_strchomp (text));

  again = ac_journal_new_from_data (written, -1, NULL, &error);
  g_assert_no_error (error);
  kinds[0] = ac_journal_get_sessions (journal);
  kinds[1] = ac_journal_get_checkins (journal);
  kinds[2] = ac_journal_get_clearances (journal);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < g_list_model_get_n_items (kinds[k]); i++)
      {
        g_autoptr(AcRecord) a = g_list_model_get_item (kinds[k], i);
        AcRecord *b = (AcRecord *) ac_journal_lookup_session (again, ac_record_get_id (a));

        if (b == NULL)
          b = (AcRecord *) ac_journal_lookup_checkin (again, ac_record_get_id (a));
        if (b == NULL)
          b = (AcRecord *) ac_journal_lookup_clearance (again, ac_record_get_id (a));
        g_assert_nonnull (b);
        g_assert_true (ac_record_equal (a, b));
      }

  /* full.json sets each new member somewhere and leaves it out elsewhere. */
  g_assert_nonnull (strstr (written, "\"felt\" : "));
  g_assert_nonnull (strstr (written, "\"price\" : "));
  g_assert_nonnull (strstr (written, "\"stress\" : "));
  g_assert_nonnull (strstr (written, "\"sleep\" : "));
  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  session = json_array_get_object_element (json_object_get_array_member (
              json_node_get_object (json_parser_get_root (parser)), "sessions"), 0);
  g_assert_cmpint (json_object_get_int_member (session, "felt"), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (session, "price"), ==, "60.00 EUR");
}

/* A version 2 file with members this version does not know: kept and
 * written back, next to the new known ones, which appear once. */
static void
test_unknown_members (void)
{
  g_autofree char *text = journal_text (",\"felt\":8,\"room\":\"blue\",\"price\":\"60.00 EUR\"",
                                        ",\"sleep\":7,\"mood\":[1,2],\"stress\":3");
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, NULL, NULL);
  g_autofree char *written = ac_journal_to_data (journal, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *session, *checkin;

  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  session = json_array_get_object_element (json_object_get_array_member (root, "sessions"), 0);
  checkin = json_array_get_object_element (json_object_get_array_member (root, "checkins"), 0);
  g_assert_cmpstr (json_object_get_string_member (session, "room"), ==, "blue");
  g_assert_cmpint (json_object_get_int_member (session, "felt"), ==, 8);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (checkin, "mood")), ==, 2);
  g_assert_cmpint (json_object_get_int_member (checkin, "stress"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (checkin, "sleep"), ==, 7);
  /* Each once: a known member kept as unknown text too would be written twice. */
  g_assert_null (strstr (strstr (written, "\"felt\"") + 1, "\"felt\""));
  g_assert_null (strstr (strstr (written, "\"sleep\"") + 1, "\"sleep\""));
  g_assert_null (strstr (strstr (written, "\"price\"") + 1, "\"price\""));
  g_assert_null (strstr (strstr (written, "\"stress\"") + 1, "\"stress\""));
}

static char *
make_folder (void)
{
  char *folder = g_dir_make_tmp ("aftercare-format2-XXXXXX", NULL);

  g_assert_nonnull (folder);
  return folder;
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder, name, NULL);

      g_unlink (child);
    }
  g_rmdir (folder);
}

/* A version 1 file loads as it is, is written as version 2 at the first
 * save, and its .bak then holds the version 1 file byte for byte. */
static void
test_version_1_upgraded (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *fixture = g_build_filename (FIXTURES_DIR, "format1.json", NULL);
  g_autofree char *v1 = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) reloaded = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (13, 11, 2026);
  g_autoptr(AcClearance) clearance = ac_clearance_new (day, "dark-urine");

  g_assert_true (g_file_get_contents (fixture, &v1, NULL, NULL));
  g_assert_nonnull (strstr (v1, "\"version\" : 1,"));
  g_assert_true (g_file_set_contents (path, v1, -1, NULL));

  journal = ac_journal_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_journal_get_file_version (journal), ==, 1);
  g_assert_false (ac_journal_get_read_only (journal));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 3);
  g_assert_cmpint (ac_session_get_felt (ac_journal_lookup_session (journal, SESSION_ID)), ==, -1);

  g_assert_true (ac_journal_add_clearance (journal, clearance, NULL));
  g_assert_true (ac_journal_save (journal, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"version\" : 2,"));
  g_assert_nonnull (strstr (saved, "\"clearances\" : ["));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, v1);

  reloaded = ac_journal_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_journal_get_file_version (reloaded), ==, 2);
  g_assert_nonnull (ac_journal_lookup_clearance (reloaded, ac_clearance_get_id (clearance)));

  remove_folder (folder);
}

/* A file of version 3, one newer than this, opens read-only: read as far
 * as this version knows it, never changed or saved, and said so. */
static void
test_version_3_read_only (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = journal_text (",\"felt\":8,\"mood\":\"new in 3\"", "");
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcClearance) clearance = ac_clearance_new (day, "bruising");
  char *version = strstr (text, "\"version\":2");

  version[strlen ("\"version\":")] = '3';
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  journal = ac_journal_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ac_journal_get_read_only (journal));
  g_assert_cmpuint (ac_journal_get_file_version (journal), ==, 3);
  g_assert_cmpint (ac_session_get_felt (ac_journal_lookup_session (journal, SESSION_ID)), ==, 8);

  g_assert_false (ac_journal_add_clearance (journal, clearance, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "This journal was written by a newer version of Aftercare (format 3) and is open read-only");
  g_clear_error (&error);
  g_assert_false (ac_journal_save (journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  remove_folder (folder);
}

/* A version 3 file may use values this version does not know: that is
 * told as a newer version, not as a broken file. Version 2 is not newer. */
static void
test_version_3_unknown_value (void)
{
  const char *v3 = "{\"format\":\"aftercare-journal\",\"version\":3,\"clearances\":[{"
                   "\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-23\",\"what\":\"rule-of-v3\"}]}";
  g_autofree char *v2 = g_strdup (v3);
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (v3, -1, "j.json", &error);

  g_assert_null (journal);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NEWER_VERSION);
  g_assert_true (g_str_has_prefix (error->message, "j.json: written by a newer version of Aftercare"));
  g_clear_error (&error);

  strstr (v2, "\"version\":3")[strlen ("\"version\":")] = '2';
  journal = ac_journal_new_from_data (v2, -1, "j.json", &error);
  g_assert_null (journal);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format2/scales", test_scales);
  g_test_add_func ("/format2/price", test_price);
  g_test_add_func ("/format2/price-parse", test_price_parse);
  g_test_add_func ("/format2/copy-equal", test_copy_equal);
  g_test_add_func ("/format2/decode", test_decode);
  g_test_add_func ("/format2/round-trip", test_round_trip);
  g_test_add_func ("/format2/unknown-members", test_unknown_members);
  g_test_add_func ("/format2/version-1-upgraded", test_version_1_upgraded);
  g_test_add_func ("/format2/version-3-read-only", test_version_3_read_only);
  g_test_add_func ("/format2/version-3-unknown-value", test_version_3_unknown_value);

  return g_test_run ();
}
