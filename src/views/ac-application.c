/* ac-application.c — the Aftercare application
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-application.h"
#include "ac-journal-keeper.h"
#include "ac-window.h"

struct _AcApplication
{
  AdwApplication   parent_instance;

  AcJournalKeeper *keeper;
  char            *journal_path;   /* --journal, or NULL for the default */
};

G_DEFINE_FINAL_TYPE (AcApplication, ac_application, ADW_TYPE_APPLICATION)

static AcJournalKeeper *
get_keeper (AcApplication *self)
{
  if (self->keeper == NULL)
    {
      g_autoptr(GFile) file = self->journal_path
                              ? g_file_new_for_commandline_arg (self->journal_path)
                              : ac_journal_get_default_file ();

      self->keeper = ac_journal_keeper_new (file);
      ac_journal_keeper_load (self->keeper);
    }

  return self->keeper;
}

static void
ac_application_activate (GApplication *application)
{
  AcApplication *self = AC_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* Single instance: a second launch presents the first window. */
  if (window == NULL)
    window = GTK_WINDOW (ac_window_new (ADW_APPLICATION (application), get_keeper (self)));

  gtk_window_present (window);
}

static int
ac_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  AcApplication *self = AC_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "journal", "^&ay", &path))
    {
      g_free (self->journal_path);
      self->journal_path = g_strdup (path);
      /* Another journal is another app: do not hand it to a running one. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (ac_application_parent_class)->handle_local_options (application, options);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (application);

  /* Close the windows so they remember their size; the journal is
   * flushed in shutdown. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
    }
  g_application_quit (G_APPLICATION (application));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Aftercare developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Aftercare"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Aftercare developers"),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "copyright", "© 2026 The Aftercare developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("A journal of your massages and how you recover, with advice "
                                       "that is honest about what is known. Aftercare is general "
                                       "information only and cannot replace a health professional."),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
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

/* Nothing typed is lost on quit: a pending save is written now. */
static void
ac_application_shutdown (GApplication *application)
{
  AcApplication *self = AC_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  if (self->keeper != NULL && !ac_journal_keeper_flush (self->keeper, &error))
    g_critical ("The journal could not be saved before quitting: %s", error->message);

  G_APPLICATION_CLASS (ac_application_parent_class)->shutdown (application);
}

static void
ac_application_dispose (GObject *object)
{
  AcApplication *self = (AcApplication *)object;

  g_clear_object (&self->keeper);
  g_clear_pointer (&self->journal_path, g_free);

  G_OBJECT_CLASS (ac_application_parent_class)->dispose (object);
}

static void
ac_application_class_init (AcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ac_application_dispose;
  app_class->activate = ac_application_activate;
  app_class->startup = ac_application_startup;
  app_class->shutdown = ac_application_shutdown;
  app_class->handle_local_options = ac_application_handle_local_options;
}

static void
ac_application_init (AcApplication *self)
{
  const GOptionEntry entries[] = {
    { "journal", 'j', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open this journal file instead of the usual one"), N_("PATH") },
    G_OPTION_ENTRY_NULL
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
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
