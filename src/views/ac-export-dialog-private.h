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

void        _ac_export_dialog_set_format  (AcExportDialog   *self,
                                           AcTransferFormat  format);
void        _ac_export_dialog_set_period  (AcExportDialog   *self,
                                           AcExportPeriod    period);
AcPaper     _ac_export_dialog_get_paper   (AcExportDialog   *self);
char       *_ac_export_dialog_suggest_name (AcExportDialog  *self);
void        _ac_export_dialog_export_to   (AcExportDialog   *self,
                                           GFile            *file);
void        _ac_export_dialog_cancel      (AcExportDialog   *self);
gboolean    _ac_export_dialog_get_busy    (AcExportDialog   *self);
const char *_ac_export_dialog_get_message (AcExportDialog   *self);

G_END_DECLS
