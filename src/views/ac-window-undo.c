/* ac-window-undo.c — Undo and Redo in the main window
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-window-private.h"

/* Every change to the journal is a step of the keeper's undo stack
 * (AcUndoStack): Ctrl+Z takes back the newest, Ctrl+Shift+Z makes it
 * again, and a toast's Undo takes back the step it tells of. That toast
 * goes as soon as its step is no longer the newest, so its button never
 * takes back another change than the one it names. */

static AcUndoStack *
get_stack (AcWindow *self)
{
  return ac_journal_keeper_get_undo_stack (self->keeper);
}

static void
on_step_toast_dismissed (AcWindow *self,
                         AdwToast *toast)
{
  if (self->step_toast == toast)
    self->step_toast = NULL;
}

/* A toast with a button: the one shown before it, if any, goes. */
static void
show_step_toast (AcWindow   *self,
                 const char *title,
                 const char *button_label,
                 const char *action_name)
{
  AdwToast *toast = adw_toast_new (title);

  if (self->step_toast != NULL)
    adw_toast_dismiss (self->step_toast);

  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_step_toast_dismissed),
                           self, G_CONNECT_SWAPPED);
  self->step_toast = toast;
  self->step_toast_serial = ac_undo_stack_get_undo_serial (get_stack (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * _ac_window_toast_step:
 * @title: (nullable): what to say, or %NULL for the step's name
 *
 * Tells of the change just made, the undo stack's newest step ("Session
 * deleted"), with a button that takes it back.
 */
void
_ac_window_toast_step (AcWindow   *self,
                       const char *title)
{
  const char *label = ac_undo_stack_get_undo_label (get_stack (self));

  if (label == NULL)
    return;

  show_step_toast (self, title != NULL ? title : label, _("_Undo"), "win.undo");
  _ac_window_update_actions (self);
}

#define SERIAL_KEY "ac-window-undo-serial"

/* @dialog (an editor, the import) may make a change: the newest step now
 * is not its. */
void
_ac_window_undo_watch (AcWindow *self,
                       gpointer  dialog)
{
  guint serial = ac_undo_stack_get_undo_serial (get_stack (self));

  g_object_set_data (G_OBJECT (dialog), SERIAL_KEY, GUINT_TO_POINTER (serial));
}

/**
 * _ac_window_toast_step_of:
 * @title: (nullable): what to say, or %NULL for the step's name
 *
 * After @dialog said it was done: the step it made, with Undo; or only
 * @title if it changed nothing (an editor saved as it was, an import of
 * duplicates), since Undo would take back an older change.
 */
void
_ac_window_toast_step_of (AcWindow   *self,
                          gpointer    dialog,
                          const char *title)
{
  guint before = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), SERIAL_KEY));

  if (ac_undo_stack_get_undo_serial (get_stack (self)) != before)
    _ac_window_toast_step (self, title);
  else if (title != NULL)
    _ac_window_toast (self, title);
}

/* The names of @symptoms, "Swelling in one leg, Large or unexplained
 * bruising". */
static char *
name_symptoms (AcSymptom symptoms)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint bit = 1; bit != 0 && bit <= symptoms; bit <<= 1)
    if ((symptoms & bit) != 0)
      {
        if (names->len > 0)
          /* Translators: between the names of symptoms in a list */
          g_string_append (names, _(", "));
        g_string_append (names, ac_symptom_get_label (bit));
      }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Takes back (@undo) or makes again the top step, and says so; a warning
 * sign it takes off a check-in is named, never dropped silently. */
static void
undo_or_redo (AcWindow *self,
              gboolean  undo)
{
  AcUndoStack *stack = get_stack (self);
  AcSymptom dropped = ac_undo_stack_get_dropped_symptoms (stack, undo);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = undo ? ac_undo_stack_undo (stack, &error) : ac_undo_stack_redo (stack, &error);
  g_autofree char *title = NULL;

  if (label == NULL)
    {
      _ac_window_toast (self, error->message);
      return;
    }

  if (dropped != AC_SYMPTOM_NONE)
    {
      g_autofree char *names = name_symptoms (dropped);

      title = undo
        /* Translators: what was taken back ("Check-in added"), then symptoms' names */
        ? g_strdup_printf (_("Undid: %s. No longer noted: %s"), label, names)
        /* Translators: what was made again ("Check-in changed"), then symptoms' names */
        : g_strdup_printf (_("Redid: %s. No longer noted: %s"), label, names);
    }
  else
    title = undo
      /* Translators: %s is what was taken back, "Session deleted" */
      ? g_strdup_printf (_("Undid: %s"), label)
      /* Translators: %s is what was made again, "Session deleted" */
      : g_strdup_printf (_("Redid: %s"), label);

  show_step_toast (self, title, undo ? _("_Redo") : _("_Undo"), undo ? "win.redo" : "win.undo");
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  undo_or_redo (AC_WINDOW (widget), TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  undo_or_redo (AC_WINDOW (widget), FALSE);
}

/* A toast whose step is no longer the newest would undo another. */
static void
on_stack_changed (AcWindow    *self,
                  AcUndoStack *stack)
{
  if (self->step_toast != NULL &&
      self->step_toast_serial != ac_undo_stack_get_undo_serial (stack))
    adw_toast_dismiss (self->step_toast);
  _ac_window_update_actions (self);
}

void
_ac_window_undo_update_actions (AcWindow *self,
                                gboolean  writable)
{
  AcUndoStack *stack = get_stack (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && ac_undo_stack_get_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && ac_undo_stack_get_can_redo (stack));
}

void
_ac_window_undo_setup (AcWindow *self)
{
  g_signal_connect_object (get_stack (self), "changed", G_CALLBACK (on_stack_changed),
                           self, G_CONNECT_SWAPPED);
}

void
_ac_window_undo_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}
