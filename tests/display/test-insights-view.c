/* test-insights-view.c — the Insights page: findings in the model's order
 * with their sentences and charts, the caveat, what is missing, costs per
 * currency, the empty state, updates, the window's fourth view; pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights-view"

#include "config.h"

#include <string.h>

#include "ac-advice.h"
#include "ac-display-test.h"
#include "ac-finding-row.h"
#include "ac-insights-view.h"
#include "ac-body-map.h"
#include "ac-body-map-region.h"
#include "ac-range-chart.h"
#include "ac-resources.h"
#include "ac-sample-journal.h"
#include "ac-sore-map.h"
#include "ac-window-private.h"

/* Seven months of a person who alternates a 60-minute moderate session
 * with Bo (relaxation, 65.00 EUR) and a 90-minute deep one with Ana
 * (sport, 90.00 EUR), and twice, away, saw Kim (60 minutes, moderate,
 * 80 USD). They rate how each felt, and check in with stress and sleep
 * on the two days before a session and the three after, with soreness
 * on the four after. Deep work leaves them sorer and feels less good;
 * both calm them about as much. Today is the sample's, 22 November 2026. */

/* The deep sessions work the legs and lower back, the moderate ones the
 * neck, shoulders and upper back. After a deep one the lower back is sore
 * and, the day after, the thighs; after a moderate one the shoulders and,
 * the day after, the neck. */
#define DEEP_AREAS     (AC_AREA_LOWER_BACK | AC_AREA_GLUTES | AC_AREA_THIGHS)
#define MODERATE_AREAS (AC_AREA_NECK | AC_AREA_SHOULDERS | AC_AREA_UPPER_BACK)

static AcArea
sore_areas_on (gboolean deep,
               int      day)
{
  if (deep)
    return day == 1 ? AC_AREA_LOWER_BACK | AC_AREA_THIGHS : AC_AREA_LOWER_BACK;
  return day == 1 ? AC_AREA_SHOULDERS | AC_AREA_NECK : AC_AREA_SHOULDERS;
}

typedef struct
{
  int         gap;        /* days after the session before */
  gboolean    deep;
  const char *therapist;  /* NULL: Bo or Ana by pressure */
} Planned;

static const Planned plan[] = {
  { 0, FALSE }, { 12, TRUE }, { 12, FALSE }, { 13, TRUE }, { 11, FALSE }, { 12, TRUE },
  { 7, FALSE, "Kim" }, { 12, FALSE }, { 12, TRUE }, { 14, FALSE }, { 12, TRUE },
  { 12, FALSE }, { 12, TRUE }, { 11, FALSE }, { 12, TRUE }, { 12, FALSE },
  { 12, TRUE }, { 8, FALSE, "Kim" }, { 7, FALSE },
};

/* A small, fixed wobble: -1, 0 or +1. */
static int
wobble (guint i,
        guint salt)
{
  return (int) ((i * 7 + salt * 3) % 3) - 1;
}

static void
add_checkin (AcJournal   *journal,
             const GDate *day,
             int          soreness,
             int          stress,
             int          sleep,
             AcArea       areas)
{
  g_autoptr(AcCheckin) checkin = ac_checkin_new (day, soreness);
  g_autoptr(GError) error = NULL;

  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_stress (checkin, stress);
  ac_checkin_set_sleep (checkin, sleep);
  g_assert_true (ac_journal_add_checkin (journal, checkin, &error));
  g_assert_no_error (error);
}

static void
add_session (AcJournal   *journal,
             const GDate *day,
             guint        i)
{
  const Planned *p = &plan[i];
  g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                                                    g_date_get_day (day), 17, 0, 0);
  g_autoptr(AcSession) session = ac_session_new (start, p->deep ? 90 : 60,
                                                 p->deep ? AC_PRESSURE_DEEP : AC_PRESSURE_MODERATE);
  g_autoptr(GError) error = NULL;
  const char *therapist = p->therapist ? p->therapist : p->deep ? "Ana" : "Bo";

  ac_session_set_therapist (session, therapist);
  ac_session_set_areas (session, p->deep ? DEEP_AREAS : MODERATE_AREAS);
  ac_session_set_purpose (session, p->deep ? AC_PURPOSE_SPORT : AC_PURPOSE_RELAXATION);
  ac_session_set_felt (session, (p->deep ? 6 : 8) + wobble (i, 1));
  ac_session_set_price (session, g_str_equal (therapist, "Kim") ? "80 USD"
                                 : p->deep ? "90.00 EUR" : "65.00 EUR");
  g_assert_true (ac_journal_add_session (journal, session, &error));
  g_assert_no_error (error);
}

static AcJournal *
realistic_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();
  GDate day, today;

  ac_sample_today (&today);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 2, G_DATE_MAY, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      gboolean deep = plan[i].deep;
      int peak = (deep ? 6 : 2) + wobble (i, 2);
      int stress = 6 + wobble (i, 3);
      int sleep = 5 + wobble (i, 4);

      g_date_add_days (&day, plan[i].gap);
      add_session (journal, &day, i);

      for (int d = -2; d <= 4; d++)
        {
          GDate when = day;
          int soreness;

          if (d == 0)
            continue;
          if (d < 0)
            g_date_subtract_days (&when, -d);
          else
            g_date_add_days (&when, d);
          /* The last session was yesterday: its day after is today,
           * not checked in yet. */
          if (g_date_compare (&when, &today) >= 0)
            break;

          soreness = d < 0 ? (i % 3 == 0) : MAX (0, peak - (d - 1) * (deep ? 2 : 1) - (d > 1));
          if (d < 0)
            add_checkin (journal, &when, soreness, stress, sleep, AC_AREA_NONE);
          else if (d <= 3)
            add_checkin (journal, &when, soreness, stress - (deep ? 2 : 3) + wobble (i, d),
                         sleep + (deep ? 1 : 2) + wobble (i, d + 4), sore_areas_on (deep, d));
          else
            add_checkin (journal, &when, soreness, -1, -1, sore_areas_on (deep, d));
        }
    }

  return journal;
}

/* A part of the view's template, by its id in ac-insights-view.ui. */
static gpointer
view_part (AcInsightsView *view,
           const char     *id)
{
  return ac_display_test_get_part (GTK_WIDGET (view), AC_TYPE_INSIGHTS_VIEW, id);
}

typedef struct
{
  AcContext      *context;
  AcInsightsView *view;
  GtkWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture   *fixture,
                AcJournal *journal,
                int        width,
                int        height)
{
  GDate today;

  ac_sample_today (&today);
  /* @journal is taken: the view shows the one the context's keeper
   * loaded from its file. */
  fixture->context = ac_display_test_context_new (journal, &today);
  g_clear_object (&journal);
  fixture->view = AC_INSIGHTS_VIEW (ac_insights_view_new (fixture->context));
  fixture->window = ac_display_test_window_new (GTK_WIDGET (fixture->view), width, height);
}

static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  ac_display_test_settle ();
  ac_display_test_context_free (fixture->context);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static AcFindingRow *
finding_row (Fixture *fixture,
             guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (view_part (fixture->view, "findings_list"), index);

  g_assert_nonnull (row);
  return AC_FINDING_ROW (row);
}

static const char *
row_label (AcFindingRow *row,
           const char   *id)
{
  return gtk_label_get_text (ac_display_test_get_part (GTK_WIDGET (row), AC_TYPE_FINDING_ROW, id));
}

/* The findings are the model's comparisons that found something, in its
 * order (differences first, then no clear difference), each with its
 * title, verdict, sentence and chart. */
static void
test_findings (void)
{
  Fixture fixture = { 0 };
  GListModel *comparisons;
  guint n_findings = 0, n_rows_shown;
  gboolean seen_no_difference = FALSE;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  comparisons = ac_insights_get_comparisons (ac_insights_view_get_insights (fixture.view));
  n_rows_shown = n_rows (view_part (fixture.view, "findings_list"));

  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);
      AcInsightVerdict verdict = ac_comparison_get_verdict (comparison);
      AcFindingRow *row;

      if (verdict == AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA)
        continue;

      g_assert_cmpuint (n_findings, <, n_rows_shown);
      row = finding_row (&fixture, n_findings++);
      g_assert_true (ac_finding_row_get_comparison (row) == comparison);
      g_assert_true (ac_range_chart_get_comparison (ac_finding_row_get_chart (row)) == comparison);
      g_assert_cmpstr (row_label (row, "title_label"), ==, ac_comparison_get_title (comparison));
      g_assert_cmpstr (row_label (row, "finding_label"), ==, ac_comparison_get_finding (comparison));
      g_assert_cmpstr (row_label (row, "verdict_label"), ==,
                       verdict == AC_INSIGHT_VERDICT_DIFFERENCE ? "Clear difference" : "No clear difference yet");

      /* Strongest first. */
      if (verdict == AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE)
        seen_no_difference = TRUE;
      else
        g_assert_false (seen_no_difference);
    }
  g_assert_cmpuint (n_findings, ==, n_rows_shown);
  g_assert_true (seen_no_difference);

  /* The first finding in words, as the person reads it. */
  g_assert_cmpstr (row_label (finding_row (&fixture, 0), "finding_label"), ==,
                   "In your journal, you are less sore after sessions with Bo than after sessions "
                   "with Ana: a peak of 2 vs 6 (8 sessions each).");

  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "findings_section")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "empty_page")));
  g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "headline_label")), ==,
                   "After deep work you are usually back to normal in 3 days; after moderate work, 2 days.");

  fixture_tear_down (&fixture);
}

/* The caveat of GUIDANCE.md and the not-medical-advice line are in view,
 * below the scrolled findings. */
static void
test_caveat (void)
{
  Fixture fixture = { 0 };
  GtkWidget *label;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 600);
  label = view_part (fixture.view, "caveat_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "A pattern in your own records, not proof.");
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_null (gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW));
  g_assert_cmpint (gtk_widget_get_height (label), >, 0);
  label = view_part (fixture.view, "disclaimer_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, ac_advice_get_disclaimer ());
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_null (gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW));

  fixture_tear_down (&fixture);
}

/* The comparisons that need more sessions come folded after the
 * findings, each saying what is missing. */
static void
test_missing (void)
{
  Fixture fixture = { 0 };
  AdwExpanderRow *expander;
  GListModel *comparisons;
  guint n_missing = 0;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  expander = view_part (fixture.view, "missing_expander");
  comparisons = ac_insights_get_comparisons (ac_insights_view_get_insights (fixture.view));
  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      if (ac_comparison_get_verdict (comparison) != AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA)
        continue;
      n_missing++;
      g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (expander), ac_comparison_get_finding (comparison)));
    }

  g_assert_cmpuint (n_missing, >, 0);
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "missing_list")));
  g_assert_false (adw_expander_row_get_expanded (expander));
  {
    g_autofree char *subtitle = g_strdup_printf ("%u comparisons need more sessions", n_missing);

    g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, subtitle);
  }
  /* Kim's two sessions are listed but left out of the verdict. */
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (expander),
                                                "In your journal, there is not enough to compare peak soreness "
                                                "by the gap before a session yet. Not enough sessions yet: 2 of 3 "
                                                "sessions less than 10 days after the one before."));

  fixture_tear_down (&fixture);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Returns: (transfer none) (nullable): the row @title of @currency's
 * group, or of the time's for %NULL */
static GtkWidget *
find_cost_row (GtkWidget  *costs,
               const char *currency,
               const char *title)
{
  g_autofree char *heading = currency != NULL ? g_strdup_printf ("In %s", currency) : g_strdup ("Time");
  GtkWidget *group = ac_display_test_find_label (costs, heading);

  g_assert_nonnull (group);
  group = gtk_widget_get_ancestor (group, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (group);
  return ac_display_test_find_widget (group, is_row_titled, title);
}

static void
assert_cost (GtkWidget  *costs,
             const char *currency,
             const char *title,
             const char *amount)
{
  GtkWidget *row = find_cost_row (costs, currency, title);

  if (row == NULL)
    g_error ("no row “%s” for %s", title, currency);
  g_assert_nonnull (ac_display_test_find_label (row, amount));
}

/* Money per currency, never added across: the last 30 days, the last 365
 * days, and by therapist. */
static void
test_costs (void)
{
  Fixture fixture = { 0 };
  GtkWidget *costs;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  costs = view_part (fixture.view, "costs_section");
  g_assert_true (gtk_widget_get_mapped (costs));

  assert_cost (costs, "EUR", "Last 30 days", "220.00 EUR");
  assert_cost (costs, "EUR", "Last 365 days", "1305.00 EUR");
  assert_cost (costs, "EUR", "With Ana", "720.00 EUR");
  assert_cost (costs, "EUR", "With Bo", "585.00 EUR");
  assert_cost (costs, "USD", "Last 30 days", "80 USD");
  assert_cost (costs, "USD", "Last 365 days", "160 USD");
  assert_cost (costs, "USD", "With Kim", "160 USD");
  g_assert_null (find_cost_row (costs, "USD", "With Ana"));

  /* The time, priced or not: two of Bo's hours, one of Kim's and one of
   * Ana's 90 minutes in the last 30 days; all 19 sessions in the year. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_cost_row (costs, NULL, "Last 30 days"))), ==,
                   "4 sessions, 270 minutes");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_cost_row (costs, NULL, "Last 365 days"))), ==,
                   "19 sessions, 1380 minutes");

  fixture_tear_down (&fixture);
}

/* An empty journal: a status page that says what to record, nothing
 * else, and no caveat without an insight. */
static void
test_empty (void)
{
  Fixture fixture = { 0 };
  AdwStatusPage *page;

  fixture_set_up (&fixture, ac_journal_new (), 1000, 700);
  page = view_part (fixture.view, "empty_page");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (strstr (adw_status_page_get_description (page),
                            "Rate how a session felt, or add stress and sleep to your check-ins"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "After 3 sessions of a kind"));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "findings_section")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "missing_list")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "costs_section")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "caveat_label")));
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "disclaimer_label")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "headline_label")));

  ac_display_test_render_png (GTK_WIDGET (fixture.window), "insights-empty");
  fixture_tear_down (&fixture);
}

/* A few sessions, none compared yet: the status page, then what is
 * missing unfolded, and what they cost. */
static void
test_first_sessions (void)
{
  Fixture fixture = { 0 };
  AcJournal *journal = realistic_journal_new ();
  GListModel *sessions = ac_journal_get_sessions (journal);

  /* The first four sessions only: two of each pressure. */
  while (g_list_model_get_n_items (sessions) > 4)
    {
      g_autoptr(AcSession) last = g_list_model_get_item (sessions, g_list_model_get_n_items (sessions) - 1);

      g_assert_true (ac_journal_remove (journal, ac_session_get_id (last), NULL));
    }

  fixture_set_up (&fixture, journal, 1000, 900);
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "empty_page")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "findings_section")));
  g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "caveat_label")));
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "disclaimer_label")));
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "missing_list")));
  g_assert_true (adw_expander_row_get_expanded (view_part (fixture.view, "missing_expander")));
  g_assert_true (gtk_widget_get_mapped (view_part (fixture.view, "costs_section")));

  ac_display_test_render_png (GTK_WIDGET (fixture.window), "insights-first-sessions");
  fixture_tear_down (&fixture);
}

/* Each chart is an image a keyboard reaches, named by the comparison's
 * title and described by every side's numbers in words. */
static void
test_accessible (void)
{
  Fixture fixture = { 0 };
  AcRangeChart *chart;
  guint n;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  n = n_rows (view_part (fixture.view, "findings_list"));
  for (guint i = 0; i < n; i++)
    {
      AcFindingRow *row = finding_row (&fixture, i);

      chart = ac_finding_row_get_chart (row);
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           ac_comparison_get_title (ac_finding_row_get_comparison (row)));
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           ac_range_chart_get_summary (chart));
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
    }

  chart = ac_finding_row_get_chart (finding_row (&fixture, 0));
  g_assert_cmpstr (ac_range_chart_get_summary (chart), ==,
                   "Sessions with Ana: 8 sessions, middle 6, range 5.8 to 7. "
                   "Sessions with Bo: 8 sessions, middle 2, range 1 to 2.3. "
                   "Sessions with Kim: 2 sessions, middle 2, range 1.5 to 2.5. Too few to compare.");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (chart)));

  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (fixture.window)), >, 0);

  fixture_tear_down (&fixture);
}

/* A side with fewer than 3 sessions is listed, hollow, and said to be too
 * few. */
static void
test_too_few (void)
{
  Fixture fixture = { 0 };
  gboolean found = FALSE;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  for (guint i = 0; i < n_rows (view_part (fixture.view, "findings_list")); i++)
    {
      AcFindingRow *row = finding_row (&fixture, i);
      AcComparison *comparison = ac_finding_row_get_comparison (row);
      const char *summary = ac_range_chart_get_summary (ac_finding_row_get_chart (row));

      if (ac_comparison_get_group (comparison) != AC_INSIGHT_GROUP_THERAPIST)
        continue;
      found = TRUE;
      g_assert_nonnull (strstr (summary, "Sessions with Kim: 2 sessions, middle"));
      g_assert_nonnull (strstr (summary, "Too few to compare."));
    }
  g_assert_true (found);

  fixture_tear_down (&fixture);
}

/* At 360 px nothing is wider than the window: the charts and texts wrap. */
static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  int minimum, natural;

  fixture_set_up (&fixture, realistic_journal_new (), 360, 720);
  gtk_widget_measure (GTK_WIDGET (fixture.view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.view)), ==, gtk_widget_get_width (GTK_WIDGET (fixture.window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.window)), <=, 360);

  for (guint i = 0; i < n_rows (view_part (fixture.view, "findings_list")); i++)
    {
      GtkWidget *chart = GTK_WIDGET (ac_finding_row_get_chart (finding_row (&fixture, i)));
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (chart, GTK_WIDGET (fixture.view), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
      g_assert_cmpint (gtk_widget_get_height (chart), >, 40);
    }

  fixture_tear_down (&fixture);
}

/* Returns: (transfer none): the session, as the journal holds it */
static AcSession *
add_deep_session (AcJournal *journal)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 21, 10, 0, 0);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);

  ac_session_set_price (session, "50.00 EUR");
  g_assert_true (ac_journal_add_session (journal, session, NULL));
  return session;
}

/* A change is shown after an idle while the page is shown; while hidden,
 * the page waits until it is shown again. */
static void
count_notify (guint *n_made)
{
  (*n_made)++;
}

static void
test_updates (void)
{
  Fixture fixture = { 0 };
  AcJournal *journal;
  AcSession *added;
  guint n_made = 0;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  journal = ac_context_get_journal (fixture.context);
  g_assert_true (ac_insights_view_get_journal (fixture.view) == journal);
  g_signal_connect_swapped (fixture.view, "notify::insights", G_CALLBACK (count_notify), &n_made);

  /* Two changes in a row: made again once, after them. */
  added = add_deep_session (journal);
  ac_display_test_add_checkin (journal, "2026-11-22", 3, AC_SYMPTOM_NONE);
  g_assert_cmpuint (n_made, ==, 0);
  ac_display_test_settle ();
  g_assert_cmpuint (n_made, ==, 1);
  assert_cost (view_part (fixture.view, "costs_section"), "EUR", "Last 30 days", "270.00 EUR");

  /* Hidden, the page waits until it is shown again. */
  gtk_widget_set_visible (GTK_WIDGET (fixture.view), FALSE);
  ac_display_test_settle ();
  g_assert_true (ac_journal_remove (journal, ac_session_get_id (added), NULL));
  ac_display_test_settle ();
  g_assert_cmpuint (n_made, ==, 1);
  gtk_widget_set_visible (GTK_WIDGET (fixture.view), TRUE);
  g_assert_cmpuint (n_made, ==, 2);
  assert_cost (view_part (fixture.view, "costs_section"), "EUR", "Last 30 days", "220.00 EUR");

  /* A new day is a change too. */
  {
    GDate tomorrow;

    ac_sample_today (&tomorrow);
    g_date_add_days (&tomorrow, 1);
    ac_display_test_set_today (fixture.context, &tomorrow);
    ac_display_test_settle ();
    g_assert_cmpuint (n_made, ==, 3);
  }

  fixture_tear_down (&fixture);
}

/* The window's fourth view: built when first shown, by the switcher or
 * Alt+4. */
static void
test_window (void)
{
  g_autoptr(AcJournal) journal = realistic_journal_new ();
  g_autoptr(AcContext) context = NULL;
  AcWindow *window;
  GDate today;

  ac_sample_today (&today);
  context = ac_display_test_context_new (journal, &today);
  window = ac_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  ac_display_test_settle ();

  g_assert_nonnull (adw_view_stack_get_child_by_name (window->view_stack, "insights"));
  g_assert_null (window->insights_view);
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (window), "<Alt>4"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "insights");
  g_assert_nonnull (window->insights_view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->insights_view)));
  g_assert_nonnull (ac_insights_view_get_insights (window->insights_view));

  gtk_window_destroy (GTK_WINDOW (window));
  ac_display_test_settle ();
  ac_display_test_context_free (g_steal_pointer (&context));
}

static void
test_pictures (void)
{
  Fixture fixture = { 0 };
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1000, "insights-wide-light", FALSE },
    { 1000, "insights-wide-dark", TRUE },
    { 360, "insights-narrow-light", FALSE },
    { 360, "insights-narrow-dark", TRUE },
  };
  GtkWidget *page;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  /* The whole scrolled page too, every finding, what is missing
   * (unfolded) and the costs. */
  page = gtk_widget_get_ancestor (view_part (fixture.view, "headline_label"), ADW_TYPE_CLAMP);
  adw_expander_row_set_expanded (view_part (fixture.view, "missing_expander"), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *whole = g_strconcat (shots[i].name, "-page", NULL);

      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (fixture.window, shots[i].width, 900);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (fixture.window), shots[i].name);
      ac_display_test_render_png_on_window (page, whole);
    }
  ac_display_test_set_dark (FALSE);

  fixture_tear_down (&fixture);
}

static gboolean
is_body_map (GtkWidget     *widget,
             gconstpointer  data)
{
  return AC_IS_BODY_MAP (widget);
}

static gboolean
is_region_of (GtkWidget     *widget,
              gconstpointer  area)
{
  return AC_IS_BODY_MAP_REGION (widget) &&
         ac_body_map_region_get_area (AC_BODY_MAP_REGION (widget)) == GPOINTER_TO_UINT (area);
}

/* Returns: (transfer none): the map's region of @area */
static GtkWidget *
region_of (AcBodyMap *body,
           AcArea     area)
{
  GtkWidget *region = ac_display_test_find_widget (GTK_WIDGET (body), is_region_of, GUINT_TO_POINTER (area));

  g_assert_nonnull (region);
  return region;
}

static gboolean
is_toggle_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
click_choice (AcSoreMap  *map,
              const char *label)
{
  GtkWidget *button = ac_display_test_find_widget (GTK_WIDGET (map), is_toggle_labelled, label);

  g_assert_nonnull (button);
  /* As a click: activating a button clicks it only after a timeout. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

/* Every sore area has a row in the list, named and described in words,
 * the most first, as the map shades them. */
static void
assert_area_rows (AcSoreMap *map)
{
  AcSoreAreas *areas = ac_sore_map_get_areas (map);

  for (guint i = 0; i < ac_sore_areas_get_n_areas (areas); i++)
    {
      const AcSoreArea *area = ac_sore_areas_get_area (areas, i);
      g_autofree char *words = ac_sore_areas_describe (areas, area->area);
      GtkWidget *row = ac_display_test_find_widget (GTK_WIDGET (map), is_row_titled,
                                                    ac_area_get_label (area->area));

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, words);
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, (int) i);
    }
}

/* "Where it gets sore" on the realistic journal: deep work leaves the
 * lower back sorest (a peak of about 6, the thighs the day after), the
 * moderate work the shoulders (about 2, the neck the day after); nothing
 * else is ever named. The range and pressure choose the sessions; an area
 * chosen on the map or in the list shows the sessions behind it. */
static void
test_sore_map (void)
{
  Fixture fixture = { 0 };
  AcSoreMap *map;
  AcBodyMap *body;
  AcSoreAreas *areas;
  const AcSoreArea *lower_back, *shoulders;
  guint n_three_months, n_rows_behind = 0;

  fixture_set_up (&fixture, realistic_journal_new (), 1000, 900);
  map = view_part (fixture.view, "sore_map");
  body = AC_BODY_MAP (ac_display_test_find_widget (GTK_WIDGET (map), is_body_map, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (map)));
  g_assert_false (ac_body_map_get_editable (body));

  /* The last 3 months, any pressure. */
  areas = ac_sore_map_get_areas (map);
  n_three_months = ac_sore_areas_get_n_sessions (areas);
  g_assert_cmpuint (n_three_months, >=, 7);
  g_assert_cmpuint (n_three_months, <=, 9);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (areas), ==, 4);
  lower_back = ac_sore_areas_get_area (areas, 0);
  g_assert_cmpint (lower_back->area, ==, AC_AREA_LOWER_BACK);
  g_assert_cmpfloat (lower_back->intensity, ==, 1);
  shoulders = ac_sore_areas_lookup (areas, AC_AREA_SHOULDERS);
  g_assert_nonnull (shoulders);
  g_assert_cmpfloat (shoulders->intensity, <, 0.5);
  g_assert_cmpfloat (shoulders->intensity, >, 0);
  g_assert_nonnull (ac_sore_areas_lookup (areas, AC_AREA_THIGHS));
  g_assert_nonnull (ac_sore_areas_lookup (areas, AC_AREA_NECK));
  /* Worked, but never named sore; never worked. */
  g_assert_null (ac_sore_areas_lookup (areas, AC_AREA_GLUTES));
  g_assert_null (ac_sore_areas_lookup (areas, AC_AREA_HEAD));
  assert_area_rows (map);
  /* The map's regions say the same to a screen reader, sore or not. */
  {
    g_autofree char *words = ac_sore_areas_describe (areas, AC_AREA_LOWER_BACK);
    g_autofree char *head = ac_sore_areas_describe (areas, AC_AREA_HEAD);

    gtk_test_accessible_assert_property (region_of (body, AC_AREA_LOWER_BACK), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         words);
    gtk_test_accessible_assert_property (region_of (body, AC_AREA_HEAD), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         head);
    g_assert_cmpstr (head, ==, "Not sore after any of 8 sessions.");
  }
  ac_display_test_render_png_on_window (GTK_WIDGET (map), "insights-sore-map-light");

  /* Moderate work only: the neck and shoulders, named together on the
   * day after, the sorest day, are equally sore; no lower back. */
  click_choice (map, "Moderate");
  areas = ac_sore_map_get_areas (map);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (areas), ==, 2);
  g_assert_cmpfloat (ac_sore_areas_lookup (areas, AC_AREA_SHOULDERS)->intensity, ==, 1);
  g_assert_cmpfloat (ac_sore_areas_lookup (areas, AC_AREA_NECK)->intensity, ==, 1);
  g_assert_null (ac_sore_areas_lookup (areas, AC_AREA_LOWER_BACK));
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (areas), <, n_three_months);
  assert_area_rows (map);

  /* Deep work over all sessions: more sessions than in 3 months. */
  click_choice (map, "Deep");
  click_choice (map, "All");
  areas = ac_sore_map_get_areas (map);
  g_assert_cmpint (ac_sore_areas_get_area (areas, 0)->area, ==, AC_AREA_LOWER_BACK);
  g_assert_null (ac_sore_areas_lookup (areas, AC_AREA_SHOULDERS));
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (areas), ==, 8);

  /* An area chosen on the map: its sessions, one row each, on the map
   * too; the list's rows choose likewise. */
  g_signal_emit_by_name (body, "area-activated", AC_AREA_LOWER_BACK);
  g_assert_cmpint (ac_sore_map_get_selected (map), ==, AC_AREA_LOWER_BACK);
  g_assert_cmpint (ac_body_map_get_selected (body), ==, AC_AREA_LOWER_BACK);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (map), "Behind “Lower back”"));
  {
    GtkWidget *title = ac_display_test_find_label (GTK_WIDGET (map), "Behind “Lower back”");
    GtkWidget *details = gtk_widget_get_parent (title);
    GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_last_child (details));

    g_assert_true (gtk_widget_get_mapped (details));
    while (gtk_list_box_get_row_at_index (list, n_rows_behind) != NULL)
      n_rows_behind++;
    g_assert_cmpuint (n_rows_behind, ==, ac_sore_areas_lookup (areas, AC_AREA_LOWER_BACK)->n_sessions);
    /* The first deep session, 14 May, and its check-ins naming the area. */
    {
      GtkWidget *first = ac_display_test_find_widget (details, is_row_titled,
                                                      "Thursday 14 May 2026, deep, 90 minutes");

      g_assert_nonnull (first);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), ==,
                       "Soreness 6 on day 1, 3 on day 2, 1 on day 3");
    }
  }
  ac_display_test_render_png_on_window (GTK_WIDGET (map), "insights-sore-map-deep-all");

  gtk_widget_activate (ac_display_test_find_widget (GTK_WIDGET (map), is_row_titled, "Thighs"));
  g_assert_cmpint (ac_sore_map_get_selected (map), ==, AC_AREA_THIGHS);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (map), "Behind “Thighs”"));

  /* An area never sore shows nothing behind it. */
  ac_sore_map_select_area (map, AC_AREA_HEAD);
  g_assert_cmpint (ac_sore_map_get_selected (map), ==, AC_AREA_NONE);
  g_assert_cmpint (ac_body_map_get_selected (body), ==, AC_AREA_NONE);

  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (map)), >, 7);

  ac_display_test_set_dark (TRUE);
  ac_sore_map_select_area (map, AC_AREA_LOWER_BACK);
  ac_display_test_settle ();
  ac_display_test_render_png_on_window (GTK_WIDGET (map), "insights-sore-map-dark");
  ac_display_test_set_dark (FALSE);

  gtk_window_set_default_size (fixture.window, 360, 900);
  ac_display_test_settle ();
  ac_display_test_render_png_on_window (GTK_WIDGET (map), "insights-sore-map-narrow");

  fixture_tear_down (&fixture);
}

/* A journal whose check-ins name no area: the map says so, and lists
 * nothing. */
static void
test_sore_map_no_areas (void)
{
  Fixture fixture = { 0 };
  AcJournal *journal = ac_journal_new ();
  AcSoreMap *map;
  GDate today;

  ac_sample_today (&today);
  add_session (journal, &today, 0);
  fixture_set_up (&fixture, journal, 1000, 900);
  map = view_part (fixture.view, "sore_map");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (map)));
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (ac_sore_map_get_areas (map)), ==, 0);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (ac_sore_map_get_areas (map)), ==, 0);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (map),
                                                "No check-ins after sessions of this kind in this time yet. "
                                                "Name the sore areas when you check in on the days after a "
                                                "session to see where it gets sore."));

  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/insights/findings", test_findings);
  g_test_add_func ("/insights/caveat", test_caveat);
  g_test_add_func ("/insights/missing", test_missing);
  g_test_add_func ("/insights/costs", test_costs);
  g_test_add_func ("/insights/empty", test_empty);
  g_test_add_func ("/insights/first-sessions", test_first_sessions);
  g_test_add_func ("/insights/accessible", test_accessible);
  g_test_add_func ("/insights/too-few", test_too_few);
  g_test_add_func ("/insights/narrow", test_narrow);
  g_test_add_func ("/insights/updates", test_updates);
  g_test_add_func ("/insights/window", test_window);
  g_test_add_func ("/insights/pictures", test_pictures);
  g_test_add_func ("/insights/sore-map", test_sore_map);
  g_test_add_func ("/insights/sore-map/no-areas", test_sore_map_no_areas);

  return g_test_run ();
}
