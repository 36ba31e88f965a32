/* ac-application.c — the Aftercare application
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-application.h"
#include "ac-window.h"

struct _AcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (AcApplication, ac_application, ADW_TYPE_APPLICATION)

static void
ac_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* Single instance: a second launch presents the first window. */
  if (window == NULL)
    window = GTK_WINDOW (ac_window_new (ADW_APPLICATION (application)));

  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
};

static void
ac_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (ac_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
ac_application_class_init (AcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = ac_application_activate;
  app_class->startup = ac_application_startup;
}

static void
ac_application_init (AcApplication *self)
{
}

/**
 * ac_application_new:
 *
 * Returns: (transfer full): the application
 */
AcApplication *
ac_application_new (void)
{
  return g_object_new (AC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", APP_PATH,
                       NULL);
}
