/* ac-export-dialog-private.h — what the tests drive in the export dialog
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-export-dialog.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

typedef enum
{
  AC_EXPORT_PERIOD_3_MONTHS,
  AC_EXPORT_PERIOD_YEAR,
  AC_EXPORT_PERIOD_ALL,
  AC_EXPORT_PERIOD_CUSTOM,
} AcExportPeriod;

/* Kept for the tests: export to @file as if chosen in the file chooser,
 * which a test cannot drive; stop it as the progress page's Cancel
 * button does (it has no id to find it by); and whether it is under way
 * (once the dialog is closed, nothing on screen says so). */
void        _ac_export_dialog_export_to   (AcExportDialog   *self,
                                           GFile            *file);
void        _ac_export_dialog_cancel      (AcExportDialog   *self);
gboolean    _ac_export_dialog_get_busy    (AcExportDialog   *self);

G_END_DECLS
