/* ac-dialog-fit.c — a dialog no larger than the window it belongs to
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-dialog-fit.h"

static int
current_size (GtkWindow      *window,
              GtkOrientation  orientation)
{
  int width, height;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    return orientation == GTK_ORIENTATION_HORIZONTAL ? gtk_widget_get_width (GTK_WIDGET (window))
                                                     : gtk_widget_get_height (GTK_WIDGET (window));

  gtk_window_get_default_size (window, &width, &height);
  return orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

/**
 * ac_dialog_fit_parent:
 * @dialog: a dialog with its transient parent set, not yet shown
 *
 * On a phone-sized screen the main window is 360 px wide: a dialog
 * whose default size is larger opens as wide and as tall as the window
 * instead, never below its own size request.
 */
void
ac_dialog_fit_parent (GtkWindow *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (dialog);
  int width, height, parent_width, parent_height;

  if (parent == NULL)
    return;

  gtk_window_get_default_size (dialog, &width, &height);
  parent_width = current_size (parent, GTK_ORIENTATION_HORIZONTAL);
  parent_height = current_size (parent, GTK_ORIENTATION_VERTICAL);
  if (parent_width > 0 && parent_width < width)
    width = parent_width;
  if (parent_height > 0 && parent_height < height)
    height = parent_height;
  gtk_window_set_default_size (dialog, width, height);
}
