/* test-transfer-dialogs.c — the Export and Import dialogs: files written
 * and read back, the import preview and its apply, a bad file's message,
 * the window's actions, pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-transfer-dialogs"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ac-date-button.h"
#include "ac-display-test.h"
#include "ac-export-dialog-private.h"
#include "ac-import-dialog.h"
#include "ac-importer.h"
#include "ac-sample-journal.h"
#include "ac-window-private.h"

#define HEADER "kind,id,start,date,minutes,pressure,purpose,therapist,areas,planned,soreness,symptoms,notes\r\n"
#define ID1 "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
#define ID2 "2c5f39cb-3ab2-42e3-994a-1127e4ddb538"
#define ID3 "3d604adc-4bc3-43f4-a55b-2238f5eec649"
#define CHECKIN "checkin," ID2 ",,2026-11-21,,,,,,,3,,\r\n"
#define SESSION "session," ID1 ",2026-11-20T18:30:00+01:00,,60,deep,sport,,neck,false,,,\r\n"

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  AcJournalKeeper *keeper;
  AcContext       *context;
  AcWindow        *window;
} Fixture;

/* The sample journal's today (ac_sample_today). */
static const GDate *
sample_day (void)
{
  static GDate today;

  ac_sample_today (&today);
  return &today;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-transfer-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
destroy_toplevels (GType type)
{
  g_autoptr(GList) list = gtk_window_list_toplevels ();

  for (GList *l = list; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      gtk_window_destroy (l->data);
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) list = gtk_window_list_toplevels ();

  for (GList *l = list; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  destroy_toplevels (AC_TYPE_EXPORT_DIALOG);
  destroy_toplevels (AC_TYPE_IMPORT_DIALOG);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (f->folder, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

static void
write_journal (Fixture   *f,
               AcJournal *journal)
{
  g_autofree char *text = ac_journal_to_data (journal, NULL);

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
}

static void
wait_idle (Fixture *f)
{
  while (ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_LOADING ||
         ac_journal_keeper_get_busy (f->keeper))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

static void
open_window (Fixture *f)
{
  GDate today;

  ac_sample_today (&today);
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  ac_journal_keeper_load (f->keeper);
  f->context = ac_display_test_context_for_keeper (f->keeper, &today);
  f->window = ac_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_idle (f);
}

static GFile *
child_file (Fixture    *f,
            const char *name)
{
  g_autofree char *path = g_build_filename (f->folder, name, NULL);

  return g_file_new_for_path (path);
}

static void
on_exported (AcExportDialog *dialog,
             GFile          *file,
             GFile         **out)
{
  g_set_object (out, file);
}

/* Picks the item of the dialog's combo row @id that reads @label. */
static void
choose (AcExportDialog *dialog,
        const char     *id,
        const char     *label)
{
  AdwComboRow *row = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_EXPORT_DIALOG, id);
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("%s has no item %s", id, label);
}

/* What the dialog's combo row @id shows. */
static const char *
chosen (AcExportDialog *dialog,
        const char     *id)
{
  AdwComboRow *row = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_EXPORT_DIALOG, id);

  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

/* The error the dialog shows, or NULL. */
static const char *
export_message (AcExportDialog *dialog)
{
  GtkRevealer *revealer = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_EXPORT_DIALOG, "error_revealer");
  GtkLabel *label = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_EXPORT_DIALOG, "error_label");

  return gtk_revealer_get_reveal_child (revealer) ? gtk_label_get_label (label) : NULL;
}

/* Exports through the dialog; returns the file the dialog reported. */
static GFile *
export (Fixture          *f,
        AcJournal        *journal,
        AcTransferFormat  format,
        const char       *name)
{
  g_autoptr(GFile) file = child_file (f, name);
  GFile *done = NULL;
  g_autoptr(AcContext) context = NULL;
  AcExportDialog *dialog;
  GDate today;

  ac_sample_today (&today);
  context = ac_display_test_context_new (journal, &today);
  dialog = ac_export_dialog_new (NULL, context);
  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (on_exported), &done);
  choose (dialog, "format_row", ac_transfer_format_get_label (format));
  _ac_export_dialog_export_to (dialog, file);
  g_assert_true (_ac_export_dialog_get_busy (dialog));
  while (_ac_export_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (export_message (dialog));
  g_assert_nonnull (done);
  g_assert_true (g_file_equal (done, file));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  return done;
}

static void
assert_private (GFile *file)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (g_file_peek_path (file), &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  g_autoptr(GFile) csv = export (f, journal, AC_TRANSFER_FORMAT_CSV, "out.csv");
  g_autoptr(GFile) json = export (f, journal, AC_TRANSFER_FORMAT_JSON, "out.json");
  g_autoptr(GFile) pdf = export (f, journal, AC_TRANSFER_FORMAT_PDF, "out.pdf");
  g_autoptr(AcClock) clock = ac_display_test_clock_new (sample_day ());
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  g_autoptr(AcJournal) empty = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(AcJournal) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_records = g_list_model_get_n_items (ac_journal_get_sessions (journal)) +
                    g_list_model_get_n_items (ac_journal_get_checkins (journal));

  assert_private (csv);
  assert_private (json);
  assert_private (pdf);

  /* The CSV reads back as every record, new to an empty journal. */
  plan = ac_importer_read (importer, csv, empty, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW), ==, n_records);

  /* The JSON is a journal. */
  back = ac_journal_load (json, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (back)), ==,
                    g_list_model_get_n_items (ac_journal_get_sessions (journal)));

  g_assert_true (g_file_get_contents (g_file_peek_path (pdf), &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
}

/* Cancelling leaves no file, and the form comes back. */
static void
test_export_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  g_autoptr(GFile) file = child_file (f, "cancelled.pdf");
  g_autoptr(AcContext) context = ac_display_test_context_new (journal, sample_day ());
  AcExportDialog *dialog = ac_export_dialog_new (NULL, context);

  g_object_ref (dialog);
  choose (dialog, "format_row", ac_transfer_format_get_label (AC_TRANSFER_FORMAT_PDF));
  _ac_export_dialog_export_to (dialog, file);
  _ac_export_dialog_cancel (dialog);
  while (_ac_export_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_null (export_message (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Closing the dialog while it writes stops the export and leaves no file. */
static void
test_export_close (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  g_autoptr(GFile) file = child_file (f, "closed.pdf");
  g_autoptr(AcContext) context = ac_display_test_context_new (journal, sample_day ());
  AcExportDialog *dialog = ac_export_dialog_new (NULL, context);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  choose (dialog, "format_row", ac_transfer_format_get_label (AC_TRANSFER_FORMAT_PDF));
  _ac_export_dialog_export_to (dialog, file);
  gtk_window_close (GTK_WINDOW (dialog));
  while (_ac_export_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_finalize_object (dialog);
}

/* A folder that is not there: the dialog says so and stays open. */
static void
test_export_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  g_autoptr(GFile) file = child_file (f, "missing/out.csv");
  g_autoptr(AcContext) context = ac_display_test_context_new (journal, sample_day ());
  AcExportDialog *dialog = ac_export_dialog_new (NULL, context);
  const char *message;

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  _ac_export_dialog_export_to (dialog, file);
  while (_ac_export_dialog_get_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  message = export_message (dialog);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Could not export to out.csv: "));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* What the import dialog shows, as a person sees it --------------------- */

/* Whether it is still reading: its progress page is showing. */
static gboolean
import_busy (AcImportDialog *dialog)
{
  GtkStack *stack = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, "stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "progress") == 0;
}

/* The error shown: in the revealer above the list, or on the failed page;
 * NULL when none is. */
static const char *
import_message (AcImportDialog *dialog)
{
  GtkRevealer *revealer = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, "error_revealer");
  GtkStack *stack = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, "stack");

  if (gtk_revealer_get_reveal_child (revealer))
    return gtk_label_get_label (ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, "error_label"));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "failed") == 0)
    return adw_status_page_get_description (ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG,
                                                                      "failed_page"));
  return NULL;
}

/* The number a count shows: "new_count", "duplicate_count",
 * "conflict_count" or "unimportable_count". */
static guint
import_count (AcImportDialog *dialog,
              const char     *id)
{
  GtkLabel *label = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, id);

  return (guint) g_ascii_strtoull (gtk_label_get_label (label), NULL, 10);
}

/* Clicks Import: whether the dialog could (it is insensitive with nothing
 * selected). */
static gboolean
import_click (AcImportDialog *dialog)
{
  GtkWidget *button = ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG, "import_button");

  if (!gtk_widget_is_sensitive (button))
    return FALSE;
  g_signal_emit_by_name (button, "clicked");
  return TRUE;
}

static AcImportDialog *
import (Fixture    *f,
        AcJournal  *journal,
        const char *name,
        const char *text)
{
  g_autoptr(GFile) file = child_file (f, name);
  g_autoptr(AcContext) own = NULL;
  AcContext *context = f->context;
  AcImportDialog *dialog;

  /* Without the window, into a journal of a context of its own. */
  if (context == NULL || ac_context_get_journal (context) != journal)
    context = own = ac_display_test_context_new (journal, sample_day ());
  g_assert_true (g_file_set_contents (g_file_peek_path (file), text, -1, NULL));
  dialog = ac_import_dialog_new (f->window ? GTK_WINDOW (f->window) : NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 600);
  gtk_window_present (GTK_WINDOW (dialog));
  ac_import_dialog_open (dialog, file);
  while (import_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();

  return dialog;
}

/* The dialog with a file of tests/transfer/data. */
static AcImportDialog *
import_data (Fixture    *f,
             AcJournal  *journal,
             const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "..", "transfer", "data", name, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return import (f, journal, name, text);
}

static void
on_imported (AcImportDialog *dialog,
             const char     *summary,
             char          **out)
{
  g_free (*out);
  *out = g_strdup (summary);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AcJournal) start = ac_journal_new ();
  g_autoptr(AcClock) clock = ac_display_test_clock_new (sample_day ());
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  static const char text[] = HEADER SESSION CHECKIN;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(AcImportPlan) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *undone = NULL;
  AcImportDialog *dialog;
  AcJournal *journal;
  AcUndoStack *stack;
  gboolean saved = FALSE;

  /* A journal with a session and a check-in. */
  first = ac_importer_read_bytes (importer, bytes, "start.csv", start, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ac_import_plan_apply (first, start, NULL, &error));
  g_assert_no_error (error);
  write_journal (f, start);
  open_window (f);
  journal = ac_journal_keeper_get_journal (f->keeper);

  /* The same check-in, a new one, and one with the session's id. */
  dialog = import (f, journal, "more.csv",
                   HEADER CHECKIN
                   "checkin," ID3 ",,2026-11-22,,,,,,,2,,\r\n"
                   "checkin," ID1 ",,2026-11-19,,,,,,,4,,\r\n");
  g_assert_cmpstr (import_message (dialog), ==, NULL);
  g_assert_cmpuint (import_count (dialog, "new_count"), ==, 1);
  g_assert_cmpuint (import_count (dialog, "duplicate_count"), ==, 1);
  g_assert_cmpuint (import_count (dialog, "conflict_count"), ==, 0);
  g_assert_cmpuint (import_count (dialog, "unimportable_count"), ==, 1);
  /* One record selected: the button says how many it imports. */
  g_assert_cmpstr (gtk_button_get_label (ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG,
                                                                   "import_button")), ==, "_Import 1");
  /* A screen reader hears the counts as one sentence. */
  ac_display_test_assert_label_contains (ac_display_test_get_part (GTK_WIDGET (dialog), AC_TYPE_IMPORT_DIALOG,
                                                                   "counts_box"),
                                         "New: 1, duplicates: 1, conflicting: 0, not importable: 1");

  ac_display_test_settle ();
  ac_display_test_set_dark (FALSE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-light");
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-dark");
  ac_display_test_set_dark (FALSE);

  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (on_imported), &summary);
  g_assert_true (import_click (dialog));
  g_assert_cmpstr (summary, ==, "Imported 1 check-in");
  g_assert_nonnull (ac_journal_lookup_checkin (journal, ID3));
  g_assert_nonnull (ac_journal_lookup_checkin (journal, ID2));
  g_assert_nonnull (ac_journal_lookup_session (journal, ID1));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  /* The keeper saves it. */
  for (guint i = 0; i < 100 && !saved; i++)
    {
      g_autoptr(AcJournal) on_disk = NULL;

      wait_idle (f);
      on_disk = ac_journal_load (f->file, NULL, NULL);
      saved = on_disk != NULL && ac_journal_lookup_checkin (on_disk, ID3) != NULL;
    }
  g_assert_true (saved);

  /* The import is one step to undo; what was there before stays. */
  stack = ac_journal_keeper_get_undo_stack (f->keeper);
  g_assert_cmpstr (ac_undo_stack_get_undo_label (stack), ==, "Import of 1 record");
  undone = ac_undo_stack_undo (stack, NULL);
  g_assert_cmpstr (undone, ==, "Import of 1 record");
  g_assert_null (ac_journal_lookup_checkin (journal, ID3));
  g_assert_nonnull (ac_journal_lookup_checkin (journal, ID2));
  g_assert_nonnull (ac_journal_lookup_session (journal, ID1));
  wait_idle (f);
}

/* A backup of the journal file: its clearances and profile are listed
 * and counted like its records; notes for a therapist that differ from
 * the journal's are a conflict, kept unless chosen. */
static void
test_import_backup (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AcJournal) start_journal = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  g_autoptr(GDate) day = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  g_autofree char *long_day = ac_date_format_long (day);
  g_autofree char *title = g_strdup_printf ("Clearance: %s, bruising", long_day);
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  AcImportDialog *dialog;
  AcClearance *clearance;
  AcJournal *journal;

  ac_session_set_id (session, ID1);
  g_assert_true (ac_journal_add_session (start_journal, session, NULL));
  g_assert_true (ac_journal_set_therapist_notes (start_journal, "Mine", NULL));
  write_journal (f, start_journal);
  open_window (f);
  journal = ac_journal_keeper_get_journal (f->keeper);
  text = g_strdup_printf ("{\"format\":\"aftercare-journal\",\"version\":2,\n"
                          "\"profile\":{\"conditions\":[\"pregnant\"],\"avoid_areas\":[\"abdomen\"],"
                          "\"therapist_notes\":\"Theirs\"},\n"
                          "\"sessions\":[{\"id\":\"%s\",\"start\":\"2026-11-20T18:30:00+01:00\","
                          "\"minutes\":60,\"pressure\":\"deep\"}],\n"
                          "\"clearances\":[{\"id\":\"%s\",\"date\":\"2026-11-23\",\"what\":\"bruising\","
                          "\"note\":\"GP: fine\"}]}", ID1, ID3);

  dialog = import (f, journal, "backup.json", text);
  g_assert_cmpstr (import_message (dialog), ==, NULL);
  g_assert_cmpuint (import_count (dialog, "new_count"), ==, 2);
  g_assert_cmpuint (import_count (dialog, "duplicate_count"), ==, 1);
  g_assert_cmpuint (import_count (dialog, "conflict_count"), ==, 1);
  g_assert_cmpuint (import_count (dialog, "unimportable_count"), ==, 0);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog), title));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog), "Health profile"));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog), "Health profile: notes for a therapist"));
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-backup");

  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (on_imported), &summary);
  g_assert_true (import_click (dialog));
  g_assert_cmpstr (summary, ==, "Imported 1 clearance, the health profile");
  clearance = ac_journal_lookup_clearance (journal, ID3);
  g_assert_nonnull (clearance);
  g_assert_cmpstr (ac_clearance_get_note (clearance), ==, "GP: fine");
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal)), ==, AC_CONDITION_PREGNANT);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (journal)), ==, AC_AREA_ABDOMEN);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "Mine");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A file that does not read: the model's message, with its line. */
static void
test_import_bad (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  AcImportDialog *dialog = import (f, journal, "bad.csv", "kind,colour\r\nsession,red\r\n");
  const char *message = import_message (dialog);

  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "bad.csv: line 1: "));
  /* Nothing to import: the failed page, and no button to press. */
  g_assert_false (import_click (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, 0);
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-bad-file");
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static guint
count_visible_drop_downs (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget))
    return 0;
  if (GTK_IS_DROP_DOWN (widget))
    return 1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_visible_drop_downs (child);

  return n;
}

/* A calendar's sessions: each can be taken as planned or as done, and each
 * shows the time it will have in the journal (its own offset, 18:30 in
 * Berlin, not 16:30 in the test's UTC). */
static void
test_import_calendar (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  AcImportDialog *dialog = import_data (f, journal, "calendar.ics");

  g_assert_cmpstr (import_message (dialog), ==, NULL);
  g_assert_cmpuint (import_count (dialog, "new_count"), >, 0);
  g_assert_cmpuint (count_visible_drop_downs (GTK_WIDGET (dialog)), >, 0);
  ac_display_test_settle ();
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog), "Session: Tue 14 Jul 2026, 18:30, 60 min"));
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-calendar");

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* An event read in the real Europe/Berlin, where the file's incomplete
 * VTIMEZONE gives another offset, says so under its time. */
static void
test_import_zone_note (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  AcImportDialog *dialog = import_data (f, journal, "wordpress-berlin.ics");
  g_assert_cmpstr (import_message (dialog), ==, NULL);
  ac_display_test_settle ();
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog), "Session: Tue 8 Dec 2026, 18:00, 60 min"));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (dialog),
                                                "New; read in the time zone Europe/Berlin as this system knows it "
                                                "(+01:00); the file's own definition of “Europe/Berlin” gives +02:00"));
  ac_display_test_render_png (GTK_WIDGET (dialog), "import-dialog-zone-note");

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Many records: the list makes rows only for what is on screen. */
static void
test_import_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GString) text = g_string_new ("kind,date,soreness\r\n");
  g_autoptr(GTimer) timer = g_timer_new ();
  AcImportDialog *dialog;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 1, 1990);
  for (guint i = 0; i < 10000; i++)
    {
      g_string_append_printf (text, "checkin,%04d-%02d-%02d,%u\r\n", g_date_get_year (&day),
                              g_date_get_month (&day), g_date_get_day (&day), i % 11);
      g_date_add_days (&day, 1);
    }

  dialog = import (f, journal, "many.csv", text->str);
  g_test_message ("10,000 check-ins read and shown in %.2f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpstr (import_message (dialog), ==, NULL);
  g_assert_cmpuint (import_count (dialog, "new_count"), ==, 10000);
  g_assert_cmpuint (count_visible_drop_downs (GTK_WIDGET (dialog)), ==, 0);

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static gboolean
try_action (Fixture    *f,
            const char *name,
            GType       dialog_type)
{
  gboolean shown;

  gtk_widget_activate_action (GTK_WIDGET (f->window), name, NULL);
  shown = find_toplevel (dialog_type) != NULL;
  destroy_toplevels (dialog_type);

  return shown;
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();

  write_journal (f, journal);
  open_window (f);
  g_assert_true (try_action (f, "win.export", AC_TYPE_EXPORT_DIALOG));
  g_assert_true (try_action (f, "win.import", AC_TYPE_IMPORT_DIALOG));
}

static void
test_actions_read_only (Fixture       *f,
                        gconstpointer  data)
{
  const char *newer = "{\"format\":\"aftercare-journal\",\"version\":3,\"checkins\":["
                      "{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":4}]}";

  g_assert_true (g_file_set_contents (f->path, newer, -1, NULL));
  open_window (f);
  g_assert_true (try_action (f, "win.export", AC_TYPE_EXPORT_DIALOG));
  g_assert_false (try_action (f, "win.import", AC_TYPE_IMPORT_DIALOG));
}

static void
test_actions_failed (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "{", -1, NULL));
  open_window (f);
  g_assert_false (try_action (f, "win.export", AC_TYPE_EXPORT_DIALOG));
  g_assert_false (try_action (f, "win.import", AC_TYPE_IMPORT_DIALOG));
}

static void
test_export_pictures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();
  g_autoptr(AcContext) context = NULL;
  AcExportDialog *dialog;
  GDate today;

  ac_sample_today (&today);
  context = ac_display_test_context_new (journal, &today);
  dialog = ac_export_dialog_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 560);
  /* The locale's paper: A4 in the tests' C.UTF-8. */
  g_assert_cmpstr (chosen (dialog, "paper_row"), ==, ac_paper_get_label (ac_paper_get_default ()));
  g_assert_cmpstr (chosen (dialog, "paper_row"), ==, ac_paper_get_label (AC_PAPER_A4));
  choose (dialog, "format_row", ac_transfer_format_get_label (AC_TRANSFER_FORMAT_PDF));
  choose (dialog, "period_row", "From a day to a day");
  gtk_window_present (GTK_WINDOW (dialog));
  ac_display_test_settle ();
  ac_display_test_set_dark (FALSE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "export-dialog-light");
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "export-dialog-dark");
  ac_display_test_set_dark (FALSE);
  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/transfer-dialogs/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("export", test_export);
  ADD ("export-cancel", test_export_cancel);
  ADD ("export-close", test_export_close);
  ADD ("export-error", test_export_error);
  ADD ("export-pictures", test_export_pictures);
  ADD ("import", test_import);
  ADD ("import-backup", test_import_backup);
  ADD ("import-bad", test_import_bad);
  ADD ("import-calendar", test_import_calendar);
  ADD ("import-zone-note", test_import_zone_note);
  ADD ("import-many", test_import_many);
  ADD ("actions", test_actions);
  ADD ("actions-read-only", test_actions_read_only);
  ADD ("actions-failed", test_actions_failed);
#undef ADD

  return g_test_run ();
}
