/* ac-import-plan.h — what an import would change, and applying it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-journal.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_IMPORT_PLAN (ac_import_plan_get_type ())

G_DECLARE_FINAL_TYPE (AcImportPlan, ac_import_plan, AC, IMPORT_PLAN, GObject)

GListModel       *ac_import_plan_get_candidates   (AcImportPlan  *self);
AcTransferFormat  ac_import_plan_get_format       (AcImportPlan  *self);
const char       *ac_import_plan_get_source_name  (AcImportPlan  *self);
guint             ac_import_plan_count            (AcImportPlan  *self,
                                                   AcImportStatus status);
guint             ac_import_plan_count_selected   (AcImportPlan  *self);
guint             ac_import_plan_count_kind       (AcImportPlan  *self,
                                                   AcImportKind   kind,
                                                   gboolean       selected_only);
char             *ac_import_plan_describe_kinds   (AcImportPlan  *self,
                                                   gboolean       selected_only);
void              ac_import_plan_classify         (AcImportPlan  *self,
                                                   AcJournal     *journal);
gboolean          ac_import_plan_apply            (AcImportPlan  *self,
                                                   AcJournal     *journal,
                                                   guint         *n_changed,
                                                   GError       **error);

G_END_DECLS
