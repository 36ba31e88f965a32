/* ac-window.c — the main window
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window"

#include "config.h"

#include "ac-window.h"

struct _AcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (AcWindow, ac_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ac_window_class_init (AcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AcWindow, status_page);
}

static void
ac_window_init (AcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ac_window_new:
 *
 * Returns: (transfer full): a new main window
 */
AcWindow *
ac_window_new (AdwApplication *application)
{
  return g_object_new (AC_TYPE_WINDOW, "application", application, NULL);
}
