/* ac-body-map-regions.c — the body map's regions: where the figures stand,
 * where each region shows, hit testing and moving between regions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-map-regions"

#include "config.h"

#include "ac-body-map-private.h"

/* The shapes (ac-body-shapes.c) are made into paths once, on first
 * use, and painted once into a raster that tells where each region shows
 * when what covers it is left out: its box and its middle, for the
 * region's widget and for the arrow keys. Hit testing asks the paths
 * themselves, so that it agrees with the drawing to the pixel. */

#define FIGURE_X0     AC_BODY_FIGURE_X0
#define FIGURE_WIDTH  AC_BODY_FIGURE_WIDTH
#define FIGURE_HEIGHT AC_BODY_FIGURE_HEIGHT

/* Layout, in pixels. */
#define PADDING       12.0
#define GAP           24.0   /* between the figures */
#define CAPTION_GAP   4.0
#define NATURAL_SCALE 1.8    /* pixels a unit, when the map may choose */
#define MINIMUM_SCALE 1.0    /* below this, side by side becomes stacked */

/* The raster: pixels a unit. */
#define RASTER_SCALE  4

/* At most one node a piece. */
#define MAX_PIECES 40

typedef struct
{
  AcArea           area;
  AcBodySide       side;
  AcBodyLateral    lateral;
  graphene_rect_t  bounds;  /* where it shows, in units */
  graphene_point_t anchor;  /* the middle of what shows, in units */
} Node;

static struct
{
  guint         n_pieces;
  cairo_path_t *paths[MAX_PIECES];
  cairo_path_t *details[MAX_PIECES];
  cairo_path_t *gaps[MAX_PIECES];
  AcBodyGap     gap_kinds[MAX_PIECES];
  graphene_rect_t piece_extents[MAX_PIECES];  /* in units */
  AcBodySide    piece_sides[MAX_PIECES];
  gboolean      piece_bands[MAX_PIECES];
  int           piece_nodes[MAX_PIECES];
  Node          nodes[MAX_PIECES];
  guint         n_nodes;
  cairo_t      *hit_cr;     /* a context to ask whether a point is inside */
} geometry;

static int
find_or_add_node (AcBodySide    side,
                  AcArea        area,
                  AcBodyLateral lateral)
{
  Node *node;

  if (area == AC_AREA_NONE)
    return -1;

  for (guint i = 0; i < geometry.n_nodes; i++)
    {
      node = &geometry.nodes[i];
      if (node->area == area && node->side == side && node->lateral == lateral)
        return (int) i;
    }

  node = &geometry.nodes[geometry.n_nodes];
  node->area = area;
  node->side = side;
  node->lateral = lateral;

  return (int) geometry.n_nodes++;
}

/* Where each node shows, what covers it left out: each figure is painted
 * once, each piece in the number of its node, and the pixels counted. */
static void
measure_nodes (AcBodySide side)
{
  int width = (int) (FIGURE_WIDTH * RASTER_SCALE), height = (int) (FIGURE_HEIGHT * RASTER_SCALE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  double min_x[MAX_PIECES], min_y[MAX_PIECES], max_x[MAX_PIECES], max_y[MAX_PIECES];
  double sum_x[MAX_PIECES] = { 0 }, sum_y[MAX_PIECES] = { 0 };
  guint count[MAX_PIECES] = { 0 };
  const guchar *data;
  int stride;

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  cairo_scale (cr, RASTER_SCALE, RASTER_SCALE);
  cairo_translate (cr, -FIGURE_X0, 0);
  for (guint i = 0; i < geometry.n_pieces; i++)
    {
      if (geometry.piece_sides[i] != side)
        continue;
      /* The red channel holds the node's number + 1; 0 is no node. */
      cairo_set_source_rgb (cr, (geometry.piece_nodes[i] + 1) / 255.0, 0, 0);
      cairo_new_path (cr);
      cairo_append_path (cr, geometry.paths[i]);
      cairo_fill (cr);
    }
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        guint value = (pixel >> 16) & 0xff;

        if (value == 0)
          continue;
        value--;
        g_assert (value < geometry.n_nodes);
        if (count[value] == 0)
          {
            min_x[value] = max_x[value] = x;
            min_y[value] = max_y[value] = y;
          }
        min_x[value] = MIN (min_x[value], x);
        max_x[value] = MAX (max_x[value], x);
        min_y[value] = MIN (min_y[value], y);
        max_y[value] = MAX (max_y[value], y);
        sum_x[value] += x + 0.5;
        sum_y[value] += y + 0.5;
        count[value]++;
      }

  for (guint i = 0; i < geometry.n_nodes; i++)
    {
      Node *node = &geometry.nodes[i];

      if (node->side != side)
        continue;
      g_assert (count[i] > 0);
      graphene_rect_init (&node->bounds,
                          min_x[i] / RASTER_SCALE + FIGURE_X0,
                          min_y[i] / RASTER_SCALE,
                          (max_x[i] + 1 - min_x[i]) / RASTER_SCALE,
                          (max_y[i] + 1 - min_y[i]) / RASTER_SCALE);
      graphene_point_init (&node->anchor,
                           sum_x[i] / count[i] / RASTER_SCALE + FIGURE_X0,
                           sum_y[i] / count[i] / RASTER_SCALE);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
ensure_geometry (void)
{
  cairo_surface_t *surface;

  if (geometry.hit_cr != NULL)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  geometry.hit_cr = cairo_create (surface);
  cairo_surface_destroy (surface);

  geometry.n_pieces = _ac_body_shapes_n_pieces ();
  g_assert (geometry.n_pieces <= MAX_PIECES);
  for (guint i = 0; i < geometry.n_pieces; i++)
    {
      AcBodyLateral lateral;
      AcArea area;
      double x1, y1, x2, y2;

      _ac_body_shapes_get_piece (i, &geometry.piece_sides[i], &area, &lateral,
                                 &geometry.piece_bands[i]);
      geometry.piece_nodes[i] = find_or_add_node (geometry.piece_sides[i], area, lateral);

      cairo_new_path (geometry.hit_cr);
      _ac_body_shapes_build (i, geometry.hit_cr);
      geometry.paths[i] = cairo_copy_path (geometry.hit_cr);
      cairo_fill_extents (geometry.hit_cr, &x1, &y1, &x2, &y2);
      graphene_rect_init (&geometry.piece_extents[i], x1, y1, x2 - x1, y2 - y1);
      cairo_new_path (geometry.hit_cr);
      if (_ac_body_shapes_build_detail (i, geometry.hit_cr))
        geometry.details[i] = cairo_copy_path (geometry.hit_cr);
      cairo_new_path (geometry.hit_cr);
      geometry.gap_kinds[i] = _ac_body_shapes_build_gap (i, geometry.hit_cr);
      if (geometry.gap_kinds[i] != AC_BODY_GAP_NONE)
        geometry.gaps[i] = cairo_copy_path (geometry.hit_cr);
    }
  cairo_new_path (geometry.hit_cr);

  measure_nodes (AC_BODY_FRONT);
  measure_nodes (AC_BODY_BACK);
}

/* ---- Layout ------------------------------------------------------------- */

/**
 * _ac_body_layout_compute:
 * @caption_height: the height of the line under each figure
 * @rtl: whether the widget reads right to left: the front is then on the
 *   right
 *
 * Places the figures in a widget of @width × @height: side by side, or
 * the back under the front when that makes them larger (a tall, narrow
 * widget), as large as fits and in the middle.
 */
void
_ac_body_layout_compute (AcBodyLayout *layout,
                         double        width,
                         double        height,
                         double        caption_height,
                         gboolean      rtl)
{
  double below = CAPTION_GAP + caption_height;
  double beside = MIN ((width - 2 * PADDING - GAP) / (2 * FIGURE_WIDTH),
                       (height - 2 * PADDING - below) / FIGURE_HEIGHT);
  double stacked = MIN ((width - 2 * PADDING) / FIGURE_WIDTH,
                        (height - 2 * PADDING - GAP - 2 * below) / (2 * FIGURE_HEIGHT));
  AcBodySide first = rtl ? AC_BODY_BACK : AC_BODY_FRONT;
  double x0, y0;

  layout->stacked = stacked > beside;
  layout->scale = MAX (MAX (beside, stacked), 0.05);
  layout->figure_width = FIGURE_WIDTH * layout->scale;
  layout->figure_height = FIGURE_HEIGHT * layout->scale;

  if (!layout->stacked)
    {
      x0 = (width - 2 * layout->figure_width - GAP) / 2;
      y0 = (height - layout->figure_height - below) / 2;
      layout->left[first] = x0;
      layout->left[1 - first] = x0 + layout->figure_width + GAP;
      layout->top[AC_BODY_FRONT] = layout->top[AC_BODY_BACK] = y0;
    }
  else
    {
      x0 = (width - layout->figure_width) / 2;
      y0 = (height - 2 * (layout->figure_height + below) - GAP) / 2;
      layout->left[AC_BODY_FRONT] = layout->left[AC_BODY_BACK] = x0;
      layout->top[AC_BODY_FRONT] = y0;
      layout->top[AC_BODY_BACK] = y0 + layout->figure_height + below + GAP;
    }

  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    layout->caption_y[side] = layout->top[side] + layout->figure_height + CAPTION_GAP;
}

/* The height the map would like at @width: side by side, no larger than
 * its natural scale; stacked only where side by side would be smaller
 * than the minimum scale (narrower than about 220 px). */
double
_ac_body_natural_height (double width,
                         double caption_height)
{
  double below = CAPTION_GAP + caption_height;
  double beside = (width - 2 * PADDING - GAP) / (2 * FIGURE_WIDTH);
  double stacked;

  if (beside >= MINIMUM_SCALE)
    return 2 * PADDING + MIN (beside, NATURAL_SCALE) * FIGURE_HEIGHT + below;

  stacked = CLAMP ((width - 2 * PADDING) / FIGURE_WIDTH, 0.05, NATURAL_SCALE);

  return 2 * PADDING + 2 * (stacked * FIGURE_HEIGHT + below) + GAP;
}

double
_ac_body_natural_width (void)
{
  return 2 * PADDING + 2 * FIGURE_WIDTH * NATURAL_SCALE + GAP;
}

double
_ac_body_minimum_width (void)
{
  return 2 * PADDING + FIGURE_WIDTH;
}

/* Sets @cr to draw @side's figure in its units. */
void
_ac_body_layout_to_figure (const AcBodyLayout *layout,
                           AcBodySide          side,
                           cairo_t            *cr)
{
  cairo_translate (cr, layout->left[side] - FIGURE_X0 * layout->scale, layout->top[side]);
  cairo_scale (cr, layout->scale, layout->scale);
}

static graphene_point_t
to_widget (const AcBodyLayout *layout,
           AcBodySide          side,
           double              x,
           double              y)
{
  return GRAPHENE_POINT_INIT (layout->left[side] + (x - FIGURE_X0) * layout->scale,
                              layout->top[side] + y * layout->scale);
}

/* ---- Nodes and pieces --------------------------------------------------- */

guint
_ac_body_n_nodes (void)
{
  ensure_geometry ();

  return geometry.n_nodes;
}

AcArea
_ac_body_node_get_area (guint node)
{
  g_assert (node < _ac_body_n_nodes ());

  return geometry.nodes[node].area;
}

AcBodySide
_ac_body_node_get_side (guint node)
{
  g_assert (node < _ac_body_n_nodes ());

  return geometry.nodes[node].side;
}

/* The box, in widget coordinates, around what shows of @node. */
void
_ac_body_node_get_bounds (const AcBodyLayout *layout,
                          guint               node,
                          graphene_rect_t    *bounds)
{
  const Node *n;
  graphene_point_t origin;

  g_assert (node < _ac_body_n_nodes ());

  n = &geometry.nodes[node];
  origin = to_widget (layout, n->side, n->bounds.origin.x, n->bounds.origin.y);
  graphene_rect_init (bounds, origin.x, origin.y,
                      n->bounds.size.width * layout->scale,
                      n->bounds.size.height * layout->scale);
}

/* The first node of @area: on the front where it shows there, on the
 * figure's left (as seen) where it shows twice. */
int
_ac_body_node_first_of (AcArea area)
{
  for (guint i = 0; i < _ac_body_n_nodes (); i++)
    if (geometry.nodes[i].area == area && geometry.nodes[i].side == AC_BODY_FRONT)
      return (int) i;
  for (guint i = 0; i < geometry.n_nodes; i++)
    if (geometry.nodes[i].area == area)
      return (int) i;

  return -1;
}

/**
 * _ac_body_node_at:
 * @x: (in widget coordinates)
 *
 * Returns: the node whose region is drawn at @x, @y (the piece on top,
 *   as drawn), or -1 where there is none: beside the figures, or on a
 *   part of a figure that is no region
 */
int
_ac_body_node_at (const AcBodyLayout *layout,
                  double              x,
                  double              y)
{
  ensure_geometry ();

  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    {
      double u = (x - layout->left[side]) / layout->scale + FIGURE_X0;
      double v = (y - layout->top[side]) / layout->scale;

      if (u < FIGURE_X0 || u > FIGURE_X0 + FIGURE_WIDTH || v < 0 || v > FIGURE_HEIGHT)
        continue;

      for (guint i = geometry.n_pieces; i-- > 0;)
        {
          if (geometry.piece_sides[i] != side)
            continue;

          cairo_new_path (geometry.hit_cr);
          cairo_append_path (geometry.hit_cr, geometry.paths[i]);
          if (cairo_in_fill (geometry.hit_cr, u, v))
            {
              cairo_new_path (geometry.hit_cr);
              return geometry.piece_nodes[i];
            }
        }
      cairo_new_path (geometry.hit_cr);
    }

  return -1;
}

/**
 * _ac_body_node_neighbour:
 *
 * The node an arrow key moves to from @node: of the nodes whose middle
 * lies that way, within 45 degrees, the nearest, where a step to the side
 * counts twice. Across the figures too: right of the front's right arm is
 * the back's left arm (side by side), under the front's feet the back's
 * head (stacked).
 *
 * Returns: the node, or -1 where none lies that way
 */
int
_ac_body_node_neighbour (const AcBodyLayout *layout,
                         guint               node,
                         GtkDirectionType    direction)
{
  const Node *from;
  graphene_point_t start;
  double best_score = G_MAXDOUBLE;
  int best = -1;

  g_assert (node < _ac_body_n_nodes ());

  from = &geometry.nodes[node];
  start = to_widget (layout, from->side, from->anchor.x, from->anchor.y);

  for (guint i = 0; i < geometry.n_nodes; i++)
    {
      const Node *to = &geometry.nodes[i];
      graphene_point_t end = to_widget (layout, to->side, to->anchor.x, to->anchor.y);
      double dx = end.x - start.x, dy = end.y - start.y;
      double ahead, aside, score;

      switch ((int) direction)
        {
        case GTK_DIR_LEFT:  ahead = -dx; aside = ABS (dy); break;
        case GTK_DIR_RIGHT: ahead = dx;  aside = ABS (dy); break;
        case GTK_DIR_UP:    ahead = -dy; aside = ABS (dx); break;
        case GTK_DIR_DOWN:  ahead = dy;  aside = ABS (dx); break;
        default:            g_return_val_if_reached (-1);
        }

      if (i == node || ahead < 1 || aside > ahead)
        continue;

      score = ahead + 2 * aside;
      if (score < best_score)
        {
          best_score = score;
          best = (int) i;
        }
    }

  return best;
}

guint
_ac_body_n_pieces (void)
{
  ensure_geometry ();

  return geometry.n_pieces;
}

int
_ac_body_piece_get_node (guint piece)
{
  g_assert (piece < _ac_body_n_pieces ());

  return geometry.piece_nodes[piece];
}

AcBodySide
_ac_body_piece_get_side (guint piece)
{
  g_assert (piece < _ac_body_n_pieces ());

  return geometry.piece_sides[piece];
}

/* The box around @piece's whole shape, in units, covered or not. */
void
_ac_body_piece_get_extents (guint            piece,
                            graphene_rect_t *extents)
{
  g_assert (piece < _ac_body_n_pieces ());

  *extents = geometry.piece_extents[piece];
}

/* Whether @piece is one of the torso's bands, which only touch. */
gboolean
_ac_body_piece_is_band (guint piece)
{
  g_assert (piece < _ac_body_n_pieces ());

  return geometry.piece_bands[piece];
}

/* Adds @piece's shape, in figure units, to @cr's path. */
void
_ac_body_piece_append_path (guint    piece,
                            cairo_t *cr)
{
  g_assert (piece < _ac_body_n_pieces ());

  cairo_append_path (cr, geometry.paths[piece]);
}

/* Adds the lines drawn over @piece (the navel, the cleft of the glutes)
 * to @cr's path; returns FALSE when it has none. */
gboolean
_ac_body_piece_append_detail (guint    piece,
                              cairo_t *cr)
{
  g_assert (piece < _ac_body_n_pieces ());

  if (geometry.details[piece] == NULL)
    return FALSE;

  cairo_append_path (cr, geometry.details[piece]);
  return TRUE;
}

/* Adds what @piece cuts into the pieces under it to @cr's path, and
 * says whether to fill or stroke it (_ac_body_shapes_build_gap()). */
AcBodyGap
_ac_body_piece_append_gap (guint    piece,
                           cairo_t *cr)
{
  g_assert (piece < _ac_body_n_pieces ());

  if (geometry.gaps[piece] != NULL)
    cairo_append_path (cr, geometry.gaps[piece]);

  return geometry.gap_kinds[piece];
}

guint
_ac_body_area_index (AcArea area)
{
  int index = g_bit_nth_lsf (area, -1);

  g_assert (index >= 0 && index < AC_BODY_N_AREAS && area == (1u << index));

  return (guint) index;
}

AcArea
_ac_body_area_from_index (guint index)
{
  g_assert (index < AC_BODY_N_AREAS);

  return 1u << index;
}
