/* ac-editor-common-private.h — what the session and check-in editors share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The journal's limit for notes (DESIGN.md); the model enforces it, the
 * editors count towards it. */
#define AC_EDITOR_NOTES_MAX_CHARS 4000

char     *_ac_editor_get_text          (GtkTextView  *view);
void      _ac_editor_set_text          (GtkTextView  *view,
                                        const char   *text);
gboolean  _ac_editor_update_counter    (GtkLabel     *counter,
                                        const char   *text);
char     *_ac_editor_split_error       (const GError *error,
                                        char        **field);
void      _ac_editor_set_error_widget  (GtkWidget   **marked,
                                        GtkWidget    *widget);

G_END_DECLS
