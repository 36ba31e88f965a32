/* ac-session-editor.h — the dialog that adds or edits a massage session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_SESSION_EDITOR (ac_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (AcSessionEditor, ac_session_editor, AC, SESSION_EDITOR, AdwWindow)

AcSessionEditor *ac_session_editor_new         (GtkWindow       *parent,
                                                AcContext       *context,
                                                AcSession       *session,
                                                const GDate     *day);
AcJournal       *ac_session_editor_get_journal (AcSessionEditor *self);
AcSession       *ac_session_editor_get_session (AcSessionEditor *self);

G_END_DECLS
