/* ac-body-map-draw.c — painting the body map's figures: regions by state,
 * hatching, shading, the focus ring
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-map-draw"

#include "config.h"

#include <adwaita.h>

#include "ac-body-map-private.h"

/* Regions are flat shapes with a thin gap between them, in the map's
 * background colour: each piece is outlined in that colour and then
 * filled, so a piece drawn later keeps its whole shape and cuts the gap
 * into the ones before. Fills are made opaque on the background first,
 * so that where a piece covers another (the shoulders over the tops of
 * the arms) nothing shows through.
 *
 * How a region looks:
 *  - selected: the accent colour; hovered: darker;
 *  - shaded (ac_body_map_set_intensity): the region colour mixed with the
 *    sore colour, 15 % at the smallest value above 0 to 100 % at 1; once
 *    any area is shaded, a selected area is outlined in the accent colour
 *    instead of filled, so that its shade still shows;
 *  - hatched: diagonal stripes over whatever fill it has;
 *  - focused: a ring outside it, as GTK draws focus, with a line of the
 *    background on either side so that it shows on any neighbour, a
 *    picked one too;
 *  - high contrast: every region outlined. */

#define GAP_WIDTH        1.6   /* the gap stroke, in figure units */
#define HATCH_SPACING    6.0   /* pixels between stripes */
#define HATCH_WIDTH      1.5
#define SELECTED_OUTLINE 2.5   /* pixels, inside a shaded region */
#define RING_WIDTH       2.0   /* pixels, with a line of the background */
#define RING_SPACE       1.0   /* on either side */
#define SHADE_FLOOR      0.15

typedef struct
{
  const char *name;
  gsize       offset;
  const char *fallback;
} NamedColor;

/* Defined in ui/style.css, on libadwaita's colours. */
static const NamedColor named_colors[] = {
  { "ac_body_figure", G_STRUCT_OFFSET (AcBodyColors, figure), "rgba(0,0,0,0.06)" },
  { "ac_body_region", G_STRUCT_OFFSET (AcBodyColors, region), "rgba(0,0,0,0.15)" },
  { "ac_body_hover", G_STRUCT_OFFSET (AcBodyColors, hover), "rgba(0,0,0,0.24)" },
  { "ac_body_selected", G_STRUCT_OFFSET (AcBodyColors, selected), "#3584e4" },
  { "ac_body_selected_hover", G_STRUCT_OFFSET (AcBodyColors, selected_hover), "#1c71d8" },
  { "ac_body_sore", G_STRUCT_OFFSET (AcBodyColors, sore), "#e01b24" },
  { "ac_body_hatch", G_STRUCT_OFFSET (AcBodyColors, hatch), "rgba(0,0,0,0.6)" },
  { "ac_body_gap", G_STRUCT_OFFSET (AcBodyColors, gap), "#ffffff" },
  { "ac_body_focus", G_STRUCT_OFFSET (AcBodyColors, focus), "rgba(53,132,228,0.5)" },
  { "ac_body_outline", G_STRUCT_OFFSET (AcBodyColors, outline), "rgba(0,0,0,0.8)" },
  { "ac_body_caption", G_STRUCT_OFFSET (AcBodyColors, caption), "rgba(0,0,0,0.7)" },
};

/* @color drawn over @background, as one opaque colour. */
static void
flatten (GdkRGBA       *color,
         const GdkRGBA *background)
{
  double a = color->alpha;

  color->red = color->red * a + background->red * (1 - a);
  color->green = color->green * a + background->green * (1 - a);
  color->blue = color->blue * a + background->blue * (1 - a);
  color->alpha = 1;
}

static GdkRGBA
mix (const GdkRGBA *from,
     const GdkRGBA *to,
     double         amount)
{
  return (GdkRGBA) { from->red + (to->red - from->red) * amount,
                     from->green + (to->green - from->green) * amount,
                     from->blue + (to->blue - from->blue) * amount,
                     from->alpha + (to->alpha - from->alpha) * amount };
}

/**
 * _ac_body_colors_lookup:
 * @colors: (out caller-allocates): the colours
 *
 * The map's colours from @widget's style, again whenever it changes:
 * light, dark and high contrast.
 */
void
_ac_body_colors_lookup (AcBodyColors *colors,
                        GtkWidget    *widget)
{
  /* GTK 4.8 has no other way to a named colour; 4.10 deprecates it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  for (guint i = 0; i < G_N_ELEMENTS (named_colors); i++)
    {
      GdkRGBA *color = G_STRUCT_MEMBER_P (colors, named_colors[i].offset);

      if (!gtk_style_context_lookup_color (context, named_colors[i].name, color))
        {
          g_debug ("No colour %s in the style; using %s", named_colors[i].name, named_colors[i].fallback);
          gdk_rgba_parse (color, named_colors[i].fallback);
        }
    }
  G_GNUC_END_IGNORE_DEPRECATIONS

  colors->gap.alpha = 1;
  flatten (&colors->figure, &colors->gap);
  flatten (&colors->region, &colors->gap);
  flatten (&colors->hover, &colors->gap);
  flatten (&colors->selected, &colors->gap);
  flatten (&colors->selected_hover, &colors->gap);
  flatten (&colors->sore, &colors->gap);
  flatten (&colors->focus, &colors->gap);
  colors->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* What a frame is painted with. */
typedef struct
{
  cairo_t            *cr;
  const AcBodyColors *colors;
  const AcBodyState  *state;
  gboolean            shading;  /* some area is shaded */
  double              scale;    /* pixels a figure unit */
} Painter;

static gboolean
is_shading (const AcBodyState *state)
{
  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    if (state->intensity[i] > 0)
      return TRUE;

  return FALSE;
}

static GdkRGBA
fill_of (const Painter *painter,
         AcArea         area)
{
  const AcBodyColors *colors = painter->colors;
  const AcBodyState *state = painter->state;
  gboolean hovered = (state->hover & area) != 0;
  double value;
  GdkRGBA base;

  if (area == AC_AREA_NONE)
    return colors->figure;

  if (!painter->shading && (state->selected & area) != 0)
    return hovered ? colors->selected_hover : colors->selected;

  base = hovered ? colors->hover : colors->region;
  value = state->intensity[_ac_body_area_index (area)];
  if (value <= 0)
    return base;

  return mix (&base, &colors->sore, SHADE_FLOOR + (1 - SHADE_FLOOR) * MIN (value, 1));
}

/* Stripes at 45 degrees over the current path, clipped to it. */
static void
hatch (const Painter *painter)
{
  cairo_t *cr = painter->cr;
  double x1, y1, x2, y2, step = HATCH_SPACING / painter->scale;

  cairo_save (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  /* Lines x + y = c, on a grid that does not move with the piece. */
  for (double c = floor ((x1 + y1) / step) * step; c <= x2 + y2; c += step)
    {
      cairo_move_to (cr, c - y1, y1);
      cairo_line_to (cr, c - y2, y2);
    }
  gdk_cairo_set_source_rgba (cr, &painter->colors->hatch);
  cairo_set_line_width (cr, HATCH_WIDTH / painter->scale);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A piece's fill and what goes over it, in figure units. */
static void
paint_piece (const Painter *painter,
             guint          piece)
{
  cairo_t *cr = painter->cr;
  const AcBodyColors *colors = painter->colors;
  int node = _ac_body_piece_get_node (piece);
  AcArea area = node >= 0 ? _ac_body_node_get_area (node) : AC_AREA_NONE;
  GdkRGBA fill = fill_of (painter, area);

  cairo_new_path (cr);
  _ac_body_piece_append_path (piece, cr);
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill_preserve (cr);

  if (colors->high_contrast && area != AC_AREA_NONE)
    {
      gdk_cairo_set_source_rgba (cr, &colors->outline);
      cairo_set_line_width (cr, 1.0 / painter->scale);
      cairo_stroke_preserve (cr);
    }

  if ((painter->state->hatched & area) != 0)
    hatch (painter);

  if (painter->shading && (painter->state->selected & area) != 0)
    {
      cairo_save (cr);
      cairo_clip_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &colors->selected);
      cairo_set_line_width (cr, 2 * SELECTED_OUTLINE / painter->scale);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  cairo_new_path (cr);
  if (_ac_body_piece_append_detail (piece, cr))
    {
      gdk_cairo_set_source_rgba (cr, &colors->gap);
      cairo_set_line_width (cr, GAP_WIDTH);
      cairo_stroke (cr);
    }
}

/* Clips @cr to what is not @piece: a large rectangle with the piece as a
 * hole. */
static void
clip_out (cairo_t *cr,
          guint    piece)
{
  cairo_new_path (cr);
  cairo_rectangle (cr, -1000, -1000, 2000 + AC_BODY_FIGURE_WIDTH, 2000 + AC_BODY_FIGURE_HEIGHT);
  _ac_body_piece_append_path (piece, cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

/* The ring around @node: the outline of its pieces, stroked wide, where
 * no later piece covers them (the arm's top is under the shoulders), and
 * then the pieces painted again over the ring's inner half. The torso's
 * bands only touch each other, so a band's ring goes over its
 * neighbours. */
static void
paint_ring (const Painter *painter,
            guint          node)
{
  cairo_t *cr = painter->cr;
  AcBodySide side = _ac_body_node_get_side (node);
  guint n_pieces = _ac_body_n_pieces ();
  gboolean band = FALSE, seen = FALSE;

  for (guint i = 0; i < n_pieces; i++)
    if (_ac_body_piece_get_node (i) == (int) node)
      band = _ac_body_piece_is_band (i);

  for (guint i = 0; i < n_pieces; i++)
    {
      if (_ac_body_piece_get_node (i) == (int) node)
        seen = TRUE;
      else if (seen && _ac_body_piece_get_side (i) == side && !(band && _ac_body_piece_is_band (i)))
        clip_out (cr, i);
    }

  cairo_new_path (cr);
  for (guint i = 0; i < n_pieces; i++)
    if (_ac_body_piece_get_node (i) == (int) node)
      _ac_body_piece_append_path (i, cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, &painter->colors->gap);
  cairo_set_line_width (cr, 2 * (2 * RING_SPACE + RING_WIDTH) / painter->scale);
  cairo_stroke_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &painter->colors->focus);
  cairo_set_line_width (cr, 2 * (RING_SPACE + RING_WIDTH) / painter->scale);
  cairo_stroke_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &painter->colors->gap);
  cairo_set_line_width (cr, 2 * RING_SPACE / painter->scale);
  cairo_stroke (cr);

  for (guint i = 0; i < n_pieces; i++)
    if (_ac_body_piece_get_node (i) == (int) node)
      paint_piece (painter, i);
}

/**
 * _ac_body_draw:
 * @cr: a context in widget coordinates
 *
 * Paints both figures as @state says, in @colors, where @layout puts
 * them.
 */
void
_ac_body_draw (cairo_t            *cr,
               const AcBodyLayout *layout,
               const AcBodyColors *colors,
               const AcBodyState  *state)
{
  Painter painter = { cr, colors, state, is_shading (state), layout->scale };
  guint n_pieces = _ac_body_n_pieces ();

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint i = 0; i < n_pieces; i++)
    {
      cairo_save (cr);
      _ac_body_layout_to_figure (layout, _ac_body_piece_get_side (i), cr);

      /* The gap: this piece's outline cut into what is under it. */
      cairo_new_path (cr);
      _ac_body_piece_append_path (i, cr);
      gdk_cairo_set_source_rgba (cr, &colors->gap);
      cairo_set_line_width (cr, GAP_WIDTH);
      cairo_stroke (cr);

      paint_piece (&painter, i);
      cairo_restore (cr);
    }

  if (state->focus_node >= 0)
    {
      cairo_save (cr);
      _ac_body_layout_to_figure (layout, _ac_body_node_get_side (state->focus_node), cr);
      paint_ring (&painter, state->focus_node);
      cairo_restore (cr);
    }
}
