/* ac-checkin-editor-symptoms.c — the warning signs of a check-in, and what
 * to do about them
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-checkin-editor-symptoms"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-checkin-editor-private.h"
#include "ac-date-button.h"
#include "ac-enum-types.h"
#include "ac-hold-words.h"

/* A check box a symptom, in the order of the flags; when any is ticked, a
 * note under them says whom to see, urgent advice first.
 *
 * A symptom is never removed silently (GUIDANCE.md): saving a check-in
 * of the journal without a symptom it lists asks first, naming it, and
 * offers to keep it, or to say it has been checked, which keeps it and
 * stops the hold instead. */

static GQuark symptom_quark;

/* What to do about each red flag, urgent ones first (GUIDANCE.md). */
static const struct {
  AcSymptom   symptom;
  gboolean    urgent;
  const char *advice;
} red_flags[] = {
  { AC_SYMPTOM_CHEST_PAIN_BREATHLESS, TRUE,
    N_("Chest pain or trouble breathing: call your local emergency number now.") },
  { AC_SYMPTOM_HEAD_NECK_NEURO, TRUE,
    N_("Headache, dizziness or vision changes after neck work: call your local emergency number now.") },
  { AC_SYMPTOM_SADDLE_NUMBNESS, TRUE,
    N_("Numbness around the buttocks or groin, or bladder or bowel changes: call your local emergency number now.") },
  { AC_SYMPTOM_LEG_SWELLING, TRUE,
    N_("Swelling in one leg: have it checked by a health professional today, as it can be a blood clot.") },
  { AC_SYMPTOM_DARK_URINE, TRUE,
    N_("Dark urine: get urgent care, as it can be a sign of muscle breakdown.") },
  { AC_SYMPTOM_SEVERE_WEAKNESS, TRUE,
    N_("Severe pain or weakness: get urgent care.") },
  { AC_SYMPTOM_NUMBNESS_TINGLING, FALSE,
    N_("Numbness or tingling: see a doctor.") },
  { AC_SYMPTOM_BRUISING, FALSE,
    N_("Large or unexplained bruising: see a doctor, sooner if you take blood thinners.") },
};

static AcSymptom
symptom_of (GtkCheckButton *check)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (check), symptom_quark));
}

/* The symptoms ticked. */
AcSymptom
_ac_checkin_editor_read_symptoms (AcCheckinEditor *self)
{
  AcSymptom symptoms = AC_SYMPTOM_NONE;

  for (guint i = 0; i < self->symptom_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->symptom_checks, i);

      if (gtk_check_button_get_active (check))
        symptoms |= symptom_of (check);
    }

  return symptoms;
}

/* Ticks @symptoms and no others. */
void
_ac_checkin_editor_check_symptoms (AcCheckinEditor *self,
                                   AcSymptom        symptoms)
{
  for (guint i = 0; i < self->symptom_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->symptom_checks, i);

      gtk_check_button_set_active (check, (symptoms & symptom_of (check)) != 0);
    }
}

/* Fills the warning signs group, a row a symptom; @changed (swapped) is
 * called when one is ticked or unticked. */
void
_ac_checkin_editor_add_symptom_rows (AcCheckinEditor *self,
                                     GCallback        changed)
{
  guint all = ac_flags_get_all (AC_TYPE_SYMPTOM);

  if (symptom_quark == 0)
    symptom_quark = g_quark_from_static_string ("ac-checkin-editor-symptom");

  for (guint bit = 1; bit != 0 && bit <= all; bit <<= 1)
    {
      const char *label = ac_symptom_get_label (bit);
      const char *meaning = ac_symptom_get_meaning (bit);
      GtkWidget *row;
      GtkWidget *check;

      if ((all & bit) == 0)
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning,
                                      -1);
      g_object_set_qdata (G_OBJECT (check), symptom_quark, GUINT_TO_POINTER (bit));
      g_signal_connect_object (check, "toggled", changed, self, G_CONNECT_SWAPPED);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      if (g_strcmp0 (label, meaning) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), meaning);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->symptoms_group, row);

      g_ptr_array_add (self->symptom_checks, check);
    }
}

/* Shows what to do about the symptoms ticked, or nothing when none is. */
void
_ac_checkin_editor_update_red_flags (AcCheckinEditor *self)
{
  AcSymptom symptoms = _ac_checkin_editor_read_symptoms (self);
  GtkWidget *note_box = gtk_widget_get_parent (GTK_WIDGET (self->red_flag_label));
  g_autoptr(GString) note = NULL;
  gboolean urgent = FALSE;

  if (symptoms == AC_SYMPTOM_NONE)
    {
      gtk_revealer_set_reveal_child (self->red_flag_revealer, FALSE);
      return;
    }

  note = g_string_new (NULL);
  g_string_append_printf (note, "<b>%s</b>",
                          _("Aftercare will suggest that you see a health professional."));
  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      g_autofree char *escaped = NULL;

      if ((symptoms & red_flags[i].symptom) == 0)
        continue;

      escaped = g_markup_escape_text (_(red_flags[i].advice), -1);
      g_string_append_printf (note, "\n• %s", escaped);
      urgent |= red_flags[i].urgent;
    }

  gtk_label_set_markup (self->red_flag_label, note->str);
  gtk_image_set_from_icon_name (self->red_flag_icon,
                                urgent ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  if (urgent)
    gtk_widget_add_css_class (note_box, "urgent");
  else
    gtk_widget_remove_css_class (note_box, "urgent");
  gtk_revealer_set_reveal_child (self->red_flag_revealer, TRUE);
}

static void
on_drop_response (AcCheckinEditor  *self,
                  const char       *response,
                  AdwMessageDialog *dialog)
{
  AcSymptom dropped = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "dropped"));

  /* Saving closes the editor, which the dialog must not outlive holding
   * on to it. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (g_str_equal (response, "remove"))
    {
      _ac_checkin_editor_save_full (self, TRUE);
      return;
    }
  if (g_str_equal (response, "cancel"))
    return;

  /* Kept, checked or not. */
  _ac_checkin_editor_check_symptoms (self, _ac_checkin_editor_read_symptoms (self) | dropped);
  if (g_str_equal (response, "checked") && !_ac_checkin_editor_record_checked (self, dropped))
    return;
  _ac_checkin_editor_save (self);
}

/* Asks before saving the form without @dropped, which the check-in in
 * the journal lists. */
void
_ac_checkin_editor_ask_drop (AcCheckinEditor *self,
                             AcSymptom        dropped)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *date = NULL;
  GtkWidget *dialog;

  g_return_if_fail (dropped != AC_SYMPTOM_NONE);

  for (guint bit = 1; bit != 0 && bit <= dropped; bit <<= 1)
    if (dropped & bit)
      /* Translators: a warning sign's name, quoted, "“Swelling in one leg”" */
      g_ptr_array_add (names, g_strdup_printf (_("“%s”"), ac_symptom_get_label (bit)));
  g_ptr_array_add (names, NULL);
  list = ac_hold_words_list ((const char * const *) names->pdata);
  date = ac_date_format_long (ac_date_button_get_date (self->date_button));

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   ngettext ("Remove a Warning Sign?", "Remove Warning Signs?",
                                               names->len - 1),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %1$s names warning signs, "“Swelling in one leg”";
                                   * %2$s is a date, "Saturday 21 November 2026" */
                                  _("Remove %1$s from your check-in of %2$s? Aftercare would "
                                    "forget that you noted it. If it has been checked by a "
                                    "health professional, or has gone, say so instead: the "
                                    "check-in keeps it, and Aftercare stops holding massage "
                                    "for it."),
                                  list, date);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    "keep", _("_Keep It"),
                                    "checked", _("It’s Been _Checked"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "checked",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "dropped", GUINT_TO_POINTER (dropped));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_drop_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
