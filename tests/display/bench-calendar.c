/* bench-calendar.c — switching months on the heavy journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-calendar"

#include "config.h"

#include "ac-calendar-view.h"
#include "ac-month-grid.h"
#include "ac-display-test.h"
#include "ac-fixture.h"
#include "ac-resources.h"

/* DESIGN.md: a month switch in 8 ms on the heavy journal (30 years of a
 * session and a check-in every day). Measured three ways, as medians over
 * N_SWITCHES switches back and forth, in a 1000×720 window:
 *  - update: the grid looks 42 days up and updates its cells in place, and
 *    the details panel shows the newly selected day;
 *  - frame: GTK's layout and paint of the frame that shows the new month
 *    (from the frame clock's before-paint to after-paint), and of it the
 *    layout alone; the display tests paint with the cairo renderer, in
 *    software;
 *  - total: the two together, the time the switch costs. */

#define N_SWITCHES 200

typedef struct
{
  gint64   update_start;
  gint64   layout_end;
  gint64   frame_time;
  gint64   layout_time;
  gboolean painted;
} Frame;

/* Emitted for every frame, before the update, layout and paint phases. */
static void
on_before_paint (GdkFrameClock *clock,
                 Frame         *frame)
{
  frame->update_start = g_get_monotonic_time ();
}

/* Connected after GTK's own handler: the end of the layout phase. */
static void
on_layout (GdkFrameClock *clock,
           Frame         *frame)
{
  frame->layout_end = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->update_start == 0)
    return;
  frame->frame_time = g_get_monotonic_time () - frame->update_start;
  frame->layout_time = frame->layout_end - frame->update_start;
  frame->painted = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

static double
percentile_90 (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len * 9 / 10);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcContext) context = NULL;
  g_autoptr(GArray) updates = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layouts = g_array_new (FALSE, FALSE, sizeof (double));
  GDate today;
  AcFixtureSpec spec;
  AcCalendarView *view;
  AcMonthGrid *grid;
  GtkWindow *window;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  gint64 start;
  double index_ms;
  guint n_records;

  /* Links the app's resources in from the static library: nothing else
   * refers to them. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  ac_fixture_spec_heavy (&spec, &today);
  journal = ac_fixture_generate (&spec);
  n_records = g_list_model_get_n_items (ac_journal_get_sessions (journal)) +
              g_list_model_get_n_items (ac_journal_get_checkins (journal));

  context = ac_display_test_context_new (journal, &today);

  /* Making the view indexes the context's journal. */
  start = g_get_monotonic_time ();
  view = AC_CALENDAR_VIEW (ac_calendar_view_new (context));
  index_ms = (g_get_monotonic_time () - start) / 1000.0;
  grid = AC_MONTH_GRID (gtk_widget_get_template_child (GTK_WIDGET (view), AC_TYPE_CALENDAR_VIEW, "grid"));
  ac_calendar_view_select_date (view, &today);

  window = ac_display_test_window_new (GTK_WIDGET (view), 1000, 720);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &frame);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frame);

  for (guint i = 0; i < N_SWITCHES; i++)
    {
      double update_ms;

      /* Back and forth over a year, so every month is a real change. */
      frame = (Frame) { 0 };
      start = g_get_monotonic_time ();
      ac_month_grid_move_month (grid, (i / 12) % 2 == 0 ? -1 : 1);
      update_ms = (g_get_monotonic_time () - start) / 1000.0;

      while (!frame.painted)
        g_main_context_iteration (NULL, TRUE);

      g_array_append_val (updates, update_ms);
      g_array_append_vals (frames, &(double) { frame.frame_time / 1000.0 }, 1);
      g_array_append_vals (layouts, &(double) { frame.layout_time / 1000.0 }, 1);
      g_array_append_vals (totals, &(double) { update_ms + frame.frame_time / 1000.0 }, 1);
    }

  g_print ("heavy journal: %u records; indexing them: %.1f ms\n", n_records, index_ms);
  g_print ("switch month, median of %d (90th percentile):\n", N_SWITCHES);
  g_print ("  update cells      %6.3f ms (%.3f)\n", median (updates), percentile_90 (updates));
  g_print ("  layout            %6.3f ms (%.3f)\n", median (layouts), percentile_90 (layouts));
  g_print ("  layout and paint  %6.3f ms (%.3f)\n", median (frames), percentile_90 (frames));
  g_print ("  total             %6.3f ms (%.3f)   budget 8 ms\n", median (totals), percentile_90 (totals));

  g_signal_handlers_disconnect_by_data (clock, &frame);
  gtk_window_destroy (window);
  ac_display_test_settle ();

  return 0;
}
