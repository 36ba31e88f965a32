/* test-accessible-tree.c — what a screen reader hears in every view, every
 * editor and the preferences: a name for each control, heard once, never
 * a widget's type name
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-accessible-tree"

#include "config.h"

#include <string.h>

#include "ac-accessible-names.h"
#include "ac-checkin-editor.h"
#include "ac-display-test.h"
#include "ac-export-dialog.h"
#include "ac-preferences-window.h"
#include "ac-sample-journal.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

typedef struct
{
  AcContext *context;
  AcWindow  *window;
} Fixture;

/* The sample journal, with a health profile, a check-in with a warning
 * symptom today and a planned session (so the hold, its banner and the
 * "postpone" marks are on screen too). */
static AcJournal *
journal_new (void)
{
  AcJournal *journal = ac_sample_journal_new ();

  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS, NULL));
  ac_display_test_add_session (journal, "2026-11-24T18:30:00+01:00", 60, AC_PRESSURE_LIGHT, TRUE);

  return journal;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) journal = journal_new ();

  f->window = ac_display_test_open_window (journal, 1100, 800, &f->context);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ac_display_test_close_window (f->window, f->context);
}

static AcJournal *
journal_of (Fixture *f)
{
  return ac_context_get_journal (f->context);
}

/* The helper itself: it hears what GTK 4.8 makes of a doubled label, an
 * unnamed flow box child and a button labelled twice, and passes a
 * button named once. */
static void
test_checker (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic ("_Save");
  GtkWidget *length = gtk_spin_button_new_with_range (1, 600, 1);
  GtkWidget *length_label = gtk_label_new ("Length");
  GtkWidget *named = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  GtkWindow *window;
  g_autofree char *problems = NULL;
  g_autofree char *save_name = NULL;
  g_autofree char *length_name = NULL;
  guint n_checked;

  gtk_flow_box_append (GTK_FLOW_BOX (flow), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (length), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Length in minutes", -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (length), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  length_label, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (named), GTK_ACCESSIBLE_PROPERTY_LABEL, "Delete", -1);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_box_append (GTK_BOX (box), save);
  gtk_box_append (GTK_BOX (box), length_label);
  gtk_box_append (GTK_BOX (box), length);
  gtk_box_append (GTK_BOX (box), named);
  window = ac_display_test_window_new (box, 300, 300);

  save_name = ac_accessible_names_get_name (save);
  length_name = ac_accessible_names_get_name (length);
  g_assert_cmpstr (length_name, ==, "Length in minutes Length");
  g_test_message ("a mnemonic button is heard as \"%s\"", save_name);

  problems = ac_accessible_names_check_tree (GTK_WIDGET (window), &n_checked);
  g_assert_nonnull (problems);
  g_test_message ("%s", problems);
  g_assert_nonnull (strstr (problems, "GtkFlowBoxChild"));
  g_assert_nonnull (strstr (problems, "\"Length in minutes Length\""));
  g_assert_null (strstr (problems, "\"Delete\""));
  if (strstr (save_name, "Save Save") != NULL || g_str_has_prefix (save_name, "_Save "))
    g_assert_nonnull (strstr (problems, save_name));

  gtk_window_destroy (window);
}

static void
show_view (Fixture    *f,
           const char *name)
{
  ac_window_show_view (f->window, name);
  ac_display_test_settle ();
}

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDate) deep = g_date_new_dmy (19, 11, 2026);
  g_autoptr(GDate) planned = g_date_new_dmy (24, 11, 2026);
  g_autoptr(GDate) flagged = g_date_new_dmy (21, 11, 2026);

  show_view (f, "calendar");
  ac_accessible_names_assert_tree (GTK_WIDGET (f->window), "calendar, today");
  ac_calendar_view_select_date (f->window->calendar_view, deep);
  ac_display_test_settle ();
  ac_accessible_names_assert_tree (GTK_WIDGET (f->window), "calendar, a session and a check-in");
  ac_calendar_view_select_date (f->window->calendar_view, planned);
  ac_display_test_settle ();
  ac_accessible_names_assert_tree (GTK_WIDGET (f->window), "calendar, a planned session");
  ac_calendar_view_select_date (f->window->calendar_view, flagged);
  ac_display_test_settle ();
  ac_accessible_names_assert_tree (GTK_WIDGET (f->window), "calendar, a warning symptom");

  /* Narrow, with the view switcher at the bottom. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 700);
  ac_display_test_settle ();
  ac_accessible_names_assert_tree (GTK_WIDGET (f->window), "calendar, 360 px");
}

static void
test_other_views (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *pages = G_LIST_MODEL (adw_view_stack_get_pages (f->window->view_stack));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      const char *name = adw_view_stack_page_get_name (page);

      show_view (f, name);
      ac_accessible_names_assert_tree (GTK_WIDGET (f->window), name);
    }
  g_object_unref (pages);
}

static GtkWindow *
open_editor (Fixture    *f,
             const char *action,
             const char *target,
             GType       type)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, "s", target));
  ac_display_test_settle ();
  editor = ac_display_test_find_toplevel (type);
  g_assert_nonnull (editor);

  return editor;
}

static void
close_editor (GtkWindow *editor)
{
  gtk_window_destroy (editor);
  ac_display_test_settle ();
}

static void
test_editors (Fixture       *f,
              gconstpointer  data)
{
  AcJournal *journal = journal_of (f);
  GListModel *sessions = ac_journal_get_sessions (journal);
  g_autoptr(AcSession) session = g_list_model_get_item (sessions, g_list_model_get_n_items (sessions) - 2);
  g_autoptr(GDate) flagged = g_date_new_dmy (21, 11, 2026);
  AcCheckin *checkin = ac_journal_lookup_checkin_for_date (journal, flagged);
  GtkWindow *editor;

  g_assert_nonnull (checkin);

  editor = open_editor (f, "win.new-session", "2026-11-20", AC_TYPE_SESSION_EDITOR);
  ac_accessible_names_assert_tree (GTK_WIDGET (editor), "new session");
  close_editor (editor);

  editor = open_editor (f, "win.edit", ac_session_get_id (session), AC_TYPE_SESSION_EDITOR);
  ac_accessible_names_assert_tree (GTK_WIDGET (editor), "session");
  close_editor (editor);

  editor = open_editor (f, "win.check-in", "2026-11-18", AC_TYPE_CHECKIN_EDITOR);
  ac_accessible_names_assert_tree (GTK_WIDGET (editor), "new check-in");
  close_editor (editor);

  editor = open_editor (f, "win.edit", ac_checkin_get_id (checkin), AC_TYPE_CHECKIN_EDITOR);
  ac_accessible_names_assert_tree (GTK_WIDGET (editor), "check-in with a warning symptom");
  close_editor (editor);
}

/* Shows @dialog over the window, walks its tree and closes it. */
static void
assert_dialog (GtkWindow  *dialog,
               const char *what)
{
  gtk_window_present (dialog);
  ac_display_test_settle ();
  ac_accessible_names_assert_tree (GTK_WIDGET (dialog), what);
  close_editor (dialog);
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  assert_dialog (GTK_WINDOW (ac_preferences_window_new (GTK_WINDOW (f->window), f->context)),
                 "preferences");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  assert_dialog (GTK_WINDOW (ac_export_dialog_new (GTK_WINDOW (f->window), f->context)), "export");
}

/* GNOME's capitalisation: titles, row titles and buttons in header
 * capitals ("New Check-In", "Daily Check-In", the verb "Check In"), so
 * never the sentence form "Check-in" there. */
static void
assert_header_capitals (GtkWidget  *widget,
                        const char *what)
{
  const char *text = NULL;

  if (GTK_IS_WINDOW (widget))
    text = gtk_window_get_title (GTK_WINDOW (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  if (text != NULL && strstr (text, "Check-in") != NULL)
    g_error ("%s: \"%s\" is a title: \"Check-In\"", what, text);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_header_capitals (child, what);
}

static void
test_capitals (Fixture       *f,
               gconstpointer  data)
{
  AcJournal *journal = journal_of (f);
  g_autoptr(GDate) flagged = g_date_new_dmy (21, 11, 2026);
  AcCheckin *checkin = ac_journal_lookup_checkin_for_date (journal, flagged);
  AcPreferencesWindow *preferences;
  GtkWindow *editor;

  show_view (f, "advice");
  assert_header_capitals (GTK_WIDGET (f->window), "advice");
  editor = open_editor (f, "win.check-in", "2026-11-18", AC_TYPE_CHECKIN_EDITOR);
  assert_header_capitals (GTK_WIDGET (editor), "new check-in");
  close_editor (editor);
  editor = open_editor (f, "win.edit", ac_checkin_get_id (checkin), AC_TYPE_CHECKIN_EDITOR);
  assert_header_capitals (GTK_WIDGET (editor), "check-in");
  close_editor (editor);
  preferences = ac_preferences_window_new (GTK_WINDOW (f->window), f->context);
  gtk_window_present (GTK_WINDOW (preferences));
  ac_display_test_settle ();
  assert_header_capitals (GTK_WIDGET (preferences), "preferences");
  close_editor (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = ac_display_test_isolate_xdg ();
  int status;

  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/accessible-tree/checker", test_checker);
#define ADD(name, func) \
  g_test_add ("/accessible-tree/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("calendar", test_calendar);
  ADD ("views", test_other_views);
  ADD ("editors", test_editors);
  ADD ("preferences", test_preferences);
  ADD ("export", test_export);
  ADD ("capitals", test_capitals);
#undef ADD

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
