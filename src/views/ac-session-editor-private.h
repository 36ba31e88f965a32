/* ac-session-editor-private.h — what the tests drive the session editor with
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-session-editor.h"

G_BEGIN_DECLS

/* Each setter changes the widget, as a user would, and lets its signals
 * run. */
void         _ac_session_editor_set_date              (AcSessionEditor *self,
                                                       const GDate     *date);
void         _ac_session_editor_set_time              (AcSessionEditor *self,
                                                       int              hour,
                                                       int              minute);
void         _ac_session_editor_set_minutes           (AcSessionEditor *self,
                                                       int              minutes);
int          _ac_session_editor_get_minutes           (AcSessionEditor *self);
void         _ac_session_editor_set_pressure          (AcSessionEditor *self,
                                                       AcPressure       pressure);
void         _ac_session_editor_set_purpose           (AcSessionEditor *self,
                                                       AcPurpose        purpose);
void         _ac_session_editor_set_therapist         (AcSessionEditor *self,
                                                       const char      *therapist);
void         _ac_session_editor_set_areas             (AcSessionEditor *self,
                                                       AcArea           areas);
void         _ac_session_editor_set_notes             (AcSessionEditor *self,
                                                       const char      *notes);
void         _ac_session_editor_set_planned           (AcSessionEditor *self,
                                                       gboolean         planned);
GtkSwitch   *_ac_session_editor_get_planned_switch    (AcSessionEditor *self);
GtkWidget   *_ac_session_editor_get_notes_widget      (AcSessionEditor *self);
GtkPopover  *_ac_session_editor_get_therapist_popover (AcSessionEditor *self);
GtkWidget   *_ac_session_editor_get_field             (AcSessionEditor *self,
                                                       const char      *name);
gboolean     _ac_session_editor_can_save              (AcSessionEditor *self);
gboolean     _ac_session_editor_save                  (AcSessionEditor *self);
const char  *_ac_session_editor_get_error             (AcSessionEditor *self);

G_END_DECLS
