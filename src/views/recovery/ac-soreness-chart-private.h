/* ac-soreness-chart-private.h — the soreness chart's days, and what the
 * tests look at
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-chart-common-private.h"
#include "ac-soreness-chart.h"

G_BEGIN_DECLS

/* One day of the chart's window. */
typedef struct
{
  gint8   soreness;     /* -1 without a check-in */
  guint8  done;         /* 1 << pressure, for each done session */
  guint8  planned;      /* 1 << pressure, for each planned session */
  guint8  n_sessions;   /* done and planned, at most 255 */
  guint8  recovering;   /* d 0–2 of a done session: the expected window */
  guint8  pad;
  guint16 symptoms;     /* AcSymptom */
} AcChartDay;

/* What the chart shows: the window of days, from the journal on a day,
 * and its summary in words. Built again when any of those change; the
 * drawing only reads it. ac-soreness-chart-data.c. */
typedef struct
{
  guint32       first;        /* Julian days of the window */
  guint32       last;
  guint32       today;
  AcChartRange  range;
  gboolean      anchored;     /* centred on a month, not ending today */
  GArray       *days;         /* AcChartDay, first … last */
  char         *summary;
  guint         n_checkins;   /* up to today */
  guint         n_sessions;   /* done, in the window */
  guint         n_planned;    /* planned, in the window */
  guint         n_red_flags;  /* check-ins with a warning symptom */
} AcChartData;

AcChartData *_ac_chart_data_new          (AcJournal   *journal,
                                          const GDate *today,
                                          AcChartRange range,
                                          const GDate *anchor);
void         _ac_chart_data_free         (AcChartData *data);
char        *_ac_chart_data_describe_day (AcChartData *data,
                                          AcJournal   *journal,
                                          guint32      julian,
                                          gboolean     multiline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcChartData, _ac_chart_data_free)

/* A point the chart plots: a day's soreness, or a column's highest when
 * days are narrower than a pixel or two and are drawn in groups. */
typedef struct
{
  guint32 julian;     /* the first day of the column */
  guint   n_days;
  double  soreness;
  double  x;
  double  y;
} AcChartPoint;

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
 * bands, which bucket it chose, or the tooltip text at a point (GTK 4.8
 * cannot make a GtkTooltip to query). */
const AcChartPoint *_ac_soreness_chart_get_points    (AcSorenessChart *self,
                                                      guint           *n_points);
const AcChartTick  *_ac_soreness_chart_get_ticks     (AcSorenessChart *self,
                                                      guint           *n_ticks);
guint               _ac_soreness_chart_get_bucket    (AcSorenessChart *self);
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
#define CHART_MIN_COLUMN      1.5  /* the narrowest a column of days gets, px */
#define CHART_MAX_GAP_DAYS    7    /* the line breaks over longer gaps */

typedef struct
{
  guint32 first;       /* the column's first day */
  guint   n_days;
  double  left;
  double  right;
  double  x;           /* its middle */
  double  soreness;    /* the highest of its check-ins, or -1 */
  guint8  done;
  guint8  planned;
  guint8  recovering;
  guint8  red_flag;
} AcChartColumn;

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
  AcChartData      *data;
  guint             update_id;

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
  guint             bucket;          /* days per column */
  double            marker_gap;      /* the least space between sessions */
  double            marker_radius;
  gboolean          dense;           /* session marks as bars, not dots */
  double            strip_y;
  double            label_y;
  GArray           *columns;         /* AcChartColumn */
  GArray           *points;          /* AcChartPoint */
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
