/* ac-application.c — the Aftercare application
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-application.h"
#include "ac-context.h"
#include "ac-date.h"
#include "ac-frame-report.h"
#include "ac-preferences-window.h"
#include "ac-reminders.h"
#include "ac-window.h"

struct _AcApplication
{
  AdwApplication   parent_instance;

  AcJournalKeeper *keeper;
  AcContext       *context;
  AcReminders     *reminders;
  char            *journal_path;      /* --journal, or NULL for the default */
  char            *pending_check_in;  /* app.check-in's day, until the journal is loaded */
  GPtrArray       *pending_not_sore;  /* app.not-sore's days, until the journal is loaded */
  guint            not_sore_retry_id;
  gboolean         held;              /* running on for the reminders */
};

G_DEFINE_FINAL_TYPE (AcApplication, ac_application, ADW_TYPE_APPLICATION)

#define NOT_SORE_RETRY_MSEC 100

static void open_pending_check_in (AcApplication *self);
static void record_pending_not_sore (AcApplication *self);

static AcJournalKeeper *
get_keeper (AcApplication *self)
{
  if (self->keeper == NULL)
    {
      g_autoptr(GFile) file = self->journal_path
                              ? g_file_new_for_commandline_arg (self->journal_path)
                              : ac_journal_get_default_file ();

      self->keeper = ac_journal_keeper_new (file);
      /* After the window's handler, which enables its actions. */
      g_signal_connect_object (self->keeper, "notify::state", G_CALLBACK (open_pending_check_in),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (self->keeper, "notify::state", G_CALLBACK (record_pending_not_sore),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
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
    {
      window = GTK_WINDOW (ac_window_new (ADW_APPLICATION (application), self->context));
      if (g_getenv ("AFTERCARE_REPORT_FRAMES") != NULL)
        ac_frame_report_attach (AC_WINDOW (window));
    }

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

  /* The journal is saved first. When that fails, the main window stays
   * and asks whether to try again or quit without saving, and quits on
   * the answer. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (AC_IS_WINDOW (l->data) && !ac_window_save_before_quit (l->data))
      return;

  /* Close the windows so they remember their size. */
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

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  AcApplication *self = AC_APPLICATION (user_data);
  AcPreferencesWindow *preferences;

  /* Also from a notification or the service, with no window yet. */
  g_application_activate (G_APPLICATION (self));
  preferences = ac_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                           self->context);
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The check-in editor for the day, in the main window, once the journal
 * is loaded. */
static void
open_pending_check_in (AcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->pending_check_in == NULL || window == NULL || !AC_IS_WINDOW (window) ||
      ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_LOADING)
    return;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.check-in", "s", self->pending_check_in);
  g_clear_pointer (&self->pending_check_in, g_free);
}

/* The reminders' notifications open the check-in of their day. */
static void
check_in_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AcApplication *self = AC_APPLICATION (user_data);

  g_free (self->pending_check_in);
  self->pending_check_in = g_variant_dup_string (parameter, NULL);
  g_application_activate (G_APPLICATION (self));
  open_pending_check_in (self);
}

/* "Not Sore" on the check-in reminder: soreness 0 for @text's day, with
 * no window. Only a day that still has no check-in gets one: a check-in
 * made since the reminder, perhaps with a warning symptom, is never
 * replaced. The day's reminder goes with the check-in. */
static void
record_not_sore (AcApplication *self,
                 const char    *text)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  AcJournal *journal = ac_journal_keeper_get_journal (self->keeper);
  GDate day, today;

  ac_context_get_today (self->context, &today);

  if (!ac_date_parse_iso (text, &day) || g_date_compare (&day, &today) > 0)
    g_message ("Not Sore for “%s”: not a day that has come", text);
  else if (ac_journal_keeper_get_state (self->keeper) != AC_KEEPER_READY)
    g_message ("Not Sore for %s: the journal could not be read, so nothing was recorded", text);
  else if (ac_journal_lookup_checkin_for_date (journal, &day) != NULL)
    g_message ("Not Sore for %s: that day has a check-in already, which stays as it is", text);
  else
    {
      checkin = ac_checkin_new (&day, 0);
      if (!ac_journal_add_checkin (journal, checkin, &error) ||
          !ac_journal_keeper_flush (self->keeper, &error))
        g_message ("Not Sore for %s was not recorded: %s", text, error->message);
      else
        g_debug ("Not Sore for %s: recorded check-in %s", text, ac_checkin_get_id (checkin));
    }
}

static gboolean
retry_not_sore_cb (gpointer data)
{
  AcApplication *self = data;

  self->not_sore_retry_id = 0;
  record_pending_not_sore (self);
  return G_SOURCE_REMOVE;
}

/* The days clicked, in order, once the journal is loaded and whatever
 * another program wrote since (aftercare-cli, a second window) merged,
 * so that its check-ins are seen. A save or a merge under way is waited
 * for by looking again shortly. */
static void
record_pending_not_sore (AcApplication *self)
{
  g_autoptr(GPtrArray) days = NULL;

  if (self->pending_not_sore->len == 0 ||
      ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_LOADING)
    return;

  if (ac_journal_keeper_get_busy (self->keeper) ||
      (ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_READY &&
       ac_journal_keeper_check_disk (self->keeper)))
    {
      if (self->not_sore_retry_id == 0)
        self->not_sore_retry_id = g_timeout_add (NOT_SORE_RETRY_MSEC, retry_not_sore_cb, self);
      return;
    }

  days = g_steal_pointer (&self->pending_not_sore);
  self->pending_not_sore = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < days->len; i++)
    {
      record_not_sore (self, g_ptr_array_index (days, i));
      /* Held from the click until it is recorded, even with no window. */
      g_application_release (G_APPLICATION (self));
    }
}

static void
not_sore_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AcApplication *self = AC_APPLICATION (user_data);

  g_application_hold (G_APPLICATION (self));
  g_ptr_array_add (self->pending_not_sore, g_variant_dup_string (parameter, NULL));
  record_pending_not_sore (self);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "check-in", check_in_activated, "s" },
  { "not-sore", not_sore_activated, "s" },
};

static void
on_send_notification (AcApplication *self,
                      const char    *id,
                      GNotification *notification)
{
  g_application_send_notification (G_APPLICATION (self), id, notification);
}

static void
on_withdraw_notification (AcApplication *self,
                          const char    *id)
{
  g_application_withdraw_notification (G_APPLICATION (self), id);
}

/* While a reminder is on, the app runs on without a window: as the
 * service the session starts at log-in, or after its window is closed.
 * Quit stops it until the next log-in. */
static void
update_hold (AcApplication *self)
{
  gboolean hold = ac_reminders_get_active (self->reminders);

  if (hold == self->held)
    return;

  self->held = hold;
  if (hold)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
ac_application_startup (GApplication *application)
{
  AcApplication *self = AC_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  /* The journal starts loading on its worker before GTK and libadwaita
   * start here, which takes most of the start-up: a heavy journal is then
   * read by the time the window is up. Only the primary instance gets
   * here. */
  get_keeper (self);

  G_APPLICATION_CLASS (ac_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         shortcuts_accels);

  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(AcClock) clock = ac_clock_new ();

    self->context = ac_context_new (get_keeper (self), clock, settings);
  }
  self->reminders = ac_reminders_new (self->context);
  g_signal_connect_object (self->reminders, "send-notification",
                           G_CALLBACK (on_send_notification), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "withdraw-notification",
                           G_CALLBACK (on_withdraw_notification), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "notify::active",
                           G_CALLBACK (update_hold), self, G_CONNECT_SWAPPED);
  update_hold (self);
}

/* A pending save is written now. The window has saved already when it
 * closed, or asked, so a save failing here is one the user chose to
 * quit without. */
static void
ac_application_shutdown (GApplication *application)
{
  AcApplication *self = AC_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  if (self->keeper != NULL && !ac_journal_keeper_flush (self->keeper, &error))
    g_message ("Quit without saving the latest changes to the journal: %s", error->message);

  G_APPLICATION_CLASS (ac_application_parent_class)->shutdown (application);
}

static void
ac_application_dispose (GObject *object)
{
  AcApplication *self = (AcApplication *)object;

  g_clear_object (&self->reminders);
  g_clear_object (&self->context);
  g_clear_object (&self->keeper);
  g_clear_pointer (&self->journal_path, g_free);
  g_clear_pointer (&self->pending_check_in, g_free);
  g_clear_handle_id (&self->not_sore_retry_id, g_source_remove);
  g_clear_pointer (&self->pending_not_sore, g_ptr_array_unref);

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

  self->pending_not_sore = g_ptr_array_new_with_free_func (g_free);

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
