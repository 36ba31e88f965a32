/* ac-window-actions.c — what the main window can do
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-checkin-editor.h"
#include "ac-date.h"
#include "ac-export-dialog.h"
#include "ac-import-dialog.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

/* The day an action is about: its parameter "YYYY-MM-DD", or, when that
 * is empty, the calendar's selected day. */
static void
day_of (AcWindow *self,
        GVariant *param,
        GDate    *day)
{
  const char *text = param ? g_variant_get_string (param, NULL) : "";

  if (ac_date_parse_iso (text, day))
    return;

  ac_calendar_view_get_selected_date (self->calendar_view, day);
  if (!g_date_valid (day))
    ac_context_get_today (self->context, day);
}

static void
select_day (AcWindow    *self,
            const GDate *day)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "calendar");
  ac_calendar_view_select_date (self->calendar_view, day);
}

/* Each save is a step: "Session added", with Undo. */
static void
on_session_saved (AcWindow        *self,
                  AcSession       *session,
                  AcSessionEditor *editor)
{
  GDate day;

  ac_session_get_local_date (session, &day);
  select_day (self, &day);
  _ac_window_toast_step_of (self, editor, NULL);
}

/* The hold's toast, if any, is added after the step's, and so shows
 * first: it matters more. */
static void
on_checkin_saved (AcWindow        *self,
                  AcCheckin       *checkin,
                  AcCheckinEditor *editor)
{
  select_day (self, ac_checkin_get_date (checkin));
  _ac_window_toast_step_of (self, editor, NULL);
  _ac_window_hold_checkin_saved (self, checkin);
}

static void
present_session_editor (AcWindow    *self,
                        AcSession   *session,
                        const GDate *day)
{
  AcSessionEditor *editor = ac_session_editor_new (GTK_WINDOW (self), self->context, session, day);

  _ac_window_undo_watch (self, editor);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_session_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
present_checkin_editor (AcWindow    *self,
                        AcCheckin   *checkin,
                        const GDate *day)
{
  AcCheckinEditor *editor = checkin != NULL
    ? ac_checkin_editor_new_for_checkin (GTK_WINDOW (self), self->context, checkin)
    : ac_checkin_editor_new (GTK_WINDOW (self), self->context, day);

  _ac_window_undo_watch (self, editor);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_checkin_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  GDate day;

  day_of (self, param, &day);
  present_session_editor (self, NULL, &day);
}

/* A check-in is for the day given (the day panel, the reminders), else
 * for the calendar's selected day (Ctrl+K, the add menu), as a new
 * session is. A day that hasn't come can't have one: then it is today. */
static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  GDate day, today;

  day_of (self, param, &day);
  ac_context_get_today (self->context, &today);
  if (g_date_compare (&day, &today) > 0)
    day = today;
  present_checkin_editor (self, NULL, &day);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  AcSession *session = ac_journal_lookup_session (self->journal, id);
  AcCheckin *checkin = ac_journal_lookup_checkin (self->journal, id);

  if (session != NULL)
    present_session_editor (self, session, NULL);
  else if (checkin != NULL)
    present_checkin_editor (self, checkin, NULL);
  else
    g_debug ("Nothing to edit with id %s", id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  if (ac_journal_lookup_session (self->journal, id) == NULL &&
      ac_journal_lookup_checkin (self->journal, id) == NULL)
    return;

  if (!ac_journal_remove (self->journal, id, &error))
    {
      _ac_window_toast (self, error->message);
      return;
    }

  /* "Session deleted", with Undo: the undo stack's newest step. */
  _ac_window_toast_step (self, NULL);
}

static void
show_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  GDate day;

  day_of (self, param, &day);
  select_day (self, &day);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ac_window_show_view (AC_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* Alt+1, Alt+2, …: the views in the order of the view switcher, however
 * many there are; a number past the last does nothing. */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (self->view_stack));
  guint index = g_variant_get_uint32 (param);
  g_autoptr(AdwViewStackPage) page = NULL;

  if (index >= g_list_model_get_n_items (pages))
    return;
  page = g_list_model_get_item (pages, index);
  ac_window_show_view (self, adw_view_stack_page_get_name (page));
}

static void
retry_save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ac_journal_keeper_retry_save (AC_WINDOW (widget)->keeper);
}

/* Restoring the backup and starting anew read and write files on a worker
 * thread; the failed page's buttons wait, insensitive (the keeper is busy
 * meanwhile, see _ac_window_update_actions()). */
static void
on_backup_restored (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(AcWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (ac_journal_keeper_restore_backup_finish (AC_JOURNAL_KEEPER (source), result, &error))
    _ac_window_toast (self, _("The backup was restored; the damaged file was kept beside it"));
  else
    _ac_window_toast (self, error->message);
  _ac_window_update_actions (self);
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);

  ac_journal_keeper_restore_backup_async (self->keeper, NULL, on_backup_restored, g_object_ref (self));
  _ac_window_update_actions (self);
}

static void
on_new_started (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) moved = NULL;

  if (ac_journal_keeper_start_new_finish (AC_JOURNAL_KEEPER (source), result, &moved, &error))
    {
      g_autofree char *name = moved ? g_file_get_basename (moved) : NULL;
      g_autofree char *title = name ? g_strdup_printf (_("The damaged journal was kept as %s"), name)
                                    : g_strdup (_("A new journal was started"));

      _ac_window_toast (self, title);
    }
  else
    _ac_window_toast (self, error->message);
  _ac_window_update_actions (self);
}

static void
start_new_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);

  ac_journal_keeper_start_new_async (self->keeper, NULL, on_new_started, g_object_ref (self));
  _ac_window_update_actions (self);
}

/* Closing and quitting: nothing typed is lost without the user saying
 * so. The journal is saved first; when that fails the window stays, says
 * why, and asks. */

static void
on_unsaved_response (AcWindow         *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* The dialog outlives this handler, and the window may not: it lets
   * go of the window now. */
  self->unsaved_dialog = NULL;
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (g_str_equal (response, "cancel"))
    return;

  /* Try Again closes or quits again, which saves again, and asks again
   * if that fails too. */
  self->discard_unsaved = g_str_equal (response, "discard");
  if (self->quitting && application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
ask_about_unsaved (AcWindow     *self,
                   const GError *error,
                   gboolean      quitting)
{
  GtkWidget *dialog;

  self->quitting = quitting;
  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->unsaved_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your latest changes are not saved"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s says why the journal could not be saved */
                                  _("%s.\n\nAftercare keeps the changes while it stays open. Try "
                                    "again once the problem is solved, or quit and lose them."),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Quit Without Saving"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retry");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response),
                           self, G_CONNECT_SWAPPED);
  self->unsaved_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns: whether the window may close (or the app quit) now; if not,
 * it asks, and closes or quits itself on the answer. */
gboolean
_ac_window_save_or_ask (AcWindow *self,
                        gboolean  quitting)
{
  g_autoptr(GError) error = NULL;

  if (self->discard_unsaved || ac_journal_keeper_flush (self->keeper, &error))
    return TRUE;

  g_debug ("Not %s: %s", quitting ? "quitting" : "closing", error->message);
  ask_about_unsaved (self, error, quitting);

  return FALSE;
}

/* One place decides what can be done now. */
void
_ac_window_update_actions (AcWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AcKeeperState state = ac_journal_keeper_get_state (self->keeper);
  gboolean writable = state == AC_KEEPER_READY && self->journal != NULL &&
                      !ac_journal_get_read_only (self->journal);
  gboolean recoverable = state == AC_KEEPER_FAILED && !ac_journal_keeper_get_busy (self->keeper);

  gtk_widget_action_set_enabled (widget, "win.new-session", writable);
  gtk_widget_action_set_enabled (widget, "win.check-in", writable);
  gtk_widget_action_set_enabled (widget, "win.edit", writable);
  gtk_widget_action_set_enabled (widget, "win.delete", writable);
  gtk_widget_action_set_enabled (widget, "win.show-day", state == AC_KEEPER_READY);
  gtk_widget_action_set_enabled (widget, "win.mark-checked",
                                 writable && ac_hold_is_on (ac_context_get_hold (self->context)));
  _ac_window_undo_update_actions (self, writable);
  gtk_widget_action_set_enabled (widget, "win.retry-save",
                                 ac_journal_keeper_get_save_error (self->keeper) != NULL);
  /* After a failed load; not twice at once. */
  gtk_widget_action_set_enabled (widget, "win.restore-backup",
                                 recoverable && ac_journal_keeper_has_backup (self->keeper));
  gtk_widget_action_set_enabled (widget, "win.start-new", recoverable);
  /* A read-only journal can still be exported. */
  gtk_widget_action_set_enabled (widget, "win.export",
                                 state == AC_KEEPER_READY && self->journal != NULL);
  gtk_widget_action_set_enabled (widget, "win.import", writable);
  _ac_window_brief_update_actions (self);
}

static void
on_exported (AcWindow *self,
             GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Exported to %s"), name);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (title);

  /* The file, opened in the application that shows its kind. */
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  AcExportDialog *dialog = ac_export_dialog_new (GTK_WINDOW (self), self->context);

  g_signal_connect_object (dialog, "done", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The import is one step: its toast can take it all back. */
static void
on_imported (AcWindow       *self,
             const char     *summary,
             AcImportDialog *dialog)
{
  _ac_window_toast_step_of (self, dialog, summary);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  AcImportDialog *dialog = ac_import_dialog_new (GTK_WINDOW (self), self->context);

  _ac_window_undo_watch (self, dialog);
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  ac_import_dialog_choose_file (dialog);
}

/* GTK 4.8 names the Page Up and Page Down keys "Page_Up" and "Page_Down"
 * on its keycaps unless its translation says otherwise, as in English:
 * those get readable names. */
static void
name_page_keys (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_page_keys (child);

  if (!GTK_IS_LABEL (widget))
    return;

  if (g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), "Page_Up"))
    /* Translators: a key on the keyboard, in the shortcuts window */
    gtk_label_set_text (GTK_LABEL (widget), C_("keyboard key", "Page Up"));
  else if (g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), "Page_Down"))
    /* Translators: a key on the keyboard, in the shortcuts window */
    gtk_label_set_text (GTK_LABEL (widget), C_("keyboard key", "Page Down"));
}

/* The shortcuts window is built when asked for, not with every window as
 * GtkApplication does with gtk/help-overlay.ui: that cost 3 ms of the
 * start-up. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (APP_PATH "/ac-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  name_page_keys (GTK_WIDGET (shortcuts));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

void
_ac_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.new-session", "s", new_session_action);
  gtk_widget_class_install_action (widget_class, "win.check-in", "s", check_in_action);
  gtk_widget_class_install_action (widget_class, "win.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "win.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "win.show-day", "s", show_day_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "u", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.retry-save", NULL, retry_save_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.start-new", NULL, start_new_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-session", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.check-in", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  for (guint i = 0; i < 4; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "u", i);
}
