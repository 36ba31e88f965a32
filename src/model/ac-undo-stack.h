/* ac-undo-stack.h — every change to the journal, to take back and make again
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_UNDO_STACK (ac_undo_stack_get_type ())
#define AC_UNDO_ERROR (ac_undo_error_quark ())

/**
 * AcUndoError:
 * @AC_UNDO_ERROR_NOTHING: there is no step to undo, or to redo
 * @AC_UNDO_ERROR_CHANGED_ELSEWHERE: another program changed a record of the
 *   step since; the message names the record, and the step is dropped
 */
typedef enum
{
  AC_UNDO_ERROR_NOTHING,
  AC_UNDO_ERROR_CHANGED_ELSEWHERE,
} AcUndoError;

G_DECLARE_FINAL_TYPE (AcUndoStack, ac_undo_stack, AC, UNDO_STACK, GObject)

GQuark       ac_undo_error_quark                (void);

AcUndoStack *ac_undo_stack_new                  (void);
AcJournal   *ac_undo_stack_get_journal          (AcUndoStack  *self);
void         ac_undo_stack_set_journal          (AcUndoStack  *self,
                                                 AcJournal    *journal);
gboolean     ac_undo_stack_get_can_undo         (AcUndoStack  *self);
gboolean     ac_undo_stack_get_can_redo         (AcUndoStack  *self);
const char  *ac_undo_stack_get_undo_label       (AcUndoStack  *self);
const char  *ac_undo_stack_get_redo_label       (AcUndoStack  *self);
guint        ac_undo_stack_get_undo_serial      (AcUndoStack  *self);
AcSymptom    ac_undo_stack_get_dropped_symptoms (AcUndoStack  *self,
                                                 gboolean      undo);
void         ac_undo_stack_begin_group          (AcUndoStack  *self,
                                                 const char   *label);
void         ac_undo_stack_end_group            (AcUndoStack  *self);
char        *ac_undo_stack_undo                 (AcUndoStack  *self,
                                                 GError      **error);
char        *ac_undo_stack_redo                 (AcUndoStack  *self,
                                                 GError      **error);
void         ac_undo_stack_clear                (AcUndoStack  *self);

G_END_DECLS
