/* ac-transfer-test.h — what the export and import tests share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-exporter.h"
#include "ac-importer.h"

G_BEGIN_DECLS

AcClock      *ac_transfer_test_clock_new      (void);
AcJournal    *ac_transfer_test_journal_new    (void);
AcJournal    *ac_transfer_test_fixture_new    (void);
char         *ac_transfer_test_export         (AcJournal        *journal,
                                               AcTransferFormat  format,
                                               gsize            *length);
AcImportPlan *ac_transfer_test_read           (AcJournal        *journal,
                                               const char       *text,
                                               gssize            length,
                                               const char       *name,
                                               GError          **error);
AcJournal    *ac_transfer_test_import         (const char       *text,
                                               gssize            length,
                                               const char       *name);
void          ac_transfer_test_assert_equal   (AcJournal        *a,
                                               AcJournal        *b);
guint         ac_transfer_test_count_status   (AcImportPlan     *plan,
                                               AcImportKind      kind,
                                               AcImportStatus    status);
AcImportCandidate *ac_transfer_test_candidate (AcImportPlan     *plan,
                                               guint             index);
char         *ac_transfer_test_data_path      (const char       *name);

G_END_DECLS
