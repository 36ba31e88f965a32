/* ac-calendar-view.c — the Calendar page: a month of sessions and
 * check-ins, and the selected day's details
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-calendar-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-adaptive-box.h"
#include "ac-calendar-view.h"
#include "ac-day-details.h"
#include "ac-month-grid.h"

struct _AcCalendarView
{
  GtkWidget      parent_instance;

  GtkLabel      *title;
  GtkLabel      *title_compact;
  GtkLabel      *title_short;
  AcAdaptiveBox *layout;
  AcMonthGrid   *grid;
  AcDayDetails  *details;
  GtkWidget     *postpone_legend;

  AcContext     *context;
};

G_DEFINE_FINAL_TYPE (AcCalendarView, ac_calendar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GDate's range ends at year 9999 (and starts at year 1). */
static gboolean
can_move_month (const GDate *date,
                int          months)
{
  if (months < 0)
    return g_date_get_year (date) > 1 || g_date_get_month (date) > G_DATE_JANUARY;

  return g_date_get_year (date) < 9999 || g_date_get_month (date) < G_DATE_DECEMBER;
}

static void
update_actions (AcCalendarView *self)
{
  GDate selected;

  ac_month_grid_get_selected_date (self->grid, &selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.previous-month",
                                 can_move_month (&selected, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.next-month",
                                 can_move_month (&selected, 1));
}

static void
update_title (AcCalendarView *self)
{
  g_autoptr(GDateTime) month = NULL;
  g_autofree char *title = NULL;
  g_autofree char *title_short = NULL;
  GDate selected;

  ac_month_grid_get_selected_date (self->grid, &selected);
  month = g_date_time_new_utc (g_date_get_year (&selected), g_date_get_month (&selected), 1, 12, 0, 0);
  /* Translators: the calendar's month and year; %OB is the month's name
   * on its own (not in a date), see g_date_time_format() */
  title = g_date_time_format (month, C_("calendar title", "%OB %Y"));
  /* Translators: the calendar's month and year when the page is narrow;
   * %Ob is the month's abbreviated name on its own */
  title_short = g_date_time_format (month, C_("calendar title", "%Ob %Y"));
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->title_compact, title);
  gtk_label_set_text (self->title_short, title_short);
}

static void
selected_date_changed_cb (AcCalendarView *self)
{
  GDate selected;

  ac_month_grid_get_selected_date (self->grid, &selected);
  ac_day_details_set_date (self->details, &selected);
  update_title (self);
  update_actions (self);
}

/* Activating a day (Enter, double click) takes the keyboard to its
 * details, scrolled into view when they are below the grid. */
static void
day_activated_cb (AcCalendarView *self,
                  const GDate    *date)
{
  gtk_widget_child_focus (GTK_WIDGET (self->details), GTK_DIR_TAB_FORWARD);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (widget);

  ac_month_grid_move_month (self->grid, -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (widget);

  ac_month_grid_move_month (self->grid, 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (widget);
  GDate today;

  ac_month_grid_get_today (self->grid, &today);
  ac_month_grid_set_selected_date (self->grid, &today);
}

static void
ac_calendar_view_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_CALENDAR_VIEW);
  g_clear_object (&AC_CALENDAR_VIEW (object)->context);

  G_OBJECT_CLASS (ac_calendar_view_parent_class)->dispose (object);
}

static void
ac_calendar_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_calendar_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_hold (AcCalendarView *self)
{
  AcHold *hold = ac_context_get_hold (self->context);

  ac_day_details_set_hold (self->details, hold);
  gtk_widget_set_visible (self->postpone_legend, ac_hold_is_on (hold));
}

static void
ac_calendar_view_constructed (GObject *object)
{
  AcCalendarView *self = AC_CALENDAR_VIEW (object);

  G_OBJECT_CLASS (ac_calendar_view_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  ac_day_details_set_clock (self->details, ac_context_get_clock (self->context));
  ac_month_grid_set_context (self->grid, self->context);
  ac_day_details_set_index (self->details, ac_month_grid_get_index (self->grid));
  g_signal_connect_object (self->context, "notify::hold", G_CALLBACK (on_hold),
                           self, G_CONNECT_SWAPPED);
  on_hold (self);
  selected_date_changed_cb (self);
}

static void
ac_calendar_view_class_init (AcCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_calendar_view_constructed;
  object_class->dispose = ac_calendar_view_dispose;
  object_class->get_property = ac_calendar_view_get_property;
  object_class->set_property = ac_calendar_view_set_property;

  /**
   * AcCalendarView:context:
   *
   * The journal the calendar shows, and the clock that says which day is
   * today.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_ADAPTIVE_BOX);
  g_type_ensure (AC_TYPE_DAY_DETAILS);
  g_type_ensure (AC_TYPE_MONTH_GRID);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, title);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, title_compact);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, title_short);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, layout);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, grid);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, details);
  gtk_widget_class_bind_template_child (widget_class, AcCalendarView, postpone_legend);
  gtk_widget_class_bind_template_callback (widget_class, selected_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);

  /* As in GNOME Calendar: Alt+Left and Alt+Right for the months around,
   * Ctrl+T for today. In the grid, Page Up, Page Down and Home too. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calendarview");
}

static void
ac_calendar_view_init (AcCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ac_calendar_view_new:
 * @context: the journal to show, and the clock
 *
 * Returns: (transfer floating): a calendar view
 */
GtkWidget *
ac_calendar_view_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_CALENDAR_VIEW, "context", context, NULL);
}

/**
 * ac_calendar_view_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
AcJournal *
ac_calendar_view_get_journal (AcCalendarView *self)
{
  g_return_val_if_fail (AC_IS_CALENDAR_VIEW (self), NULL);

  return ac_month_grid_get_journal (self->grid);
}

/**
 * ac_calendar_view_set_suggested_date:
 * @date: (nullable): the suggested date of the next session, or %NULL
 */
void
ac_calendar_view_set_suggested_date (AcCalendarView *self,
                                     const GDate    *date)
{
  g_return_if_fail (AC_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  ac_month_grid_set_suggested_date (self->grid, date);
  ac_day_details_set_suggested (self->details, date);
}

/**
 * ac_calendar_view_select_date:
 * @date: the day to select; the calendar shows its month
 */
void
ac_calendar_view_select_date (AcCalendarView *self,
                              const GDate    *date)
{
  g_return_if_fail (AC_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  ac_month_grid_set_selected_date (self->grid, date);
}

/**
 * ac_calendar_view_get_selected_date:
 * @date: (out caller-allocates): the selected day
 */
void
ac_calendar_view_get_selected_date (AcCalendarView *self,
                                    GDate          *date)
{
  g_return_if_fail (AC_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL);

  ac_month_grid_get_selected_date (self->grid, date);
}
