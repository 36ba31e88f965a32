/* ac-undo-stack-private.h — what the undo stack's files and the keeper share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-undo-stack.h"

G_BEGIN_DECLS

/* A record as it was before a step and as the step left it: %NULL before
 * for a record added, %NULL after for one deleted. Both owned. */
typedef struct
{
  AcRecord *before;
  AcRecord *after;
} AcUndoPair;

/* One step: what one change, or one group of changes, did. */
typedef struct
{
  char       *label;
  guint       serial;
  GPtrArray  *pairs;            /* AcUndoPair, in the order first touched */
  GHashTable *by_id;            /* id → AcUndoPair, while the step is open */
  AcProfile  *profile_before;   /* both %NULL unless the profile changed */
  AcProfile  *profile_after;
  gboolean    profile_changed;
} AcUndoStep;

/* ac-undo-step.c */
AcUndoStep *_ac_undo_step_new             (void);
void        _ac_undo_step_free            (AcUndoStep  *step);
void        _ac_undo_step_add_record      (AcUndoStep  *step,
                                           AcRecord    *before,
                                           AcRecord    *after);
void        _ac_undo_step_add_profile     (AcUndoStep  *step,
                                           AcProfile   *before,
                                           AcProfile   *after);
gboolean    _ac_undo_step_close           (AcUndoStep  *step,
                                           const char  *label);
char       *_ac_undo_step_describe_record (AcRecord    *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcUndoStep, _ac_undo_step_free)

/* For the keeper: changes merged in from another writer are not steps. */
void        _ac_undo_stack_set_recording  (AcUndoStack *self,
                                           gboolean     recording);

G_END_DECLS
