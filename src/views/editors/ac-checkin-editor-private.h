/* ac-checkin-editor-private.h — the check-in editor's parts, shared by its
 * files, and what the tests drive it with
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-body-map.h"
#include "ac-checkin-editor.h"
#include "ac-date-button.h"
#include "ac-editor-common-private.h"

G_BEGIN_DECLS

struct _AcCheckinEditor
{
  AdwWindow            parent_instance;

  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwActionRow        *date_row;
  AcDateButton        *date_button;
  GtkWidget           *soreness_row;
  GtkLabel            *soreness_value;
  GtkLabel            *band_label;
  GtkScale            *soreness_scale;
  AcBodyMap           *area_map;
  AdwPreferencesGroup *symptoms_group;
  GtkRevealer         *red_flag_revealer;
  GtkImage            *red_flag_icon;
  GtkLabel            *red_flag_label;
  GtkFrame            *notes_frame;
  GtkTextView         *notes_view;
  GtkLabel            *notes_counter;

  GPtrArray           *symptom_checks;

  AcContext           *context;
  AcJournal           *journal;   /* the context's when the editor opened */
  AcCheckin           *checkin;
  char                *editing_note;
  AcEditorMessage      message;
  gboolean             valid;

  AdwExpanderRow      *wellbeing_expander;
  AdwComboRow         *stress_row;
  AdwComboRow         *sleep_row;

  guint                loading : 1;
  guint                opened_as_new : 1;  /* by ac_checkin_editor_new() */
};

/* The warning signs, in ac-checkin-editor-symptoms.c */
void         _ac_checkin_editor_add_symptom_rows  (AcCheckinEditor *self,
                                                   GCallback        changed);
AcSymptom    _ac_checkin_editor_read_symptoms     (AcCheckinEditor *self);
void         _ac_checkin_editor_check_symptoms    (AcCheckinEditor *self,
                                                   AcSymptom        symptoms);
void         _ac_checkin_editor_update_red_flags  (AcCheckinEditor *self);
AcSymptom    _ac_checkin_editor_get_dropped       (AcCheckinEditor *self);
void         _ac_checkin_editor_ask_drop          (AcCheckinEditor *self,
                                                   AcSymptom        dropped);
gboolean     _ac_checkin_editor_record_checked    (AcCheckinEditor *self,
                                                   AcSymptom        symptoms);

/* Kept for the tests: no person can save a form the editor refuses. */
gboolean     _ac_checkin_editor_save              (AcCheckinEditor *self);
gboolean     _ac_checkin_editor_save_full         (AcCheckinEditor *self,
                                                   gboolean         drop_symptoms);

G_END_DECLS
