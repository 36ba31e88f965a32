/* ac-brief-page.c — what the pages of both briefs share: their title,
 * headings, paragraphs and session rows, on the report's pages
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-brief-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"

#define FONT_TITLE  AC_REPORT_FONT " Bold 20"

/* A heading, kept with at least the start of what follows it. */
void
_ac_brief_heading (AcReport   *r,
                   const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _ac_report_ensure_space (r, 60);
  _ac_report_paragraph (r, AC_BRIEF_FONT_HEADING, AC_REPORT_TEXT, markup, 4);
}

/* A paragraph of plain text. */
void
_ac_brief_plain (AcReport   *r,
                 const char *text,
                 guint32     color,
                 double      gap)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, color, markup, gap);
}

/* The report's accent bar, @title, and @intro under it. */
void
_ac_brief_draw_title (AcReport   *r,
                      const char *title,
                      const char *intro)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);

  _ac_report_set_color (r->canvas.cr, AC_REPORT_ACCENT, 1);
  cairo_rectangle (r->canvas.cr, r->canvas.left, r->canvas.y, 56, 5);
  cairo_fill (r->canvas.cr);
  r->canvas.y += 14;

  _ac_report_paragraph (r, FONT_TITLE, AC_REPORT_TEXT, markup, 2);
  _ac_brief_plain (r, intro, AC_REPORT_MUTED, 8);
}

/* Labels by value, for the columns of a table (AcReportColumn). */
const char *
_ac_brief_pressure_label (guint value)
{
  return ac_pressure_get_label (value);
}

const char *
_ac_brief_area_label_at (guint index)
{
  return ac_area_get_label (1u << index);
}

/**
 * _ac_brief_session_cells_init:
 * @cells: (out caller-allocates): the cells, markup
 *
 * A session's date, length, pressure and areas, for a table's row.
 */
void
_ac_brief_session_cells_init (AcBriefSessionCells *cells,
                              AcSession           *session)
{
  g_autofree char *day = NULL;
  g_autofree char *areas = _ac_brief_areas_text (ac_session_get_areas (session));
  GDate local;

  ac_session_get_local_date (session, &local);
  day = _ac_report_format_date (&local, FALSE);
  cells->date = g_markup_escape_text (day, -1);
  cells->length = g_strdup_printf (_("%d min"), ac_session_get_minutes (session));
  cells->pressure = g_markup_escape_text (ac_pressure_get_label (ac_session_get_pressure (session)), -1);
  cells->areas = g_markup_escape_text (areas, -1);
}

void
_ac_brief_session_cells_clear (AcBriefSessionCells *cells)
{
  g_clear_pointer (&cells->date, g_free);
  g_clear_pointer (&cells->length, g_free);
  g_clear_pointer (&cells->pressure, g_free);
  g_clear_pointer (&cells->areas, g_free);
}
