/* test-transfer-backup.c — restoring an Aftercare JSON backup: its
 * clearances and its profile come back, merged by the plan's rules, and
 * are counted with the records
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-transfer-test.h"

#define ID_SESSION   "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f"
#define ID_CHECKIN   "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"
#define ID_CLEARED   "0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e"
#define ID_CLEARED_2 "5b6c7d8e-9f00-4112-8334-455667788990"
#define ID_OTHER     "9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3"

static AcClearance *
clearance_new (const char *id,
               int         day,
               const char *what,
               const char *note)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, G_DATE_NOVEMBER, 2026);
  AcClearance *clearance = ac_clearance_new (date, what);

  ac_clearance_set_id (clearance, id);
  ac_clearance_set_note (clearance, note);
  return clearance;
}

static void
add_clearance (AcJournal  *journal,
               const char *id,
               int         day,
               const char *what,
               const char *note)
{
  g_autoptr(AcClearance) clearance = clearance_new (id, day, what, note);

  g_assert_true (ac_journal_add_clearance (journal, clearance, NULL));
}

/* A session, a check-in with a symptom, two clearances and a full profile. */
static AcJournal *
backup_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  g_autoptr(GDate) day = g_date_new_dmy (21, G_DATE_NOVEMBER, 2026);
  g_autoptr(AcCheckin) checkin = ac_checkin_new (day, 6);

  ac_session_set_id (session, ID_SESSION);
  ac_checkin_set_id (checkin, ID_CHECKIN);
  ac_checkin_set_symptoms (checkin, AC_SYMPTOM_BRUISING);
  g_assert_true (ac_journal_add_session (journal, session, NULL));
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  add_clearance (journal, ID_CLEARED, 23, "bruising", "GP looked at it: fine");
  add_clearance (journal, ID_CLEARED_2, 23, "soreness-severe", "");
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS, NULL));
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_LOWER_BACK, NULL));
  g_assert_true (ac_journal_set_therapist_notes (journal, "Left shoulder operated in 2019", NULL));

  return journal;
}

static AcImportCandidate *
find_candidate (AcImportPlan *plan,
                AcImportKind  kind,
                gboolean      notes)
{
  GListModel *candidates = ac_import_plan_get_candidates (plan);

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      AcImportCandidate *candidate = ac_transfer_test_candidate (plan, i);

      if (ac_import_candidate_get_kind (candidate) == kind &&
          (ac_import_candidate_get_therapist_notes (candidate) != NULL) == notes)
        return candidate;
    }

  g_assert_not_reached ();
}

static AcImportCandidate *
clearance_candidate (AcImportPlan *plan,
                     const char   *id)
{
  GListModel *candidates = ac_import_plan_get_candidates (plan);

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      AcImportCandidate *candidate = ac_transfer_test_candidate (plan, i);
      AcClearance *clearance = ac_import_candidate_get_clearance (candidate);

      if (clearance != NULL && g_strcmp0 (ac_clearance_get_id (clearance), id) == 0)
        return candidate;
    }

  g_assert_not_reached ();
}

/* Into an empty journal the backup gives the same journal: clearances and
 * every member of the profile included; a second restore adds nothing. */
static void
test_restore (void)
{
  g_autoptr(AcJournal) journal = backup_journal_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_JSON, NULL);
  g_autoptr(AcJournal) restored = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(AcImportPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *selected = NULL;
  guint n_changed = 0;

  plan = ac_transfer_test_read (restored, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count_kind (plan, AC_IMPORT_KIND_SESSION, FALSE), ==, 1);
  g_assert_cmpuint (ac_import_plan_count_kind (plan, AC_IMPORT_KIND_CHECKIN, FALSE), ==, 1);
  g_assert_cmpuint (ac_import_plan_count_kind (plan, AC_IMPORT_KIND_CLEARANCE, FALSE), ==, 2);
  g_assert_cmpuint (ac_import_plan_count_kind (plan, AC_IMPORT_KIND_PROFILE, FALSE), ==, 2);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW), ==, 6);
  kinds = ac_import_plan_describe_kinds (plan, FALSE);
  g_assert_cmpstr (kinds, ==, "1 session, 1 check-in, 2 clearances, the health profile");

  /* Not choosing a clearance: it is not added, nor said to be. */
  ac_import_candidate_set_selected (clearance_candidate (plan, ID_CLEARED_2), FALSE);
  selected = ac_import_plan_describe_kinds (plan, TRUE);
  g_assert_cmpstr (selected, ==, "1 session, 1 check-in, 1 clearance, the health profile");
  ac_import_candidate_set_selected (clearance_candidate (plan, ID_CLEARED_2), TRUE);

  g_assert_true (ac_import_plan_apply (plan, restored, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 6);
  ac_transfer_test_assert_equal (journal, restored);

  again = ac_transfer_test_read (restored, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (again, AC_IMPORT_STATUS_DUPLICATE), ==, 6);
  g_assert_cmpuint (ac_import_plan_count_selected (again), ==, 0);
  g_assert_cmpstr (ac_import_candidate_get_reason (clearance_candidate (again, ID_CLEARED)), ==,
                   "Already in the journal");
  g_assert_cmpstr (ac_import_candidate_get_reason (find_candidate (again, AC_IMPORT_KIND_PROFILE, FALSE)), ==,
                   "The health profile already lists these conditions and areas to avoid");
  g_assert_cmpstr (ac_import_candidate_get_reason (find_candidate (again, AC_IMPORT_KIND_PROFILE, TRUE)), ==,
                   "The health profile has the same notes for a therapist");
}

/* Clearances merge by id like the other records; one that says the same
 * as one of the journal's under another id is a duplicate; an id of
 * another kind of record is not importable, either way round. */
static void
test_clearances (void)
{
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcJournal) journal = backup_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;
  AcImportCandidate *candidate;
  guint n_changed = 0;

  /* Same id, another note; the same as ID_CLEARED_2 under another id;
   * the same day and rule but another note; the session's id. */
  add_clearance (file, ID_CLEARED, 23, "bruising", "GP: fine after all");
  add_clearance (file, ID_OTHER, 23, "soreness-severe", "");
  add_clearance (file, "1b4e28ba-2fa1-41d2-883f-0016d3cca427", 23, "soreness-severe", "It eased");
  add_clearance (file, ID_SESSION, 24, "leg-swelling", "");
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_JSON, NULL);

  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  g_assert_no_error (error);

  candidate = clearance_candidate (plan, ID_CLEARED);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_true (ac_import_candidate_get_existing (candidate) ==
                 G_OBJECT (ac_journal_lookup_clearance (journal, ID_CLEARED)));
  g_assert_false (ac_import_candidate_get_selected (candidate));

  candidate = clearance_candidate (plan, ID_OTHER);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_DUPLICATE);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==, "The journal has the same clearance for this day");
  g_assert_true (ac_import_candidate_get_existing (candidate) ==
                 G_OBJECT (ac_journal_lookup_clearance (journal, ID_CLEARED_2)));

  candidate = clearance_candidate (plan, "1b4e28ba-2fa1-41d2-883f-0016d3cca427");
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NEW);

  candidate = clearance_candidate (plan, ID_SESSION);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NOT_IMPORTABLE);
  reason = g_strdup_printf ("id: “%s” belongs to a session in the journal", ID_SESSION);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==, reason);

  /* Choosing the conflict replaces the journal's clearance. */
  ac_import_candidate_set_selected (clearance_candidate (plan, ID_CLEARED), TRUE);
  g_assert_true (ac_import_plan_apply (plan, journal, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpstr (ac_clearance_get_note (ac_journal_lookup_clearance (journal, ID_CLEARED)), ==,
                   "GP: fine after all");
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (journal)), ==, 3);
  g_assert_null (ac_journal_lookup_clearance (journal, ID_OTHER));
}

/* A session of the file with the id of a clearance in the journal. */
static void
test_session_with_clearance_id (void)
{
  g_autoptr(AcJournal) journal = backup_journal_new ();
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-25T10:00:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 30, AC_PRESSURE_LIGHT);
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = g_strdup_printf ("id: “%s” belongs to a clearance in the journal", ID_CLEARED);

  ac_session_set_id (session, ID_CLEARED);
  g_assert_true (ac_journal_add_session (file, session, NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_JSON, NULL);
  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ac_import_candidate_get_status (ac_transfer_test_candidate (plan, 0)), ==,
                   AC_IMPORT_STATUS_NOT_IMPORTABLE);
  g_assert_cmpstr (ac_import_candidate_get_reason (ac_transfer_test_candidate (plan, 0)), ==, reason);
}

/* The profile's lists are added to, never taken from: a condition or area
 * the journal lacks makes the candidate new, and applying adds only it. */
static void
test_profile_lists (void)
{
  g_autoptr(AcJournal) journal = backup_journal_new ();
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AcImportCandidate *candidate;
  AcProfile *profile;

  /* One area more than the journal's, and none of its conditions. */
  g_assert_true (ac_journal_set_avoid_areas (file, AC_AREA_LOWER_BACK | AC_AREA_NECK, NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_JSON, NULL);
  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  candidate = find_candidate (plan, AC_IMPORT_KIND_PROFILE, FALSE);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NEW);
  g_assert_cmpuint (ac_import_candidate_get_conditions (candidate), ==, AC_CONDITION_NONE);
  g_assert_cmpuint (ac_import_candidate_get_avoid_areas (candidate), ==, AC_AREA_NECK);
  /* The file has no notes: nothing about them. */
  g_assert_cmpuint (ac_import_plan_count_kind (plan, AC_IMPORT_KIND_PROFILE, FALSE), ==, 1);

  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  profile = ac_journal_get_profile (journal);
  g_assert_cmpuint (ac_profile_get_conditions (profile), ==, AC_CONDITION_BLOOD_THINNERS);
  g_assert_cmpuint (ac_profile_get_avoid_areas (profile), ==, AC_AREA_LOWER_BACK | AC_AREA_NECK);
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile), ==, "Left shoulder operated in 2019");

  /* Now the journal lists them all: a duplicate. */
  g_clear_object (&plan);
  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  candidate = find_candidate (plan, AC_IMPORT_KIND_PROFILE, FALSE);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_DUPLICATE);
}

/* Notes for a therapist: taken where the journal has none; where it has
 * others, a conflict that keeps the journal's unless chosen. */
static void
test_profile_notes (void)
{
  g_autoptr(AcJournal) journal = backup_journal_new ();
  g_autoptr(AcJournal) empty = ac_journal_new ();
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AcImportCandidate *candidate;

  g_assert_true (ac_journal_set_therapist_notes (file, "No oils, please", NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_JSON, NULL);

  plan = ac_transfer_test_read (empty, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  candidate = find_candidate (plan, AC_IMPORT_KIND_PROFILE, TRUE);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NEW);
  g_assert_cmpstr (ac_import_candidate_get_therapist_notes (candidate), ==, "No oils, please");
  g_assert_true (ac_import_plan_apply (plan, empty, NULL, &error));
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (empty)), ==, "No oils, please");

  g_clear_object (&plan);
  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  candidate = find_candidate (plan, AC_IMPORT_KIND_PROFILE, TRUE);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The health profile has other notes for a therapist; they are kept unless you "
                   "choose the file's, which replace them");
  g_assert_false (ac_import_candidate_get_selected (candidate));
  g_assert_cmpuint (ac_import_plan_count_selected (plan), ==, 0);

  /* Chosen: they replace the journal's. */
  ac_import_candidate_set_selected (candidate, TRUE);
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "No oils, please");
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==, AC_AREA_LOWER_BACK);
}

/* The journal's profile changed after the plan compared the notes with
 * it: nothing is applied, not even the clearance before them. */
static void
test_profile_changed_since_read (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  add_clearance (file, ID_CLEARED, 23, "bruising", "");
  g_assert_true (ac_journal_set_therapist_notes (file, "No oils, please", NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_JSON, NULL);
  plan = ac_transfer_test_read (journal, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count_selected (plan), ==, 2);

  g_assert_true (ac_journal_set_therapist_notes (journal, "Written meanwhile", NULL));
  g_assert_false (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "backup.json: health profile: notes for a therapist: the journal "
                                       "changed since the file was read; read it again");
  g_assert_null (ac_journal_lookup_clearance (journal, ID_CLEARED));
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "Written meanwhile");
  g_clear_error (&error);

  /* Classified again: a conflict, and the clearance goes in alone. */
  ac_import_plan_classify (plan, journal);
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ac_journal_lookup_clearance (journal, ID_CLEARED));
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "Written meanwhile");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transfer/backup/restore", test_restore);
  g_test_add_func ("/transfer/backup/clearances", test_clearances);
  g_test_add_func ("/transfer/backup/session-with-clearance-id", test_session_with_clearance_id);
  g_test_add_func ("/transfer/backup/profile-lists", test_profile_lists);
  g_test_add_func ("/transfer/backup/profile-notes", test_profile_notes);
  g_test_add_func ("/transfer/backup/profile-changed-since-read", test_profile_changed_since_read);

  return g_test_run ();
}
