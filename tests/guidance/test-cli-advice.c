/* test-cli-advice.c — aftercare-cli advice and stats against real files
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-advice"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ac-cli-run.h"

/* AFTERCARE_CLI and DATA_DIR come from meson. */

typedef AcCliRun Run;

/* Runs aftercare-cli with @journal (a file of DATA_DIR) and the arguments
 * after it, in the C locale and UTC. */
static void
run_cli (Run        *run,
         const char *journal,
         ...)
{
  g_autofree char *path = g_build_filename (DATA_DIR, journal, NULL);
  va_list args;

  va_start (args, journal);
  ac_cli_runv (run, AFTERCARE_CLI, path, args);
  va_end (args);
}

static char *
read_data (const char *name)
{
  g_autofree char *path = g_build_filename (DATA_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The whole JSON, as DESIGN.md shapes it: ids, order, severities, reasons,
 * bodies, evidence, sources, groups and the records each item is about. */
static void
test_advice_json (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_autofree char *expected = read_data ("advice-2026-11-22.json");

  run_cli (&run, "journal.json", "advice", "--today", "2026-11-22", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

static void
test_advice_json_shape (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  /* Bruising noted today holds: only what a hold shows. */
  const char *ids[] = {
    "red-flag-bruising", "hold-massage", "screening-pregnant",
  };
  const char *severities[] = {
    "see-professional", "see-professional", "caution",
  };
  JsonObject *root;
  JsonArray *advice;

  run_cli (&run, "journal.json", "advice", "--json", "--today", "2026-11-22", NULL);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-11-22");
  /* DESIGN.md: {"today", "hold", "disclaimer", "advice"} */
  g_assert_true (json_object_get_boolean_member (root, "hold"));
  g_assert_cmpstr (json_object_get_string_member (root, "disclaimer"), ==,
                   "General information only. Aftercare can't diagnose or replace a health "
                   "professional. If you're worried, contact one; in an emergency, call your "
                   "local emergency number.");
  advice = json_object_get_array_member (root, "advice");
  g_assert_cmpuint (json_array_get_length (advice), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      JsonObject *item = json_array_get_object_element (advice, i);
      const char *members[] = { "id", "severity", "title", "body", "reason", "evidence",
                                "evidence_note", "sources", "group", "sessions", "checkins" };

      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        g_assert_true (json_object_has_member (item, members[m]));
      g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, ids[i]);
      g_assert_cmpstr (json_object_get_string_member (item, "severity"), ==, severities[i]);
      g_assert_true (json_object_get_null_member (item, "evidence_note"));
    }
}

/* long-gap's evidence is "study (exercise, by analogy)" in GUIDANCE.md:
 * the qualifier comes as evidence_note, null for the others. */
static void
test_advice_json_evidence_note (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *advice;
  guint n_notes = 0;

  run_cli (&run, "journal-long-gap.json", "advice", "--today", "2026-11-22", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  advice = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "advice");
  for (guint i = 0; i < json_array_get_length (advice); i++)
    {
      JsonObject *item = json_array_get_object_element (advice, i);

      if (g_strcmp0 (json_object_get_string_member (item, "id"), "long-gap") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (item, "evidence"), ==, "study");
          g_assert_cmpstr (json_object_get_string_member (item, "evidence_note"), ==,
                           "Exercise research, by analogy");
          n_notes++;
        }
      else
        g_assert_true (json_object_get_null_member (item, "evidence_note"));
    }
  g_assert_cmpuint (n_notes, ==, 1);
}

static void
test_advice_empty (void)
{
  g_auto(AcCliRun) run = { 0 };

  run_cli (&run, "journal-empty.json", "advice", "--today", "2026-11-22", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "{\n"
                   "  \"today\" : \"2026-11-22\",\n"
                   "  \"hold\" : false,\n"
                   "  \"disclaimer\" : \"General information only. Aftercare can't diagnose or "
                   "replace a health professional. If you're worried, contact one; in an "
                   "emergency, call your local emergency number.\",\n"
                   "  \"advice\" : []\n"
                   "}\n");
}

static void
test_advice_human (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_auto(GStrv) blocks = NULL;

  run_cli (&run, "journal.json", "advice", "--today", "2026-11-22", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Advice for 2026-11-22, most urgent first:\n"));

  /* One block per item, then the not-medical-advice line. */
  blocks = g_strsplit (run.out, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (blocks), ==, 1 + 3 + 1);
  g_assert_true (g_str_has_prefix (blocks[1],
                                   "SEE A PROFESSIONAL · Large or unexplained bruising\n"
                                   "  You've noted large or unexplained bruising."));
  g_assert_nonnull (strstr (blocks[1], "  Why: You noted it in your check-in of 22 Nov.\n"));
  g_assert_nonnull (strstr (blocks[1], "  Evidence: Professional guidance: Yin et al. 2014, NCCIH"));
  g_assert_true (g_str_has_prefix (blocks[2], "SEE A PROFESSIONAL · Hold off massage\n"));
  g_assert_true (g_str_has_prefix (blocks[3], "CAUTION · Pregnancy\n"));
  g_assert_cmpstr (blocks[4], ==,
                   "General information only. Aftercare can't diagnose or replace a health\n"
                   "professional. If you're worried, contact one; in an emergency, call your\n"
                   "local emergency number.\n");

  /* Lines fit a terminal. */
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (blocks[i], "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        g_assert_cmpint (g_utf8_strlen (lines[l], -1), <=, 76);
    }
}

static void
test_advice_human_empty (void)
{
  g_auto(AcCliRun) run = { 0 };

  run_cli (&run, "journal-empty.json", "advice", "--today", "2026-11-22", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "No advice for 2026-11-22.\n\nGeneral information only."));
}

static void
test_stats_json (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *recover, *profile;
  JsonArray *deep;

  run_cli (&run, "journal.json", "stats", "--today", "2026-11-22", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-11-22");
  g_assert_cmpint (json_object_get_int_member (root, "sessions"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "planned"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (root, "sessions_last_30_days"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "sessions_last_90_days"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "median_gap_days"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (root, "typical_minutes"), ==, 60);
  /* One each: the most recent wins. */
  g_assert_cmpstr (json_object_get_string_member (root, "typical_pressure"), ==, "deep");
  g_assert_cmpint (json_object_get_int_member (root, "acute_load"), ==, 180);
  g_assert_cmpint (json_object_get_int_member (root, "chronic_load"), ==, 75);
  /* As written, not only as read: json-glib alone would write 2.4 as
   * 2.3999999999999999. */
  g_assert_cmpfloat (json_object_get_double_member (root, "load_ratio"), ==, 2.4);
  g_assert_nonnull (strstr (run.out, "\n  \"load_ratio\" : 2.40,\n"));
  /* Bruising noted today holds: no suggested date. */
  g_assert_true (json_object_get_boolean_member (root, "hold"));
  g_assert_true (json_object_get_null_member (root, "suggested_next"));
  g_assert_true (json_object_get_null_member (root, "next_planned"));
  g_assert_true (json_object_get_null_member (root, "predicted_soreness"));

  recover = json_object_get_object_member (root, "median_days_to_recover");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (recover, "deep"), "days"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (recover, "deep"), "sessions"), ==, 0);

  profile = json_object_get_object_member (root, "recovery_profile");
  deep = json_object_get_array_member (profile, "deep");
  g_assert_cmpuint (json_array_get_length (deep), ==, 8);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (deep, 1), "mean"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (deep, 1), "sessions"), ==, 1);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (deep, 3), "mean"));
}

/* Numbers with a fraction have 2 decimals, exactly: 109.75, 1.09 (not
 * 1.0900000000000001), 4.33 (13 / 3, not 4.3300000000000001). */
static void
test_stats_json_decimals (void)
{
  g_auto(AcCliRun) run = { 0 };
  g_autofree char *expected = read_data ("stats-decimals-2026-11-20.json");

  run_cli (&run, "journal-decimals.json", "stats", "--today", "2026-11-20", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_nonnull (strstr (run.out, "\n  \"hold\" : false,\n"));
  g_assert_nonnull (strstr (run.out, "\n  \"chronic_load\" : 109.75,\n"));
  g_assert_nonnull (strstr (run.out, "\n  \"load_ratio\" : 1.09,\n"));
  g_assert_nonnull (strstr (run.out, "\n        \"mean\" : 4.33,\n"));
}

static void
test_stats_human (void)
{
  g_auto(AcCliRun) run = { 0 };

  run_cli (&run, "journal.json", "stats", "--today", "2026-11-22", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Statistics for 2026-11-22\n"));
  g_assert_nonnull (strstr (run.out, "  Median gap (days):           7\n"));
  g_assert_nonnull (strstr (run.out, "  Acute:chronic ratio:         2.40\n"));
  g_assert_nonnull (strstr (run.out, "  Suggested next session:      none\n"));
  g_assert_nonnull (strstr (run.out, "  Hold off massage:            yes\n"));
  /* Pressures as the labels say them (translated), not as ids. */
  g_assert_nonnull (strstr (run.out, "  Typical pressure:            Deep\n"));
  g_assert_nonnull (strstr (run.out, "  Days to recover, Light:      unknown (median of 0 sessions)\n"));
  g_assert_nonnull (strstr (run.out, "  Days to recover, Deep:       unknown (median of 0 sessions)\n"));
  g_assert_nonnull (strstr (run.out, "  Deep         –  5.0  4.0    –"));
  g_assert_null (strstr (run.out, "deep"));
}

static void
test_usage_errors (void)
{
  g_auto(AcCliRun) bad_day = { 0 };
  g_auto(AcCliRun) extra = { 0 };
  g_auto(AcCliRun) bad_file = { 0 };

  run_cli (&bad_day, "journal.json", "advice", "--today", "21/11/2026", NULL);
  g_assert_cmpint (bad_day.status, ==, 1);
  g_assert_cmpstr (bad_day.out, ==, "");
  g_assert_nonnull (strstr (bad_day.err, "--today: “21/11/2026” is not a date"));

  run_cli (&extra, "journal.json", "stats", "now", NULL);
  g_assert_cmpint (extra.status, ==, 1);
  g_assert_nonnull (strstr (extra.err, "unexpected argument “now”"));

  /* A file that is not a journal: 2, and nothing on stdout. */
  run_cli (&bad_file, "advice-2026-11-22.json", "advice", "--today", "2026-11-22", NULL);
  g_assert_cmpint (bad_file.status, ==, 2);
  g_assert_cmpstr (bad_file.out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/cli/advice-json", test_advice_json);
  g_test_add_func ("/guidance/cli/advice-json-shape", test_advice_json_shape);
  g_test_add_func ("/guidance/cli/advice-json-evidence-note", test_advice_json_evidence_note);
  g_test_add_func ("/guidance/cli/advice-empty", test_advice_empty);
  g_test_add_func ("/guidance/cli/advice-human", test_advice_human);
  g_test_add_func ("/guidance/cli/advice-human-empty", test_advice_human_empty);
  g_test_add_func ("/guidance/cli/stats-json", test_stats_json);
  g_test_add_func ("/guidance/cli/stats-json-decimals", test_stats_json_decimals);
  g_test_add_func ("/guidance/cli/stats-human", test_stats_human);
  g_test_add_func ("/guidance/cli/usage-errors", test_usage_errors);

  return g_test_run ();
}
