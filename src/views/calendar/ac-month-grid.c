/* ac-month-grid.c — a month of days, with sessions and check-ins
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-month-grid"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "ac-day-cell.h"
#include "ac-month-grid.h"

#define N_COLUMNS 7
#define N_ROWS 6
#define AC_MONTH_GRID_N_CELLS (N_COLUMNS * N_ROWS)
/* Space between the weekday names and the first row, in pixels. */
#define HEADER_SPACING 6
/* The lines between days and around them, in pixels. */
#define LINE_WIDTH 1

/* The grid shows six weeks around the selected day's month. Its 42 cells
 * are made once and updated in place: a month switch looks up 42 days in
 * the day index and changes labels and style classes, nothing more. */
struct _AcMonthGrid
{
  GtkWidget    parent_instance;

  GtkWidget   *lines;          /* behind the cells: shows between them */
  GtkWidget   *weekdays[N_COLUMNS];
  AcDayCell   *cells[AC_MONTH_GRID_N_CELLS];
  AcDayIndex  *index;
  AcContext   *context;

  GDate        today;          /* the clock's, as seen last */
  GDate        selected;
  GDate        suggested;      /* invalid when there is none */
  GDate        first_shown;    /* the day in the first cell */
  guint        week_start;     /* 0 Sunday … 6 Saturday */
};

G_DEFINE_FINAL_TYPE (AcMonthGrid, ac_month_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SELECTED_DATE,
  N_PROPS
};

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The first day of the week from the locale, as GtkCalendar finds it
 * (gtk/gtkcalendar.c): glibc's _NL_TIME_FIRST_WEEKDAY counts from the day
 * that _NL_TIME_WEEK_1STDAY names. Elsewhere, Sunday unless translators
 * of GTK said otherwise. */
static guint
get_week_start (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int week_1stday = 0;
  int first_weekday;
  guint week_origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;
  if (week_origin == 19971130) /* Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201) /* Monday */
    week_1stday = 1;
  else
    g_debug ("Unknown value of _NL_TIME_WEEK_1STDAY: %u", week_origin);

  return (guint) (week_1stday + first_weekday - 1 + 7) % 7;
#else
  const char *week_start = g_dgettext ("gtk40", "calendar:week_start:0");

  if (g_str_has_prefix (week_start, "calendar:week_start:") &&
      week_start[20] >= '0' && week_start[20] <= '6')
    return week_start[20] - '0';

  return 0;
#endif
}

/* 0 Sunday … 6 Saturday */
static guint
weekday_of (const GDate *date)
{
  return g_date_get_weekday (date) % 7;
}

static AcDayCellFlags
flags_for (AcMonthGrid *self,
           const GDate *date)
{
  AcDayCellFlags flags = AC_DAY_CELL_NONE;

  if (g_date_get_month (date) != g_date_get_month (&self->selected) ||
      g_date_get_year (date) != g_date_get_year (&self->selected))
    flags |= AC_DAY_CELL_OTHER_MONTH;
  if (g_date_compare (date, &self->today) == 0)
    flags |= AC_DAY_CELL_TODAY;
  if (g_date_compare (date, &self->selected) == 0)
    flags |= AC_DAY_CELL_SELECTED;
  if (g_date_valid (&self->suggested) && g_date_compare (date, &self->suggested) == 0)
    flags |= AC_DAY_CELL_SUGGESTED;

  return flags;
}

static void
update_cell (AcMonthGrid *self,
             guint        index)
{
  guint32 julian = g_date_get_julian (&self->first_shown) + index;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  ac_day_cell_update (self->cells[index], &date,
                      ac_day_index_get_sessions (self->index, julian),
                      ac_day_index_get_checkin (self->index, julian),
                      self->context != NULL ? ac_context_get_hold (self->context) : NULL,
                      flags_for (self, &date));
}

static void
update_all_cells (AcMonthGrid *self)
{
  for (guint i = 0; i < AC_MONTH_GRID_N_CELLS; i++)
    update_cell (self, i);
}

static void
update_all_flags (AcMonthGrid *self)
{
  for (guint i = 0; i < AC_MONTH_GRID_N_CELLS; i++)
    ac_day_cell_set_flags (self->cells[i],
                           flags_for (self, ac_day_cell_get_date (self->cells[i])));
}

/* Returns: the cell of @date, or -1 when the grid does not show it */
static int
cell_index_of (AcMonthGrid *self,
               const GDate *date)
{
  gint64 offset = (gint64) g_date_get_julian (date) - g_date_get_julian (&self->first_shown);

  return offset >= 0 && offset < AC_MONTH_GRID_N_CELLS ? (int) offset : -1;
}

static void
day_changed_cb (AcMonthGrid *self,
                guint        julian,
                AcDayIndex  *index)
{
  gint64 offset;

  if (julian == 0)
    {
      update_all_cells (self);
      return;
    }

  offset = (gint64) julian - g_date_get_julian (&self->first_shown);
  if (offset >= 0 && offset < AC_MONTH_GRID_N_CELLS)
    update_cell (self, (guint) offset);
}

static gboolean
focus_is_inside (AcMonthGrid *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
select_date (AcMonthGrid *self,
             const GDate *date,
             gboolean     grab_focus)
{
  gboolean had_focus = grab_focus || focus_is_inside (self);
  gboolean same_month;
  GDate first;

  if (g_date_compare (date, &self->selected) == 0)
    {
      if (had_focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->cells[cell_index_of (self, date)]));
      return;
    }

  same_month = g_date_get_month (date) == g_date_get_month (&self->selected) &&
               g_date_get_year (date) == g_date_get_year (&self->selected);
  self->selected = *date;

  if (same_month)
    update_all_flags (self);
  else
    {
      first = *date;
      g_date_set_day (&first, 1);
      g_date_subtract_days (&first, (weekday_of (&first) + 7 - self->week_start) % 7);
      self->first_shown = first;
      update_all_cells (self);
    }

  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->cells[cell_index_of (self, date)]));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DATE]);
}

static void
move_days (AcMonthGrid *self,
           int          days)
{
  GDate date = self->selected;

  if (days > 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  if (g_date_valid (&date))
    select_date (self, &date, TRUE);
}

static void
activate_day (AcMonthGrid *self)
{
  GDate date = self->selected;

  g_signal_emit (self, signals[DAY_ACTIVATED], 0, &date);
}

static void
move_horizontal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  int days = g_variant_get_int32 (parameter);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    days = -days;
  move_days (AC_MONTH_GRID (widget), days);
}

static void
move_vertical_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_days (AC_MONTH_GRID (widget), 7 * g_variant_get_int32 (parameter));
}

static void
move_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AcMonthGrid *self = AC_MONTH_GRID (widget);

  ac_month_grid_move_month (self, g_variant_get_int32 (parameter));
  gtk_widget_grab_focus (widget);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AcMonthGrid *self = AC_MONTH_GRID (widget);

  select_date (self, &self->today, TRUE);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  activate_day (AC_MONTH_GRID (widget));
}

static void
pressed_cb (AcMonthGrid     *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *cell = picked != NULL ? gtk_widget_get_ancestor (picked, AC_TYPE_DAY_CELL) : NULL;

  /* A first click on a day of another month shows that month, so the
   * second click of a double click lands on another day: it activates
   * the day the first one selected. */
  if (n_press == 2 && cell != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      activate_day (self);
      return;
    }

  if (cell == NULL || n_press != 1)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  select_date (self, ac_day_cell_get_date (AC_DAY_CELL (cell)), TRUE);
}

static void
ac_month_grid_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  AcMonthGrid *self = AC_MONTH_GRID (widget);
  int cell_min = 0, cell_nat = 0, header_min = 0, header_nat = 0;

  for (guint i = 0; i < AC_MONTH_GRID_N_CELLS; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (GTK_WIDGET (self->cells[i]), orientation, -1,
                          &child_min, &child_nat, NULL, NULL);
      cell_min = MAX (cell_min, child_min);
      cell_nat = MAX (cell_nat, child_nat);
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (self->weekdays[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
      header_min = MAX (header_min, child_min);
      header_nat = MAX (header_nat, child_nat);
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = N_COLUMNS * MAX (cell_min + LINE_WIDTH, header_min) + LINE_WIDTH;
      *natural = N_COLUMNS * MAX (cell_nat + LINE_WIDTH, header_nat) + LINE_WIDTH;
    }
  else
    {
      *minimum = header_nat + HEADER_SPACING + N_ROWS * (cell_min + LINE_WIDTH) + LINE_WIDTH;
      *natural = header_nat + HEADER_SPACING + N_ROWS * (cell_nat + LINE_WIDTH) + LINE_WIDTH;
    }
}

static void
ac_month_grid_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  AcMonthGrid *self = AC_MONTH_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int header = 0;
  int body, inner_width, inner_height;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      int child_nat;

      gtk_widget_measure (self->weekdays[i], GTK_ORIENTATION_VERTICAL, -1, NULL, &child_nat, NULL, NULL);
      header = MAX (header, child_nat);
    }
  body = height - header - HEADER_SPACING;

  /* The lines are the background of one widget behind the cells, which
   * leave a line's width between them: cheaper to draw than 42 borders. */
  gtk_widget_size_allocate (self->lines,
                            &(GtkAllocation) { 0, header + HEADER_SPACING, width, body }, -1);

  /* Column and row edges are rounded from the exact fractions of what
   * the lines leave, so the cells tile the grid evenly. */
  inner_width = width - (N_COLUMNS + 1) * LINE_WIDTH;
  inner_height = body - (N_ROWS + 1) * LINE_WIDTH;
  for (guint column = 0; column < N_COLUMNS; column++)
    {
      int x0 = LINE_WIDTH + column * (inner_width / N_COLUMNS + LINE_WIDTH) +
               (column * (inner_width % N_COLUMNS)) / N_COLUMNS;
      int x1 = LINE_WIDTH + (column + 1) * (inner_width / N_COLUMNS + LINE_WIDTH) +
               ((column + 1) * (inner_width % N_COLUMNS)) / N_COLUMNS - LINE_WIDTH;
      int x = rtl ? width - x1 : x0;

      gtk_widget_size_allocate (self->weekdays[column],
                                &(GtkAllocation) { x, 0, x1 - x0, header }, -1);

      for (guint row = 0; row < N_ROWS; row++)
        {
          int y0 = header + HEADER_SPACING + LINE_WIDTH + row * (inner_height / N_ROWS + LINE_WIDTH) +
                   (row * (inner_height % N_ROWS)) / N_ROWS;
          int y1 = header + HEADER_SPACING + LINE_WIDTH + (row + 1) * (inner_height / N_ROWS + LINE_WIDTH) +
                   ((row + 1) * (inner_height % N_ROWS)) / N_ROWS - LINE_WIDTH;

          gtk_widget_size_allocate (GTK_WIDGET (self->cells[row * N_COLUMNS + column]),
                                    &(GtkAllocation) { x, y0, x1 - x0, y1 - y0 }, -1);
        }
    }
}

/* Tab enters the grid on the selected day and leaves it from there; the
 * arrow keys move between days (the bindings of class_init). */
static gboolean
ac_month_grid_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  if (gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static gboolean
ac_month_grid_grab_focus (GtkWidget *widget)
{
  AcMonthGrid *self = AC_MONTH_GRID (widget);
  int index = cell_index_of (self, &self->selected);

  g_assert (index >= 0);

  return gtk_widget_grab_focus (GTK_WIDGET (self->cells[index]));
}

static void
ac_month_grid_dispose (GObject *object)
{
  AcMonthGrid *self = (AcMonthGrid *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ac_month_grid_parent_class)->dispose (object);
}

static void
ac_month_grid_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AcMonthGrid *self = AC_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SELECTED_DATE:
      g_value_set_boxed (value, &self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_month_grid_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AcMonthGrid *self = AC_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ac_month_grid_set_context (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_DATE:
      if (g_value_get_boxed (value) != NULL)
        ac_month_grid_set_selected_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass *widget_class,
             guint           keyval,
             guint           keypad_keyval,
             const char     *action_name,
             int             value)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, "i", value);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, action_name, "i", value);
}

static void
ac_month_grid_class_init (AcMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_month_grid_dispose;
  object_class->get_property = ac_month_grid_get_property;
  object_class->set_property = ac_month_grid_set_property;

  widget_class->measure = ac_month_grid_measure;
  widget_class->size_allocate = ac_month_grid_size_allocate;
  widget_class->focus = ac_month_grid_focus;
  widget_class->grab_focus = ac_month_grid_grab_focus;

  /**
   * AcMonthGrid:context:
   *
   * Whose journal's sessions and check-ins the grid shows, and whose
   * clock says which day is today.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcMonthGrid:selected-date:
   *
   * The selected day (a #GDate); the grid shows its month.
   */
  properties[PROP_SELECTED_DATE] =
    g_param_spec_boxed ("selected-date", NULL, NULL,
                        G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcMonthGrid::day-activated:
   * @date: the activated day
   *
   * Emitted when the selected day is activated: a double click, Enter or
   * Space.
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "month-grid.move-horizontal", "i", move_horizontal_action);
  gtk_widget_class_install_action (widget_class, "month-grid.move-vertical", "i", move_vertical_action);
  gtk_widget_class_install_action (widget_class, "month-grid.move-month", "i", move_month_action);
  gtk_widget_class_install_action (widget_class, "month-grid.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "month-grid.activate-day", NULL, activate_action);

  add_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "month-grid.move-horizontal", -1);
  add_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "month-grid.move-horizontal", 1);
  add_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "month-grid.move-vertical", -1);
  add_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "month-grid.move-vertical", 1);
  add_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, "month-grid.move-month", -1);
  add_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, "month-grid.move-month", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "month-grid.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "month-grid.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "month-grid.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "month-grid.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "month-grid.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "month-grid.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "month-grid.activate-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "monthgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
ac_month_grid_init (AcMonthGrid *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GDate day;

  self->week_start = get_week_start ();
  self->index = ac_day_index_new ();
  g_signal_connect_object (self->index, "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);

  /* An empty box: only its CSS background is drawn. */
  self->lines = g_object_new (GTK_TYPE_BOX, "css-name", "lines", NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->lines), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (self->lines, widget);

  /* Weekday names from a week known to start on a Sunday: 2023-01-01. */
  g_date_clear (&day, 1);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *name = NULL;
      g_autofree char *full_name = NULL;

      g_date_set_dmy (&day, 1 + (self->week_start + i) % 7, G_DATE_JANUARY, 2023);
      time = g_date_time_new_utc (2023, 1, g_date_get_day (&day), 12, 0, 0);
      name = g_date_time_format (time, "%a");
      full_name = g_date_time_format (time, "%A");

      self->weekdays[i] = gtk_label_new (name);
      gtk_widget_add_css_class (self->weekdays[i], "weekday");
      gtk_label_set_ellipsize (GTK_LABEL (self->weekdays[i]), PANGO_ELLIPSIZE_END);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full_name,
                                      -1);
      if ((self->week_start + i) % 7 == 0 || (self->week_start + i) % 7 == 6)
        gtk_widget_add_css_class (self->weekdays[i], "weekend");
      gtk_widget_set_parent (self->weekdays[i], widget);
    }

  for (guint i = 0; i < AC_MONTH_GRID_N_CELLS; i++)
    {
      self->cells[i] = AC_DAY_CELL (ac_day_cell_new ());
      /* For the lines between days and the grid's rounded corners. */
      if (i % N_COLUMNS == 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "first-column");
      if (i % N_COLUMNS == N_COLUMNS - 1)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "last-column");
      if (i / N_COLUMNS == 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "first-row");
      if (i / N_COLUMNS == N_ROWS - 1)
        gtk_widget_add_css_class (GTK_WIDGET (self->cells[i]), "last-row");
      gtk_widget_set_parent (GTK_WIDGET (self->cells[i]), widget);
    }

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_date_clear (&self->suggested, 1);
  g_date_clear (&self->today, 1);
  /* An invalid selection makes select_date() lay out the month, which
   * waits for the context and its today. */
  g_date_clear (&self->selected, 1);
}

GtkWidget *
ac_month_grid_new (void)
{
  return g_object_new (AC_TYPE_MONTH_GRID, NULL);
}

static void
on_day_changed (AcMonthGrid *self)
{
  ac_clock_get_today (ac_context_get_clock (self->context), &self->today);
  update_all_flags (self);
}

/**
 * ac_month_grid_set_context:
 * @context: what the grid shows: the journal's records, and today
 *
 * Set once, by the calendar view that holds the grid; the grid then
 * follows the context's journal and clock, and shows today's month.
 */
void
ac_month_grid_set_context (AcMonthGrid *self,
                           AcContext   *context)
{
  g_return_if_fail (AC_IS_MONTH_GRID (self));
  g_return_if_fail (AC_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL || self->context == context);

  if (self->context == context)
    return;

  self->context = g_object_ref (context);
  /* Today's month is laid out before the journal's records arrive. */
  ac_clock_get_today (ac_context_get_clock (context), &self->today);
  g_date_set_dmy (&self->selected, 1, G_DATE_JANUARY, 1);
  select_date (self, &self->today, FALSE);
  g_signal_connect_object (ac_context_get_clock (context), "day-changed",
                           G_CALLBACK (on_day_changed), self, G_CONNECT_SWAPPED);
  /* The planned sessions to postpone are marked. */
  g_signal_connect_object (context, "notify::hold",
                           G_CALLBACK (update_all_cells), self, G_CONNECT_SWAPPED);
  g_object_bind_property (context, "journal", self->index, "journal", G_BINDING_SYNC_CREATE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * ac_month_grid_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
AcJournal *
ac_month_grid_get_journal (AcMonthGrid *self)
{
  g_return_val_if_fail (AC_IS_MONTH_GRID (self), NULL);

  return ac_day_index_get_journal (self->index);
}

/**
 * ac_month_grid_get_index:
 *
 * Returns: (transfer none): the grid's index of the journal by day, which
 *   others may share to look days up
 */
AcDayIndex *
ac_month_grid_get_index (AcMonthGrid *self)
{
  g_return_val_if_fail (AC_IS_MONTH_GRID (self), NULL);

  return self->index;
}

void
ac_month_grid_get_today (AcMonthGrid *self,
                         GDate       *today)
{
  g_return_if_fail (AC_IS_MONTH_GRID (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * ac_month_grid_set_suggested_date:
 * @date: (nullable): the suggested date of the next session, or %NULL
 */
void
ac_month_grid_set_suggested_date (AcMonthGrid *self,
                                  const GDate *date)
{
  g_return_if_fail (AC_IS_MONTH_GRID (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (date == NULL)
    {
      if (!g_date_valid (&self->suggested))
        return;
      g_date_clear (&self->suggested, 1);
    }
  else
    {
      if (g_date_valid (&self->suggested) && g_date_compare (date, &self->suggested) == 0)
        return;
      self->suggested = *date;
    }

  /* A cell tells the suggestion in its label when its flags change. */
  update_all_flags (self);
}

/**
 * ac_month_grid_get_suggested_date:
 * @date: (out): the suggested date, when there is one
 *
 * Returns: whether there is a suggested date
 */
gboolean
ac_month_grid_get_suggested_date (AcMonthGrid *self,
                                  GDate       *date)
{
  g_return_val_if_fail (AC_IS_MONTH_GRID (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  *date = self->suggested;

  return g_date_valid (&self->suggested);
}

/**
 * ac_month_grid_set_selected_date:
 * @date: the day to select; the grid shows its month
 */
void
ac_month_grid_set_selected_date (AcMonthGrid *self,
                                 const GDate *date)
{
  g_return_if_fail (AC_IS_MONTH_GRID (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  select_date (self, date, FALSE);
}

/**
 * ac_month_grid_get_selected_date:
 * @date: (out caller-allocates): the selected day
 */
void
ac_month_grid_get_selected_date (AcMonthGrid *self,
                                 GDate       *date)
{
  g_return_if_fail (AC_IS_MONTH_GRID (self));
  g_return_if_fail (date != NULL);

  *date = self->selected;
}

/**
 * ac_month_grid_move_month:
 * @months: how many months to go forward (negative: back)
 *
 * Shows another month and selects the same day in it, or its last day
 * when it is shorter.
 */
void
ac_month_grid_move_month (AcMonthGrid *self,
                          int          months)
{
  GDate date;

  g_return_if_fail (AC_IS_MONTH_GRID (self));

  date = self->selected;
  if (months > 0)
    g_date_add_months (&date, months);
  else if (months < 0)
    g_date_subtract_months (&date, -months);

  if (g_date_valid (&date))
    select_date (self, &date, FALSE);
}

/* Returns: 0 when weeks start on Sunday, 1 on Monday, … 6 on Saturday */
guint
ac_month_grid_get_week_start (AcMonthGrid *self)
{
  g_return_val_if_fail (AC_IS_MONTH_GRID (self), 0);

  return self->week_start;
}
