/* test-brief-actions.c — the main window's briefs: Brief for a
 * Therapist…, Brief for a Doctor… and Copy Brief as Text
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-brief-actions"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "ac-brief.h"
#include "ac-display-test.h"
#include "ac-resources.h"
#include "ac-window-private.h"

/* A window on a journal file of its own folder. */
typedef struct
{
  GFile           *folder;
  AcJournalKeeper *keeper;
  AcContext       *context;
  AcWindow        *window;
} Fixture;

/* The window on a journal file holding @journal, with a clock that stands
 * at noon on 22 November 2026. */
static void
fixture_set_up (Fixture   *f,
                AcJournal *journal)
{
  g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);
  g_autofree char *folder = g_dir_make_tmp ("aftercare-brief-XXXXXX", NULL);
  g_autoptr(GFile) file = NULL;

  f->folder = g_file_new_for_path (folder);
  file = g_file_get_child (f->folder, "journal.json");
  ac_display_test_write_journal (journal, g_file_peek_path (file));
  f->keeper = ac_journal_keeper_new (file);
  ac_journal_keeper_load (f->keeper);
  f->context = ac_display_test_context_for_keeper (f->keeper, today);
  f->window = ac_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  ac_display_test_wait_keeper (f->keeper);
  ac_display_test_settle ();
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ac_display_test_settle ();
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  ac_display_test_remove_tree (g_file_peek_path (f->folder));
  g_clear_object (&f->folder);
}

/* A journal with sessions, check-ins, a condition, areas to avoid and
 * notes; with @warning, a swollen leg noted two days ago. */
static AcJournal *
journal_new (gboolean warning)
{
  AcJournal *journal = ac_journal_new ();

  ac_display_test_add_session (journal, "2026-11-10T10:00:00+01:00", 60, AC_PRESSURE_DEEP, FALSE);
  ac_display_test_add_checkin (journal, "2026-11-11", 6, AC_SYMPTOM_NONE);
  ac_display_test_add_session (journal, "2026-11-18T10:00:00+01:00", 45, AC_PRESSURE_LIGHT, FALSE);
  ac_display_test_add_checkin (journal, "2026-11-19", 2, AC_SYMPTOM_NONE);
  if (warning)
    ac_display_test_add_checkin (journal, "2026-11-20", 3, AC_SYMPTOM_LEG_SWELLING);
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS, NULL));
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_LOWER_BACK, NULL));
  g_assert_true (ac_journal_set_therapist_notes (journal, "Old disc injury at L4.", NULL));

  return journal;
}

/* Runs win.brief for @audience as the menu does, writing to @file. */
static void
make_brief (Fixture    *f,
            const char *audience,
            GFile      *file)
{
  _ac_window_brief_set_test_file (f->window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.brief", "s", audience));
  while (_ac_window_brief_get_busy (f->window))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

static gboolean
toast_shown (Fixture    *f,
             const char *title)
{
  return ac_display_test_find_label (GTK_WIDGET (f->window), title) != NULL;
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix);
}

static char *
pdf_text (GFile *file)
{
  const char *argv[] = { "pdftotext", "-layout", g_file_peek_path (file), "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return text;
}

/* A PDF readable by its owner only: it holds health data. */
static void
assert_private_pdf (GFile *file)
{
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_cmpint (g_stat (g_file_peek_path (file), &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* Brief for a Therapist… writes the PDF, private, with the profile's
 * notes on it; a toast names the file. A file that cannot be written is
 * told, not written. */
static void
test_therapist (void)
{
  g_autoptr(AcJournal) journal = journal_new (FALSE);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autofree char *text = NULL;
  Fixture f;

  fixture_set_up (&f, journal);
  file = g_file_resolve_relative_path (f.folder, "therapist.pdf");
  make_brief (&f, "therapist", file);
  assert_private_pdf (file);
  g_assert_true (toast_shown (&f, "Brief saved as therapist.pdf"));
  text = pdf_text (file);
  g_assert_nonnull (strstr (text, "Brief for a Therapist"));
  g_assert_nonnull (strstr (text, "Old disc injury at L4."));

  fixture_tear_down (&f);

  /* A window of its own: the toasts come one after another. */
  fixture_set_up (&f, journal);
  nowhere = g_file_resolve_relative_path (f.folder, "no-such-folder/therapist.pdf");
  make_brief (&f, "therapist", nowhere);
  g_assert_false (g_file_query_exists (nowhere, NULL));
  g_assert_nonnull (ac_display_test_find_widget (GTK_WIDGET (f.window), is_label_starting,
                                                 "Could not save therapist.pdf: "));
  fixture_tear_down (&f);
}

/* Brief for a Doctor…: with a warning sign in the last 90 days, the PDF
 * with its date; with none, a toast says there is nothing to tell and no
 * file is written. */
static void
test_doctor (void)
{
  g_autoptr(AcJournal) with_warning = journal_new (TRUE);
  g_autoptr(AcJournal) without = journal_new (FALSE);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nothing = NULL;
  g_autofree char *text = NULL;
  Fixture f;

  fixture_set_up (&f, with_warning);
  file = g_file_resolve_relative_path (f.folder, "doctor.pdf");
  make_brief (&f, "doctor", file);
  assert_private_pdf (file);
  g_assert_true (toast_shown (&f, "Brief saved as doctor.pdf"));
  text = pdf_text (file);
  g_assert_nonnull (strstr (text, "Swelling in one leg"));
  fixture_tear_down (&f);

  fixture_set_up (&f, without);
  nothing = g_file_resolve_relative_path (f.folder, "nothing.pdf");
  make_brief (&f, "doctor", nothing);
  g_assert_false (g_file_query_exists (nothing, NULL));
  g_assert_true (toast_shown (&f, "No warning sign or hold in the last 90 days, so there is nothing for a doctor's brief"));
  fixture_tear_down (&f);
}

static void
on_text_read (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

/* Copy Brief as Text puts the therapist's brief, as AcBrief writes it for
 * today, on the clipboard, and says so. */
static void
test_copy (void)
{
  g_autoptr(AcJournal) journal = journal_new (TRUE);
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *copied = NULL;
  GDate today;
  Fixture f;

  fixture_set_up (&f, journal);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.copy-brief", NULL));
  ac_display_test_settle ();
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f.window)), NULL,
                                 on_text_read, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);

  ac_context_get_today (f.context, &today);
  brief = ac_brief_new (ac_context_get_journal (f.context), &today);
  expected = ac_brief_dup_text (brief);
  g_assert_cmpstr (copied, ==, expected);
  g_assert_nonnull (strstr (copied, "Old disc injury at L4."));
  g_assert_true (toast_shown (&f, "Brief for a therapist copied"));
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  /* Links the app's resources in from the static library. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/brief-actions/therapist", test_therapist);
  g_test_add_func ("/brief-actions/doctor", test_doctor);
  g_test_add_func ("/brief-actions/copy", test_copy);

  return g_test_run ();
}
