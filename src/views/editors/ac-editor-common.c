/* ac-editor-common.c — what the session and check-in editors share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-editor-common"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ac-editor-common-private.h"
#include "ac-error.h"
#include "ac-record.h"

/* Both editors are AdwWindows whose templates hold a Save and a Cancel
 * button on the actions "editor.save" and "editor.cancel", Ctrl+Enter
 * (a capture shortcut, so that it saves from any field) on
 * "editor.save", a message above the form (AcEditorMessage) and the
 * notes with their counter. */

static GQuark refused_quark;

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/**
 * _ac_editor_class_setup:
 * @save: what "editor.save" does; it saves only a valid form
 *
 * Installs "editor.save", "editor.cancel" and Escape for cancel.
 */
void
_ac_editor_class_setup (GtkWidgetClass              *widget_class,
                        GtkWidgetActionActivateFunc  save)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

/* Sets up an editor once its template is in place: @revealer and @label
 * show its message, and Save waits for the form to be valid. */
void
_ac_editor_init (GtkWidget       *editor,
                 AcEditorMessage *message,
                 GtkRevealer     *revealer,
                 GtkLabel        *label)
{
  message->revealer = revealer;
  message->label = label;
  message->marked = NULL;
  gtk_widget_action_set_enabled (editor, "editor.save", FALSE);
}

/* Sets the editor's "valid" property (@pspec), which is held in @valid;
 * "editor.save", and so the Save button, is enabled only when it is TRUE. */
void
_ac_editor_set_valid (GtkWidget  *editor,
                      gboolean   *valid,
                      gboolean    value,
                      GParamSpec *pspec)
{
  value = !!value;
  if (*valid == value)
    return;

  *valid = value;
  gtk_widget_action_set_enabled (editor, "editor.save", value);
  g_object_notify_by_pspec (G_OBJECT (editor), pspec);
}

/**
 * _ac_editor_saved_signal_new:
 *
 * The editors' "saved" signal, with the record as the journal now holds
 * it; it is emitted just before the editor closes.
 *
 * Returns: the signal's id
 */
guint
_ac_editor_saved_signal_new (GType editor_type,
                             GType record_type)
{
  return g_signal_new ("saved",
                       editor_type,
                       G_SIGNAL_RUN_LAST,
                       0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, record_type);
}

/* Says that @record is saved, and closes the editor. */
void
_ac_editor_saved (GtkWidget *editor,
                  guint      saved_signal,
                  gpointer   record)
{
  g_signal_emit (editor, saved_signal, 0, record);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/**
 * _ac_editor_get_text:
 *
 * Returns: (transfer full): all the text of @view
 */
char *
_ac_editor_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
_ac_editor_set_text (GtkTextView *view,
                     const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

/* Shows "N / 4000" and marks it when over. Returns whether @text fits. */
gboolean
_ac_editor_update_counter (GtkLabel   *counter,
                           const char *text)
{
  glong n_chars = g_utf8_strlen (text, -1);
  gboolean fits = n_chars <= AC_EDITOR_NOTES_MAX_CHARS;
  /* Translators: characters used and allowed in the notes, "12 / 4000" */
  g_autofree char *label = g_strdup_printf (_("%ld / %d"), n_chars, AC_EDITOR_NOTES_MAX_CHARS);
  /* Translators: the accessible reading of the notes counter */
  g_autofree char *spoken = g_strdup_printf (_("%ld of %d characters used"),
                                             n_chars, AC_EDITOR_NOTES_MAX_CHARS);

  gtk_label_set_label (counter, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (counter),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  if (fits)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (counter), "error");
      gtk_widget_add_css_class (GTK_WIDGET (counter), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (counter), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (counter), "error");
    }

  return fits;
}

/* "Length: “700” is not a number of minutes from 5 to 600" */
char *
_ac_editor_field_message (const char *label,
                          const char *rule)
{
  /* Translators: a field's name, then what is wrong with it */
  return g_strdup_printf (_("%s: %s"), label, rule);
}

/* Moves the "error" style to @widget (or nowhere). */
static void
set_marked (AcEditorMessage *message,
            GtkWidget       *widget)
{
  if (message->marked == widget)
    return;

  if (message->marked != NULL)
    gtk_widget_remove_css_class (message->marked, "error");
  message->marked = widget;
  if (widget != NULL)
    gtk_widget_add_css_class (widget, "error");
}

/* Shows @text above the form and marks @widget, or hides the message
 * when @text is %NULL. */
void
_ac_editor_message_show (AcEditorMessage *message,
                         const char      *text,
                         GtkWidget       *widget)
{
  gtk_label_set_label (message->label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (message->revealer, text != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (message->revealer),
                               GTK_ACCESSIBLE_STATE_HIDDEN, text == NULL,
                               -1);
  set_marked (message, text != NULL ? widget : NULL);
}

/* Shows the model's @error with the name of the field it is about, from
 * @fields, and marks that field; hides the message when @error is %NULL. */
void
_ac_editor_message_show_error (AcEditorMessage     *message,
                               const GError        *error,
                               const AcEditorField *fields,
                               guint                n_fields)
{
  const char *field;
  const char *rule;

  if (error == NULL)
    {
      _ac_editor_message_show (message, NULL, NULL);
      return;
    }

  /* The field and the rule are the error's data, not words to parse. */
  field = ac_journal_error_get_field (error);
  rule = ac_journal_error_get_rule (error);
  for (guint i = 0; field != NULL && rule != NULL && i < n_fields; i++)
    if (g_str_equal (field, fields[i].field))
      {
        g_autofree char *text = _ac_editor_field_message (fields[i].label, rule);

        _ac_editor_message_show (message, text, fields[i].widget);
        return;
      }

  _ac_editor_message_show (message, error->message, NULL);
}

/* Forgets the widgets, as the editor is disposed. */
void
_ac_editor_message_clear (AcEditorMessage *message)
{
  message->marked = NULL;
  message->revealer = NULL;
  message->label = NULL;
}

/* Reads a spin button's text as typed. A spin button takes its text only
 * on Enter or when it loses the focus, and Ctrl+Enter saves before
 * either: the text, not the value, is what the user sees and what the
 * form holds. Returns FALSE unless it is a whole number in the spin
 * button's range. */
gboolean
_ac_editor_read_spin (GtkSpinButton *spin,
                      int           *value)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10,
                                   (guint64) gtk_adjustment_get_lower (adjustment),
                                   (guint64) gtk_adjustment_get_upper (adjustment),
                                   &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

/* The typed number when it is one the spin button takes, else its value
 * (the form then refuses the text by name). */
int
_ac_editor_get_spin_value (GtkSpinButton *spin)
{
  int value;

  if (_ac_editor_read_spin (spin, &value))
    return value;

  return gtk_spin_button_get_value_as_int (spin);
}

/* The text inside a spin button or an entry row is what has the focus:
 * it takes its name from the control, and Enter in it saves, as in the
 * other fields. */
void
_ac_editor_setup_text (GtkWidget *control)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (control));

  g_assert (GTK_IS_TEXT (delegate));

  gtk_text_set_activates_default (GTK_TEXT (delegate), TRUE);
  if (ADW_IS_PREFERENCES_ROW (control))
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (control)),
                                    -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, control, NULL,
                                    -1);
}

/* What a spin button takes from its text, on Enter or when it loses the
 * focus: the number typed, if it is one in range. Otherwise its value
 * stays, and so does the text, which the form then refuses by name
 * rather than clamp or undo it unseen. */
static int
on_spin_input (GtkSpinButton *spin,
               double        *new_value)
{
  int value;

  if (_ac_editor_read_spin (spin, &value))
    {
      *new_value = value;
      return TRUE;
    }

  /* The spin button redisplays the value it keeps, at once: its output
   * handler keeps the text (_ac_editor_spin_keeps_text()). */
  g_object_set_qdata (G_OBJECT (spin), refused_quark, GINT_TO_POINTER (TRUE));
  *new_value = gtk_spin_button_get_value (spin);
  return TRUE;
}

/* Sets up a spin button of the form: its text as for _ac_editor_setup_text(),
 * and a text that is not a number in its range is kept as typed. Its
 * "output" handler calls _ac_editor_spin_keeps_text() first. */
void
_ac_editor_setup_spin (GtkSpinButton *spin)
{
  if (refused_quark == 0)
    refused_quark = g_quark_from_static_string ("ac-editor-refused-text");

  _ac_editor_setup_text (GTK_WIDGET (spin));
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input), NULL);
}

/* Whether @spin is redisplaying its value just after its text was refused:
 * the output handler then leaves the text as typed. */
gboolean
_ac_editor_spin_keeps_text (GtkSpinButton *spin)
{
  if (g_object_get_qdata (G_OBJECT (spin), refused_quark) == NULL)
    return FALSE;

  g_object_set_qdata (G_OBJECT (spin), refused_quark, NULL);
  return TRUE;
}

/* An optional 0–10 rating (stress, sleep, how a session felt) as a combo
 * row: "Not noted" first, so that leaving it alone records nothing, then
 * 0 and 10 with the words of their ends (@low, @high). */
void
_ac_editor_setup_rating (AdwComboRow *row,
                         const char  *low,
                         const char  *high)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  /* Translators: an optional rating left empty */
  gtk_string_list_append (choices, _("Not noted"));
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *choice = NULL;

      if (i == 0)
        /* Translators: the lowest rating and its meaning, "0 – calm" */
        choice = g_strdup_printf (_("%d – %s"), i, low);
      else if (i == 10)
        choice = g_strdup_printf (_("%d – %s"), i, high);
      else
        choice = g_strdup_printf ("%d", i);
      gtk_string_list_append (choices, choice);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (row, 0);
}

/* The rating chosen, or AC_SCALE_UNSET for "Not noted". */
int
_ac_editor_get_rating (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? AC_SCALE_UNSET : (int) selected - 1;
}

void
_ac_editor_set_rating (AdwComboRow *row,
                       int          value)
{
  adw_combo_row_set_selected (row, value >= 0 && value <= 10 ? (guint) value + 1 : 0);
}
