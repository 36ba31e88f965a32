/* ac-checkin-editor-private.h — what the tests drive the check-in editor with
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-checkin-editor.h"

G_BEGIN_DECLS

/* Each setter changes the widget, as a user would, and lets its signals
 * run. */
void         _ac_checkin_editor_set_date          (AcCheckinEditor *self,
                                                   const GDate     *date);
void         _ac_checkin_editor_set_soreness      (AcCheckinEditor *self,
                                                   double           soreness);
int          _ac_checkin_editor_get_soreness      (AcCheckinEditor *self);
const char  *_ac_checkin_editor_get_band_label    (AcCheckinEditor *self);
GtkWidget   *_ac_checkin_editor_get_band_widget   (AcCheckinEditor *self);
void         _ac_checkin_editor_set_areas         (AcCheckinEditor *self,
                                                   AcArea           areas);
AcArea       _ac_checkin_editor_get_areas         (AcCheckinEditor *self);
void         _ac_checkin_editor_set_symptoms      (AcCheckinEditor *self,
                                                   AcSymptom        symptoms);
AcSymptom    _ac_checkin_editor_get_symptoms      (AcCheckinEditor *self);
void         _ac_checkin_editor_set_notes         (AcCheckinEditor *self,
                                                   const char      *notes);
char        *_ac_checkin_editor_get_notes         (AcCheckinEditor *self);
GtkWidget   *_ac_checkin_editor_get_notes_widget  (AcCheckinEditor *self);
GtkWidget   *_ac_checkin_editor_get_field         (AcCheckinEditor *self,
                                                   const char      *name);
const char  *_ac_checkin_editor_get_editing_note  (AcCheckinEditor *self);
const char  *_ac_checkin_editor_get_red_flag_note (AcCheckinEditor *self);
gboolean     _ac_checkin_editor_can_save          (AcCheckinEditor *self);
gboolean     _ac_checkin_editor_save              (AcCheckinEditor *self);
const char  *_ac_checkin_editor_get_error         (AcCheckinEditor *self);

G_END_DECLS
