/* ac-body-map-private.h — what the body map's files share: the figures'
 * geometry and layout (ac-body-map-regions.c), their drawing
 * (ac-body-map-draw.c) and the region widgets (ac-body-map-region.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-body-map.h"
#include "ac-body-shapes-private.h"
#include "ac-enums.h"

G_BEGIN_DECLS

/* Where the two figures stand in the widget, and how large: a figure's
 * point (x, y) in units is at (left + (x - AC_BODY_FIGURE_X0) × scale,
 * top + y × scale) in the widget. */
typedef struct
{
  double   scale;
  double   left[AC_BODY_N_SIDES];       /* where a figure's box starts, px */
  double   top[AC_BODY_N_SIDES];
  double   caption_y[AC_BODY_N_SIDES];  /* the top of "Front" / "Back" */
  double   figure_width;                /* a figure's box, px */
  double   figure_height;
  gboolean stacked;                     /* back under front, not beside it */
} AcBodyLayout;

/* A node is where an area shows on one figure, once: the left arm on the
 * front is one node, the right arm another. Focus and the arrow keys go
 * from node to node; a click toggles the node's area. */

void        _ac_body_layout_compute      (AcBodyLayout     *layout,
                                          double            width,
                                          double            height,
                                          double            caption_height,
                                          gboolean          rtl);
double      _ac_body_natural_height      (double            width,
                                          double            caption_height);
double      _ac_body_natural_width       (void);
double      _ac_body_minimum_width       (void);

guint       _ac_body_n_nodes             (void);
AcArea      _ac_body_node_get_area       (guint             node);
AcBodySide  _ac_body_node_get_side       (guint             node);
void        _ac_body_node_get_bounds     (const AcBodyLayout *layout,
                                          guint             node,
                                          graphene_rect_t  *bounds);
int         _ac_body_node_at             (const AcBodyLayout *layout,
                                          double            x,
                                          double            y);
int         _ac_body_node_first_of       (AcArea            area);
int         _ac_body_node_neighbour      (const AcBodyLayout *layout,
                                          guint             node,
                                          GtkDirectionType  direction);

guint       _ac_body_area_index          (AcArea            area);
AcArea      _ac_body_area_from_index     (guint             index);

/* The pieces again, their paths made once (ac-body-map-regions.c); the
 * parts of a figure that are no region are of node -1. */
guint       _ac_body_n_pieces            (void);
int         _ac_body_piece_get_node      (guint             piece);
AcBodySide  _ac_body_piece_get_side      (guint             piece);
gboolean    _ac_body_piece_is_band       (guint             piece);
void        _ac_body_piece_get_extents   (guint             piece,
                                          graphene_rect_t  *extents);
void        _ac_body_piece_append_path   (guint             piece,
                                          cairo_t          *cr);
gboolean    _ac_body_piece_append_detail (guint             piece,
                                          cairo_t          *cr);
AcBodyGap   _ac_body_piece_append_gap    (guint             piece,
                                          cairo_t          *cr);
void        _ac_body_layout_to_figure    (const AcBodyLayout *layout,
                                          AcBodySide        side,
                                          cairo_t          *cr);

/* Drawing. */
typedef struct
{
  GdkRGBA figure;        /* the parts that are no region */
  GdkRGBA region;
  GdkRGBA hover;
  GdkRGBA selected;
  GdkRGBA selected_hover;
  GdkRGBA sore;          /* intensity 1; 0 is the region colour */
  GdkRGBA hatch;
  GdkRGBA gap;           /* between regions: the map's background */
  GdkRGBA focus;
  GdkRGBA caption;
} AcBodyColors;

typedef struct
{
  AcArea        selected;
  AcArea        hatched;
  AcArea        hover;
  const double *intensity;  /* AC_BODY_N_AREAS values, 0–1 */
  int           focus_node; /* -1: no focus ring */
} AcBodyState;

void        _ac_body_colors_lookup       (AcBodyColors      *colors,
                                          GtkWidget         *widget);
void        _ac_body_draw                (cairo_t           *cr,
                                          const AcBodyLayout *layout,
                                          const AcBodyColors *colors,
                                          const AcBodyState  *state);

/* The widget (ac-body-map.c), and its keys, clicks and focus
 * (ac-body-map-input.c). */
struct _AcBodyMap
{
  GtkWidget     parent_instance;

  AcArea        selected;
  AcArea        hatched;
  AcArea        hover;
  double        intensity[AC_BODY_N_AREAS];
  gboolean      editable;

  GtkWidget    *regions[AC_BODY_N_AREAS];
  AcBodyLayout  layout;
  int           current_node;   /* where the focus is, or comes back to */
  int           pressed_node;

  AcBodyColors  colors;
  gboolean      colors_valid;
  PangoLayout  *captions[AC_BODY_N_SIDES];
};

GtkWidget  *_ac_body_map_get_region      (AcBodyMap         *self,
                                          AcArea             area);
void        _ac_body_map_activate_area   (AcBodyMap         *self,
                                          AcArea             area);
int         _ac_body_map_entry_node      (AcBodyMap         *self);
void        _ac_body_map_input_class_init (GtkWidgetClass   *widget_class);
void        _ac_body_map_input_init      (AcBodyMap         *self);

G_END_DECLS
