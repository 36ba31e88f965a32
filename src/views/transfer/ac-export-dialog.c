/* ac-export-dialog.c — exporting the journal to a file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-dialog-fit.h"
#include "ac-date-button.h"
#include "ac-date.h"
#include "ac-export-dialog-private.h"
#include "ac-exporter.h"

struct _AcExportDialog
{
  AdwWindow       parent_instance;

  GtkButton      *export_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkStack       *stack;
  AdwPreferencesGroup *format_group;
  AdwComboRow    *format_row;
  AdwPreferencesGroup *pdf_group;
  AdwComboRow    *period_row;
  AdwActionRow   *from_row;
  AdwActionRow   *to_row;
  AcDateButton   *from_button;
  AcDateButton   *to_button;
  AdwComboRow    *paper_row;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;

  AcJournal      *journal;
  AcClock        *clock;
  GDate           today;        /* the clock's when the dialog opened */
  AcExporter     *exporter;     /* while exporting */
  GCancellable   *cancellable;  /* while exporting */
  GFile          *file;         /* while exporting */
  GtkNativeDialog *chooser;
};

G_DEFINE_FINAL_TYPE (AcExportDialog, ac_export_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rows of the format menu, in the order shown. */
static const AcTransferFormat formats[] = {
  AC_TRANSFER_FORMAT_CSV,
  AC_TRANSFER_FORMAT_ICS,
  AC_TRANSFER_FORMAT_PDF,
  AC_TRANSFER_FORMAT_JSON,
};

static const char *format_uses[] = {
  N_("For spreadsheets such as LibreOffice Calc"),
  N_("Sessions for calendar apps"),
  N_("A report for a therapist or a doctor"),
  N_("A backup of the whole journal"),
};

static AcTransferFormat
selected_format (AcExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < G_N_ELEMENTS (formats) ? formats[i] : AC_TRANSFER_FORMAT_CSV;
}

static void
show_message (AcExportDialog *self,
              const char     *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->error_revealer),
                               GTK_ACCESSIBLE_STATE_HIDDEN, message == NULL,
                               -1);
}

static void
on_format_changed (AcExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  if (i < G_N_ELEMENTS (format_uses))
    adw_preferences_group_set_description (self->format_group, _(format_uses[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->pdf_group),
                          selected_format (self) == AC_TRANSFER_FORMAT_PDF);
  show_message (self, NULL);
}

static void
on_period_changed (AcExportDialog *self)
{
  gboolean custom = adw_combo_row_get_selected (self->period_row) == AC_EXPORT_PERIOD_CUSTOM;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  show_message (self, NULL);
}

/* The report's period, from the form; FALSE with a message if it is
 * backwards. Everything but a report is exported whole. */
static gboolean
get_range (AcExportDialog *self,
           GDate          *from,
           GDate          *to)
{
  g_date_clear (from, 1);
  g_date_clear (to, 1);
  if (selected_format (self) != AC_TRANSFER_FORMAT_PDF)
    return TRUE;

  switch ((AcExportPeriod) adw_combo_row_get_selected (self->period_row))
    {
    case AC_EXPORT_PERIOD_3_MONTHS:
      *from = self->today;
      g_date_subtract_months (from, 3);
      g_date_add_days (from, 1);
      *to = self->today;
      break;

    case AC_EXPORT_PERIOD_YEAR:
      *from = self->today;
      g_date_subtract_years (from, 1);
      g_date_add_days (from, 1);
      *to = self->today;
      break;

    case AC_EXPORT_PERIOD_CUSTOM:
      *from = *ac_date_button_get_date (self->from_button);
      *to = *ac_date_button_get_date (self->to_button);
      if (g_date_valid (from) && g_date_valid (to) && g_date_compare (from, to) > 0)
        {
          show_message (self, _("The first day of the period is after its last day."));
          return FALSE;
        }
      break;

    case AC_EXPORT_PERIOD_ALL:
    default:
      break;
    }

  return TRUE;
}

static void
set_busy (AcExportDialog *self,
          gboolean        busy)
{
  gtk_stack_set_visible_child_name (self->stack, busy ? "progress" : "form");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
}

static void
on_progress (AcExportDialog *self)
{
  if (self->exporter != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, ac_exporter_get_progress (self->exporter));
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(AcExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->file);
  gboolean written = ac_exporter_write_finish (AC_EXPORTER (source), result, &error);

  g_signal_handlers_disconnect_by_func (source, on_progress, self);
  g_clear_object (&self->exporter);
  g_clear_object (&self->cancellable);
  /* Closed while writing: nothing is left to show. */
  if (self->stack == NULL)
    return;
  set_busy (self, FALSE);

  if (written)
    {
      g_debug ("Exported to %s", g_file_peek_path (file));
      g_signal_emit (self, signals[DONE], 0, file);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Export to %s cancelled", g_file_peek_path (file));
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Could not export to %s: %s"),
                                                  name, error->message);

      show_message (self, message);
    }
}

void
_ac_export_dialog_export_to (AcExportDialog *self,
                             GFile          *file)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GDate from, to;

  g_assert (AC_IS_EXPORT_DIALOG (self));
  g_assert (G_IS_FILE (file));
  g_assert (self->exporter == NULL);

  show_message (self, NULL);
  if (!get_range (self, &from, &to))
    return;

  self->exporter = ac_exporter_new (selected_format (self), self->clock);
  ac_exporter_set_range (self->exporter, &from, &to);
  ac_exporter_set_paper (self->exporter, adw_combo_row_get_selected (self->paper_row) == 1
                                         ? AC_PAPER_LETTER : AC_PAPER_A4);
  ac_exporter_set_today (self->exporter, &self->today);
  self->cancellable = g_cancellable_new ();
  self->file = g_object_ref (file);

  name = g_file_get_basename (file);
  label = g_strdup_printf (_("Exporting to %s…"), name);
  gtk_label_set_label (self->progress_label, label);
  set_busy (self, TRUE);

  g_signal_connect_swapped (self->exporter, "notify::progress", G_CALLBACK (on_progress), self);
  ac_exporter_write_async (self->exporter, self->journal, file, self->cancellable,
                           on_written, g_object_ref (self));
}

void
_ac_export_dialog_cancel (AcExportDialog *self)
{
  g_assert (AC_IS_EXPORT_DIALOG (self));

  g_cancellable_cancel (self->cancellable);
}

gboolean
_ac_export_dialog_get_busy (AcExportDialog *self)
{
  g_assert (AC_IS_EXPORT_DIALOG (self));

  return self->exporter != NULL;
}

/* “aftercare-2026-11-22.pdf” */
static char *
suggest_name (AcExportDialog *self)
{
  g_autofree char *day = NULL;

  g_assert (AC_IS_EXPORT_DIALOG (self));

  day = ac_date_format_iso (&self->today);
  return g_strdup_printf ("aftercare-%s.%s", day,
                          ac_transfer_format_get_extension (selected_format (self)));
}

static void
on_chooser_response (AcExportDialog *self,
                     int             response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL)
    _ac_export_dialog_export_to (self, file);
}

static void
on_export_clicked (AcExportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_name (self);
  AcTransferFormat format = selected_format (self);
  GDate from, to;

  if (self->chooser != NULL || self->exporter != NULL)
    return;
  show_message (self, NULL);
  if (!get_range (self, &from, &to))
    return;

  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                 _("_Export"), _("_Cancel")));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_set_name (filter, ac_transfer_format_get_label (format));
  gtk_file_filter_add_mime_type (filter, ac_transfer_format_get_mime_type (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
on_cancel_clicked (AcExportDialog *self)
{
  _ac_export_dialog_cancel (self);
}

static gboolean
ac_export_dialog_close_request (GtkWindow *window)
{
  AcExportDialog *self = AC_EXPORT_DIALOG (window);

  /* The exporter writes atomically: a cancelled export leaves nothing. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (ac_export_dialog_parent_class)->close_request (window);
}

static void
ac_export_dialog_dispose (GObject *object)
{
  AcExportDialog *self = AC_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (ac_export_dialog_parent_class)->dispose (object);
}

static void
ac_export_dialog_finalize (GObject *object)
{
  AcExportDialog *self = AC_EXPORT_DIALOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->clock);
  g_clear_object (&self->exporter);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ac_export_dialog_parent_class)->finalize (object);
}

static void
ac_export_dialog_class_init (AcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ac_export_dialog_dispose;
  object_class->finalize = ac_export_dialog_finalize;
  window_class->close_request = ac_export_dialog_close_request;

  /**
   * AcExportDialog::done:
   * @file: the file written
   *
   * The export is written; the dialog closes.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (AC_TYPE_DATE_BUTTON);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, format_group);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, pdf_group);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, from_button);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, to_button);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AcExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
ac_export_dialog_init (AcExportDialog *self)
{
  g_autoptr(GtkStringList) format_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) paper_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    gtk_string_list_append (format_names, ac_transfer_format_get_label (formats[i]));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (format_names));
  gtk_string_list_append (paper_names, ac_paper_get_label (AC_PAPER_A4));
  gtk_string_list_append (paper_names, ac_paper_get_label (AC_PAPER_LETTER));
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (paper_names));
  adw_combo_row_set_selected (self->paper_row, ac_paper_get_default () == AC_PAPER_LETTER ? 1 : 0);

  on_format_changed (self);
  on_period_changed (self);
}

/**
 * ac_export_dialog_new:
 * @parent: the main window
 * @context: the journal to export, and the clock: the periods end today
 *
 * Returns: (transfer none): a modal dialog, to present; GTK owns it
 */
AcExportDialog *
ac_export_dialog_new (GtkWindow *parent,
                      AcContext *context)
{
  AcExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);

  self = g_object_new (AC_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  ac_dialog_fit_parent (GTK_WINDOW (self));
  self->journal = g_object_ref (ac_context_get_journal (context));
  self->clock = g_object_ref (ac_context_get_clock (context));
  ac_clock_get_today (self->clock, &self->today);

  ac_date_button_set_date (self->to_button, &self->today);
  {
    GDate from = self->today;

    g_date_subtract_months (&from, 3);
    ac_date_button_set_date (self->from_button, &from);
  }

  return self;
}
