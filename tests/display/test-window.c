/* test-window.c — the main window on a real file: first run, a journal
 * that does not load, delete and undo, autosave, read-only, the editors
 * and the file, chips and tints, keys and menus, saves that fail, the
 * window's size, the application, pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ac-application.h"
#include "ac-calendar-view.h"
#include "ac-body-map.h"
#include "ac-checkin-editor.h"
#include "ac-date-button.h"
#include "ac-display-test.h"
#include "ac-fixture.h"
#include "ac-month-grid.h"
#include "ac-recovery-view.h"
#include "ac-soreness-chart.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

/* This program, for a second instance of the app (test_application). */

static const char *test_program;

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  AcJournalKeeper *keeper;
  AcContext       *context;
  AcWindow        *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-window-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  ac_display_test_remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

/* The window's context, on f->keeper, with a clock that stands at noon on
 * 22 November 2026. */
static void
make_context (Fixture *f)
{
  g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);

  f->context = ac_display_test_context_for_keeper (f->keeper, today);
}

static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  ac_journal_keeper_load (f->keeper);
  make_context (f);
  f->window = ac_window_new (NULL, f->context);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
  ac_display_test_wait_keeper (f->keeper);
}

static const char *
page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (f->window->main_stack);
}

/* A new user: no file yet, a welcome that offers the first session and
 * check-in, and nothing written until there is something to write. */
static void
test_first_run (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  AcJournal *journal;

  open_window (f, 1000, 720);
  g_assert_cmpstr (page (f), ==, "welcome");
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-welcome-light");
  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (f->window)), >=, 4);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->window)));

  journal = ac_journal_keeper_get_journal (f->keeper);
  g_assert_true (ac_journal_add_session (journal, session, NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_cmpstr (page (f), ==, "journal");
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* Without its last record the journal welcomes again. */
  g_assert_true (ac_journal_remove (journal, ac_session_get_id (session), NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_cmpstr (page (f), ==, "welcome");
}

/* The welcome page's buttons and the shortcuts open the editors. */
static void
test_editors_open (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *editor;

  open_window (f, 1000, 720);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-session", "s", ""));
  ac_display_test_settle ();
  editor = ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (f->window));
  gtk_window_destroy (editor);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.check-in", "s", "2026-11-21"));
  ac_display_test_settle ();
  editor = ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);
  g_assert_nonnull (editor);
  gtk_window_destroy (editor);

  /* The shortcuts window is built when asked for (Ctrl+?). */
  g_assert_null (ac_display_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  ac_display_test_settle ();
  editor = ac_display_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (f->window));
  gtk_window_destroy (editor);
}

static AcJournal *
realistic_journal (void)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(GDate) flagged = g_date_new_dmy (20, 11, 2026);
  g_autoptr(AcCheckin) red_flag = ac_checkin_new (flagged, 5);
  AcFixtureSpec spec;
  AcJournal *journal;

  ac_fixture_spec_typical (&spec, end);
  spec.years = 1;
  journal = ac_fixture_generate (&spec);
  ac_checkin_set_symptoms (red_flag, AC_SYMPTOM_BRUISING);
  g_assert_true (ac_journal_add_checkin (journal, red_flag, NULL));

  return journal;
}

/* Delete shows a toast whose Undo puts the very record back, and both
 * reach the file. */
static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  g_autoptr(AcSession) victim = NULL;
  g_autofree char *id = NULL;
  g_autoptr(AcJournal) on_disk = NULL;
  AcJournal *journal;
  guint n;

  ac_display_test_write_journal (generated, f->path);
  open_window (f, 1000, 720);
  g_assert_cmpstr (page (f), ==, "journal");
  journal = ac_journal_keeper_get_journal (f->keeper);
  n = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  victim = g_list_model_get_item (ac_journal_get_sessions (journal), n - 2);
  id = g_strdup (ac_session_get_id (victim));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", "s", id));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_null (ac_journal_lookup_session (journal, id));
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_null (ac_journal_lookup_session (on_disk, id));
  g_clear_object (&on_disk);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_true (ac_journal_lookup_session (journal, id) == victim);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, n);
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (ac_journal_lookup_session (on_disk, id));
}

/* The toast's button that reads @text ("Undo"). */
static GtkWidget *
toast_button (Fixture    *f,
              const char *text)
{
  GtkWidget *label = ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay), text);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

/* Ctrl+Z and Ctrl+Shift+Z: enabled only when there is a step to take
 * back or to make again; the toast says what was done. */
static void
test_undo_keys (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  g_autoptr(AcSession) victim = NULL;
  g_autoptr(AcSession) edit = NULL;
  g_autofree char *id = NULL;
  g_autoptr(AcJournal) on_disk = NULL;
  AcJournal *journal;
  GtkWidget *button;
  guint n;

  ac_display_test_write_journal (generated, f->path);
  open_window (f, 1000, 720);
  journal = ac_journal_keeper_get_journal (f->keeper);
  n = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  victim = g_list_model_get_item (ac_journal_get_sessions (journal), n - 1);
  id = g_strdup (ac_session_get_id (victim));

  /* Nothing done yet: neither key does anything. */
  g_assert_false (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
  g_assert_false (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", "s", id));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_null (ac_journal_lookup_session (journal, id));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay), "Session deleted"));
  button = toast_button (f, "Undo");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_false (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));

  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_true (ac_journal_lookup_session (journal, id) == victim);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, n);
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (ac_journal_lookup_session (on_disk, id));
  g_clear_object (&on_disk);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay),
                                                "Undid: Session deleted"));
  /* The one step is undone: nothing more to undo, one to redo. */
  g_assert_false (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));

  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_null (ac_journal_lookup_session (journal, id));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay),
                                                "Redid: Session deleted"));
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
  g_assert_true (ac_journal_lookup_session (journal, id) == victim);

  /* A new change: nothing left to redo. */
  edit = ac_session_copy (victim);
  ac_session_set_minutes (edit, 75);
  g_assert_true (ac_journal_update_session (journal, edit, NULL));
  g_assert_false (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
  g_assert_true (ac_journal_lookup_session (journal, id) == victim);
  ac_display_test_wait_keeper (f->keeper);

  /* A check-in with a warning sign comes back whole; a redo that takes
   * it away again names the symptom. */
  {
    g_autoptr(GDate) flagged = g_date_new_dmy (20, 11, 2026);
    g_autoptr(AcCheckin) red_flag = g_object_ref (ac_journal_lookup_checkin_for_date (journal, flagged));
    const char *checkin_id = ac_checkin_get_id (red_flag);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", "s", checkin_id));
    g_assert_null (ac_journal_lookup_checkin_for_date (journal, flagged));
    g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
    g_assert_true (ac_journal_lookup_checkin_for_date (journal, flagged) == red_flag);
    g_assert_cmpint (ac_checkin_get_symptoms (red_flag), ==, AC_SYMPTOM_BRUISING);
    g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));
    g_assert_null (ac_journal_lookup_checkin_for_date (journal, flagged));
    g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay),
                                                  "Redid: Check-in deleted. No longer noted: "
                                                  "Large or unexplained bruising"));
    ac_display_test_wait_keeper (f->keeper);
  }
}

/* A file that does not load: its message, no overwriting, then a new
 * journal that keeps the damaged file aside. */
static void
test_load_failure (Fixture       *f,
                   gconstpointer  data)
{
  const char *bad = "{\"format\":\"aftercare-journal\",\"version\":1,\n\"sessions\":[{\"minutes\":0}]}";
  g_autofree char *kept = NULL;
  const char *description;

  g_assert_true (g_file_set_contents (f->path, bad, -1, NULL));
  open_window (f, 1000, 720);
  g_assert_cmpstr (page (f), ==, "failed");
  description = adw_status_page_get_description (f->window->failed_page);
  g_assert_nonnull (strstr (description, "line 2: sessions[0].id: is missing"));
  /* No backup: none is promised, and there is no button for one. */
  g_assert_null (strstr (description, "restore"));
  g_assert_nonnull (strstr (description, "There is no backup"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->restore_button)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-backup", NULL) &&
                  ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_READY);
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-load-failed-light");
  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (f->window)), >=, 2);
  g_assert_true (g_file_get_contents (f->path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, bad);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.start-new", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_cmpstr (page (f), ==, "welcome");
}

/* A journal from a newer Aftercare: shown, with a banner, and nothing can
 * change it. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  const char *newer = "{\"format\":\"aftercare-journal\",\"version\":3,\"checkins\":["
                      "{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":4}]}";

  g_assert_true (g_file_set_contents (f->path, newer, -1, NULL));
  open_window (f, 1000, 720);
  g_assert_cmpstr (page (f), ==, "journal");
  g_assert_true (gtk_revealer_get_reveal_child (f->window->banner_revealer));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->banner_button)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-session", "s", "") &&
                  ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR) != NULL);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", "s",
                                              "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b") &&
                  ac_journal_lookup_checkin (ac_journal_keeper_get_journal (f->keeper),
                                             "8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b") == NULL);
}

/* Pictures of the window at full and phone width, light and dark; and
 * every button on screen has a name. */
static void
test_pictures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1100, "window-calendar-wide-light", FALSE },
    { 1100, "window-calendar-wide-dark", TRUE },
    { 360, "window-calendar-narrow-light", FALSE },
    { 360, "window-calendar-narrow-dark", TRUE },
  };

  ac_display_test_write_journal (generated, f->path);
  open_window (f, 1100, 760);
  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (f->window)), >, 10);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (GTK_WINDOW (f->window), shots[i].width, 760);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (f->window), shots[i].name);

      /* The bottom switcher is made when the window is first narrow. */
      if (shots[i].width > 360)
        g_assert_true (f->window->switcher_bar == NULL ||
                       !adw_view_switcher_bar_get_reveal (f->window->switcher_bar));
      else
        g_assert_true (f->window->switcher_bar != NULL &&
                       adw_view_switcher_bar_get_reveal (f->window->switcher_bar));
    }
  ac_display_test_set_dark (FALSE);
}

static void
set_now (Fixture    *f,
         const char *iso)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, local);

  g_assert_nonnull (now);
  ac_clock_set_now (ac_context_get_clock (f->context), now);
}

static AcSorenessChart *
window_chart (Fixture *f)
{
  return AC_SORENESS_CHART (gtk_widget_get_template_child (GTK_WIDGET (f->window->recovery_view),
                                                           AC_TYPE_RECOVERY_VIEW, "chart"));
}

/* The window's today, and what the views took from it: the advice's day
 * in words, and the first day of the chart's 3 months. */
static void
assert_today (Fixture    *f,
              int         day,
              const char *advice_day,
              const char *chart_first)
{
  GObject *date_label = gtk_widget_get_template_child (GTK_WIDGET (f->window->advice_view),
                                                       AC_TYPE_ADVICE_VIEW, "date_label");
  g_autofree char *first_text = NULL;
  GDate first, last, today;

  ac_context_get_today (f->context, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, day);
  g_assert_cmpint (g_date_get_month (&today), ==, G_DATE_NOVEMBER);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (date_label)), advice_day));
  ac_soreness_chart_get_window (window_chart (f), &first, &last);
  first_text = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&first), g_date_get_month (&first),
                                g_date_get_day (&first));
  g_assert_cmpstr (first_text, ==, chart_first);
}

/* Before the Advice view is built: the chart's first day. */
static void
assert_today_in_recovery (Fixture    *f,
                          const char *chart_first)
{
  g_autofree char *first_text = NULL;
  GDate first, last;

  ac_soreness_chart_get_window (window_chart (f), &first, &last);
  first_text = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&first), g_date_get_month (&first),
                                g_date_get_day (&first));
  g_assert_cmpstr (first_text, ==, chart_first);
}

/* The day moves on when the context's clock says so: at midnight, and
 * when it has moved on while the computer slept (AcClock's own tests,
 * tests/test-clock.c, check when a clock says so). Every view follows,
 * the ones built before and after alike. */
static void
test_day_change (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  AcClock *clock;

  ac_display_test_write_journal (generated, f->path);
  open_window (f, 1000, 720);
  clock = ac_context_get_clock (f->context);
  ac_window_show_view (f->window, "recovery");
  ac_display_test_settle ();
  assert_today_in_recovery (f, "2026-08-23");

  /* Two seconds to midnight, then three seconds on. */
  set_now (f, "2026-11-22T23:59:58");
  ac_window_show_view (f->window, "advice");
  ac_display_test_settle ();
  assert_today (f, 22, "Sunday 22 November", "2026-08-23");
  ac_clock_advance (clock, 3 * G_TIME_SPAN_SECOND);
  ac_display_test_settle ();
  assert_today (f, 23, "Monday 23 November", "2026-08-24");

  /* Asleep from the evening of the 23rd to the morning of the 25th. */
  set_now (f, "2026-11-25T08:00:00");
  g_object_notify (G_OBJECT (f->window), "is-active");
  ac_display_test_settle ();
  assert_today (f, 25, "Wednesday 25 November", "2026-08-26");

  /* And back: a clock set back (a test, a corrected clock) is followed. */
  set_now (f, "2026-11-20T09:00:00");
  ac_display_test_settle ();
  assert_today (f, 20, "Friday 20 November", "2026-08-21");
}

/* The journal as the file has it now. */
static AcJournal *
load_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  AcJournal *journal = ac_journal_load (f->file, NULL, &error);

  g_assert_no_error (error);
  return journal;
}

static GDate
make_day (int year,
          int month,
          int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return date;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* A shown button that activates the action named @action_name. */
static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static const GDate *
editor_date (GtkWindow *editor)
{
  GtkWidget *button = ac_display_test_find_widget (GTK_WIDGET (editor), is_of_type,
                                                     GSIZE_TO_POINTER (AC_TYPE_DATE_BUTTON));

  g_assert_nonnull (button);
  return ac_date_button_get_date (AC_DATE_BUTTON (button));
}

/* The control @id of the session editor's form. */
static gpointer
session_part (AcSessionEditor *editor,
              const char      *id)
{
  return ac_display_test_get_part (GTK_WIDGET (editor), AC_TYPE_SESSION_EDITOR, id);
}

/* The editors, driven in the window as a user would, change the file:
 * a new session, the same session edited, and a check-in. */
static void
test_editors_save (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  g_autoptr(AcJournal) on_disk = NULL;
  GDate date = make_day (2026, 11, 18);
  GDate today = make_day (2026, 11, 22);
  AcSessionEditor *session_editor;
  AcCheckinEditor *checkin_editor;
  AcSession *added = NULL;
  AcCheckin *checkin;
  guint n_sessions;

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1000, 720);
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (month));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-session", "s", ""));
  session_editor = AC_SESSION_EDITOR (ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR));
  g_assert_nonnull (session_editor);
  ac_date_button_set_date (session_part (session_editor, "date_button"), &date);
  gtk_spin_button_set_value (session_part (session_editor, "hour_spin"), 8);
  gtk_spin_button_set_value (session_part (session_editor, "minute_spin"), 15);
  gtk_spin_button_set_value (session_part (session_editor, "minutes_spin"), 75);
  gtk_toggle_button_set_active (session_part (session_editor, "deep_toggle"), TRUE);
  adw_combo_row_set_selected (session_part (session_editor, "purpose_row"), AC_PURPOSE_INJURY);
  gtk_editable_set_text (session_part (session_editor, "therapist_row"), "Bernd");
  ac_body_map_set_selected (session_part (session_editor, "area_map"), AC_AREA_CALVES);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (session_part (session_editor, "notes_view")), "Knots", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_editor), "editor.save", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR));

  on_disk = load_file (f);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==, n_sessions + 1);
  for (guint i = 0; i < n_sessions + 1; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (ac_journal_get_sessions (on_disk), i);

      if (g_strcmp0 (ac_session_get_therapist (session), "Bernd") == 0)
        added = session;
    }
  g_assert_nonnull (added);
  g_assert_cmpint (ac_session_get_minutes (added), ==, 75);
  g_assert_cmpint (ac_session_get_pressure (added), ==, AC_PRESSURE_DEEP);
  g_assert_cmpint (ac_session_get_purpose (added), ==, AC_PURPOSE_INJURY);
  g_assert_cmpint (ac_session_get_areas (added), ==, AC_AREA_CALVES);
  g_assert_cmpstr (ac_session_get_notes (added), ==, "Knots");
  g_assert_cmpint (g_date_time_get_day_of_month (ac_session_get_start (added)), ==, 18);
  g_assert_cmpint (g_date_time_get_hour (ac_session_get_start (added)), ==, 8);
  /* The calendar shows the day saved. */
  {
    GDate selected;

    ac_calendar_view_get_selected_date (f->window->calendar_view, &selected);
    g_assert_cmpint (g_date_compare (&selected, &date), ==, 0);
  }

  /* Edit: the same session, longer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit", "s",
                                             ac_session_get_id (added)));
  session_editor = AC_SESSION_EDITOR (ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR));
  g_assert_nonnull (session_editor);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (session_part (session_editor, "minutes_spin")), ==, 75);
  gtk_spin_button_set_value (session_part (session_editor, "minutes_spin"), 90);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_editor), "editor.save", NULL));
  ac_display_test_wait_keeper (f->keeper);
  {
    g_autofree char *id = g_strdup (ac_session_get_id (added));

    g_clear_object (&on_disk);
    on_disk = load_file (f);
    g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==, n_sessions + 1);
    g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (on_disk, id)), ==, 90);

    /* Each save is a step, told with Undo: Ctrl+Z takes the edit back. */
    g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay), "Session changed"));
    g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>z"));
    g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (ac_journal_keeper_get_journal (f->keeper),
                                                                        id)), ==, 75);
    g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control><Shift>z"));
    g_assert_cmpint (ac_session_get_minutes (ac_journal_lookup_session (ac_journal_keeper_get_journal (f->keeper),
                                                                        id)), ==, 90);
    ac_display_test_wait_keeper (f->keeper);
  }

  /* Ctrl+K: the selected day's check-in; for a day that hasn't come,
   * today's. */
  {
    const int offsets[] = { -3, 3, 1 };
    const int opened[] = { -3, 0, 0 };

    for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
      {
        GDate day = today, expected = today;

        if (offsets[i] < 0)
          g_date_subtract_days (&day, -offsets[i]);
        else
          g_date_add_days (&day, offsets[i]);
        if (opened[i] < 0)
          g_date_subtract_days (&expected, -opened[i]);
        ac_calendar_view_select_date (f->window->calendar_view, &day);
        g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>k"));
        checkin_editor = AC_CHECKIN_EDITOR (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
        g_assert_nonnull (checkin_editor);
        g_assert_cmpint (g_date_compare (editor_date (GTK_WINDOW (checkin_editor)), &expected), ==, 0);
        gtk_window_destroy (GTK_WINDOW (checkin_editor));
      }
  }
  ac_calendar_view_select_date (f->window->calendar_view, &today);
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>k"));
  checkin_editor = AC_CHECKIN_EDITOR (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
  g_assert_nonnull (checkin_editor);
  g_assert_cmpint (g_date_compare (editor_date (GTK_WINDOW (checkin_editor)), &today), ==, 0);
  gtk_range_set_value (ac_display_test_get_part (GTK_WIDGET (checkin_editor), AC_TYPE_CHECKIN_EDITOR,
                                                "soreness_scale"),
                       6);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ac_display_test_find_named (GTK_WIDGET (checkin_editor),
                                                                             GTK_TYPE_CHECK_BUTTON,
                                                                             "Large or unexplained bruising")),
                               TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (checkin_editor), "editor.save", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_clear_object (&on_disk);
  on_disk = load_file (f);
  checkin = ac_journal_lookup_checkin_for_date (on_disk, &today);
  g_assert_nonnull (checkin);
  g_assert_cmpint (ac_checkin_get_soreness (checkin), ==, 6);
  g_assert_cmpint (ac_checkin_get_symptoms (checkin), ==, AC_SYMPTOM_BRUISING);
}

static AcMonthGrid *
window_grid (Fixture *f)
{
  return AC_MONTH_GRID (gtk_widget_get_template_child (GTK_WIDGET (f->window->calendar_view),
                                                       AC_TYPE_CALENDAR_VIEW, "grid"));
}

static gboolean
is_day_cell (GtkWidget     *widget,
             gconstpointer  data)
{
  return AC_IS_DAY_CELL (widget);
}

static AcDayCell *
window_cell (Fixture *f,
             int      month,
             int      day)
{
  GDate date = make_day (2026, month, day);
  AcDayCell *cell = ac_display_test_find_day_cell (GTK_WIDGET (f->window->calendar_view), &date);

  g_assert_nonnull (cell);
  return cell;
}

/* The month of ac_display_test_month_journal_new () with nothing booked
 * ahead, its bruising and severe soreness checked, so that the guidance
 * engine suggests the next session, and a booking on the 17th not marked
 * done yet, outlined. */
static AcJournal *
unbooked_month_journal (void)
{
  AcJournal *journal = ac_display_test_month_journal_new ();
  GListModel *sessions = ac_journal_get_sessions (journal);

  for (guint i = g_list_model_get_n_items (sessions); i > 0; i--)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i - 1);

      if (ac_session_get_planned (session))
        g_assert_true (ac_journal_remove (journal, ac_session_get_id (session), NULL));
    }
  ac_display_test_add_session (journal, "2026-11-17T17:00:00+01:00", 60, AC_PRESSURE_MODERATE, TRUE);
  {
    g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);
    g_autoptr(AcClearance) bruising = ac_clearance_new (today, "bruising");
    g_autoptr(AcClearance) severe = ac_clearance_new (today, "soreness-severe");

    g_assert_true (ac_journal_add_clearance (journal, bruising, NULL));
    g_assert_true (ac_journal_add_clearance (journal, severe, NULL));
  }

  return journal;
}

/* The window on a month's journal: each day shows its sessions as chips
 * of their pressure, and is tinted by its soreness; and pictures of it,
 * a day with records selected, for the README. */
static void
test_chips_and_tints (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AcJournal) month = unbooked_month_journal ();
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1100, "window-month-wide-light", FALSE },
    { 1100, "window-month-wide-dark", TRUE },
    { 360, "window-month-narrow-light", FALSE },
    { 360, "window-month-narrow-dark", TRUE },
  };
  AcMonthGrid *grid;
  GtkWidget *details;
  GDate suggested;

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", "2026-11-20"));
  ac_display_test_settle ();

  g_assert_cmpuint (ac_display_test_cell_n_sessions (window_cell (f, 11, 3)), ==, 1);
  ac_display_test_assert_chip (window_cell (f, 11, 3), 0, "light", FALSE);
  ac_display_test_assert_chip (window_cell (f, 11, 10), 0, "moderate", FALSE);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (window_cell (f, 11, 12)), ==, 2);
  ac_display_test_assert_chip (window_cell (f, 11, 12), 0, "light", FALSE);
  ac_display_test_assert_chip (window_cell (f, 11, 12), 1, "moderate", FALSE);
  ac_display_test_assert_chip (window_cell (f, 11, 17), 0, "moderate", TRUE);
  ac_display_test_assert_chip (window_cell (f, 11, 20), 0, "deep", FALSE);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (window_cell (f, 11, 5)), ==, 0);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (window_cell (f, 11, 27)), ==, 0);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 11)), "soreness-mild"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 20)), "soreness-moderate"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 21)), "soreness-severe"));
  for (int day = 1; day <= 30; day++)
    if (day != 11 && day != 20 && day != 21)
      {
        GtkWidget *cell = GTK_WIDGET (window_cell (f, 11, day));

        g_assert_false (gtk_widget_has_css_class (cell, "soreness-mild"));
        g_assert_false (gtk_widget_has_css_class (cell, "soreness-moderate"));
        g_assert_false (gtk_widget_has_css_class (cell, "soreness-severe"));
      }

  g_assert_true (ac_display_test_cell_has_red_flag (window_cell (f, 11, 20)));
  g_assert_false (ac_display_test_cell_has_red_flag (window_cell (f, 11, 21)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 22)), "today"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 20)), "selected"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 12, 2)), "other-month"));

  /* The guidance engine's suggestion is marked, unless a hold is on
   * (GUIDANCE.md, "The hold"): the bruising of the 20th and the severe
   * soreness of the 21st are marked as checked today, which an engine
   * that takes clearances lets go. */
  grid = window_grid (f);
  if (ac_hold_is_on (ac_context_get_hold (f->context)))
    g_assert_false (ac_month_grid_get_suggested_date (grid, &suggested));
  else
    {
      g_assert_true (ac_month_grid_get_suggested_date (grid, &suggested));
      g_test_message ("suggested %u-%02u-%02u", g_date_get_year (&suggested), g_date_get_month (&suggested),
                      g_date_get_day (&suggested));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ac_display_test_find_day_cell (GTK_WIDGET (grid), &suggested)),
                                               "suggested"));
    }
  /* The selected day's records are beside the grid. */
  details = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->calendar_view),
                                                       AC_TYPE_CALENDAR_VIEW, "details"));
  g_assert_true (gtk_widget_has_css_class (ac_display_test_find_nth_with_class (details, "record", 0), "session"));
  g_assert_true (gtk_widget_has_css_class (ac_display_test_find_nth_with_class (details, "record", 1), "checkin"));
  g_assert_null (ac_display_test_find_nth_with_class (details, "record", 2));

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (GTK_WINDOW (f->window), shots[i].width, 760);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (f->window), shots[i].name);
    }
  ac_display_test_set_dark (FALSE);
}

/* A check-in is for the day given, else the calendar's selected day, as
 * a new session is: Ctrl+K and the add menu open the selected day's, and
 * a selected day that hasn't come gives today; the day panel's button
 * keeps its day. */
static void
test_check_in_today (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  GDate today = make_day (2026, 11, 22);
  GDate past = make_day (2026, 11, 10);
  GtkWindow *editor;
  GtkWidget *details, *button;

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);

  for (guint i = 0; i < 2; i++)
    {
      /* A past day, then a future one, shown in the calendar */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s",
                                                 i == 0 ? "2026-11-10" : "2026-11-27"));
      if (i == 0)
        g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>k"));
      else
        /* as the add menu's Check In… does */
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.check-in", "s", ""));
      ac_display_test_settle ();
      editor = ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);
      g_assert_nonnull (editor);
      g_assert_cmpint (g_date_compare (editor_date (editor), i == 0 ? &past : &today), ==, 0);
      gtk_window_destroy (editor);
    }

  /* The day panel's Check In, for the past day selected */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", "2026-11-10"));
  ac_display_test_settle ();
  details = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->calendar_view),
                                                       AC_TYPE_CALENDAR_VIEW, "details"));
  button = ac_display_test_find_widget (details, is_action_button, "win.check-in");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ac_display_test_settle ();
  editor = ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpint (g_date_compare (editor_date (editor), &past), ==, 0);
  gtk_window_destroy (editor);
}

/* win.show-day takes a day as YYYY-MM-DD and nothing else: another text
 * (which sscanf() once read as a day) leaves the calendar's day as it was. */
static void
test_show_day_iso (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  const char *not_days[] = { "2026-11-5", "2026-11-05 ", " 2026-11-05", "2026-11-05x",
                             "2026-11-05T10:00", "2026-02-29", "2026/11/05" };
  GDate expected = make_day (2026, 11, 10);
  GDate leap = make_day (2028, 2, 29);
  GDate day;

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", "2026-11-10"));
  ac_display_test_settle ();

  for (guint i = 0; i < G_N_ELEMENTS (not_days); i++)
    {
      g_test_message ("win.show-day “%s”", not_days[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", not_days[i]));
      ac_display_test_settle ();
      ac_calendar_view_get_selected_date (f->window->calendar_view, &day);
      g_assert_cmpint (g_date_compare (&day, &expected), ==, 0);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", "2028-02-29"));
  ac_display_test_settle ();
  ac_calendar_view_get_selected_date (f->window->calendar_view, &day);
  g_assert_cmpint (g_date_compare (&day, &leap), ==, 0);
}

/* Every control that takes the keyboard has a name for screen readers:
 * the window and its calendar, wide and narrow, and the editors opened
 * from it. */
static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  const char *editors[] = { "win.new-session", "win.check-in" };
  guint n_wide, n_narrow;

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", "2026-11-20"));
  ac_display_test_settle ();
  n_wide = ac_display_test_assert_labelled (GTK_WIDGET (f->window));
  /* The header's buttons, the calendar's, its 42 days, the records' */
  g_assert_cmpuint (n_wide, >=, 50);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 760);
  ac_display_test_settle ();
  n_narrow = ac_display_test_assert_labelled (GTK_WIDGET (f->window));
  g_test_message ("%u controls named wide, %u narrow", n_wide, n_narrow);
  g_assert_cmpuint (n_narrow, >=, 50);
  g_assert_true (adw_view_switcher_bar_get_reveal (f->window->switcher_bar));

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkWindow *editor;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), editors[i], "s", ""));
      ac_display_test_settle ();
      editor = i == 0 ? ac_display_test_find_toplevel (AC_TYPE_SESSION_EDITOR)
                      : ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);
      g_assert_nonnull (editor);
      g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (editor)), >, 15);
      gtk_window_destroy (editor);
    }
}

/* Saves fail while the journal's folder is a plain file, even for root. */
static void
break_folder (const char *folder)
{
  g_autofree char *aside = g_strconcat (folder, ".aside", NULL);

  g_assert_cmpint (g_rename (folder, aside), ==, 0);
  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));
}

static void
mend_folder (const char *folder)
{
  g_autofree char *aside = g_strconcat (folder, ".aside", NULL);

  g_assert_cmpint (g_unlink (folder), ==, 0);
  g_assert_cmpint (g_rename (aside, folder), ==, 0);
}

static void
wait_save_error (AcJournalKeeper *keeper)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ac_journal_keeper_get_save_error (keeper) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  ac_display_test_settle ();
}

static guint
n_sessions_in_file (Fixture *f)
{
  g_autoptr(AcJournal) on_disk = load_file (f);

  return g_list_model_get_n_items (ac_journal_get_sessions (on_disk));
}

/* The window with one session saved and a second that the disk refuses. */
static void
open_with_failing_save (Fixture *f)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();

  ac_display_test_add_session (journal, "2026-11-20T18:30:00+01:00", 60, AC_PRESSURE_DEEP, FALSE);
  ac_display_test_write_journal (journal, f->path);
  open_window (f, 1000, 720);

  break_folder (f->folder);
  ac_display_test_add_session (ac_journal_keeper_get_journal (f->keeper),
                               "2026-11-21T18:30:00+01:00", 45, AC_PRESSURE_LIGHT, FALSE);
  wait_save_error (f->keeper);
}

static AdwMessageDialog *
unsaved_dialog (void)
{
  GtkWindow *dialog = ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Your latest changes are not saved");
  return ADW_MESSAGE_DIALOG (dialog);
}

/* A change the disk refuses keeps the window open on close: it says why,
 * Cancel keeps it, Try Again tries again, and once the disk takes it the
 * window closes with the change in the file. */
static void
test_close_failing_save (Fixture       *f,
                         gconstpointer  data)
{
  AdwMessageDialog *dialog;
  const GError *error;

  open_with_failing_save (f);
  error = ac_journal_keeper_get_save_error (f->keeper);
  g_assert_nonnull (error);

  gtk_window_close (GTK_WINDOW (f->window));
  ac_display_test_settle ();
  g_assert_nonnull (f->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  dialog = unsaved_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            ac_journal_keeper_get_save_error (f->keeper)->message));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, "_Quit Without Saving");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "retry"), ==, "_Try Again");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "cancel"), ==, "_Cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (dialog)), ==, 3);
  ac_display_test_render_png (GTK_WIDGET (dialog), "window-unsaved-dialog-light");
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "window-unsaved-dialog-dark");
  ac_display_test_set_dark (FALSE);

  /* Cancel: the window stays, and so does the change, in memory. */
  adw_message_dialog_response (dialog, "cancel");
  ac_display_test_settle ();
  g_assert_null (ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (f->window);
  g_assert_true (ac_journal_has_unsaved_changes (ac_journal_keeper_get_journal (f->keeper)));

  /* Ctrl+W, with the disk still refusing: Try Again asks again. */
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>w"));
  adw_message_dialog_response (unsaved_dialog (), "retry");
  ac_display_test_settle ();
  g_assert_nonnull (f->window);
  dialog = unsaved_dialog ();

  /* The disk takes it: Try Again saves and closes. */
  mend_folder (f->folder);
  adw_message_dialog_response (dialog, "retry");
  ac_display_test_settle ();
  g_assert_null (f->window);
  g_assert_null (ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (n_sessions_in_file (f), ==, 2);
}

/* Quit Without Saving: the window closes and the file is as it was. */
static void
test_close_without_saving (Fixture       *f,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog;

  open_with_failing_save (f);

  /* At phone width the answers stack. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  ac_display_test_settle ();
  gtk_window_close (GTK_WINDOW (f->window));
  ac_display_test_settle ();
  g_assert_nonnull (f->window);
  dialog = unsaved_dialog ();
  ac_display_test_render_png (GTK_WIDGET (dialog), "window-unsaved-dialog-narrow-light");
  adw_message_dialog_response (dialog, "discard");
  ac_display_test_settle ();
  g_assert_null (f->window);
  g_assert_null (ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  mend_folder (f->folder);
  g_assert_cmpuint (n_sessions_in_file (f), ==, 1);
}

/* A failed save shows the banner, an alert for screen readers, with
 * Retry; Retry saves once the disk takes it, and the banner goes. */
static void
test_banner_retry (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *banner;

  open_with_failing_save (f);
  banner = gtk_revealer_get_child (f->window->banner_revealer);
  g_assert_true (gtk_revealer_get_reveal_child (f->window->banner_revealer));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (banner), GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (banner), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->banner_label),
                            ac_journal_keeper_get_save_error (f->keeper)->message));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->banner_button)));
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-save-failed-light");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-save-failed-narrow-dark");
  ac_display_test_set_dark (FALSE);

  mend_folder (f->folder);
  g_signal_emit_by_name (f->window->banner_button, "clicked");
  ac_display_test_wait_keeper (f->keeper);
  g_assert_null (ac_journal_keeper_get_save_error (f->keeper));
  g_assert_false (gtk_revealer_get_reveal_child (f->window->banner_revealer));
  g_assert_cmpuint (n_sessions_in_file (f), ==, 2);
}

/* Another program (aftercare-cli) checks in while the window is open: the
 * window notices, merges, says so, and the day shows it. */
static void
test_file_monitor (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  const char *cli = g_getenv ("AFTERCARE_CLI");
  g_autoptr(GError) error = NULL;
  GDate day = make_day (2026, 11, 18);
  gint64 end;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("AFTERCARE_CLI is not set");
      return;
    }

  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 18)), "soreness-severe"));

  {
    const char *argv[] = { cli, "--file", f->path, "check-in", "--date", "2026-11-18",
                           "--soreness", "8", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ac_journal_lookup_checkin_for_date (ac_journal_keeper_get_journal (f->keeper), &day) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  ac_display_test_wait_keeper (f->keeper);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window_cell (f, 11, 18)), "soreness-severe"));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay),
                                                "Updated with changes made by another program"));
  g_assert_false (ac_journal_has_unsaved_changes (ac_journal_keeper_get_journal (f->keeper)));
}

/* A journal that does not load, with a backup: Restore Backup brings the
 * backup back and keeps the damaged file beside it. */
static void
test_restore_backup (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AcJournal) month = ac_display_test_month_journal_new ();
  g_autofree char *backup = g_strconcat (f->path, ".bak", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean kept = FALSE;
  GtkWidget *start_new;

  ac_display_test_write_journal (month, backup);
  g_assert_true (g_file_set_contents (f->path, "{\"format\":", -1, NULL));
  open_window (f, 1000, 720);
  g_assert_cmpstr (page (f), ==, "failed");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window->restore_button)));
  g_assert_nonnull (strstr (adw_status_page_get_description (f->window->failed_page),
                            "restore the backup"));
  start_new = ac_display_test_find_widget (GTK_WIDGET (f->window->main_stack), is_action_button,
                                           "win.start-new");
  g_assert_nonnull (start_new);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (start_new)), ==, "Start _New Journal");

  g_signal_emit_by_name (f->window->restore_button, "clicked");
  /* The files are read and written on a worker thread; meanwhile neither
   * button can start it again. */
  g_assert_cmpstr (page (f), ==, "failed");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (f->window->restore_button)));
  g_assert_false (gtk_widget_is_sensitive (start_new));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_cmpstr (page (f), ==, "journal");
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (ac_journal_keeper_get_journal (f->keeper))), ==,
                    g_list_model_get_n_items (ac_journal_get_sessions (month)));
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay),
                                                "The backup was restored; the damaged file was kept beside it"));

  dir = g_dir_open (f->folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "journal.json.damaged-"))
      {
        g_autofree char *path = g_build_filename (f->folder, name, NULL);
        g_autofree char *contents = NULL;

        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, "{\"format\":");
        kept = TRUE;
      }
  g_assert_true (kept);
}

/* The window's size is kept in GSettings. */
static void
test_size_saved (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AcWindow *window;
  int width, height;

  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_load (f->keeper);
  ac_display_test_wait_keeper (f->keeper);
  make_context (f);

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = ac_window_new (NULL, f->context);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  gtk_window_present (GTK_WINDOW (window));
  ac_display_test_settle ();
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (window)));

  gtk_window_set_default_size (GTK_WINDOW (window), 1020, 700);
  ac_display_test_settle ();
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (window), "<Control>w"));
  g_assert_null (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1020);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* Whether it is maximized is saved the same way, but only a window
   * manager maximizes a window, and the test's X server has none. */
}

/* The window's own keys: Ctrl+N, Ctrl+K and Ctrl+W. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  struct { const char *key; GType editor; } keys[] = {
    { "<Control>n", AC_TYPE_SESSION_EDITOR },
    { "<Control>k", AC_TYPE_CHECKIN_EDITOR },
  };
  GtkWindow *editor;

  open_window (f, 1000, 720);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_null (ac_display_test_find_toplevel (keys[i].editor));
      g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), keys[i].key));
      editor = ac_display_test_find_toplevel (keys[i].editor);
      g_assert_nonnull (editor);
      g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (f->window));
      /* Escape in the editor closes it. */
      g_assert_true (ac_display_test_send_key (editor, "Escape"));
      g_assert_null (ac_display_test_find_toplevel (keys[i].editor));
    }

  g_assert_true (ac_display_test_send_key (GTK_WINDOW (f->window), "<Control>w"));
  g_assert_null (f->window);
}

/* "label → action(target)" for each item, sections in brackets. */
static void
describe_menu (GMenuModel *menu,
               GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      if (section != NULL)
        {
          g_string_append (out, "[");
          describe_menu (section, out);
          g_string_append (out, "]");
          continue;
        }

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_string_append_printf (out, "%s → %s", label, action);
      if (target != NULL)
        g_string_append_printf (out, "(%s)", g_variant_get_string (target, NULL));
      g_string_append (out, "; ");
    }
}

/* The "+" menu and the primary menu hold what the issue asks for, and
 * the "+" menu's items open their editors. */
static void
test_menus (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GString) add = g_string_new (NULL);
  g_autoptr(GString) primary = g_string_new (NULL);
  GMenuModel *add_menu;
  GtkMenuButton *primary_button;

  open_window (f, 1000, 720);
  add_menu = gtk_menu_button_get_menu_model (f->window->add_button);
  describe_menu (add_menu, add);
  g_assert_cmpstr (add->str, ==,
                   "[New _Session… → win.new-session(); _Check In… → win.check-in(); ]");

  primary_button = GTK_MENU_BUTTON (ac_display_test_find_widget (GTK_WIDGET (f->window),
                                                                is_primary_menu_button, NULL));
  g_assert_nonnull (primary_button);
  describe_menu (gtk_menu_button_get_menu_model (primary_button), primary);
  g_assert_cmpstr (primary->str, ==,
                   "[_Export… → win.export; _Import… → win.import; ]"
                   "[Brief for a _Therapist… → win.brief(therapist); Brief for a _Doctor… → win.brief(doctor); "
                   "Copy Brief as _Text → win.copy-brief; ]"
                   "[_Preferences → app.preferences; _Keyboard Shortcuts → win.show-help-overlay; "
                   "_About Aftercare → app.about; ]");

  /* The "+" menu's items, as the menu activates them */
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (add_menu, 0, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;
      GtkWindow *editor;

      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (section, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), action, target));
      ac_display_test_settle ();
      editor = ac_display_test_find_toplevel (i == 0 ? AC_TYPE_SESSION_EDITOR : AC_TYPE_CHECKIN_EDITOR);
      g_assert_nonnull (editor);
      gtk_window_destroy (editor);
    }
}

static void
collect_shortcuts (GtkWidget  *widget,
                   GPtrArray  *accelerators,
                   GPtrArray  *keys)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, accelerators, keys);

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_ptr_array_add (accelerators, accelerator);
    }
  else if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUT_LABEL) != NULL)
    g_ptr_array_add (keys, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
}

static gboolean
contains (GPtrArray  *strings,
          const char *wanted)
{
  return g_ptr_array_find_with_equal_func (strings, wanted, g_str_equal, NULL);
}

/* The shortcuts window lists the calendar's and the editors' keys, with
 * names a person reads. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GtkWindow *shortcuts;

  open_window (f, 1000, 720);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  ac_display_test_settle ();
  shortcuts = ac_display_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  collect_shortcuts (GTK_WIDGET (shortcuts), accelerators, keys);

  g_assert_true (contains (accelerators, "<Control>n"));
  g_assert_true (contains (accelerators, "<Control>k"));
  g_assert_true (contains (accelerators, "<Control>question"));
  g_assert_true (contains (accelerators, "<Control>w"));
  g_assert_true (contains (accelerators, "<Control>q"));
  g_assert_true (contains (accelerators, "<Alt>Left <Alt>Right Page_Up Page_Down"));
  g_assert_true (contains (accelerators, "<Control>t Home"));
  g_assert_true (contains (accelerators, "<Control>Return"));
  g_assert_true (contains (accelerators, "Escape"));

  g_assert_true (contains (keys, "Page Up"));
  g_assert_true (contains (keys, "Page Down"));
  for (guint i = 0; i < keys->len; i++)
    if (strchr (g_ptr_array_index (keys, i), '_') != NULL)
      g_error ("A key reads %s", (char *) g_ptr_array_index (keys, i));

  gtk_window_set_default_size (shortcuts, 900, 700);
  ac_display_test_render_png (GTK_WIDGET (shortcuts), "shortcuts-light");
  ac_display_test_set_dark (TRUE);
  ac_display_test_render_png (GTK_WIDGET (shortcuts), "shortcuts-dark");
  ac_display_test_set_dark (FALSE);
  gtk_window_set_default_size (shortcuts, 360, 640);
  ac_display_test_render_png (GTK_WIDGET (shortcuts), "shortcuts-narrow-light");
  gtk_window_destroy (shortcuts);
}

/* In a German locale the week starts on Monday: the grid begins with
 * Monday 26 October and its first column is "Mo". In a child process,
 * as the locale is the process's. */
static void
test_week_start_monday (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AcJournal) month = NULL;
  AcMonthGrid *grid;
  GDate first = make_day (2026, 10, 26);

  if (!g_test_subprocess ())
    {
      g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
      gboolean available = setlocale (LC_TIME, "de_DE.UTF-8") != NULL;

      setlocale (LC_TIME, saved);
      if (!available)
        {
          g_test_skip ("The de_DE.UTF-8 locale is not installed");
          return;
        }
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  month = ac_display_test_month_journal_new ();
  ac_display_test_write_journal (month, f->path);
  open_window (f, 1100, 760);
  grid = window_grid (f);
  g_assert_cmpint (ac_month_grid_get_week_start (grid), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ac_display_test_find_nth_with_class (GTK_WIDGET (grid), "weekday", 0))), ==, "Mo");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ac_display_test_find_nth_with_class (GTK_WIDGET (grid), "weekday", 6))), ==, "So");
  g_assert_cmpint (g_date_compare (ac_day_cell_get_date (AC_DAY_CELL (ac_display_test_find_nth (GTK_WIDGET (grid), is_day_cell, NULL, 0))), &first), ==, 0);
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-calendar-monday-light");
}

/* The application */

typedef struct
{
  guint     n_activations;
  gboolean  done;
  char     *folder;      /* the journal's, under $XDG_DATA_HOME */
} AppRun;

static void
on_second_instance_done (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Runs in the first activation, inside the application's main loop. */
static void
drive_application (GtkApplication *application,
                   AppRun         *run)
{
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  AcWindow *window = AC_WINDOW (gtk_application_get_active_window (application));
  AcJournalKeeper *keeper = ac_window_get_keeper (window);
  AcJournal *journal;
  GtkWindow *shortcuts;
  AdwMessageDialog *dialog;
  gboolean second_done = FALSE;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  ac_display_test_wait_keeper (keeper);
  journal = ac_journal_keeper_get_journal (keeper);
  folder = g_file_get_parent (ac_journal_keeper_get_file (keeper));
  run->folder = g_file_get_path (folder);

  /* The primary menu's actions, and the application's keys */
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (application), "preferences"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (application), "about"));
  accels = gtk_application_get_accels_for_action (application, "app.quit");
  g_assert_cmpstr (accels[0], ==, "<Control>q");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (application, "win.show-help-overlay");
  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (window), "<Control>question"));
  shortcuts = ac_display_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_destroy (shortcuts);

  /* Single instance: a second launch presents this window. */
  second = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                             test_program, "--second-instance", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (second, NULL, on_second_instance_done, &second_done);
  while (!second_done || run->n_activations < 2)
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
  g_assert_cmpuint (run->n_activations, ==, 2);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (application)), ==, 1);
  g_assert_true (gtk_application_get_active_window (application) == GTK_WINDOW (window));

  /* Ctrl+Q while the disk refuses a change: the app stays, and asks. */
  ac_display_test_add_session (journal, "2026-11-20T18:30:00+01:00", 60, AC_PRESSURE_DEEP, FALSE);
  ac_display_test_wait_keeper (keeper);
  break_folder (run->folder);
  ac_display_test_add_session (journal, "2026-11-21T18:30:00+01:00", 45, AC_PRESSURE_LIGHT, FALSE);
  wait_save_error (keeper);
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (window), "<Control>q"));
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = unsaved_dialog ();

  /* The disk takes it again: Try Again saves and quits. */
  mend_folder (run->folder);
  adw_message_dialog_response (dialog, "retry");
  ac_display_test_settle ();
  g_assert_null (window);
  run->done = TRUE;
}

static void
on_activate (GtkApplication *application,
             AppRun         *run)
{
  if (++run->n_activations == 1)
    drive_application (application, run);
}

/* The app itself: its keys and menus' actions, a single instance, and
 * quitting while a save fails. In a child process, as it owns the app's
 * name on the session bus and its journal is the default one. */
static void
test_application (void)
{
  g_autoptr(AcApplication) application = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AcJournal) on_disk = NULL;
  AppRun run = { 0 };
  char *argv[] = { (char *) "aftercare", NULL };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 100 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  application = ac_application_new ();
  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 1, argv), ==, 0);
  g_assert_true (run.done);

  file = ac_journal_get_default_file ();
  on_disk = ac_journal_load (file, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (on_disk)), ==, 2);
  g_free (run.folder);
}

/* The second instance of test_application: it hands its launch to the
 * first and exits. */
static int
run_second_instance (void)
{
  g_autoptr(AcApplication) application = ac_application_new ();
  char *argv[] = { (char *) "aftercare", NULL };

  return g_application_run (G_APPLICATION (application), 1, argv);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = NULL;
  int status;

  if (argc == 2 && g_str_equal (argv[1], "--second-instance"))
    return run_second_instance ();

  /* The application's journal and settings are the default ones. */
  scratch = ac_display_test_isolate_xdg ();
  test_program = argv[0];
  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-run", test_first_run);
  ADD ("editors-open", test_editors_open);
  ADD ("delete-undo", test_delete_undo);
  ADD ("undo-keys", test_undo_keys);
  ADD ("load-failure", test_load_failure);
  ADD ("read-only", test_read_only);
  ADD ("pictures", test_pictures);
  ADD ("day-change", test_day_change);
  ADD ("editors-save", test_editors_save);
  ADD ("chips-and-tints", test_chips_and_tints);
  ADD ("check-in-today", test_check_in_today);
  ADD ("show-day-iso", test_show_day_iso);
  ADD ("close-failing-save", test_close_failing_save);
  ADD ("close-without-saving", test_close_without_saving);
  ADD ("banner-retry", test_banner_retry);
  ADD ("file-monitor", test_file_monitor);
  ADD ("restore-backup", test_restore_backup);
  ADD ("size-saved", test_size_saved);
  ADD ("keys", test_keys);
  ADD ("menus", test_menus);
  ADD ("shortcuts-window", test_shortcuts_window);
  ADD ("week-start-monday", test_week_start_monday);
  ADD ("accessible", test_accessible);
#undef ADD
  g_test_add_func ("/window/application", test_application);

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
