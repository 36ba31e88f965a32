/* ac-soreness-chart-cursor.c — moving through the soreness chart's days,
 * and reading them
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart-cursor"

#include "config.h"

#include "ac-soreness-chart-private.h"

/* The cursor is a day of the chart that the keys, a click or the focus
 * puts somewhere; its words are the chart's read-out (what a screen
 * reader says) and Enter opens it in the calendar. Where the chart draws
 * bands, the keys move a band at a time and the words are the band's.
 * The hover is the day under the pointer, drawn, and told in a tooltip. */

/**
 * _ac_soreness_chart_describe:
 * @julian: a day of the window
 * @multiline: a line for each part (a tooltip), or one line
 *
 * Returns: (transfer full): the day in words, or where the chart draws
 *   bands, the band that holds it
 */
char *
_ac_soreness_chart_describe (AcSorenessChart *self,
                             guint32          julian,
                             gboolean         multiline)
{
  const AcChartColumn *column = _ac_soreness_chart_column_of_day (self, julian);

  if (self->band != AC_CHART_BAND_DAY && column != NULL)
    return _ac_chart_describe_band (self->band, column, self->stress_sleep, multiline);

  return _ac_chart_data_describe_day (self->data, self->journal, self->recovery, julian,
                                      self->stress_sleep, multiline);
}

/**
 * _ac_soreness_chart_query_tooltip:
 * @x: where the pointer is, across the widget
 * @keyboard_mode: whether the tooltip is asked for from the keyboard; it
 *   is then the cursor's
 * @area: (out) (optional): the part of the widget the text is about
 *
 * What query-tooltip shows, and all it does but hand it to the tooltip.
 *
 * Returns: (transfer full) (nullable): the day's words, a line each, or
 *   %NULL where there is no day
 */
char *
_ac_soreness_chart_query_tooltip (AcSorenessChart *self,
                                  double           x,
                                  gboolean         keyboard_mode,
                                  GdkRectangle    *area)
{
  const AcChartColumn *column;
  guint32 julian;

  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  if (self->data == NULL)
    return NULL;

  _ac_soreness_chart_ensure_geometry (self);
  if (keyboard_mode)
    julian = self->cursor;
  else if (x < self->plot.origin.x || x > self->plot.origin.x + self->plot.size.width)
    return NULL;
  else
    julian = _ac_soreness_chart_day_at (self, x);

  if (julian == 0 || (column = _ac_soreness_chart_column_of_day (self, julian)) == NULL)
    return NULL;

  if (area != NULL)
    *area = (GdkRectangle) {
      (int) floor (column->left), (int) self->plot.origin.y,
      MAX (1, (int) ceil (column->right - column->left)),
      (int) (self->strip_y - self->plot.origin.y)
    };

  return _ac_soreness_chart_describe (self, julian, TRUE);
}

static gboolean
ac_soreness_chart_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;
  GdkRectangle area;

  text = _ac_soreness_chart_query_tooltip (AC_SORENESS_CHART (widget), x, keyboard_mode, &area);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);

  return TRUE;
}

static void
set_cursor (AcSorenessChart *self,
            guint32          julian)
{
  if (self->data == NULL)
    return;

  julian = CLAMP (julian, self->data->first, self->data->last);
  if (julian == self->cursor)
    return;

  self->cursor = julian;
  _ac_soreness_chart_update_readout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Where the cursor starts: the latest check-in up to today, or today. */
static guint32
default_cursor (AcSorenessChart *self)
{
  guint32 until = MIN (self->data->last, self->data->today);

  for (guint32 d = until; d >= self->data->first && d > 0; d--)
    if (g_array_index (self->data->days, AcChartDay, d - self->data->first).soreness >= 0)
      return d;

  return MAX (self->data->first, until);
}

static void
move_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AcSorenessChart *self = AC_SORENESS_CHART (widget);
  int days = g_variant_get_int32 (parameter);

  if (self->data == NULL)
    return;
  if (self->cursor == 0)
    set_cursor (self, default_cursor (self));
  else if (_ac_soreness_chart_get_band (self) != AC_CHART_BAND_DAY)
    {
      /* A band at a time, or four for a week's step. */
      int index = _ac_soreness_chart_column_index (self, self->cursor);
      int step = ABS (days) == 1 ? 1 : 4;

      index = CLAMP (index + (days < 0 ? -step : step), 0, (int) self->columns->len - 1);
      set_cursor (self, g_array_index (self->columns, AcChartColumn, index).first);
    }
  else if (days < 0)
    set_cursor (self, self->cursor - MIN ((guint32) -days, self->cursor - self->data->first));
  else
    set_cursor (self, self->cursor + days);
}

static void
first_day_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AcSorenessChart *self = AC_SORENESS_CHART (widget);

  if (self->data != NULL)
    set_cursor (self, self->data->first);
}

static void
last_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AcSorenessChart *self = AC_SORENESS_CHART (widget);

  if (self->data != NULL)
    set_cursor (self, self->data->last);
}

static void
activate_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _ac_soreness_chart_activate_day (AC_SORENESS_CHART (widget));
}

static void
focus_enter_cb (AcSorenessChart *self)
{
  if (self->cursor == 0 && self->data != NULL)
    set_cursor (self, default_cursor (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (AcSorenessChart *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  if (self->data == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  set_cursor (self, _ac_soreness_chart_day_at (self, x));
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    _ac_soreness_chart_activate_day (self);
}

static void
motion_cb (AcSorenessChart          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint32 hover = 0;

  if (self->data != NULL && x >= self->plot.origin.x && x <= self->plot.origin.x + self->plot.size.width)
    hover = _ac_soreness_chart_day_at (self, x);

  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (AcSorenessChart *self)
{
  if (self->hover != 0)
    {
      self->hover = 0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
add_binding (GtkWidgetClass *widget_class,
             guint           keyval,
             guint           keypad_keyval,
             const char     *action_name,
             const char     *format,
             int             value)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, format, value);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, action_name, format, value);
}

/* The keys: days, weeks, the ends of the window, and Enter or Space to
 * open the cursor's day. */
void
_ac_soreness_chart_class_add_cursor (GtkWidgetClass *widget_class)
{
  widget_class->query_tooltip = ac_soreness_chart_query_tooltip;

  gtk_widget_class_install_action (widget_class, "chart.move-day", "i", move_day_action);
  gtk_widget_class_install_action (widget_class, "chart.first-day", NULL, first_day_action);
  gtk_widget_class_install_action (widget_class, "chart.last-day", NULL, last_day_action);
  gtk_widget_class_install_action (widget_class, "chart.activate-day", NULL, activate_day_action);

  add_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "chart.move-day", "i", -1);
  add_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "chart.move-day", "i", 1);
  add_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, "chart.move-day", "i", -7);
  add_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, "chart.move-day", "i", 7);
  add_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, "chart.first-day", NULL, 0);
  add_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, "chart.last-day", NULL, 0);
  add_binding (widget_class, GDK_KEY_Return, GDK_KEY_KP_Enter, "chart.activate-day", NULL, 0);
  add_binding (widget_class, GDK_KEY_space, GDK_KEY_KP_Space, "chart.activate-day", NULL, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "chart.activate-day", NULL);
}

/* The pointer and the focus move the cursor and the hover. */
void
_ac_soreness_chart_init_cursor (AcSorenessChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_focusable (widget, TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (focus_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);
}

/**
 * ac_soreness_chart_get_cursor:
 * @date: (out caller-allocates): the cursor's day
 *
 * Returns: whether there is a cursor
 */
gboolean
ac_soreness_chart_get_cursor (AcSorenessChart *self,
                              GDate           *date)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (self->cursor == 0)
    return FALSE;

  g_date_set_julian (date, self->cursor);
  return TRUE;
}

/**
 * ac_soreness_chart_set_cursor:
 * @date: a day; the cursor stays within the window
 */
void
ac_soreness_chart_set_cursor (AcSorenessChart *self,
                              const GDate     *date)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  set_cursor (self, g_date_get_julian (date));
}
