/* test-cli-insights.c — aftercare-cli insights: DESIGN.md's JSON shape,
 * the words for a terminal, exit statuses
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-insights"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ac-cli-run.h"

/* AFTERCARE_CLI and DATA_DIR come from meson. The journal of DATA_DIR has
 * three deep sessions with Ana (90 minutes, sport, sore 6, felt 6, 60.00
 * EUR) from 23 Sep to 13 Oct 2026, three moderate ones with Bo (60
 * minutes, relaxation, sore 2, felt 8, 40.00 EUR) from 28 Oct to 17 Nov,
 * a light one on 20 Nov for 15 USD, and a planned deep one on 29 Nov. */

#define TODAY "2026-11-22"

typedef AcCliRun Run;

/* Runs aftercare-cli --file @journal and the arguments after it. */
static void
run_cli (Run        *run,
         const char *journal,
         ...)
{
  va_list args;

  va_start (args, journal);
  ac_cli_runv (run, AFTERCARE_CLI, journal, args);
  va_end (args);
}

static const char *journal_path = DATA_DIR "/journal-insights.json";

/* @object has exactly @members, in that order. */
static void
assert_members (JsonObject         *object,
                const char * const *members)
{
  g_autoptr(GList) names = json_object_get_members (object);
  guint i = 0;

  for (GList *l = names; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, members[i]);
  g_assert_null (members[i]);
}

static gboolean
is_number (JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  return JSON_NODE_HOLDS_VALUE (node) && (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE);
}

static void
assert_word (const char         *word,
             const char * const *words)
{
  g_assert_true (g_strv_contains (words, word));
}

static void
check_comparison (JsonObject *comparison)
{
  static const char * const members[] = { "group", "measure", "sides", "verdict", "text", NULL };
  static const char * const side_members[] = { "label", "count", "middle", "low", "high", NULL };
  static const char * const groups[] = { "pressure", "length", "therapist", "gap", "purpose", NULL };
  static const char * const measures[] = { "peak", "recovery-days", "stress-change", "sleep-change", "felt", NULL };
  static const char * const verdicts[] = { "difference", "no-clear-difference", "not-enough-data", NULL };
  JsonArray *sides;

  assert_members (comparison, members);
  assert_word (json_object_get_string_member (comparison, "group"), groups);
  assert_word (json_object_get_string_member (comparison, "measure"), measures);
  assert_word (json_object_get_string_member (comparison, "verdict"), verdicts);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (comparison, "text"), "In your journal, "));

  sides = json_object_get_array_member (comparison, "sides");
  g_assert_cmpuint (json_array_get_length (sides), >, 0);
  for (guint i = 0; i < json_array_get_length (sides); i++)
    {
      JsonObject *side = json_array_get_object_element (sides, i);

      assert_members (side, side_members);
      g_assert_nonnull (json_object_get_string_member (side, "label"));
      g_assert_cmpint (json_node_get_value_type (json_object_get_member (side, "count")), ==, G_TYPE_INT64);
      g_assert_cmpint (json_object_get_int_member (side, "count"), >=, 1);
      g_assert_true (is_number (json_object_get_member (side, "middle")));
      g_assert_true (is_number (json_object_get_member (side, "low")));
      g_assert_true (is_number (json_object_get_member (side, "high")));
    }
}

static JsonParser *
parse_insights (const char *journal)
{
  g_auto(AcCliRun) run = { 0 };
  JsonParser *parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  run_cli (&run, journal, "insights", "--today", TODAY, "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  return parser;
}

static void
test_json_shape (void)
{
  static const char * const members[] = { "today", "headline", "comparisons", "costs", NULL };
  g_autoptr(JsonParser) parser = parse_insights (journal_path);
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *comparisons;

  assert_members (root, members);
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, TODAY);
  g_assert_cmpstr (json_object_get_string_member (root, "headline"), ==,
                   "Check in on the days after your sessions: after 3 sessions of one pressure, "
                   "this says how long you usually take to get back to normal.");

  comparisons = json_object_get_array_member (root, "comparisons");
  /* Peak and felt by pressure, length, therapist and purpose differ;
   * the gaps are all 10–20 days. */
  g_assert_cmpuint (json_array_get_length (comparisons), ==, 10);
  for (guint i = 0; i < json_array_get_length (comparisons); i++)
    check_comparison (json_array_get_object_element (comparisons, i));
}

/* The strongest first: peaks 2 vs 6 before felt 8 vs 6. */
static void
test_json_values (void)
{
  g_autoptr(JsonParser) parser = parse_insights (journal_path);
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *comparisons = json_object_get_array_member (root, "comparisons");
  JsonObject *first = json_array_get_object_element (comparisons, 0);
  JsonObject *felt = json_array_get_object_element (comparisons, 4);
  JsonObject *last = json_array_get_object_element (comparisons, 9);
  JsonObject *side = json_array_get_object_element (json_object_get_array_member (first, "sides"), 1);

  g_assert_cmpstr (json_object_get_string_member (first, "group"), ==, "pressure");
  g_assert_cmpstr (json_object_get_string_member (first, "measure"), ==, "peak");
  g_assert_cmpstr (json_object_get_string_member (first, "verdict"), ==, "difference");
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==,
                   "In your journal, you are less sore after moderate sessions than after deep "
                   "sessions: a peak of 2 vs 6 (3 sessions each). "
                   "A pattern in your own records, not proof.");
  g_assert_cmpstr (json_object_get_string_member (side, "label"), ==, "deep");
  g_assert_cmpint (json_object_get_int_member (side, "count"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (side, "middle"), ==, 6);

  g_assert_cmpstr (json_object_get_string_member (felt, "measure"), ==, "felt");
  g_assert_cmpstr (json_object_get_string_member (felt, "group"), ==, "pressure");
  g_assert_cmpstr (json_object_get_string_member (last, "group"), ==, "gap");
  g_assert_cmpstr (json_object_get_string_member (last, "verdict"), ==, "not-enough-data");
}

/* Amounts as exact decimal strings, per currency; the planned session's
 * price is not counted. */
static void
test_json_costs (void)
{
  static const char * const members[] = { "currency", "last_30_days", "last_365_days", "by_therapist", NULL };
  static const char * const therapist_members[] = { "name", "total", NULL };
  g_autoptr(JsonParser) parser = parse_insights (journal_path);
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *costs = json_object_get_array_member (root, "costs");
  JsonObject *eur, *usd, *ana, *bo;
  JsonArray *by_therapist;

  g_assert_cmpuint (json_array_get_length (costs), ==, 2);
  eur = json_array_get_object_element (costs, 0);
  usd = json_array_get_object_element (costs, 1);
  assert_members (eur, members);
  assert_members (usd, members);

  g_assert_cmpstr (json_object_get_string_member (eur, "currency"), ==, "EUR");
  g_assert_cmpstr (json_object_get_string_member (eur, "last_30_days"), ==, "120.00");
  g_assert_cmpstr (json_object_get_string_member (eur, "last_365_days"), ==, "300.00");
  by_therapist = json_object_get_array_member (eur, "by_therapist");
  g_assert_cmpuint (json_array_get_length (by_therapist), ==, 2);
  ana = json_array_get_object_element (by_therapist, 0);
  bo = json_array_get_object_element (by_therapist, 1);
  assert_members (ana, therapist_members);
  g_assert_cmpstr (json_object_get_string_member (ana, "name"), ==, "Ana");
  g_assert_cmpstr (json_object_get_string_member (ana, "total"), ==, "180.00");
  g_assert_cmpstr (json_object_get_string_member (bo, "name"), ==, "Bo");
  g_assert_cmpstr (json_object_get_string_member (bo, "total"), ==, "120.00");

  g_assert_cmpstr (json_object_get_string_member (usd, "currency"), ==, "USD");
  g_assert_cmpstr (json_object_get_string_member (usd, "last_30_days"), ==, "15");
  g_assert_cmpstr (json_object_get_string_member (usd, "last_365_days"), ==, "15");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (usd, "by_therapist")), ==, 0);
}

/* An empty journal: a headline, nothing to compare, no costs. */
static void
test_json_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cli-insights-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *root;

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"aftercare-journal\", \"version\": 2, "
                                            "\"sessions\": [], \"checkins\": [] }", -1, NULL));
  parser = parse_insights (path);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "comparisons")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "costs")), ==, 0);
  g_assert_nonnull (json_object_get_string_member (root, "headline"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_human (void)
{
  g_auto(AcCliRun) run = { 0 };

  run_cli (&run, journal_path, "insights", "--today", TODAY, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Insights for 2026-11-22\n\n"));
  g_assert_nonnull (strstr (run.out, "\nPeak soreness by pressure · a difference\n"
                                     "  In your journal, you are less sore after moderate sessions than after deep\n"));
  g_assert_nonnull (strstr (run.out, "    deep sessions: 3 sessions, middle 6, range 6–6\n"));
  g_assert_nonnull (strstr (run.out, "\nNot enough data yet:\n"));
  g_assert_nonnull (strstr (run.out, "\nWhat massage cost\n"
                                     "  120.00 EUR in the last 30 days, 300.00 EUR in the last 365 days\n"
                                     "    with Ana: 180.00 EUR\n"
                                     "    with Bo: 120.00 EUR\n"
                                     "  15 USD in the last 30 days, 15 USD in the last 365 days\n"));
}

/* DESIGN.md: 1 a usage error, 2 a journal that can't be read. */
static void
test_exit_statuses (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cli-insights-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);

  {
    g_auto(AcCliRun) run = { 0 };

    run_cli (&run, journal_path, "insights", "--today", "2026-13-01", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "--today"));
  }
  {
    g_auto(AcCliRun) run = { 0 };

    run_cli (&run, journal_path, "insights", "extra", NULL);
    g_assert_cmpint (run.status, ==, 1);
  }
  {
    g_auto(AcCliRun) run = { 0 };

    run_cli (&run, journal_path, "insights", "--verbose", NULL);
    g_assert_cmpint (run.status, ==, 1);
  }
  {
    g_auto(AcCliRun) run = { 0 };

    g_assert_true (g_file_set_contents (bad, "{ \"format\": \"aftercare-journal\", ", -1, NULL));
    run_cli (&run, bad, "insights", "--today", TODAY, "--json", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "aftercare-cli insights: "));
  }

  g_unlink (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/insights/json-shape", test_json_shape);
  g_test_add_func ("/cli/insights/json-values", test_json_values);
  g_test_add_func ("/cli/insights/json-costs", test_json_costs);
  g_test_add_func ("/cli/insights/json-empty", test_json_empty);
  g_test_add_func ("/cli/insights/human", test_human);
  g_test_add_func ("/cli/insights/exit-statuses", test_exit_statuses);

  return g_test_run ();
}
