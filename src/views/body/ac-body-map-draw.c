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
 * background colour: a piece drawn later keeps its whole shape and cuts
 * the gap into the ones under it (_ac_body_shapes_build_gap()), and the
 * torso's bands have the lines between them drawn over. Strokes cost the
 * software renderer most, so there are few: a stroke of each piece's
 * outline made the map three times slower. Fills are made opaque on the
 * background first, so that where a piece covers another (the shoulders
 * over the tops of the arms) nothing shows through.
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
 *  - high contrast: the figure and its regions twice as strong, so that
 *    they stand out from the background and the gaps between them. */

#define HATCH_SPACING    6     /* pixels between stripes */
#define HATCH_WIDTH      1.5
#define SELECTED_OUTLINE 2.5   /* pixels, inside a shaded region */
#define RING_WIDTH       2.0   /* pixels, with a line of the background */
#define RING_SPACE       1.0   /* on either side */
#define SHADE_FLOOR      0.15
#define TOLERANCE        0.25  /* pixels: curves are made of lines this close */

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
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      colors->figure.alpha = MIN (1, 2 * colors->figure.alpha);
      colors->region.alpha = MIN (1, 2 * colors->region.alpha);
      colors->hover.alpha = MIN (1, 2 * colors->hover.alpha);
    }
  flatten (&colors->figure, &colors->gap);
  flatten (&colors->region, &colors->gap);
  flatten (&colors->hover, &colors->gap);
  flatten (&colors->selected, &colors->gap);
  flatten (&colors->selected_hover, &colors->gap);
  flatten (&colors->sore, &colors->gap);
  flatten (&colors->focus, &colors->gap);
}

/* What a frame is painted with. */
typedef struct
{
  cairo_t            *cr;
  const AcBodyColors *colors;
  const AcBodyState  *state;
  gboolean            shading;  /* some area is shaded */
  double              scale;    /* pixels a figure unit */
  cairo_pattern_t    *hatch;    /* made when first needed */
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

/* Stripes at 45 degrees: a tile of lines x + y = 0, one spacing and two,
 * repeated over the figure in pixels, whatever its scale. A fill with it
 * costs far less than lines clipped to the piece. */
static cairo_pattern_t *
hatch_pattern (Painter *painter)
{
  cairo_surface_t *tile;
  cairo_matrix_t matrix;
  cairo_t *cr;

  if (painter->hatch != NULL)
    return painter->hatch;

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, HATCH_SPACING, HATCH_SPACING);
  cr = cairo_create (tile);
  for (int c = 0; c <= 2 * HATCH_SPACING; c += HATCH_SPACING)
    {
      cairo_move_to (cr, c + 1, -1);
      cairo_line_to (cr, c - HATCH_SPACING - 1, HATCH_SPACING + 1);
    }
  gdk_cairo_set_source_rgba (cr, &painter->colors->hatch);
  cairo_set_line_width (cr, HATCH_WIDTH);
  cairo_stroke (cr);
  cairo_destroy (cr);

  painter->hatch = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (painter->hatch, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (painter->hatch, CAIRO_FILTER_FAST);
  /* The figure is drawn in units; the tile is in pixels. */
  cairo_matrix_init_scale (&matrix, painter->scale, painter->scale);
  cairo_pattern_set_matrix (painter->hatch, &matrix);

  return painter->hatch;
}

/* A piece's fill and what goes over it, in figure units. */
static void
paint_piece (Painter *painter,
             guint    piece)
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

  if ((painter->state->hatched & area) != 0)
    {
      cairo_set_source (cr, hatch_pattern (painter));
      cairo_fill_preserve (cr);
    }

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
      cairo_set_line_width (cr, AC_BODY_GAP);
      cairo_stroke (cr);
    }
}

/* What @piece cuts into the pieces under it. */
static void
paint_gap (Painter *painter,
           guint    piece)
{
  cairo_t *cr = painter->cr;
  AcBodyGap gap;

  cairo_new_path (cr);
  gap = _ac_body_piece_append_gap (piece, cr);
  gdk_cairo_set_source_rgba (cr, &painter->colors->gap);
  if (gap == AC_BODY_GAP_FILL)
    cairo_fill (cr);
  else if (gap == AC_BODY_GAP_STROKE)
    {
      cairo_set_line_width (cr, 2 * AC_BODY_GAP);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
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
 * no later piece near it covers them (the arm's top is under the
 * shoulders), and then the pieces painted again over the ring's inner
 * half. The torso's bands only touch each other, so a band's ring goes
 * over its neighbours. */
static void
paint_ring (Painter *painter,
            guint    node)
{
  cairo_t *cr = painter->cr;
  AcBodySide side = _ac_body_node_get_side (node);
  guint n_pieces = _ac_body_n_pieces ();
  gboolean band = FALSE, seen = FALSE;
  double reach = (2 * RING_SPACE + RING_WIDTH) / painter->scale;
  graphene_rect_t around = GRAPHENE_RECT_INIT (0, 0, 0, 0), extents;

  for (guint i = 0; i < n_pieces; i++)
    if (_ac_body_piece_get_node (i) == (int) node)
      {
        band = _ac_body_piece_is_band (i);
        _ac_body_piece_get_extents (i, &extents);
        if (around.size.width == 0)
          around = extents;
        else
          graphene_rect_union (&around, &extents, &around);
      }
  graphene_rect_inset (&around, -reach, -reach);

  for (guint i = 0; i < n_pieces; i++)
    {
      if (_ac_body_piece_get_node (i) == (int) node)
        seen = TRUE;
      else if (seen && _ac_body_piece_get_side (i) == side && !(band && _ac_body_piece_is_band (i)))
        {
          _ac_body_piece_get_extents (i, &extents);
          if (graphene_rect_intersection (&around, &extents, NULL))
            clip_out (cr, i);
        }
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
  Painter painter = { cr, colors, state, is_shading (state), layout->scale, NULL };
  guint n_pieces = _ac_body_n_pieces ();

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_tolerance (cr, TOLERANCE);

  for (guint i = 0; i < n_pieces; i++)
    {
      cairo_save (cr);
      _ac_body_layout_to_figure (layout, _ac_body_piece_get_side (i), cr);
      paint_gap (&painter, i);
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

  g_clear_pointer (&painter.hatch, cairo_pattern_destroy);
}
