/* test-recovery-view.c — the Recovery page: the soreness chart's window,
 * points, summary, axis and cursor; the recovery profile; pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-recovery-view"

#include "config.h"

#include <glib/gstdio.h>

#include "ac-display-test.h"
#include "ac-fixture.h"
#include "ac-recovery-profile-chart.h"
#include "ac-recovery-view.h"
#include "ac-resources.h"
#include "ac-sample-journal.h"
#include "ac-soreness-chart-private.h"
#include "ac-window-private.h"

/* A part of the view's template, by its id in ac-recovery-view.ui. */
static gpointer
view_part (AcRecoveryView *view,
           const char     *id)
{
  return ac_display_test_get_part (GTK_WIDGET (view), AC_TYPE_RECOVERY_VIEW, id);
}

static GDate
day (int year,
     int month,
     int day_of_month)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day_of_month, month, year);

  return date;
}

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static void
assert_window (AcSorenessChart *chart,
               const char      *first,
               const char      *last)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  GDate start, end;

  ac_soreness_chart_get_window (chart, &start, &end);
  first_text = iso (&start);
  last_text = iso (&end);
  g_assert_cmpstr (first_text, ==, first);
  g_assert_cmpstr (last_text, ==, last);
}

/* Finds the key's binding on the focus widget or one of its ancestors, as
 * GTK's bubble phase would, and activates it. */
static gboolean
send_key (GtkWindow       *window,
          guint            keyval,
          GdkModifierType  modifiers)
{
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (widget);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          GListModel *shortcuts;

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          shortcuts = G_LIST_MODEL (controller);
          for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
                {
                  gboolean handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                                   0, widget,
                                                                   gtk_shortcut_get_arguments (shortcut));

                  ac_display_test_settle ();
                  return handled;
                }
            }
        }
    }

  return FALSE;
}

/* Every focusable button on screen has a name. */
static void
check_labelled (GtkWidget *widget,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labelled (child, n_checked);

  if (!gtk_widget_get_mapped (widget))
    return;
  if (!GTK_IS_DROP_DOWN (widget) && !gtk_widget_get_focusable (widget))
    return;
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_DROP_DOWN (widget) && !AC_IS_SORENESS_CHART (widget))
    return;
  /* The drop-down's own button: the drop-down has the name. */
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) != NULL)
    return;

  (*n_checked)++;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL))
    return;

  g_error ("%s %p has no accessible name", G_OBJECT_TYPE_NAME (widget), widget);
}

typedef struct
{
  AcContext       *context;
  AcJournal       *journal;     /* the context's */
  AcRecoveryView  *view;
  AcSorenessChart *chart;
  GtkWindow       *window;
  char            *shown_day;   /* the last win.show-day */
} Fixture;

static void
record_show_day (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->shown_day);
  fixture->shown_day = g_variant_dup_string (parameter, NULL);
}

static const GActionEntry win_actions[] = {
  { "show-day", record_show_day, "s" },
};

static void
fixture_set_up (Fixture   *fixture,
                AcJournal *journal,
                int        width,
                int        height)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GDate today;

  ac_sample_today (&today);
  /* @journal is taken: the view shows the one the context's keeper
   * loaded from its file. */
  fixture->context = ac_display_test_context_new (journal, &today);
  /* A range or toggle an earlier test picked is not this one's. */
  g_settings_reset (ac_context_get_settings (fixture->context), "chart-range");
  g_settings_reset (ac_context_get_settings (fixture->context), "chart-stress-sleep");
  g_object_unref (journal);
  fixture->journal = ac_context_get_journal (fixture->context);
  fixture->view = AC_RECOVERY_VIEW (ac_recovery_view_new (fixture->context));
  fixture->chart = view_part (fixture->view, "chart");

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
  g_clear_pointer (&fixture->shown_day, g_free);
}

static void
assert_readout (Fixture    *fixture,
                const char *expected)
{
  g_assert_cmpstr (ac_soreness_chart_get_readout (fixture->chart), ==, expected);
  gtk_test_accessible_assert_property (fixture->chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  g_assert_cmpstr (gtk_label_get_text (view_part (fixture->view, "readout_label")), ==, expected);
}

static const struct {
  AcChartRange  range;
  const char   *first;
  const char   *last;
  const char   *period;
  const char   *summary;
} ranges[] = {
  { AC_CHART_RANGE_4_WEEKS, "2026-10-26", "2026-11-29", "26 Oct – 29 Nov 2026",
    "Soreness over the last 4 weeks: 19 check-ins, highest 7 on 28 Oct, mostly mild; "
    "4 sessions, 1 planned; 1 check-in with a warning symptom." },
  { AC_CHART_RANGE_3_MONTHS, "2026-08-23", "2026-12-06", "23 Aug – 6 Dec 2026",
    "Soreness over the last 3 months: 44 check-ins, highest 7 on 28 Oct, mostly mild; "
    "10 sessions, 1 planned; 1 check-in with a warning symptom." },
  /* At 1100 px a day of a year is narrower than 2.5 px: weeks. */
  { AC_CHART_RANGE_YEAR, "2025-11-23", "2026-12-23", "23 Nov 2025 – 23 Dec 2026",
    "Soreness over the last year: 52 check-ins, highest 7 on 28 Oct, mostly mild; "
    "12 sessions, 1 planned; 1 check-in with a warning symptom. Shown by week: the middle value of each "
    "week's check-ins, and their range from lowest to highest." },
  { AC_CHART_RANGE_ALL, "2026-08-04", "2026-11-26", "4 Aug – 26 Nov 2026",
    "Soreness since 4 Aug: 52 check-ins, highest 7 on 28 Oct, mostly mild; "
    "12 sessions, 1 planned; 1 check-in with a warning symptom." },
};

/* Each range: its days (to today, and a little after while a session is
 * planned), its summary in words, which is also the chart's accessible
 * name, and the period above it. */
static void
test_summaries (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (fixture.chart), GTK_ACCESSIBLE_ROLE_IMG));

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      ac_soreness_chart_set_range (fixture.chart, ranges[i].range);
      ac_display_test_settle ();

      assert_window (fixture.chart, ranges[i].first, ranges[i].last);
      g_assert_cmpstr (ac_soreness_chart_get_summary (fixture.chart), ==, ranges[i].summary);
      gtk_test_accessible_assert_property (fixture.chart, GTK_ACCESSIBLE_PROPERTY_LABEL, ranges[i].summary);
      g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "summary_label")), ==,
                       ranges[i].summary);
      g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "period_label")), ==,
                       ranges[i].period);
      /* To look at: a year in weeks. */
      if (ranges[i].range == AC_CHART_RANGE_YEAR)
        ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-year-wide");
    }

  fixture_tear_down (&fixture);
}

/* The chart plots each check-in of the window, at its day and soreness. */
static void
test_points (void)
{
  Fixture fixture = { 0 };
  GListModel *checkins;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  checkins = ac_journal_get_checkins (fixture.journal);

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      const AcChartPoint *points;
      graphene_rect_t plot;
      guint n_points, n = 0;
      GDate first, last;

      ac_soreness_chart_set_range (fixture.chart, ranges[i].range);
      ac_display_test_settle ();
      ac_soreness_chart_get_window (fixture.chart, &first, &last);
      points = _ac_soreness_chart_get_points (fixture.chart, &n_points);
      _ac_soreness_chart_get_plot (fixture.chart, &plot);
      /* A year is drawn in weeks (test_bands). */
      if (ranges[i].range == AC_CHART_RANGE_YEAR)
        {
          g_assert_cmpint (_ac_soreness_chart_get_band (fixture.chart), ==, AC_CHART_BAND_WEEK);
          continue;
        }
      g_assert_cmpint (_ac_soreness_chart_get_band (fixture.chart), ==, AC_CHART_BAND_DAY);

      for (guint j = 0; j < g_list_model_get_n_items (checkins); j++)
        {
          g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, j);
          guint32 julian = ac_checkin_get_julian (checkin);

          if (julian < g_date_get_julian (&first) || julian > g_date_get_julian (&last))
            continue;

          g_assert_cmpuint (n, <, n_points);
          g_assert_cmpuint (points[n].julian, ==, julian);
          g_assert_cmpuint (points[n].n_days, ==, 1);
          g_assert_cmpfloat (points[n].soreness, ==, ac_checkin_get_soreness (checkin));
          g_assert_cmpfloat_with_epsilon (points[n].y,
                                          plot.origin.y + plot.size.height * (1 - points[n].soreness / 10),
                                          0.01);
          g_assert_cmpfloat (points[n].x, >, plot.origin.x);
          g_assert_cmpfloat (points[n].x, <, plot.origin.x + plot.size.width);
          if (n > 0)
            g_assert_cmpfloat (points[n].x, >, points[n - 1].x);
          n++;
        }
      g_assert_cmpuint (n, ==, n_points);
    }

  fixture_tear_down (&fixture);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Each column of days is a calendar week, month, quarter or year that
 * follows the one before, and plots the middle value of its check-ins
 * with their lowest and highest. */
static void
assert_bands (AcSorenessChart *chart,
              AcJournal       *journal,
              AcChartBand      band)
{
  const AcChartData *data = _ac_soreness_chart_get_data (chart);
  const AcChartColumn *columns;
  const AcChartPoint *points;
  guint n_columns, n_points, p = 0;

  columns = _ac_soreness_chart_get_columns (chart, &n_columns);
  points = _ac_soreness_chart_get_points (chart, &n_points);
  g_assert_cmpuint (columns[0].first, ==, data->first);
  g_assert_cmpuint (columns[n_columns - 1].first + columns[n_columns - 1].n_days - 1, ==, data->last);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));
      GDate start;

      g_date_clear (&start, 1);
      g_date_set_julian (&start, columns[c].first);
      if (c > 0)
        {
          g_assert_cmpuint (columns[c].first, ==, columns[c - 1].first + columns[c - 1].n_days);
          if (band == AC_CHART_BAND_WEEK)
            g_assert_cmpint (g_date_get_weekday (&start), ==, G_DATE_MONDAY);
          else
            g_assert_cmpint (g_date_get_day (&start), ==, 1);
          if (band == AC_CHART_BAND_QUARTER)
            g_assert_cmpint ((g_date_get_month (&start) - 1) % 3, ==, 0);
        }

      for (guint d = 0; d < columns[c].n_days; d++)
        {
          GDate date;
          AcCheckin *checkin;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, columns[c].first + d);
          checkin = ac_journal_lookup_checkin_for_date (journal, &date);
          if (checkin != NULL)
            g_array_append_val (values, (int) { ac_checkin_get_soreness (checkin) });
        }
      if (values->len == 0)
        {
          g_assert_cmpfloat (columns[c].soreness, ==, -1);
          continue;
        }

      g_array_sort (values, compare_ints);
      g_assert_cmpuint (p, <, n_points);
      g_assert_cmpuint (points[p].column, ==, c);
      g_assert_cmpuint (points[p].julian, ==, columns[c].first);
      g_assert_cmpuint (points[p].n_days, ==, columns[c].n_days);
      g_assert_cmpfloat (points[p].soreness, ==,
                         (g_array_index (values, int, (values->len - 1) / 2) +
                          g_array_index (values, int, values->len / 2)) / 2.0);
      g_assert_cmpint (points[p].low, ==, g_array_index (values, int, 0));
      g_assert_cmpint (points[p].high, ==, g_array_index (values, int, values->len - 1));
      p++;
    }
  g_assert_cmpuint (p, ==, n_points);
}

/* "All" over five years: where a day would be narrower than
 * CHART_MIN_DAY, the shortest calendar band at least CHART_MIN_BAND wide,
 * its middle value and range; the legend and the summary say so, and the
 * keys read a band at a time. */
static void
test_bands (void)
{
  const struct {
    int         width;
    AcChartBand band;
    const char *legend;
    const char *readout;
    const char *name;
  } cases[] = {
    { 1100, AC_CHART_BAND_MONTH, "Each month: middle value and range",
      "October 2026: Soreness usually around 1.5, from 0 to 6, in 14 check-ins; 5 sessions",
      "recovery-5-years-wide" },
    { 360, AC_CHART_BAND_QUARTER, "Each 3 months: middle value and range",
      "July to September 2026: Soreness usually around 2, from 0 to 6, in 41 check-ins; 13 sessions",
      "recovery-5-years-narrow" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      static const double band_days[] = { 1, 7, 30.44, 91.31, 365.25 };
      g_autofree char *dark_name = g_strconcat (cases[i].name, "-dark", NULL);
      Fixture fixture = { 0 };
      graphene_rect_t plot;
      const AcChartData *data;
      AcFixtureSpec spec;
      GDate today;
      double day_width;

      ac_sample_today (&today);
      ac_fixture_spec_typical (&spec, &today);
      fixture_set_up (&fixture, ac_fixture_generate (&spec), cases[i].width, 760);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "all"));
      ac_display_test_settle ();

      data = _ac_soreness_chart_get_data (fixture.chart);
      _ac_soreness_chart_get_plot (fixture.chart, &plot);
      day_width = plot.size.width / (data->last - data->first + 1);
      g_test_message ("%d px: %.2f px a day, band %d", cases[i].width, day_width,
                      _ac_soreness_chart_get_band (fixture.chart));
      g_assert_cmpfloat (day_width, <, CHART_MIN_DAY);
      g_assert_cmpint (_ac_soreness_chart_get_band (fixture.chart), ==, cases[i].band);
      /* The shortest band that is wide enough. */
      g_assert_cmpfloat (band_days[cases[i].band] * day_width, >=, CHART_MIN_BAND);
      g_assert_cmpfloat (band_days[cases[i].band - 1] * day_width, <, CHART_MIN_BAND);
      assert_bands (fixture.chart, fixture.journal, cases[i].band);

      g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "band_legend")));
      g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "window_legend")));
      g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "band_legend_label")), ==, cases[i].legend);
      g_assert_true (strstr (ac_soreness_chart_get_summary (fixture.chart), "Shown by ") != NULL);

      /* The keys go a band at a time, and read it. */
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture.chart)));
      g_assert_true (send_key (fixture.window, GDK_KEY_End, 0));
      g_assert_true (send_key (fixture.window, GDK_KEY_Left, 0));
      assert_readout (&fixture, cases[i].readout);

      ac_display_test_render_png (GTK_WIDGET (fixture.window), cases[i].name);
      ac_display_test_set_dark (TRUE);
      ac_display_test_render_png (GTK_WIDGET (fixture.window), dark_name);
      ac_display_test_set_dark (FALSE);
      fixture_tear_down (&fixture);
    }

  /* A 4-week range of the same journal is drawn day by day. */
  {
    Fixture fixture = { 0 };
    AcFixtureSpec spec;
    GDate today;

    ac_sample_today (&today);
    ac_fixture_spec_typical (&spec, &today);
    fixture_set_up (&fixture, ac_fixture_generate (&spec), 360, 760);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "4-weeks"));
    ac_display_test_settle ();
    g_assert_cmpint (_ac_soreness_chart_get_band (fixture.chart), ==, AC_CHART_BAND_DAY);
    g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "band_legend")));
    g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "window_legend")));
    fixture_tear_down (&fixture);
  }
}

/* The highest soreness of the window's check-ins. */
static int
highest_in_window (AcJournal       *journal,
                   AcSorenessChart *chart)
{
  GListModel *checkins = ac_journal_get_checkins (journal);
  GDate first, last;
  int highest = -1;

  ac_soreness_chart_get_window (chart, &first, &last);
  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      guint32 julian = ac_checkin_get_julian (checkin);

      if (julian >= g_date_get_julian (&first) && julian <= g_date_get_julian (&last))
        highest = MAX (highest, ac_checkin_get_soreness (checkin));
    }

  return highest;
}

/* In bands or not, the chart reaches the highest soreness of its window:
 * the 7 of 28 October is the top of its week's range over a year at
 * 360 px. */
static void
test_peaks (void)
{
  const int widths[] = { 1100, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      Fixture fixture = { 0 };
      guint n_grouped = 0;

      fixture_set_up (&fixture, ac_sample_journal_new (), widths[w], 760);
      for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
        {
          const AcChartPoint *points;
          guint n_points;
          double plotted = -1;

          ac_soreness_chart_set_range (fixture.chart, ranges[r].range);
          ac_display_test_settle ();
          points = _ac_soreness_chart_get_points (fixture.chart, &n_points);
          for (guint i = 0; i < n_points; i++)
            plotted = MAX (plotted, points[i].high);

          g_test_message ("%d px, %s: band %d, highest %g",
                          widths[w], ranges[r].first, _ac_soreness_chart_get_band (fixture.chart), plotted);
          g_assert_cmpfloat (plotted, ==, highest_in_window (fixture.journal, fixture.chart));
          g_assert_cmpfloat (plotted, ==, 7);
          if (_ac_soreness_chart_get_band (fixture.chart) != AC_CHART_BAND_DAY)
            n_grouped++;
        }

      /* At 360 px the year is drawn in bands. */
      if (widths[w] == 360)
        g_assert_cmpuint (n_grouped, >, 0);
      fixture_tear_down (&fixture);
    }
}

static gboolean
time_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for_width (GtkWidget *widget,
                int        width)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (5, time_out, &timed_out);

  GtkWidget *clamp = gtk_widget_get_parent (widget);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), width);
  gtk_widget_set_size_request (clamp, width, 280);
  while (gtk_widget_get_width (widget) != width && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/* Dates on the time axis never overlap, at any width from a phone's. */
static void
test_axis_labels (void)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  AcContext *context;
  GtkWidget *chart;
  GtkWidget *clamp;
  GtkWindow *window;
  GDate today;

  ac_sample_today (&today);
  context = ac_display_test_context_new (journal, &today);
  chart = ac_soreness_chart_new (context);
  /* The chart is given each width inside a wide window. */
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), chart);
  gtk_widget_set_halign (clamp, GTK_ALIGN_START);
  window = ac_display_test_window_new (clamp, 1260, 300);

  for (int width = 300; width <= 1250; width += 25)
    {
      wait_for_width (chart, width);

      for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
        {
          const AcChartTick *ticks;
          guint n_ticks;

          ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), ranges[r].range);
          ticks = _ac_soreness_chart_get_ticks (AC_SORENESS_CHART (chart), &n_ticks);
          g_assert_cmpuint (n_ticks, >=, 2);
          for (guint i = 0; i < n_ticks; i++)
            {
              g_assert_cmpfloat (ticks[i].label_x, >=, 0);
              g_assert_cmpfloat (ticks[i].label_x + ticks[i].width, <=, width);
              if (i > 0)
                g_assert_cmpfloat (ticks[i].label_x, >=, ticks[i - 1].label_x + ticks[i - 1].width + 8);
            }
        }
    }

  /* Dates in the locale (C here), the month where it starts. */
  wait_for_width (chart, 1000);
  ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_3_MONTHS);
  {
    guint n_ticks;
    const AcChartTick *ticks = _ac_soreness_chart_get_ticks (AC_SORENESS_CHART (chart), &n_ticks);

    g_assert_cmpstr (ticks[0].text, ==, "1 Sep");
    g_assert_cmpstr (ticks[1].text, ==, "8");
  }
  ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_YEAR);
  {
    guint n_ticks;
    const AcChartTick *ticks = _ac_soreness_chart_get_ticks (AC_SORENESS_CHART (chart), &n_ticks);

    g_assert_cmpstr (ticks[0].text, ==, "Dec 2025");
    g_assert_cmpstr (ticks[1].text, ==, "Jan 2026");
    g_assert_cmpstr (ticks[2].text, ==, "Feb");
  }

  gtk_window_destroy (window);
  ac_display_test_settle ();
  ac_display_test_context_free (context);
}

/* All of @label is shown: it has its natural height for its width, and
 * lies inside @box. */
static void
assert_shown_whole (GtkWidget *label,
                    GtkWidget *box)
{
  graphene_rect_t bounds;
  int minimum, natural;

  g_assert_true (gtk_widget_get_mapped (label));
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (label), >=, natural);
  g_assert_true (gtk_widget_compute_bounds (label, box, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (box));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (box));
}

/* The keyboard moves a cursor day by day, reads each day out, and opens
 * it in the calendar. */
static void
test_keyboard (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  g_assert_null (ac_soreness_chart_get_readout (fixture.chart));

  /* Focus puts the cursor on the latest check-in. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture.chart)));
  ac_display_test_settle ();
  assert_readout (&fixture, "Sunday 22 November 2026: Soreness 4 (Moderate); 3 days after a session (Deep pressure)");

  g_assert_true (send_key (fixture.window, GDK_KEY_Left, 0));
  assert_readout (&fixture, "Saturday 21 November 2026: Soreness 5 (Moderate); "
                            "Warning symptom: Large or unexplained bruising; 2 days after a session (Deep pressure)");
  g_assert_true (send_key (fixture.window, GDK_KEY_Left, 0));
  g_assert_true (send_key (fixture.window, GDK_KEY_Left, 0));
  assert_readout (&fixture, "Thursday 19 November 2026: Soreness 3 (Mild); Session: Deep, 60 minutes");
  g_assert_true (send_key (fixture.window, GDK_KEY_Page_Up, 0));
  assert_readout (&fixture, "Thursday 12 November 2026: No check-in; 7 days after a session (Moderate pressure)");
  g_assert_true (send_key (fixture.window, GDK_KEY_Page_Down, 0));
  g_assert_true (send_key (fixture.window, GDK_KEY_Page_Down, 0));
  assert_readout (&fixture, "Thursday 26 November 2026: No check-in; Planned session: Moderate, 60 minutes");

  g_assert_true (send_key (fixture.window, GDK_KEY_Home, 0));
  assert_readout (&fixture, "Sunday 23 August 2026: No check-in");
  g_assert_true (send_key (fixture.window, GDK_KEY_Left, 0));
  assert_readout (&fixture, "Sunday 23 August 2026: No check-in");
  g_assert_true (send_key (fixture.window, GDK_KEY_End, 0));
  assert_readout (&fixture, "Sunday 6 December 2026: No check-in");
  g_assert_true (send_key (fixture.window, GDK_KEY_Right, 0));
  assert_readout (&fixture, "Sunday 6 December 2026: No check-in");

  /* Enter opens the day in the calendar. */
  g_assert_true (send_key (fixture.window, GDK_KEY_Page_Up, 0));
  g_assert_true (send_key (fixture.window, GDK_KEY_Return, 0));
  g_assert_cmpstr (fixture.shown_day, ==, "2026-11-29");

  fixture_tear_down (&fixture);
}

/* Pointing at a day: the same words, a line each, over the day's column;
 * asked from the keyboard, the cursor's day. The widget's query-tooltip
 * hands GTK what _ac_soreness_chart_query_tooltip() gives, and only
 * that; it runs here as GTK runs it, through the signal. */
static void
test_tooltip (void)
{
  Fixture fixture = { 0 };
  const char *expected = "Saturday 21 November 2026\nSoreness 5 (Moderate)\n"
                         "Warning symptom: Large or unexplained bruising\n"
                         "2 days after a session (Deep pressure)";
  const AcChartPoint *points;
  g_autofree char *text = NULL;
  GDate flagged = day (2026, 11, 21);
  GtkTooltip *tooltip;
  GdkRectangle area;
  gboolean handled = FALSE;
  guint n_points;
  double x = -1;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  points = _ac_soreness_chart_get_points (fixture.chart, &n_points);
  for (guint i = 0; i < n_points; i++)
    if (points[i].julian == g_date_get_julian (&flagged))
      x = points[i].x;
  g_assert_cmpfloat (x, >, 0);

  text = _ac_soreness_chart_query_tooltip (fixture.chart, x, FALSE, &area);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (area.x, <=, x);
  g_assert_cmpint (area.x + area.width, >=, x);
  g_assert_cmpint (area.height, >, 100);
  g_assert_null (_ac_soreness_chart_query_tooltip (fixture.chart, 1, FALSE, NULL));

  /* From the keyboard: nothing before there is a cursor, then its day,
   * wherever the pointer is. */
  g_assert_null (_ac_soreness_chart_query_tooltip (fixture.chart, x, TRUE, NULL));
  ac_soreness_chart_set_cursor (fixture.chart, &flagged);
  g_clear_pointer (&text, g_free);
  text = _ac_soreness_chart_query_tooltip (fixture.chart, 1, TRUE, NULL);
  g_assert_cmpstr (text, ==, expected);

  /* The handler itself, with a tooltip as GTK would give it. */
  tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  g_signal_emit_by_name (fixture.chart, "query-tooltip", (int) x, 100, FALSE, tooltip, &handled);
  g_assert_true (handled);
  g_signal_emit_by_name (fixture.chart, "query-tooltip", 1, 100, FALSE, tooltip, &handled);
  g_assert_false (handled);
  g_signal_emit_by_name (fixture.chart, "query-tooltip", 1, 100, TRUE, tooltip, &handled);
  g_assert_true (handled);
  g_object_unref (tooltip);

  fixture_tear_down (&fixture);
}

/* At 360 px the read-out of a day with a warning symptom takes several
 * lines, and has them all. */
static void
test_readout_narrow (void)
{
  Fixture fixture = { 0 };
  GDate flagged = day (2026, 11, 21);
  GtkWidget *label;

  fixture_set_up (&fixture, ac_sample_journal_new (), 360, 760);
  label = GTK_WIDGET (view_part (fixture.view, "readout_label"));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture.chart)));
  ac_soreness_chart_set_cursor (fixture.chart, &flagged);
  ac_display_test_settle ();
  assert_readout (&fixture, "Saturday 21 November 2026: Soreness 5 (Moderate); "
                            "Warning symptom: Large or unexplained bruising; 2 days after a session (Deep pressure)");
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_label_get_lines (GTK_LABEL (label)), ==, -1);
  assert_shown_whole (label, gtk_widget_get_parent (label));
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-readout-narrow-light");
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-readout-narrow-dark");
  ac_display_test_set_dark (FALSE);

  fixture_tear_down (&fixture);
}

static void
add_symptom (AcJournal  *journal,
             const GDate date)
{
  g_autoptr(AcCheckin) checkin = ac_checkin_copy (ac_journal_lookup_checkin_for_date (journal, &date));
  g_autoptr(GError) error = NULL;

  ac_checkin_set_symptoms (checkin, AC_SYMPTOM_NUMBNESS_TINGLING);
  g_assert_true (ac_journal_update_checkin (journal, checkin, &error));
  g_assert_no_error (error);
}

/* Warning marks never overlap, and each red-flag day is under one: the
 * mark over its column, or over a column just before it. */
static guint
assert_warnings (AcSorenessChart *chart)
{
  AcChartData *data = _ac_soreness_chart_get_data (chart);
  const AcChartColumn *columns;
  const double *warnings;
  guint n_warnings, n_columns;

  warnings = _ac_soreness_chart_get_warnings (chart, &n_warnings);
  columns = _ac_soreness_chart_get_columns (chart, &n_columns);
  for (guint i = 1; i < n_warnings; i++)
    g_assert_cmpfloat (warnings[i] - warnings[i - 1], >=, CHART_WARNING_SIZE);

  for (guint c = 0; c < n_columns; c++)
    {
      gboolean red_flag = FALSE, covered = FALSE;

      for (guint d = 0; d < columns[c].n_days; d++)
        red_flag |= g_array_index (data->days, AcChartDay, columns[c].first + d - data->first).symptoms != 0;
      g_assert_cmpint (red_flag, ==, columns[c].red_flag);
      if (!red_flag)
        continue;
      for (guint i = 0; i < n_warnings && !covered; i++)
        covered = warnings[i] <= columns[c].x && columns[c].x < warnings[i] + CHART_WARNING_SIZE + 1;
      g_assert_true (covered);
    }

  return n_warnings;
}

/* A planned session on the day of a done one is drawn beside it; the
 * warning marks of neighbouring days stay apart. */
static void
test_marks (void)
{
  AcJournal *journal = ac_sample_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-19T20:30:00+01:00", NULL);
  g_autoptr(AcSession) planned = ac_session_new (start, 30, AC_PRESSURE_LIGHT);
  const struct { int width; AcChartRange range; guint n_warnings; const char *name; } cases[] = {
    { 1100, AC_CHART_RANGE_4_WEEKS, 5, "soreness-marks-4-weeks" },
    { 1100, AC_CHART_RANGE_3_MONTHS, 0, "soreness-marks-3-months" },
    { 360, AC_CHART_RANGE_4_WEEKS, 0, "soreness-marks-4-weeks-narrow" },
    { 360, AC_CHART_RANGE_YEAR, 0, "soreness-marks-year-narrow" },
  };
  Fixture fixture = { 0 };
  GDate session_day = day (2026, 11, 19);

  ac_session_set_planned (planned, TRUE);
  g_assert_true (ac_journal_add_session (journal, planned, NULL));
  add_symptom (journal, day (2026, 10, 28));
  add_symptom (journal, day (2026, 10, 30));
  add_symptom (journal, day (2026, 11, 20));
  add_symptom (journal, day (2026, 11, 22));
  fixture_set_up (&fixture, journal, 1100, 760);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const AcChartMark *marks;
      const AcChartMark *done = NULL, *booked = NULL;
      const AcChartColumn *columns;
      guint n_marks, n_warnings, n_columns;
      double radius;

      gtk_window_set_default_size (fixture.window, cases[c].width, 760);
      ac_soreness_chart_set_range (fixture.chart, cases[c].range);
      ac_display_test_settle ();

      /* 19 November: the deep session done, the light one planned. */
      marks = _ac_soreness_chart_get_marks (fixture.chart, &n_marks, &radius);
      columns = _ac_soreness_chart_get_columns (fixture.chart, &n_columns);
      for (guint i = 0; i < n_marks; i++)
        {
          const AcChartColumn *column = &columns[marks[i].column];

          g_assert_cmpuint (marks[i].column, <, n_columns);
          if (column->first > g_date_get_julian (&session_day) ||
              column->first + column->n_days <= g_date_get_julian (&session_day))
            continue;
          if (marks[i].planned)
            booked = &marks[i];
          else
            done = &marks[i];
        }
      g_assert_nonnull (done);
      g_assert_nonnull (booked);
      g_assert_cmpint (done->pressure, ==, AC_PRESSURE_DEEP);
      /* A band's mark has its deepest: November's holds the moderate
       * session planned on the 26th too. */
      g_assert_cmpint (booked->pressure, ==,
                       _ac_soreness_chart_get_band (fixture.chart) == AC_CHART_BAND_DAY
                       ? AC_PRESSURE_LIGHT : AC_PRESSURE_MODERATE);
      g_assert_cmpfloat (booked->x - done->x, >=, radius);

      n_warnings = assert_warnings (fixture.chart);
      g_test_message ("%d px, range %d: %u warning marks", cases[c].width, cases[c].range, n_warnings);
      if (cases[c].n_warnings > 0)
        g_assert_cmpuint (n_warnings, ==, cases[c].n_warnings);
      else
        g_assert_cmpuint (n_warnings, >=, 2);
      ac_display_test_render_png (GTK_WIDGET (fixture.window), cases[c].name);
    }

  fixture_tear_down (&fixture);
}

/* The recovery profile and its words for each pressure: how long until
 * back to normal, against the usual 2–3 days, how sore at worst, and
 * from how many sessions, in words a person uses. */
static void
test_profile (void)
{
  Fixture fixture = { 0 };
  AcRecoveryProfileChart *profile;
  GtkListBox *list;
  AdwActionRow *row;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  profile = view_part (fixture.view, "profile_chart");
  g_assert_true (ac_recovery_profile_chart_has_data (profile));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (profile)));
  g_assert_false (gtk_widget_get_mapped (view_part (fixture.view, "profile_empty")));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (profile), GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_true (g_str_has_prefix (ac_recovery_profile_chart_get_summary (profile), "Light pressure: day 0, "));
  gtk_test_accessible_assert_property (profile, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       ac_recovery_profile_chart_get_summary (profile));

  g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_light")));
  g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_moderate")));
  g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_deep")));

  list = view_part (fixture.view, "recovery_list");
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Light pressure");
  /* Light: 1 and 2 days, twice each. */
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Usually back to normal 1 to 2 days after the session, sooner than the usual 2–3 days. "
                   "At its worst, usually around 1.5. From 4 sessions.");
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Usually back to normal 3 days after the session, within the usual 2–3 days. "
                   "At its worst, usually around 3.5. From 4 sessions.");
  /* Deep: 4, 4 and 7 days; the latest is still sore, and has no
   * check-ins after its 3rd day yet. */
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Deep pressure");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Usually back to normal 4 days after the session, longer than the usual 2–3 days. "
                   "At its worst, usually around 6. From 3 sessions.");
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));

  fixture_tear_down (&fixture);
}

/* Before there are check-ins after a session, the profile says what it
 * needs, all of it, at full width and at 360 px. */
static void
test_profile_empty (void)
{
  Fixture fixture = { 0 };
  AcJournal *journal = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1100, "recovery-no-check-ins", FALSE },
    { 1100, "recovery-no-check-ins-dark", TRUE },
    { 360, "recovery-no-check-ins-narrow", FALSE },
    { 360, "recovery-no-check-ins-narrow-dark", TRUE },
  };
  GtkWidget *empty, *label;
  AdwActionRow *row;

  g_assert_true (ac_journal_add_session (journal, session, NULL));
  fixture_set_up (&fixture, journal, 1100, 760);

  g_assert_false (ac_recovery_profile_chart_has_data (view_part (fixture.view, "profile_chart")));
  empty = view_part (fixture.view, "profile_empty");
  label = GTK_WIDGET (view_part (fixture.view, "profile_empty_label"));
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_true (gtk_widget_is_ancestor (label, empty));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (label)),
                                   "this shows how your soreness eases after light, moderate and deep work."));
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (view_part (fixture.view, "recovery_list"), 0));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "1 session, without enough check-ins after it yet to tell how long your soreness takes to pass.");
  /* A first session: all of the journal (test_default_range). */
  g_assert_cmpstr (ac_soreness_chart_get_summary (fixture.chart), ==,
                   "Soreness since 9 Nov: no check-ins; 1 session.");

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (fixture.window, shots[i].width, 760);
      ac_display_test_settle ();
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.window)), <=, shots[i].width);
      assert_shown_whole (label, empty);
      /* Scrolled to the end, where the empty state is when narrow. */
      {
        GtkWidget *scroller = gtk_widget_get_ancestor (empty, GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        ac_display_test_settle ();
      }
      ac_display_test_render_png (GTK_WIDGET (fixture.window), shots[i].name);
    }
  ac_display_test_set_dark (FALSE);

  fixture_tear_down (&fixture);
}

/* The page follows the journal and the day. */
static void
test_updates (void)
{
  Fixture fixture = { 0 };
  GDate date = day (2026, 11, 22), tomorrow = day (2026, 11, 23);
  AcCheckin *checkin;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "4-weeks"));

  checkin = ac_journal_lookup_checkin_for_date (fixture.journal, &date);
  g_assert_true (ac_journal_remove (fixture.journal, ac_checkin_get_id (checkin), NULL));
  ac_display_test_settle ();
  g_assert_cmpstr (ac_soreness_chart_get_summary (fixture.chart), ==,
                   "Soreness over the last 4 weeks: 18 check-ins, highest 7 on 28 Oct, mostly mild; "
                   "4 sessions, 1 planned; 1 check-in with a warning symptom.");

  ac_display_test_set_today (fixture.context, &tomorrow);
  assert_window (fixture.chart, "2026-10-27", "2026-11-30");

  fixture_tear_down (&fixture);
}

static void
assert_no_readout (Fixture *fixture)
{
  g_assert_null (ac_soreness_chart_get_readout (fixture->chart));
  gtk_test_accessible_assert_property (fixture->chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Use the arrow keys to read the chart day by day, and Enter to open a day "
                                       "in the calendar");
  g_assert_cmpstr (gtk_label_get_text (view_part (fixture->view, "readout_label")), ==,
                   "Point at a day, or select the chart and use the arrow keys, to read it.");
}

static gboolean
is_range_button (GtkWidget     *widget,
                 gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The range the buttons and the drop-down say, and the chart has. */
static void
assert_range (Fixture    *fixture,
              const char *nick,
              const char *label)
{
  static const char * const labels[] = { "4 Weeks", "3 Months", "Year", "All" };
  g_autofree char *range = NULL;

  g_object_get (fixture->view, "range", &range, NULL);
  g_assert_cmpstr (range, ==, nick);
  g_assert_cmpstr (labels[ac_soreness_chart_get_range (fixture->chart)], ==, label);
  g_assert_cmpuint (gtk_drop_down_get_selected (view_part (fixture->view, "range_dropdown")), ==,
                    ac_soreness_chart_get_range (fixture->chart));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *button = ac_display_test_find_widget (GTK_WIDGET (fixture->view), is_range_button, labels[i]);

      g_assert_nonnull (button);
      g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)), ==,
                       g_strcmp0 (labels[i], label) == 0);
    }
}

/* A day chosen in the calendar scrolls the chart to show it, never
 * changes its range: the buttons still say the range, and the chart is
 * as long as before with the day in its middle. A day it shows already
 * moves nothing. "Latest" is a labelled button, there while the chart is
 * scrolled, and a range the person picks ends at the latest days too. A
 * read-out of a day the chart no longer shows goes. */
static void
test_follow_month (void)
{
  Fixture fixture = { 0 };
  GDate september = day (2026, 9, 10), later_in_september = day (2026, 9, 20);
  GDate october = day (2026, 10, 5), november = day (2026, 11, 5);
  GtkWidget *latest;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  latest = view_part (fixture.view, "latest_button");
  g_assert_false (gtk_widget_get_visible (latest));
  assert_no_readout (&fixture);
  assert_range (&fixture, "3-months", "3 Months");

  /* 10 September is in the last 3 months: nothing moves. */
  ac_recovery_view_show_month (fixture.view, &september);
  ac_display_test_settle ();
  assert_window (fixture.chart, "2026-08-23", "2026-12-06");
  g_assert_false (ac_soreness_chart_get_anchor (fixture.chart, NULL));
  g_assert_false (gtk_widget_get_visible (latest));
  assert_readout (&fixture, "Thursday 10 September 2026: No check-in; 7 days after a session (Light pressure)");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "4-weeks"));
  assert_range (&fixture, "4-weeks", "4 Weeks");
  assert_window (fixture.chart, "2026-10-26", "2026-11-29");
  ac_soreness_chart_set_cursor (fixture.chart, &november);
  assert_readout (&fixture, "Thursday 5 November 2026: Soreness 2 (Mild); Session: Moderate, 60 minutes");

  /* 10 September, 4 weeks back: the range stays 4 weeks long, scrolled
   * to have the day in its middle. */
  ac_recovery_view_show_month (fixture.view, &september);
  ac_display_test_settle ();
  assert_window (fixture.chart, "2026-08-27", "2026-09-23");
  assert_range (&fixture, "4-weeks", "4 Weeks");
  g_assert_true (ac_soreness_chart_get_anchor (fixture.chart, NULL));
  g_assert_true (gtk_widget_get_visible (latest));
  g_assert_true (gtk_widget_get_mapped (latest));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (latest), ==, "Show the range up to today");
  gtk_test_accessible_assert_property (latest, GTK_ACCESSIBLE_PROPERTY_LABEL, "Latest");
  g_assert_nonnull (ac_display_test_find_label (latest, "Latest"));
  assert_readout (&fixture, "Thursday 10 September 2026: No check-in; 7 days after a session (Light pressure)");
  g_test_message ("%s", ac_soreness_chart_get_summary (fixture.chart));
  g_assert_true (g_str_has_prefix (ac_soreness_chart_get_summary (fixture.chart),
                                   "Soreness from 27 Aug to 23 Sep 2026: "));
  g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "period_label")), ==, "27 Aug – 23 Sep 2026");
  /* To look at: the scrolled range, and the button back to the latest. */
  ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-scrolled");

  /* Another day of the scrolled range moves nothing; one outside it
   * scrolls again. */
  ac_recovery_view_show_month (fixture.view, &later_in_september);
  assert_window (fixture.chart, "2026-08-27", "2026-09-23");
  ac_recovery_view_show_month (fixture.view, &october);
  assert_window (fixture.chart, "2026-09-21", "2026-10-18");
  assert_range (&fixture, "4-weeks", "4 Weeks");

  /* Latest: one click back, the cursor gone with its day. */
  g_signal_emit_by_name (latest, "clicked");
  ac_display_test_settle ();
  assert_window (fixture.chart, "2026-10-26", "2026-11-29");
  g_assert_false (ac_soreness_chart_get_anchor (fixture.chart, NULL));
  g_assert_false (gtk_widget_get_visible (latest));
  assert_range (&fixture, "4-weeks", "4 Weeks");
  assert_no_readout (&fixture);

  /* A range picked while scrolled ends at the latest days. */
  ac_recovery_view_show_month (fixture.view, &september);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "year"));
  assert_window (fixture.chart, "2025-11-23", "2026-12-23");
  assert_range (&fixture, "year", "Year");
  g_assert_false (gtk_widget_get_visible (latest));
  /* A day of a year back, shown in a year-long range: a day the year
   * holds moves nothing. */
  ac_recovery_view_show_month (fixture.view, &september);
  assert_window (fixture.chart, "2025-11-23", "2026-12-23");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "4-weeks"));

  /* The drop-down of a narrow page is a pick too. */
  ac_recovery_view_show_month (fixture.view, &september);
  assert_window (fixture.chart, "2026-08-27", "2026-09-23");
  gtk_window_set_default_size (fixture.window, 360, 760);
  ac_display_test_settle ();
  {
    GtkDropDown *dropdown = view_part (fixture.view, "range_dropdown");

    /* The narrow layout comes a few frames after the resize: later under
     * the sanitizers. */
    for (guint i = 0; i < 100 && !gtk_widget_get_mapped (GTK_WIDGET (dropdown)); i++)
      ac_display_test_settle ();
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dropdown)));
    g_assert_true (gtk_widget_get_mapped (latest));
    ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-scrolled-narrow");
    gtk_drop_down_set_selected (dropdown, AC_CHART_RANGE_3_MONTHS);
    assert_window (fixture.chart, "2026-08-23", "2026-12-06");
    g_assert_false (ac_soreness_chart_get_anchor (fixture.chart, NULL));
    assert_range (&fixture, "3-months", "3 Months");
  }

  /* This month: the range ends today, as it does without a day. */
  ac_recovery_view_show_month (fixture.view, &november);
  assert_window (fixture.chart, "2026-08-23", "2026-12-06");
  g_assert_false (ac_soreness_chart_get_anchor (fixture.chart, NULL));

  fixture_tear_down (&fixture);
}

/* "2026-11-15", @offset days from the sample's today. */
static char *
iso_from_today (int offset)
{
  GDate date;

  ac_sample_today (&date);
  if (offset < 0)
    g_date_subtract_days (&date, -offset);
  else
    g_date_add_days (&date, offset);

  return iso (&date);
}

/* Sessions of @pressure 20 days apart from @first_days_ago, each back to
 * normal @days later: sore 5 the day after, then 0 (as the model's
 * headline tests have them). */
static void
add_recoveries (AcJournal  *journal,
                AcPressure  pressure,
                int         first_days_ago,
                const int  *days)
{
  for (guint i = 0; days[i] >= 0; i++)
    {
      int offset = -first_days_ago + 20 * (int) i;
      g_autofree char *date = iso_from_today (offset);
      g_autofree char *start = g_strdup_printf ("%sT18:00:00+00:00", date);
      g_autofree char *sore = iso_from_today (offset + 1);
      g_autofree char *normal = iso_from_today (offset + days[i]);

      ac_display_test_add_session (journal, start, 60, pressure, FALSE);
      if (days[i] >= 2)
        ac_display_test_add_checkin (journal, sore, 5, 0);
      ac_display_test_add_checkin (journal, normal, 0, 0);
    }
}

#define DAYS(...) ((const int[]) { __VA_ARGS__, -1 })

/* No word of statistics on the page: "mean", "median", "the chart's
 * points rest on". */
static void
assert_plain_words (GtkWidget *widget)
{
  static const char * const jargon[] = { "mean", "median", "rest on", "percentile", "n=" };
  const char *text = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_plain_words (child);

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  if (text == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (jargon); i++)
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);

      if (strstr (lower, jargon[i]) != NULL)
        g_error ("“%s” says “%s”", text, jargon[i]);
    }
}

/* The first line is the model's headline, for 0, 1, 2 and 3 pressures
 * with 3 sessions back to normal each (2 of a pressure say nothing). */
static void
test_headline (void)
{
  const struct { int n; const char *expected; } cases[] = {
    { 0, "Check in on the days after your sessions: after 3 sessions of one pressure, "
         "this says how long you usually take to get back to normal." },
    { 1, "After deep work you are usually back to normal in 3 days." },
    { 2, "After deep work you are usually back to normal in 3 days; after moderate work, 1 day." },
    { 3, "After deep work you are usually back to normal in 3 days; after moderate work, 1 day; "
         "after light work, the same day." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AcJournal *journal = ac_journal_new ();
      Fixture fixture = { 0 };
      GtkWidget *headline;

      /* Two light sessions, too few to speak of, in each. */
      add_recoveries (journal, AC_PRESSURE_LIGHT, 330, DAYS (4, 4));
      if (cases[i].n >= 1)
        add_recoveries (journal, AC_PRESSURE_DEEP, 300, DAYS (3, 3, 4));
      if (cases[i].n >= 2)
        add_recoveries (journal, AC_PRESSURE_MODERATE, 230, DAYS (1, 1, 2));
      if (cases[i].n >= 3)
        add_recoveries (journal, AC_PRESSURE_LIGHT, 160, DAYS (0, 0, 0, 0, 0));
      fixture_set_up (&fixture, journal, 1100, 760);

      headline = view_part (fixture.view, "headline_label");
      g_assert_true (gtk_widget_get_mapped (headline));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (headline)), ==, cases[i].expected);
      /* First on the page, above the chart. */
      {
        graphene_rect_t headline_bounds, chart_bounds;

        g_assert_true (gtk_widget_compute_bounds (headline, GTK_WIDGET (fixture.view), &headline_bounds));
        g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture.chart), GTK_WIDGET (fixture.view),
                                                  &chart_bounds));
        g_assert_cmpfloat (headline_bounds.origin.y + headline_bounds.size.height, <, chart_bounds.origin.y);
      }
      assert_plain_words (GTK_WIDGET (fixture.window));
      fixture_tear_down (&fixture);
    }

  /* The sample journal: 3 sessions and more of each pressure. */
  {
    Fixture fixture = { 0 };

    fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
    g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "headline_label")), ==,
                     "After deep work you are usually back to normal in 4 days; after moderate work, 3 days; "
                     "after light work, 2 days.");
    assert_plain_words (GTK_WIDGET (fixture.window));

    /* It follows the journal. */
    add_recoveries (fixture.journal, AC_PRESSURE_DEEP, 600, DAYS (0, 0, 0, 0, 0, 0));
    ac_display_test_settle ();
    g_assert_cmpstr (gtk_label_get_text (view_part (fixture.view, "headline_label")), ==,
                     "After deep work you are usually back to normal the same day; after moderate work, 3 days; "
                     "after light work, 2 days.");
    fixture_tear_down (&fixture);
  }
}

/* Until the person picks a range, the chart's fits their records: while
 * all are of the last 4 weeks, "All", two weeks at least, which a first
 * week fills half of (a record 27 days back is still of them, 28 not);
 * then "3 Months". A range they pick is remembered. */
static void
test_default_range (void)
{
  const struct { int first_day; AcChartRange range; } cases[] = {
    { -6, AC_CHART_RANGE_ALL },
    { -27, AC_CHART_RANGE_ALL },
    { -28, AC_CHART_RANGE_3_MONTHS },
  };
  Fixture fixture = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AcJournal *journal = ac_journal_new ();
      g_autofree char *first = iso_from_today (cases[i].first_day);

      /* A session with check-ins on its first few days, and one a day
       * from six days back. */
      ac_display_test_add_checkin (journal, first, 2, 0);
      for (int d = -6; d <= 0; d++)
        {
          g_autofree char *date = iso_from_today (d);

          if (d == -6)
            {
              g_autofree char *start = g_strdup_printf ("%sT18:00:00+00:00", date);

              ac_display_test_add_session (journal, start, 60, AC_PRESSURE_MODERATE, FALSE);
            }
          if (d != cases[i].first_day)
            ac_display_test_add_checkin (journal, date, MAX (0, -2 - d), 0);
        }
      fixture_set_up (&fixture, journal, 1100, 760);
      g_assert_cmpint (ac_soreness_chart_get_range (fixture.chart), ==, cases[i].range);
      assert_range (&fixture, cases[i].range == AC_CHART_RANGE_ALL ? "all" : "3-months",
                    cases[i].range == AC_CHART_RANGE_ALL ? "All" : "3 Months");

      if (cases[i].first_day == -6)
        {
          const AcChartPoint *points;
          graphene_rect_t plot;
          guint n_points;

          /* The week takes half the chart, not its last 15 px. */
          points = _ac_soreness_chart_get_points (fixture.chart, &n_points);
          _ac_soreness_chart_get_plot (fixture.chart, &plot);
          g_assert_cmpuint (n_points, ==, 7);
          g_assert_cmpfloat (points[6].x - points[0].x, >, plot.size.width * 0.4);
          assert_window (fixture.chart, "2026-11-09", "2026-11-22");
          g_assert_true (g_str_has_prefix (ac_soreness_chart_get_summary (fixture.chart),
                                           "Soreness since 9 Nov: 7 check-ins"));
          /* The profile's legend names only the line it draws. */
          g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_light")));
          g_assert_true (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_moderate")));
          g_assert_false (gtk_widget_get_visible (view_part (fixture.view, "profile_legend_deep")));
          ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-first-week");
        }
      fixture_tear_down (&fixture);
    }

  /* A range the person picked stays theirs. */
  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  g_assert_cmpint (ac_soreness_chart_get_range (fixture.chart), ==, AC_CHART_RANGE_3_MONTHS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "recovery.range", "s", "year"));
  {
    g_autofree char *saved = g_settings_get_string (ac_context_get_settings (fixture.context), "chart-range");

    g_assert_cmpstr (saved, ==, "year");
  }
  {
    GtkWidget *again = ac_recovery_view_new (fixture.context);

    g_object_ref_sink (again);
    g_assert_cmpint (ac_soreness_chart_get_range (view_part (AC_RECOVERY_VIEW (again), "chart")), ==,
                     AC_CHART_RANGE_YEAR);
    g_object_unref (again);
  }
  /* A change to the journal keeps it. */
  ac_display_test_add_checkin (fixture.journal, "2026-11-23", 1, 0);
  ac_display_test_settle ();
  g_assert_cmpint (ac_soreness_chart_get_range (fixture.chart), ==, AC_CHART_RANGE_YEAR);
  fixture_tear_down (&fixture);
}

/* Stress and sleep on the sample's check-ins, as a person who rates them
 * might: calmer and sleeping better in the days after a session. */
static void
add_stress_sleep (AcJournal *journal)
{
  GListModel *checkins = ac_journal_get_checkins (journal);
  GListModel *sessions = ac_journal_get_sessions (journal);

  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(AcCheckin) saved = g_list_model_get_item (checkins, i);
      g_autoptr(AcCheckin) checkin = ac_checkin_copy (saved);
      guint32 julian = ac_checkin_get_julian (checkin);
      int since = 99;

      for (guint j = 0; j < g_list_model_get_n_items (sessions); j++)
        {
          g_autoptr(AcSession) session = g_list_model_get_item (sessions, j);
          guint32 session_day = _ac_chart_data_session_day (session);

          if (!ac_session_get_planned (session) && session_day <= julian)
            since = MIN (since, (int) (julian - session_day));
        }
      ac_checkin_set_stress (checkin, since <= 3 ? 2 + since : 6 + (int) (julian % 3));
      ac_checkin_set_sleep (checkin, since <= 3 ? 8 - since / 2 : 5 - (int) (julian % 2));
      g_assert_true (ac_journal_update_checkin (journal, checkin, NULL));
    }
}

/* The toggle is there once check-ins have stress or sleep, draws them
 * on the chart, says them in the read-out and the summary, and is
 * remembered (GSettings) for the next time the page is built. */
static void
test_stress_sleep (void)
{
  Fixture fixture = { 0 };
  GDate flagged = day (2026, 11, 21);
  GSettings *settings;
  GtkWidget *toggle;
  guint n_stress, n_sleep;

  /* Without stress or sleep, no toggle, whatever the setting says. */
  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  settings = ac_context_get_settings (fixture.context);
  toggle = view_part (fixture.view, "stress_sleep_button");
  g_assert_false (gtk_widget_get_visible (toggle));
  g_settings_set_boolean (settings, "chart-stress-sleep", TRUE);
  ac_display_test_settle ();
  g_assert_false (ac_soreness_chart_get_stress_sleep (fixture.chart));

  /* A check-in with sleep alone is enough. */
  {
    g_autoptr(AcCheckin) checkin = ac_checkin_copy (ac_journal_lookup_checkin_for_date (fixture.journal, &flagged));

    ac_checkin_set_sleep (checkin, 6);
    g_assert_true (ac_journal_update_checkin (fixture.journal, checkin, NULL));
  }
  ac_display_test_settle ();
  g_assert_true (gtk_widget_get_visible (toggle));
  g_assert_true (ac_soreness_chart_get_stress_sleep (fixture.chart));
  g_assert_nonnull (_ac_soreness_chart_get_stress_sleep (fixture.chart, TRUE, &n_sleep));
  g_assert_cmpuint (n_sleep, ==, 1);
  fixture_tear_down (&fixture);

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  add_stress_sleep (fixture.journal);
  ac_display_test_settle ();
  settings = ac_context_get_settings (fixture.context);
  toggle = view_part (fixture.view, "stress_sleep_button");
  g_assert_true (gtk_widget_get_visible (toggle));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (toggle)), ==, "Show stress and sleep");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (toggle)));
  g_assert_false (ac_soreness_chart_get_stress_sleep (fixture.chart));
  g_assert_null (strstr (ac_soreness_chart_get_summary (fixture.chart), "stress"));
  ac_soreness_chart_set_cursor (fixture.chart, &flagged);
  assert_readout (&fixture, "Saturday 21 November 2026: Soreness 5 (Moderate); "
                            "Warning symptom: Large or unexplained bruising; 2 days after a session (Deep pressure)");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), TRUE);
  ac_display_test_settle ();
  g_assert_true (g_settings_get_boolean (settings, "chart-stress-sleep"));
  g_assert_true (ac_soreness_chart_get_stress_sleep (fixture.chart));
  _ac_soreness_chart_get_stress_sleep (fixture.chart, FALSE, &n_stress);
  _ac_soreness_chart_get_stress_sleep (fixture.chart, TRUE, &n_sleep);
  g_assert_cmpuint (n_stress, ==, 44);
  g_assert_cmpuint (n_sleep, ==, 44);
  g_assert_cmpstr (ac_soreness_chart_get_summary (fixture.chart), ==,
                   "Soreness over the last 3 months: 44 check-ins, highest 7 on 28 Oct, mostly mild; 10 sessions, "
                   "1 planned; 1 check-in with a warning symptom. Also shown: stress on 44 days, usually around 4; "
                   "sleep on 44 days, usually around 7.");
  assert_readout (&fixture, "Saturday 21 November 2026: Soreness 5 (Moderate); "
                            "Warning symptom: Large or unexplained bruising; Stress 4; Sleep 7; "
                            "2 days after a session (Deep pressure)");
  g_assert_true (gtk_widget_get_mapped (ac_display_test_find_label (GTK_WIDGET (fixture.view), "Stress")));
  g_assert_true (gtk_widget_get_mapped (ac_display_test_find_label (GTK_WIDGET (fixture.view), "Sleep")));

  /* Remembered: the next page built shows them. */
  {
    GtkWidget *again = ac_recovery_view_new (fixture.context);

    g_object_ref_sink (again);
    g_assert_true (gtk_check_button_get_active (view_part (AC_RECOVERY_VIEW (again), "stress_sleep_button")));
    g_assert_true (ac_soreness_chart_get_stress_sleep (view_part (AC_RECOVERY_VIEW (again), "chart")));
    g_object_unref (again);
  }

  /* To look at: the benefit and the cost on one time line. */
  for (guint i = 0; i < 4; i++)
    {
      static const char * const names[] = {
        "recovery-stress-sleep-wide", "recovery-stress-sleep-wide-dark",
        "recovery-stress-sleep-narrow", "recovery-stress-sleep-narrow-dark",
      };

      ac_display_test_set_dark (i % 2 == 1);
      gtk_window_set_default_size (fixture.window, i < 2 ? 1100 : 360, 760);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (fixture.window), names[i]);
    }
  ac_display_test_set_dark (FALSE);

  /* Off again, and remembered off. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), FALSE);
  ac_display_test_settle ();
  g_assert_false (g_settings_get_boolean (settings, "chart-stress-sleep"));
  g_assert_false (ac_soreness_chart_get_stress_sleep (fixture.chart));
  g_assert_false (gtk_widget_get_mapped (ac_display_test_find_label (GTK_WIDGET (fixture.view), "Stress")));
  fixture_tear_down (&fixture);
}

/* The shading after a session covers the days its own soreness lasted
 * (the model's attribution, as the advice has it): sore calves after a
 * neck massage are not its soreness. */
static void
test_attribution (void)
{
  const struct { AcArea area; guint shaded; gboolean profile; const char *words; } cases[] = {
    /* Neck: sore to day 5, back to normal on day 6. */
    { AC_AREA_NECK, 6, TRUE,
      "Usually back to normal 6 days after the session, longer than the usual 2–3 days. "
      "At its worst, usually around 6. From 1 session." },
    /* Calves: not the session's; the usual 2–3 days, and nothing to say
     * of its recovery, here as in the advice (the same AcRecovery). */
    { AC_AREA_CALVES, 3, FALSE,
      "1 session, without enough check-ins after it yet to tell how long your soreness takes to pass." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AcJournal *journal = ac_journal_new ();
      Fixture fixture = { 0 };
      const AcChartData *data;
      GDate session_date = day (2026, 11, 10);
      guint32 session_day;
      guint shaded = 0;

      ac_display_test_add_session (journal, "2026-11-10T18:00:00+00:00", 60, AC_PRESSURE_DEEP, FALSE);
      for (int d = 1; d <= 7; d++)
        {
          g_autofree char *date = g_strdup_printf ("2026-11-%02d", 10 + d);
          AcCheckin *checkin = ac_display_test_add_checkin (journal, date, d <= 5 ? 6 : 0, 0);
          g_autoptr(AcCheckin) copy = ac_checkin_copy (checkin);

          ac_checkin_set_areas (copy, cases[i].area);
          g_assert_true (ac_journal_update_checkin (journal, copy, NULL));
        }
      fixture_set_up (&fixture, journal, 1100, 760);

      data = _ac_soreness_chart_get_data (fixture.chart);
      session_day = g_date_get_julian (&session_date);
      for (guint32 d = session_day; d <= data->last; d++)
        if (g_array_index (data->days, AcChartDay, d - data->first).recovering)
          shaded++;
        else
          break;
      g_assert_cmpuint (shaded, ==, cases[i].shaded);
      g_assert_false (g_array_index (data->days, AcChartDay, session_day - 1 - data->first).recovering);
      g_assert_cmpint (ac_recovery_profile_chart_has_data (view_part (fixture.view, "profile_chart")), ==,
                       cases[i].profile);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (
                         view_part (fixture.view, "recovery_list"), 0))), ==, cases[i].words);
      fixture_tear_down (&fixture);
    }
}

/* Every control has a name, the chart one that says what it shows. */
static void
test_accessible (void)
{
  Fixture fixture = { 0 };
  guint n_checked = 0;

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);
  check_labelled (GTK_WIDGET (fixture.window), &n_checked);
  g_assert_cmpuint (n_checked, >=, 5);
  gtk_window_set_default_size (fixture.window, 360, 760);
  ac_display_test_settle ();
  n_checked = 0;
  check_labelled (GTK_WIDGET (fixture.window), &n_checked);
  g_assert_cmpuint (n_checked, >=, 2);

  fixture_tear_down (&fixture);
}

static void
wait_for_keeper (AcJournalKeeper *keeper)
{
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING || ac_journal_keeper_get_busy (keeper))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

/* In the window: the pages get the journal and today; switching from the
 * calendar to Recovery scrolls the chart to the calendar's day when it
 * does not show it, its range as picked, and a day of the chart opens in
 * the calendar. */
static void
test_window (void)
{
  g_autofree char *folder = g_dir_make_tmp ("aftercare-recovery-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AcJournal) sample = ac_sample_journal_new ();
  g_autofree char *data = ac_journal_to_data (sample, NULL);
  g_autoptr(AcJournalKeeper) keeper = NULL;
  g_autoptr(AcContext) context = NULL;
  g_autoptr(GDir) dir = NULL;
  AcSorenessChart *chart;
  AcWindow *window;
  const char *name;
  GDate today, selected;

  ac_sample_today (&today);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  keeper = ac_journal_keeper_new (file);
  ac_journal_keeper_load (keeper);
  context = ac_display_test_context_for_keeper (keeper, &today);
  window = ac_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_keeper (keeper);

  /* The pages are built when first shown, with the journal and today. */
  g_assert_null (window->recovery_view);
  g_assert_null (window->advice_view);
  ac_window_show_view (window, "advice");
  ac_display_test_settle ();
  g_assert_null (window->recovery_view);
  g_assert_true (ac_advice_view_get_journal (window->advice_view) == ac_journal_keeper_get_journal (keeper));
  g_assert_nonnull (ac_advice_view_get_advice (window->advice_view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->advice_view)));
  ac_window_show_view (window, "recovery");
  ac_display_test_settle ();
  chart = view_part (window->recovery_view, "chart");
  g_assert_true (ac_recovery_view_get_journal (window->recovery_view) == ac_journal_keeper_get_journal (keeper));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  assert_window (chart, "2026-08-23", "2026-12-06");

  /* A day of the calendar the range shows moves nothing… */
  ac_window_show_view (window, "calendar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-day", "s", "2026-09-10"));
  ac_window_show_view (window, "recovery");
  ac_display_test_settle ();
  assert_window (chart, "2026-08-23", "2026-12-06");

  /* …one it does not scrolls it, 4 weeks long as picked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->recovery_view), "recovery.range", "s", "4-weeks"));
  ac_window_show_view (window, "calendar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-day", "s", "2026-09-10"));
  ac_window_show_view (window, "recovery");
  ac_display_test_settle ();
  assert_window (chart, "2026-08-27", "2026-09-23");
  g_assert_cmpint (ac_soreness_chart_get_range (chart), ==, AC_CHART_RANGE_4_WEEKS);

  /* From elsewhere, the range stays where it was. */
  ac_window_show_view (window, "advice");
  ac_calendar_view_select_date (window->calendar_view, &today);
  ac_window_show_view (window, "recovery");
  assert_window (chart, "2026-08-27", "2026-09-23");

  /* A day of the chart opens in the calendar. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_true (send_key (GTK_WINDOW (window), GDK_KEY_Home, 0));
  g_assert_true (send_key (GTK_WINDOW (window), GDK_KEY_Return, 0));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "calendar");
  ac_calendar_view_get_selected_date (window->calendar_view, &selected);
  g_assert_cmpint (g_date_get_day (&selected), ==, 27);
  g_assert_cmpint (g_date_get_month (&selected), ==, G_DATE_AUGUST);

  gtk_window_destroy (GTK_WINDOW (window));
  ac_display_test_settle ();
  g_clear_object (&context);
  g_clear_object (&keeper);
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder, name, NULL);

      g_unlink (child);
    }
  g_rmdir (folder);
}

static void
test_pictures (void)
{
  Fixture fixture = { 0 };
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1100, "recovery-wide-light", FALSE },
    { 1100, "recovery-wide-dark", TRUE },
    { 360, "recovery-narrow-light", FALSE },
    { 360, "recovery-narrow-dark", TRUE },
  };

  fixture_set_up (&fixture, ac_sample_journal_new (), 1100, 760);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (fixture.window, shots[i].width, 760);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (fixture.window), shots[i].name);
    }
  ac_display_test_set_dark (FALSE);

  /* High contrast, as the desktop's setting turns it on for libadwaita
   * when there is no settings portal. */
  {
    GSettingsSchema *schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                               "org.gnome.desktop.a11y.interface", TRUE);

    if (schema != NULL)
      {
        g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.a11y.interface");

        g_settings_set_boolean (settings, "high-contrast", TRUE);
        gtk_window_set_default_size (fixture.window, 1100, 760);
        ac_display_test_settle ();
        if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
          ac_display_test_render_png (GTK_WIDGET (fixture.window), "recovery-wide-high-contrast");
        else
          g_test_message ("libadwaita does not follow the high-contrast setting here");
        g_settings_set_boolean (settings, "high-contrast", FALSE);
        ac_display_test_settle ();
        g_settings_schema_unref (schema);
      }
  }

  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/recovery/summaries", test_summaries);
  g_test_add_func ("/recovery/points", test_points);
  g_test_add_func ("/recovery/bands", test_bands);
  g_test_add_func ("/recovery/peaks", test_peaks);
  g_test_add_func ("/recovery/axis-labels", test_axis_labels);
  g_test_add_func ("/recovery/keyboard", test_keyboard);
  g_test_add_func ("/recovery/tooltip", test_tooltip);
  g_test_add_func ("/recovery/readout-narrow", test_readout_narrow);
  g_test_add_func ("/recovery/marks", test_marks);
  g_test_add_func ("/recovery/profile", test_profile);
  g_test_add_func ("/recovery/profile-empty", test_profile_empty);
  g_test_add_func ("/recovery/updates", test_updates);
  g_test_add_func ("/recovery/follow-month", test_follow_month);
  g_test_add_func ("/recovery/headline", test_headline);
  g_test_add_func ("/recovery/default-range", test_default_range);
  g_test_add_func ("/recovery/stress-sleep", test_stress_sleep);
  g_test_add_func ("/recovery/attribution", test_attribution);
  g_test_add_func ("/recovery/accessible", test_accessible);
  g_test_add_func ("/recovery/window", test_window);
  g_test_add_func ("/recovery/pictures", test_pictures);

  return g_test_run ();
}
