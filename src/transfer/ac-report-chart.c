/* ac-report-chart.c — the report's soreness chart and recovery profile
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both charts share a soreness axis, 0–10, with the bands of GUIDANCE.md
 * shaded behind: mild 1–3, moderate 4–6, severe 7–10.
 */

#define G_LOG_DOMAIN "ac-report-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ac-report-private.h"

#define FONT_AXIS   AC_REPORT_FONT " 7"
#define FONT_LEGEND AC_REPORT_FONT " 7.5"
#define LINE_COLOR  0x1c71d8
#define FLAG_COLOR  AC_REPORT_ALERT
#define AXIS_WIDTH  22.0   /* soreness labels on the left */
#define BAND_WIDTH  48.0   /* band names on the right */
#define LEGEND_GAP  10.0

/* Check-ins more than this many days apart are not joined by the line. */
#define MAX_JOIN_DAYS 7

typedef struct
{
  double x0, x1;   /* the plot, left to right */
  double y0, y1;   /* top (soreness 10) to bottom (0) */
} Plot;

static const struct
{
  double  low, high;
  guint32 color;
  AcSorenessBand band;
} bands[] = {
  { 0.5, 3.5,  0xf8e45c, AC_SORENESS_MILD },
  { 3.5, 6.5,  0xffa348, AC_SORENESS_MODERATE },
  { 6.5, 10.0, 0xed333b, AC_SORENESS_SEVERE },
};

static double
plot_y (const Plot *plot,
        double      soreness)
{
  return plot->y1 - soreness / 10.0 * (plot->y1 - plot->y0);
}

/* Text centred on x, or right-aligned to it, with its middle at y. */
static void
draw_text (AcReportCanvas *canvas,
           const char     *font,
           const char     *text,
           double          x,
           double          y,
           double          align,
           guint32         color)
{
  cairo_t *cr = canvas->cr;
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = _ac_report_layout (canvas->pango, font, -1, escaped);

  _ac_report_set_color (cr, color, 1);
  cairo_move_to (cr, x - align * _ac_report_layout_width (layout), y - _ac_report_layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);
}

/* The bands, the grid and the soreness axis. */
static void
draw_frame (AcReportCanvas *canvas,
            const Plot     *plot)
{
  cairo_t *cr = canvas->cr;

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      double top = plot_y (plot, bands[i].high);
      double bottom = plot_y (plot, bands[i].low);

      _ac_report_set_color (cr, bands[i].color, 0.16);
      cairo_rectangle (cr, plot->x0, top, plot->x1 - plot->x0, bottom - top);
      cairo_fill (cr);
      draw_text (canvas, FONT_AXIS, ac_soreness_band_get_label (bands[i].band),
                 plot->x1 + 4, (top + bottom) / 2, 0, AC_REPORT_MUTED);
    }

  cairo_set_line_width (cr, 0.4);
  for (int value = 0; value <= 10; value += 2)
    {
      char label[4];
      double y = plot_y (plot, value);

      _ac_report_set_color (cr, AC_REPORT_RULE, 1);
      cairo_move_to (cr, plot->x0, y);
      cairo_line_to (cr, plot->x1, y);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%d", value);
      draw_text (canvas, FONT_AXIS, label, plot->x0 - 4, y, 1, AC_REPORT_MUTED);
    }

  _ac_report_set_color (cr, AC_REPORT_TEXT, 1);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, plot->x0, plot->y1);
  cairo_line_to (cr, plot->x1, plot->y1);
  cairo_stroke (cr);
}

static void
triangle (cairo_t *cr,
          double   x,
          double   y,
          double   size)
{
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size * 0.9, y + size * 0.6);
  cairo_line_to (cr, x - size * 0.9, y + size * 0.6);
  cairo_close_path (cr);
}

static void
session_marker (cairo_t    *cr,
                AcPressure  pressure,
                gboolean    planned,
                double      x,
                double      y,
                double      size)
{
  guint32 color;

  _ac_report_pressure_color (pressure, &color);
  cairo_new_path (cr);
  triangle (cr, x, y, size);
  if (planned)
    {
      _ac_report_set_color (cr, 0xffffff, 1);
      cairo_fill_preserve (cr);
      _ac_report_set_color (cr, color, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  else
    {
      _ac_report_set_color (cr, color, 1);
      cairo_fill (cr);
    }
}

/* A row of legend entries, each a symbol drawn by @symbol and a label. */
typedef void (*SymbolFunc) (cairo_t *cr, double x, double y, gpointer data);

static double
legend_entry (AcReportCanvas *canvas,
              double          x,
              double          y,
              SymbolFunc      symbol,
              gpointer        data,
              const char     *label)
{
  cairo_t *cr = canvas->cr;
  g_autofree char *escaped = g_markup_escape_text (label, -1);
  g_autoptr(PangoLayout) layout = _ac_report_layout (canvas->pango, FONT_LEGEND, -1, escaped);

  symbol (cr, x + 5, y, data);
  _ac_report_set_color (cr, AC_REPORT_TEXT, 1);
  cairo_move_to (cr, x + 13, y - _ac_report_layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);

  return x + 13 + _ac_report_layout_width (layout) + 14;
}

static void
pressure_symbol (cairo_t *cr,
                 double   x,
                 double   y,
                 gpointer data)
{
  session_marker (cr, GPOINTER_TO_INT (data) & 0xff, GPOINTER_TO_INT (data) >> 8, x, y, 4);
}

static void
line_symbol (cairo_t *cr,
             double   x,
             double   y,
             gpointer data)
{
  _ac_report_set_color (cr, GPOINTER_TO_UINT (data), 1);
  cairo_set_line_width (cr, 1.5);
  cairo_new_path (cr);
  cairo_move_to (cr, x - 5, y);
  cairo_line_to (cr, x + 5, y);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, 1.8, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
flag_symbol (cairo_t *cr,
             double   x,
             double   y,
             gpointer data)
{
  _ac_report_set_color (cr, FLAG_COLOR, 1);
  cairo_set_line_width (cr, 1.2);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
  cairo_stroke (cr);
}

static double
day_x (const Plot *plot,
       guint32     first,
       guint       n_days,
       guint32     day)
{
  return plot->x0 + ((double) (day - first) + 0.5) * (plot->x1 - plot->x0) / n_days;
}

static void
time_tick (AcReportCanvas *canvas,
           const Plot     *plot,
           guint32         first,
           guint           n_days,
           const GDate    *day,
           const char     *format)
{
  cairo_t *cr = canvas->cr;
  double x = day_x (plot, first, n_days, g_date_get_julian (day));
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *label = NULL;

  _ac_report_set_color (cr, AC_REPORT_TEXT, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, plot->y1);
  cairo_line_to (cr, x, plot->y1 + 3);
  cairo_stroke (cr);

  if (format == NULL)
    return;
  time = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 0, 0, 0);
  label = g_date_time_format (time, format);
  draw_text (canvas, FONT_AXIS, label, x, plot->y1 + 9, 0.5, AC_REPORT_MUTED);
}

/* Ticks under the time axis: days, weeks, months or years by the span,
 * with at most a dozen or so labels. */
static void
draw_time_axis (AcReportCanvas *canvas,
                const Plot     *plot,
                const GDate    *from,
                guint           n_days)
{
  guint32 first = g_date_get_julian (from);
  guint32 last = first + n_days - 1;
  GDate day = *from;
  int last_year = 0;

  if (n_days <= 60)
    {
      guint step = n_days <= 14 ? 1 : 7;

      for (guint i = 0; i < n_days; i += step, g_date_add_days (&day, step))
        time_tick (canvas, plot, first, n_days, &day, C_("chart day", "%-d %b"));
    }
  else if (n_days <= 800)
    {
      /* The first of each month; every other one labelled past a year. */
      g_date_set_day (&day, 1);
      if (g_date_get_julian (&day) < first)
        g_date_add_months (&day, 1);
      for (; g_date_get_julian (&day) <= last; g_date_add_months (&day, 1))
        {
          const char *format = NULL;

          if (n_days <= 400 || g_date_get_month (&day) % 2 == 1)
            format = g_date_get_year (&day) != last_year
                     ? C_("chart month and year", "%b %Y")
                     : C_("chart month", "%b");
          if (format != NULL)
            last_year = g_date_get_year (&day);
          time_tick (canvas, plot, first, n_days, &day, format);
        }
    }
  else
    {
      /* New Year's days, every 1, 2 or 5 × 10ⁿ years: at most about ten. */
      static const int nice[] = { 1, 2, 5 };
      double wanted = n_days / 365.25 / 10;
      GDate end = *from;
      int step = 1;

      for (int scale = 1; step < wanted; scale *= 10)
        for (guint i = 0; i < G_N_ELEMENTS (nice) && step < wanted; i++)
          step = nice[i] * scale;

      g_date_add_days (&end, n_days - 1);
      for (int year = g_date_get_year (from) + 1; year <= g_date_get_year (&end); year++)
        if (year % step == 0)
          {
            g_date_set_dmy (&day, 1, G_DATE_JANUARY, year);
            time_tick (canvas, plot, first, n_days, &day, "%Y");
          }
    }
}

/**
 * _ac_report_draw_soreness_chart:
 * @height: the height of the plot and its axes
 *
 * Daily soreness over the report's period, session markers by pressure
 * under it, and a legend.
 *
 * Returns: the height drawn
 */
double
_ac_report_draw_soreness_chart (AcReportCanvas *canvas,
                                double          height)
{
  cairo_t *cr = canvas->cr;
  AcReportInput *input = canvas->input;
  GPtrArray *checkins = input->period->checkins;
  GPtrArray *sessions = input->period->sessions;
  guint32 first = g_date_get_julian (&input->from);
  guint n_days = g_date_get_julian (&input->to) - first + 1;
  double marker_y, marker_size;
  double x;
  gboolean drawing = FALSE;
  guint32 previous = 0;
  Plot plot;

  plot.x0 = canvas->left + AXIS_WIDTH;
  plot.x1 = canvas->right - BAND_WIDTH;
  plot.y0 = canvas->y + 6;
  plot.y1 = canvas->y + height - 34;
  marker_y = plot.y1 + 24;
  /* Smaller markers when there are many, so that they stay apart. */
  marker_size = CLAMP ((plot.x1 - plot.x0) / MAX (sessions->len, 1) * 0.6, 1.5, 4);

  draw_frame (canvas, &plot);
  draw_time_axis (canvas, &plot, &input->from, n_days);

  /* Sessions: a faint line up the plot when there are few, and a marker
   * under the axis. */
  for (guint i = 0; i < sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (sessions, i);
      GDate day;

      ac_session_get_local_date (session, &day);
      x = day_x (&plot, first, n_days, g_date_get_julian (&day));
      if (sessions->len <= 60)
        {
          guint32 color;

          _ac_report_pressure_color (ac_session_get_pressure (session), &color);
          _ac_report_set_color (cr, color, 0.35);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, x, plot.y0);
          cairo_line_to (cr, x, plot.y1);
          cairo_stroke (cr);
        }
      session_marker (cr, ac_session_get_pressure (session), ac_session_get_planned (session),
                      x, marker_y, marker_size);
    }

  /* The soreness line, broken where check-ins are far apart. */
  _ac_report_set_color (cr, LINE_COLOR, 1);
  cairo_set_line_width (cr, 1.4);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);
      guint32 day = ac_checkin_get_julian (checkin);
      double y = plot_y (&plot, ac_checkin_get_soreness (checkin));

      x = day_x (&plot, first, n_days, day);
      if (drawing && day - previous <= MAX_JOIN_DAYS)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
      previous = day;
    }
  cairo_stroke (cr);

  for (guint i = 0; i < checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);
      double y = plot_y (&plot, ac_checkin_get_soreness (checkin));

      x = day_x (&plot, first, n_days, ac_checkin_get_julian (checkin));
      if (checkins->len <= 150)
        {
          _ac_report_set_color (cr, LINE_COLOR, 1);
          cairo_arc (cr, x, y, 1.8, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      if (ac_checkin_get_symptoms (checkin) != AC_SYMPTOM_NONE)
        flag_symbol (cr, x, y, NULL);
    }

  if (checkins->len == 0)
    draw_text (canvas, AC_REPORT_FONT " Italic 9", _("No check-ins in this period"),
               (plot.x0 + plot.x1) / 2, (plot.y0 + plot.y1) / 2, 0.5, AC_REPORT_MUTED);

  /* The legend. */
  x = plot.x0;
  for (AcPressure pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    x = legend_entry (canvas, x, marker_y + LEGEND_GAP + 8, pressure_symbol,
                      GINT_TO_POINTER (pressure), ac_pressure_get_label (pressure));
  x = legend_entry (canvas, x, marker_y + LEGEND_GAP + 8, pressure_symbol,
                    GINT_TO_POINTER (AC_PRESSURE_MODERATE | 1 << 8), _("Planned"));
  x = legend_entry (canvas, x, marker_y + LEGEND_GAP + 8, line_symbol,
                    GUINT_TO_POINTER (LINE_COLOR), _("Soreness"));
  legend_entry (canvas, x, marker_y + LEGEND_GAP + 8, flag_symbol, NULL, _("Red-flag symptom"));

  return height;
}

/**
 * _ac_report_draw_recovery_chart:
 * @height: the height of the plot and its axes
 *
 * Mean soreness on days 0–7 after a session, one line per pressure, and
 * beside it the median peak and days to recover.
 *
 * Returns: the height drawn
 */
double
_ac_report_draw_recovery_chart (AcReportCanvas *canvas,
                                AcRecovery     *recovery,
                                double          height)
{
  cairo_t *cr = canvas->cr;
  double width = canvas->right - canvas->left;
  double table_x = canvas->left + width * 0.62;
  double x, y;
  gboolean any = FALSE;
  Plot plot;

  plot.x0 = canvas->left + AXIS_WIDTH;
  plot.x1 = table_x - BAND_WIDTH;
  plot.y0 = canvas->y + 6;
  plot.y1 = canvas->y + height - 30;

  draw_frame (canvas, &plot);

  for (guint day = 0; day < AC_RECOVERY_PROFILE_DAYS; day++)
    {
      char label[4];

      x = plot.x0 + (day + 0.5) * (plot.x1 - plot.x0) / AC_RECOVERY_PROFILE_DAYS;
      g_snprintf (label, sizeof label, "%u", day);
      draw_text (canvas, FONT_AXIS, label, x, plot.y1 + 7, 0.5, AC_REPORT_MUTED);
    }
  draw_text (canvas, FONT_AXIS, _("Days after the session"), (plot.x0 + plot.x1) / 2,
             plot.y1 + 19, 0.5, AC_REPORT_MUTED);

  for (AcPressure pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    {
      gboolean drawing = FALSE;
      guint32 color;

      _ac_report_pressure_color (pressure, &color);
      _ac_report_set_color (cr, color, 1);
      cairo_set_line_width (cr, 1.6);
      for (guint day = 0; day < AC_RECOVERY_PROFILE_DAYS; day++)
        {
          double mean = ac_recovery_get_profile_mean (recovery, pressure, day, NULL);

          if (mean < 0)
            {
              drawing = FALSE;
              continue;
            }
          x = plot.x0 + (day + 0.5) * (plot.x1 - plot.x0) / AC_RECOVERY_PROFILE_DAYS;
          y = plot_y (&plot, mean);
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          drawing = any = TRUE;
        }
      cairo_stroke (cr);

      for (guint day = 0; day < AC_RECOVERY_PROFILE_DAYS; day++)
        {
          double mean = ac_recovery_get_profile_mean (recovery, pressure, day, NULL);

          if (mean < 0)
            continue;
          x = plot.x0 + (day + 0.5) * (plot.x1 - plot.x0) / AC_RECOVERY_PROFILE_DAYS;
          cairo_arc (cr, x, plot_y (&plot, mean), 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  if (!any)
    draw_text (canvas, AC_REPORT_FONT " Italic 9", _("No sessions with check-ins after them"),
               (plot.x0 + plot.x1) / 2, (plot.y0 + plot.y1) / 2, 0.5, AC_REPORT_MUTED);

  /* Beside the chart: the numbers behind it, a line per pressure. */
  y = plot.y0 + 4;
  draw_text (canvas, AC_REPORT_FONT " Bold 8", _("Pressure"), table_x, y, 0, AC_REPORT_TEXT);
  draw_text (canvas, AC_REPORT_FONT " Bold 8", _("Peak"), table_x + width * 0.2, y, 1, AC_REPORT_TEXT);
  draw_text (canvas, AC_REPORT_FONT " Bold 8", _("Days to recover"), canvas->right, y, 1, AC_REPORT_TEXT);
  y += 8;
  _ac_report_set_color (cr, AC_REPORT_TEXT, 1);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, table_x, y);
  cairo_line_to (cr, canvas->right, y);
  cairo_stroke (cr);

  for (AcPressure pressure = AC_PRESSURE_LIGHT; pressure <= AC_PRESSURE_DEEP; pressure++)
    {
      guint n_peaks = 0, n_days = 0;
      double peak = ac_recovery_get_median_peak (recovery, pressure, &n_peaks);
      double days = ac_recovery_get_median_days_to_recover (recovery, pressure, &n_days);
      g_autofree char *peak_text = peak >= 0 ? g_strdup_printf ("%.1f", peak) : g_strdup ("—");
      g_autofree char *days_text = days >= 0 ? g_strdup_printf ("%.1f", days) : g_strdup ("—");
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u session", "%u sessions",
                                                             MAX (n_peaks, n_days)),
                                                MAX (n_peaks, n_days));

      y += 14;
      legend_entry (canvas, table_x - 2, y, pressure_symbol, GINT_TO_POINTER (pressure),
                    ac_pressure_get_label (pressure));
      draw_text (canvas, FONT_LEGEND, peak_text, table_x + width * 0.2, y, 1, AC_REPORT_TEXT);
      draw_text (canvas, FONT_LEGEND, days_text, canvas->right, y, 1, AC_REPORT_TEXT);
      y += 10;
      draw_text (canvas, FONT_AXIS, count, table_x + 11, y, 0, AC_REPORT_MUTED);
    }

  y += 16;
  {
    g_autoptr(PangoLayout) note =
      _ac_report_layout (canvas->pango, FONT_AXIS, canvas->right - table_x,
                         _("Peak: the median of the highest soreness on the day of a session "
                           "and the 3 days after. Days to recover: the median number of days until "
                           "soreness fell to 1 or less."));

    _ac_report_set_color (cr, AC_REPORT_MUTED, 1);
    cairo_move_to (cr, table_x, y);
    pango_cairo_show_layout (cr, note);
  }

  return height;
}
