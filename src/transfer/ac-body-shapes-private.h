/* ac-body-shapes-private.h — the body map's two figures as cairo paths,
 * with no GTK: the app's map (src/views/body) and the therapist brief's
 * small figure (ac-brief-figure.c) draw the same shapes
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "ac-enums.h"

G_BEGIN_DECLS

/* The areas of the vocabulary, AC_AREA_HEAD (bit 0) to AC_AREA_FEET. */
#define AC_BODY_N_AREAS 14

typedef enum
{
  AC_BODY_FRONT,
  AC_BODY_BACK,
} AcBodySide;

#define AC_BODY_N_SIDES 2

/* Which half of a figure, as the map is seen: the front's left arm is
 * the person's right. */
typedef enum
{
  AC_BODY_CENTRE,
  AC_BODY_LEFT,
  AC_BODY_RIGHT,
} AcBodyLateral;

/* The box a figure fills, in its own units (ac-body-shapes.c). */
#define AC_BODY_FIGURE_X0     6.0
#define AC_BODY_FIGURE_WIDTH  88.0
#define AC_BODY_FIGURE_HEIGHT 233.0

/* The gap between regions, in units. */
#define AC_BODY_GAP 0.8

typedef enum
{
  AC_BODY_GAP_NONE,
  AC_BODY_GAP_FILL,
  AC_BODY_GAP_STROKE,
} AcBodyGap;

/* The shapes, in the order they are drawn, bottom first: a region is one
 * or more pieces; the parts of a figure that are no region are pieces of
 * AC_AREA_NONE. What a piece covers of the pieces before it is never
 * theirs. */
guint       _ac_body_shapes_n_pieces     (void);
void        _ac_body_shapes_get_piece    (guint             piece,
                                          AcBodySide       *side,
                                          AcArea           *area,
                                          AcBodyLateral    *lateral,
                                          gboolean         *band);
void        _ac_body_shapes_build        (guint             piece,
                                          cairo_t          *cr);
AcBodyGap   _ac_body_shapes_build_gap    (guint             piece,
                                          cairo_t          *cr);
gboolean    _ac_body_shapes_build_detail (guint             piece,
                                          cairo_t          *cr);

G_END_DECLS
