/* ac-importer.h — reads a CSV, iCalendar or JSON file into an import plan
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-import-candidate.h"
#include "ac-import-plan.h"
#include "ac-clock.h"
#include "ac-journal.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_IMPORTER (ac_importer_get_type ())

G_DECLARE_FINAL_TYPE (AcImporter, ac_importer, AC, IMPORTER, GObject)

AcImporter    *ac_importer_new          (AcClock              *clock);
void           ac_importer_set_format   (AcImporter           *self,
                                         AcTransferFormat      format);
gboolean       ac_importer_get_format   (AcImporter           *self,
                                         AcTransferFormat     *format);
double         ac_importer_get_progress (AcImporter           *self);

AcImportPlan  *ac_importer_read         (AcImporter           *self,
                                         GFile                *file,
                                         AcJournal            *journal,
                                         GCancellable         *cancellable,
                                         GError              **error);
void           ac_importer_read_async   (AcImporter           *self,
                                         GFile                *file,
                                         AcJournal            *journal,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AcImportPlan  *ac_importer_read_finish  (AcImporter           *self,
                                         GAsyncResult         *result,
                                         GError              **error);
AcImportPlan  *ac_importer_read_bytes   (AcImporter           *self,
                                         GBytes               *bytes,
                                         const char           *name,
                                         AcJournal            *journal,
                                         GCancellable         *cancellable,
                                         GError              **error);

G_END_DECLS
