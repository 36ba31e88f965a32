/* ac-frame-report.c — the start-up benchmark's report of the first frames
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-frame-report"

#include "config.h"

#include "ac-frame-report.h"
#include "ac-window-private.h"

/* With AFTERCARE_REPORT_FRAMES set, the app prints the frame clock's time
 * (on the monotonic clock's scale) of its first frame and of the first
 * frame that shows the journal, then
 * closes the window: tests/display/bench-startup.c measures the start-up
 * with it, and test-service.sh and test-install.sh wait for it. Standard
 * output is the benchmark's channel, so this is the one place in the app
 * that prints. */

#define REPORTED_FIRST_FRAME "ac-frame-report-first-frame"

static void
on_after_paint (GdkFrameClock *clock,
                AcWindow      *window)
{
  gboolean with_journal =
    g_strcmp0 (gtk_stack_get_visible_child_name (window->main_stack), "loading") != 0 &&
    ac_journal_keeper_get_state (window->keeper) != AC_KEEPER_LOADING;

  if (g_object_get_data (G_OBJECT (window), REPORTED_FIRST_FRAME) == NULL)
    {
      g_print ("first-frame %" G_GINT64_FORMAT "\n", gdk_frame_clock_get_frame_time (clock));
      g_object_set_data (G_OBJECT (window), REPORTED_FIRST_FRAME, GINT_TO_POINTER (TRUE));
    }
  if (with_journal)
    {
      g_print ("journal-frame %" G_GINT64_FORMAT "\n", gdk_frame_clock_get_frame_time (clock));
      g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  else
    gtk_widget_queue_draw (GTK_WIDGET (window));
}

static void
on_realize (AcWindow *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

/**
 * ac_frame_report_attach:
 * @window: the main window, not yet realized
 *
 * Reports @window's first frames on standard output, and closes it when
 * the journal is shown.
 */
void
ac_frame_report_attach (AcWindow *window)
{
  g_return_if_fail (AC_IS_WINDOW (window));

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}
