/* ac-window-hold.c — the main window while a warning sign holds massage
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window-hold"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-enum-types.h"
#include "ac-hold-banner.h"
#include "ac-hold-words.h"
#include "ac-window-private.h"

/* GUIDANCE.md, "The hold": while it is on, every view shows a banner that
 * names the symptom and leads to the advice, and the Advice tab asks for
 * attention. "It's Been Checked…" records, after asking, a clearance of
 * each cause dated today, which a toast can undo (one step of the undo
 * stack). The hold itself is the
 * context's (AcContext:hold); the window only shows it. */

static gboolean
hold_is_on (GBinding     *binding,
            const GValue *from,
            GValue       *to,
            gpointer      user_data)
{
  AcHold *hold = g_value_get_object (from);

  g_value_set_boolean (to, hold != NULL && ac_hold_is_on (hold));
  return TRUE;
}

/* Records that each cause of the hold has been checked, today: one
 * clearance each, all or none. */
static void
record_checked (AcWindow   *self,
                const char *note)
{
  AcHold *hold = ac_context_get_hold (self->context);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  GDate today;

  ac_context_get_today (self->context, &today);
  ids = ac_journal_keeper_add_clearances (self->keeper, &today, ac_hold_get_causes (hold), note, &error);
  if (ids == NULL)
    {
      g_debug ("Could not record that the hold's causes were checked: %s", error->message);
      _ac_window_toast (self, error->message);
      return;
    }

  /* "Marked as checked", one step for all the causes, with Undo. */
  _ac_window_toast_step (self, NULL);
}

static void
on_checked_response (AcWindow         *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  GtkEditable *note = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "checked"))
    record_checked (self, gtk_editable_get_text (note));
}

/* Asks first: a clearance stops the hold, so it takes the person's word,
 * and a note of who checked it if they like. */
static void
mark_checked_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  AcHold *hold = ac_context_get_hold (self->context);
  g_autofree char *causes = NULL;
  GtkWidget *dialog, *entry;

  if (!ac_hold_is_on (hold))
    return;

  causes = ac_hold_words_causes (hold);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mark as Checked?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s names the warning signs, "Swelling in one leg" */
                                  _("Once a health professional has checked “%s”, or it has gone, "
                                    "Aftercare stops holding massage for it. What you noted stays "
                                    "in your journal, and noting it again in a new check-in starts "
                                    "a new hold."),
                                  causes);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Note (optional), such as who checked it"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Optional, such as who checked it"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "checked", _("_Mark as Checked"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "checked",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "checked");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_checked_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* After a check-in is saved: if it made a hold of one of its symptoms,
 * say what to do at once, not only what the symptom means. */
void
_ac_window_hold_checkin_saved (AcWindow  *self,
                               AcCheckin *checkin)
{
  AcHold *hold = ac_context_get_hold (self->context);
  AcSymptom symptoms = ac_checkin_get_symptoms (checkin);
  const char * const *causes = ac_hold_get_causes (hold);
  AdwToast *toast;
  gboolean held = FALSE;

  for (guint i = 0; causes[i] != NULL && !held; i++)
    held = (symptoms & ac_flag_from_string (AC_TYPE_SYMPTOM, causes[i])) != 0;
  if (!held)
    return;

  toast = adw_toast_new (_("Have this checked, and hold off massage"));
  adw_toast_set_button_label (toast, _("_Show Advice"));
  adw_toast_set_action_name (toast, "win.show-view");
  adw_toast_set_action_target_value (toast, g_variant_new_string ("advice"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Sets up what follows the hold: the banner above the views, the Advice
 * tab's needs-attention, the actions. */
void
_ac_window_hold_setup (AcWindow *self)
{
  AdwViewStackPage *advice = adw_view_stack_get_page (self->view_stack,
                                                      adw_view_stack_get_child_by_name (self->view_stack, "advice"));

  self->hold_banner = AC_HOLD_BANNER (ac_hold_banner_new (self->context));
  gtk_box_insert_child_after (self->content_box, GTK_WIDGET (self->hold_banner),
                              GTK_WIDGET (self->banner_revealer));
  g_object_bind_property_full (self->context, "hold", advice, "needs-attention",
                               G_BINDING_SYNC_CREATE, hold_is_on, NULL, NULL, NULL);
  g_signal_connect_object (self->context, "notify::hold", G_CALLBACK (_ac_window_update_actions),
                           self, G_CONNECT_SWAPPED);
}

void
_ac_window_hold_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.mark-checked", NULL, mark_checked_action);
}
