/* test-german-window.c — the app in German, rendered for a person to look
 * at: the calendar, recovery and advice pages, Preferences, Export and
 * Import, with the sample journal, from the build tree's de catalogue; no
 * label shows an English message the catalogue translates
 *
 * Skips when the de_DE.UTF-8 locale is not installed (as root:
 * sed -i 's/# de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen).
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-german-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ac-display-test.h"
#include "ac-export-dialog.h"
#include "ac-exporter.h"
#include "ac-import-dialog.h"
#include "ac-preferences-window.h"
#include "ac-sample-journal.h"
#include "ac-window-private.h"

static gboolean have_german;

static void
wait_idle (AcJournalKeeper *keeper)
{
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING ||
         ac_journal_keeper_get_busy (keeper))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

/* Every label under @widget that shows an English message of the
 * catalogue untranslated: its text is a msgid whose German differs. (Words
 * that are the same in both, such as "Aftercare", pass.) */
static void
assert_translated (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      const char *texts[] = { gtk_label_get_text (GTK_LABEL (widget)),
                              gtk_label_get_label (GTK_LABEL (widget)) };

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        if (texts[i][0] != '\0' && g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, texts[i]), texts[i]) != 0)
          g_error ("an English label is left: “%s” (German: “%s”)", texts[i],
                   g_dgettext (GETTEXT_PACKAGE, texts[i]));
    }

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_translated (child);
}

/* Preferences, Export and Import in German, wide and narrow. */
static void
render_dialogs (AcWindow        *window,
                AcJournalKeeper *keeper)
{
  static const char *const pages[] = { "health", "reminders", "data" };
  AcPreferencesWindow *preferences = ac_preferences_window_new (GTK_WINDOW (window),
                                                                ac_window_get_context (window));
  AcJournal *journal = ac_journal_keeper_get_journal (keeper);
  GtkWindow *dialogs[2];

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 720);
  gtk_window_present (GTK_WINDOW (preferences));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("de-preferences-%s", pages[i]);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), pages[i]);
      ac_display_test_settle ();
      assert_translated (GTK_WIDGET (preferences));
      ac_display_test_render_png (GTK_WIDGET (preferences), name);
    }
  gtk_window_destroy (GTK_WINDOW (preferences));

  dialogs[0] = GTK_WINDOW (ac_export_dialog_new (GTK_WINDOW (window), ac_window_get_context (window)));
  dialogs[1] = GTK_WINDOW (ac_import_dialog_new (GTK_WINDOW (window), ac_window_get_context (window)));

  /* The import's preview, of the journal's own records as a spreadsheet:
   * all of them already there. */
  {
    g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_CSV,
                                                      ac_context_get_clock (ac_window_get_context (window)));
    g_autoptr(GBytes) csv = ac_exporter_export (exporter, journal, NULL, NULL);
    g_autofree char *path = g_build_filename (g_get_tmp_dir (), "aftercare-german.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (g_file_set_contents (path, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));
    ac_import_dialog_open (AC_IMPORT_DIALOG (dialogs[1]), file);
    /* Until the progress page gives way to the preview. */
    while (g_strcmp0 (gtk_stack_get_visible_child_name (ac_display_test_get_part (GTK_WIDGET (dialogs[1]),
                                                                                  AC_TYPE_IMPORT_DIALOG,
                                                                                  "stack")),
                      "progress") == 0)
      g_main_context_iteration (NULL, TRUE);
    g_unlink (path);
  }

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      g_autofree char *name = g_strdup_printf ("de-%s-dialog", i == 0 ? "export" : "import");

      gtk_window_set_default_size (dialogs[i], 360, 560);
      gtk_window_present (dialogs[i]);
      ac_display_test_settle ();
      assert_translated (GTK_WIDGET (dialogs[i]));
      ac_display_test_render_png (GTK_WIDGET (dialogs[i]), name);
      gtk_window_destroy (dialogs[i]);
    }
}

static void
test_german_window (void)
{
  static const char *const pages[] = { "calendar", "recovery", "advice" };
  static const int widths[] = { 1100, 360 };
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AcJournal) sample = NULL;
  g_autoptr(AcJournalKeeper) keeper = NULL;
  g_autoptr(AcContext) context = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (AC_SAMPLE_DAY, AC_SAMPLE_MONTH, AC_SAMPLE_YEAR);
  AcWindow *window;

  if (!have_german)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }

  /* The catalogue is the build tree's, and it is German. */
  g_assert_cmpstr (_("Calendar"), ==, "Kalender");

  folder = g_dir_make_tmp ("aftercare-german-XXXXXX", NULL);
  path = g_build_filename (folder, "journal.json", NULL);
  file = g_file_new_for_path (path);
  sample = ac_sample_journal_new ();
  data = ac_journal_to_data (sample, NULL);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));

  keeper = ac_journal_keeper_new (file);
  ac_journal_keeper_load (keeper);
  context = ac_display_test_context_for_keeper (keeper, today);
  window = ac_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle (keeper);

  /* All the wide pictures, then all the narrow ones: a window that grows
   * back from narrow takes longer to settle than the test waits. */
  for (guint width = 0; width < G_N_ELEMENTS (widths); width++)
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        g_autofree char *name = g_strdup_printf ("de-window-%s-%s", pages[i],
                                                 widths[width] > 600 ? "wide" : "narrow");

        adw_view_stack_set_visible_child_name (window->view_stack, pages[i]);
        gtk_window_set_default_size (GTK_WINDOW (window), widths[width], 760);
        ac_display_test_settle ();
        assert_translated (GTK_WIDGET (window));
        ac_display_test_render_png (GTK_WIDGET (window), name);
      }

  render_dialogs (window, keeper);

  /* An emptied journal shows the welcome page, which is built then. */
  {
    AcJournal *journal = ac_journal_keeper_get_journal (keeper);
    GListModel *lists[] = { ac_journal_get_sessions (journal), ac_journal_get_checkins (journal) };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      while (g_list_model_get_n_items (lists[l]) > 0)
        {
          g_autoptr(GObject) record = g_list_model_get_item (lists[l], 0);
          const char *id = AC_IS_SESSION (record) ? ac_session_get_id (AC_SESSION (record))
                                                  : ac_checkin_get_id (AC_CHECKIN (record));

          g_assert_true (ac_journal_remove (journal, id, NULL));
        }
    gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
    ac_display_test_settle ();
    g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");
    assert_translated (GTK_WIDGET (window));
    ac_display_test_render_png (GTK_WIDGET (window), "de-window-welcome");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle (keeper);
  g_clear_object (&context);
  g_clear_object (&keeper);
  g_unlink (path);
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (folder, name, NULL);

        g_unlink (child);
      }
  }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  ac_display_test_init (&argc, &argv);

  /* gtk_test_init() fixes the locale to en_US; this test wants German,
   * with the build tree's catalogue (LOCALEDIR is the install prefix's). */
  have_german = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;
  if (have_german)
    {
      g_setenv ("LANGUAGE", "de", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_add_func ("/po/german-window", test_german_window);

  return g_test_run ();
}
