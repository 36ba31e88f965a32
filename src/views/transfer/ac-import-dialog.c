/* ac-import-dialog.c — importing a file into the journal: reading it off
 * the main thread, a preview of what it would change, and applying it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-date-button.h"
#include "ac-import-dialog.h"
#include "ac-import-plan.h"
#include "ac-importer.h"

struct _AcImportDialog
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkButton       *import_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkStack        *stack;
  GtkLabel        *progress_label;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *failed_page;
  GtkBox          *counts_box;
  GtkLabel        *new_count;
  GtkLabel        *duplicate_count;
  GtkLabel        *conflict_count;
  GtkLabel        *unimportable_count;
  GtkListView     *list_view;

  AcJournal       *journal;
  AcClock         *clock;
  AcUndoStack     *undo_stack;
  AcImporter      *importer;     /* while reading */
  GCancellable    *cancellable;  /* while reading */
  AcImportPlan    *plan;         /* once read */
  GtkNativeDialog *chooser;
};

G_DEFINE_FINAL_TYPE (AcImportDialog, ac_import_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_message (AcImportDialog *self,
              const char     *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
update_import_button (AcImportDialog *self)
{
  guint n = self->plan ? ac_import_plan_count_selected (self->plan) : 0;
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("_Import"));
  else
    label = g_strdup_printf (ngettext ("_Import %u", "_Import %u", n), n);
  gtk_button_set_label (self->import_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n > 0);
}

/* The list's rows: a check button, what the record is, why it is not
 * selected, and for a calendar's session whether it is planned. */

static char *
candidate_title (AcImportCandidate *candidate)
{
  AcSession *session = ac_import_candidate_get_session (candidate);
  AcCheckin *checkin = ac_import_candidate_get_checkin (candidate);

  if (session != NULL)
    {
      /* In the offset the session keeps, as the calendar will show it. */
      /* Translators: a session's start, in g_date_time_format() form */
      g_autofree char *when = g_date_time_format (ac_session_get_start (session), _("%a %-d %b %Y, %H:%M"));
      int minutes = ac_session_get_minutes (session);

      /* Translators: “Session: Sat 3 Oct 2026, 18:30, 60 min” */
      return g_strdup_printf (ngettext ("Session: %s, %d min", "Session: %s, %d min", minutes),
                              when, minutes);
    }

  if (checkin != NULL)
    {
      g_autofree char *day = ac_date_format_long (ac_checkin_get_date (checkin));

      return g_strdup_printf (_("Check-in: %s, soreness %d"), day,
                              ac_checkin_get_soreness (checkin));
    }

  if (ac_import_candidate_get_clearance (candidate) != NULL)
    {
      AcClearance *clearance = ac_import_candidate_get_clearance (candidate);
      g_autofree char *day = ac_date_format_long (ac_clearance_get_date (clearance));

      /* Translators: “Clearance: Mon 23 Nov 2026, bruising”: a symptom or hold rule checked */
      return g_strdup_printf (_("Clearance: %s, %s"), day, ac_clearance_get_what (clearance));
    }

  if (ac_import_candidate_get_therapist_notes (candidate) != NULL)
    return g_strdup (_("Health profile: notes for a therapist"));

  if (ac_import_candidate_get_kind (candidate) == AC_IMPORT_KIND_PROFILE)
    return g_strdup (_("Health profile"));

  return g_strdup (ac_import_candidate_get_source (candidate));
}

static void
on_check_toggled (GtkCheckButton *check,
                  AcImportDialog *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (check), "list-item");
  AcImportCandidate *candidate = gtk_list_item_get_item (item);

  if (candidate == NULL || !ac_import_candidate_get_can_select (candidate))
    return;
  ac_import_candidate_set_selected (candidate, gtk_check_button_get_active (check));
  update_import_button (self);
}

static void
on_planned_changed (GtkDropDown    *drop_down,
                    GParamSpec     *pspec,
                    AcImportDialog *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (drop_down), "list-item");
  AcImportCandidate *candidate = gtk_list_item_get_item (item);

  if (candidate != NULL && ac_import_candidate_get_session (candidate) != NULL)
    ac_import_candidate_set_planned (candidate, gtk_drop_down_get_selected (drop_down) == 0);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AcImportDialog           *self)
{
  const char *choices[] = { _("Planned"), _("Done"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *planned = gtk_drop_down_new_from_strings (choices);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_valign (planned, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (planned, _("Whether the session is still to come"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (planned),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Planned or done"), -1);

  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), planned);

  g_object_set_data (G_OBJECT (check), "list-item", item);
  g_object_set_data (G_OBJECT (planned), "list-item", item);
  g_object_set_data (G_OBJECT (item), "check", check);
  g_object_set_data (G_OBJECT (item), "title", title);
  g_object_set_data (G_OBJECT (item), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (item), "planned", planned);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self, 0);
  g_signal_connect_object (planned, "notify::selected", G_CALLBACK (on_planned_changed), self, 0);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          AcImportDialog           *self)
{
  AcImportCandidate *candidate = gtk_list_item_get_item (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (item), "check");
  GtkWidget *title = g_object_get_data (G_OBJECT (item), "title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (item), "subtitle");
  GtkWidget *planned = g_object_get_data (G_OBJECT (item), "planned");
  g_autofree char *title_text = candidate_title (candidate);
  AcImportStatus status = ac_import_candidate_get_status (candidate);
  const char *reason = ac_import_candidate_get_reason (candidate);
  const char *note = ac_import_candidate_get_note (candidate);
  gboolean can_select = ac_import_candidate_get_can_select (candidate);
  gboolean calendar = self->plan != NULL &&
                      ac_import_plan_get_format (self->plan) == AC_TRANSFER_FORMAT_ICS &&
                      ac_import_candidate_get_session (candidate) != NULL;
  g_autofree char *subtitle_text = NULL;

  /* A duplicate's reason says it all; the others need their status. */
  if (reason == NULL || reason[0] == '\0')
    subtitle_text = g_strdup (ac_import_status_get_label (status));
  else if (status == AC_IMPORT_STATUS_DUPLICATE)
    subtitle_text = g_strdup (reason);
  else
    subtitle_text = g_strdup_printf ("%s: %s", ac_import_status_get_label (status), reason);
  /* How it was read, such as the time zone of an event. */
  if (note != NULL)
    {
      g_autofree char *status_text = g_steal_pointer (&subtitle_text);

      /* Translators: the status of a record to import; how it was read */
      subtitle_text = g_strdup_printf (_("%s; %s"), status_text, note);
    }

  gtk_label_set_label (GTK_LABEL (title), title_text);
  gtk_label_set_label (GTK_LABEL (subtitle), subtitle_text);
  gtk_widget_set_sensitive (check, can_select);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               can_select && ac_import_candidate_get_selected (candidate));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle_text, -1);
  gtk_widget_set_visible (planned, calendar);
  gtk_widget_set_sensitive (planned, can_select);
  if (calendar)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (planned),
                                ac_import_candidate_get_planned (candidate) ? 0 : 1);
}

static void
show_plan (AcImportDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkLabel *counts[AC_N_IMPORT_STATUSES] = {
    self->new_count, self->duplicate_count, self->conflict_count, self->unimportable_count,
  };
  GtkListItemFactory *factory;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < AC_N_IMPORT_STATUSES; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", ac_import_plan_count (self->plan, i));

      gtk_label_set_label (counts[i], text);
    }
  summary = g_strdup_printf (_("New: %u, duplicates: %u, conflicting: %u, not importable: %u"),
                                   ac_import_plan_count (self->plan, AC_IMPORT_STATUS_NEW),
                                   ac_import_plan_count (self->plan, AC_IMPORT_STATUS_DUPLICATE),
                                   ac_import_plan_count (self->plan, AC_IMPORT_STATUS_CONFLICT),
                                   ac_import_plan_count (self->plan, AC_IMPORT_STATUS_NOT_IMPORTABLE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->counts_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (ac_import_plan_get_candidates (self->plan)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_import_button (self);
}

static void
on_progress (AcImportDialog *self)
{
  if (self->importer != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, ac_importer_get_progress (self->importer));
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(AcImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_importer_read_finish (AC_IMPORTER (source), result, &error);

  g_signal_handlers_disconnect_by_func (source, on_progress, self);
  g_clear_object (&self->importer);
  g_clear_object (&self->cancellable);
  /* Closed while reading: nothing is left to show. */
  if (self->stack == NULL)
    return;

  if (plan != NULL)
    {
      self->plan = g_steal_pointer (&plan);
      show_plan (self);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_window_close (GTK_WINDOW (self));
  else
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "failed");
    }
}

/**
 * ac_import_dialog_open:
 * @file: the file to import
 *
 * Reads @file and shows what importing it would add, for the person to
 * choose and confirm. ac_import_dialog_choose_file() asks for the file
 * first.
 */
void
ac_import_dialog_open (AcImportDialog *self,
                       GFile          *file)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (AC_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->importer == NULL && self->plan == NULL);

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  label = g_strdup_printf (_("Reading %s…"), name);
  gtk_label_set_label (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  self->importer = ac_importer_new (self->clock);
  self->cancellable = g_cancellable_new ();
  g_signal_connect_swapped (self->importer, "notify::progress", G_CALLBACK (on_progress), self);
  ac_importer_read_async (self->importer, file, self->journal, self->cancellable,
                          on_read, g_object_ref (self));
}

/* All or nothing: the plan checks every record before it changes the
 * journal; the keeper saves the change. */
static gboolean
apply_plan (AcImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *step = NULL;
  guint n_changed = 0;
  guint n_selected;
  gboolean applied;

  g_assert (AC_IS_IMPORT_DIALOG (self));

  if (self->plan == NULL)
    return FALSE;

  /* Every kind, clearances and the profile too: nothing is left unsaid. */
  kinds = ac_import_plan_describe_kinds (self->plan, TRUE);
  /* One step to undo, the whole import. */
  n_selected = ac_import_plan_count_selected (self->plan);
  step = g_strdup_printf (ngettext ("Import of %u record", "Import of %u records", n_selected), n_selected);
  ac_undo_stack_begin_group (self->undo_stack, step);
  applied = ac_import_plan_apply (self->plan, self->journal, &n_changed, &error);
  ac_undo_stack_end_group (self->undo_stack);
  if (!applied)
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was imported: %s"), error->message);

      show_message (self, message);
      return FALSE;
    }

  /* Translators: what was imported, as “3 sessions, 2 check-ins, 1 clearance” */
  summary = g_strdup_printf (_("Imported %s"), kinds);
  g_debug ("%s (%u changes)", summary, n_changed);
  g_signal_emit (self, signals[DONE], 0, summary);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
on_import_clicked (AcImportDialog *self)
{
  apply_plan (self);
}

static void
on_stop_clicked (AcImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
on_chooser_response (AcImportDialog  *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  ac_import_dialog_open (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * ac_import_dialog_choose_file:
 *
 * Asks for the file to import, then presents the dialog and reads it; if
 * no file is chosen, the dialog is destroyed unseen.
 */
void
ac_import_dialog_choose_file (AcImportDialog *self)
{
  static const char *const all[] = { "*.csv", "*.CSV", "*.ics", "*.ICS", "*.json", "*.JSON", NULL };
  static const char *const csv[] = { "*.csv", "*.CSV", NULL };
  static const char *const ics[] = { "*.ics", "*.ICS", NULL };
  static const char *const json[] = { "*.json", "*.JSON", NULL };
  GtkFileChooser *chooser;

  g_return_if_fail (AC_IS_IMPORT_DIALOG (self));
  g_return_if_fail (self->chooser == NULL && self->plan == NULL);

  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Import"),
                                                                 gtk_window_get_transient_for (GTK_WINDOW (self)),
                                                                 GTK_FILE_CHOOSER_ACTION_OPEN,
                                                                 _("_Open"), _("_Cancel")));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  add_filter (chooser, _("All supported files"), all);
  add_filter (chooser, ac_transfer_format_get_label (AC_TRANSFER_FORMAT_CSV), csv);
  add_filter (chooser, ac_transfer_format_get_label (AC_TRANSFER_FORMAT_ICS), ics);
  add_filter (chooser, ac_transfer_format_get_label (AC_TRANSFER_FORMAT_JSON), json);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
ac_import_dialog_dispose (GObject *object)
{
  AcImportDialog *self = AC_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (ac_import_dialog_parent_class)->dispose (object);
}

static void
ac_import_dialog_finalize (GObject *object)
{
  AcImportDialog *self = AC_IMPORT_DIALOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->clock);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->importer);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (ac_import_dialog_parent_class)->finalize (object);
}

static gboolean
ac_import_dialog_close_request (GtkWindow *window)
{
  AcImportDialog *self = AC_IMPORT_DIALOG (window);

  /* Reading changes nothing; stop it. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (ac_import_dialog_parent_class)->close_request (window);
}

static void
ac_import_dialog_class_init (AcImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ac_import_dialog_dispose;
  object_class->finalize = ac_import_dialog_finalize;
  window_class->close_request = ac_import_dialog_close_request;

  /**
   * AcImportDialog::done:
   * @summary: what was imported, for a toast
   *
   * The import is applied to the journal; the dialog closes.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, new_count);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, duplicate_count);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, conflict_count);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, unimportable_count);
  gtk_widget_class_bind_template_child (widget_class, AcImportDialog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_clicked);
}

static void
ac_import_dialog_init (AcImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}

/**
 * ac_import_dialog_new:
 * @parent: the main window
 * @context: the journal to import into (writable), and the clock
 *
 * Returns: (transfer none): a modal dialog; GTK owns it. Call
 *   ac_import_dialog_choose_file() to start.
 */
AcImportDialog *
ac_import_dialog_new (GtkWindow *parent,
                      AcContext *context)
{
  AcImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);

  self = g_object_new (AC_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->journal = g_object_ref (ac_context_get_journal (context));
  self->clock = g_object_ref (ac_context_get_clock (context));
  self->undo_stack = g_object_ref (ac_journal_keeper_get_undo_stack (ac_context_get_keeper (context)));

  return self;
}
