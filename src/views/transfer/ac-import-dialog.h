/* ac-import-dialog.h — importing a file into the journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_IMPORT_DIALOG (ac_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AcImportDialog, ac_import_dialog, AC, IMPORT_DIALOG, AdwWindow)

AcImportDialog *ac_import_dialog_new          (GtkWindow      *parent,
                                               AcContext      *context);
void            ac_import_dialog_open         (AcImportDialog *self,
                                               GFile          *file);
void            ac_import_dialog_choose_file  (AcImportDialog *self);

G_END_DECLS
