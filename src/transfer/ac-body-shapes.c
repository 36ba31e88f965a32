/* ac-body-shapes.c — the body map's two figures, drawn as shapes: the
 * torso cut into regions, the limbs, the head; no GTK, so that the
 * brief for a therapist draws the same figures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-shapes"

#include "config.h"

#include <math.h>

#include "ac-body-shapes-private.h"

/* Each figure is drawn in units of its own, with the body's middle at
 * x = 50: from x = 6 to 94 (AC_BODY_FIGURE_X0, _WIDTH) and from the top of
 * the head at y = 0 to the soles at 233 (AC_BODY_FIGURE_HEIGHT). The
 * shapes are the right half of the figure (as the map is seen); the left
 * half is their mirror image.
 *
 * Which side shows an area: the side where the area lies, as a massage
 * therapist works on it. An area on both figures is one area: both
 * figures light up together, and a click on either toggles it.
 *  - Front only: chest, abdomen.
 *  - Back only: upper back, lower back, glutes; the neck (the muscles
 *    worked and felt are at the back and sides: the front of the throat
 *    is a place massage avoids) and the calves (the back of the lower
 *    leg: the front shows the shins, which are no region).
 *  - Both: head, shoulders, arms, hands, hips (the front of the pelvis;
 *    its outer sides beside the glutes at the back), thighs, feet.
 * The parts of a figure that are no region (the front of the neck, the
 * shins) are drawn in the figure's colour and never light up.
 *
 * The torso is one outline cut across by curves; its regions are exact
 * pieces between two cuts, so they never overlap. Limbs, the neck and the
 * head are shapes of their own; the torso is drawn over the tops of the
 * limbs, and the head over the neck. */

#define MIDDLE 50.0

typedef struct
{
  double x, y;
} Point;

typedef struct
{
  Point p[4];
} Cubic;

/* The torso's outline, right half: from the middle under the neck over
 * the shoulder, down the side to the crotch. */
static const Cubic torso_outline[] = {
  { { { 50, 38 }, { 55, 38 }, { 59, 38.5 }, { 63, 39.5 } } },
  { { { 63, 39.5 }, { 68, 41 }, { 72.5, 42 }, { 75, 44.5 } } },
  { { { 75, 44.5 }, { 78, 47 }, { 79, 50.5 }, { 79, 54.5 } } },
  { { { 79, 54.5 }, { 79, 59 }, { 74, 62 }, { 71.5, 66 } } },            /* armpit */
  { { { 71.5, 66 }, { 70.5, 74 }, { 67.5, 84 }, { 67.5, 92 } } },        /* waist */
  { { { 67.5, 92 }, { 67.5, 99 }, { 69.5, 104 }, { 69.5, 110 } } },      /* hip */
  { { { 69.5, 110 }, { 69.5, 115 }, { 69.5, 119 }, { 68.5, 122 } } },
  { { { 68.5, 122 }, { 64, 126 }, { 56, 128 }, { 50, 128 } } },          /* crotch */
};

#define FIRST_SIDE_SEGMENT 3  /* from here down, y only grows */
#define CROTCH_SEGMENT     7

/* A cut across the torso, right half: from the middle at centre_y to
 * the outline at edge_y, bending through c1 and c2. */
typedef struct
{
  double centre_y;
  Point  c1, c2;
  double edge_y;
} Cut;

static const Cut shoulder_cut   = { 49, { 55, 49 }, { 64, 49.5 }, 66 };
static const Cut chest_cut      = { 73.5, { 53, 76.5 }, { 60, 77.5 }, 75.5 };
static const Cut hip_cut        = { 106, { 57, 106 }, { 64, 103 }, 100 };
static const Cut upper_back_cut = { 81, { 57, 81 }, { 63, 81 }, 81 };
static const Cut lower_back_cut = { 102, { 57, 102 }, { 63, 102 }, 102 };
#define GLUTE_EDGE_X 61.5

/* Where a shape's point lies on the torso outline. */
typedef struct
{
  guint  segment;
  double t;
} OutlinePos;

/* Makes a shape; @grow makes it that much larger all round, for the gap
 * it cuts into what is under it (the head only). */
typedef void (*BuildShape) (cairo_t *cr,
                            double   grow);

/* A limb's segment: two circles, and the lines that touch both. */
typedef struct
{
  double x1, y1, r1;
  double x2, y2, r2;
} Capsule;

/* A limb: one or two segments. */
typedef struct
{
  Capsule segments[2];
  guint   n_segments;
} Limb;

/* A piece's shape is made by @build, or is @limb, or else is the torso
 * between the cuts @top and @bottom (NULL: the torso's top, bottom). */
typedef struct
{
  AcBodySide     side;
  AcArea         area;      /* AC_AREA_NONE: part of the figure, no region */
  AcBodyLateral  lateral;   /* RIGHT is the shape as built, LEFT its mirror */
  BuildShape     build;
  const Limb    *limb;
  const Cut     *top;
  const Cut     *bottom;
  BuildShape     detail;    /* lines drawn over it; may be NULL */
  gboolean       band;      /* of the torso: it only touches the others */
  gboolean       carves;    /* it cuts a gap into the pieces under it */
} PieceSpec;

/* ---- Curves ------------------------------------------------------------ */

static Point
cubic_point (const Cubic *c,
             double       t)
{
  double u = 1 - t;
  double a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;

  return (Point) { a * c->p[0].x + b * c->p[1].x + d * c->p[2].x + e * c->p[3].x,
                   a * c->p[0].y + b * c->p[1].y + d * c->p[2].y + e * c->p[3].y };
}

static Point
lerp (Point  a,
      Point  b,
      double t)
{
  return (Point) { a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t };
}

/* The part of @c from @t0 to @t1, by de Casteljau. */
static Cubic
cubic_part (const Cubic *c,
            double       t0,
            double       t1)
{
  Cubic head, tail;
  Point ab, bc, cd, abc, bcd;
  double s;

  /* Keep [0, t1]. */
  ab = lerp (c->p[0], c->p[1], t1);
  bc = lerp (c->p[1], c->p[2], t1);
  cd = lerp (c->p[2], c->p[3], t1);
  abc = lerp (ab, bc, t1);
  bcd = lerp (bc, cd, t1);
  head = (Cubic) { { c->p[0], ab, abc, lerp (abc, bcd, t1) } };
  if (t0 <= 0 || t1 <= 0)
    return head;

  /* Of that, keep [t0 / t1, 1]. */
  s = t0 / t1;
  ab = lerp (head.p[0], head.p[1], s);
  bc = lerp (head.p[1], head.p[2], s);
  cd = lerp (head.p[2], head.p[3], s);
  abc = lerp (ab, bc, s);
  bcd = lerp (bc, cd, s);
  tail = (Cubic) { { lerp (abc, bcd, s), bcd, cd, head.p[3] } };

  return tail;
}

/* The outline's point at height @y (x when @by_x), below the shoulder,
 * found by halving: there the outline only goes down. */
static OutlinePos
outline_find (double   value,
              gboolean by_x)
{
  guint first = by_x ? CROTCH_SEGMENT : FIRST_SIDE_SEGMENT;

  /* Along the crotch x falls: compare -x, which grows. */
  if (by_x)
    value = -value;

  for (guint i = first; i < G_N_ELEMENTS (torso_outline); i++)
    {
      const Cubic *c = &torso_outline[i];
      double v0 = by_x ? -c->p[0].x : c->p[0].y;
      double v3 = by_x ? -c->p[3].x : c->p[3].y;
      double low = 0, high = 1;

      if (value < v0 || value > v3)
        continue;

      for (guint step = 0; step < 40; step++)
        {
          double mid = (low + high) / 2;
          Point p = cubic_point (c, mid);

          if ((by_x ? -p.x : p.y) < value)
            low = mid;
          else
            high = mid;
        }
      return (OutlinePos) { i, (low + high) / 2 };
    }

  g_assert_not_reached ();
}

static Point
outline_point (OutlinePos pos)
{
  return cubic_point (&torso_outline[pos.segment], pos.t);
}

/* ---- Half shapes -------------------------------------------------------- */

/* A right half, from the middle line down to the middle line, as cubics;
 * closed with its mirror image, it is a shape the middle divides. */
typedef struct
{
  Cubic cubics[16];
  guint n;
} Half;

static void
half_add (Half  *half,
          Cubic  c)
{
  g_assert (half->n < G_N_ELEMENTS (half->cubics));
  half->cubics[half->n++] = c;
}

static void
half_add_line (Half  *half,
               Point  from,
               Point  to)
{
  half_add (half, (Cubic) { { from, lerp (from, to, 1.0 / 3), lerp (from, to, 2.0 / 3), to } });
}

static void
half_add_outline (Half       *half,
                  OutlinePos  from,
                  OutlinePos  to)
{
  for (guint i = from.segment; i <= to.segment; i++)
    {
      double t0 = i == from.segment ? from.t : 0;
      double t1 = i == to.segment ? to.t : 1;

      if (t1 - t0 > 1e-6)
        half_add (half, cubic_part (&torso_outline[i], t0, t1));
    }
}

static OutlinePos
cut_edge (const Cut *cut)
{
  return outline_find (cut->edge_y, FALSE);
}

/* The cut from the middle to the outline, or back when @inward. */
static void
half_add_cut (Half      *half,
              const Cut *cut,
              gboolean   inward)
{
  Point middle = { MIDDLE, cut->centre_y };
  Point edge = outline_point (cut_edge (cut));

  if (inward)
    half_add (half, (Cubic) { { edge, cut->c2, cut->c1, middle } });
  else
    half_add (half, (Cubic) { { middle, cut->c1, cut->c2, edge } });
}

static Point
mirror (Point p)
{
  return (Point) { 2 * MIDDLE - p.x, p.y };
}

/* Continues the current path along @half's cubics. */
static void
half_append (const Half *half,
             cairo_t    *cr)
{
  for (guint i = 0; i < half->n; i++)
    {
      const Cubic *c = &half->cubics[i];

      cairo_curve_to (cr, c->p[1].x, c->p[1].y, c->p[2].x, c->p[2].y, c->p[3].x, c->p[3].y);
    }
}

static void
half_close (const Half *half,
            cairo_t    *cr)
{
  cairo_move_to (cr, half->cubics[0].p[0].x, half->cubics[0].p[0].y);
  half_append (half, cr);
  for (guint i = half->n; i-- > 0;)
    {
      const Cubic *c = &half->cubics[i];
      Point a = mirror (c->p[2]), b = mirror (c->p[1]), end = mirror (c->p[0]);

      cairo_curve_to (cr, a.x, a.y, b.x, b.y, end.x, end.y);
    }
  cairo_close_path (cr);
}

static OutlinePos
outline_start (void)
{
  return (OutlinePos) { 0, 0 };
}

static OutlinePos
outline_end (void)
{
  return (OutlinePos) { G_N_ELEMENTS (torso_outline) - 1, 1 };
}

/* The torso between two cuts (NULL: its top or its bottom). */
static void
torso_band (cairo_t   *cr,
            const Cut *top,
            const Cut *bottom)
{
  Half half = { 0 };

  if (top != NULL)
    half_add_cut (&half, top, FALSE);
  half_add_outline (&half,
                    top != NULL ? cut_edge (top) : outline_start (),
                    bottom != NULL ? cut_edge (bottom) : outline_end ());
  if (bottom != NULL)
    half_add_cut (&half, bottom, TRUE);
  half_close (&half, cr);
}

/* ---- The shapes --------------------------------------------------------- */

/* The limbs, right half; the upper arm and the forearm overlap at the
 * elbow, as the calf and the shin do at the knee. */
static const Limb arm = { { { 71.5, 58, 6.5, 78.5, 89, 5.2 }, { 78.5, 89, 5.2, 84, 117, 3.9 } }, 2 };
static const Limb hand = { { { 84.6, 120.5, 4.0, 87.2, 133, 4.9 } }, 1 };
static const Limb thigh = { { { 59.5, 119, 10.2, 59.8, 164, 6.6 } }, 1 };
static const Limb lower_leg = { { { 59.8, 166.5, 6.6, 60.2, 182, 6.2 }, { 60.2, 182, 6.2, 59.3, 211, 3.9 } }, 2 };
static const Limb foot_front = { { { 59.4, 214, 4.3, 61.4, 226, 5.5 } }, 1 };
static const Limb foot_back = { { { 59.3, 214, 4.3, 59.8, 225.5, 5.1 } }, 1 };

/* @limb, @grow larger all round. */
static void
build_limb (cairo_t    *cr,
            const Limb *limb,
            double      grow)
{
  for (guint i = 0; i < limb->n_segments; i++)
    {
      const Capsule *c = &limb->segments[i];
      double r1 = c->r1 + grow, r2 = c->r2 + grow;
      double angle = atan2 (c->y2 - c->y1, c->x2 - c->x1);
      /* Where the touching lines meet each circle, either side of the
       * segment's direction. */
      double spread = acos ((r1 - r2) / hypot (c->x2 - c->x1, c->y2 - c->y1));

      cairo_new_sub_path (cr);
      cairo_arc (cr, c->x2, c->y2, r2, angle - spread, angle + spread);
      cairo_arc (cr, c->x1, c->y1, r1, angle + spread, angle - spread + 2 * G_PI);
      cairo_close_path (cr);
    }
}

static void
build_head (cairo_t *cr,
            double   grow)
{
  cairo_save (cr);
  cairo_translate (cr, MIDDLE, 17);
  cairo_scale (cr, 11.5 + grow, 14.5 + grow);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_close_path (cr);
  cairo_restore (cr);
}

static void
build_neck (cairo_t *cr,
           double   grow)
{
  Half half = { 0 };

  half_add_line (&half, (Point) { MIDDLE, 24 }, (Point) { 55.5, 24 });
  half_add (&half, (Cubic) { { { 55.5, 24 }, { 55.5, 32 }, { 56.5, 38 }, { 58, 42 } } });
  half_add_line (&half, (Point) { 58, 42 }, (Point) { MIDDLE, 42 });
  half_close (&half, cr);
}

/* The glutes: the torso under the lower back, between the hips. */
static void
build_glutes (cairo_t *cr,
             double   grow)
{
  Half half = { 0 };
  OutlinePos crease = outline_find (GLUTE_EDGE_X, TRUE);
  Point top = { GLUTE_EDGE_X, lower_back_cut.centre_y };

  half_add_line (&half, (Point) { MIDDLE, lower_back_cut.centre_y }, top);
  half_add_line (&half, top, outline_point (crease));
  half_add_outline (&half, crease, outline_end ());
  half_close (&half, cr);
}

/* The hip at the back: the outer side of the pelvis, beside the glutes. */
static void
build_hip_back (cairo_t *cr,
               double   grow)
{
  OutlinePos edge = cut_edge (&lower_back_cut);
  OutlinePos crease = outline_find (GLUTE_EDGE_X, TRUE);
  Point start = outline_point (edge);
  Half side = { 0 };

  half_add_outline (&side, edge, crease);
  cairo_move_to (cr, GLUTE_EDGE_X, lower_back_cut.centre_y);
  cairo_line_to (cr, start.x, start.y);
  half_append (&side, cr);
  cairo_close_path (cr);
}

/* @half and its mirror image as one line, from the left. */
static void
half_open (const Half *half,
           cairo_t    *cr)
{
  Point start = mirror (half->cubics[half->n - 1].p[3]);

  cairo_move_to (cr, start.x, start.y);
  for (guint i = half->n; i-- > 0;)
    {
      const Cubic *c = &half->cubics[i];
      Point a = mirror (c->p[2]), b = mirror (c->p[1]), end = mirror (c->p[0]);

      cairo_curve_to (cr, a.x, a.y, b.x, b.y, end.x, end.y);
    }
  half_append (half, cr);
}

static void
add_cut (cairo_t   *cr,
         const Cut *cut)
{
  Half half = { 0 };

  half_add_cut (&half, cut, FALSE);
  half_open (&half, cr);
}

/* The gaps between the bands of the torso, drawn once they all are. */
static void
detail_front_cuts (cairo_t *cr,
                   double   grow)
{
  add_cut (cr, &shoulder_cut);
  add_cut (cr, &chest_cut);
  add_cut (cr, &hip_cut);
}

static void
detail_back_cuts (cairo_t *cr,
                  double   grow)
{
  Point crease = outline_point (outline_find (GLUTE_EDGE_X, TRUE));

  add_cut (cr, &shoulder_cut);
  add_cut (cr, &upper_back_cut);
  add_cut (cr, &lower_back_cut);
  for (guint side = 0; side < 2; side++)
    {
      double x = side == 0 ? GLUTE_EDGE_X : 2 * MIDDLE - GLUTE_EDGE_X;

      cairo_move_to (cr, x, lower_back_cut.centre_y);
      cairo_line_to (cr, side == 0 ? crease.x : 2 * MIDDLE - crease.x, crease.y);
    }
}

static void
detail_navel (cairo_t *cr,
             double   grow)
{
  cairo_move_to (cr, MIDDLE, 92.5);
  cairo_line_to (cr, MIDDLE, 94.5);
}

static void
detail_cleft (cairo_t *cr,
             double   grow)
{
  cairo_move_to (cr, MIDDLE, 109);
  cairo_line_to (cr, MIDDLE, 128);
}

/* Bottom first: limbs, then the neck, the torso over their tops, and the
 * head. Each figure's pieces in one run. A piece that carves cuts a gap
 * into what it lies on: a limb or the head by a larger copy of itself in
 * the background colour; the torso's first band by its outline. The
 * torso's last band draws the gaps between the bands. */
static const PieceSpec piece_specs[] = {
  { AC_BODY_FRONT, AC_AREA_ARMS, AC_BODY_LEFT, .limb = &arm },
  { AC_BODY_FRONT, AC_AREA_ARMS, AC_BODY_RIGHT, .limb = &arm },
  { AC_BODY_FRONT, AC_AREA_HANDS, AC_BODY_LEFT, .limb = &hand, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_HANDS, AC_BODY_RIGHT, .limb = &hand, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_THIGHS, AC_BODY_LEFT, .limb = &thigh },
  { AC_BODY_FRONT, AC_AREA_THIGHS, AC_BODY_RIGHT, .limb = &thigh },
  { AC_BODY_FRONT, AC_AREA_NONE, AC_BODY_LEFT, .limb = &lower_leg, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_NONE, AC_BODY_RIGHT, .limb = &lower_leg, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_FEET, AC_BODY_LEFT, .limb = &foot_front, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_FEET, AC_BODY_RIGHT, .limb = &foot_front, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_NONE, AC_BODY_CENTRE, .build = build_neck },
  { AC_BODY_FRONT, AC_AREA_HIPS, AC_BODY_CENTRE, .top = &hip_cut, .band = TRUE, .carves = TRUE },
  { AC_BODY_FRONT, AC_AREA_ABDOMEN, AC_BODY_CENTRE, .top = &chest_cut, .bottom = &hip_cut,
    .detail = detail_navel, .band = TRUE },
  { AC_BODY_FRONT, AC_AREA_CHEST, AC_BODY_CENTRE, .top = &shoulder_cut, .bottom = &chest_cut, .band = TRUE },
  { AC_BODY_FRONT, AC_AREA_SHOULDERS, AC_BODY_CENTRE, .bottom = &shoulder_cut,
    .detail = detail_front_cuts, .band = TRUE },
  { AC_BODY_FRONT, AC_AREA_HEAD, AC_BODY_CENTRE, .build = build_head, .carves = TRUE },

  { AC_BODY_BACK, AC_AREA_ARMS, AC_BODY_LEFT, .limb = &arm },
  { AC_BODY_BACK, AC_AREA_ARMS, AC_BODY_RIGHT, .limb = &arm },
  { AC_BODY_BACK, AC_AREA_HANDS, AC_BODY_LEFT, .limb = &hand, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_HANDS, AC_BODY_RIGHT, .limb = &hand, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_THIGHS, AC_BODY_LEFT, .limb = &thigh },
  { AC_BODY_BACK, AC_AREA_THIGHS, AC_BODY_RIGHT, .limb = &thigh },
  { AC_BODY_BACK, AC_AREA_CALVES, AC_BODY_LEFT, .limb = &lower_leg, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_CALVES, AC_BODY_RIGHT, .limb = &lower_leg, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_FEET, AC_BODY_LEFT, .limb = &foot_back, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_FEET, AC_BODY_RIGHT, .limb = &foot_back, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_NECK, AC_BODY_CENTRE, .build = build_neck },
  { AC_BODY_BACK, AC_AREA_HIPS, AC_BODY_LEFT, .build = build_hip_back, .band = TRUE, .carves = TRUE },
  { AC_BODY_BACK, AC_AREA_HIPS, AC_BODY_RIGHT, .build = build_hip_back, .band = TRUE },
  { AC_BODY_BACK, AC_AREA_GLUTES, AC_BODY_CENTRE, .build = build_glutes, .detail = detail_cleft, .band = TRUE },
  { AC_BODY_BACK, AC_AREA_LOWER_BACK, AC_BODY_CENTRE, .top = &upper_back_cut, .bottom = &lower_back_cut,
    .band = TRUE },
  { AC_BODY_BACK, AC_AREA_UPPER_BACK, AC_BODY_CENTRE, .top = &shoulder_cut, .bottom = &upper_back_cut,
    .band = TRUE },
  { AC_BODY_BACK, AC_AREA_SHOULDERS, AC_BODY_CENTRE, .bottom = &shoulder_cut,
    .detail = detail_back_cuts, .band = TRUE },
  { AC_BODY_BACK, AC_AREA_HEAD, AC_BODY_CENTRE, .build = build_head, .carves = TRUE },
};

guint
_ac_body_shapes_n_pieces (void)
{
  return G_N_ELEMENTS (piece_specs);
}

/* What @piece is: on which figure, of which area (AC_AREA_NONE: part of
 * the figure that is no region), on which side of the body's middle, and
 * whether it is one of the torso's bands, which never overlap. */
void
_ac_body_shapes_get_piece (guint          piece,
                           AcBodySide    *side,
                           AcArea        *area,
                           AcBodyLateral *lateral,
                           gboolean      *band)
{
  g_assert (piece < G_N_ELEMENTS (piece_specs));

  *side = piece_specs[piece].side;
  *area = piece_specs[piece].area;
  *lateral = piece_specs[piece].lateral;
  *band = piece_specs[piece].band;
}

static void
mirror_left (cairo_t       *cr,
             AcBodyLateral  lateral)
{
  if (lateral == AC_BODY_LEFT)
    {
      cairo_translate (cr, 2 * MIDDLE, 0);
      cairo_scale (cr, -1, 1);
    }
}

/* Adds @piece's shape, in figure units, to @cr's path. */
void
_ac_body_shapes_build (guint    piece,
                       cairo_t *cr)
{
  const PieceSpec *spec;

  g_assert (piece < G_N_ELEMENTS (piece_specs));

  spec = &piece_specs[piece];
  cairo_save (cr);
  mirror_left (cr, spec->lateral);
  if (spec->build != NULL)
    spec->build (cr, 0);
  else if (spec->limb != NULL)
    build_limb (cr, spec->limb, 0);
  else
    torso_band (cr, spec->top, spec->bottom);
  cairo_restore (cr);
}

/**
 * _ac_body_shapes_build_gap:
 *
 * Adds to @cr's path what @piece cuts into the pieces under it: a shape
 * to fill, or the torso's outline to stroke AC_BODY_GAP × 2 wide, in the
 * background colour, before the piece is drawn.
 *
 * Returns: what to do with the path
 */
AcBodyGap
_ac_body_shapes_build_gap (guint    piece,
                           cairo_t *cr)
{
  const PieceSpec *spec;
  AcBodyGap gap = AC_BODY_GAP_FILL;

  g_assert (piece < G_N_ELEMENTS (piece_specs));

  spec = &piece_specs[piece];
  if (!spec->carves)
    return AC_BODY_GAP_NONE;

  cairo_save (cr);
  mirror_left (cr, spec->lateral);
  if (spec->band)
    {
      torso_band (cr, NULL, NULL);
      gap = AC_BODY_GAP_STROKE;
    }
  else if (spec->build != NULL)
    spec->build (cr, AC_BODY_GAP);
  else
    build_limb (cr, spec->limb, AC_BODY_GAP);
  cairo_restore (cr);

  return gap;
}

/* Adds the lines drawn over @piece in the background colour, AC_BODY_GAP
 * wide (the navel, the cleft of the glutes, the gaps between the torso's
 * bands) to @cr's path; FALSE when it has none. */
gboolean
_ac_body_shapes_build_detail (guint    piece,
                              cairo_t *cr)
{
  g_assert (piece < G_N_ELEMENTS (piece_specs));

  if (piece_specs[piece].detail == NULL)
    return FALSE;

  cairo_save (cr);
  mirror_left (cr, piece_specs[piece].lateral);
  piece_specs[piece].detail (cr, 0);
  cairo_restore (cr);
  return TRUE;
}
