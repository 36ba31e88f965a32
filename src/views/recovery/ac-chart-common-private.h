/* ac-chart-common-private.h — what the soreness chart and the recovery
 * profile chart share: colours from the style, cached text, dates
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-enums.h"

G_BEGIN_DECLS

/* The colours a chart draws with, looked up by name from the style
 * (ui/style.css defines them on libadwaita's colours), again whenever the
 * style changes: light, dark and high contrast. */
typedef struct
{
  GdkRGBA fg;            /* the soreness line, points, text */
  GdkRGBA axis;          /* axis labels */
  GdkRGBA grid;          /* grid lines */
  GdkRGBA baseline;      /* the zero line */
  GdkRGBA surface;       /* what the chart is drawn on: rings, hollow marks */
  GdkRGBA band[4];       /* AcSorenessBand tints; band[0] is unused */
  GdkRGBA window;        /* the days a session's soreness lasts */
  GdkRGBA usual;         /* the usual 2–3 days, in the recovery profile */
  GdkRGBA usual_edge;    /* the line where they end */
  GdkRGBA range;         /* a band's range, lowest to highest */
  GdkRGBA stress;
  GdkRGBA sleep;
  GdkRGBA future;        /* days after today */
  GdkRGBA today;         /* the line at today */
  GdkRGBA cursor;        /* the keyboard or pointer cursor */
  GdkRGBA pressure[AC_N_PRESSURES];
  GdkRGBA red_flag;
  double  line_width;    /* thicker in high contrast */
} AcChartColors;

void         _ac_chart_colors_lookup   (AcChartColors *colors,
                                        GtkWidget     *widget);

/* Pango layouts by text, made once and reused on every frame; cleared
 * when the font changes. */
typedef struct _AcChartTextCache AcChartTextCache;

AcChartTextCache *_ac_chart_text_cache_new   (void);
void              _ac_chart_text_cache_free  (AcChartTextCache *cache);
void              _ac_chart_text_cache_clear (AcChartTextCache *cache);
void              _ac_chart_text_cache_trim  (AcChartTextCache *cache,
                                              guint             max_texts);
PangoLayout      *_ac_chart_text_cache_get   (AcChartTextCache *cache,
                                              GtkWidget        *widget,
                                              const char       *text,
                                              int              *width,
                                              int              *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcChartTextCache, _ac_chart_text_cache_free)

char        *_ac_chart_format_date     (const GDate   *date,
                                        const char    *format);
void         _ac_chart_append_rect     (GtkSnapshot   *snapshot,
                                        const GdkRGBA *color,
                                        double         x,
                                        double         y,
                                        double         width,
                                        double         height);
void         _ac_chart_append_text     (GtkSnapshot   *snapshot,
                                        PangoLayout   *layout,
                                        const GdkRGBA *color,
                                        double         x,
                                        double         y);
void         _ac_chart_set_source      (cairo_t       *cr,
                                        const GdkRGBA *color);

G_END_DECLS
