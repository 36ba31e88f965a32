/* ac-bench.c — timing a widget's drawing, for the benchmarks
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-bench"

#include "config.h"

#include "ac-bench.h"

double
ac_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @percent of @values lie; sorts them. */
double
ac_bench_percentile (GArray *values,
                     guint   percent)
{
  g_assert (values->len > 0);
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, MIN (values->len - 1, values->len * percent / 100));
}

/**
 * ac_bench_measure_draw:
 * @widget: a widget, shown and laid out
 * @times: (out caller-allocates): how long it took
 *
 * Draws @widget @n_frames times as a redraw does: its snapshot() makes
 * render nodes, and the window's renderer (cairo, in the display tests)
 * draws them into pixels.
 */
void
ac_bench_measure_draw (GtkWidget   *widget,
                       guint        n_frames,
                       AcBenchDraw *times)
{
  g_autoptr(GArray) snapshots = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) renders = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (double));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  for (guint i = 0; i < n_frames; i++)
    {
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      double start = ac_bench_now_ms (), snapshotted, rendered;

      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      snapshotted = ac_bench_now_ms ();
      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      rendered = ac_bench_now_ms ();

      g_array_append_vals (snapshots, &(double) { snapshotted - start }, 1);
      g_array_append_vals (renders, &(double) { rendered - snapshotted }, 1);
      g_array_append_vals (draws, &(double) { rendered - start }, 1);
    }

  times->snapshot = ac_bench_percentile (snapshots, 50);
  times->snapshot_90 = ac_bench_percentile (snapshots, 90);
  times->render = ac_bench_percentile (renders, 50);
  times->render_90 = ac_bench_percentile (renders, 90);
  times->draw = ac_bench_percentile (draws, 50);
  times->draw_90 = ac_bench_percentile (draws, 90);
}

void
ac_bench_print_draw (const AcBenchDraw *times)
{
  g_print ("  snapshot        %6.3f ms (%.3f)\n", times->snapshot, times->snapshot_90);
  g_print ("  render (cairo)  %6.3f ms (%.3f)\n", times->render, times->render_90);
  g_print ("  draw            %6.3f ms (%.3f)\n", times->draw, times->draw_90);
}
