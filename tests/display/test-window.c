/* test-window.c — the main window on a real file: first run, a journal
 * that does not load, delete and undo, autosave, read-only, pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include "ac-checkin-editor.h"
#include "ac-display-test.h"
#include "ac-fixture.h"
#include "ac-recovery-view-private.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

/* In ac-window.c: the time the window reads instead of the clock. */
void _ac_window_set_now (AcWindow  *self,
                         GDateTime *now);

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  AcJournalKeeper *keeper;
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
  g_clear_object (&f->keeper);
  ac_display_test_remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

static void
open_window (Fixture *f,
             int      width,
             int      height)
{
  g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);

  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  ac_journal_keeper_load (f->keeper);
  f->window = ac_window_new (NULL, f->keeper);
  ac_window_set_today (f->window, today);
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

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_true (ac_journal_lookup_session (journal, id) == victim);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, n);
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (ac_journal_lookup_session (on_disk, id));
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
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-backup", NULL) &&
                  ac_journal_keeper_get_state (f->keeper) == AC_KEEPER_READY);
  ac_display_test_render_png (GTK_WIDGET (f->window), "window-load-failed-light");
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
  const char *newer = "{\"format\":\"aftercare-journal\",\"version\":2,\"checkins\":["
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

static gboolean
time_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
set_now (Fixture    *f,
         const char *iso)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, local);

  g_assert_nonnull (now);
  _ac_window_set_now (f->window, now);
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
  GDate first, last;

  g_assert_cmpint (g_date_get_day (&f->window->today), ==, day);
  g_assert_cmpint (g_date_get_month (&f->window->today), ==, G_DATE_NOVEMBER);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (date_label)), advice_day));
  ac_soreness_chart_get_window (_ac_recovery_view_get_chart (f->window->recovery_view), &first, &last);
  first_text = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&first), g_date_get_month (&first),
                                g_date_get_day (&first));
  g_assert_cmpstr (first_text, ==, chart_first);
}

/* The day moves on at midnight, by the window's own look at the clock;
 * and when the window is active again after the computer slept through
 * midnight, at once. */
static void
test_day_change (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  gboolean timed_out = FALSE;
  guint id;

  ac_display_test_write_journal (generated, f->path);
  open_window (f, 1000, 720);
  ac_window_show_view (f->window, "recovery");
  ac_window_show_view (f->window, "advice");
  ac_display_test_settle ();
  assert_today (f, 22, "Sunday 22 November", "2026-08-23");

  /* Two seconds to midnight: the window looks again just after it. */
  set_now (f, "2026-11-22T23:59:58");
  g_object_notify (G_OBJECT (f->window), "is-active");
  assert_today (f, 22, "Sunday 22 November", "2026-08-23");
  set_now (f, "2026-11-23T00:00:01");
  id = g_timeout_add_seconds (10, time_out, &timed_out);
  while (g_date_get_day (&f->window->today) != 23 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  ac_display_test_settle ();
  assert_today (f, 23, "Monday 23 November", "2026-08-24");

  /* Asleep from the evening of the 23rd to the morning of the 25th: the
   * window's next look would be up to a minute late, but coming back to
   * the window is enough. */
  set_now (f, "2026-11-25T08:00:00");
  g_object_notify (G_OBJECT (f->window), "is-active");
  ac_display_test_settle ();
  assert_today (f, 25, "Wednesday 25 November", "2026-08-26");

  /* Looks on the same day change nothing: a day set by hand stays. */
  {
    g_autoptr(GDate) earlier = g_date_new_dmy (20, 11, 2026);

    ac_window_set_today (f->window, earlier);
    g_object_notify (G_OBJECT (f->window), "is-active");
    ac_display_test_settle ();
    assert_today (f, 20, "Friday 20 November", "2026-08-21");
  }
}

int
main (int   argc,
      char *argv[])
{
  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-run", test_first_run);
  ADD ("editors-open", test_editors_open);
  ADD ("delete-undo", test_delete_undo);
  ADD ("load-failure", test_load_failure);
  ADD ("read-only", test_read_only);
  ADD ("pictures", test_pictures);
  ADD ("day-change", test_day_change);
#undef ADD

  return g_test_run ();
}
