/* ac-report-private.h — the PDF report, shared by its files
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ac-report.c          the document: its two passes, what it is drawn from
 * ac-report-page.c     pages, paragraphs and tables, running head and foot
 * ac-report-sections.c the title page, the tables, the advice, red flags
 * ac-report-chart.c    the soreness chart and the recovery profile
 * ac-report-insights.c the insights page, when there is anything to say
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "ac-hold.h"
#include "ac-insights.h"
#include "ac-recovery.h"
#include "ac-stats.h"
#include "ac-transfer-private.h"

G_BEGIN_DECLS

/* What a report is drawn from, made on the thread that owns the journal
 * and then only read, so the drawing may run on a worker thread. */
typedef struct
{
  AcJournalSnapshot *period;          /* records in from … to */
  AcJournal         *journal;         /* all of it: advice, statistics */
  AcJournal         *period_journal;  /* the period's: recovery profile */
  GDate              from;
  GDate              to;
  GDate              today;
  AcPaper            paper;
} AcReportInput;

AcReportInput *_ac_report_input_new   (AcJournalSnapshot  *snapshot,
                                       const GDate        *from,
                                       const GDate        *to,
                                       const GDate        *today,
                                       AcPaper             paper);
void           _ac_report_input_free  (AcReportInput      *input);
GBytes        *_ac_report_render      (AcReportInput      *input,
                                       AcProgress         *progress,
                                       GError            **error);

/* Where to draw. Lengths are in points; y grows down the page. */
typedef struct
{
  AcReportInput *input;
  cairo_t       *cr;
  PangoContext  *pango;   /* in points, unhinted */
  double         left;
  double         right;
  double         top;
  double         bottom;
  double         y;
} AcReportCanvas;

typedef enum
{
  AC_REPORT_SECTION_SESSIONS,
  AC_REPORT_SECTION_CHECKINS,
  AC_REPORT_SECTION_CHARTS,
  AC_REPORT_SECTION_INSIGHTS,   /* only with r->insights */
  AC_REPORT_SECTION_ADVICE,
  AC_REPORT_N_SECTIONS
} AcReportSection;

/* The labels a column may hold, by value: it is made wide enough for the
 * longest word of any of them, so that no word is broken in two. */
typedef const char *(*AcReportLabelFunc) (guint value);

typedef struct
{
  const char        *title;     /* translatable, N_() */
  double             share;     /* of the line's width */
  AcReportLabelFunc  label;     /* or NULL */
  guint              n_labels;  /* values 0 … n_labels - 1 */
} AcReportColumn;

#define AC_REPORT_MAX_COLUMNS 8

/* The document being drawn: each pass draws it all, the first only to
 * count the pages. */
typedef struct
{
  AcReportCanvas        canvas;
  PangoFontMap         *font_map;
  AcProgress           *progress;
  GListModel           *advice;
  AcHold               *hold;
  AcStats              *stats;
  AcRecovery           *recovery;
  AcInsights           *insights;                            /* or NULL: nothing to say */
  cairo_surface_t      *surface;
  double                page_width;
  double                page_height;
  char                 *period_label;
  guint                 page;                                /* being drawn, from 1 */
  guint                 n_pages;                             /* from the first pass, else 0 */
  guint                 section_page[AC_REPORT_N_SECTIONS];  /* from the first pass */
  const AcReportColumn *columns;                             /* the table being drawn */
  guint                 n_columns;
  double                column_width[AC_REPORT_MAX_COLUMNS];
  guint                 n_rows;
  guint                 rows_done;
  guint                 rows_total;
  double                progress_base;
  const char           *running_head;                        /* or NULL: the report's */
} AcReport;

/* Draws a whole document, from its first page to the last shown. */
typedef gboolean (*AcReportDrawFunc) (AcReport  *r,
                                      GError   **error);

#define AC_REPORT_MARGIN      48.0
#define AC_REPORT_FOOTER_GAP  10.0

#define AC_REPORT_FONT        "Cantarell, DejaVu Sans"
#define AC_REPORT_FONT_TITLE  AC_REPORT_FONT " Bold 24"
#define AC_REPORT_FONT_H2     AC_REPORT_FONT " Bold 14"
#define AC_REPORT_FONT_H3     AC_REPORT_FONT " Bold 10.5"
#define AC_REPORT_FONT_BODY   AC_REPORT_FONT " 9.5"
#define AC_REPORT_FONT_TABLE  AC_REPORT_FONT " 8"
#define AC_REPORT_FONT_SMALL  AC_REPORT_FONT " 7.5"

#define AC_REPORT_TEXT        0x241f31
#define AC_REPORT_MUTED       0x5e5c64
#define AC_REPORT_RULE        0xc0bfbc
#define AC_REPORT_ACCENT      0x1c71d8
#define AC_REPORT_SHADE       0xf3f3f2
#define AC_REPORT_ALERT       0xc01c28

/* ac-report.c */
GBytes       *_ac_report_render_document  (AcReport             *r,
                                           const char           *title,
                                           AcReportDrawFunc      draw,
                                           GError              **error);

/* ac-report-page.c */
PangoContext *_ac_report_context_new      (PangoFontMap         *font_map,
                                           cairo_t              *cr);
PangoLayout  *_ac_report_layout           (PangoContext         *context,
                                           const char           *font,
                                           double                width,
                                           const char           *markup);
double        _ac_report_layout_width     (PangoLayout          *layout);
double        _ac_report_layout_height    (PangoLayout          *layout);
void          _ac_report_show_layout      (cairo_t              *cr,
                                           PangoLayout          *layout,
                                           double                x,
                                           double                y,
                                           guint32               color);
void          _ac_report_set_color        (cairo_t              *cr,
                                           guint32               rgb,
                                           double                alpha);
char         *_ac_report_format_date      (const GDate          *date,
                                           gboolean              short_form);
void          _ac_report_pressure_color   (AcPressure            pressure,
                                           guint32              *rgb);
void          _ac_report_new_page         (AcReport             *r);
void          _ac_report_draw_footer      (AcReport             *r);
void          _ac_report_ensure_space     (AcReport             *r,
                                           double                height);
void          _ac_report_paragraph        (AcReport             *r,
                                           const char           *font,
                                           guint32               color,
                                           const char           *markup,
                                           double                gap);
void          _ac_report_add_outline      (AcReport             *r,
                                           const char           *title);
void          _ac_report_begin_section    (AcReport             *r,
                                           AcReportSection       section,
                                           const char           *title);
gboolean      _ac_report_count_row        (AcReport             *r,
                                           GError              **error);
void          _ac_report_begin_table      (AcReport             *r,
                                           const AcReportColumn *columns,
                                           guint                 n_columns);
void          _ac_report_table_row        (AcReport             *r,
                                           const char * const   *cells);
void          _ac_report_end_table        (AcReport             *r,
                                           const char           *empty);
void          _ac_report_key_values       (AcReport             *r,
                                           const char * const   *pairs);

/* ac-report-sections.c */
void          _ac_report_draw_title_page  (AcReport             *r);
gboolean      _ac_report_draw_sessions    (AcReport             *r,
                                           GError              **error);
gboolean      _ac_report_draw_checkins    (AcReport             *r,
                                           GError              **error);
void          _ac_report_draw_charts      (AcReport             *r);
void          _ac_report_draw_advice      (AcReport             *r);

/* ac-report-insights.c */
AcInsights   *_ac_report_insights_new     (AcReportInput        *input);
void          _ac_report_draw_insights    (AcReport             *r);

/* ac-report-chart.c: each draws at canvas->y and returns its height. */
double        _ac_report_draw_soreness_chart (AcReportCanvas    *canvas,
                                              double             height);
double        _ac_report_draw_recovery_chart (AcReportCanvas    *canvas,
                                              AcRecovery        *recovery,
                                              double             height);

G_END_DECLS
