/* test-profile.c — the health profile of format 2: conditions, areas to
 * avoid and notes for a therapist; their rules at the edges, in the
 * journal and in the file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "ac-journal.h"

/* @n characters, each of two bytes: the limit counts characters. */
static char *
text_of_chars (guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, "é");
  return g_string_free (text, FALSE);
}

static void
count_changes (AcJournal *journal,
               guint     *n)
{
  (*n)++;
}

/* A journal of @version whose profile's members are @members. */
static AcJournal *
load_profile (guint        version,
              const char  *members,
              GError     **error)
{
  g_autofree char *text = g_strdup_printf ("{\"format\":\"aftercare-journal\",\"version\":%u,\n"
                                           "\"profile\":{%s}}", version, members);

  return ac_journal_new_from_data (text, -1, "profile.json", error);
}

static void
assert_refused (const char *members,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = load_profile (2, members, &error);

  g_assert_null (journal);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* Defaults, setters, copy and equality; a sealed profile refuses a change. */
static void
test_members (void)
{
  g_autoptr(AcProfile) profile = ac_profile_new (AC_CONDITION_PREGNANT);
  g_autoptr(AcProfile) copy = NULL;
  g_autoptr(AcJournal) journal = ac_journal_new ();

  g_assert_cmpuint (ac_profile_get_avoid_areas (profile), ==, AC_AREA_NONE);
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile), ==, "");
  g_assert_false (ac_profile_is_empty (profile));
  ac_profile_set_conditions (profile, AC_CONDITION_NONE);
  g_assert_true (ac_profile_is_empty (profile));

  ac_profile_set_avoid_areas (profile, AC_AREA_NECK | AC_AREA_FEET);
  g_assert_false (ac_profile_is_empty (profile));
  ac_profile_set_avoid_areas (profile, AC_AREA_NONE);
  ac_profile_set_therapist_notes (profile, "No oils");
  g_assert_false (ac_profile_is_empty (profile));
  ac_profile_set_therapist_notes (profile, NULL);
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile), ==, "");
  g_assert_true (ac_profile_is_empty (profile));

  ac_profile_set_avoid_areas (profile, AC_AREA_LOWER_BACK);
  ac_profile_set_therapist_notes (profile, "No oils");
  copy = ac_profile_copy (profile);
  g_assert_true (ac_profile_equal (profile, copy));
  ac_profile_set_therapist_notes (copy, "No oils.");
  g_assert_false (ac_profile_equal (profile, copy));
  ac_profile_set_therapist_notes (copy, "No oils");
  ac_profile_set_avoid_areas (copy, AC_AREA_LOWER_BACK | AC_AREA_HIPS);
  g_assert_false (ac_profile_equal (profile, copy));

  /* The journal's profile is sealed. */
  g_assert_true (ac_profile_is_sealed (ac_journal_get_profile (journal)));
  g_assert_false (ac_profile_is_sealed (copy));
  g_test_expect_message ("ac-profile", G_LOG_LEVEL_CRITICAL, "*!self->sealed*");
  ac_profile_set_avoid_areas (ac_journal_get_profile (journal), AC_AREA_NECK);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==, AC_AREA_NONE);
}

/* The journal's setters: a valid change replaces the profile and emits
 * "changed" once; the same value emits nothing; a bad one is refused by
 * name and changes nothing. */
static void
test_journal_avoid_areas (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  AcProfile *before;
  guint n = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changes), &n);

  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_NECK | AC_AREA_CALVES, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==,
                    AC_AREA_NECK | AC_AREA_CALVES);
  g_assert_false (ac_journal_is_empty (journal));

  before = ac_journal_get_profile (journal);
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_NECK | AC_AREA_CALVES, NULL));
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (ac_journal_get_profile (journal) == before);

  /* The bit after the last area is not an area. */
  g_assert_false (ac_journal_set_avoid_areas (journal, AC_AREA_FEET << 1, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (ac_journal_error_get_field (error), ==, "profile.avoid_areas");
  g_assert_cmpstr (error->message, ==, "profile.avoid_areas: holds an area that is not in the list");
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (ac_journal_get_profile (journal) == before);

  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_FEET, NULL));
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_NONE, NULL));
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (ac_journal_is_empty (journal));
}

/* 4,000 characters are kept, 4,001 refused, counted in characters. */
static void
test_journal_therapist_notes (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autofree char *longest = text_of_chars (4000);
  g_autofree char *too_long = text_of_chars (4001);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changes), &n);

  g_assert_true (ac_journal_set_therapist_notes (journal, longest, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, longest);
  g_assert_false (ac_journal_is_empty (journal));

  g_assert_false (ac_journal_set_therapist_notes (journal, too_long, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "profile.therapist_notes: 4001 characters is more than the 4000 allowed");
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, longest);
  g_clear_error (&error);

  /* The other members are kept by each setter. */
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_CANCER, NULL));
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_CHEST, NULL));
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, longest);
  g_assert_true (ac_journal_set_therapist_notes (journal, NULL, NULL));
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal)), ==, AC_CONDITION_CANCER);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==, AC_AREA_CHEST);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "");
  g_assert_cmpuint (n, ==, 4);
}

/* A journal from a newer version refuses every profile change. */
static void
test_journal_read_only (void)
{
  g_autoptr(AcJournal) journal = load_profile (AC_JOURNAL_FORMAT_VERSION + 1, "", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (journal);
  g_assert_false (ac_journal_set_avoid_areas (journal, AC_AREA_NECK, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ac_journal_set_therapist_notes (journal, "x", &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_true (ac_profile_is_empty (ac_journal_get_profile (journal)));
}

/* Read from the file: the rules of sessions' areas and of notes, named
 * by the profile's field and the line. */
static void
test_decode_rules (void)
{
  g_autofree char *longest = text_of_chars (4000);
  g_autofree char *too_long = text_of_chars (4001);
  g_autofree char *members = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused ("\"avoid_areas\":[\"neck\",\"elbows\"]",
                  "profile.json: line 2: profile.avoid_areas[1]: “elbows” is not one of: head, neck, "
                  "shoulders, upper-back, lower-back, chest, abdomen, arms, hands, hips, glutes, "
                  "thighs, calves, feet");
  assert_refused ("\"avoid_areas\":[\"neck\",\"feet\",\"neck\"]",
                  "profile.json: line 2: profile.avoid_areas[2]: “neck” is listed twice");
  assert_refused ("\"avoid_areas\":\"neck\"",
                  "profile.json: line 2: profile.avoid_areas: expected a list of words, found a string");
  assert_refused ("\"avoid_areas\":[3]",
                  "profile.json: line 2: profile.avoid_areas[0]: expected a string, found a whole number");
  assert_refused ("\"therapist_notes\":[\"x\"]",
                  "profile.json: line 2: profile.therapist_notes: expected a string, found a list");

  members = g_strdup_printf ("\"conditions\":[],\n\"therapist_notes\":\"%s\"", too_long);
  assert_refused (members, "profile.json: line 3: profile.therapist_notes: 4001 characters is more "
                           "than the 4000 allowed");
  g_free (members);

  /* The edges that are kept; null is a missing member. */
  members = g_strdup_printf ("\"avoid_areas\":[\"feet\",\"head\"],\"therapist_notes\":\"%s\"", longest);
  journal = load_profile (2, members, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==,
                    AC_AREA_HEAD | AC_AREA_FEET);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, longest);
  g_clear_object (&journal);

  journal = load_profile (2, "\"avoid_areas\":null,\"therapist_notes\":null", &error);
  g_assert_no_error (error);
  g_assert_true (ac_profile_is_empty (ac_journal_get_profile (journal)));
}

/* Written as read, each once, and only when set; read again equal. */
static void
test_round_trip (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *empty = NULL;
  const char *notes = "Left shoulder operated in 2019;\n\"no deep work\" there.\t—";

  empty = ac_journal_to_data (journal, NULL);
  g_assert_null (strstr (empty, "avoid_areas"));
  g_assert_null (strstr (empty, "therapist_notes"));

  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_LOWER_BACK | AC_AREA_SHOULDERS, NULL));
  g_assert_true (ac_journal_set_therapist_notes (journal, notes, NULL));
  written = ac_journal_to_data (journal, NULL);
  g_assert_nonnull (strstr (written, "    \"avoid_areas\" : [\n"
                                     "      \"shoulders\",\n"
                                     "      \"lower-back\"\n"
                                     "    ],\n"
                                     "    \"therapist_notes\" : \"Left shoulder operated in 2019;\\n"
                                     "\\\"no deep work\\\" there.\\t—\"\n  }"));

  again = ac_journal_new_from_data (written, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ac_profile_equal (ac_journal_get_profile (again), ac_journal_get_profile (journal)));
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (again)), ==, notes);
  {
    g_autofree char *rewritten = ac_journal_to_data (again, NULL);

    g_assert_cmpstr (rewritten, ==, written);
  }
}

/* A version 1 file written by a build that kept them as unknown members:
 * now read as known, written once each after the conditions, and the
 * profile's truly unknown members kept. */
static void
test_version_1_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal =
    load_profile (1, "\"x-sync\":{\"rev\":3},\"therapist_notes\":\"No oils\","
                     "\"conditions\":[\"pregnant\"],\"avoid_areas\":[\"abdomen\"]", &error);
  g_autofree char *written = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *profile;

  g_assert_no_error (error);
  g_assert_cmpuint (ac_journal_get_file_version (journal), ==, 1);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==, AC_AREA_ABDOMEN);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "No oils");

  written = ac_journal_to_data (journal, NULL);
  g_assert_null (strstr (strstr (written, "\"avoid_areas\"") + 1, "\"avoid_areas\""));
  g_assert_null (strstr (strstr (written, "\"therapist_notes\"") + 1, "\"therapist_notes\""));
  g_assert_true (strstr (written, "\"conditions\"") < strstr (written, "\"avoid_areas\""));
  g_assert_true (strstr (written, "\"avoid_areas\"") < strstr (written, "\"therapist_notes\""));
  g_assert_true (strstr (written, "\"therapist_notes\"") < strstr (written, "\"x-sync\""));
  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  profile = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "profile");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (profile, "x-sync"), "rev"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (profile, "therapist_notes"), ==, "No oils");
  g_assert_cmpuint (json_object_get_size (profile), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/members", test_members);
  g_test_add_func ("/profile/journal-avoid-areas", test_journal_avoid_areas);
  g_test_add_func ("/profile/journal-therapist-notes", test_journal_therapist_notes);
  g_test_add_func ("/profile/journal-read-only", test_journal_read_only);
  g_test_add_func ("/profile/decode-rules", test_decode_rules);
  g_test_add_func ("/profile/round-trip", test_round_trip);
  g_test_add_func ("/profile/version-1-members", test_version_1_members);

  return g_test_run ();
}
