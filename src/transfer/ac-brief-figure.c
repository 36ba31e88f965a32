/* ac-brief-figure.c — the therapist brief's small front and back figure,
 * with the areas to avoid hatched
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same shapes as the app's body map (ac-body-shapes.c), in greys
 * that print in black and white: the figure light, its regions a little
 * darker, an area to avoid darker still and crossed by black stripes, so
 * that it reads without colour. Stripes are drawn as lines, not as an
 * image, so that they stay sharp in the PDF at any zoom.
 */

#define G_LOG_DOMAIN "ac-brief-figure"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"

#define FIGURE_GAP     10.0   /* points between the two figures */
#define CAPTION_GAP    4.0
#define HATCH_SPACING  3.2    /* points between stripes */
#define HATCH_WIDTH    0.7

#define FIGURE_COLOR   0xf0efee
#define REGION_COLOR   0xdeddda
#define AVOID_COLOR    0x9a9996
#define HATCH_COLOR    0x000000
#define GAP_COLOR      0xffffff

/* Stripes at 45 degrees over what the path of @cr covers, which it
 * clears; in figure units, @scale points each. */
static void
hatch_path (cairo_t *cr,
            double   scale)
{
  double x1, y1, x2, y2;
  double step = HATCH_SPACING / scale;

  cairo_save (cr);
  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  cairo_clip (cr);
  for (double c = x1 + y1; c <= x2 + y2 + step; c += step)
    {
      cairo_move_to (cr, c - y1, y1);
      cairo_line_to (cr, c - y2, y2);
    }
  _ac_report_set_color (cr, HATCH_COLOR, 1);
  cairo_set_line_width (cr, HATCH_WIDTH / scale);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_piece (cairo_t *cr,
             guint    piece,
             double   scale,
             AcArea   hatched)
{
  AcBodySide side;
  AcArea area;
  AcBodyLateral lateral;
  gboolean band;
  AcBodyGap gap;
  gboolean avoid;

  _ac_body_shapes_get_piece (piece, &side, &area, &lateral, &band);
  avoid = area != AC_AREA_NONE && (hatched & area) != 0;

  /* What the piece cuts into those under it. */
  cairo_new_path (cr);
  gap = _ac_body_shapes_build_gap (piece, cr);
  _ac_report_set_color (cr, GAP_COLOR, 1);
  if (gap == AC_BODY_GAP_FILL)
    cairo_fill (cr);
  else if (gap == AC_BODY_GAP_STROKE)
    {
      cairo_set_line_width (cr, 2 * AC_BODY_GAP);
      cairo_stroke (cr);
    }

  cairo_new_path (cr);
  _ac_body_shapes_build (piece, cr);
  _ac_report_set_color (cr, area == AC_AREA_NONE ? FIGURE_COLOR : avoid ? AVOID_COLOR : REGION_COLOR, 1);
  cairo_fill_preserve (cr);
  if (avoid)
    hatch_path (cr, scale);
  cairo_new_path (cr);

  if (_ac_body_shapes_build_detail (piece, cr))
    {
      _ac_report_set_color (cr, GAP_COLOR, 1);
      cairo_set_line_width (cr, AC_BODY_GAP);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

/**
 * _ac_brief_draw_figure:
 * @x: the left of the box the two figures share
 * @width: its width; the height follows
 * @hatched: the areas to hatch
 *
 * Draws the front figure and the back one beside it, captioned, at
 * canvas->y.
 *
 * Returns: the height drawn
 */
double
_ac_brief_draw_figure (AcReportCanvas *canvas,
                       double          x,
                       double          width,
                       AcArea          hatched)
{
  cairo_t *cr = canvas->cr;
  double figure_width = (width - FIGURE_GAP) / 2;
  double scale = figure_width / AC_BODY_FIGURE_WIDTH;
  double height = AC_BODY_FIGURE_HEIGHT * scale;
  double caption_height = 0;
  guint n_pieces = _ac_body_shapes_n_pieces ();

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n_pieces; i++)
    {
      AcBodySide side;
      AcArea area;
      AcBodyLateral lateral;
      gboolean band;

      _ac_body_shapes_get_piece (i, &side, &area, &lateral, &band);
      cairo_save (cr);
      cairo_translate (cr, x + side * (figure_width + FIGURE_GAP), canvas->y);
      cairo_scale (cr, scale, scale);
      cairo_translate (cr, -AC_BODY_FIGURE_X0, 0);
      paint_piece (cr, i, scale, hatched);
      cairo_restore (cr);
    }
  cairo_restore (cr);

  for (AcBodySide side = AC_BODY_FRONT; side <= AC_BODY_BACK; side++)
    {
      const char *caption = side == AC_BODY_FRONT ? C_("body map", "Front") : C_("body map", "Back");
      g_autofree char *markup = g_markup_escape_text (caption, -1);
      g_autoptr(PangoLayout) layout = _ac_report_layout (canvas->pango, AC_REPORT_FONT_SMALL, -1, markup);
      double left = x + side * (figure_width + FIGURE_GAP);

      _ac_report_show_layout (cr, layout, left + (figure_width - _ac_report_layout_width (layout)) / 2,
                              canvas->y + height + CAPTION_GAP, AC_REPORT_MUTED);
      caption_height = MAX (caption_height, _ac_report_layout_height (layout));
    }

  return height + CAPTION_GAP + caption_height;
}
