/* ac-import-candidate.h — one record an import would add
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-checkin.h"
#include "ac-clearance.h"
#include "ac-session.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_IMPORT_CANDIDATE (ac_import_candidate_get_type ())

G_DECLARE_FINAL_TYPE (AcImportCandidate, ac_import_candidate, AC, IMPORT_CANDIDATE, GObject)

AcImportKind    ac_import_candidate_get_kind            (AcImportCandidate *self);
AcImportStatus  ac_import_candidate_get_status          (AcImportCandidate *self);
const char     *ac_import_candidate_get_source          (AcImportCandidate *self);
const char     *ac_import_candidate_get_reason          (AcImportCandidate *self);
const char     *ac_import_candidate_get_note            (AcImportCandidate *self);
AcSession      *ac_import_candidate_get_session         (AcImportCandidate *self);
AcCheckin      *ac_import_candidate_get_checkin         (AcImportCandidate *self);
AcClearance    *ac_import_candidate_get_clearance       (AcImportCandidate *self);
AcCondition     ac_import_candidate_get_conditions      (AcImportCandidate *self);
AcArea          ac_import_candidate_get_avoid_areas     (AcImportCandidate *self);
const char     *ac_import_candidate_get_therapist_notes (AcImportCandidate *self);
GObject        *ac_import_candidate_get_existing        (AcImportCandidate *self);
gboolean        ac_import_candidate_get_can_select      (AcImportCandidate *self);
gboolean        ac_import_candidate_get_selected        (AcImportCandidate *self);
void            ac_import_candidate_set_selected        (AcImportCandidate *self,
                                                         gboolean           selected);
gboolean        ac_import_candidate_get_planned         (AcImportCandidate *self);
void            ac_import_candidate_set_planned         (AcImportCandidate *self,
                                                         gboolean           planned);

G_END_DECLS
