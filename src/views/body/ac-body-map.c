/* ac-body-map.c — body areas on a front and a back figure: to pick them,
 * to mark those to avoid, to shade where soreness sits
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-body-map.h"
#include "ac-body-map-private.h"
#include "ac-body-map-region.h"
#include "ac-enum-types.h"

/* The figures are drawn in snapshot() from the shapes of
 * ac-body-shapes.c; which figure shows which area is said there.
 *
 * Each area is a child widget (AcBodyMapRegion), a check box for screen
 * readers, laid over where the area shows. The map is one stop for Tab:
 * Tab enters it on the region last focused (at first the first area
 * picked, or the head) and the next Tab leaves it; the arrow keys move
 * between regions as they lie on the figures, and Space or Enter toggles.
 * Fourteen Tab stops would stand between a keyboard user and the rest of
 * the form; a screen reader names each region as the arrows reach it
 * ("Chest, check box, not checked"), which is as fast as a look.
 *
 * A click or a tap on a region toggles its area; on a map that is not
 * editable it emits AcBodyMap::area-activated instead, and the regions
 * are buttons. */

G_DEFINE_FINAL_TYPE (AcBodyMap, ac_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_EDITABLE,
  PROP_HATCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  AREA_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ALL_AREAS ((AcArea) ((1u << AC_BODY_N_AREAS) - 1))

static gboolean
is_one_area (AcArea area)
{
  return area != AC_AREA_NONE && (area & (area - 1)) == 0 && (area & ~ALL_AREAS) == 0;
}

GtkWidget *
_ac_body_map_get_region (AcBodyMap *self,
                         AcArea     area)
{
  return self->regions[_ac_body_area_index (area)];
}

/* A click, Space or Enter on @area: toggles it, or tells. */
void
_ac_body_map_activate_area (AcBodyMap *self,
                            AcArea     area)
{
  if (self->editable)
    ac_body_map_set_selected (self, self->selected ^ area);
  else
    g_signal_emit (self, signals[AREA_ACTIVATED], 0, area);
}

/* ---- Regions ------------------------------------------------------------ */

static void
sync_region (AcBodyMap *self,
             guint      index)
{
  AcBodyMapRegion *region = AC_BODY_MAP_REGION (self->regions[index]);
  AcArea area = _ac_body_area_from_index (index);

  if (ac_body_map_region_get_toggle (region))
    ac_body_map_region_set_checked (region, (self->selected & area) != 0);
  ac_body_map_region_set_avoid (region, (self->hatched & area) != 0);
}

/* The regions, in the order of the areas, as check boxes or buttons. The
 * accessible role is fixed when a widget is made: a change of editable
 * makes them anew. */
static void
make_regions (AcBodyMap *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    g_clear_pointer (&self->regions[i], gtk_widget_unparent);

  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    {
      self->regions[i] = ac_body_map_region_new (_ac_body_area_from_index (i), self->editable);
      gtk_widget_set_parent (self->regions[i], GTK_WIDGET (self));
      sync_region (self, i);
    }

  if (focus != NULL && self->current_node >= 0)
    gtk_widget_grab_focus (_ac_body_map_get_region (self, _ac_body_node_get_area (self->current_node)));
}

/* ---- GtkWidget ---------------------------------------------------------- */

/* Tab enters the map and leaves it again at once: see the top. */
static gboolean
ac_body_map_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  if (gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static gboolean
ac_body_map_grab_focus (GtkWidget *widget)
{
  AcBodyMap *self = AC_BODY_MAP (widget);
  int node = _ac_body_map_entry_node (self);

  self->current_node = node;
  gtk_widget_queue_allocate (widget);

  return gtk_widget_grab_focus (_ac_body_map_get_region (self, _ac_body_node_get_area (node)));
}

/* Focus given to a region from elsewhere (a screen reader, a test): the
 * current node follows, unless it is already of that area. */
static void
ac_body_map_set_focus_child (GtkWidget *widget,
                             GtkWidget *child)
{
  AcBodyMap *self = AC_BODY_MAP (widget);

  GTK_WIDGET_CLASS (ac_body_map_parent_class)->set_focus_child (widget, child);

  if (child != NULL)
    {
      AcArea area = ac_body_map_region_get_area (AC_BODY_MAP_REGION (child));

      if (self->current_node < 0 || _ac_body_node_get_area (self->current_node) != area)
        {
          self->current_node = _ac_body_node_first_of (area);
          gtk_widget_queue_allocate (widget);
        }
    }
  gtk_widget_queue_draw (widget);
}

static PangoLayout *
caption (AcBodyMap  *self,
         AcBodySide  side)
{
  if (self->captions[side] == NULL)
    self->captions[side] =
      gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                      side == AC_BODY_FRONT ? C_("body map", "Front")
                                                            : C_("body map", "Back"));

  return self->captions[side];
}

static int
caption_height (AcBodyMap *self)
{
  int height = 0;

  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    {
      int h;

      pango_layout_get_pixel_size (caption (self, side), NULL, &h);
      height = MAX (height, h);
    }

  return height;
}

static GtkSizeRequestMode
ac_body_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ac_body_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  AcBodyMap *self = AC_BODY_MAP (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (_ac_body_minimum_width ());
      *natural = (int) ceil (_ac_body_natural_width ());
    }
  else
    {
      double width = for_size >= 0 ? for_size : _ac_body_natural_width ();

      *minimum = *natural = (int) ceil (_ac_body_natural_height (width, caption_height (self)));
    }
}

static void
ac_body_map_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  AcBodyMap *self = AC_BODY_MAP (widget);

  _ac_body_layout_compute (&self->layout, width, height, caption_height (self),
                           gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL);

  /* Each region over where it shows: its current node, else its first. */
  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    {
      AcArea area = _ac_body_area_from_index (i);
      int node = self->current_node >= 0 && _ac_body_node_get_area (self->current_node) == area
                   ? self->current_node : _ac_body_node_first_of (area);
      graphene_rect_t bounds;
      int x, y;

      _ac_body_node_get_bounds (&self->layout, node, &bounds);
      x = (int) floor (bounds.origin.x);
      y = (int) floor (bounds.origin.y);
      gtk_widget_measure (self->regions[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->regions[i],
                                &(GtkAllocation) { x, y,
                                                   (int) ceil (bounds.origin.x + bounds.size.width) - x,
                                                   (int) ceil (bounds.origin.y + bounds.size.height) - y },
                                -1);
    }
}

static void
ac_body_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  AcBodyMap *self = AC_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  AcBodyState state = {
    .selected = self->selected,
    .hatched = self->hatched,
    .hover = self->hover,
    .intensity = self->intensity,
    .focus_node = -1,
  };
  cairo_t *cr;

  if (!self->colors_valid)
    {
      _ac_body_colors_lookup (&self->colors, widget);
      self->colors_valid = TRUE;
    }

  if (focus != NULL && (gtk_widget_get_state_flags (focus) & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0)
    state.focus_node = self->current_node;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  _ac_body_draw (cr, &self->layout, &self->colors, &state);
  cairo_destroy (cr);

  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    {
      PangoLayout *text = caption (self, side);
      int text_width;

      pango_layout_get_pixel_size (text, &text_width, NULL);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (round (self->layout.left[side] + (self->layout.figure_width - text_width) / 2),
                                                    round (self->layout.caption_y[side])));
      gtk_snapshot_append_layout (snapshot, text, &self->colors.caption);
      gtk_snapshot_restore (snapshot);
    }
}

static void
forget_style (AcBodyMap *self)
{
  self->colors_valid = FALSE;
  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    g_clear_object (&self->captions[side]);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ac_body_map_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ac_body_map_parent_class)->css_changed (widget, change);

  /* The colours, and perhaps the font of the captions. */
  forget_style (AC_BODY_MAP (widget));
}

static void
ac_body_map_direction_changed (GtkWidget        *widget,
                               GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (ac_body_map_parent_class)->direction_changed (widget, previous);

  forget_style (AC_BODY_MAP (widget));
}

/* ---- GObject ------------------------------------------------------------ */

static void
ac_body_map_dispose (GObject *object)
{
  AcBodyMap *self = AC_BODY_MAP (object);

  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    g_clear_pointer (&self->regions[i], gtk_widget_unparent);
  for (guint side = 0; side < AC_BODY_N_SIDES; side++)
    g_clear_object (&self->captions[side]);

  G_OBJECT_CLASS (ac_body_map_parent_class)->dispose (object);
}

static void
ac_body_map_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AcBodyMap *self = AC_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_flags (value, self->selected);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_HATCHED:
      g_value_set_flags (value, self->hatched);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_body_map_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AcBodyMap *self = AC_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      ac_body_map_set_selected (self, g_value_get_flags (value));
      break;

    case PROP_EDITABLE:
      ac_body_map_set_editable (self, g_value_get_boolean (value));
      break;

    case PROP_HATCHED:
      ac_body_map_set_hatched (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_body_map_class_init (AcBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  object_class->dispose = ac_body_map_dispose;
  object_class->get_property = ac_body_map_get_property;
  object_class->set_property = ac_body_map_set_property;

  widget_class->focus = ac_body_map_focus;
  widget_class->grab_focus = ac_body_map_grab_focus;
  widget_class->set_focus_child = ac_body_map_set_focus_child;
  widget_class->get_request_mode = ac_body_map_get_request_mode;
  widget_class->measure = ac_body_map_measure;
  widget_class->size_allocate = ac_body_map_size_allocate;
  widget_class->snapshot = ac_body_map_snapshot;
  widget_class->css_changed = ac_body_map_css_changed;
  widget_class->direction_changed = ac_body_map_direction_changed;

  /**
   * AcBodyMap:selected:
   *
   * The areas picked, or (on a map that is not editable) marked.
   */
  properties[PROP_SELECTED] =
    g_param_spec_flags ("selected", NULL, NULL,
                        AC_TYPE_AREA, AC_AREA_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AcBodyMap:editable:
   *
   * Whether a click or Space toggles an area. When not, they emit
   * AcBodyMap::area-activated, and the regions are buttons.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AcBodyMap:hatched:
   *
   * The areas drawn hatched: areas to avoid.
   */
  properties[PROP_HATCHED] =
    g_param_spec_flags ("hatched", NULL, NULL,
                        AC_TYPE_AREA, AC_AREA_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcBodyMap::area-activated:
   * @area: the area, one flag
   *
   * A region of a map that is not editable was clicked, or Space or Enter
   * pressed on it: to show what lies behind the area.
   */
  signals[AREA_ACTIVATED] =
    g_signal_new ("area-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, AC_TYPE_AREA);

  _ac_body_map_input_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ac_body_map_init (AcBodyMap *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->editable = TRUE;
  _ac_body_map_input_init (self);
  _ac_body_layout_compute (&self->layout, 0, 0, 0, FALSE);

  /* High contrast changes no colour the map looks up. */
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (forget_style),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body areas"),
                                  -1);
  make_regions (self);
}

/* ---- Public API --------------------------------------------------------- */

/* Sets the selected or the hatched areas, which the regions tell too. */
static void
set_areas (AcBodyMap *self,
           AcArea    *field,
           AcArea     areas,
           guint      prop_id)
{
  if (*field == areas)
    return;

  *field = areas;
  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    sync_region (self, i);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * ac_body_map_new:
 *
 * Returns: (transfer floating): an editable map with no area picked
 */
AcBodyMap *
ac_body_map_new (void)
{
  return g_object_new (AC_TYPE_BODY_MAP, NULL);
}

AcArea
ac_body_map_get_selected (AcBodyMap *self)
{
  g_return_val_if_fail (AC_IS_BODY_MAP (self), AC_AREA_NONE);

  return self->selected;
}

void
ac_body_map_set_selected (AcBodyMap *self,
                          AcArea     areas)
{
  g_return_if_fail (AC_IS_BODY_MAP (self));
  g_return_if_fail ((areas & ~ALL_AREAS) == 0);

  set_areas (self, &self->selected, areas, PROP_SELECTED);
}

gboolean
ac_body_map_get_editable (AcBodyMap *self)
{
  g_return_val_if_fail (AC_IS_BODY_MAP (self), FALSE);

  return self->editable;
}

void
ac_body_map_set_editable (AcBodyMap *self,
                          gboolean   editable)
{
  g_return_if_fail (AC_IS_BODY_MAP (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  make_regions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

AcArea
ac_body_map_get_hatched (AcBodyMap *self)
{
  g_return_val_if_fail (AC_IS_BODY_MAP (self), AC_AREA_NONE);

  return self->hatched;
}

void
ac_body_map_set_hatched (AcBodyMap *self,
                         AcArea     areas)
{
  g_return_if_fail (AC_IS_BODY_MAP (self));
  g_return_if_fail ((areas & ~ALL_AREAS) == 0);

  set_areas (self, &self->hatched, areas, PROP_HATCHED);
}

/**
 * ac_body_map_set_intensity:
 * @area: one area
 * @value: from 0 (not shaded) to 1 (the strongest shade)
 *
 * Shades @area, for a map of where soreness sits. While any area is
 * shaded, the selected areas are outlined rather than filled.
 */
void
ac_body_map_set_intensity (AcBodyMap *self,
                           AcArea     area,
                           double     value)
{
  guint index;

  g_return_if_fail (AC_IS_BODY_MAP (self));
  g_return_if_fail (is_one_area (area));
  g_return_if_fail (value >= 0 && value <= 1);

  index = _ac_body_area_index (area);
  if (self->intensity[index] == value)
    return;

  self->intensity[index] = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Takes the shading off every area. */
void
ac_body_map_clear_intensity (AcBodyMap *self)
{
  g_return_if_fail (AC_IS_BODY_MAP (self));

  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    self->intensity[i] = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ac_body_map_area_at:
 * @x: in the map's coordinates
 *
 * Returns: the area drawn at @x, @y, on either figure, or AC_AREA_NONE
 *   beside the figures or on a part of one that is no area (the shins,
 *   the front of the neck)
 */
AcArea
ac_body_map_area_at (AcBodyMap *self,
                     double     x,
                     double     y)
{
  int node;

  g_return_val_if_fail (AC_IS_BODY_MAP (self), AC_AREA_NONE);

  node = _ac_body_node_at (&self->layout, x, y);

  return node >= 0 ? _ac_body_node_get_area (node) : AC_AREA_NONE;
}
