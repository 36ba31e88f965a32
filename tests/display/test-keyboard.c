/* test-keyboard.c — Aftercare with the keyboard alone: the focus starts on
 * the selected day, Tab follows the layout, and rows that do nothing are
 * not stops
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-keyboard"

#include "config.h"

#include <string.h>

#include "ac-checkin-editor.h"
#include "ac-day-details.h"
#include "ac-display-test.h"
#include "ac-export-dialog.h"
#include "ac-month-grid.h"
#include "ac-sample-journal.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

typedef struct
{
  AcContext *context;
  AcWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();

  f->window = ac_display_test_open_window (journal, 1100, 800, &f->context);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ac_display_test_close_window (f->window, f->context);
}

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

/* What Tab (or Shift+Tab) does: GtkWindow binds it to "move-focus". */
static GtkWidget *
tab (Fixture          *f,
     GtkDirectionType  direction)
{
  g_signal_emit_by_name (f->window, "move-focus", direction);
  ac_display_test_settle ();

  return focus_of (f);
}

static gboolean
is_in (GtkWidget *widget,
       GType      type)
{
  return widget != NULL && (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ||
                            gtk_widget_get_ancestor (widget, type) != NULL);
}

/* On launch the arrow keys move in the month: the focus is on today. */
static void
test_launch (Fixture       *f,
             gconstpointer  data)
{
  GDate today;
  GtkWidget *focus = focus_of (f);

  ac_sample_today (&today);
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (ac_display_test_find_day_cell (GTK_WIDGET (f->window), &today)));
}

/* Tab from the grid goes to the day panel beside it, then round to the
 * header bar and the calendar's own header, and back to the grid; every
 * stop is something that acts. */
static void
test_tab_order (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *start = focus_of (f);
  GtkWidget *focus;
  gboolean seen_details = FALSE;
  gboolean seen_header = FALSE;
  guint n;

  g_assert_true (is_in (start, AC_TYPE_MONTH_GRID));
  for (n = 0, focus = tab (f, GTK_DIR_TAB_FORWARD); !is_in (focus, AC_TYPE_MONTH_GRID); focus = tab (f, GTK_DIR_TAB_FORWARD), n++)
    {
      g_autofree char *path = NULL;

      g_assert_nonnull (focus);
      g_assert_cmpuint (n, <, 40);
      g_assert_true (gtk_widget_get_mapped (focus));
      g_test_message ("Tab: %s", G_OBJECT_TYPE_NAME (focus));
      if (is_in (focus, AC_TYPE_DAY_DETAILS))
        {
          /* The day panel comes right after the grid, before the header. */
          g_assert_false (seen_header);
          seen_details = TRUE;
        }
      else if (!is_in (focus, GTK_TYPE_EXPANDER))  /* the legend, under the grid */
        seen_header = TRUE;

      /* A row is a stop only when activating it does something. */
      if (GTK_IS_LIST_BOX_ROW (focus))
        g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (focus)));
    }
  g_assert_true (seen_details);
  g_assert_true (seen_header);
  /* Round once: back on the day it started from. */
  g_assert_true (focus == start);
}

/* Shift+Tab from "+" goes to the stop before it, round the window. */
static void
test_shift_tab_from_add (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *focus;

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->window->add_button)));
  g_assert_true (is_in (focus_of (f), GTK_TYPE_MENU_BUTTON));
  focus = tab (f, GTK_DIR_TAB_BACKWARD);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_false (is_in (focus, GTK_TYPE_MENU_BUTTON) &&
                  gtk_widget_is_ancestor (focus, GTK_WIDGET (f->window->add_button)));
  g_test_message ("Shift+Tab from +: %s", G_OBJECT_TYPE_NAME (focus));
  focus = tab (f, GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (f->window->add_button)) ||
                 focus == GTK_WIDGET (f->window->add_button));
}

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.delete") == 0;
}

static gboolean
is_shortcut (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_SHORTCUTS_SHORTCUT (widget);
}

static const char *
visible_view (Fixture *f)
{
  return adw_view_stack_get_visible_child_name (f->window->view_stack);
}

static gboolean
is_open_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.open-file") == 0;
}

/* The toast after an export has Open, for the file just written. */
static void
assert_export_toast_opens (Fixture   *f,
                           GtkWindow *export)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/aftercare-report.pdf");
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *open;
  GVariant *target;

  g_signal_emit_by_name (export, "done", file);
  ac_display_test_settle ();
  open = ac_display_test_find_widget (GTK_WIDGET (f->window->toast_overlay), is_open_button, NULL);
  g_assert_nonnull (open);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open)), ==, "_Open");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (open));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
}

/* Alt+1… follow the view switcher, however many views it has; Ctrl+E
 * exports; Delete deletes the record whose buttons have the focus. */
static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (f->window->view_stack));
  guint n_pages = g_list_model_get_n_items (pages);
  g_autoptr(GDate) deep = g_date_new_dmy (19, 11, 2026);
  AcJournal *journal = ac_context_get_journal (f->context);
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint n_sessions = g_list_model_get_n_items (sessions);
  GtkWidget *delete_button;
  GtkWindow *export;

  g_assert_cmpuint (n_pages, >=, 3);
  for (guint i = n_pages; i > 0; i--)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i - 1);
      g_autofree char *key = g_strdup_printf ("<Alt>%u", i);

      g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), key));
      g_assert_cmpstr (visible_view (f), ==, adw_view_stack_page_get_name (page));
    }
  /* Past the last view: nothing changes. */
  if (n_pages < 4)
    {
      g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Alt>4"));
      g_assert_cmpstr (visible_view (f), ==, "calendar");
    }

  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>e"));
  export = ac_display_test_find_toplevel (AC_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (export);
  assert_export_toast_opens (f, export);
  gtk_window_destroy (export);
  ac_display_test_settle ();

  ac_calendar_view_select_date (f->window->calendar_view, deep);
  ac_display_test_settle ();
  delete_button = ac_display_test_find_widget (GTK_WIDGET (f->window->calendar_view), is_delete_button, NULL);
  g_assert_nonnull (delete_button);
  g_assert_true (gtk_widget_grab_focus (delete_button));
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "Delete"));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, n_sessions - 1);
}

/* Every key the window binds is in the shortcuts window. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  const char *keys[] = { "<Control>n", "<Control>k", "<Control>e", "Delete", "<Alt>1", "<Alt>4",
                         "<Control>t", "Return", "<Control>question", "<Control>comma" };
  g_autoptr(GString) listed = g_string_new (" ");
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  ac_display_test_settle ();
  shortcuts = ac_display_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  for (guint n = 0;; n++)
    {
      GtkWidget *shortcut = ac_display_test_find_nth (GTK_WIDGET (shortcuts), is_shortcut, NULL, n);
      g_autofree char *accelerator = NULL;

      if (shortcut == NULL)
        break;
      g_object_get (shortcut, "accelerator", &accelerator, NULL);
      g_string_append_printf (listed, "%s ", accelerator);
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = g_strdup_printf (" %s ", keys[i]);

      if (strstr (listed->str, key) == NULL)
        g_error ("%s is not in the shortcuts window:%s", keys[i], listed->str);
    }
  gtk_window_destroy (shortcuts);
}

/* A list row that takes the focus but does nothing: an extra Tab stop. */
static gboolean
is_idle_stop (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_get_mapped (widget) &&
         ac_display_test_takes_keyboard (widget) &&
         !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
         !ADW_IS_EXPANDER_ROW (widget);
}

static void
assert_no_idle_stops (GtkWidget  *root,
                      const char *what)
{
  GtkWidget *row = ac_display_test_find_widget (root, is_idle_stop, NULL);

  if (row != NULL)
    g_error ("%s: a %s that does nothing takes the focus (title \"%s\")", what, G_OBJECT_TYPE_NAME (row),
             ADW_IS_PREFERENCES_ROW (row) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "");
}

/* In every view and editor, rows that only show something are passed
 * over by Tab. */
static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (f->window->view_stack));
  const char *editors[][2] = { { "win.new-session", "2026-11-20" }, { "win.check-in", "2026-11-18" } };

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      ac_window_show_view (f->window, adw_view_stack_page_get_name (page));
      ac_display_test_settle ();
      assert_no_idle_stops (GTK_WIDGET (f->window), adw_view_stack_page_get_name (page));
    }
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkWindow *editor;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), editors[i][0], "s", editors[i][1]));
      ac_display_test_settle ();
      editor = ac_display_test_find_toplevel (i == 0 ? AC_TYPE_SESSION_EDITOR : AC_TYPE_CHECKIN_EDITOR);
      assert_no_idle_stops (GTK_WIDGET (editor), editors[i][0]);
      gtk_window_destroy (editor);
      ac_display_test_settle ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = ac_display_test_isolate_xdg ();
  int status;

  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/keyboard/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("launch", test_launch);
  ADD ("tab-order", test_tab_order);
  ADD ("shift-tab-from-add", test_shift_tab_from_add);
  ADD ("shortcuts", test_shortcuts);
  ADD ("rows", test_rows);
  ADD ("shortcuts-window", test_shortcuts_window);
#undef ADD

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
