/* ac-preferences-window.c — health profile, reminders and data
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-preferences-window"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-enum-types.h"
#include "ac-preferences-therapist.h"
#include "ac-preferences-window.h"
#include "ac-reminders.h"

/* Three pages. The health profile lives in the journal, so its switches
 * follow the journal and change it (the keeper saves); the reminders live
 * in GSettings, which AcReminders watches; the data page shows where the
 * journal is and deletes everything, keeping a backup. */

struct _AcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *health_group;
  AcPreferencesTherapist *therapist_group;
  GtkSwitch            *checkin_switch;
  AdwActionRow         *time_row;
  GtkMenuButton        *time_button;
  GtkSpinButton        *hour_spin;
  GtkSpinButton        *minute_spin;
  GtkSwitch            *aftercare_switch;
  AdwActionRow         *location_row;
  GtkWidget            *open_folder_button;
  AdwActionRow         *export_row;
  AdwActionRow         *import_row;
  AdwActionRow         *delete_row;
  GtkWidget            *delete_button;

  GPtrArray            *condition_rows;   /* AdwActionRow, one per condition */

  AcContext            *context;
  GSettings            *settings;         /* the context's */
  AcJournalKeeper      *keeper;           /* the context's */
  GSignalGroup         *journal_signals;
  AcJournal            *journal;          /* the keeper's, followed */

  guint                 syncing : 1;
  guint                 ready : 1;        /* a journal is loaded */
  guint                 writable : 1;     /* and may be changed */
  guint                 can_delete : 1;   /* and has something to delete */
};

G_DEFINE_FINAL_TYPE (AcPreferencesWindow, ac_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_READY,
  PROP_WRITABLE,
  PROP_CAN_DELETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark condition_quark;

static void
toast (AcPreferencesWindow *self,
       const char          *title)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
}

static gboolean
is_writable (AcPreferencesWindow *self)
{
  return self->journal != NULL &&
         ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_READY &&
         !ac_journal_get_read_only (self->journal);
}

static GtkSwitch *
row_switch (AdwActionRow *row)
{
  return GTK_SWITCH (adw_action_row_get_activatable_widget (row));
}

static void
set_state (AcPreferencesWindow *self,
           guint                prop_id,
           gboolean             value)
{
  gboolean old;

  switch (prop_id)
    {
    case PROP_READY:
      old = self->ready;
      self->ready = value;
      break;

    case PROP_WRITABLE:
      old = self->writable;
      self->writable = value;
      break;

    case PROP_CAN_DELETE:
      old = self->can_delete;
      self->can_delete = value;
      break;

    default:
      g_assert_not_reached ();
    }

  if (old != value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The switches say what the journal holds now; the rows' sensitivity
 * follows the ready, writable and can-delete properties, bound in the
 * .ui and where the condition rows are made. */
static void
sync_from_journal (AcPreferencesWindow *self)
{
  AcCondition conditions = AC_CONDITION_NONE;
  gboolean writable = is_writable (self);
  gboolean ready = self->journal != NULL &&
                   ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_READY;

  if (self->journal != NULL)
    conditions = ac_profile_get_conditions (ac_journal_get_profile (self->journal));

  self->syncing = TRUE;
  for (guint i = 0; i < self->condition_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->condition_rows, i);
      guint bit = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (row), condition_quark));

      gtk_switch_set_active (row_switch (row), (conditions & bit) != 0);
    }
  self->syncing = FALSE;
  ac_preferences_therapist_set_journal (self->therapist_group, ready ? self->journal : NULL, writable);

  set_state (self, PROP_READY, ready);
  set_state (self, PROP_WRITABLE, writable);
  set_state (self, PROP_CAN_DELETE, writable && !ac_journal_is_empty (self->journal));
}

static void
on_condition_toggled (AcPreferencesWindow *self,
                      GParamSpec          *pspec,
                      GtkSwitch           *toggle)
{
  AcCondition conditions = AC_CONDITION_NONE;
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->journal == NULL)
    return;

  for (guint i = 0; i < self->condition_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->condition_rows, i);

      if (gtk_switch_get_active (row_switch (row)))
        conditions |= GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (row), condition_quark));
    }

  if (!ac_journal_set_conditions (self->journal, conditions, &error))
    {
      toast (self, error->message);
      sync_from_journal (self);
    }
}

/* One row per screening condition of GUIDANCE.md, in its order. */
static void
add_condition_rows (AcPreferencesWindow *self)
{
  guint all = ac_flags_get_all (AC_TYPE_CONDITION);

  for (guint bit = 1; bit != 0 && bit <= all; bit <<= 1)
    {
      GtkWidget *row, *toggle;

      if ((all & bit) == 0)
        continue;

      toggle = gtk_switch_new ();
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      /* The row's title names the switch (its activatable widget). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ac_condition_get_meaning (bit),
                                      -1);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_condition_toggled),
                               self, G_CONNECT_SWAPPED);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ac_condition_get_label (bit));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ac_condition_get_meaning (bit));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      g_object_set_qdata (G_OBJECT (row), condition_quark, GUINT_TO_POINTER (bit));

      g_object_bind_property (self, "writable", row, "sensitive", G_BINDING_SYNC_CREATE);

      adw_preferences_group_add (self->health_group, row);
      g_ptr_array_add (self->condition_rows, row);
    }
}

/* Reminders ------------------------------------------------------------ */

static gboolean
on_spin_output (GtkSpinButton *spin,
                gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
sync_time (AcPreferencesWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "checkin-reminder-time");
  g_autofree char *label = NULL;
  int hour, minute;

  /* The reminders treat what is not a time as the default, and so does
   * the button. */
  if (!ac_reminders_parse_time (text, &hour, &minute))
    {
      g_autoptr(GVariant) value = g_settings_get_default_value (self->settings, "checkin-reminder-time");

      if (!ac_reminders_parse_time (g_variant_get_string (value, NULL), &hour, &minute))
        g_assert_not_reached ();
    }

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
  self->syncing = FALSE;

  label = g_strdup_printf ("%02d:%02d", hour, minute);
  gtk_menu_button_set_label (self->time_button, label);
}

static void
on_time_changed (AcPreferencesWindow *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  text = g_strdup_printf ("%02d:%02d",
                          gtk_spin_button_get_value_as_int (self->hour_spin),
                          gtk_spin_button_get_value_as_int (self->minute_spin));
  g_settings_set_string (self->settings, "checkin-reminder-time", text);
}

/* Data ------------------------------------------------------------------ */

/* A file's place as the user reads it: shorter under the home folder. */
static char *
display_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *home = g_get_home_dir ();

  if (path == NULL)
    return g_file_get_uri (file);
  if (g_str_has_prefix (path, home) && path[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + strlen (home), NULL);

  return g_steal_pointer (&path);
}

static void
update_location (AcPreferencesWindow *self)
{
  GFile *file = ac_journal_keeper_get_file (self->keeper);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folder = path ? g_path_get_dirname (path) : NULL;
  g_autofree char *shown = display_path (file);

  adw_action_row_set_subtitle (self->location_row, shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->location_row), path);
  gtk_widget_set_sensitive (self->open_folder_button,
                            folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR));
}

static void
on_folder_shown (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AcPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_debug ("Could not open the journal's folder: %s", error->message);
      toast (self, _("The folder could not be opened"));
    }
}

static void
show_folder (AcPreferencesWindow *self,
             GFile               *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                     on_folder_shown, g_object_ref (self));
}

static void
on_open_folder_clicked (AcPreferencesWindow *self)
{
  show_folder (self, ac_journal_keeper_get_file (self->keeper));
}

/* Export and import are the main window's; it decides whether they can
 * run. */
static void
activate_window_action (AcPreferencesWindow *self,
                        const char          *name)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent == NULL || !gtk_widget_activate_action (GTK_WIDGET (parent), name, NULL))
    g_debug ("No window to run %s", name);
}

static void
on_export_activated (AcPreferencesWindow *self)
{
  activate_window_action (self, "win.export");
}

static void
on_import_activated (AcPreferencesWindow *self)
{
  activate_window_action (self, "win.import");
}

static GFile *
backup_file_for (AcPreferencesWindow *self,
                 GFile               *file)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (ac_context_get_clock (self->context));
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strconcat (g_file_peek_path (file), ".deleted-", stamp, NULL);
  g_autofree char *path = g_strdup (base);

  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s-%u", base, n);
    }

  return g_file_new_for_path (path);
}

static void
collect_ids (GListModel *model,
             GPtrArray  *ids)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcRecord) record = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, g_strdup (ac_record_get_id (record)));
    }
}

/* Writes the whole journal, as it is now, to a file beside it that only
 * the user can read, and then empties the journal: every session,
 * check-in and clearance, and the whole profile (conditions, areas to
 * avoid, notes for a therapist). The keeper saves the empty journal.
 *
 * Returns: (transfer full) (nullable): the backup, or %NULL if nothing
 *   was deleted
 */
static GFile *
delete_all (AcPreferencesWindow  *self,
            GError              **error)
{
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *data = NULL;
  g_autofree char *folder = NULL;
  AcUndoStack *undo_stack;
  gboolean emptied = TRUE;
  gsize length;

  g_return_val_if_fail (AC_IS_PREFERENCES_WINDOW (self), NULL);

  if (!is_writable (self))
    {
      g_set_error_literal (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY,
                           _("The journal can’t be changed now"));
      return NULL;
    }

  backup = backup_file_for (self, ac_journal_keeper_get_file (self->keeper));
  folder = g_path_get_dirname (g_file_peek_path (backup));
  data = ac_journal_to_data (self->journal, &length);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents_full (g_file_peek_path (backup), data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                     _("Could not create the folder %s"), folder);
      return NULL;
    }

  ids = g_ptr_array_new_with_free_func (g_free);
  collect_ids (ac_journal_get_sessions (self->journal), ids);
  collect_ids (ac_journal_get_checkins (self->journal), ids);
  collect_ids (ac_journal_get_clearances (self->journal), ids);
  /* One step to undo (Ctrl+Z in the window), however many records. */
  undo_stack = ac_journal_keeper_get_undo_stack (self->keeper);
  ac_undo_stack_begin_group (undo_stack, _("All data deleted"));
  /* From the newest, so the lists shrink at their ends. */
  for (guint i = ids->len; i > 0 && emptied; i--)
    emptied = ac_journal_remove (self->journal, g_ptr_array_index (ids, i - 1), error);
  emptied = emptied &&
            ac_journal_set_conditions (self->journal, AC_CONDITION_NONE, error) &&
            ac_journal_set_avoid_areas (self->journal, AC_AREA_NONE, error) &&
            ac_journal_set_therapist_notes (self->journal, NULL, error);
  ac_undo_stack_end_group (undo_stack);
  if (!emptied)
    return NULL;

  g_debug ("Deleted %u records; the backup is %s", ids->len, g_file_peek_path (backup));

  return g_steal_pointer (&backup);
}

static void
on_deleted_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     AcPreferencesWindow *self)
{
  if (g_str_equal (response, "open-folder"))
    show_folder (self, g_object_get_data (G_OBJECT (dialog), "backup"));
}

static void
on_delete_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    AcPreferencesWindow *self)
{
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *done;

  if (!g_str_equal (response, "delete"))
    return;

  backup = delete_all (self, &error);
  if (backup == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Nothing was deleted: %s"), error->message);

      toast (self, title);
      return;
    }

  path = display_path (backup);
  done = adw_message_dialog_new (GTK_WINDOW (self), _("All Data Deleted"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (done),
                                  _("Your journal is now empty. What was deleted is kept in this "
                                    "file, in case you need it; you can delete it yourself.\n\n%s"),
                                  path);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (done),
                                    "open-folder", _("_Open Folder"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (done), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (done), "close");
  g_object_set_data_full (G_OBJECT (done), "backup", g_steal_pointer (&backup), g_object_unref);
  g_signal_connect_object (done, "response", G_CALLBACK (on_deleted_response), self, 0);
  gtk_window_present (GTK_WINDOW (done));
}

static void
on_delete_clicked (AcPreferencesWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete All Data?"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Every session and check-in, every note that a warning was "
                                 "checked, and your health profile, will be removed from your "
                                 "journal. A backup copy of the journal is kept in its folder."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete All Data"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Following the keeper ------------------------------------------------- */

static void
on_journal_bound (AcPreferencesWindow *self,
                  AcJournal           *journal)
{
  g_set_object (&self->journal, journal);
  sync_from_journal (self);
  update_location (self);
}

static void
on_journal_unbound (AcPreferencesWindow *self)
{
  g_clear_object (&self->journal);
  sync_from_journal (self);
}

static void
on_keeper_state (AcPreferencesWindow *self)
{
  sync_from_journal (self);
  update_location (self);
}

static void
ac_preferences_window_constructed (GObject *object)
{
  AcPreferencesWindow *self = (AcPreferencesWindow *)object;

  G_OBJECT_CLASS (ac_preferences_window_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->keeper = g_object_ref (ac_context_get_keeper (self->context));
  self->settings = g_object_ref (ac_context_get_settings (self->context));
  g_settings_bind (self->settings, "checkin-reminder-enabled",
                   self->checkin_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "checkin-reminder-enabled",
                   self->time_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "aftercare-reminder-enabled",
                   self->aftercare_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::checkin-reminder-time",
                           G_CALLBACK (sync_time), self, G_CONNECT_SWAPPED);
  sync_time (self);

  /* The journal's records and whether it can be changed: a group of our
   * own, as it follows two signals. */
  self->journal_signals = g_signal_group_new (AC_TYPE_JOURNAL);
  g_signal_group_connect_swapped (self->journal_signals, "changed",
                                  G_CALLBACK (sync_from_journal), self);
  g_signal_group_connect_swapped (self->journal_signals, "notify::read-only",
                                  G_CALLBACK (sync_from_journal), self);
  g_signal_connect_object (self->journal_signals, "bind", G_CALLBACK (on_journal_bound),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal_signals, "unbind", G_CALLBACK (on_journal_unbound),
                           self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->context, "journal", self->journal_signals, "target",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->keeper, "notify::state", G_CALLBACK (on_keeper_state),
                           self, G_CONNECT_SWAPPED);
  /* The first save makes the folder. */
  g_signal_connect_object (self->keeper, "notify::busy", G_CALLBACK (update_location),
                           self, G_CONNECT_SWAPPED);
  on_keeper_state (self);
}

static void
ac_preferences_window_dispose (GObject *object)
{
  AcPreferencesWindow *self = (AcPreferencesWindow *)object;

  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  /* The therapist group can outlive the window (found by the display
   * tests: the journal outlived its keeper): it lets the journal go now. */
  if (self->therapist_group != NULL)
    ac_preferences_therapist_set_journal (self->therapist_group, NULL, FALSE);
  g_clear_object (&self->journal);
  g_clear_object (&self->keeper);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_pointer (&self->condition_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ac_preferences_window_parent_class)->dispose (object);
}

static void
ac_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AcPreferencesWindow *self = AC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    case PROP_WRITABLE:
      g_value_set_boolean (value, self->writable);
      break;

    case PROP_CAN_DELETE:
      g_value_set_boolean (value, self->can_delete);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AcPreferencesWindow *self = AC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_preferences_window_class_init (AcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_preferences_window_constructed;
  object_class->dispose = ac_preferences_window_dispose;
  object_class->get_property = ac_preferences_window_get_property;
  object_class->set_property = ac_preferences_window_set_property;

  /**
   * AcPreferencesWindow:context:
   *
   * The journal and its file, the settings and the clock.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcPreferencesWindow:ready:
   *
   * Whether a journal is loaded: what export needs.
   */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcPreferencesWindow:writable:
   *
   * Whether the journal may be changed: not loading, not failed, not
   * written by a newer version.
   */
  properties[PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcPreferencesWindow:can-delete:
   *
   * Whether Delete All Data has anything to delete, and may.
   */
  properties[PROP_CAN_DELETE] =
    g_param_spec_boolean ("can-delete", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  condition_quark = g_quark_from_static_string ("ac-condition");

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, health_group);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, therapist_group);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, checkin_switch);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, time_row);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, time_button);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, aftercare_switch);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, open_folder_button);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, export_row);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, import_row);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, delete_row);
  gtk_widget_class_bind_template_child (widget_class, AcPreferencesWindow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_import_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
ac_preferences_window_init (AcPreferencesWindow *self)
{
  g_type_ensure (AC_TYPE_PREFERENCES_THERAPIST);
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  self->condition_rows = g_ptr_array_new ();
  add_condition_rows (self);
}

/**
 * ac_preferences_window_new:
 * @parent: (nullable): the main window, whose `win.export` and
 *   `win.import` the data page runs
 * @context: the journal and its file, the settings and the clock
 *
 * Returns: (transfer full): a new preferences window
 */
AcPreferencesWindow *
ac_preferences_window_new (GtkWindow *parent,
                           AcContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/**
 * ac_preferences_window_get_keeper:
 *
 * Returns: (transfer none): the journal's keeper
 */
AcJournalKeeper *
ac_preferences_window_get_keeper (AcPreferencesWindow *self)
{
  g_return_val_if_fail (AC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->keeper;
}
