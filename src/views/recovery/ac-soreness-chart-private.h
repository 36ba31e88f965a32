/* ac-soreness-chart-private.h — the soreness chart's days, and what the
 * tests look at
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-chart-common-private.h"
#include "ac-recovery.h"
#include "ac-soreness-chart.h"

G_BEGIN_DECLS

/* One day of the chart's window. */
typedef struct
{
  gint8   soreness;     /* -1 without a check-in */
  gint8   stress;       /* the check-in's, 0–10, or -1 */
  gint8   sleep;        /* the check-in's, 0–10, or -1 */
  guint8  done;         /* 1 << pressure, for each done session */
  guint8  planned;      /* 1 << pressure, for each planned session */
  guint8  n_done;       /* done sessions, at most 255 */
  guint8  recovering;   /* a done session's soreness lasts (the shading) */
  guint8  pad;
  guint16 symptoms;     /* AcSymptom */
} AcChartDay;

/* What the chart shows: the window of days, from the journal on a day,
 * and its summary in words. Built again when any of those change; the
 * drawing only reads it. ac-soreness-chart-data.c, and its words
 * ac-soreness-chart-words.c. */
typedef struct
{
  guint32       first;        /* Julian days of the window */
  guint32       last;
  guint32       today;
  AcChartRange  range;
  gboolean      anchored;     /* scrolled to show a day, not ending today */
  GArray       *days;         /* AcChartDay, first … last */
  char         *summary;
  guint         n_checkins;   /* up to today */
  guint         n_sessions;   /* done, in the window */
  guint         n_planned;    /* planned, in the window */
  guint         n_red_flags;  /* check-ins with a warning symptom */
  guint         n_stress;     /* check-ins with stress, up to today */
  guint         n_sleep;      /* check-ins with sleep, up to today */
  double        stress;       /* their middle values, or -1 */
  double        sleep;
} AcChartData;

AcChartData *_ac_chart_data_new          (AcJournal   *journal,
                                          AcRecovery  *recovery,
                                          const GDate *today,
                                          AcChartRange range,
                                          const GDate *anchor);
void         _ac_chart_data_free         (AcChartData *data);
guint32      _ac_chart_data_session_day  (AcSession   *session);
guint        _ac_chart_data_find_session (GListModel  *sessions,
                                          guint32      julian);
double       _ac_chart_middle            (const guint *counts,
                                          guint        n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcChartData, _ac_chart_data_free)

/* A point the chart plots: a day's soreness, or a band's middle value
 * with its range (lowest to highest). */
typedef struct
{
  guint32 julian;     /* the first day of the column */
  guint   n_days;
  guint   column;     /* its index in the columns */
  double  soreness;   /* the day's, or the band's middle value */
  int     low;        /* the band's lowest and highest; the day's value */
  int     high;
  double  x;
  double  y;
} AcChartPoint;

/* One column of days, with what its check-ins say: a day, or a band. */
typedef struct
{
  guint32 first;       /* the column's first day */
  guint   n_days;
  double  left;
  double  right;
  double  x;           /* its middle */
  double  soreness;    /* the middle value of its check-ins, or -1 */
  int     low;         /* their lowest and highest, or -1 */
  int     high;
  guint   n_checkins;
  guint   n_sessions;  /* done ones */
  guint   n_red_flags;
  double  stress;      /* the middle values of stress and sleep, or -1 */
  double  sleep;
  guint8  done;
  guint8  planned;
  guint8  recovering;
  guint8  red_flag;
} AcChartColumn;

/* The words: ac-soreness-chart-words.c. */
char        *_ac_chart_data_summarize    (AcChartData         *data);
char        *_ac_chart_data_describe_day (AcChartData         *data,
                                          AcJournal           *journal,
                                          AcRecovery          *recovery,
                                          guint32              julian,
                                          gboolean             stress_sleep,
                                          gboolean             multiline);
char        *_ac_chart_describe_band     (AcChartBand          band,
                                          const AcChartColumn *column,
                                          gboolean             stress_sleep,
                                          gboolean             multiline);
char        *_ac_chart_band_sentence     (AcChartBand          band);
char        *_ac_chart_stress_sleep_sentence (AcChartData     *data);

/* A session's mark under the time axis: one per column and kind, by its
 * deepest pressure. A planned session in the column of a done one sits
 * to its right. */
typedef struct
{
  double   x;          /* its middle */
  guint    column;     /* in the columns of days */
  guint8   pressure;   /* AcPressure */
  gboolean planned;
} AcChartMark;

/* A label of the time axis, where it is drawn. */
typedef struct
{
  PangoLayout *layout; /* owned by the chart's text cache */
  const char *text;
  double      x;      /* the day it names, at the middle of its column */
  double      label_x;
  int         width;
} AcChartTick;

/* For the tests only: the chart is drawn in snapshot(), and no widget or
 * accessible exposes where it placed its points, ticks, marks and warning
 * bands, which band it chose, or the tooltip text at a point (GTK 4.8
 * cannot make a GtkTooltip to query). */
const AcChartPoint *_ac_soreness_chart_get_points    (AcSorenessChart *self,
                                                      guint           *n_points);
const AcChartTick  *_ac_soreness_chart_get_ticks     (AcSorenessChart *self,
                                                      guint           *n_ticks);
AcChartBand         _ac_soreness_chart_get_band      (AcSorenessChart *self);
const AcChartColumn *_ac_soreness_chart_get_columns  (AcSorenessChart *self,
                                                      guint           *n_columns);
const AcChartPoint *_ac_soreness_chart_get_stress_sleep (AcSorenessChart *self,
                                                      gboolean         sleep,
                                                      guint           *n_points);
void                _ac_soreness_chart_get_plot      (AcSorenessChart *self,
                                                      graphene_rect_t *plot);
AcChartData        *_ac_soreness_chart_get_data      (AcSorenessChart *self);
const AcChartMark  *_ac_soreness_chart_get_marks     (AcSorenessChart *self,
                                                      guint           *n_marks,
                                                      double          *radius);
const double       *_ac_soreness_chart_get_warnings  (AcSorenessChart *self,
                                                      guint           *n_warnings);
char               *_ac_soreness_chart_query_tooltip (AcSorenessChart *self,
                                                      double           x,
                                                      gboolean         keyboard_mode,
                                                      GdkRectangle    *area);

/* The widget's own parts, shared by ac-soreness-chart.c (the object, its
 * data and input), ac-soreness-chart-layout.c (where things go at a size)
 * and ac-soreness-chart-draw.c (the frame). Sizes in pixels. */

#define CHART_TOP_MARGIN      16   /* room for the warning marks above the plot */
#define CHART_WARNING_SIZE    12
#define CHART_RIGHT_MARGIN    6
#define CHART_STRIP_HEIGHT    14   /* the session marks under the time axis */
#define CHART_Y_LABEL_GAP     8
#define CHART_X_LABEL_GAP     10   /* the least space between two date labels */
#define CHART_MIN_DAY         2.5  /* narrower days are drawn in bands */
#define CHART_MIN_BAND        6.0  /* the narrowest a band gets, px */
#define CHART_MAX_GAP_DAYS    7    /* the line breaks over longer gaps */

typedef struct
{
  int          value;
  double       y;
  PangoLayout *layout;
  int          width;
  int          height;
} AcChartYTick;

struct _AcSorenessChart
{
  GtkWidget         parent_instance;

  AcContext        *context;
  GSignalGroup     *journal_signals;
  AcJournal        *journal;         /* the context's, while it has one */
  GDate             today;           /* the clock's, as seen last */
  GDate             anchor;          /* invalid: the range ends today */
  AcChartRange      range;
  AcRecovery       *recovery;        /* the view's, for the shading */
  gboolean          stress_sleep;    /* draw and tell stress and sleep */
  AcChartData      *data;
  char             *summary;         /* the data's, with the band's words */
  guint             update_id;
  guint             words_id;        /* the band changed with the size */

  guint32           cursor;          /* a Julian day, 0 for none */
  guint32           hover;
  char             *readout;

  /* Where things go at the last size; made again when it or the data
   * change. */
  gboolean          geometry_valid;
  int               width;
  int               height;
  graphene_rect_t   plot;
  double            day_width;
  AcChartBand       band;            /* what a column holds */
  AcChartBand       told_band;       /* the band the words speak of */
  double            marker_gap;      /* the least space between sessions */
  double            marker_radius;
  gboolean          dense;           /* session marks as bars, not dots */
  double            strip_y;
  double            label_y;
  GArray           *columns;         /* AcChartColumn */
  GArray           *points;          /* AcChartPoint */
  GArray           *stress_points;   /* AcChartPoint, of stress */
  GArray           *sleep_points;    /* AcChartPoint, of sleep */
  GArray           *marks;           /* AcChartMark */
  GArray           *warnings;        /* double: the middles of the marks */
  GArray           *ticks;           /* AcChartTick */
  GArray           *y_ticks;         /* AcChartYTick */

  gboolean          colors_valid;
  AcChartColors     colors;
  GtkIconPaintable *warning_icon;    /* as the calendar marks warnings */
  AcChartTextCache *texts;
};

static inline double
_ac_soreness_chart_y_of (AcSorenessChart *self,
                         double           soreness)
{
  return self->plot.origin.y + self->plot.size.height * (1.0 - soreness / 10.0);
}

/* The left edge of a day's column. */
static inline double
_ac_soreness_chart_x_of_day (AcSorenessChart *self,
                             guint32          julian)
{
  return self->plot.origin.x + (julian - self->data->first) * self->day_width;
}

void                 _ac_soreness_chart_ensure_geometry (AcSorenessChart *self);
AcChartBand          _ac_soreness_chart_band_for_width  (AcSorenessChart *self,
                                                         int              width);
guint32              _ac_soreness_chart_band_start      (AcChartBand      band,
                                                         guint32          julian);
guint32              _ac_soreness_chart_band_next       (AcChartBand      band,
                                                         guint32          start);
int                  _ac_soreness_chart_column_index    (AcSorenessChart *self,
                                                         guint32          julian);
char                *_ac_soreness_chart_describe        (AcSorenessChart *self,
                                                         guint32          julian,
                                                         gboolean         multiline);
void                 _ac_soreness_chart_update_readout  (AcSorenessChart *self);
void                 _ac_soreness_chart_activate_day    (AcSorenessChart *self);
void                 _ac_soreness_chart_class_add_cursor (GtkWidgetClass  *widget_class);
void                 _ac_soreness_chart_init_cursor     (AcSorenessChart *self);
guint32              _ac_soreness_chart_day_at          (AcSorenessChart *self,
                                                         double           x);
const AcChartColumn *_ac_soreness_chart_column_of_day   (AcSorenessChart *self,
                                                         guint32          julian);
void                 _ac_soreness_chart_draw            (AcSorenessChart *self,
                                                         GtkSnapshot     *snapshot);

G_END_DECLS
