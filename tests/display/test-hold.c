/* test-hold.c — the main window while a warning sign holds massage: the
 * banner and its buttons, the Advice tab, the calendar's postpone marks
 * and suggestion, the toast after a check-in, the check-in editor that
 * asks before a symptom goes, and pictures of the banner
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-hold"

#include "config.h"

#include <string.h>

#include "ac-checkin-editor-private.h"
#include "ac-day-details.h"
#include "ac-display-test.h"
#include "ac-hold-banner.h"
#include "ac-month-grid.h"
#include "ac-window-private.h"

/* Today, in every test: Sunday 22 November 2026. */
#define TODAY_DAY   22
#define TODAY_MONTH 11

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
  f->folder = g_dir_make_tmp ("aftercare-hold-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  ac_display_test_remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

static GDate
day_of (int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, 2026);

  return date;
}

/* Swelling in one leg noted yesterday, which holds massage, and 8 days
 * ago, which alone would not; no soreness to speak of; sessions planned
 * 14 and 15 days ahead. */
static AcJournal *
swelling_journal (void)
{
  AcJournal *journal = ac_journal_new ();

  ac_display_test_add_session (journal, "2026-11-13T18:00:00+01:00", 60, AC_PRESSURE_DEEP, FALSE);
  ac_display_test_add_checkin (journal, "2026-11-14", 1, AC_SYMPTOM_LEG_SWELLING);
  ac_display_test_add_checkin (journal, "2026-11-21", 0, AC_SYMPTOM_LEG_SWELLING);
  ac_display_test_add_session (journal, "2026-12-06T11:00:00+01:00", 60, AC_PRESSURE_DEEP, TRUE);
  ac_display_test_add_session (journal, "2026-12-07T11:00:00+01:00", 60, AC_PRESSURE_LIGHT, TRUE);

  return journal;
}

/* A steady weekly rhythm, nothing planned, nothing to worry about: the
 * guidance engine suggests the next session. */
static AcJournal *
steady_journal (void)
{
  AcJournal *journal = ac_journal_new ();

  ac_display_test_add_session (journal, "2026-10-25T18:00:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE);
  ac_display_test_add_session (journal, "2026-11-01T18:00:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE);
  ac_display_test_add_session (journal, "2026-11-08T18:00:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE);
  ac_display_test_add_session (journal, "2026-11-15T18:00:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE);

  return journal;
}

/* The window on @journal (NULL: none yet), today 22 November 2026. */
static void
open_window (Fixture   *f,
             AcJournal *journal,
             int        width,
             int        height)
{
  GDate today = day_of (TODAY_MONTH, TODAY_DAY);

  if (journal != NULL)
    ac_display_test_write_journal (journal, f->path);
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  ac_journal_keeper_load (f->keeper);
  f->context = ac_display_test_context_for_keeper (f->keeper, &today);
  f->window = ac_window_new (NULL, f->context);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
  ac_display_test_wait_keeper (f->keeper);
}

static AcJournal *
journal_of (Fixture *f)
{
  return ac_journal_keeper_get_journal (f->keeper);
}

static gboolean
banner_shown (Fixture *f)
{
  return ac_hold_banner_get_revealed (f->window->hold_banner);
}

static GtkWidget *
banner_part (Fixture    *f,
             const char *id)
{
  return ac_display_test_get_part (GTK_WIDGET (f->window->hold_banner), AC_TYPE_HOLD_BANNER, id);
}

static gboolean
advice_needs_attention (Fixture *f)
{
  GtkWidget *child = adw_view_stack_get_child_by_name (f->window->view_stack, "advice");

  return adw_view_stack_page_get_needs_attention (adw_view_stack_get_page (f->window->view_stack, child));
}

static AcMonthGrid *
window_grid (Fixture *f)
{
  return AC_MONTH_GRID (gtk_widget_get_template_child (GTK_WIDGET (f->window->calendar_view),
                                                       AC_TYPE_CALENDAR_VIEW, "grid"));
}

static GtkWidget *
window_details (Fixture *f)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->calendar_view),
                                                    AC_TYPE_CALENDAR_VIEW, "details"));
}

/* Selects @month/@day in the calendar, and returns its cell. */
static AcDayCell *
show_day (Fixture *f,
          int      month,
          int      day)
{
  g_autofree char *iso = g_strdup_printf ("2026-%02d-%02d", month, day);
  GDate date = day_of (month, day);
  AcDayCell *cell;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-day", "s", iso));
  ac_display_test_settle ();
  cell = ac_display_test_find_day_cell (GTK_WIDGET (f->window->calendar_view), &date);
  g_assert_nonnull (cell);

  return cell;
}

/* Whether @cell's first chip is marked to postpone, on screen and for a
 * screen reader. */
static gboolean
cell_postponed (AcDayCell *cell)
{
  GtkWidget *chip = ac_display_test_find_nth_with_class (GTK_WIDGET (cell), "chip", 0);
  g_autofree char *label = ac_display_test_get_accessible_label (GTK_WIDGET (cell));
  gboolean marked;

  g_assert_nonnull (chip);
  marked = gtk_widget_has_css_class (chip, "postpone");
  g_assert_cmpint (marked, ==, strstr (label, "to postpone") != NULL);

  return marked;
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text);

/* The banner names the symptom and shows on every view; the Advice tab
 * asks for attention. */
static void
test_banner_shown (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  AcHold *hold;
  const char *title;

  open_window (f, journal, 1100, 760);
  hold = ac_context_get_hold (f->context);
  g_assert_true (ac_hold_is_on (hold));
  g_assert_true (banner_shown (f));
  title = gtk_label_get_text (GTK_LABEL (banner_part (f, "title")));
  g_assert_cmpstr (title, ==, ac_hold_get_title (hold));
  g_assert_nonnull (strstr (title, "Swelling in one leg"));
  g_assert_true (advice_needs_attention (f));

  /* Above the view stack: on every view. */
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (f->window->hold_banner)) ==
                 GTK_WIDGET (f->window->content_box));
  for (const char * const *view = (const char *[]) { "recovery", "advice", "insights", "calendar", NULL }; *view; view++)
    {
      ac_window_show_view (f->window, *view);
      ac_display_test_settle ();
      g_assert_true (gtk_widget_get_mapped (banner_part (f, "title")));
    }

  /* Named, with mnemonics, reachable by keyboard. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (ac_display_test_find_nth_with_class (GTK_WIDGET (f->window->hold_banner),
                                                                                        "hold", 0)),
                                   GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (banner_part (f, "advice_button"))));
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (banner_part (f, "checked_button"))));
  g_assert_true (gtk_widget_get_focusable (banner_part (f, "advice_button")));
  g_assert_true (gtk_widget_get_sensitive (banner_part (f, "checked_button")));
  g_assert_true (gtk_widget_is_sensitive (banner_part (f, "checked_button")));
  ac_display_test_assert_labelled (GTK_WIDGET (f->window->hold_banner));
}

/* Without a current symptom, no banner and no attention; the day the
 * symptom of the 14th was noted (day 1 of 7), a hold, shown at once. */
static void
test_banner_hidden (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  GDate day = day_of (11, 15);
  GListModel *checkins = ac_journal_get_checkins (journal);
  g_autoptr(AcCheckin) yesterday = g_list_model_get_item (checkins, g_list_model_get_n_items (checkins) - 1);

  g_assert_true (ac_journal_remove (journal, ac_checkin_get_id (yesterday), NULL));
  open_window (f, journal, 1100, 760);
  g_assert_false (ac_hold_is_on (ac_context_get_hold (f->context)));
  g_assert_false (banner_shown (f));
  g_assert_false (gtk_widget_get_child_visible (banner_part (f, "title")) &&
                  gtk_widget_get_mapped (banner_part (f, "title")));
  g_assert_false (advice_needs_attention (f));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-checked", NULL) &&
                  ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);

  ac_display_test_set_today (f->context, &day);
  ac_display_test_settle ();
  g_assert_true (banner_shown (f));
  g_assert_true (advice_needs_attention (f));
}

/* Show Advice opens the Advice page. */
static void
test_show_advice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();

  open_window (f, journal, 1100, 760);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "calendar");
  g_signal_emit_by_name (banner_part (f, "advice_button"), "clicked");
  ac_display_test_settle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "advice");
  g_assert_nonnull (f->window->advice_view);
}

/* No suggested day during a hold; each planned session within 14 days is
 * marked to postpone, on its chip and in its day's details, and one 15
 * days ahead is not. */
static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  GDate suggested;
  AcDayCell *cell;
  GtkWidget *details, *line;

  open_window (f, journal, 1100, 760);
  g_assert_false (ac_month_grid_get_suggested_date (window_grid (f), &suggested));
  g_assert_true (gtk_widget_get_visible (ac_display_test_get_part (GTK_WIDGET (f->window->calendar_view),
                                                                   AC_TYPE_CALENDAR_VIEW, "postpone_legend")));

  cell = show_day (f, 12, 6);
  g_assert_true (cell_postponed (cell));
  details = window_details (f);
  g_assert_nonnull (ac_display_test_find_label (details, "Postpone"));
  line = find_label_containing (details, "Hold off massage until this has been checked: Swelling in one leg");
  g_assert_nonnull (line);
  g_assert_true (gtk_widget_get_mapped (line));

  cell = show_day (f, 12, 7);
  g_assert_false (cell_postponed (cell));
  g_assert_null (ac_display_test_find_label (window_details (f), "Postpone"));
  g_assert_null (find_label_containing (window_details (f), "Hold off massage"));
}

/* The suggestion goes when a hold starts, and comes back when it ends. */
static void
test_suggestion (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) journal = steady_journal ();
  GDate suggested, day6 = day_of (11, 28), day7 = day_of (11, 29);

  open_window (f, journal, 1100, 760);
  g_assert_true (ac_month_grid_get_suggested_date (window_grid (f), &suggested));
  g_assert_false (banner_shown (f));
  g_assert_false (gtk_widget_get_visible (ac_display_test_get_part (GTK_WIDGET (f->window->calendar_view),
                                                                    AC_TYPE_CALENDAR_VIEW, "postpone_legend")));

  ac_display_test_add_checkin (journal_of (f), "2026-11-22", 1, AC_SYMPTOM_DARK_URINE);
  ac_display_test_settle ();
  g_assert_true (banner_shown (f));
  g_assert_false (ac_month_grid_get_suggested_date (window_grid (f), &suggested));

  /* Day 6, then 7 of the dark urine: the hold ends. */
  ac_display_test_set_today (f->context, &day6);
  ac_display_test_settle ();
  g_assert_true (banner_shown (f));
  g_assert_false (ac_month_grid_get_suggested_date (window_grid (f), &suggested));
  ac_display_test_set_today (f->context, &day7);
  ac_display_test_settle ();
  g_assert_false (banner_shown (f));
  g_assert_true (ac_month_grid_get_suggested_date (window_grid (f), &suggested));
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  return ac_display_test_find_widget (root, label_contains, text);
}

/* The check-in editor the window opened. */
static AcCheckinEditor *
find_checkin_editor (void)
{
  GtkWindow *editor = ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);

  g_assert_nonnull (editor);
  return AC_CHECKIN_EDITOR (editor);
}

/* Opens the check-in editor with @action ("win.check-in" with a day,
 * "win.edit" with an id). */
static AcCheckinEditor *
open_checkin_editor (Fixture    *f,
                     const char *action,
                     const char *target)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, "s", target));
  ac_display_test_settle ();

  return find_checkin_editor ();
}

static GtkCheckButton *
symptom_check (AcCheckinEditor *editor,
               AcSymptom        symptom)
{
  GtkWidget *group = ac_display_test_get_part (GTK_WIDGET (editor), AC_TYPE_CHECKIN_EDITOR, "symptoms_group");

  return GTK_CHECK_BUTTON (ac_display_test_find_named (group, GTK_TYPE_CHECK_BUTTON,
                                                       ac_symptom_get_label (symptom)));
}

/* Right after a check-in with a warning sign is saved, a toast says what
 * to do, and the banner is there; not after one without. */
static void
test_toast_after_checkin (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(AcJournal) journal = steady_journal ();
  AcCheckinEditor *editor;
  GtkWidget *overlay;

  open_window (f, journal, 1100, 760);
  overlay = GTK_WIDGET (f->window->toast_overlay);

  /* Yesterday, nothing to say. */
  editor = open_checkin_editor (f, "win.check-in", "2026-11-21");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ac_display_test_settle ();
  g_assert_null (find_label_containing (overlay, "hold off massage"));
  g_assert_false (banner_shown (f));

  /* Today, with swelling in one leg. */
  editor = open_checkin_editor (f, "win.check-in", "");
  gtk_check_button_set_active (symptom_check (editor, AC_SYMPTOM_LEG_SWELLING), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ac_display_test_settle ();
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
  g_assert_nonnull (ac_display_test_find_label (overlay, "Have this checked, and hold off massage"));
  g_assert_true (banner_shown (f));
  g_assert_true (advice_needs_attention (f));
}

/* A day that has a check-in opens it in the editor, with its symptom. */
static void
test_editor_opens_checkin (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  GDate yesterday = day_of (11, 21);
  AcCheckinEditor *editor;

  open_window (f, journal, 1100, 760);
  editor = open_checkin_editor (f, "win.check-in", "2026-11-21");
  g_assert_true (ac_checkin_editor_get_checkin (editor) ==
                 ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday));
  g_assert_true (gtk_check_button_get_active (symptom_check (editor, AC_SYMPTOM_LEG_SWELLING)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static AdwMessageDialog *
find_dialog (void)
{
  GtkWindow *dialog;

  ac_display_test_settle ();
  dialog = ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  return ADW_MESSAGE_DIALOG (dialog);
}

/* As a click on a response's button does in libadwaita 1.2: the
 * response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ac_display_test_settle ();
}

static guint
n_clearances (Fixture *f)
{
  return g_list_model_get_n_items (ac_journal_get_clearances (journal_of (f)));
}

/* Unticking a symptom the saved check-in lists asks first, naming it;
 * Cancel, Keep It and It's Been Checked keep it, only Remove drops it. */
static void
test_editor_asks_before_drop (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  GDate yesterday = day_of (11, 21);
  AcCheckinEditor *editor;
  AdwMessageDialog *dialog;
  AcCheckin *saved;

  open_window (f, journal, 1100, 760);
  editor = open_checkin_editor (f, "win.check-in", "2026-11-21");
  gtk_check_button_set_active (symptom_check (editor, AC_SYMPTOM_LEG_SWELLING), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));

  dialog = find_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Swelling in one leg”"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Saturday 21 November 2026"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remove"), ==, ADW_RESPONSE_DESTRUCTIVE);
  ac_display_test_render_png (GTK_WIDGET (dialog), "hold-drop-symptom-dialog");

  /* Cancel: back to the form, nothing saved. */
  respond (dialog, "cancel");
  g_assert_null (ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR) == GTK_WINDOW (editor));
  saved = ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday);
  g_assert_cmpuint (ac_checkin_get_symptoms (saved), ==, AC_SYMPTOM_LEG_SWELLING);

  /* Without the person's yes the journal refuses, and the editor says
   * why, naming the symptom. */
  g_assert_false (_ac_checkin_editor_save (editor));
  g_assert_true (gtk_revealer_get_reveal_child (ac_display_test_get_part (GTK_WIDGET (editor), AC_TYPE_CHECKIN_EDITOR,
                                                                          "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_text (ac_display_test_get_part (GTK_WIDGET (editor), AC_TYPE_CHECKIN_EDITOR,
                                                                          "error_label")),
                            "Swelling in one leg"));
  saved = ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday);
  g_assert_cmpuint (ac_checkin_get_symptoms (saved), ==, AC_SYMPTOM_LEG_SWELLING);

  /* Keep It: saved, with the symptom, and the other change. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (ac_display_test_get_part (GTK_WIDGET (editor),
                                                                                 AC_TYPE_CHECKIN_EDITOR,
                                                                                 "notes_view")),
                            "Left calf", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  respond (find_dialog (), "keep");
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
  saved = ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday);
  g_assert_cmpuint (ac_checkin_get_symptoms (saved), ==, AC_SYMPTOM_LEG_SWELLING);
  g_assert_cmpstr (ac_checkin_get_notes (saved), ==, "Left calf");

  /* It's Been Checked: the check-in keeps it, and a clearance of today
   * says it was checked. */
  editor = open_checkin_editor (f, "win.edit", ac_checkin_get_id (saved));
  gtk_check_button_set_active (symptom_check (editor, AC_SYMPTOM_LEG_SWELLING), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  respond (find_dialog (), "checked");
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
  saved = ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday);
  g_assert_cmpuint (ac_checkin_get_symptoms (saved), ==, AC_SYMPTOM_LEG_SWELLING);
  g_assert_cmpuint (n_clearances (f), ==, 1);
  {
    g_autoptr(AcClearance) clearance = g_list_model_get_item (ac_journal_get_clearances (journal_of (f)), 0);
    GDate today = day_of (TODAY_MONTH, TODAY_DAY);

    g_assert_cmpstr (ac_clearance_get_what (clearance), ==, "leg-swelling");
    g_assert_cmpint (g_date_compare (ac_clearance_get_date (clearance), &today), ==, 0);
    g_assert_true (ac_journal_remove (journal_of (f), ac_clearance_get_id (clearance), NULL));
  }

  /* Remove: the person's yes. */
  editor = open_checkin_editor (f, "win.edit", ac_checkin_get_id (saved));
  gtk_check_button_set_active (symptom_check (editor, AC_SYMPTOM_LEG_SWELLING), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  respond (find_dialog (), "remove");
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
  saved = ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday);
  g_assert_cmpuint (ac_checkin_get_symptoms (saved), ==, AC_SYMPTOM_NONE);
  g_assert_false (banner_shown (f));

  /* Adding a symptom, or keeping one, does not ask. */
  editor = open_checkin_editor (f, "win.edit", ac_checkin_get_id (saved));
  gtk_check_button_set_active (symptom_check (editor, AC_SYMPTOM_BRUISING), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ac_display_test_settle ();
  g_assert_null (ac_display_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR));
}

/* It's Been Checked… asks for a note, then records a clearance of each
 * cause dated today, saved; the banner goes; Undo takes them back and
 * the banner returns. */
static void
test_clearance_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  g_autoptr(AcJournal) on_disk = NULL;
  g_autoptr(AcClearance) clearance = NULL;
  GDate today = day_of (TODAY_MONTH, TODAY_DAY), yesterday = day_of (11, 21);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  gboolean engine_clears;

  open_window (f, journal, 1100, 760);
  g_assert_true (banner_shown (f));

  /* The banner's button, as a person presses it. */
  g_signal_emit_by_name (banner_part (f, "checked_button"), "clicked");
  dialog = find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Swelling in one leg"));
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (entry));
  ac_display_test_assert_label_contains (entry, "Note");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "checked");

  /* Cancel records nothing. */
  respond (dialog, "cancel");
  g_assert_cmpuint (n_clearances (f), ==, 0);

  g_signal_emit_by_name (banner_part (f, "checked_button"), "clicked");
  dialog = find_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "GP looked at it: fine");
  respond (dialog, "checked");
  ac_display_test_wait_keeper (f->keeper);

  g_assert_cmpuint (n_clearances (f), ==, 1);
  clearance = g_list_model_get_item (ac_journal_get_clearances (journal_of (f)), 0);
  g_assert_cmpstr (ac_clearance_get_what (clearance), ==, "leg-swelling");
  g_assert_cmpstr (ac_clearance_get_note (clearance), ==, "GP looked at it: fine");
  g_assert_cmpint (g_date_compare (ac_clearance_get_date (clearance), &today), ==, 0);
  g_assert_nonnull (ac_display_test_find_label (GTK_WIDGET (f->window->toast_overlay), "Marked as checked"));
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_nonnull (ac_journal_lookup_clearance (on_disk, ac_clearance_get_id (clearance)));
  g_clear_object (&on_disk);

  /* The symptom is kept; the guidance engine stops holding for it. */
  g_assert_cmpuint (ac_checkin_get_symptoms (ac_journal_lookup_checkin_for_date (journal_of (f), &yesterday)), ==,
                    AC_SYMPTOM_LEG_SWELLING);
  engine_clears = !ac_hold_is_on (ac_context_get_hold (f->context));
  if (engine_clears)
    {
      g_assert_false (banner_shown (f));
      g_assert_false (advice_needs_attention (f));
    }

  /* Undo: gone from the journal and the file; the hold is back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  ac_display_test_wait_keeper (f->keeper);
  g_assert_cmpuint (n_clearances (f), ==, 0);
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_null (ac_journal_lookup_clearance (on_disk, ac_clearance_get_id (clearance)));
  g_assert_true (banner_shown (f));
  g_assert_true (advice_needs_attention (f));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL) &&
                  n_clearances (f) != 0);

  if (!engine_clears)
    g_test_incomplete ("the guidance engine does not take clearances into account yet");
}

/* A check-in's history shows the clearance that covers each of its
 * symptoms: the earliest on or after its date; the day of a clearance
 * shows it too. */
static void
test_day_details_clearance (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcClearance) first = NULL;
  g_autoptr(AcClearance) second = NULL;
  GDate day = day_of (11, 20), later = day_of (11, 21);
  GtkWidget *details;

  ac_display_test_add_checkin (journal, "2026-11-14", 1, AC_SYMPTOM_LEG_SWELLING);
  ac_display_test_add_checkin (journal, "2026-11-19", 1, AC_SYMPTOM_BRUISING | AC_SYMPTOM_LEG_SWELLING);
  ac_display_test_add_checkin (journal, "2026-11-22", 1, AC_SYMPTOM_BRUISING);
  first = ac_clearance_new (&day, "bruising");
  ac_clearance_set_note (first, "GP looked at it: fine");
  g_assert_true (ac_journal_add_clearance (journal, first, NULL));
  second = ac_clearance_new (&later, "bruising");
  g_assert_true (ac_journal_add_clearance (journal, second, NULL));
  open_window (f, journal, 1100, 760);
  details = window_details (f);

  /* Covered by the earliest on or after it; its other symptom is not. */
  show_day (f, 11, 19);
  g_assert_nonnull (ac_display_test_find_label (details, "Checked on 20 Nov — GP looked at it: fine"));
  g_assert_null (ac_display_test_find_label (details, "Checked on 21 Nov"));
  g_assert_null (ac_display_test_find_nth_with_class (details, "clearance", 0));
  ac_display_test_render_png_on_window (details, "hold-day-details-covered");

  /* Another symptom. */
  show_day (f, 11, 14);
  g_assert_null (find_label_containing (details, "Checked on"));

  /* A check-in after the clearances: not covered. */
  show_day (f, 11, 22);
  g_assert_null (find_label_containing (details, "Checked on"));

  /* The days of the clearances. */
  show_day (f, 11, 20);
  g_assert_nonnull (ac_display_test_find_nth_with_class (details, "clearance", 0));
  g_assert_nonnull (ac_display_test_find_label (details, "Large or unexplained bruising"));
  g_assert_nonnull (ac_display_test_find_label (details, "GP looked at it: fine"));
  g_assert_false (gtk_widget_get_visible (ac_display_test_get_part (details, AC_TYPE_DAY_DETAILS, "empty")));
  ac_display_test_render_png_on_window (details, "hold-day-details-clearance");
  show_day (f, 11, 21);
  g_assert_nonnull (ac_display_test_find_nth_with_class (details, "clearance", 0));

  /* Follows the journal. */
  g_assert_true (ac_journal_remove (journal_of (f), ac_clearance_get_id (second), NULL));
  ac_display_test_settle ();
  g_assert_null (ac_display_test_find_nth_with_class (details, "clearance", 0));
}

/* Pictures of the window with the banner, to look at (not asserted):
 * wide and 360 px narrow, light and dark, on the calendar with the
 * postponed session's day selected. */
static void
test_pictures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcJournal) journal = swelling_journal ();
  struct { int width; const char *name; gboolean dark; } shots[] = {
    { 1100, "hold-banner-wide-light", FALSE },
    { 1100, "hold-banner-wide-dark", TRUE },
    { 360, "hold-banner-narrow-light", FALSE },
    { 360, "hold-banner-narrow-dark", TRUE },
  };
  AdwMessageDialog *dialog;

  open_window (f, journal, 1100, 760);
  show_day (f, 12, 6);
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      gtk_window_set_default_size (GTK_WINDOW (f->window), shots[i].width, 760);
      ac_display_test_settle ();
      ac_display_test_render_png (GTK_WIDGET (f->window), shots[i].name);
    }
  ac_display_test_set_dark (FALSE);

  /* The question It's Been Checked… asks, at 360 px. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark-checked", NULL));
  dialog = find_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "GP looked at it: fine");
  ac_display_test_settle ();
  ac_display_test_render_png (GTK_WIDGET (dialog), "hold-checked-dialog");
  respond (dialog, "cancel");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = NULL;
  int status;

  scratch = ac_display_test_isolate_xdg ();
  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/hold/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("banner-shown", test_banner_shown);
  ADD ("banner-hidden", test_banner_hidden);
  ADD ("show-advice", test_show_advice);
  ADD ("calendar", test_calendar);
  ADD ("suggestion", test_suggestion);
  ADD ("toast-after-check-in", test_toast_after_checkin);
  ADD ("editor-opens-check-in", test_editor_opens_checkin);
  ADD ("editor-asks-before-drop", test_editor_asks_before_drop);
  ADD ("clearance-round-trip", test_clearance_round_trip);
  ADD ("day-details-clearance", test_day_details_clearance);
  ADD ("pictures", test_pictures);
#undef ADD

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
