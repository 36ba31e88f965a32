/* ac-exporter.h — writes the journal as CSV, iCalendar, JSON or a PDF report
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-clock.h"
#include "ac-journal.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_EXPORTER (ac_exporter_get_type ())

G_DECLARE_FINAL_TYPE (AcExporter, ac_exporter, AC, EXPORTER, GObject)

AcExporter       *ac_exporter_new          (AcTransferFormat      format,
                                            AcClock              *clock);
AcTransferFormat  ac_exporter_get_format   (AcExporter           *self);
void              ac_exporter_set_range    (AcExporter           *self,
                                            const GDate          *from,
                                            const GDate          *to);
void              ac_exporter_get_range    (AcExporter           *self,
                                            GDate                *from,
                                            GDate                *to);
AcPaper           ac_exporter_get_paper    (AcExporter           *self);
void              ac_exporter_set_paper    (AcExporter           *self,
                                            AcPaper               paper);
void              ac_exporter_set_today    (AcExporter           *self,
                                            const GDate          *today);
double            ac_exporter_get_progress (AcExporter           *self);

GBytes           *ac_exporter_export       (AcExporter           *self,
                                            AcJournal            *journal,
                                            GCancellable         *cancellable,
                                            GError              **error);
gboolean          ac_exporter_write        (AcExporter           *self,
                                            AcJournal            *journal,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GError              **error);
void              ac_exporter_write_async  (AcExporter           *self,
                                            AcJournal            *journal,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean          ac_exporter_write_finish (AcExporter           *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
