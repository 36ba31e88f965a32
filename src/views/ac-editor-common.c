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

/**
 * _ac_editor_split_error:
 * @field: (out) (transfer full): the field the model's message names, such
 *   as "notes", or %NULL when it names none
 *
 * The model's messages read "notes: 4001 characters is more than the 4000
 * allowed".
 *
 * Returns: (transfer full): the message without the field
 */
char *
_ac_editor_split_error (const GError  *error,
                        char         **field)
{
  const char *colon = strstr (error->message, ": ");
  const char *p;

  *field = NULL;
  if (colon == NULL)
    return g_strdup (error->message);

  for (p = error->message; p < colon; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.' &&
        *p != '[' && *p != ']')
      return g_strdup (error->message);

  *field = g_strndup (error->message, colon - error->message);
  return g_strdup (colon + 2);
}

/* Moves the "error" style to @widget (or nowhere). */
void
_ac_editor_set_error_widget (GtkWidget **marked,
                             GtkWidget  *widget)
{
  if (*marked == widget)
    return;

  if (*marked != NULL)
    gtk_widget_remove_css_class (*marked, "error");
  *marked = widget;
  if (widget != NULL)
    gtk_widget_add_css_class (widget, "error");
}
