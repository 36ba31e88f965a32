/* ac-adaptive-box.c — two children side by side when there is room,
 * stacked when there is not
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-adaptive-box"

#include "config.h"

#include "ac-adaptive-box.h"

/* libadwaita 1.2 has no AdwBreakpoint: this box decides from its own
 * width. At least `breakpoint` pixels wide (and room for both), the end
 * child gets `end-width` pixels beside the start child, which takes the
 * rest; narrower, the end child goes below the start child. The height
 * depends on the width, so the box is height-for-width. */

struct _AcAdaptiveBox
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  int        breakpoint;
  int        end_width;
  int        spacing;
  guint      wide : 1;
};

static void ac_adaptive_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AcAdaptiveBox, ac_adaptive_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      ac_adaptive_box_buildable_init))

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_BREAKPOINT,
  PROP_END_WIDTH,
  PROP_SPACING,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static gboolean
is_shown (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (is_shown (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* The end child's width when side by side in @width, or -1 when the
 * children must be stacked. */
static int
wide_end_width (AcAdaptiveBox *self,
                int            width)
{
  int start_min, end_min, unused;

  if (!is_shown (self->start_child) || !is_shown (self->end_child) || width < self->breakpoint)
    return -1;

  measure_child (self->start_child, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, &unused);
  measure_child (self->end_child, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, &unused);
  end_min = MAX (end_min, self->end_width);

  return start_min + self->spacing + end_min <= width ? end_min : -1;
}

static GtkSizeRequestMode
ac_adaptive_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ac_adaptive_box_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (widget);
  int start_min, start_nat, end_min, end_nat;
  gboolean both = is_shown (self->start_child) && is_shown (self->end_child);
  int spacing = both ? self->spacing : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrowest stacked; naturally side by side, at the breakpoint at
       * least so that the natural size is the wide layout. */
      measure_child (self->start_child, orientation, -1, &start_min, &start_nat);
      measure_child (self->end_child, orientation, -1, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      if (both)
        *natural = MAX (start_nat + spacing + MAX (end_min, self->end_width), self->breakpoint);
      else
        *natural = MAX (start_nat, end_nat);
      *natural = MAX (*natural, *minimum);
    }
  else
    {
      int end_width = for_size >= 0 ? wide_end_width (self, for_size) : -1;

      if (end_width >= 0)
        {
          measure_child (self->start_child, orientation, for_size - spacing - end_width,
                         &start_min, &start_nat);
          measure_child (self->end_child, orientation, end_width, &end_min, &end_nat);
          *minimum = MAX (start_min, end_min);
          *natural = MAX (start_nat, end_nat);
        }
      else
        {
          measure_child (self->start_child, orientation, for_size, &start_min, &start_nat);
          measure_child (self->end_child, orientation, for_size, &end_min, &end_nat);
          *minimum = start_min + spacing + end_min;
          *natural = start_nat + spacing + end_nat;
        }
    }
}

static void
ac_adaptive_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (widget);
  int end_width = wide_end_width (self, width);
  gboolean wide = end_width >= 0;

  if (wide)
    {
      int start_width = width - self->spacing - end_width;
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

      gtk_widget_size_allocate (self->start_child,
                                &(GtkAllocation) { rtl ? end_width + self->spacing : 0, 0,
                                                   start_width, height }, -1);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { rtl ? 0 : start_width + self->spacing, 0,
                                                   end_width, height }, -1);
    }
  else
    {
      GtkRequestedSize sizes[2] = { { self->start_child, 0, 0 }, { self->end_child, 0, 0 } };
      gboolean both = is_shown (self->start_child) && is_shown (self->end_child);
      int available = height - (both ? self->spacing : 0);
      int y = 0;

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          measure_child (sizes[i].data, GTK_ORIENTATION_VERTICAL, width,
                         &sizes[i].minimum_size, &sizes[i].natural_size);
          available -= sizes[i].minimum_size;
        }

      /* Up to the natural heights; what is left goes to the child that
       * wants to expand, or to the start child. */
      available = gtk_distribute_natural_allocation (MAX (available, 0), 2, sizes);
      if (is_shown (self->end_child) && gtk_widget_compute_expand (self->end_child, GTK_ORIENTATION_VERTICAL) &&
          !(is_shown (self->start_child) && gtk_widget_compute_expand (self->start_child, GTK_ORIENTATION_VERTICAL)))
        sizes[1].minimum_size += available;
      else
        sizes[0].minimum_size += available;

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          if (!is_shown (sizes[i].data))
            continue;
          gtk_widget_size_allocate (sizes[i].data,
                                    &(GtkAllocation) { 0, y, width, sizes[i].minimum_size }, -1);
          y += sizes[i].minimum_size + self->spacing;
        }
    }

  if (self->wide != wide)
    {
      self->wide = wide;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
    }
}

static void
ac_adaptive_box_compute_expand (GtkWidget *widget,
                                gboolean  *hexpand,
                                gboolean  *vexpand)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (widget);
  GtkWidget *children[] = { self->start_child, self->end_child };

  *hexpand = *vexpand = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      if (children[i] == NULL)
        continue;
      *hexpand |= gtk_widget_compute_expand (children[i], GTK_ORIENTATION_HORIZONTAL);
      *vexpand |= gtk_widget_compute_expand (children[i], GTK_ORIENTATION_VERTICAL);
    }
}

/* The start child comes first among the children, for focus and for
 * screen readers. */
static void
set_child (AcAdaptiveBox  *self,
           GtkWidget     **slot,
           GtkWidget      *child,
           gboolean        first,
           GParamSpec     *pspec)
{
  if (*slot == child)
    return;

  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      gtk_widget_insert_before (child, GTK_WIDGET (self),
                                first ? gtk_widget_get_first_child (GTK_WIDGET (self)) : NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Tab goes through the start child, then the end child, as a person
 * reads them side by side or stacked. GTK's own order is by position,
 * which puts an end child that starts higher up first. */
static gboolean
ac_adaptive_box_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  GtkWidget *order[2] = { forward ? self->start_child : self->end_child,
                          forward ? self->end_child : self->start_child };
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (ac_adaptive_box_parent_class)->focus (widget, direction);

  for (guint i = focus_child != NULL && focus_child == order[1] ? 1 : 0; i < 2; i++)
    if (is_shown (order[i]) && gtk_widget_child_focus (order[i], direction))
      return TRUE;

  return FALSE;
}

static void
ac_adaptive_box_dispose (GObject *object)
{
  AcAdaptiveBox *self = (AcAdaptiveBox *)object;

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);

  G_OBJECT_CLASS (ac_adaptive_box_parent_class)->dispose (object);
}

static void
ac_adaptive_box_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;

    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;

    case PROP_BREAKPOINT:
      g_value_set_int (value, self->breakpoint);
      break;

    case PROP_END_WIDTH:
      g_value_set_int (value, self->end_width);
      break;

    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_WIDE:
      g_value_set_boolean (value, self->wide);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_adaptive_box_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      ac_adaptive_box_set_start_child (self, g_value_get_object (value));
      break;

    case PROP_END_CHILD:
      ac_adaptive_box_set_end_child (self, g_value_get_object (value));
      break;

    case PROP_BREAKPOINT:
      ac_adaptive_box_set_breakpoint (self, g_value_get_int (value));
      break;

    case PROP_END_WIDTH:
      ac_adaptive_box_set_end_width (self, g_value_get_int (value));
      break;

    case PROP_SPACING:
      ac_adaptive_box_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_adaptive_box_class_init (AcAdaptiveBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_adaptive_box_dispose;
  object_class->get_property = ac_adaptive_box_get_property;
  object_class->set_property = ac_adaptive_box_set_property;

  widget_class->get_request_mode = ac_adaptive_box_get_request_mode;
  widget_class->measure = ac_adaptive_box_measure;
  widget_class->size_allocate = ac_adaptive_box_size_allocate;
  widget_class->compute_expand = ac_adaptive_box_compute_expand;
  widget_class->focus = ac_adaptive_box_focus;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcAdaptiveBox:breakpoint:
   *
   * The width from which the children go side by side, in pixels.
   */
  properties[PROP_BREAKPOINT] =
    g_param_spec_int ("breakpoint", NULL, NULL,
                      0, G_MAXINT, 720,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcAdaptiveBox:end-width:
   *
   * The end child's width when side by side (or its minimum width, when
   * larger), in pixels.
   */
  properties[PROP_END_WIDTH] =
    g_param_spec_int ("end-width", NULL, NULL,
                      0, G_MAXINT, 320,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 12,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcAdaptiveBox:wide:
   *
   * Whether the children were last laid out side by side.
   */
  properties[PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "adaptivebox");
}

static void
ac_adaptive_box_init (AcAdaptiveBox *self)
{
  self->breakpoint = 720;
  self->end_width = 320;
  self->spacing = 12;
}

/* <child type="start"> and <child type="end">; without a type, the first
 * free place. */
static void
ac_adaptive_box_buildable_add_child (GtkBuildable *buildable,
                                     GtkBuilder   *builder,
                                     GObject      *child,
                                     const char   *type)
{
  AcAdaptiveBox *self = AC_ADAPTIVE_BOX (buildable);

  if (!GTK_IS_WIDGET (child))
    parent_buildable_iface->add_child (buildable, builder, child, type);
  else if (g_strcmp0 (type, "start") == 0 || (type == NULL && self->start_child == NULL))
    ac_adaptive_box_set_start_child (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "end") == 0 || type == NULL)
    ac_adaptive_box_set_end_child (self, GTK_WIDGET (child));
  else
    g_warning ("AcAdaptiveBox has no child of type “%s”", type);
}

static void
ac_adaptive_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = ac_adaptive_box_buildable_add_child;
}

GtkWidget *
ac_adaptive_box_new (void)
{
  return g_object_new (AC_TYPE_ADAPTIVE_BOX, NULL);
}

/**
 * ac_adaptive_box_get_start_child:
 *
 * Returns: (transfer none) (nullable): the child on the start side or top
 */
GtkWidget *
ac_adaptive_box_get_start_child (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), NULL);

  return self->start_child;
}

void
ac_adaptive_box_set_start_child (AcAdaptiveBox *self,
                                 GtkWidget     *child)
{
  g_return_if_fail (AC_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (child == NULL || (GTK_IS_WIDGET (child) && gtk_widget_get_parent (child) == NULL));

  set_child (self, &self->start_child, child, TRUE, properties[PROP_START_CHILD]);
}

/**
 * ac_adaptive_box_get_end_child:
 *
 * Returns: (transfer none) (nullable): the child on the end side or below
 */
GtkWidget *
ac_adaptive_box_get_end_child (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), NULL);

  return self->end_child;
}

void
ac_adaptive_box_set_end_child (AcAdaptiveBox *self,
                               GtkWidget     *child)
{
  g_return_if_fail (AC_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (child == NULL || (GTK_IS_WIDGET (child) && gtk_widget_get_parent (child) == NULL));

  set_child (self, &self->end_child, child, FALSE, properties[PROP_END_CHILD]);
}

int
ac_adaptive_box_get_breakpoint (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), 0);

  return self->breakpoint;
}

void
ac_adaptive_box_set_breakpoint (AcAdaptiveBox *self,
                                int            breakpoint)
{
  g_return_if_fail (AC_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (breakpoint >= 0);

  if (self->breakpoint == breakpoint)
    return;

  self->breakpoint = breakpoint;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BREAKPOINT]);
}

int
ac_adaptive_box_get_end_width (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), 0);

  return self->end_width;
}

void
ac_adaptive_box_set_end_width (AcAdaptiveBox *self,
                               int            end_width)
{
  g_return_if_fail (AC_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (end_width >= 0);

  if (self->end_width == end_width)
    return;

  self->end_width = end_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_WIDTH]);
}

int
ac_adaptive_box_get_spacing (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), 0);

  return self->spacing;
}

void
ac_adaptive_box_set_spacing (AcAdaptiveBox *self,
                             int            spacing)
{
  g_return_if_fail (AC_IS_ADAPTIVE_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/* Returns: whether the children were last laid out side by side */
gboolean
ac_adaptive_box_get_wide (AcAdaptiveBox *self)
{
  g_return_val_if_fail (AC_IS_ADAPTIVE_BOX (self), FALSE);

  return self->wide;
}
