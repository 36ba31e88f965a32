/* ac-checkin-editor.h — the dialog that adds or edits a day's check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_CHECKIN_EDITOR (ac_checkin_editor_get_type ())

G_DECLARE_FINAL_TYPE (AcCheckinEditor, ac_checkin_editor, AC, CHECKIN_EDITOR, AdwWindow)

AcCheckinEditor *ac_checkin_editor_new             (GtkWindow       *parent,
                                                    AcContext       *context,
                                                    const GDate     *day);
AcCheckinEditor *ac_checkin_editor_new_for_checkin (GtkWindow       *parent,
                                                    AcContext       *context,
                                                    AcCheckin       *checkin);
AcJournal       *ac_checkin_editor_get_journal     (AcCheckinEditor *self);
AcCheckin       *ac_checkin_editor_get_checkin     (AcCheckinEditor *self);

G_END_DECLS
