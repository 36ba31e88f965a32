/* ac-soreness-chart-layout.c — where the soreness chart puts things at a
 * size: columns of days, points, the axes
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart-layout"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ac-soreness-chart-private.h"

/* Made when the size or the data change, never for a mere redraw: the
 * columns of days, the points, the session and warning marks, the
 * soreness ticks, and the dates of the time axis, whose step is the finest
 * that leaves CHART_X_LABEL_GAP between labels.
 *
 * Where a day is narrower than CHART_MIN_DAY, a column is a band of days,
 * a calendar week, month, quarter or year (the shortest that is at least
 * CHART_MIN_BAND wide), plotted as the middle value of its check-ins with
 * their range, lowest to highest: a line of one point a pixel zigzags
 * into a scribble, and the range keeps the peaks in sight. */

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* The first day of the band that holds @julian. */
guint32
_ac_soreness_chart_band_start (AcChartBand band,
                               guint32     julian)
{
  GDate date;

  if (band == AC_CHART_BAND_DAY)
    return julian;
  /* Julian day 1 is a Monday. */
  if (band == AC_CHART_BAND_WEEK)
    return julian - (julian - 1) % 7;

  set_julian (&date, julian);
  g_date_set_day (&date, 1);
  if (band == AC_CHART_BAND_QUARTER)
    g_date_set_month (&date, (g_date_get_month (&date) - 1) / 3 * 3 + 1);
  else if (band == AC_CHART_BAND_YEAR)
    g_date_set_month (&date, G_DATE_JANUARY);

  return g_date_get_julian (&date);
}

/* The first day of the band after the one that starts on @start. */
guint32
_ac_soreness_chart_band_next (AcChartBand band,
                              guint32     start)
{
  GDate date;

  switch (band)
    {
    case AC_CHART_BAND_DAY:
      return start + 1;
    case AC_CHART_BAND_WEEK:
      return start + 7;
    case AC_CHART_BAND_MONTH:
    case AC_CHART_BAND_QUARTER:
    case AC_CHART_BAND_YEAR:
    default:
      set_julian (&date, start);
      g_date_add_months (&date, band == AC_CHART_BAND_MONTH ? 1 : band == AC_CHART_BAND_QUARTER ? 3 : 12);
      return g_date_get_julian (&date);
    }
}

/* What a column holds at @width: a day where a day is CHART_MIN_DAY wide,
 * else the shortest band that is CHART_MIN_BAND wide. */
AcChartBand
_ac_soreness_chart_band_for_width (AcSorenessChart *self,
                                   int              width)
{
  static const double band_days[] = { 1, 7, 30.44, 91.31, 365.25 };
  int label_width;
  double day_width;

  if (self->data == NULL || width <= 0)
    return AC_CHART_BAND_DAY;

  _ac_chart_text_cache_get (self->texts, GTK_WIDGET (self), "10", &label_width, NULL);
  day_width = MAX (1, width - label_width - CHART_Y_LABEL_GAP - CHART_RIGHT_MARGIN) /
              (double) (self->data->last - self->data->first + 1);
  if (day_width >= CHART_MIN_DAY)
    return AC_CHART_BAND_DAY;

  for (AcChartBand band = AC_CHART_BAND_WEEK; band < AC_CHART_BAND_YEAR; band++)
    if (band_days[band] * day_width >= CHART_MIN_BAND)
      return band;

  return AC_CHART_BAND_YEAR;
}

/* A value of 0–10 into counts of each. */
static void
count_value (guint *counts,
             guint *n,
             int    value)
{
  if (value < 0)
    return;
  counts[MIN (value, 10)]++;
  (*n)++;
}

static void
add_point (GArray              *points,
           const AcChartColumn *column,
           guint                index,
           double               value,
           int                  low,
           int                  high,
           double               y)
{
  AcChartPoint point = {
    .julian = column->first,
    .n_days = column->n_days,
    .column = index,
    .soreness = value,
    .low = low,
    .high = high,
    .x = column->x,
    .y = y,
  };

  g_array_append_val (points, point);
}

/* A column's days: what they hold, and the middle values of their
 * soreness, stress and sleep. */
static void
fill_column (AcSorenessChart *self,
             AcChartColumn   *column)
{
  guint soreness[11] = { 0 }, stress[11] = { 0 }, sleep[11] = { 0 };
  guint n_stress = 0, n_sleep = 0;

  for (guint i = 0; i < column->n_days; i++)
    {
      const AcChartDay *day = &g_array_index (self->data->days, AcChartDay, column->first - self->data->first + i);

      if (day->soreness >= 0)
        {
          count_value (soreness, &column->n_checkins, day->soreness);
          column->low = column->low < 0 ? day->soreness : MIN (column->low, day->soreness);
          column->high = MAX (column->high, day->soreness);
          count_value (stress, &n_stress, day->stress);
          count_value (sleep, &n_sleep, day->sleep);
        }
      column->done |= day->done;
      column->planned |= day->planned;
      column->recovering |= day->recovering;
      column->n_sessions += day->n_done;
      if (day->symptoms != 0)
        {
          column->red_flag = TRUE;
          column->n_red_flags++;
        }
    }

  column->soreness = _ac_chart_middle (soreness, column->n_checkins);
  column->stress = _ac_chart_middle (stress, n_stress);
  column->sleep = _ac_chart_middle (sleep, n_sleep);
}

static void
layout_columns (AcSorenessChart *self)
{
  guint32 start = self->data->first;
  double previous_marker = -G_MAXDOUBLE;

  g_array_set_size (self->columns, 0);
  g_array_set_size (self->points, 0);
  g_array_set_size (self->stress_points, 0);
  g_array_set_size (self->sleep_points, 0);
  self->marker_gap = G_MAXDOUBLE;

  while (start <= self->data->last)
    {
      guint32 next = _ac_soreness_chart_band_next (self->band, _ac_soreness_chart_band_start (self->band, start));
      AcChartColumn column = { .soreness = -1, .low = -1, .high = -1 };
      guint index = self->columns->len;

      column.first = start;
      column.n_days = MIN (next, self->data->last + 1) - start;
      column.left = _ac_soreness_chart_x_of_day (self, start);
      column.right = column.left + column.n_days * self->day_width;
      column.x = (column.left + column.right) / 2;
      fill_column (self, &column);
      g_array_append_val (self->columns, column);
      start += column.n_days;

      if (column.done != 0 || column.planned != 0)
        {
          self->marker_gap = MIN (self->marker_gap, column.x - previous_marker);
          previous_marker = column.x;
        }

      if (column.n_checkins > 0)
        add_point (self->points, &column, index, column.soreness, column.low, column.high,
                   _ac_soreness_chart_y_of (self, column.soreness));
      if (column.stress >= 0)
        add_point (self->stress_points, &column, index, column.stress, -1, -1,
                   _ac_soreness_chart_y_of (self, column.stress));
      if (column.sleep >= 0)
        add_point (self->sleep_points, &column, index, column.sleep, -1, -1,
                   _ac_soreness_chart_y_of (self, column.sleep));
    }
}

static int
deepest (guint8 bits)
{
  for (int pressure = AC_PRESSURE_DEEP; pressure >= AC_PRESSURE_LIGHT; pressure--)
    if (bits & (1u << pressure))
      return pressure;

  return -1;
}

/* The session marks: dots, or where dots would overlap (a session a day
 * over a year) bars the width of their columns. A column with done and
 * planned sessions has both, side by side: the dots each half a step off
 * the middle, or the bar in place and the planned ring a step right. The
 * step keeps the two apart where the column is wide enough, and half
 * over each other where it is not. */
static void
layout_marks (AcSorenessChart *self)
{
  g_array_set_size (self->marks, 0);
  self->marker_radius = CLAMP (self->marker_gap * 0.45, 3, 4.5);
  self->dense = self->marker_gap < 2 * self->marker_radius + 1;

  for (guint i = 0; i < self->columns->len; i++)
    {
      const AcChartColumn *column = &g_array_index (self->columns, AcChartColumn, i);
      int done = deepest (column->done);
      int planned = deepest (column->planned);
      double width = column->right - column->left;
      double step = done >= 0 && planned >= 0
                    ? MIN (2 * self->marker_radius + 2, MAX (self->marker_radius + 1, width))
                    : 0;
      double left = self->dense ? 0 : step / 2;

      if (done >= 0)
        {
          AcChartMark mark = { .x = column->x - left, .column = i, .pressure = done };

          g_array_append_val (self->marks, mark);
        }
      if (planned >= 0)
        {
          /* Inside the widget, the ring's line too, even right of the
           * last column. */
          double most = self->width - self->marker_radius - 1.5;
          AcChartMark mark = { .x = MIN (column->x - left + step, most), .column = i, .pressure = planned,
                               .planned = TRUE };

          g_array_append_val (self->marks, mark);
        }
    }
}

/* The warning marks above the plot, a mark wide: where days are narrower,
 * a mark stands for the red-flag days under it and the next few, and the
 * next is drawn where it no longer overlaps. */
static void
layout_warnings (AcSorenessChart *self)
{
  double previous = -G_MAXDOUBLE;

  g_array_set_size (self->warnings, 0);
  for (guint i = 0; i < self->columns->len; i++)
    {
      const AcChartColumn *column = &g_array_index (self->columns, AcChartColumn, i);

      if (!column->red_flag || column->x < previous + CHART_WARNING_SIZE + 1)
        continue;

      g_array_append_val (self->warnings, column->x);
      previous = column->x;
    }
}

static void
layout_y_ticks (AcSorenessChart *self,
                int              label_height)
{
  int step = self->plot.size.height >= 5 * (label_height + 6) ? 2 : 5;

  g_array_set_size (self->y_ticks, 0);
  for (int value = 0; value <= 10; value += step)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);
      AcChartYTick tick = { .value = value, .y = _ac_soreness_chart_y_of (self, value) };

      tick.layout = _ac_chart_text_cache_get (self->texts, GTK_WIDGET (self), text,
                                              &tick.width, &tick.height);
      g_array_append_val (self->y_ticks, tick);
    }
}

typedef enum { UNIT_DAY, UNIT_MONTH, UNIT_YEAR } Unit;

static const struct {
  Unit  unit;
  guint step;
  guint days;   /* about how many days apart */
} tick_steps[] = {
  { UNIT_DAY, 1, 1 }, { UNIT_DAY, 2, 2 }, { UNIT_DAY, 7, 7 }, { UNIT_DAY, 14, 14 },
  { UNIT_MONTH, 1, 30 }, { UNIT_MONTH, 2, 61 }, { UNIT_MONTH, 3, 91 }, { UNIT_MONTH, 6, 182 },
  { UNIT_YEAR, 1, 365 }, { UNIT_YEAR, 2, 730 }, { UNIT_YEAR, 5, 1826 },
  { UNIT_YEAR, 10, 3652 }, { UNIT_YEAR, 25, 9131 }, { UNIT_YEAR, 50, 18262 },
  { UNIT_YEAR, 100, 36525 },
};

/* The days one step of the time axis names, in the window. */
static void
tick_days (AcSorenessChart *self,
           guint            candidate,
           GArray          *days)
{
  guint step = tick_steps[candidate].step;
  GDate month;

  set_julian (&month, self->data->first);
  g_date_set_day (&month, 1);

  while (g_date_valid (&month) && g_date_get_julian (&month) <= self->data->last)
    {
      guint32 start = g_date_get_julian (&month);
      guint month_days = g_date_get_days_in_month (g_date_get_month (&month), g_date_get_year (&month));

      switch (tick_steps[candidate].unit)
        {
        case UNIT_DAY:
          /* 1, 8, 15, 22 for weeks; never a day too close to the next
           * month's first. */
          for (guint d = 1; d <= month_days; d += step)
            if (step == 1 || (month_days - d + 1) * 2 > step)
              g_array_append_vals (days, &(guint32) { start + d - 1 }, 1);
          break;

        case UNIT_MONTH:
          if ((g_date_get_month (&month) - 1) % step == 0)
            g_array_append_val (days, start);
          break;

        case UNIT_YEAR:
          if (g_date_get_month (&month) == G_DATE_JANUARY && g_date_get_year (&month) % step == 0)
            g_array_append_val (days, start);
          break;

        default:
          g_assert_not_reached ();
        }

      if (tick_steps[candidate].unit == UNIT_YEAR)
        {
          /* Straight to the next January. */
          g_date_set_month (&month, G_DATE_JANUARY);
          g_date_add_years (&month, 1);
        }
      else
        g_date_add_months (&month, 1);
    }
}

static const char *
tick_format (Unit     unit,
             guint32  julian,
             gboolean first)
{
  GDate date;

  set_julian (&date, julian);
  switch (unit)
    {
    case UNIT_DAY:
      if (first || g_date_get_day (&date) == 1)
        /* Translators: a date on the chart's time axis, with its month;
         * see g_date_time_format() */
        return C_("chart axis", "%-d %b");
      /* Translators: a day on the chart's time axis, after the first of
       * its month */
      return C_("chart axis", "%-d");

    case UNIT_MONTH:
      if (first || g_date_get_month (&date) == G_DATE_JANUARY)
        /* Translators: a month on the chart's time axis, with its year */
        return C_("chart axis", "%b %Y");
      /* Translators: a month on the chart's time axis */
      return C_("chart axis", "%b");

    case UNIT_YEAR:
    default:
      /* Translators: a year on the chart's time axis */
      return C_("chart axis", "%Y");
    }
}

/* Tries a step of the time axis: its labels, centred on their days and
 * kept inside the widget, must leave CHART_X_LABEL_GAP between each other. */
static gboolean
try_ticks (AcSorenessChart *self,
           guint            candidate,
           GArray          *ticks)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  double previous_end = -G_MAXDOUBLE;

  g_array_set_size (ticks, 0);
  tick_days (self, candidate, days);

  /* Far more labels than could fit: not worth measuring. */
  if (days->len > self->plot.size.width / 12 + 1)
    return FALSE;

  for (guint i = 0; i < days->len; i++)
    {
      guint32 julian = g_array_index (days, guint32, i);
      GDate date;
      g_autofree char *text = NULL;
      AcChartTick tick = { 0 };
      PangoLayout *layout;

      if (julian < self->data->first || julian > self->data->last)
        continue;

      set_julian (&date, julian);
      text = _ac_chart_format_date (&date, tick_format (tick_steps[candidate].unit, julian, ticks->len == 0));
      layout = _ac_chart_text_cache_get (self->texts, GTK_WIDGET (self), text, &tick.width, NULL);
      tick.layout = layout;
      tick.text = pango_layout_get_text (layout);
      tick.x = _ac_soreness_chart_x_of_day (self, julian) + self->day_width / 2;
      tick.label_x = CLAMP (round (tick.x - tick.width / 2.0), 0, MAX (0, self->width - tick.width));

      if (tick.label_x < previous_end + CHART_X_LABEL_GAP)
        return FALSE;
      previous_end = tick.label_x + tick.width;
      g_array_append_val (ticks, tick);
    }

  return TRUE;
}

static void
layout_x_ticks (AcSorenessChart *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      if (tick_steps[i].days * self->day_width < 12)
        continue;
      if (try_ticks (self, i, self->ticks))
        return;
    }

  g_array_set_size (self->ticks, 0);
}

void
_ac_soreness_chart_ensure_geometry (AcSorenessChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int label_width, label_height;
  guint n_days;
  double plot_x;

  if (self->geometry_valid && width == self->width && height == self->height)
    return;

  self->width = width;
  self->height = height;
  self->geometry_valid = TRUE;

  /* Nothing holds a layout of the cache now: all is laid out again. */
  g_array_set_size (self->ticks, 0);
  g_array_set_size (self->y_ticks, 0);
  _ac_chart_text_cache_trim (self->texts, 256);
  _ac_chart_text_cache_get (self->texts, widget, "10", &label_width, &label_height);
  plot_x = label_width + CHART_Y_LABEL_GAP;
  self->plot = GRAPHENE_RECT_INIT (plot_x, CHART_TOP_MARGIN,
                                   MAX (1, width - plot_x - CHART_RIGHT_MARGIN),
                                   MAX (1, height - CHART_TOP_MARGIN - CHART_STRIP_HEIGHT - 8 - label_height));
  self->strip_y = self->plot.origin.y + self->plot.size.height + 3 + CHART_STRIP_HEIGHT / 2.0;
  self->label_y = self->plot.origin.y + self->plot.size.height + CHART_STRIP_HEIGHT + 6;

  n_days = self->data->last - self->data->first + 1;
  self->day_width = self->plot.size.width / n_days;
  self->band = _ac_soreness_chart_band_for_width (self, width);

  layout_columns (self);
  layout_marks (self);
  layout_warnings (self);
  layout_y_ticks (self, label_height);
  layout_x_ticks (self);
}

/* The day under @x, within the window. */
guint32
_ac_soreness_chart_day_at (AcSorenessChart *self,
                           double           x)
{
  double offset;

  _ac_soreness_chart_ensure_geometry (self);
  offset = floor ((x - self->plot.origin.x) / self->day_width);
  offset = CLAMP (offset, 0, self->data->last - self->data->first);

  return self->data->first + (guint32) offset;
}

/* The index of the column that holds @julian, or -1. */
int
_ac_soreness_chart_column_index (AcSorenessChart *self,
                                 guint32          julian)
{
  guint lo = 0, hi;

  _ac_soreness_chart_ensure_geometry (self);
  if (julian < self->data->first || julian > self->data->last || self->columns->len == 0)
    return -1;
  if (self->band == AC_CHART_BAND_DAY)
    return julian - self->data->first < self->columns->len ? (int) (julian - self->data->first) : -1;

  /* The last column that starts on or before it. */
  hi = self->columns->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->columns, AcChartColumn, mid).first <= julian)
        lo = mid;
      else
        hi = mid;
    }

  return (int) lo;
}

const AcChartColumn *
_ac_soreness_chart_column_of_day (AcSorenessChart *self,
                                  guint32          julian)
{
  int index = _ac_soreness_chart_column_index (self, julian);

  return index >= 0 ? &g_array_index (self->columns, AcChartColumn, index) : NULL;
}

const AcChartPoint *
_ac_soreness_chart_get_points (AcSorenessChart *self,
                               guint           *n_points)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  *n_points = self->points->len;
  return (const AcChartPoint *) (gpointer) self->points->data;
}

const AcChartTick *
_ac_soreness_chart_get_ticks (AcSorenessChart *self,
                              guint           *n_ticks)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  *n_ticks = self->ticks->len;
  return (const AcChartTick *) (gpointer) self->ticks->data;
}

AcChartBand
_ac_soreness_chart_get_band (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), AC_CHART_BAND_DAY);

  _ac_soreness_chart_ensure_geometry (self);
  return self->band;
}

/**
 * _ac_soreness_chart_get_columns:
 *
 * Returns: (transfer none) (array length=n_columns): the columns of days
 */
const AcChartColumn *
_ac_soreness_chart_get_columns (AcSorenessChart *self,
                                guint           *n_columns)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  *n_columns = self->columns->len;
  return (const AcChartColumn *) (gpointer) self->columns->data;
}

/**
 * _ac_soreness_chart_get_stress_sleep:
 * @sleep: sleep, or else stress
 *
 * Returns: (transfer none) (array length=n_points): the points of stress
 *   or sleep, drawn while the chart shows them
 */
const AcChartPoint *
_ac_soreness_chart_get_stress_sleep (AcSorenessChart *self,
                                     gboolean         sleep,
                                     guint           *n_points)
{
  GArray *points;

  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  points = sleep ? self->sleep_points : self->stress_points;
  *n_points = points->len;
  return (const AcChartPoint *) (gpointer) points->data;
}

void
_ac_soreness_chart_get_plot (AcSorenessChart *self,
                             graphene_rect_t *plot)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));

  _ac_soreness_chart_ensure_geometry (self);
  *plot = self->plot;
}

AcChartData *
_ac_soreness_chart_get_data (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  return self->data;
}

/**
 * _ac_soreness_chart_get_marks:
 * @radius: (out) (optional): the radius of the dots
 *
 * Returns: (transfer none) (array length=n_marks): the session marks
 */
const AcChartMark *
_ac_soreness_chart_get_marks (AcSorenessChart *self,
                              guint           *n_marks,
                              double          *radius)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  *n_marks = self->marks->len;
  if (radius != NULL)
    *radius = self->marker_radius;
  return (const AcChartMark *) (gpointer) self->marks->data;
}

/**
 * _ac_soreness_chart_get_warnings:
 *
 * Returns: (transfer none) (array length=n_warnings): the middles of the
 *   warning marks
 */
const double *
_ac_soreness_chart_get_warnings (AcSorenessChart *self,
                                 guint           *n_warnings)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  _ac_soreness_chart_ensure_geometry (self);
  *n_warnings = self->warnings->len;
  return (const double *) (gpointer) self->warnings->data;
}
