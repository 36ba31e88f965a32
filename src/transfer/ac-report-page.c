/* ac-report-page.c — the report's pages, paragraphs and tables
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is laid out with Pango in points and flows down the page; what does
 * not fit starts a new one, with the running head, and a table goes on
 * under its header again. Every page ends with GUIDANCE.md's
 * not-medical-advice line and “Page N of M”.
 */

#define G_LOG_DOMAIN "ac-report-page"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ac-advice.h"
#include "ac-report-private.h"

#define CELL_PAD     3.0
#define CELL_LINES   30   /* a cell taller than this is cut, with “…” */

void
_ac_report_set_color (cairo_t *cr,
                      guint32  rgb,
                      double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((rgb >> 16) & 0xff) / 255.0,
                         ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0,
                         alpha);
}

/**
 * _ac_report_layout:
 * @context: the report's context, in points
 * @width: the width to wrap at, or -1 for one line
 * @markup: Pango markup; user text in it must be escaped
 *
 * Returns: (transfer full): a layout
 */
PangoLayout *
_ac_report_layout (PangoContext *context,
                   const char   *font,
                   double        width,
                   const char   *markup)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup, -1);

  pango_font_description_free (description);
  return layout;
}

/* A context for drawing on @cr in points (not pixels at 96 dpi), with no
 * hinting, so that both passes measure alike. */
PangoContext *
_ac_report_context_new (PangoFontMap *font_map,
                        cairo_t      *cr)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_update_context (cr, context);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

double
_ac_report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
_ac_report_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

void
_ac_report_show_layout (cairo_t     *cr,
                        PangoLayout *layout,
                        double       x,
                        double       y,
                        guint32      color)
{
  _ac_report_set_color (cr, color, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * _ac_report_format_date:
 * @short_form: without the weekday
 *
 * Returns: (transfer full): @date in the user's language, “Fri 20 Nov 2026”
 */
char *
_ac_report_format_date (const GDate *date,
                        gboolean     short_form)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);

  /* Translators: a date in the report, see g_date_time_format() */
  return g_date_time_format (time, short_form ? C_("report date", "%-d %b %Y")
                                              : C_("report date", "%a %-d %b %Y"));
}

void
_ac_report_pressure_color (AcPressure  pressure,
                           guint32    *rgb)
{
  static const guint32 colors[AC_N_PRESSURES] = { 0x2ec27e, 0x3584e4, 0x9141ac };

  *rgb = colors[MIN (pressure, AC_N_PRESSURES - 1)];
}

/* Pages */

void
_ac_report_draw_footer (AcReport *r)
{
  cairo_t *cr = r->canvas.cr;
  double width = r->canvas.right - r->canvas.left;
  double top = r->canvas.bottom + AC_REPORT_FOOTER_GAP;
  g_autofree char *disclaimer = g_markup_escape_text (ac_advice_get_disclaimer (), -1);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) page = NULL;
  g_autoptr(PangoLayout) text = NULL;

  if (r->n_pages > 0)
    number = g_strdup_printf (_("Page %u of %u"), r->page, r->n_pages);
  else
    number = g_strdup_printf (_("Page %u"), r->page);
  page = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, -1, number);
  text = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, width - _ac_report_layout_width (page) - 24, disclaimer);

  _ac_report_set_color (cr, AC_REPORT_RULE, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, r->canvas.left, top);
  cairo_line_to (cr, r->canvas.right, top);
  cairo_stroke (cr);

  _ac_report_show_layout (cr, text, r->canvas.left, top + 4, AC_REPORT_MUTED);
  _ac_report_show_layout (cr, page, r->canvas.right - _ac_report_layout_width (page), top + 4, AC_REPORT_MUTED);
}

static void draw_table_header (AcReport *r);

void
_ac_report_new_page (AcReport *r)
{
  cairo_t *cr = r->canvas.cr;

  if (r->page > 0)
    {
      _ac_report_draw_footer (r);
      cairo_show_page (cr);
    }
  r->page++;
  r->canvas.y = r->canvas.top;

  /* A running head on every page but the first. */
  if (r->page > 1)
    {
      g_autofree char *head = r->running_head != NULL
                              ? g_markup_escape_text (r->running_head, -1)
                              : g_markup_printf_escaped (_("Aftercare report · %s"), r->period_label);
      g_autoptr(PangoLayout) layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, -1, head);

      _ac_report_show_layout (cr, layout, r->canvas.left, AC_REPORT_MARGIN - 22, AC_REPORT_MUTED);
    }

  if (r->columns != NULL)
    draw_table_header (r);
}

void
_ac_report_ensure_space (AcReport *r,
                         double    height)
{
  if (r->canvas.y + height > r->canvas.bottom &&
      r->canvas.y > r->canvas.top + 1)
    _ac_report_new_page (r);
}

/* A _ac_report_paragraph of markup across the page, then @gap below it. */
void
_ac_report_paragraph (AcReport   *r,
                      const char *font,
                      guint32     color,
                      const char *markup,
                      double      gap)
{
  g_autoptr(PangoLayout) layout =
    _ac_report_layout (r->canvas.pango, font, r->canvas.right - r->canvas.left, markup);
  double height = _ac_report_layout_height (layout);

  _ac_report_ensure_space (r, height);
  _ac_report_show_layout (r->canvas.cr, layout, r->canvas.left, r->canvas.y, color);
  r->canvas.y += height + gap;
}

void
_ac_report_add_outline (AcReport   *r,
                        const char *title)
{
  g_autofree char *link = NULL;

  if (r->n_pages == 0)
    return;

  link = g_strdup_printf ("page=%u pos=[%g %g]", r->page, r->canvas.left, r->canvas.y);
  cairo_pdf_surface_add_outline (r->surface, CAIRO_PDF_OUTLINE_ROOT, title, link,
                                 CAIRO_PDF_OUTLINE_FLAG_OPEN);
}

void
_ac_report_begin_section (AcReport        *r,
                          AcReportSection  section,
                          const char      *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);

  _ac_report_new_page (r);
  r->section_page[section] = r->page;
  _ac_report_add_outline (r, title);
  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, markup, 8);
}

gboolean
_ac_report_count_row (AcReport  *r,
                      GError   **error)
{
  r->rows_done++;
  if (r->rows_total == 0 || r->rows_done % 32 != 0)
    return TRUE;

  return _ac_progress_update (r->progress,
                              r->progress_base + 0.5 * r->rows_done / r->rows_total, error);
}

/* Tables */

static void
cell_layouts (AcReport            *r,
              const double        *widths,
              guint                n_columns,
              const char * const  *cells,
              const char          *font,
              PangoLayout        **layouts,
              double              *height)
{
  *height = 0;
  for (guint i = 0; i < n_columns; i++)
    {
      layouts[i] = _ac_report_layout (r->canvas.pango, font, widths[i] - 2 * CELL_PAD, cells[i]);
      pango_layout_set_height (layouts[i], -CELL_LINES);
      pango_layout_set_ellipsize (layouts[i], PANGO_ELLIPSIZE_END);
      *height = MAX (*height, _ac_report_layout_height (layouts[i]) + 2 * CELL_PAD);
    }
}

static void
draw_cells (AcReport      *r,
            const double  *widths,
            guint          n_columns,
            PangoLayout  **layouts,
            double         height,
            guint32        background)
{
  cairo_t *cr = r->canvas.cr;
  double x = r->canvas.left;

  if (background != 0)
    {
      _ac_report_set_color (cr, background, 1);
      cairo_rectangle (cr, r->canvas.left, r->canvas.y, r->canvas.right - r->canvas.left, height);
      cairo_fill (cr);
    }

  for (guint i = 0; i < n_columns; i++)
    {
      _ac_report_show_layout (cr, layouts[i], x + CELL_PAD, r->canvas.y + CELL_PAD, AC_REPORT_TEXT);
      g_clear_object (&layouts[i]);
      x += widths[i];
    }

  r->canvas.y += height;
}

/* The width of the longest word of @text, in @font. */
static double
longest_word_width (AcReport   *r,
                    const char *font,
                    const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", words[i]);
      g_autoptr(PangoLayout) layout = _ac_report_layout (r->canvas.pango, font, -1, markup);

      widest = MAX (widest, _ac_report_layout_width (layout));
    }
  return widest;
}

/* Each column gets its share of the line, but at least the room for the
 * longest word of its title and of the labels it may hold (German
 * "Entspannung" would otherwise break as "Entspannu-ng"); what that takes
 * comes from the columns with room to spare, widest first. */
static void
column_widths (AcReport             *r,
               const AcReportColumn *columns,
               guint                 n_columns,
               double               *widths)
{
  double line = r->canvas.right - r->canvas.left;
  double needed[AC_REPORT_MAX_COLUMNS];
  double missing = 0;

  g_assert (n_columns <= AC_REPORT_MAX_COLUMNS);

  for (guint i = 0; i < n_columns; i++)
    {
      double word = columns[i].title != NULL ? longest_word_width (r, AC_REPORT_FONT_TABLE, _(columns[i].title)) : 0;

      for (guint v = 0; columns[i].label != NULL && v < columns[i].n_labels; v++)
        word = MAX (word, longest_word_width (r, AC_REPORT_FONT_TABLE, columns[i].label (v)));
      widths[i] = columns[i].share * line;
      needed[i] = word + 2 * CELL_PAD + 1;
      missing += MAX (0, needed[i] - widths[i]);
    }

  while (missing > 0.01)
    {
      int spare = -1;

      for (guint i = 0; i < n_columns; i++)
        if (widths[i] > needed[i] && (spare < 0 || widths[i] - needed[i] > widths[spare] - needed[spare]))
          spare = i;
      if (spare < 0)
        break;
      for (guint i = 0; i < n_columns; i++)
        if (widths[i] < needed[i])
          {
            double take = MIN (needed[i] - widths[i], widths[spare] - needed[spare]);

            widths[i] += take;
            widths[spare] -= take;
            missing -= take;
            if (widths[spare] <= needed[spare])
              break;
          }
    }
}

static void
draw_table_header (AcReport *r)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, r->n_columns);
  g_auto(GStrv) titles = g_new0 (char *, r->n_columns + 1);
  double height;

  for (guint i = 0; i < r->n_columns; i++)
    titles[i] = g_markup_printf_escaped ("<b>%s</b>", _(r->columns[i].title));

  cell_layouts (r, r->column_width, r->n_columns, (const char * const *) titles, AC_REPORT_FONT_TABLE,
                layouts, &height);
  draw_cells (r, r->column_width, r->n_columns, layouts, height, 0);

  _ac_report_set_color (r->canvas.cr, AC_REPORT_TEXT, 1);
  cairo_set_line_width (r->canvas.cr, 0.75);
  cairo_move_to (r->canvas.cr, r->canvas.left, r->canvas.y);
  cairo_line_to (r->canvas.cr, r->canvas.right, r->canvas.y);
  cairo_stroke (r->canvas.cr);
}

void
_ac_report_begin_table (AcReport             *r,
                        const AcReportColumn *columns,
                        guint                 n_columns)
{
  r->columns = columns;
  r->n_columns = n_columns;
  r->n_rows = 0;
  column_widths (r, columns, n_columns, r->column_width);
  _ac_report_ensure_space (r, 40);
  draw_table_header (r);
}

void
_ac_report_table_row (AcReport           *r,
                      const char * const *cells)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, r->n_columns);
  double height;

  cell_layouts (r, r->column_width, r->n_columns, cells, AC_REPORT_FONT_TABLE, layouts, &height);
  _ac_report_ensure_space (r, height);
  draw_cells (r, r->column_width, r->n_columns, layouts, height, r->n_rows % 2 == 1 ? AC_REPORT_SHADE : 0);
  r->n_rows++;
}

void
_ac_report_end_table (AcReport   *r,
                      const char *empty)
{
  if (r->n_rows == 0)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", empty);

      r->canvas.y += 4;
      _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED, markup, 0);
    }
  r->columns = NULL;
  r->n_columns = 0;
  r->canvas.y += 12;
}

/* Labels of flags, comma-separated, escaped. */
void
_ac_report_key_values (AcReport           *r,
                       const char * const *pairs)
{
  double line = r->canvas.right - r->canvas.left;
  const double widths[] = { 0.34 * line, 0.66 * line };

  for (guint i = 0; pairs[i] != NULL; i += 2)
    {
      g_autofree char *key = g_markup_printf_escaped ("<b>%s</b>", pairs[i]);
      const char *cells[] = { key, pairs[i + 1] };
      PangoLayout *layouts[G_N_ELEMENTS (widths)];
      double height;

      cell_layouts (r, widths, G_N_ELEMENTS (widths), cells, AC_REPORT_FONT_BODY, layouts, &height);
      _ac_report_ensure_space (r, height);
      draw_cells (r, widths, G_N_ELEMENTS (widths), layouts, height, 0);
    }
}

