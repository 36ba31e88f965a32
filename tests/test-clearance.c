/* test-clearance.c — clearances: the record, its rules, the journal's
 * list of them and their round trip through the file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "ac-journal.h"

static AcClearance *
new_clearance (int         day,
               const char *what)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, 6, 2026);

  return ac_clearance_new (date, what);
}

static void
assert_invalid (AcClearance *clearance,
                const char  *field,
                const char  *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ac_clearance_validate (clearance, "clearances[2]", &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, field);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
test_what (void)
{
  const char *good[] = {
    "leg-swelling", "chest-pain-breathless", "dark-urine", "severe-weakness",
    "numbness-tingling", "saddle-numbness", "head-neck-neuro", "bruising",
    "soreness-severe", "soreness-persistent", "referral-not-improving",
  };
  const char *bad[] = {
    "", "Leg-swelling", "leg-swelling ", "soreness-lingering", "hold-massage",
    "red-flag-bruising", "none",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(AcClearance) clearance = new_clearance (15, good[i]);

      g_assert_true (ac_clearance_is_valid_what (good[i]));
      g_assert_true (ac_clearance_validate (clearance, NULL, NULL));
      g_assert_cmpstr (ac_clearance_get_what (clearance), ==, good[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(AcClearance) clearance = new_clearance (15, bad[i]);

      g_assert_false (ac_clearance_is_valid_what (bad[i]));
      assert_invalid (clearance, "clearances[2].what", NULL);
    }
  g_assert_false (ac_clearance_is_valid_what (NULL));

  {
    g_autoptr(AcClearance) clearance = new_clearance (15, "itch");

    assert_invalid (clearance, "clearances[2].what",
                    "clearances[2].what: “itch” is not a symptom or a hold rule, one of: "
                    "leg-swelling, chest-pain-breathless, dark-urine, severe-weakness, "
                    "numbness-tingling, saddle-numbness, head-neck-neuro, bruising, "
                    "soreness-severe, soreness-persistent, referral-not-improving");
  }
}

static void
test_note_and_year (void)
{
  g_autoptr(AcClearance) clearance = new_clearance (15, "bruising");
  g_autofree char *at_limit = g_strnfill (4000, 'n');
  g_autofree char *over = g_strnfill (4001, 'n');
  g_autoptr(GDate) old = g_date_new_dmy (31, 12, 999);
  g_autoptr(GDate) first = g_date_new_dmy (1, 1, 1000);

  g_assert_cmpstr (ac_clearance_get_note (clearance), ==, "");
  g_assert_true (g_uuid_string_is_valid (ac_clearance_get_id (clearance)));

  ac_clearance_set_note (clearance, at_limit);
  g_assert_true (ac_clearance_validate (clearance, NULL, NULL));
  ac_clearance_set_note (clearance, over);
  assert_invalid (clearance, "clearances[2].note",
                  "clearances[2].note: 4001 characters is more than the 4000 allowed");
  ac_clearance_set_note (clearance, NULL);
  g_assert_cmpstr (ac_clearance_get_note (clearance), ==, "");

  ac_clearance_set_date (clearance, old);
  assert_invalid (clearance, "clearances[2].date",
                  "clearances[2].date: year 999 is out of range 1000–9999");
  ac_clearance_set_date (clearance, first);
  g_assert_true (ac_clearance_validate (clearance, NULL, NULL));
  g_assert_cmpuint (ac_clearance_get_julian (clearance), ==, g_date_get_julian (first));

  ac_clearance_set_id (clearance, "not-a-uuid");
  assert_invalid (clearance, "clearances[2].id", NULL);
}

static void
test_copy_equal (void)
{
  g_autoptr(AcClearance) a = new_clearance (15, "bruising");
  g_autoptr(AcClearance) b = NULL;
  g_autoptr(GDate) other = g_date_new_dmy (16, 6, 2026);

  ac_clearance_set_note (a, "GP looked at it");
  b = ac_clearance_copy (a);
  g_assert_true (ac_clearance_equal (a, b));
  g_assert_cmpstr (ac_clearance_get_id (a), ==, ac_clearance_get_id (b));

  ac_clearance_set_note (b, "fine");
  g_assert_false (ac_clearance_equal (a, b));
  ac_clearance_set_note (b, "GP looked at it");
  ac_clearance_set_what (b, "soreness-severe");
  g_assert_false (ac_clearance_equal (a, b));
  ac_clearance_set_what (b, "bruising");
  ac_clearance_set_date (b, other);
  g_assert_false (ac_clearance_equal (a, b));
  g_assert_cmpint (ac_clearance_compare (a, b, NULL), <, 0);
  g_assert_cmpint (ac_clearance_compare (b, a, NULL), >, 0);
}

static void
count_changes (AcJournal *journal,
               guint     *n)
{
  (*n)++;
}

/* Several clearances share a date; the list is sorted by date; removing
 * one by its id works as for other records; a bad one changes nothing. */
static void
test_journal (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcClearance) late = new_clearance (20, "soreness-severe");
  g_autoptr(AcClearance) early = new_clearance (10, "bruising");
  g_autoptr(AcClearance) same_day = new_clearance (10, "leg-swelling");
  g_autoptr(AcClearance) bad = new_clearance (12, "itch");
  g_autoptr(AcClearance) edit = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list = ac_journal_get_clearances (journal);
  guint changes = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_true (ac_journal_is_empty (journal));

  g_assert_true (ac_journal_add_clearance (journal, late, NULL));
  g_assert_false (ac_journal_is_empty (journal));
  g_assert_true (ac_clearance_is_sealed (late));
  g_assert_true (ac_journal_add_clearance (journal, early, NULL));
  g_assert_true (ac_journal_add_clearance (journal, same_day, NULL));
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(AcClearance) first = g_list_model_get_item (list, 0);
    g_autoptr(AcClearance) last = g_list_model_get_item (list, 2);

    g_assert_cmpint (g_date_get_day (ac_clearance_get_date (first)), ==, 10);
    g_assert_true (last == late);
  }

  g_assert_false (ac_journal_add_clearance (journal, bad, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "what");
  g_clear_error (&error);
  g_assert_false (ac_journal_add_clearance (journal, late, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);

  g_assert_true (ac_journal_lookup_clearance (journal, ac_clearance_get_id (early)) == early);
  g_assert_null (ac_journal_lookup_clearance (journal, "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"));
  g_assert_null (ac_journal_lookup_session (journal, ac_clearance_get_id (early)));
  g_assert_null (ac_journal_lookup_checkin (journal, ac_clearance_get_id (early)));

  edit = ac_clearance_copy (early);
  ac_clearance_set_note (edit, "checked");
  g_assert_true (ac_journal_update_clearance (journal, edit, NULL));
  g_assert_true (ac_journal_lookup_clearance (journal, ac_clearance_get_id (early)) == edit);
  g_assert_cmpuint (changes, ==, 4);

  g_assert_true (ac_journal_remove (journal, ac_clearance_get_id (same_day), NULL));
  g_assert_true (ac_journal_remove (journal, ac_clearance_get_id (late), NULL));
  g_assert_true (ac_journal_remove (journal, ac_clearance_get_id (early), NULL));
  g_assert_cmpuint (changes, ==, 7);
  g_assert_true (ac_journal_is_empty (journal));
  g_assert_false (ac_journal_remove (journal, ac_clearance_get_id (early), &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND);
}

static const char with_clearances[] =
  "{\"format\":\"aftercare-journal\",\"version\":2,\n"
  "\"clearances\":[\n"
  "{\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-23\","
  "\"what\":\"bruising\",\"note\":\"GP looked at it: fine\",\"by\":{\"who\":\"GP\"}},\n"
  "{\"id\":\"1d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-22\","
  "\"what\":\"soreness-severe\"}\n"
  "]}\n";

/* Read, written and read again: the same clearances, the same text, the
 * unknown member of one kept. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (with_clearances, -1, "j.json", &error);
  g_autoptr(AcJournal) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  AcClearance *bruising;
  JsonObject *written;
  GListModel *a, *b;

  g_assert_no_error (error);
  a = ac_journal_get_clearances (journal);
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, 2);
  bruising = ac_journal_lookup_clearance (journal, "0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e");
  g_assert_nonnull (bruising);
  g_assert_cmpstr (ac_clearance_get_what (bruising), ==, "bruising");
  g_assert_cmpstr (ac_clearance_get_note (bruising), ==, "GP looked at it: fine");
  g_assert_cmpint (g_date_get_day (ac_clearance_get_date (bruising)), ==, 23);
  {
    g_autoptr(AcClearance) severe = g_list_model_get_item (a, 0);

    /* Sorted by date, not by their order in the file. */
    g_assert_cmpstr (ac_clearance_get_what (severe), ==, "soreness-severe");
    g_assert_cmpstr (ac_clearance_get_note (severe), ==, "");
  }

  first = ac_journal_to_data (journal, NULL);
  again = ac_journal_new_from_data (first, -1, NULL, &error);
  g_assert_no_error (error);
  second = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  b = ac_journal_get_clearances (again);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(AcClearance) ca = g_list_model_get_item (a, i);
      g_autoptr(AcClearance) cb = g_list_model_get_item (b, i);

      g_assert_true (ac_clearance_equal (ca, cb));
    }

  g_assert_true (json_parser_load_from_data (parser, first, -1, NULL));
  written = json_array_get_object_element (json_object_get_array_member (
                json_node_get_object (json_parser_get_root (parser)), "clearances"), 1);
  g_assert_cmpstr (json_object_get_string_member (written, "what"), ==, "bruising");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (written, "by"), "who"),
                   ==, "GP");
}

typedef struct
{
  const char *clearance;
  const char *message;
} BadCase;

static void
test_bad_files (void)
{
  const BadCase cases[] = {
    { "{\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-23\",\"what\":\"itch\"}",
      "j.json: line 3: clearances[0].what: “itch” is not a symptom or a hold rule, one of: "
      "leg-swelling, chest-pain-breathless, dark-urine, severe-weakness, numbness-tingling, "
      "saddle-numbness, head-neck-neuro, bruising, soreness-severe, soreness-persistent, "
      "referral-not-improving" },
    { "{\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-23\"}",
      "j.json: line 3: clearances[0].what: is missing" },
    { "{\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"what\":\"bruising\"}",
      "j.json: line 3: clearances[0].date: is missing" },
    { "{\"id\":\"0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e\",\"date\":\"2026-11-23\",\"what\":7}",
      "j.json: line 3: clearances[0].what: expected a string, found a whole number" },
    { "{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-23\",\"what\":\"bruising\"}",
      "j.json: line 3: clearances[0].id: “8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b” is already used by checkins[0]" },
  };

  /* Each clearance starts line 3. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "{\"format\":\"aftercare-journal\",\"version\":2,\n"
        "\"checkins\":[{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":1}],\"clearances\":[\n"
        "%s\n]}", cases[i].clearance);
      g_autoptr(GError) error = NULL;
      g_autoptr(AcJournal) journal = ac_journal_new_from_data (text, -1, "j.json", &error);

      g_assert_null (journal);
      g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clearance/what", test_what);
  g_test_add_func ("/clearance/note-and-year", test_note_and_year);
  g_test_add_func ("/clearance/copy-equal", test_copy_equal);
  g_test_add_func ("/clearance/journal", test_journal);
  g_test_add_func ("/clearance/round-trip", test_round_trip);
  g_test_add_func ("/clearance/bad-files", test_bad_files);

  return g_test_run ();
}
