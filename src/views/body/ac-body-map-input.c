/* ac-body-map-input.c — the body map's keys, clicks and focus: moving
 * between regions, toggling them, hovering
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-body-map-input"

#include "config.h"

#include "ac-body-map-private.h"

/* The focus is on one node (where an area shows on one figure) and on
 * the area's region widget; the region moves over the node. The arrow
 * keys go to the neighbouring node as the figures lie
 * (_ac_body_node_neighbour()); Space and Enter, and a click, activate it:
 * they toggle its area, or on a map that is not editable emit
 * AcBodyMap::area-activated. */

/* Where Tab enters: the region last focused, else the first area picked,
 * else the head. */
int
_ac_body_map_entry_node (AcBodyMap *self)
{
  if (self->current_node >= 0)
    return self->current_node;

  for (guint i = 0; i < AC_BODY_N_AREAS; i++)
    {
      AcArea area = _ac_body_area_from_index (i);

      if ((self->selected & area) != 0)
        return _ac_body_node_first_of (area);
    }

  return _ac_body_node_first_of (AC_AREA_HEAD);
}

/* Makes @node the current one, and its region the focus. */
static void
focus_node (AcBodyMap *self,
            int        node)
{
  g_assert (node >= 0);

  self->current_node = node;
  gtk_widget_grab_focus (_ac_body_map_get_region (self, _ac_body_node_get_area (node)));
  /* The region moves over the node, and the ring with it. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
focus_is_inside (AcBodyMap *self)
{
  return gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AcBodyMap *self = AC_BODY_MAP (widget);
  int neighbour;

  if (!focus_is_inside (self) || self->current_node < 0)
    return;

  neighbour = _ac_body_node_neighbour (&self->layout, self->current_node,
                                       g_variant_get_int32 (parameter));
  if (neighbour >= 0)
    focus_node (self, neighbour);
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AcBodyMap *self = AC_BODY_MAP (widget);

  if (focus_is_inside (self) && self->current_node >= 0)
    _ac_body_map_activate_area (self, _ac_body_node_get_area (self->current_node));
}

static void
on_pressed (AcBodyMap       *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  self->pressed_node = _ac_body_node_at (&self->layout, x, y);
  if (self->pressed_node >= 0)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_released (AcBodyMap       *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  int node = _ac_body_node_at (&self->layout, x, y);

  if (node < 0 || node != self->pressed_node)
    return;

  self->pressed_node = -1;
  focus_node (self, node);
  _ac_body_map_activate_area (self, _ac_body_node_get_area (node));
}

static void
set_hover (AcBodyMap *self,
           AcArea     area)
{
  if (self->hover == area)
    return;

  self->hover = area;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (AcBodyMap *self,
           double     x,
           double     y)
{
  set_hover (self, ac_body_map_area_at (self, x, y));
}

static void
on_leave (AcBodyMap *self)
{
  set_hover (self, AC_AREA_NONE);
}

static void
add_move_binding (GtkWidgetClass   *widget_class,
                  guint             keyval,
                  guint             keypad_keyval,
                  GtkDirectionType  direction)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "body-map.move", "i", direction);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, "body-map.move", "i", direction);
}

/* The actions and their keys. */
void
_ac_body_map_input_class_init (GtkWidgetClass *widget_class)
{
  const guint toggle_keys[] = { GDK_KEY_space, GDK_KEY_KP_Space, GDK_KEY_Return,
                                GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter };

  gtk_widget_class_install_action (widget_class, "body-map.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "body-map.toggle", NULL, toggle_action);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN);
  for (guint i = 0; i < G_N_ELEMENTS (toggle_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, toggle_keys[i], 0, "body-map.toggle", NULL);
}

/* The click and the pointer. */
void
_ac_body_map_input_init (AcBodyMap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->current_node = -1;
  self->pressed_node = -1;

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (click), FALSE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "released", G_CALLBACK (on_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (motion, "enter", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}
