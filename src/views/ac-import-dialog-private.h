/* ac-import-dialog-private.h — what the tests drive in the import dialog
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-import-dialog.h"
#include "ac-import-plan.h"

G_BEGIN_DECLS

void          _ac_import_dialog_open        (AcImportDialog *self,
                                             GFile          *file);
gboolean      _ac_import_dialog_get_busy    (AcImportDialog *self);
AcImportPlan *_ac_import_dialog_get_plan    (AcImportDialog *self);
const char   *_ac_import_dialog_get_message (AcImportDialog *self);
const char   *_ac_import_dialog_get_summary (AcImportDialog *self);
gboolean      _ac_import_dialog_apply       (AcImportDialog *self);

G_END_DECLS
