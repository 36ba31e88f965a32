/* ac-editor-common-private.h — what the session and check-in editors share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The journal's limit for notes (DESIGN.md); the model enforces it, the
 * editors count towards it. */
#define AC_EDITOR_NOTES_MAX_CHARS 4000

/* A field of a form as the model names it in its errors, the widget to
 * mark and the name the user sees. */
typedef struct
{
  const char *field;
  GtkWidget  *widget;
  const char *label;
} AcEditorField;

/* The message above the form and the field it marks. */
typedef struct
{
  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkWidget   *marked;
} AcEditorMessage;

void      _ac_editor_class_setup       (GtkWidgetClass              *widget_class,
                                        GtkWidgetActionActivateFunc  save);
void      _ac_editor_init              (GtkWidget                   *editor,
                                        AcEditorMessage             *message,
                                        GtkRevealer                 *revealer,
                                        GtkLabel                    *label);
void      _ac_editor_set_valid         (GtkWidget                   *editor,
                                        gboolean                    *valid,
                                        gboolean                     value,
                                        GParamSpec                  *pspec);
guint     _ac_editor_saved_signal_new  (GType                        editor_type,
                                        GType                        record_type);
void      _ac_editor_saved             (GtkWidget                   *editor,
                                        guint                        saved_signal,
                                        gpointer                     record);

char     *_ac_editor_get_text          (GtkTextView                 *view);
void      _ac_editor_set_text          (GtkTextView                 *view,
                                        const char                  *text);
gboolean  _ac_editor_update_counter    (GtkLabel                    *counter,
                                        const char                  *text);

char     *_ac_editor_field_message     (const char                  *label,
                                        const char                  *rule);
void      _ac_editor_message_show      (AcEditorMessage             *message,
                                        const char                  *text,
                                        GtkWidget                   *widget);
void      _ac_editor_message_show_error (AcEditorMessage            *message,
                                        const GError                *error,
                                        const AcEditorField         *fields,
                                        guint                        n_fields);
void      _ac_editor_message_clear     (AcEditorMessage             *message);

gboolean  _ac_editor_read_spin         (GtkSpinButton               *spin,
                                        int                         *value);
int       _ac_editor_get_spin_value    (GtkSpinButton               *spin);
void      _ac_editor_setup_text        (GtkWidget                   *control);
void      _ac_editor_setup_spin        (GtkSpinButton               *spin);
gboolean  _ac_editor_spin_keeps_text   (GtkSpinButton               *spin);

void      _ac_editor_setup_rating      (AdwComboRow                 *row,
                                        const char                  *low,
                                        const char                  *high);
int       _ac_editor_get_rating        (AdwComboRow                 *row);
void      _ac_editor_set_rating        (AdwComboRow                 *row,
                                        int                          value);

G_END_DECLS
