/* test-advice-view.c — the Advice page: the same advice as the guidance
 * engine and aftercare-cli, in its groups; cards, links, evidence; the
 * not-medical-advice line; empty states; the tips library; pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-advice-view"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ac-advice-card.h"
#include "ac-advice-view.h"
#include "ac-display-test.h"
#include "ac-guidance.h"
#include "ac-resources.h"
#include "ac-sample-journal.h"
#include "ac-sources.h"
#include "ac-tip-row.h"

/* AFTERCARE_CLI, the path of aftercare-cli, comes from meson. */

typedef struct
{
  AcContext    *context;
  AcJournal    *journal;     /* the context's */
  AcAdviceView *view;
  GtkWindow    *window;
  char         *action;      /* the last win.* action activated */
  char         *parameter;
} Fixture;

/* A part of the view's template, by its id in ac-advice-view.ui. */
static gpointer
view_part (AcAdviceView *view,
           const char   *id)
{
  return ac_display_test_get_part (GTK_WIDGET (view), AC_TYPE_ADVICE_VIEW, id);
}

/* The section of @group: the group labelled by the group's heading. */
static GtkWidget *
group_section (AcAdviceView  *view,
               AcAdviceGroup  group)
{
  GtkWidget *groups_box = view_part (view, "groups_box");

  for (GtkWidget *section = gtk_widget_get_first_child (groups_box); section != NULL;
       section = gtk_widget_get_next_sibling (section))
    {
      GtkWidget *heading = gtk_widget_get_first_child (section);

      if (gtk_test_accessible_has_role (GTK_ACCESSIBLE (section), GTK_ACCESSIBLE_ROLE_GROUP) &&
          GTK_IS_LABEL (heading) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (heading)), ac_advice_group_get_title (group)) == 0)
        return section;
    }
  g_assert_not_reached ();
}

static gboolean
is_advice_card (GtkWidget     *widget,
                gconstpointer  data)
{
  return AC_IS_ADVICE_CARD (widget);
}

/* Returns: (nullable): the @index-th card of @group, from the top */
static AcAdviceCard *
group_card (AcAdviceView  *view,
            AcAdviceGroup  group,
            guint          index)
{
  GtkWidget *card = ac_display_test_find_nth (group_section (view, group), is_advice_card, NULL, index);

  return card != NULL ? AC_ADVICE_CARD (card) : NULL;
}

/* Returns: (transfer full): the ids of the advice shown under @group */
static GStrv
group_ids (AcAdviceView  *view,
           AcAdviceGroup  group)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  AcAdviceCard *card;

  for (guint i = 0; (card = group_card (view, group, i)) != NULL; i++)
    g_strv_builder_add (ids, ac_advice_get_id (ac_advice_card_get_advice (card)));

  return g_strv_builder_end (ids);
}

static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->action);
  g_free (fixture->parameter);
  fixture->action = g_strdup (g_action_get_name (G_ACTION (action)));
  fixture->parameter = g_variant_dup_string (parameter, NULL);
}

static const GActionEntry win_actions[] = {
  { "show-day", record_action, "s" },
  { "edit", record_action, "s" },
};

static GDate
parse_day (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  g_assert_true (g_date_valid (&date));

  return date;
}

static void
fixture_set_up (Fixture    *fixture,
                AcJournal  *journal,
                const char *today,
                int         width,
                int         height)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GDate date = parse_day (today);

  /* @journal is taken: the view shows the one the context's keeper
   * loaded from its file. */
  fixture->context = ac_display_test_context_new (journal, &date);
  g_object_unref (journal);
  fixture->journal = ac_context_get_journal (fixture->context);
  fixture->view = AC_ADVICE_VIEW (ac_advice_view_new (fixture->context));

  g_action_map_add_action_entries (G_ACTION_MAP (group), win_actions, G_N_ELEMENTS (win_actions), fixture);
  fixture->window = ac_display_test_window_new (GTK_WIDGET (fixture->view), width, height);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));
  ac_display_test_settle ();
}

static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  ac_display_test_settle ();
  ac_display_test_context_free (fixture->context);
  g_clear_pointer (&fixture->action, g_free);
  g_clear_pointer (&fixture->parameter, g_free);
}

static void
set_symptoms (AcJournal  *journal,
              const char *day,
              AcSymptom   symptoms)
{
  GDate date = parse_day (day);
  g_autoptr(AcCheckin) checkin = ac_checkin_copy (ac_journal_lookup_checkin_for_date (journal, &date));
  g_autoptr(GError) error = NULL;

  ac_checkin_set_symptoms (checkin, symptoms);
  g_assert_true (ac_journal_update_checkin (journal, checkin, &error));
  g_assert_no_error (error);
}

/* `aftercare-cli advice --json` for a saved copy of @journal: its
 * "advice" array. */
static JsonArray *
cli_advice (AcJournal  *journal,
            const char *today)
{
  g_autofree char *folder = g_dir_make_tmp ("aftercare-advice-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autofree char *data = ac_journal_to_data (journal, NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *cli = g_getenv ("AFTERCARE_CLI");
  JsonObject *root;

  g_assert_nonnull (cli);
  g_assert_true (g_file_set_contents (path, data, -1, &error));
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              cli, "--file", path, "advice", "--json", "--today", today, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, today);

  g_unlink (path);
  g_rmdir (folder);

  return json_array_ref (json_object_get_array_member (root, "advice"));
}

static const char *
label_text (AcAdviceCard *card,
            const char   *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (card), AC_TYPE_ADVICE_CARD, name);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_text (GTK_LABEL (child));
}

static const char *
member_text (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);
  return JSON_NODE_HOLDS_NULL (node) ? "" : json_node_get_string (node);
}

/* A card says what aftercare-cli says of its advice: the severity, the
 * title, the body, the reason, the evidence level and the sources. */
static void
assert_card_matches (AcAdviceCard *card,
                     JsonObject   *expected)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) sources = NULL;
  g_autofree char *sources_text = NULL;
  JsonArray *array = json_object_get_array_member (expected, "sources");
  AdwExpanderRow *why_row;
  AcSeverity severity;
  AcEvidence evidence;

  g_assert_true (ac_severity_from_string (member_text (expected, "severity"), &severity));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), member_text (expected, "severity")));
  g_assert_cmpstr (label_text (card, "severity_label"), ==, ac_severity_get_label (severity));
  g_assert_cmpstr (label_text (card, "title"), ==, member_text (expected, "title"));
  g_assert_cmpstr (label_text (card, "body"), ==, member_text (expected, "body"));
  g_assert_cmpstr (label_text (card, "reason"), ==, member_text (expected, "reason"));
  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (card), AC_TYPE_ADVICE_CARD,
                                                                                      "reason_box"))),
                   ==, member_text (expected, "reason")[0] != '\0');

  g_assert_true (ac_evidence_from_string (member_text (expected, "evidence"), &evidence));
  why_row = ADW_EXPANDER_ROW (gtk_widget_get_template_child (GTK_WIDGET (card), AC_TYPE_ADVICE_CARD, "why_row"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (why_row), ==, ac_evidence_get_label (evidence));

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (builder, json_array_get_string_element (array, i));
  sources = g_strv_builder_end (builder);
  sources_text = g_strjoinv ("\n", sources);
  g_assert_cmpstr (label_text (card, "sources"), ==, sources_text);
}

static char *
join (const char * const *ids)
{
  return g_strjoinv (" ", (char **) ids);
}

/* The page shows what the guidance engine gives, which is what
 * aftercare-cli prints: the same ids in the same order, each under its
 * group, and each card with the CLI's words. */
static void
assert_matches_cli (Fixture    *fixture,
                    const char *today)
{
  GDate date = parse_day (today);
  g_autoptr(GListModel) engine = ac_guidance_compute_advice (fixture->journal, &date);
  g_autoptr(JsonArray) from_cli = cli_advice (fixture->journal, today);
  g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) all_cli = g_strv_builder_new ();
  g_auto(GStrv) engine_ids = NULL;
  g_auto(GStrv) cli_ids = NULL;
  g_autofree char *engine_text = NULL;
  g_autofree char *cli_text = NULL;
  GListModel *shown = ac_advice_view_get_advice (fixture->view);
  guint n = g_list_model_get_n_items (engine);
  guint n_cards = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) advice = g_list_model_get_item (engine, i);

      g_strv_builder_add (all, ac_advice_get_id (advice));
    }
  engine_ids = g_strv_builder_end (all);
  for (guint i = 0; i < json_array_get_length (from_cli); i++)
    g_strv_builder_add (all_cli, member_text (json_array_get_object_element (from_cli, i), "id"));
  cli_ids = g_strv_builder_end (all_cli);
  engine_text = join ((const char * const *) engine_ids);
  cli_text = join ((const char * const *) cli_ids);
  g_test_message ("%s: %s", today, engine_text);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (engine_text, ==, cli_text);

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  for (AcAdviceGroup g = AC_ADVICE_GROUP_RIGHT_NOW; g <= AC_ADVICE_GROUP_BEFORE_NEXT; g++)
    {
      g_autoptr(GStrvBuilder) expected = g_strv_builder_new ();
      g_auto(GStrv) expected_ids = NULL;
      g_auto(GStrv) view_ids = group_ids (fixture->view, g);
      g_autofree char *expected_text = NULL;
      g_autofree char *view_text = NULL;

      for (guint i = 0; engine_ids[i] != NULL; i++)
        if (ac_advice_group_for_id (engine_ids[i]) == g)
          g_strv_builder_add (expected, engine_ids[i]);
      expected_ids = g_strv_builder_end (expected);
      expected_text = join ((const char * const *) expected_ids);
      view_text = join ((const char * const *) view_ids);
      g_assert_cmpstr (view_text, ==, expected_text);

      /* A group shows when it has something, Watch out always. */
      g_assert_cmpint (gtk_widget_get_visible (group_section (fixture->view, g)), ==,
                       expected_ids[0] != NULL || g == AC_ADVICE_GROUP_WATCH_OUT);

      /* Each card in words, against the CLI's item of the same id. */
      for (guint i = 0; view_ids[i] != NULL; i++)
        {
          AcAdviceCard *card = group_card (fixture->view, g, i);
          JsonObject *item = NULL;

          for (guint j = 0; j < json_array_get_length (from_cli) && item == NULL; j++)
            if (g_str_equal (member_text (json_array_get_object_element (from_cli, j), "id"), view_ids[i]))
              item = json_array_get_object_element (from_cli, j);
          g_assert_nonnull (item);
          g_assert_cmpstr (ac_advice_get_id (ac_advice_card_get_advice (card)), ==, view_ids[i]);
          assert_card_matches (card, item);
          n_cards++;
        }
    }
  g_assert_cmpuint (n_cards, ==, n);
}

static void
test_matches_cli (void)
{
  const struct {
    const char  *today;
    AcCondition  conditions;
    AcSymptom    symptoms;   /* on 22 November */
  } cases[] = {
    { "2026-11-22", AC_CONDITION_NONE, AC_SYMPTOM_NONE },
    { "2026-11-24", AC_CONDITION_NONE, AC_SYMPTOM_NONE },
    { "2026-10-30", AC_CONDITION_NONE, AC_SYMPTOM_NONE },
    { "2026-08-04", AC_CONDITION_NONE, AC_SYMPTOM_NONE },
    { "2026-09-25", AC_CONDITION_NONE, AC_SYMPTOM_NONE },
    { "2026-11-22", AC_CONDITION_PREGNANT | AC_CONDITION_BLOOD_THINNERS, AC_SYMPTOM_NONE },
    { "2026-11-22", AC_CONDITION_NONE, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_NUMBNESS_TINGLING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Fixture fixture = { 0 };
      AcJournal *journal = ac_sample_journal_new ();

      if (cases[i].conditions != AC_CONDITION_NONE)
        g_assert_true (ac_journal_set_conditions (journal, cases[i].conditions, NULL));
      if (cases[i].symptoms != AC_SYMPTOM_NONE)
        set_symptoms (journal, "2026-11-22", cases[i].symptoms);

      fixture_set_up (&fixture, journal, cases[i].today, 900, 700);
      assert_matches_cli (&fixture, cases[i].today);
      fixture_tear_down (&fixture);
    }
}

/* A card: its severity by icon, tag and style, its words, the reason from
 * the journal, links to the records in the calendar, and why. */
static void
test_cards (void)
{
  Fixture fixture = { 0 };
  AcAdviceCard *card;
  GtkWidget *link;
  AcAdvice *advice;

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);

  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0);
  advice = ac_advice_card_get_advice (card);
  g_assert_cmpstr (ac_advice_get_id (advice), ==, "red-flag-bruising");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "see-professional"));
  g_assert_cmpuint (ac_advice_card_get_n_links (card), ==, 1);
  link = ac_advice_card_get_link (card, 0);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (link)), ==, "win.show-day");
  gtk_test_accessible_assert_property (link, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Show the check-in of 21 November 2026 in the calendar");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (link)), ==, "Check-In of 21 November");
  g_assert_true (gtk_widget_is_sensitive (link));
  gtk_widget_activate (link);
  g_assert_cmpstr (fixture.action, ==, "show-day");
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-21");

  /* The bruising holds massage: the hold's card comes next, before any
   * routine caution (GUIDANCE.md version 2, safety first). */
  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 1);
  g_assert_cmpstr (ac_advice_get_id (ac_advice_card_get_advice (card)), ==, "hold-massage");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "see-professional"));
  g_assert_cmpuint (ac_advice_card_get_n_links (card), ==, 1);
  gtk_widget_activate (ac_advice_card_get_link (card, 0));
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-26");

  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 2);
  g_assert_cmpstr (ac_advice_get_id (ac_advice_card_get_advice (card)), ==, "soreness-lingering");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "caution"));
  g_assert_cmpuint (ac_advice_card_get_n_links (card), ==, 2);
  gtk_widget_activate (ac_advice_card_get_link (card, 0));
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-19");
  gtk_widget_activate (ac_advice_card_get_link (card, 1));
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-22");

  /* The words are the engine's, the severity said with the title. */
  for (AcAdviceGroup g = AC_ADVICE_GROUP_RIGHT_NOW; g <= AC_ADVICE_GROUP_BEFORE_NEXT; g++)
    for (guint i = 0; (card = group_card (fixture.view, g, i)) != NULL; i++)
      {
        g_autofree char *name = NULL;

        advice = ac_advice_card_get_advice (card);
        name = g_strdup_printf ("%s: %s", ac_severity_get_label (ac_advice_get_severity (advice)),
                                ac_advice_get_title (advice));
        gtk_test_accessible_assert_property (gtk_widget_get_first_child (GTK_WIDGET (card)),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, name);
        g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card),
                                                 ac_severity_to_string (ac_advice_get_severity (advice))));
        g_assert_false (ac_advice_card_get_expanded (card));
      }

  fixture_tear_down (&fixture);
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;

  return FALSE;
}

/* "Why we say this" opens on the evidence and the sources, and stays open
 * when the journal changes. */
static void
test_why (void)
{
  Fixture fixture = { 0 };
  AcAdviceCard *card;
  AcAdvice *advice;
  const char * const *sources;
  GDate date = parse_day ("2026-11-20");

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);
  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0);
  advice = ac_advice_card_get_advice (card);
  sources = ac_advice_get_sources (advice);
  g_assert_nonnull (sources[0]);
  g_assert_false (find_label (GTK_WIDGET (card), ac_evidence_get_label (ac_advice_get_evidence (advice))) &&
                  find_label (GTK_WIDGET (card), sources[0]));

  ac_advice_card_set_expanded (card, TRUE);
  ac_display_test_settle ();
  g_assert_true (find_label (GTK_WIDGET (card), ac_evidence_get_label (ac_advice_get_evidence (advice))));
  g_assert_true (find_label (GTK_WIDGET (card), "Professional or public-health guidance says this."));
  g_assert_true (find_label (GTK_WIDGET (card), "Sources"));
  g_assert_true (find_label (GTK_WIDGET (card), ac_advice_get_reason (advice)));

  /* A change elsewhere in the journal: the card is made again, open. */
  set_symptoms (fixture.journal, "2026-11-20", AC_SYMPTOM_NONE);
  g_assert_nonnull (ac_journal_lookup_checkin_for_date (fixture.journal, &date));
  ac_display_test_settle ();
  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0);
  g_assert_cmpstr (ac_advice_get_id (ac_advice_card_get_advice (card)), ==, "red-flag-bruising");
  g_assert_true (ac_advice_card_get_expanded (card));

  fixture_tear_down (&fixture);
}

/* GUIDANCE.md's line is always in view: outside the scrolled part, in the
 * window when the page is scrolled to its end, at any width. At a phone's
 * width it is one short line, and More shows the whole of it. */
static void
test_disclaimer (void)
{
  Fixture fixture = { 0 };
  GtkLabel *disclaimer;
  GtkWidget *short_line;
  GtkMenuButton *more;
  GtkLabel *whole;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 1100, 500);
  disclaimer = view_part (fixture.view, "disclaimer_label");
  g_assert_cmpstr (gtk_label_get_text (disclaimer), ==, ac_advice_get_disclaimer ());
  g_assert_cmpstr (gtk_label_get_text (disclaimer), ==,
                   "General information only. Aftercare can't diagnose or replace a health professional. "
                   "If you're worried, contact one; in an emergency, call your local emergency number.");
  g_assert_null (gtk_widget_get_ancestor (GTK_WIDGET (disclaimer), GTK_TYPE_SCROLLED_WINDOW));

  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view_part (fixture.view, "tips_list")),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  for (guint i = 0; i < 2; i++)
    {
      gtk_adjustment_set_value (adjustment, i == 0 ? 0 : gtk_adjustment_get_upper (adjustment));
      ac_display_test_settle ();
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (disclaimer)));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (disclaimer), GTK_WIDGET (fixture.window), &bounds));
      g_assert_cmpfloat (bounds.origin.y, >, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (fixture.window)));
    }

  g_assert_false (gtk_widget_get_mapped (view_part (fixture.view, "disclaimer_short")));

  gtk_window_set_default_size (fixture.window, 360, 500);
  ac_display_test_settle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (disclaimer)));
  short_line = view_part (fixture.view, "disclaimer_short");
  g_assert_true (gtk_widget_get_mapped (short_line));
  g_assert_true (gtk_widget_compute_bounds (short_line, GTK_WIDGET (fixture.window), &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (fixture.window)));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture.window)));
  /* One line of text (the More button sets its height), not four. */
  g_assert_cmpfloat (bounds.size.height, <, 2 * gtk_widget_get_height (view_part (fixture.view, "disclaimer_more")));
  more = GTK_MENU_BUTTON (view_part (fixture.view, "disclaimer_more"));
  gtk_menu_button_popup (more);
  ac_display_test_settle ();
  whole = view_part (fixture.view, "disclaimer_whole");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (whole)));
  g_assert_cmpstr (gtk_label_get_text (whole), ==, ac_advice_get_disclaimer ());
  gtk_menu_button_popdown (more);

  fixture_tear_down (&fixture);
}

/* A new journal: no advice yet, and the tips. Nothing to watch out for
 * says so. */
static void
test_empty_states (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, ac_journal_new (), "2026-11-22", 900, 700);
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "empty_page")));
  for (AcAdviceGroup g = AC_ADVICE_GROUP_RIGHT_NOW; g <= AC_ADVICE_GROUP_BEFORE_NEXT; g++)
    g_assert_false (gtk_widget_get_mapped (group_section (fixture.view, g)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view_part (fixture.view, "tips_list"))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view_part (fixture.view, "disclaimer_label"))));
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "advice-new-journal");
  fixture_tear_down (&fixture);

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);
  g_assert_false (gtk_widget_get_mapped (view_part (fixture.view, "empty_page")));
  g_assert_true (gtk_widget_get_mapped (ac_display_test_find_nth_with_class (GTK_WIDGET (fixture.view), "nothing-to-watch", 0)));

  /* Something to watch out for: the all-clear goes. */
  g_assert_true (ac_journal_set_conditions (fixture.journal, AC_CONDITION_OSTEOPOROSIS, NULL));
  ac_display_test_settle ();
  g_assert_false (gtk_widget_get_mapped (ac_display_test_find_nth_with_class (GTK_WIDGET (fixture.view), "nothing-to-watch", 0)));
  {
    g_auto(GStrv) ids = group_ids (fixture.view, AC_ADVICE_GROUP_WATCH_OUT);

    g_assert_cmpstr (ids[0], ==, "screening-osteoporosis");
  }
  fixture_tear_down (&fixture);
}

/* The page follows the journal, and the day (midnight while open). */
static void
test_updates (void)
{
  Fixture fixture = { 0 };
  GDate later = parse_day ("2026-11-30");

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);

  set_symptoms (fixture.journal, "2026-11-22", AC_SYMPTOM_DARK_URINE);
  /* Recomputed once the burst of changes is over, not in the signal. */
  {
    g_auto(GStrv) before = group_ids (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW);

    g_assert_cmpstr (before[0], ==, "red-flag-bruising");
  }
  ac_display_test_settle ();
  {
    g_auto(GStrv) ids = group_ids (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW);

    g_assert_cmpstr (ids[0], ==, "red-flag-dark-urine");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0)),
                                             "urgent"));
  }
  assert_matches_cli (&fixture, "2026-11-22");

  ac_display_test_set_today (fixture.context, &later);
  assert_matches_cli (&fixture, "2026-11-30");

  fixture_tear_down (&fixture);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
scroll_to_end (AcAdviceView *view)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (view_part (view, "tips_list")),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  ac_display_test_settle ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  ac_display_test_settle ();
}

/* Every tip of GUIDANCE.md's table with its evidence note, found by
 * search. */
static void
test_tips (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GListModel) library = ac_tips_get_library ();
  GtkListBox *list;
  GtkEditable *search;
  AcTipRow *row;

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);
  list = view_part (fixture.view, "tips_list");
  search = GTK_EDITABLE (view_part (fixture.view, "tips_search"));

  g_assert_cmpuint (count_rows (list), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (library), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(AcTip) tip = g_list_model_get_item (library, i);

      row = AC_TIP_ROW (gtk_list_box_get_row_at_index (list, i));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, ac_tip_get_title (tip));
      g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, ac_tip_get_evidence_note (tip));
    }
  row = AC_TIP_ROW (gtk_list_box_get_row_at_index (list, 5));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Drink water to flush toxins");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "A myth: drink to thirst.");

  gtk_editable_set_text (search, "toxins");
  ac_display_test_settle ();
  g_assert_cmpuint (count_rows (list), ==, 1);
  row = AC_TIP_ROW (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (ac_tip_get_id (ac_tip_row_get_tip (row)), ==, "flush-toxins");

  /* Words anywhere: the verdict, the sources; any case. */
  gtk_editable_set_text (search, "NOT SUPP");
  ac_display_test_settle ();
  g_assert_cmpuint (count_rows (list), ==, 2);
  gtk_editable_set_text (search, "nosaka");
  ac_display_test_settle ();
  g_assert_cmpuint (count_rows (list), ==, 2);

  gtk_editable_set_text (search, "acupuncture");
  ac_display_test_settle ();
  g_assert_cmpuint (count_rows (list), ==, 0);
  scroll_to_end (fixture.view);
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "advice-tips-no-match");

  gtk_editable_set_text (search, "");
  ac_display_test_settle ();
  g_assert_cmpuint (count_rows (list), ==, 10);
  scroll_to_end (fixture.view);
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "advice-tips");

  fixture_tear_down (&fixture);
}

static void
check_labelled (GtkWidget *widget,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labelled (child, n_checked);

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_focusable (widget))
    return;
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_EDITABLE (widget) &&
      !(GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))))
    return;

  (*n_checked)++;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL) ||
      (ADW_IS_PREFERENCES_ROW (widget) && adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))[0] != '\0') ||
      (GTK_IS_EDITABLE (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) != NULL))
    return;

  g_error ("%s %p has no accessible name", G_OBJECT_TYPE_NAME (widget), widget);
}

/* Every control has a name; the groups are named by their headings. */
static void
test_accessible (void)
{
  Fixture fixture = { 0 };
  guint n_checked = 0;

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 2000);
  check_labelled (GTK_WIDGET (fixture.window), &n_checked);
  g_assert_cmpuint (n_checked, >=, 4);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (group_section (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW)),
                                               GTK_ACCESSIBLE_ROLE_GROUP));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (group_section (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW)),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_test_accessible_assert_property (GTK_EDITABLE (view_part (fixture.view, "tips_search")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search the aftercare tips");

  fixture_tear_down (&fixture);
}

static void
test_pictures (void)
{
  Fixture fixture = { 0 };
  struct { int width; int height; const char *name; gboolean dark; } shots[] = {
    { 1100, 760, "advice-wide-light", FALSE },
    { 1100, 760, "advice-wide-dark", TRUE },
    { 360, 760, "advice-narrow-light", FALSE },
    { 360, 760, "advice-narrow-dark", TRUE },
  };

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 1100, 760);
  ac_advice_card_set_expanded (group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (fixture.window, shots[i].width, shots[i].height);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (fixture.window), shots[i].name);
    }

  /* The whole page, scrolled part and all, on the window's background. */
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (view_part (fixture.view, "tips_list")),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *page = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))));

    gtk_window_set_default_size (fixture.window, 1100, 760);
    ac_display_test_settle ();
    ac_display_test_render_png_on_window (page, "advice-page-dark");
    ac_display_test_set_dark (FALSE);
    ac_display_test_render_png_on_window (page, "advice-page-light");
  }

  fixture_tear_down (&fixture);
}

static void
assert_sources_linked (const char * const *sources)
{
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      const char *uri = ac_source_get_uri (sources[i]);

      if (uri == NULL || !g_str_has_prefix (uri, "https://"))
        g_error ("the source \"%s\" has no link", sources[i]);
    }
}

/* Issue 16: every citation under "Why we say this" and under a tip is a
 * link (its DOI or its page), which GtkLabel opens in the browser. */
static void
test_source_links (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GListModel) library = ac_tips_get_library ();
  AcAdviceCard *card;
  GObject *sources;

  for (guint i = 0; i < g_list_model_get_n_items (library); i++)
    {
      g_autoptr(AcTip) tip = g_list_model_get_item (library, i);

      assert_sources_linked (ac_tip_get_sources (tip));
    }

  fixture_set_up (&fixture, ac_sample_journal_new (), "2026-11-22", 900, 700);
  for (AcAdviceGroup g = AC_ADVICE_GROUP_RIGHT_NOW; g <= AC_ADVICE_GROUP_BEFORE_NEXT; g++)
    for (guint i = 0; (card = group_card (fixture.view, g, i)) != NULL; i++)
      assert_sources_linked (ac_advice_get_sources (ac_advice_card_get_advice (card)));

  card = group_card (fixture.view, AC_ADVICE_GROUP_RIGHT_NOW, 0);
  sources = gtk_widget_get_template_child (GTK_WIDGET (card), AC_TYPE_ADVICE_CARD, "sources");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (sources)),
                            "<a href=\"https://doi.org/10.1155/2014/480956\">Yin et al. 2014</a>"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sources)), ==, "Yin et al. 2014\nNCCIH");
  fixture_tear_down (&fixture);
}

/* The lowest edge of anything drawn in @widget, in @target's coordinates:
 * a child allocated more than its parent overflows it. */
static float
lowest_edge (GtkWidget *widget,
             GtkWidget *target)
{
  graphene_rect_t bounds;
  float lowest = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (gtk_widget_compute_bounds (widget, target, &bounds))
    lowest = bounds.origin.y + bounds.size.height;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    lowest = MAX (lowest, lowest_edge (child, target));

  return lowest;
}

/* Issue 16: the "Aftercare Tips" heading touched the card above it. It
 * stands apart from the advice as the groups stand apart from each
 * other, at every width, with and without advice. */
static void
test_tips_heading_space (void)
{
  const int widths[] = { 1100, 600, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths) * 2; i++)
    {
      Fixture fixture = { 0 };
      GtkWidget *heading, *above;
      graphene_rect_t heading_bounds, above_bounds;
      gboolean empty = i >= G_N_ELEMENTS (widths);

      fixture_set_up (&fixture, empty ? ac_journal_new () : ac_sample_journal_new (),
                      i % 2 == 0 ? "2026-11-22" : "2026-11-14", widths[i % G_N_ELEMENTS (widths)], 700);
      heading = ac_display_test_find_label (GTK_WIDGET (fixture.view), "Aftercare Tips");
      g_assert_nonnull (heading);
      /* The tips' part of the page: the heading's box, in its section. */
      above = gtk_widget_get_prev_sibling (gtk_widget_get_parent (gtk_widget_get_parent (heading)));
      while (!gtk_widget_get_visible (above))
        above = gtk_widget_get_prev_sibling (above);
      g_assert_true (gtk_widget_compute_bounds (heading, GTK_WIDGET (fixture.view), &heading_bounds));
      g_assert_true (gtk_widget_compute_bounds (above, GTK_WIDGET (fixture.view), &above_bounds));
      above_bounds.size.height = lowest_edge (above, GTK_WIDGET (fixture.view)) - above_bounds.origin.y;
      g_test_message ("%d px%s: %.0f px between %s and the tips' heading", widths[i % G_N_ELEMENTS (widths)],
                      empty ? ", no advice" : "",
                      heading_bounds.origin.y - (above_bounds.origin.y + above_bounds.size.height),
                      G_OBJECT_TYPE_NAME (above));
      g_assert_cmpfloat (heading_bounds.origin.y - (above_bounds.origin.y + above_bounds.size.height), >=, 24);
      fixture_tear_down (&fixture);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/advice/matches-cli", test_matches_cli);
  g_test_add_func ("/advice/cards", test_cards);
  g_test_add_func ("/advice/why", test_why);
  g_test_add_func ("/advice/source-links", test_source_links);
  g_test_add_func ("/advice/tips-heading-space", test_tips_heading_space);
  g_test_add_func ("/advice/disclaimer", test_disclaimer);
  g_test_add_func ("/advice/empty-states", test_empty_states);
  g_test_add_func ("/advice/updates", test_updates);
  g_test_add_func ("/advice/tips", test_tips);
  g_test_add_func ("/advice/accessible", test_accessible);
  g_test_add_func ("/advice/pictures", test_pictures);

  return g_test_run ();
}
