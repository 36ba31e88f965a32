/* ac-session-editor-private.h — the session editor's parts, shared by its
 * files, and what the tests drive it with
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-body-map.h"
#include "ac-date-button.h"
#include "ac-editor-common-private.h"
#include "ac-name-completion.h"
#include "ac-session-editor.h"

G_BEGIN_DECLS

struct _AcSessionEditor
{
  AdwWindow         parent_instance;

  GtkWidget        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwActionRow     *date_row;
  AcDateButton     *date_button;
  AdwActionRow     *time_row;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  AdwActionRow     *minutes_row;
  GtkSpinButton    *minutes_spin;
  AdwActionRow     *planned_row;
  GtkSwitch        *planned_switch;
  GtkToggleButton  *light_toggle;
  GtkToggleButton  *moderate_toggle;
  GtkToggleButton  *deep_toggle;
  AdwComboRow      *purpose_row;
  AdwEntryRow      *therapist_row;
  AdwComboRow      *felt_row;
  AdwEntryRow      *price_row;
  AdwPreferencesGroup *areas_group;
  AcBodyMap        *area_map;
  GtkRevealer      *avoid_revealer;
  GtkLabel         *avoid_label;
  GtkFrame         *notes_frame;
  GtkTextView      *notes_view;
  GtkLabel         *notes_counter;

  AcContext        *context;
  AcJournal        *journal;   /* the context's when the editor opened */
  AcSession        *session;
  GTimeZone        *zone;
  AcNameCompletion *therapist_completion;
  AcEditorMessage   message;
  gboolean          valid;

  guint             loading : 1;
  guint             planned_by_user : 1;
  guint             future : 1;
};

/* The form, in ac-session-editor.c */
void         _ac_session_editor_update_state          (AcSessionEditor *self);
void         _ac_session_editor_set_future            (AcSessionEditor *self,
                                                       gboolean         future);

/* When: the date, the start time, the length and whether it is planned,
 * in ac-session-editor-fields.c */
void         _ac_session_editor_fields_class_init     (GtkWidgetClass  *widget_class);
void         _ac_session_editor_fields_init           (AcSessionEditor *self);
void         _ac_session_editor_load_when             (AcSessionEditor *self);
void         _ac_session_editor_set_default_day       (AcSessionEditor *self,
                                                       const GDate     *day);
GDateTime   *_ac_session_editor_get_start             (AcSessionEditor *self);
int          _ac_session_editor_get_length            (AcSessionEditor *self);
gboolean     _ac_session_editor_check_spins           (AcSessionEditor *self,
                                                       char           **message,
                                                       GtkWidget      **widget);
void         _ac_session_editor_take_spin_texts       (AcSessionEditor *self);
void         _ac_session_editor_update_planned        (AcSessionEditor *self);

/* The warning under the map, or NULL; for the tests too */
char        *_ac_session_editor_dup_avoid_warning     (AcSessionEditor *self);

/* Kept for the tests: no person can save a form the editor refuses. */
gboolean     _ac_session_editor_save                  (AcSessionEditor *self);

G_END_DECLS
