/* ac-export-dialog.h — exporting the journal to a file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_EXPORT_DIALOG (ac_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AcExportDialog, ac_export_dialog, AC, EXPORT_DIALOG, AdwWindow)

AcExportDialog *ac_export_dialog_new       (GtkWindow      *parent,
                                            AcContext      *context);

G_END_DECLS
