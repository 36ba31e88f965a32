/* ac-import-private.h — what the importer, its parsers and its plan share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-import-candidate.h"
#include "ac-import-plan.h"
#include "ac-transfer-private.h"

G_BEGIN_DECLS

AcImportCandidate *_ac_import_candidate_new_session   (AcSession          *session,
                                                       const char         *source,
                                                       gboolean            from_calendar);
AcImportCandidate *_ac_import_candidate_new_checkin   (AcCheckin          *checkin,
                                                       const char         *source);
AcImportCandidate *_ac_import_candidate_new_clearance (AcClearance        *clearance,
                                                       const char         *source);
AcImportCandidate *_ac_import_candidate_new_profile   (AcCondition         conditions,
                                                       AcArea              avoid_areas,
                                                       const char         *source);
AcImportCandidate *_ac_import_candidate_new_therapist_notes (const char   *notes,
                                                       const char         *source);
AcImportCandidate *_ac_import_candidate_new_rejected  (AcImportKind        kind,
                                                       const char         *source,
                                                       const char         *reason);
void               _ac_import_candidate_set_note      (AcImportCandidate  *self,
                                                       const char         *note);
gboolean           _ac_import_candidate_is_rejected   (AcImportCandidate  *self);
gboolean           _ac_import_candidate_get_from_calendar (AcImportCandidate *self);
AcCondition        _ac_import_candidate_get_file_conditions (AcImportCandidate *self);
AcArea             _ac_import_candidate_get_file_avoid_areas (AcImportCandidate *self);
void               _ac_import_candidate_set_avoid_areas (AcImportCandidate *self,
                                                       AcArea              avoid_areas);
void               _ac_import_candidate_classify      (AcImportCandidate  *self,
                                                       AcImportStatus      status,
                                                       const char         *reason,
                                                       GObject            *existing,
                                                       AcCondition         conditions);

/* The parsers: the bytes of a file to candidates, in the file's order.
 * @name is the file's name, for messages. A file that breaks the format
 * is an error naming the line; the journal is not looked at. */
GPtrArray         *_ac_import_csv                     (const char         *data,
                                                       gsize               length,
                                                       const char         *name,
                                                       AcProgress         *progress,
                                                       GError            **error);
GPtrArray         *_ac_import_ics                     (const char         *data,
                                                       gsize               length,
                                                       const char         *name,
                                                       GDateTime          *now,
                                                       AcProgress         *progress,
                                                       GError            **error);

AcImportPlan      *_ac_import_plan_new                (GPtrArray          *candidates,
                                                       AcTransferFormat    format,
                                                       const char         *name,
                                                       AcJournal          *journal);

G_END_DECLS
