/* test-calendar-view.c — the Calendar page: month grid, day cells,
 * keyboard, day details, journal changes, accessibility, and pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-calendar-view"

#include "config.h"

#include "ac-adaptive-box.h"
#include "ac-calendar-view.h"
#include "ac-day-details.h"
#include "ac-display-test.h"
#include "ac-resources.h"
#include "ac-month-grid.h"

/* The month grid shows six weeks. */
#define N_CELLS 42

/* November 2026 (ac_display_test_month_journal_new), today the 22nd. The
 * tests run in the C locale, where weeks start on Sunday: 1 November 2026
 * is a Sunday, so the grid shows 1 November to 12 December. */

static GDate
day (int year,
     int month,
     int day_of_month)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day_of_month, month, year);

  return date;
}

typedef struct
{
  AcContext      *context;
  AcJournal      *journal;     /* the context's */
  AcCalendarView *view;
  AcMonthGrid    *grid;
  AcDayDetails   *details;
  GtkWindow      *window;
  char           *action;      /* the last win.* action activated */
  char           *parameter;   /* and its string parameter */
} Fixture;

static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->action);
  g_free (fixture->parameter);
  fixture->action = g_strdup (g_action_get_name (G_ACTION (action)));
  fixture->parameter = g_variant_dup_string (parameter, NULL);
}

/* The window's actions, which AcWindow provides in the app. */
static const GActionEntry win_actions[] = {
  { "new-session", record_action, "s" },
  { "check-in", record_action, "s" },
  { "edit", record_action, "s" },
  { "delete", record_action, "s" },
};

static void
fixture_set_up (Fixture *fixture,
                int      width,
                int      height)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GDate today = day (2026, 11, 22);
  GDate suggested = day (2026, 11, 25);

  g_autoptr(AcJournal) journal = ac_display_test_month_journal_new ();

  fixture->context = ac_display_test_context_new (journal, &today);
  fixture->journal = ac_context_get_journal (fixture->context);
  fixture->view = AC_CALENDAR_VIEW (ac_calendar_view_new (fixture->context));
  fixture->grid = AC_MONTH_GRID (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                                AC_TYPE_CALENDAR_VIEW, "grid"));
  fixture->details = AC_DAY_DETAILS (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                                    AC_TYPE_CALENDAR_VIEW, "details"));
  ac_calendar_view_set_suggested_date (fixture->view, &suggested);
  ac_calendar_view_select_date (fixture->view, &today);

  g_action_map_add_action_entries (G_ACTION_MAP (group), win_actions,
                                   G_N_ELEMENTS (win_actions), fixture);
  fixture->window = ac_display_test_window_new (GTK_WIDGET (fixture->view), width, height);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));
  ac_display_test_settle ();
}

/* Everything is let go: the view and the journal are finalized. */
static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  ac_display_test_settle ();
  ac_display_test_context_free (fixture->context);
  g_clear_pointer (&fixture->action, g_free);
  g_clear_pointer (&fixture->parameter, g_free);
}

static const char *
view_title (Fixture *fixture)
{
  GtkWidget *title = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                                AC_TYPE_CALENDAR_VIEW, "title"));

  return gtk_label_get_text (GTK_LABEL (title));
}

static AcAdaptiveBox *
view_layout (Fixture *fixture)
{
  return AC_ADAPTIVE_BOX (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                         AC_TYPE_CALENDAR_VIEW, "layout"));
}

static gboolean
is_day_cell (GtkWidget     *widget,
             gconstpointer  data)
{
  return AC_IS_DAY_CELL (widget);
}

/* The @index-th day of the grid, from the top left. */
static AcDayCell *
nth_cell (Fixture *fixture,
          guint    index)
{
  GtkWidget *cell = ac_display_test_find_nth (GTK_WIDGET (fixture->grid), is_day_cell, NULL, index);

  g_assert_nonnull (cell);

  return AC_DAY_CELL (cell);
}

static const char *
details_title (Fixture *fixture)
{
  GtkWidget *title = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->details),
                                                                AC_TYPE_DAY_DETAILS, "title"));

  return gtk_label_get_text (GTK_LABEL (title));
}

/* The box of the day's cards: its sessions by start, then its check-in. */
static GtkWidget *
details_records (Fixture *fixture)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->details),
                                                    AC_TYPE_DAY_DETAILS, "records"));
}

/* How many cards are shown. */
static guint
details_n_records (Fixture *fixture)
{
  GtkWidget *records = details_records (fixture);
  guint n = 0;

  if (!gtk_widget_get_visible (records))
    return 0;
  for (GtkWidget *child = gtk_widget_get_first_child (records); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static GtkWidget *
details_record (Fixture *fixture,
                guint    index)
{
  GtkWidget *child = gtk_widget_get_first_child (details_records (fixture));

  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);
  g_assert_nonnull (child);

  return child;
}

/* Whether the "nothing on this day" page is shown. */
static gboolean
details_empty (Fixture *fixture)
{
  return gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->details),
                                                                AC_TYPE_DAY_DETAILS, "empty")));
}

static AcDayCell *
cell_for (Fixture *fixture,
          int      month,
          int      day_of_month)
{
  GDate date = day (2026, month, day_of_month);
  AcDayCell *cell = ac_display_test_find_day_cell (GTK_WIDGET (fixture->grid), &date);

  g_assert_nonnull (cell);

  return cell;
}

static void
assert_selected (Fixture *fixture,
                 int      year,
                 int      month,
                 int      day_of_month)
{
  GDate expected = day (year, month, day_of_month);
  GDate selected;
  AcDayCell *cell;

  ac_calendar_view_get_selected_date (fixture->view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &expected), ==, 0);

  cell = ac_display_test_find_day_cell (GTK_WIDGET (fixture->grid), &expected);
  g_assert_nonnull (cell);
  g_assert_true (ac_day_cell_get_flags (cell) & AC_DAY_CELL_SELECTED);
  g_assert_false (ac_day_cell_get_flags (cell) & AC_DAY_CELL_OTHER_MONTH);
}

/* Weeks start on the locale's first weekday; C says Sunday. */
static void
test_week_start (void)
{
  Fixture fixture = { 0 };
  GtkWidget *first;

  fixture_set_up (&fixture, 1000, 720);

  g_assert_cmpuint (ac_month_grid_get_week_start (fixture.grid), ==, 0);
  first = ac_display_test_find_nth_with_class (GTK_WIDGET (fixture.grid), "weekday", 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, "Sun");
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL, "Sunday");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ac_display_test_find_nth_with_class (GTK_WIDGET (fixture.grid), "weekday", 6))), ==, "Sat");

  fixture_tear_down (&fixture);
}

static void
test_cells (void)
{
  Fixture fixture = { 0 };
  GDate first_shown = day (2026, 11, 1);
  AcDayCell *cell;

  fixture_set_up (&fixture, 1000, 720);

  g_assert_cmpstr (view_title (&fixture), ==, "November 2026");
  cell = nth_cell (&fixture, 0);
  g_assert_cmpint (g_date_compare (ac_day_cell_get_date (cell), &first_shown), ==, 0);

  /* Chips: one per session, by start, coloured by pressure. */
  cell = cell_for (&fixture, 11, 3);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 1);
  ac_display_test_assert_chip (cell, 0, "light", FALSE);
  g_assert_cmpuint (ac_display_test_cell_n_chips (cell), ==, 1);

  cell = cell_for (&fixture, 11, 12);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 2);
  ac_display_test_assert_chip (cell, 0, "light", FALSE);
  ac_display_test_assert_chip (cell, 1, "moderate", FALSE);

  cell = cell_for (&fixture, 11, 20);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 1);
  ac_display_test_assert_chip (cell, 0, "deep", FALSE);

  cell = cell_for (&fixture, 11, 27);
  ac_display_test_assert_chip (cell, 0, "deep", TRUE);

  cell = cell_for (&fixture, 11, 5);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 0);
  g_assert_cmpuint (ac_display_test_cell_n_chips (cell), ==, 0);

  /* Soreness tints, by band; none for 0 or no check-in. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 11)), "soreness-mild"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 20)), "soreness-moderate"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 21)), "soreness-severe"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 21)), "soreness-moderate"));
  for (guint b = 0; b < 3; b++)
    {
      const char *band = (const char *[]) { "soreness-mild", "soreness-moderate", "soreness-severe" }[b];

      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 22)), band));
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 3)), band));
    }

  /* The red-flag mark only where a symptom was noted. */
  g_assert_true (ac_display_test_cell_has_red_flag (cell_for (&fixture, 11, 20)));
  g_assert_false (ac_display_test_cell_has_red_flag (cell_for (&fixture, 11, 21)));
  g_assert_false (ac_display_test_cell_has_red_flag (cell_for (&fixture, 11, 3)));

  /* Today, the selection and the suggested day. */
  cell = cell_for (&fixture, 11, 22);
  g_assert_cmpint (ac_day_cell_get_flags (cell), ==, AC_DAY_CELL_TODAY | AC_DAY_CELL_SELECTED);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "today"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "selected"));
  cell = cell_for (&fixture, 11, 25);
  g_assert_cmpint (ac_day_cell_get_flags (cell), ==, AC_DAY_CELL_SUGGESTED);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "suggested"));

  /* Days of other months: dimmed, with their sessions. */
  for (guint i = 0; i < N_CELLS; i++)
    {
      AcDayCell *each = nth_cell (&fixture, i);
      gboolean other = i >= 30;

      g_assert_cmpint (!!(ac_day_cell_get_flags (each) & AC_DAY_CELL_OTHER_MONTH), ==, other);
      g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (each), "other-month"), ==, other);
    }
  cell = cell_for (&fixture, 12, 2);
  ac_display_test_assert_chip (cell, 0, "light", TRUE);

  /* No suggestion any more. */
  ac_calendar_view_set_suggested_date (fixture.view, NULL);
  g_assert_cmpint (ac_day_cell_get_flags (cell_for (&fixture, 11, 25)), ==, AC_DAY_CELL_NONE);

  fixture_tear_down (&fixture);
}


static void
assert_focus_on_selected (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GDate selected;

  ac_calendar_view_get_selected_date (fixture->view, &selected);
  g_assert_true (AC_IS_DAY_CELL (focus));
  g_assert_cmpint (g_date_compare (ac_day_cell_get_date (AC_DAY_CELL (focus)), &selected), ==, 0);
}

static void
on_day_activated (AcMonthGrid *grid,
                  const GDate *date,
                  GDate       *out)
{
  *out = *date;
}

static void
test_keyboard (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, 1000, 720);

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture.grid)));
  assert_focus_on_selected (&fixture);

  g_assert_true (ac_display_test_send_key (fixture.window, "Right"));
  assert_selected (&fixture, 2026, 11, 23);
  assert_focus_on_selected (&fixture);

  g_assert_true (ac_display_test_send_key (fixture.window, "Down"));
  assert_selected (&fixture, 2026, 11, 30);

  /* Across the end of the month: December is shown. */
  g_assert_true (ac_display_test_send_key (fixture.window, "Right"));
  assert_selected (&fixture, 2026, 12, 1);
  assert_focus_on_selected (&fixture);
  g_assert_cmpstr (view_title (&fixture), ==, "December 2026");
  g_assert_true (ac_day_cell_get_flags (cell_for (&fixture, 11, 30)) & AC_DAY_CELL_OTHER_MONTH);

  g_assert_true (ac_display_test_send_key (fixture.window, "Left"));
  assert_selected (&fixture, 2026, 11, 30);
  g_assert_cmpstr (view_title (&fixture), ==, "November 2026");

  g_assert_true (ac_display_test_send_key (fixture.window, "Up"));
  assert_selected (&fixture, 2026, 11, 23);

  /* Page Down and Page Up keep the day of the month. */
  g_assert_true (ac_display_test_send_key (fixture.window, "Page_Down"));
  assert_selected (&fixture, 2026, 12, 23);
  assert_focus_on_selected (&fixture);
  g_assert_true (ac_display_test_send_key (fixture.window, "Page_Up"));
  g_assert_true (ac_display_test_send_key (fixture.window, "Page_Up"));
  assert_selected (&fixture, 2026, 10, 23);
  g_assert_cmpstr (view_title (&fixture), ==, "October 2026");

  /* Home goes to today. */
  g_assert_true (ac_display_test_send_key (fixture.window, "Home"));
  assert_selected (&fixture, 2026, 11, 22);
  assert_focus_on_selected (&fixture);

  fixture_tear_down (&fixture);
}

/* Page Down from the 31st lands on the last day of a shorter month, Up
 * from the first week crosses into the month before, and Enter, Space and
 * a double click activate the selected day. */
static void
test_keyboard_edges (void)
{
  Fixture fixture = { 0 };
  GDate date = day (2027, 1, 31);
  GDate activated;

  fixture_set_up (&fixture, 1000, 720);
  g_date_clear (&activated, 1);
  g_signal_connect (fixture.grid, "day-activated", G_CALLBACK (on_day_activated), &activated);

  ac_calendar_view_select_date (fixture.view, &date);
  gtk_widget_grab_focus (GTK_WIDGET (fixture.grid));
  g_assert_true (ac_display_test_send_key (fixture.window, "Page_Down"));
  assert_selected (&fixture, 2027, 2, 28);

  date = day (2026, 11, 3);
  ac_calendar_view_select_date (fixture.view, &date);
  assert_focus_on_selected (&fixture);
  g_assert_true (ac_display_test_send_key (fixture.window, "Up"));
  assert_selected (&fixture, 2026, 10, 27);
  g_assert_cmpstr (view_title (&fixture), ==, "October 2026");

  g_assert_true (ac_display_test_send_key (fixture.window, "Return"));
  g_assert_true (g_date_valid (&activated));
  date = day (2026, 10, 27);
  g_assert_cmpint (g_date_compare (&activated, &date), ==, 0);

  /* Activating a day takes the keyboard to its details. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture.window)),
                                         GTK_WIDGET (fixture.details)));
  gtk_widget_grab_focus (GTK_WIDGET (fixture.grid));
  assert_focus_on_selected (&fixture);

  g_date_clear (&activated, 1);
  g_assert_true (ac_display_test_send_key (fixture.window, "Down"));
  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  date = day (2026, 11, 3);
  g_assert_true (g_date_valid (&activated));
  g_assert_cmpint (g_date_compare (&activated, &date), ==, 0);
  gtk_widget_grab_focus (GTK_WIDGET (fixture.grid));

  /* The view's own shortcuts. */
  g_assert_true (ac_display_test_send_key (fixture.window, "<Alt>Right"));
  assert_selected (&fixture, 2026, 12, 3);
  g_assert_true (ac_display_test_send_key (fixture.window, "<Alt>Left"));
  assert_selected (&fixture, 2026, 11, 3);
  g_assert_true (ac_display_test_send_key (fixture.window, "<Control>t"));
  assert_selected (&fixture, 2026, 11, 22);

  /* And the actions behind the header's buttons. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "calendar.next-month", NULL));
  assert_selected (&fixture, 2026, 12, 22);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "calendar.previous-month", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "calendar.previous-month", NULL));
  assert_selected (&fixture, 2026, 10, 22);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "calendar.today", NULL));
  assert_selected (&fixture, 2026, 11, 22);

  fixture_tear_down (&fixture);
}

/* The selected-date property; a day of another month shows that month. */
static void
test_selected_date_property (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GDate) got = NULL;
  GDate date;

  fixture_set_up (&fixture, 1000, 720);

  g_object_get (fixture.grid, "selected-date", &got, NULL);
  date = day (2026, 11, 22);
  g_assert_cmpint (g_date_compare (got, &date), ==, 0);

  date = day (2026, 11, 10);
  g_object_set (fixture.grid, "selected-date", &date, NULL);
  assert_selected (&fixture, 2026, 11, 10);

  date = day (2026, 12, 5);
  g_object_set (fixture.grid, "selected-date", &date, NULL);
  assert_selected (&fixture, 2026, 12, 5);
  g_assert_cmpstr (view_title (&fixture), ==, "December 2026");

  fixture_tear_down (&fixture);
}

static void
test_preconditions (void)
{
  GDate today = day (2026, 11, 22);
  AcContext *context = ac_display_test_context_new (NULL, &today);
  AcCalendarView *view = g_object_ref_sink (AC_CALENDAR_VIEW (ac_calendar_view_new (context)));
  g_autoptr(GObject) not_context = g_object_new (G_TYPE_OBJECT, NULL);
  GDate invalid;

  g_date_clear (&invalid, 1);
  g_test_expect_message ("ac-calendar-view", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
  ac_calendar_view_select_date (view, &invalid);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ac-calendar-view", G_LOG_LEVEL_CRITICAL, "*AC_IS_CONTEXT*");
  g_assert_null (ac_calendar_view_new ((AcContext *) not_context));
  g_test_assert_expected_messages ();

  g_assert_finalize_object (view);
  ac_display_test_context_free (context);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0 &&
          gtk_widget_get_visible (child))
        return child;
      if ((found = find_button (child, action_name)) != NULL)
        return found;
    }

  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_details (void)
{
  Fixture fixture = { 0 };
  GDate date = day (2026, 11, 20);
  AcSession *session;
  AcCheckin *checkin;
  GtkWidget *record, *button;

  fixture_set_up (&fixture, 1000, 720);

  ac_calendar_view_select_date (fixture.view, &date);
  ac_display_test_settle ();
  g_assert_cmpstr (details_title (&fixture), ==, "Friday 20 November");
  g_assert_cmpuint (details_n_records (&fixture), ==, 2);
  g_assert_false (details_empty (&fixture));

  session = ac_day_index_get_sessions (ac_month_grid_get_index (fixture.grid), g_date_get_julian (&date))->pdata[0];
  checkin = ac_journal_lookup_checkin_for_date (fixture.journal, &date);

  /* The session's card, then the check-in's; their buttons name the
   * window's actions with the record's id. */
  record = details_record (&fixture, 0);
  g_assert_true (gtk_widget_has_css_class (record, "session"));
  g_assert_true (gtk_widget_has_css_class (record, "deep"));
  button = find_button (record, "win.edit");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  click (button);
  g_assert_cmpstr (fixture.action, ==, "edit");
  g_assert_cmpstr (fixture.parameter, ==, ac_session_get_id (session));
  click (find_button (record, "win.delete"));
  g_assert_cmpstr (fixture.action, ==, "delete");
  g_assert_cmpstr (fixture.parameter, ==, ac_session_get_id (session));

  record = details_record (&fixture, 1);
  g_assert_true (gtk_widget_has_css_class (record, "checkin"));
  click (find_button (record, "win.edit"));
  g_assert_cmpstr (fixture.action, ==, "edit");
  g_assert_cmpstr (fixture.parameter, ==, ac_checkin_get_id (checkin));

  /* Add Session names the day; Check In is hidden: the day has one. */
  click (find_button (GTK_WIDGET (fixture.details), "win.new-session"));
  g_assert_cmpstr (fixture.action, ==, "new-session");
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-20");
  g_assert_null (find_button (GTK_WIDGET (fixture.details), "win.check-in"));

  /* Two sessions, by start. */
  date = day (2026, 11, 12);
  ac_calendar_view_select_date (fixture.view, &date);
  g_assert_cmpuint (details_n_records (&fixture), ==, 2);
  g_assert_true (gtk_widget_has_css_class (details_record (&fixture, 0), "light"));
  g_assert_true (gtk_widget_has_css_class (details_record (&fixture, 1), "moderate"));

  /* An empty day, with Check In for it. */
  date = day (2026, 11, 5);
  ac_calendar_view_select_date (fixture.view, &date);
  g_assert_cmpuint (details_n_records (&fixture), ==, 0);
  g_assert_true (details_empty (&fixture));
  click (find_button (GTK_WIDGET (fixture.details), "win.check-in"));
  g_assert_cmpstr (fixture.action, ==, "check-in");
  g_assert_cmpstr (fixture.parameter, ==, "2026-11-05");

  /* A planned session in the future; no check-in for a future day. */
  date = day (2026, 11, 27);
  ac_calendar_view_select_date (fixture.view, &date);
  g_assert_cmpuint (details_n_records (&fixture), ==, 1);
  g_assert_null (find_button (GTK_WIDGET (fixture.details), "win.check-in"));

  fixture_tear_down (&fixture);
}

/* The grid and the details follow the journal's changes. */
static void
test_journal_changes (void)
{
  Fixture fixture = { 0 };
  GDate date = day (2026, 11, 5);
  g_autoptr(AcCheckin) replacement = NULL;
  g_autoptr(GFile) moved_aside = NULL;
  AcSession *session;
  AcCheckin *checkin;
  AcDayCell *cell;
  g_autoptr(GError) error = NULL;
  char *id;

  fixture_set_up (&fixture, 1000, 720);
  ac_calendar_view_select_date (fixture.view, &date);
  cell = cell_for (&fixture, 11, 5);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 0);

  session = ac_display_test_add_session (fixture.journal, "2026-11-05T08:00:00+01:00", 30, AC_PRESSURE_DEEP, FALSE);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 1);
  ac_display_test_assert_chip (cell, 0, "deep", FALSE);
  g_assert_cmpuint (details_n_records (&fixture), ==, 1);

  checkin = ac_display_test_add_checkin (fixture.journal, "2026-11-05", 3, AC_SYMPTOM_NONE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "soreness-mild"));
  g_assert_cmpuint (details_n_records (&fixture), ==, 2);

  /* A second check-in for the day replaces the first. */
  replacement = ac_checkin_new (&date, 9);
  ac_checkin_set_symptoms (replacement, AC_SYMPTOM_DARK_URINE);
  g_assert_true (ac_journal_add_checkin (fixture.journal, replacement, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "soreness-severe"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "soreness-mild"));
  g_assert_true (ac_display_test_cell_has_red_flag (cell));
  g_assert_cmpuint (details_n_records (&fixture), ==, 2);
  (void) checkin;

  /* Moving a session to another day moves its chip. */
  {
    g_autoptr(AcSession) moved = ac_session_copy (session);
    g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-06T08:00:00+01:00", NULL);

    ac_session_set_start (moved, start);
    g_assert_true (ac_journal_update_session (fixture.journal, moved, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ac_display_test_cell_n_sessions (cell), ==, 0);
    g_assert_cmpuint (ac_display_test_cell_n_sessions (cell_for (&fixture, 11, 6)), ==, 1);
    id = g_strdup (ac_session_get_id (moved));
  }

  g_assert_true (ac_journal_remove (fixture.journal, id, &error));
  g_assert_no_error (error);
  g_free (id);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell_for (&fixture, 11, 6)), ==, 0);

  g_assert_true (ac_journal_remove (fixture.journal, ac_checkin_get_id (replacement), &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "soreness-severe"));
  g_assert_false (ac_display_test_cell_has_red_flag (cell));
  g_assert_true (details_empty (&fixture));

  /* The keeper starts another journal: the calendar shows it. */
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell_for (&fixture, 11, 12)), ==, 2);
  g_assert_true (ac_journal_keeper_start_new (ac_context_get_keeper (fixture.context), &moved_aside, &error));
  g_assert_no_error (error);
  g_assert_true (ac_context_get_journal (fixture.context) != fixture.journal);
  fixture.journal = ac_context_get_journal (fixture.context);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell_for (&fixture, 11, 12)), ==, 0);
  ac_display_test_add_session (fixture.journal, "2026-11-12T08:00:00+01:00", 30, AC_PRESSURE_DEEP, FALSE);
  g_assert_cmpuint (ac_display_test_cell_n_sessions (cell_for (&fixture, 11, 12)), ==, 1);

  fixture_tear_down (&fixture);
}

static void
assert_buttons_labelled (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (child));
          gboolean has_text = label != NULL && *label != '\0' && gtk_button_get_icon_name (GTK_BUTTON (child)) == NULL;

          if (!has_text)
            {
              g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL));
              g_assert_nonnull (gtk_widget_get_tooltip_text (child));
            }
        }
      assert_buttons_labelled (child);
    }
}

static void
test_accessibility (void)
{
  Fixture fixture = { 0 };
  GDate date = day (2026, 11, 20);

  fixture_set_up (&fixture, 1000, 720);
  ac_calendar_view_select_date (fixture.view, &date);

  gtk_test_accessible_assert_role (fixture.grid, GTK_ACCESSIBLE_ROLE_GRID);
  for (guint i = 0; i < N_CELLS; i++)
    {
      AcDayCell *cell = nth_cell (&fixture, i);

      gtk_test_accessible_assert_role (cell, GTK_ACCESSIBLE_ROLE_GRID_CELL);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (cell)));
    }

  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 20), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Friday 20 November: 1 session, deep, 60 minutes; "
                                       "soreness 4, moderate; warning symptom noted");
  gtk_test_accessible_assert_state (cell_for (&fixture, 11, 20), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (cell_for (&fixture, 11, 21), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 12), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Thursday 12 November: 2 sessions, light, 45 minutes, "
                                       "moderate, 90 minutes");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 22), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sunday 22 November: today; soreness 0, none");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 25), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Wednesday 25 November: suggested day for the next session");
  /* The bruising of the 20th holds massage: a session planned within
   * 14 days is to be postponed. */
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 27), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Friday 27 November: 1 session, deep, 60 minutes, planned, "
                                       "to postpone until the warning sign has been checked");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 5), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Thursday 5 November: nothing recorded");

  /* Every button: its text, or an accessible label and a tooltip. */
  assert_buttons_labelled (GTK_WIDGET (fixture.view));
  /* Every control that takes the keyboard, the days and the records'
   * buttons too, has a name. */
  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (fixture.view)), >=, 45);

  fixture_tear_down (&fixture);
}

/* At midnight the old day stops being today and the new one starts, in
 * what a screen reader says as well as in how they look; and a new
 * suggestion is told too. Neither redraws the month. */
static void
test_today_changes (void)
{
  Fixture fixture = { 0 };
  GDate tomorrow = day (2026, 11, 23);
  GDate suggested = day (2026, 11, 26);

  fixture_set_up (&fixture, 1000, 720);
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 22), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sunday 22 November: today; soreness 0, none");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 23), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Monday 23 November: nothing recorded");

  ac_display_test_set_today (fixture.context, &tomorrow);
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 22), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sunday 22 November: soreness 0, none");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 23), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Monday 23 November: today");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 22)), "today"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_for (&fixture, 11, 23)), "today"));

  ac_calendar_view_set_suggested_date (fixture.view, &suggested);
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 25), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Wednesday 25 November: nothing recorded");
  gtk_test_accessible_assert_property (cell_for (&fixture, 11, 26), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Thursday 26 November: suggested day for the next session");

  fixture_tear_down (&fixture);
}

/* The legend explains the suggested day's dashed outline at every width:
 * at narrow width the day has no room for its "Suggested" tag. */
static void
test_legend (void)
{
  const int widths[] = { 1000, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      Fixture fixture = { 0 };
      GtkWidget *label, *swatch;

      fixture_set_up (&fixture, widths[i], 720);
      label = ac_display_test_find_label (GTK_WIDGET (fixture.view), "Suggested next session");
      g_assert_nonnull (label);
      g_assert_true (gtk_widget_get_mapped (label));
      swatch = gtk_widget_get_prev_sibling (label);
      g_assert_true (gtk_widget_has_css_class (swatch, "swatch"));
      g_assert_true (gtk_widget_has_css_class (swatch, "suggested"));
      g_assert_cmpint (gtk_widget_get_width (swatch), >, 0);
      fixture_tear_down (&fixture);
    }
}

/* Side by side from 720 pixels, stacked below. */
static void
test_adaptive (void)
{
  Fixture fixture = { 0 };
  AcAdaptiveBox *layout;
  graphene_rect_t grid_bounds, details_bounds;
  int minimum, natural, narrow_natural;

  fixture_set_up (&fixture, 1000, 720);
  layout = view_layout (&fixture);
  g_assert_true (ac_adaptive_box_get_wide (layout));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture.grid), GTK_WIDGET (layout), &grid_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture.details), GTK_WIDGET (layout), &details_bounds));
  g_assert_cmpfloat (details_bounds.origin.x, >=, grid_bounds.origin.x + grid_bounds.size.width);
  g_assert_cmpfloat (details_bounds.size.width, ==, 320);

  /* Height for width: stacked is taller than side by side. */
  gtk_widget_measure (GTK_WIDGET (layout), GTK_ORIENTATION_VERTICAL, 900, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (layout), GTK_ORIENTATION_VERTICAL, 336, NULL, &narrow_natural, NULL, NULL);
  g_assert_cmpint (narrow_natural, >, natural);
  gtk_widget_measure (GTK_WIDGET (layout), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 336);
  g_assert_cmpint (natural, >=, 720);
  fixture_tear_down (&fixture);

  fixture_set_up (&fixture, 360, 720);
  layout = view_layout (&fixture);
  g_assert_false (ac_adaptive_box_get_wide (layout));
  /* Under Xvfb (no compositor) the window's 360 pixels include a few of
   * solid client-side decorations: the view fits in what is left. */
  g_test_message ("window %d wide, view %d", gtk_widget_get_width (GTK_WIDGET (fixture.window)),
                  gtk_widget_get_width (GTK_WIDGET (fixture.view)));
  gtk_widget_measure (GTK_WIDGET (fixture.view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, gtk_widget_get_width (GTK_WIDGET (fixture.view)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.view)), <=, 360);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture.grid), GTK_WIDGET (layout), &grid_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture.details), GTK_WIDGET (layout), &details_bounds));
  g_assert_cmpfloat (details_bounds.origin.y, >=, grid_bounds.origin.y + grid_bounds.size.height);
  g_assert_cmpfloat (grid_bounds.size.width, <=, 336);
  fixture_tear_down (&fixture);
}

static void
render (int         width,
        int         height,
        gboolean    dark,
        const char *name)
{
  Fixture fixture = { 0 };
  GDate date = day (2026, 11, 20);

  ac_display_test_set_dark (dark);
  fixture_set_up (&fixture, width, height);
  ac_calendar_view_select_date (fixture.view, &date);
  gtk_widget_grab_focus (GTK_WIDGET (fixture.grid));
  ac_display_test_render_png (GTK_WIDGET (fixture.window), name);
  fixture_tear_down (&fixture);
  ac_display_test_set_dark (FALSE);
}

static void
test_render (void)
{
  render (1000, 720, FALSE, "calendar-wide-light");
  render (1000, 720, TRUE, "calendar-wide-dark");
  render (360, 720, FALSE, "calendar-narrow-light");
  render (360, 720, TRUE, "calendar-narrow-dark");
}

int
main (int   argc,
      char *argv[])
{
  /* Links the app's resources in from the static library: nothing else
   * refers to them. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/calendar/week-start", test_week_start);
  g_test_add_func ("/calendar/cells", test_cells);
  g_test_add_func ("/calendar/keyboard", test_keyboard);
  g_test_add_func ("/calendar/keyboard-edges", test_keyboard_edges);
  g_test_add_func ("/calendar/selected-date", test_selected_date_property);
  g_test_add_func ("/calendar/preconditions", test_preconditions);
  g_test_add_func ("/calendar/details", test_details);
  g_test_add_func ("/calendar/journal-changes", test_journal_changes);
  g_test_add_func ("/calendar/accessibility", test_accessibility);
  g_test_add_func ("/calendar/today-changes", test_today_changes);
  g_test_add_func ("/calendar/adaptive", test_adaptive);
  g_test_add_func ("/calendar/legend", test_legend);
  g_test_add_func ("/calendar/render", test_render);

  return g_test_run ();
}
