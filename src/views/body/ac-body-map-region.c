/* ac-body-map-region.c — one area of the body map, as a screen reader and
 * the keyboard find it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-map-region"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-body-map-region.h"
#include "ac-enum-types.h"

/* The map draws the figures itself; GTK 4.8 exposes to screen readers
 * only widgets, so each area is a widget of its own, laid over where the
 * area shows: a check box named after the area ("Shoulders, check box,
 * checked"), or a button where the map only shows areas. It takes the
 * keyboard focus and draws nothing: the map draws its focus ring. It lets
 * pointer events through to the map, which knows the exact shapes. */

struct _AcBodyMapRegion
{
  GtkWidget parent_instance;

  AcArea    area;
};

G_DEFINE_FINAL_TYPE (AcBodyMapRegion, ac_body_map_region, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ac_body_map_region_constructed (GObject *object)
{
  AcBodyMapRegion *self = AC_BODY_MAP_REGION (object);

  G_OBJECT_CLASS (ac_body_map_region_parent_class)->constructed (object);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ac_area_get_label (self->area),
                                  -1);
  if (ac_body_map_region_get_toggle (self))
    ac_body_map_region_set_checked (self, FALSE);
}

/* The map draws the focus ring: it follows the focus. */
static void
ac_body_map_region_state_flags_changed (GtkWidget     *widget,
                                        GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);
  GtkWidget *parent = gtk_widget_get_parent (widget);

  GTK_WIDGET_CLASS (ac_body_map_region_parent_class)->state_flags_changed (widget, previous);

  if (parent != NULL && (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE)) != 0)
    gtk_widget_queue_draw (parent);
}

static void
ac_body_map_region_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AcBodyMapRegion *self = AC_BODY_MAP_REGION (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_flags (value, self->area);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_body_map_region_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AcBodyMapRegion *self = AC_BODY_MAP_REGION (object);

  switch (prop_id)
    {
    case PROP_AREA:
      self->area = g_value_get_flags (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_body_map_region_class_init (AcBodyMapRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_body_map_region_constructed;
  object_class->get_property = ac_body_map_region_get_property;
  object_class->set_property = ac_body_map_region_set_property;

  widget_class->state_flags_changed = ac_body_map_region_state_flags_changed;

  /**
   * AcBodyMapRegion:area:
   *
   * The area, one flag.
   */
  properties[PROP_AREA] =
    g_param_spec_flags ("area", NULL, NULL,
                        AC_TYPE_AREA, AC_AREA_HEAD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "region");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CHECKBOX);
}

static void
ac_body_map_region_init (AcBodyMapRegion *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * ac_body_map_region_new:
 * @area: one area
 * @toggle: whether it is a check box (a map to pick areas on) or a
 *   button (a map that shows them)
 *
 * Returns: (transfer floating): the region
 */
GtkWidget *
ac_body_map_region_new (AcArea   area,
                        gboolean toggle)
{
  g_return_val_if_fail (area != AC_AREA_NONE && (area & (area - 1)) == 0, NULL);

  return g_object_new (AC_TYPE_BODY_MAP_REGION,
                       "area", area,
                       "accessible-role", toggle ? GTK_ACCESSIBLE_ROLE_CHECKBOX : GTK_ACCESSIBLE_ROLE_BUTTON,
                       NULL);
}

AcArea
ac_body_map_region_get_area (AcBodyMapRegion *self)
{
  g_return_val_if_fail (AC_IS_BODY_MAP_REGION (self), AC_AREA_NONE);

  return self->area;
}

/* Whether it is a check box. */
gboolean
ac_body_map_region_get_toggle (AcBodyMapRegion *self)
{
  GtkAccessibleRole role;

  g_return_val_if_fail (AC_IS_BODY_MAP_REGION (self), FALSE);

  g_object_get (self, "accessible-role", &role, NULL);

  return role == GTK_ACCESSIBLE_ROLE_CHECKBOX;
}

/* Tells screen readers whether the area is picked; a check box only. */
void
ac_body_map_region_set_checked (AcBodyMapRegion *self,
                                gboolean         checked)
{
  g_return_if_fail (AC_IS_BODY_MAP_REGION (self));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               checked ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

/* Tells screen readers that the area is one to avoid, as the hatching
 * tells the eye. */
void
ac_body_map_region_set_avoid (AcBodyMapRegion *self,
                              gboolean         avoid)
{
  g_return_if_fail (AC_IS_BODY_MAP_REGION (self));

  if (avoid)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    /* Translators: said by a screen reader after a body area
                                     * on the body map, such as "Shoulders", when the health
                                     * profile says to avoid it */
                                    _("To avoid"),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
