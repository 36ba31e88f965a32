/* bench-chart.c — drawing the soreness chart for a year of the heavy
 * journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-chart"

#include "config.h"

#include "ac-display-test.h"
#include "ac-fixture.h"
#include "ac-resources.h"
#include "ac-soreness-chart-private.h"

/* DESIGN.md: the chart draws a year in 3 ms, on the heavy journal too (30
 * years of a session and a check-in every day). The chart, 720×300 pixels
 * as on a wide window, is drawn N_FRAMES times; medians (90th percentile):
 *  - snapshot: the chart's snapshot() making its render nodes, with its
 *    geometry and text layouts kept from the frame before, as on a
 *    redraw (hover, cursor, focus);
 *  - render: those nodes drawn into pixels by the renderer the display
 *    tests use (cairo, in software);
 *  - draw: the two together, against the budget;
 *  - after a change: the first snapshot after the width changed, which
 *    lays out columns, points and the axis again;
 *  - data: building the year's days from the journal, when the range,
 *    today or the journal change (not per frame). */

#define N_FRAMES 300

static const char * const band_names[] = { "day", "week", "month", "quarter", "year" };

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            guint   percent)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, MIN (values->len - 1, values->len * percent / 100));
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static GskRenderNode *
snapshot_chart (GtkWidget *chart)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
measure (GtkWidget  *chart,
         const char *title)
{
  g_autoptr(GArray) snapshots = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) renders = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) baselines = g_array_new (FALSE, FALSE, sizeof (double));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (chart));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (chart), gtk_widget_get_height (chart));
  guint n_points;

  for (guint i = 0; i < N_FRAMES; i++)
    {
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      double start = now_ms (), snapshotted, rendered;

      node = snapshot_chart (chart);
      snapshotted = now_ms ();
      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      rendered = now_ms ();

      g_array_append_vals (snapshots, &(double) { snapshotted - start }, 1);
      g_array_append_vals (renders, &(double) { rendered - snapshotted }, 1);
      g_array_append_vals (draws, &(double) { rendered - start }, 1);
    }

  /* What rendering costs before the chart draws anything: a texture of
   * its size, filled with one colour. */
  for (guint i = 0; i < N_FRAMES; i++)
    {
      g_autoptr(GskRenderNode) node = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 }, &bounds);
      g_autoptr(GdkTexture) texture = NULL;
      double start = now_ms ();

      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      g_array_append_vals (baselines, &(double) { now_ms () - start }, 1);
    }

  /* A width change lays everything out again: one pixel narrower, then
   * back, each time. */
  for (guint i = 0; i < N_FRAMES / 3; i++)
    {
      g_autoptr(GskRenderNode) node = NULL;
      double start;

      gtk_widget_size_allocate (chart, &(GtkAllocation) { 0, 0, bounds.size.width - (i % 2), bounds.size.height }, -1);
      start = now_ms ();
      node = snapshot_chart (chart);
      g_array_append_vals (changes, &(double) { now_ms () - start }, 1);
    }

  _ac_soreness_chart_get_points (AC_SORENESS_CHART (chart), &n_points);
  g_print ("%s: %u points plotted, a %s a column\n", title, n_points,
           band_names[_ac_soreness_chart_get_band (AC_SORENESS_CHART (chart))]);
  g_print ("  snapshot              %6.3f ms (%.3f)\n", percentile (snapshots, 50), percentile (snapshots, 90));
  g_print ("  render (cairo)        %6.3f ms (%.3f)\n", percentile (renders, 50), percentile (renders, 90));
  g_print ("    of which a texture  %6.3f ms (%.3f)\n", percentile (baselines, 50), percentile (baselines, 90));
  g_print ("  draw                  %6.3f ms (%.3f)\n", percentile (draws, 50), percentile (draws, 90));
  g_print ("  snapshot after resize %6.3f ms (%.3f)\n", percentile (changes, 50), percentile (changes, 90));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcContext) context = NULL;
  g_autoptr(GArray) data = g_array_new (FALSE, FALSE, sizeof (double));
  AcFixtureSpec spec;
  GtkWidget *chart;
  GtkWindow *window;
  GDate today;

  /* Links the app's resources in from the static library. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  ac_fixture_spec_heavy (&spec, &today);
  journal = ac_fixture_generate (&spec);

  context = ac_display_test_context_new (journal, &today);
  chart = ac_soreness_chart_new (context);
  ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_YEAR);
  window = ac_display_test_window_new (chart, 720, 300);

  /* Building the year's data: switching ranges back and forth. */
  for (guint i = 0; i < 50; i++)
    {
      double start;

      ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_3_MONTHS);
      start = now_ms ();
      ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_YEAR);
      g_array_append_vals (data, &(double) { now_ms () - start }, 1);
    }
  ac_display_test_settle ();

  g_print ("heavy journal, chart %dx%d px\n", gtk_widget_get_width (chart), gtk_widget_get_height (chart));
  g_print ("a year's data from the journal: %.3f ms (%.3f)\n", percentile (data, 50), percentile (data, 90));
  measure (chart, "one year");
  g_print ("  budget: draw <= 3 ms\n");
  ac_display_test_render_png (GTK_WIDGET (window), "bench-chart-year");

  ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_ALL);
  ac_display_test_settle ();
  measure (chart, "all 30 years");
  ac_display_test_render_png (GTK_WIDGET (window), "bench-chart-all");

  gtk_window_destroy (window);

  /* Wide enough for a year day by day: a point a day, and the shading
   * after sessions in its runs. */
  chart = ac_soreness_chart_new (context);
  ac_soreness_chart_set_range (AC_SORENESS_CHART (chart), AC_CHART_RANGE_YEAR);
  window = ac_display_test_window_new (chart, 1100, 300);
  measure (chart, "one year, 1100 px");
  g_print ("  budget: draw <= 3 ms\n");
  ac_display_test_render_png (GTK_WIDGET (window), "bench-chart-year-wide");

  gtk_window_destroy (window);
  ac_display_test_settle ();

  return 0;
}
