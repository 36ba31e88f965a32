/* ac-area-chooser.c — body areas as toggle chips
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-area-chooser"

#include "config.h"

#include "ac-accessible-name.h"
#include "ac-area-chooser.h"
#include "ac-enum-types.h"

/* One toggle button per area of the vocabulary, in its order, in a flow box
 * that wraps them to the width. The chips are the focusable widgets: the
 * flow box children are not, so Tab goes from chip to chip. */

struct _AcAreaChooser
{
  GtkWidget   parent_instance;

  GtkFlowBox *flow_box;

  AcArea      areas;
  guint       syncing : 1;
};

G_DEFINE_FINAL_TYPE (AcAreaChooser, ac_area_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AREAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark area_quark;

static void
on_chip_toggled (AcAreaChooser   *self,
                 GtkToggleButton *chip)
{
  AcArea area = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (chip), area_quark));
  AcArea areas = self->areas;

  if (self->syncing)
    return;

  if (gtk_toggle_button_get_active (chip))
    areas |= area;
  else
    areas &= ~area;

  ac_area_chooser_set_areas (self, areas);
}

static void
sync_chips (AcAreaChooser *self)
{
  GtkWidget *child;

  self->syncing = TRUE;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      AcArea area = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (chip), area_quark));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), (self->areas & area) != 0);
    }
  self->syncing = FALSE;
}

static void
add_chips (AcAreaChooser *self)
{
  guint all = ac_flags_get_all (AC_TYPE_AREA);

  for (guint bit = 1; bit != 0 && bit <= all; bit <<= 1)
    {
      GtkWidget *chip;
      GtkWidget *child;

      if ((all & bit) == 0)
        continue;

      chip = gtk_toggle_button_new_with_label (ac_area_get_label (bit));
      gtk_widget_add_css_class (chip, "area-chip");
      g_object_set_qdata (G_OBJECT (chip), area_quark, GUINT_TO_POINTER (bit));
      g_signal_connect_object (chip, "toggled", G_CALLBACK (on_chip_toggled),
                               self, G_CONNECT_SWAPPED);

      child = gtk_flow_box_child_new ();
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), chip);
      gtk_widget_set_focusable (child, FALSE);
      gtk_flow_box_append (self->flow_box, child);
    }
  ac_accessible_name_cells (GTK_WIDGET (self));
}

static void
ac_area_chooser_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_AREA_CHOOSER);

  G_OBJECT_CLASS (ac_area_chooser_parent_class)->dispose (object);
}

static void
ac_area_chooser_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AcAreaChooser *self = AC_AREA_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_AREAS:
      g_value_set_flags (value, self->areas);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_area_chooser_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AcAreaChooser *self = AC_AREA_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_AREAS:
      ac_area_chooser_set_areas (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_area_chooser_class_init (AcAreaChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_area_chooser_dispose;
  object_class->get_property = ac_area_chooser_get_property;
  object_class->set_property = ac_area_chooser_set_property;

  /**
   * AcAreaChooser:areas:
   *
   * The areas whose chips are on.
   */
  properties[PROP_AREAS] =
    g_param_spec_flags ("areas", NULL, NULL,
                        AC_TYPE_AREA, AC_AREA_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-area-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, AcAreaChooser, flow_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "acareachooser");

  area_quark = g_quark_from_static_string ("ac-area-chooser-area");
}

static void
ac_area_chooser_init (AcAreaChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_chips (self);
}

GtkWidget *
ac_area_chooser_new (void)
{
  return g_object_new (AC_TYPE_AREA_CHOOSER, NULL);
}

AcArea
ac_area_chooser_get_areas (AcAreaChooser *self)
{
  g_return_val_if_fail (AC_IS_AREA_CHOOSER (self), AC_AREA_NONE);

  return self->areas;
}

/**
 * ac_area_chooser_set_areas:
 * @areas: areas of the vocabulary; other bits are dropped
 */
void
ac_area_chooser_set_areas (AcAreaChooser *self,
                           AcArea         areas)
{
  g_return_if_fail (AC_IS_AREA_CHOOSER (self));

  areas &= ac_flags_get_all (AC_TYPE_AREA);
  if (self->areas == areas)
    return;

  self->areas = areas;
  sync_chips (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREAS]);
}
