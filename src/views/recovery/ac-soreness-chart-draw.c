/* ac-soreness-chart-draw.c — the soreness chart's frame
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart-draw"

#include "config.h"

#include <math.h>

#include "ac-soreness-chart-private.h"

/* Soreness bands, the shading after sessions, the days after today, grid
 * lines and the ranges of a banded chart as colour nodes; the lines,
 * points and session marks in one cairo node; warning marks as the icon
 * the calendar uses; text from the chart's cache of layouts. */

static void
ensure_colors (AcSorenessChart *self)
{
  if (self->colors_valid)
    return;

  _ac_chart_colors_lookup (&self->colors, GTK_WIDGET (self));
  g_clear_object (&self->warning_icon);
  self->warning_icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                                   "dialog-warning-symbolic", NULL, CHART_WARNING_SIZE,
                                                   gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                                   gtk_widget_get_direction (GTK_WIDGET (self)), 0);
  self->colors_valid = TRUE;
}

/* Warnings: the calendar's mark, above the plot over the day; where days
 * are narrower than the mark, spaced out (ac-soreness-chart-layout.c). */
static void
snapshot_warnings (AcSorenessChart *self,
                   GtkSnapshot     *snapshot)
{
  for (guint i = 0; i < self->warnings->len; i++)
    {
      double x = g_array_index (self->warnings, double, i);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x - CHART_WARNING_SIZE / 2.0), 0));
      gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (self->warning_icon), snapshot,
                                                CHART_WARNING_SIZE, CHART_WARNING_SIZE, &self->colors.red_flag, 1);
      gtk_snapshot_restore (snapshot);
    }
}

/* The soreness bands across [@left, @right). */
static void
snapshot_bands (AcSorenessChart *self,
                GtkSnapshot     *snapshot,
                double           left,
                double           right)
{
  static const double band_top[] = { 0, 3.5, 6.5, 10 };
  static const double band_bottom[] = { 0, 0.5, 3.5, 6.5 };

  if (right <= left)
    return;

  for (guint band = AC_SORENESS_MILD; band <= AC_SORENESS_SEVERE; band++)
    {
      double top = _ac_soreness_chart_y_of (self, band_top[band]);

      _ac_chart_append_rect (snapshot, &self->colors.band[band], left, top,
                             right - left, _ac_soreness_chart_y_of (self, band_bottom[band]) - top);
    }
}

/* The soreness bands, and the shading after sessions in runs of days
 * (the heavy journal's is one long run) in their place: a tint over
 * another tint made a muddy mix, in the dark style most. Bands of a week
 * or more would shade nearly all of the chart, so they have none. */
static void
snapshot_background (AcSorenessChart *self,
                     GtkSnapshot     *snapshot)
{
  const graphene_rect_t *plot = &self->plot;
  double bands_from = plot->origin.x;
  double run_start = -1;

  for (guint i = 0; self->band == AC_CHART_BAND_DAY && i <= self->columns->len; i++)
    {
      const AcChartColumn *column = i < self->columns->len ? &g_array_index (self->columns, AcChartColumn, i) : NULL;

      if (column != NULL && column->recovering)
        {
          if (run_start < 0)
            run_start = round (column->left);
          continue;
        }
      if (run_start >= 0)
        {
          double end = round (column != NULL ? column->left : plot->origin.x + plot->size.width);

          snapshot_bands (self, snapshot, bands_from, run_start);
          _ac_chart_append_rect (snapshot, &self->colors.window, run_start, plot->origin.y,
                                 end - run_start, plot->size.height);
          bands_from = end;
          run_start = -1;
        }
    }
  snapshot_bands (self, snapshot, bands_from, plot->origin.x + plot->size.width);

  /* The days after today. */
  if (self->data->today >= self->data->first && self->data->today < self->data->last)
    {
      double x = _ac_soreness_chart_x_of_day (self, self->data->today + 1);

      _ac_chart_append_rect (snapshot, &self->colors.future, x, plot->origin.y,
                             plot->origin.x + plot->size.width - x, plot->size.height);
    }

  /* Grid lines at the soreness ticks and the dates, and the zero line. */
  for (guint i = 0; i < self->y_ticks->len; i++)
    {
      const AcChartYTick *tick = &g_array_index (self->y_ticks, AcChartYTick, i);

      _ac_chart_append_rect (snapshot, tick->value == 0 ? &self->colors.baseline : &self->colors.grid,
                             plot->origin.x, round (tick->y) - (tick->value == 0 ? 0 : 0.5),
                             plot->size.width, 1);
    }
  for (guint i = 0; i < self->ticks->len; i++)
    {
      const AcChartTick *tick = &g_array_index (self->ticks, AcChartTick, i);

      _ac_chart_append_rect (snapshot, &self->colors.grid, round (tick->x) - 0.5, plot->origin.y,
                             1, plot->size.height);
    }

  if (self->data->today >= self->data->first && self->data->today < self->data->last)
    _ac_chart_append_rect (snapshot, &self->colors.today, round (_ac_soreness_chart_x_of_day (self, self->data->today + 1)) - 0.5,
                           plot->origin.y - 4, 1, plot->size.height + 4);
}

/* A band's range, lowest to highest, as a bar a little narrower than its
 * column: at least a few pixels tall, so that a band whose check-ins all
 * say the same still shows. */
static void
snapshot_ranges (AcSorenessChart *self,
                 GtkSnapshot     *snapshot)
{
  for (guint i = 0; i < self->points->len; i++)
    {
      const AcChartPoint *point = &g_array_index (self->points, AcChartPoint, i);
      const AcChartColumn *column = &g_array_index (self->columns, AcChartColumn, point->column);
      double top = _ac_soreness_chart_y_of (self, point->high);
      double bottom = _ac_soreness_chart_y_of (self, point->low);
      double width = column->right - column->left;
      double gap = width >= 5 ? 1 : 0;

      if (bottom - top < 3)
        {
          top = (top + bottom) / 2 - 1.5;
          bottom = top + 3;
        }
      /* On the card, not over the soreness bands: grey over their tints
       * was a muddy olive in the dark style. */
      _ac_chart_append_rect (snapshot, &self->colors.surface, round (column->left) + gap, round (top),
                             MAX (1, round (column->right) - round (column->left) - 2 * gap),
                             round (bottom) - round (top));
      _ac_chart_append_rect (snapshot, &self->colors.range, round (column->left) + gap, round (top),
                             MAX (1, round (column->right) - round (column->left) - 2 * gap),
                             round (bottom) - round (top));
    }
}

static void
snapshot_cursor_line (AcSorenessChart *self,
                      GtkSnapshot     *snapshot,
                      guint32          julian,
                      double           width,
                      double           alpha)
{
  const AcChartColumn *column = _ac_soreness_chart_column_of_day (self, julian);
  GdkRGBA color = self->colors.cursor;

  if (column == NULL)
    return;

  color.alpha *= alpha;
  _ac_chart_append_rect (snapshot, &color, round (column->x - width / 2), self->plot.origin.y,
                         width, self->strip_y + CHART_STRIP_HEIGHT / 2.0 - self->plot.origin.y);
}

static void
circle (cairo_t *cr,
        double   x,
        double   y,
        double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
}

/* A path through @points: broken over a gap of more than a week of days,
 * or of a band without check-ins. */
static void
path_line (AcSorenessChart *self,
           cairo_t         *cr,
           GArray          *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      const AcChartPoint *point = &g_array_index (points, AcChartPoint, i);
      const AcChartPoint *previous = i > 0 ? point - 1 : NULL;
      gboolean gap = previous == NULL ||
                     (self->band == AC_CHART_BAND_DAY
                      ? point->julian - previous->julian > CHART_MAX_GAP_DAYS
                      : point->column - previous->column > 1);

      if (gap)
        cairo_move_to (cr, point->x, point->y);
      else
        cairo_line_to (cr, point->x, point->y);
    }
}

/* The narrowest a column gets: a day, or a band of the shortest length. */
static double
column_spacing (AcSorenessChart *self)
{
  if (self->band == AC_CHART_BAND_DAY || self->columns->len == 0)
    return self->day_width;
  return self->plot.size.width / self->columns->len;
}

static void
draw_line (AcSorenessChart *self,
           cairo_t         *cr)
{
  path_line (self, cr, self->points);

  /* A line of a point every pixel or two zigzags over most of the plot:
   * cairo's finest antialiasing costs 3 ms there (a year of daily
   * check-ins), its fast one under 1 ms, and at that density the two look
   * the same. */
  if (column_spacing (self) < 4)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  _ac_chart_set_source (cr, &self->colors.fg);
  cairo_set_line_width (cr, self->colors.line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

/* Stress and sleep, beside soreness on the same 0–10 scale: thinner, in
 * their own colours and dashes, under the soreness line. */
static void
draw_stress_sleep (AcSorenessChart *self,
                   cairo_t         *cr)
{
  static const double stress_dashes[] = { 6, 3 };
  /* Round dots, a little wider than the dashes: a dotted line in the
   * same width reads fainter. */
  static const double sleep_dashes[] = { 0.5, 4 };

  cairo_set_line_width (cr, MAX (1.5, self->colors.line_width - 0.5));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  path_line (self, cr, self->stress_points);
  _ac_chart_set_source (cr, &self->colors.stress);
  cairo_set_dash (cr, stress_dashes, G_N_ELEMENTS (stress_dashes), 0);
  cairo_stroke (cr);

  path_line (self, cr, self->sleep_points);
  cairo_set_line_width (cr, MAX (2.5, self->colors.line_width + 0.5));
  _ac_chart_set_source (cr, &self->colors.sleep);
  cairo_set_dash (cr, sleep_dashes, G_N_ELEMENTS (sleep_dashes), 0);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_points (AcSorenessChart *self,
             cairo_t         *cr)
{
  double spacing = column_spacing (self);
  double radius = spacing >= 7 ? 3.5 : spacing >= 4 ? 2.5 : 0;

  /* Points when there is room for them, with a ring of the surface so
   * that they stand off the line. */
  if (radius > 0)
    {
      for (guint i = 0; i < self->points->len; i++)
        {
          const AcChartPoint *point = &g_array_index (self->points, AcChartPoint, i);

          circle (cr, point->x, point->y, radius + 1.5);
        }
      _ac_chart_set_source (cr, &self->colors.surface);
      cairo_fill (cr);

      for (guint i = 0; i < self->points->len; i++)
        {
          const AcChartPoint *point = &g_array_index (self->points, AcChartPoint, i);

          circle (cr, point->x, point->y, radius);
        }
      _ac_chart_set_source (cr, &self->colors.fg);
      cairo_fill (cr);
    }

  /* Warning symptoms: always, as a red point and a mark above the plot. */
  for (guint i = 0; i < self->columns->len; i++)
    {
      const AcChartColumn *column = &g_array_index (self->columns, AcChartColumn, i);
      double y;

      if (!column->red_flag)
        continue;

      /* At the highest of a band: where the warning was. */
      if (column->high >= 0)
        {
          y = _ac_soreness_chart_y_of (self, column->high);
          circle (cr, column->x, y, 5.5);
          _ac_chart_set_source (cr, &self->colors.surface);
          cairo_fill (cr);
          circle (cr, column->x, y, 4);
          _ac_chart_set_source (cr, &self->colors.red_flag);
          cairo_fill (cr);
        }

    }
}

/* The session marks (ac-soreness-chart-layout.c): done ones filled, as
 * dots or, where dots would overlap, as bars that make a band without
 * drawing a few hundred circles; one path and one fill per pressure.
 * Planned ones hollow, over them; they are few. */
static void
draw_sessions (AcSorenessChart *self,
               cairo_t         *cr)
{
  double radius = self->marker_radius;

  for (int pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < self->marks->len; i++)
        {
          const AcChartMark *mark = &g_array_index (self->marks, AcChartMark, i);

          if (mark->planned || mark->pressure != pressure)
            continue;

          if (self->dense)
            {
              const AcChartColumn *column = &g_array_index (self->columns, AcChartColumn, mark->column);
              double left = floor (column->left);

              cairo_rectangle (cr, left, round (self->strip_y) - 4,
                               MAX (1, floor (column->right) - left), 8);
            }
          else
            circle (cr, mark->x, self->strip_y, radius);
          any = TRUE;
        }

      if (any)
        {
          _ac_chart_set_source (cr, &self->colors.pressure[pressure]);
          cairo_fill (cr);
        }
    }

  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const AcChartMark *mark = &g_array_index (self->marks, AcChartMark, i);

      if (!mark->planned)
        continue;

      circle (cr, mark->x, self->strip_y, radius - 0.75);
      _ac_chart_set_source (cr, &self->colors.surface);
      cairo_fill_preserve (cr);
      _ac_chart_set_source (cr, &self->colors.pressure[mark->pressure]);
      cairo_stroke (cr);
    }
}

static void
draw_cursor_point (AcSorenessChart *self,
                   cairo_t         *cr)
{
  const AcChartColumn *column = _ac_soreness_chart_column_of_day (self, self->cursor);

  if (column == NULL || column->soreness < 0)
    return;

  circle (cr, column->x, _ac_soreness_chart_y_of (self, column->soreness), 6.5);
  cairo_set_line_width (cr, 2.5);
  _ac_chart_set_source (cr, &self->colors.cursor);
  cairo_stroke (cr);
}

static void
snapshot_labels (AcSorenessChart *self,
                 GtkSnapshot     *snapshot)
{
  for (guint i = 0; i < self->y_ticks->len; i++)
    {
      const AcChartYTick *tick = &g_array_index (self->y_ticks, AcChartYTick, i);

      _ac_chart_append_text (snapshot, tick->layout, &self->colors.axis,
                             self->plot.origin.x - CHART_Y_LABEL_GAP - tick->width,
                             round (tick->y - tick->height / 2.0));
    }

  for (guint i = 0; i < self->ticks->len; i++)
    {
      const AcChartTick *tick = &g_array_index (self->ticks, AcChartTick, i);

      _ac_chart_append_text (snapshot, tick->layout, &self->colors.axis, tick->label_x, round (self->label_y));
    }
}

/**
 * _ac_soreness_chart_draw:
 *
 * The chart's snapshot(): its nodes, with the geometry and text of the
 * frame before unless the size or the data changed.
 */
void
_ac_soreness_chart_draw (AcSorenessChart *self,
                         GtkSnapshot     *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean focused = gtk_widget_has_focus (widget);
  cairo_t *cr;

  if (self->data == NULL || gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return;

  ensure_colors (self);
  _ac_soreness_chart_ensure_geometry (self);

  snapshot_background (self, snapshot);
  if (self->band != AC_CHART_BAND_DAY)
    snapshot_ranges (self, snapshot);
  if (self->hover != 0 && (!focused || self->hover != self->cursor))
    snapshot_cursor_line (self, snapshot, self->hover, 1, 0.5);
  if (focused && self->cursor != 0)
    snapshot_cursor_line (self, snapshot, self->cursor, 2, 1);

  /* One cairo node for the marks, which are round: the line, points,
   * warnings and sessions. */
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, self->width,
                                                       self->strip_y + CHART_STRIP_HEIGHT / 2.0 + 1));
  if (self->stress_sleep)
    draw_stress_sleep (self, cr);
  draw_line (self, cr);
  draw_points (self, cr);
  draw_sessions (self, cr);
  if (focused)
    draw_cursor_point (self, cr);
  cairo_destroy (cr);

  snapshot_warnings (self, snapshot);
  snapshot_labels (self, snapshot);
}
