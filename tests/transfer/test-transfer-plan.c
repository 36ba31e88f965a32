/* test-transfer-plan.c — the import plan (new, duplicate, conflict, not
 * importable; all or nothing), the JSON backup, and the exporter: periods,
 * private atomic files, async work with progress and cancellation
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "ac-transfer-test.h"

static AcCheckin *
checkin_on (int         month,
            int         day,
            int         soreness,
            const char *notes)
{
  GDate date;
  AcCheckin *checkin;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, 2026);
  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_notes (checkin, notes);
  return checkin;
}

static AcSession *
session_item (AcJournal *journal,
              guint      index)
{
  g_autoptr(AcSession) session = g_list_model_get_item (ac_journal_get_sessions (journal), index);

  return session;
}

static AcCheckin *
checkin_item (AcJournal *journal,
              guint      index)
{
  g_autoptr(AcCheckin) checkin = g_list_model_get_item (ac_journal_get_checkins (journal), index);

  return checkin;
}

static void
test_json_restore (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_JSON, NULL);
  g_autofree char *journal_text = ac_journal_to_data (journal, NULL);
  g_autoptr(AcJournal) restored = ac_transfer_test_import (text, -1, "backup.json");
  g_autoptr(AcImportPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  AcImportCandidate *profile;

  /* The backup is the journal file itself; restoring it into an empty
   * journal gives the same journal, profile included. */
  g_assert_cmpstr (text, ==, journal_text);
  ac_transfer_test_assert_equal (journal, restored);

  /* A second restore adds nothing. */
  again = ac_transfer_test_read (restored, text, -1, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ac_import_plan_get_format (again), ==, AC_TRANSFER_FORMAT_JSON);
  g_assert_cmpuint (ac_import_plan_count (again, AC_IMPORT_STATUS_DUPLICATE), ==, 4 + 4 + 1);
  g_assert_cmpuint (ac_import_plan_count_selected (again), ==, 0);
  profile = ac_transfer_test_candidate (again, 8);
  g_assert_cmpint (ac_import_candidate_get_kind (profile), ==, AC_IMPORT_KIND_PROFILE);
  g_assert_cmpstr (ac_import_candidate_get_source (profile), ==, "health profile");

  /* A bad journal file is an error that names the line. */
  g_clear_object (&again);
  again = ac_transfer_test_read (restored, "{\n\"format\": \"aftercare-journal\",\n\"version\": 1,\n"
                                           "\"sessions\": [ { \"id\": 1 } ]\n}", -1, "backup.json", &error);
  g_assert_null (again);
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "backup.json: line 4: "));
}

/* The file holds the journal changed in every way the plan tells apart. */
static void
test_classify (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *journal_text = ac_journal_to_data (journal, NULL);
  g_autoptr(AcJournal) other = ac_journal_new_from_data (journal_text, -1, "copy", NULL);
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcSession) unchanged = ac_session_copy (session_item (journal, 0));
  g_autoptr(AcSession) longer = ac_session_copy (session_item (journal, 1));
  g_autoptr(AcSession) added = ac_session_copy (session_item (journal, 2));
  g_autoptr(AcCheckin) same = ac_checkin_copy (checkin_item (journal, 0));
  g_autoptr(AcCheckin) other_day = checkin_on (10, 5, 6, "");
  g_autoptr(AcCheckin) same_day = checkin_on (10, 6, 8, "A large bruise");
  g_autoptr(AcCheckin) new_day = checkin_on (11, 10, 1, "");
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) later = NULL;
  AcImportCandidate *candidate;
  guint n_changed;

  ac_checkin_set_areas (same_day, AC_AREA_SHOULDERS);
  ac_checkin_set_symptoms (same_day, AC_SYMPTOM_BRUISING);
  ac_session_set_minutes (longer, 50);
  later = g_date_time_add_days (ac_session_get_start (added), 1);
  ac_session_set_start (added, later);
  ac_session_set_id (added, "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");

  g_assert_true (ac_journal_add_session (file, unchanged, NULL));
  g_assert_true (ac_journal_add_session (file, longer, NULL));
  g_assert_true (ac_journal_add_session (file, added, NULL));
  g_assert_true (ac_journal_add_checkin (file, same, NULL));
  g_assert_true (ac_journal_add_checkin (file, other_day, NULL));
  g_assert_true (ac_journal_add_checkin (file, same_day, NULL));
  g_assert_true (ac_journal_add_checkin (file, new_day, NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_CSV, NULL);

  plan = ac_transfer_test_read (journal, text, -1, "changes.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_SESSION, AC_IMPORT_STATUS_DUPLICATE), ==, 1);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_SESSION, AC_IMPORT_STATUS_CONFLICT), ==, 1);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_SESSION, AC_IMPORT_STATUS_NEW), ==, 1);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_CHECKIN, AC_IMPORT_STATUS_DUPLICATE), ==, 2);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_CHECKIN, AC_IMPORT_STATUS_CONFLICT), ==, 1);
  g_assert_cmpuint (ac_transfer_test_count_status (plan, AC_IMPORT_KIND_CHECKIN, AC_IMPORT_STATUS_NEW), ==, 1);

  /* The session with the same id and another length. */
  candidate = ac_transfer_test_candidate (plan, 1);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_true (ac_import_candidate_get_existing (candidate) == G_OBJECT (session_item (journal, 1)));
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The journal has it with other details; the journal's is kept unless you "
                   "choose the file's");
  g_assert_false (ac_import_candidate_get_selected (candidate));

  /* Another check-in for a day the journal has one for. */
  candidate = ac_transfer_test_candidate (plan, 4);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The journal has a check-in for 2026-10-05 (soreness 3); it is kept unless "
                   "you choose this one, which replaces it");
  candidate = ac_transfer_test_candidate (plan, 5);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_DUPLICATE);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The journal has the same check-in for this day");

  /* As it comes: the new ones are added, the journal's versions kept. */
  g_assert_cmpuint (ac_import_plan_count_selected (plan), ==, 2);
  g_assert_true (ac_import_plan_apply (plan, journal, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpint (ac_session_get_minutes (session_item (journal, 1)), ==, 45);
  g_assert_cmpint (ac_checkin_get_soreness (checkin_item (journal, 1)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 5);

  /* Choosing the conflicts: the file's versions replace the journal's. */
  g_clear_object (&plan);
  plan = ac_transfer_test_read (other, text, -1, "changes.csv", &error);
  ac_import_candidate_set_selected (ac_transfer_test_candidate (plan, 1), TRUE);
  ac_import_candidate_set_selected (ac_transfer_test_candidate (plan, 4), TRUE);
  g_assert_true (ac_import_plan_apply (plan, other, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 4);
  g_assert_cmpint (ac_session_get_minutes (session_item (other, 1)), ==, 50);
  g_assert_cmpint (ac_checkin_get_soreness (checkin_item (other, 1)), ==, 6);
  g_assert_cmpstr (ac_checkin_get_id (checkin_item (other, 1)), ==, ac_checkin_get_id (other_day));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (other)), ==, 5);
}

/* A check-in the file moved to a day that has another one in the journal:
 * both of the journal's are kept unless the user chooses the file's. */
static void
test_moved_checkin (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) first = checkin_on (10, 4, 5, "");
  g_autoptr(AcCheckin) second = checkin_on (10, 5, 3, "");
  g_autoptr(AcCheckin) moved = NULL;
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GDate day;
  AcImportCandidate *candidate;

  g_assert_true (ac_journal_add_checkin (journal, first, NULL));
  g_assert_true (ac_journal_add_checkin (journal, second, NULL));
  moved = ac_checkin_copy (first);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 5, 10, 2026);
  ac_checkin_set_date (moved, &day);
  g_assert_true (ac_journal_add_checkin (file, moved, NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_CSV, NULL);

  plan = ac_transfer_test_read (journal, text, -1, "moved.csv", &error);
  g_assert_no_error (error);
  candidate = ac_transfer_test_candidate (plan, 0);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The journal has it on another day, and a check-in for 2026-10-05 "
                   "(soreness 3); both are kept unless you choose the file's, which replaces them");
  g_assert_true (ac_import_candidate_get_existing (candidate) == G_OBJECT (first));

  ac_import_candidate_set_selected (candidate, TRUE);
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 1);
  g_assert_cmpstr (ac_checkin_get_id (checkin_item (journal, 0)), ==, ac_checkin_get_id (first));
  g_assert_cmpint (g_date_get_day (ac_checkin_get_date (checkin_item (journal, 0))), ==, 5);
}

/* A chosen check-in that would replace one listing symptoms it does not
 * keeps those symptoms too, whether it replaces by its day or by its id:
 * an import never drops a symptom, and is not refused for it. */
static void
test_keeps_symptoms (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcCheckin) swollen = checkin_on (10, 4, 6, "");
  g_autoptr(AcCheckin) bruised = checkin_on (10, 5, 5, "");
  g_autoptr(AcCheckin) other_id = checkin_on (10, 4, 2, "better");
  g_autoptr(AcCheckin) same_id = NULL;
  g_autoptr(AcJournal) file = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AcCheckin *now;

  ac_checkin_set_symptoms (swollen, AC_SYMPTOM_LEG_SWELLING);
  ac_checkin_set_symptoms (bruised, AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);
  g_assert_true (ac_journal_add_checkin (journal, swollen, NULL));
  g_assert_true (ac_journal_add_checkin (journal, bruised, NULL));

  ac_checkin_set_symptoms (other_id, AC_SYMPTOM_NUMBNESS_TINGLING);
  same_id = ac_checkin_copy (bruised);
  ac_checkin_set_symptoms (same_id, AC_SYMPTOM_DARK_URINE);
  ac_checkin_set_soreness (same_id, 1);
  g_assert_true (ac_journal_add_checkin (file, other_id, NULL));
  g_assert_true (ac_journal_add_checkin (file, same_id, NULL));
  text = ac_transfer_test_export (file, AC_TRANSFER_FORMAT_CSV, NULL);

  plan = ac_transfer_test_read (journal, text, -1, "symptoms.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_CONFLICT), ==, 2);
  ac_import_candidate_set_selected (ac_transfer_test_candidate (plan, 0), TRUE);
  ac_import_candidate_set_selected (ac_transfer_test_candidate (plan, 1), TRUE);
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 2);
  now = checkin_item (journal, 0);
  g_assert_cmpstr (ac_checkin_get_id (now), ==, ac_checkin_get_id (other_id));
  g_assert_cmpint (ac_checkin_get_soreness (now), ==, 2);
  g_assert_cmpstr (ac_checkin_get_notes (now), ==, "better");
  g_assert_cmpuint (ac_checkin_get_symptoms (now), ==, AC_SYMPTOM_NUMBNESS_TINGLING | AC_SYMPTOM_LEG_SWELLING);
  now = checkin_item (journal, 1);
  g_assert_cmpstr (ac_checkin_get_id (now), ==, ac_checkin_get_id (bruised));
  g_assert_cmpint (ac_checkin_get_soreness (now), ==, 1);
  g_assert_cmpuint (ac_checkin_get_symptoms (now), ==, AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);
}

/* Nothing is added when one chosen candidate cannot be. */
static void
test_all_or_nothing (void)
{
  g_autoptr(AcJournal) source = ac_transfer_test_journal_new ();
  g_autofree char *text = ac_transfer_test_export (source, AC_TRANSFER_FORMAT_CSV, NULL);
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "all.csv", NULL);
  g_autoptr(AcCheckin) meanwhile = checkin_on (11, 3, 9, "");
  g_autoptr(AcJournal) newer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = ac_journal_to_data (journal, NULL);
  g_autofree char *after = NULL;
  AcSession *third = ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 2));
  guint64 generation = ac_journal_get_generation (journal);
  guint n_changed = 99;

  g_assert_cmpuint (ac_import_plan_count_selected (plan), ==, 8);

  /* A candidate broken after it was read (the UI must not do this). */
  ac_session_set_minutes (third, 0);
  g_assert_false (ac_import_plan_apply (plan, journal, &n_changed, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "all.csv: line 5: minutes: 0 is out of range 1–600");
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (ac_journal_get_generation (journal), ==, generation);
  ac_session_set_minutes (third, 90);
  g_clear_error (&error);

  /* The journal got a check-in for a day the plan would add one for. */
  g_assert_true (ac_journal_add_checkin (journal, meanwhile, NULL));
  g_clear_pointer (&before, g_free);
  before = ac_journal_to_data (journal, NULL);
  g_assert_false (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "all.csv: line 12: the journal changed since the file was read; read it again");
  after = ac_journal_to_data (journal, NULL);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* Classified again, that check-in is a conflict, and the rest goes in. */
  ac_import_plan_classify (plan, journal);
  g_assert_cmpint (ac_import_candidate_get_status (ac_transfer_test_candidate (plan, 7)), ==,
                   AC_IMPORT_STATUS_CONFLICT);
  g_assert_true (ac_import_plan_apply (plan, journal, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 7);
  g_assert_cmpint (ac_checkin_get_soreness (checkin_item (journal, 3)), ==, 9);

  /* A journal of a newer format takes nothing. */
  g_clear_object (&plan);
  newer = ac_journal_new_from_data ("{\"format\":\"aftercare-journal\",\"version\":3}", -1, "newer", &error);
  g_assert_no_error (error);
  g_assert_true (ac_journal_get_read_only (newer));
  plan = ac_transfer_test_read (newer, text, -1, "all.csv", NULL);
  g_assert_false (ac_import_plan_apply (plan, newer, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY);
  g_assert_true (ac_journal_is_empty (newer));
}

static void
test_choices (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autofree char *path = ac_transfer_test_data_path ("calendar.ics");
  g_autofree char *text = NULL;
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  AcImportCandidate *summer, *spa;
  guint n_changed;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  plan = ac_transfer_test_read (journal, text, -1, "calendar.ics", &error);
  g_assert_no_error (error);
  summer = ac_transfer_test_candidate (plan, 0);
  spa = ac_transfer_test_candidate (plan, 5);

  /* A past event imported as planned, another left out. */
  g_assert_false (ac_import_candidate_get_planned (summer));
  ac_import_candidate_set_planned (summer, TRUE);
  g_assert_true (ac_import_candidate_get_planned (summer));
  ac_import_candidate_set_selected (ac_transfer_test_candidate (plan, 1), FALSE);

  /* What cannot be imported cannot be chosen. */
  g_test_expect_message ("ac-import-candidate", G_LOG_LEVEL_CRITICAL, "*can_select*");
  ac_import_candidate_set_selected (spa, TRUE);
  g_test_assert_expected_messages ();
  g_assert_false (ac_import_candidate_get_selected (spa));

  g_assert_true (ac_import_plan_apply (plan, journal, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 5);
  g_assert_true (ac_session_get_planned (session_item (journal, 0)));

  /* The session now belongs to the journal; a later change goes to a copy. */
  g_assert_true (ac_session_is_sealed (ac_import_candidate_get_session (summer)));
  ac_import_candidate_set_planned (summer, FALSE);
  g_assert_false (ac_import_candidate_get_planned (summer));
  g_assert_true (ac_session_get_planned (session_item (journal, 0)));
}

static void
test_range (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_CSV, clock);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AcJournal) back = NULL;
  GDate from, to, got_from, got_to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 4, 10, 2026);
  g_date_set_dmy (&to, 2, 11, 2026);
  ac_exporter_set_range (exporter, &from, &to);
  ac_exporter_get_range (exporter, &got_from, &got_to);
  g_assert_cmpint (g_date_compare (&from, &got_from), ==, 0);
  g_assert_cmpint (g_date_compare (&to, &got_to), ==, 0);

  bytes = ac_exporter_export (exporter, journal, NULL, NULL);
  back = ac_transfer_test_import (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "range.csv");

  /* 17 Oct and 2 Nov (the last day counts); 4, 5, 6 Oct check-ins. */
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (back)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (back)), ==, 3);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
  guint         n_progress;
  double        last;
} Async;

static void
on_progress (GObject    *object,
             GParamSpec *pspec,
             Async      *async)
{
  double fraction;

  g_object_get (object, "progress", &fraction, NULL);
  g_assert_cmpfloat (fraction, >=, async->last);
  async->last = fraction;
  async->n_progress++;
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  Async *async = data;

  async->result = g_object_ref (result);
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autoptr(AcJournal) fixture = ac_transfer_test_fixture_new ();
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_CSV, clock);
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  g_autoptr(AcImportPlan) plan = NULL;
  g_autofree char *folder = g_dir_make_tmp ("aftercare-transfer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainContext) context = g_main_context_new ();
  Async async = { g_main_loop_new (context, FALSE), NULL, 0, 0 };
  GStatBuf st;

  /* Progress and the result come to the caller's thread-default context,
   * which need not be the global default one. */
  g_main_context_push_thread_default (context);
  g_signal_connect (exporter, "notify::progress", G_CALLBACK (on_progress), &async);
  ac_exporter_write_async (exporter, fixture, file, NULL, on_done, &async);
  g_main_loop_run (async.loop);
  g_assert_true (ac_exporter_write_finish (exporter, async.result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (async.n_progress, >, 2);
  g_assert_cmpfloat (async.last, ==, 1.0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_clear_object (&async.result);

  async.n_progress = 0;
  async.last = 0;
  g_signal_connect (importer, "notify::progress", G_CALLBACK (on_progress), &async);
  ac_importer_read_async (importer, file, journal, NULL, on_done, &async);
  g_main_loop_run (async.loop);
  plan = ac_importer_read_finish (importer, async.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (async.n_progress, >, 2);
  g_assert_cmpfloat (async.last, ==, 1.0);
  g_assert_cmpstr (ac_import_plan_get_source_name (plan), ==, "export.csv");
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  ac_transfer_test_assert_equal (journal, fixture);
  g_clear_object (&async.result);

  g_unlink (path);
  g_rmdir (folder);
  g_main_loop_unref (async.loop);
  g_main_context_pop_thread_default (context);
}

/* Cancelled: no file is written, and a file that was there stays. */
static void
test_cancel (void)
{
  g_autoptr(AcJournal) fixture = ac_transfer_test_fixture_new ();
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_PDF, clock);
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *folder = g_dir_make_tmp ("aftercare-transfer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = NULL;
  g_autofree char *contents = NULL;
  Async async = { g_main_loop_new (NULL, FALSE), NULL, 0, 0 };

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  ac_exporter_write_async (exporter, fixture, file, cancellable, on_done, &async);
  g_main_loop_run (async.loop);
  g_assert_false (ac_exporter_write_finish (exporter, async.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_object (&async.result);
  g_clear_error (&error);

  ac_importer_read_async (importer, file, fixture, cancellable, on_done, &async);
  g_main_loop_run (async.loop);
  plan = ac_importer_read_finish (importer, async.result, &error);
  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&async.result);

  g_unlink (path);
  g_rmdir (folder);
  g_main_loop_unref (async.loop);
}

/* An export replaces a file whole and makes it private. */
static void
test_write_file (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_JSON, clock);
  g_autofree char *folder = g_dir_make_tmp ("aftercare-transfer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "backup.json", NULL);
  g_autofree char *missing = g_build_filename (folder, "no", "such", "backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = ac_journal_to_data (journal, NULL);
  g_autofree char *message = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "an older file", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (ac_exporter_write (exporter, journal, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_false (ac_exporter_write (exporter, journal, nowhere, NULL, &error));
  g_assert_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO);
  message = g_strdup_printf ("Could not write “%s”: ", missing);
  g_assert_true (g_str_has_prefix (error->message, message));

  g_unlink (path);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transfer/plan/json-restore", test_json_restore);
  g_test_add_func ("/transfer/plan/classify", test_classify);
  g_test_add_func ("/transfer/plan/moved-checkin", test_moved_checkin);
  g_test_add_func ("/transfer/plan/keeps-symptoms", test_keeps_symptoms);
  g_test_add_func ("/transfer/plan/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/transfer/plan/choices", test_choices);
  g_test_add_func ("/transfer/export/range", test_range);
  g_test_add_func ("/transfer/export/write-file", test_write_file);
  g_test_add_func ("/transfer/async/read-and-write", test_async);
  g_test_add_func ("/transfer/async/cancel", test_cancel);

  return g_test_run ();
}
