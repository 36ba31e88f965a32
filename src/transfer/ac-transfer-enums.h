/* ac-transfer-enums.h — the vocabularies of export and import
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* As in ac-enums.h, the nicks glib-mkenums derives from these names are
 * the words of aftercare-cli: "csv", "letter", "not-importable". */

/**
 * AcTransferFormat:
 * @AC_TRANSFER_FORMAT_CSV: a spreadsheet of sessions and check-ins
 * @AC_TRANSFER_FORMAT_ICS: an iCalendar file of sessions, for calendars
 * @AC_TRANSFER_FORMAT_JSON: an Aftercare journal file, as a backup
 * @AC_TRANSFER_FORMAT_PDF: a report for a therapist or a doctor (export only)
 *
 * The kinds of file Aftercare writes and reads.
 */
typedef enum
{
  AC_TRANSFER_FORMAT_CSV,
  AC_TRANSFER_FORMAT_ICS,
  AC_TRANSFER_FORMAT_JSON,
  AC_TRANSFER_FORMAT_PDF,
} AcTransferFormat;

/**
 * AcPaper:
 * @AC_PAPER_A4: 210 × 297 mm
 * @AC_PAPER_LETTER: 8.5 × 11 in
 *
 * The paper sizes of the PDF report.
 */
typedef enum
{
  AC_PAPER_A4,
  AC_PAPER_LETTER,
} AcPaper;

/**
 * AcImportKind:
 * @AC_IMPORT_KIND_SESSION: a session
 * @AC_IMPORT_KIND_CHECKIN: a check-in
 * @AC_IMPORT_KIND_PROFILE: the health profile: its screening conditions
 *   and areas to avoid, or its notes for a therapist
 * @AC_IMPORT_KIND_CLEARANCE: a clearance (a symptom or hold rule checked)
 *
 * What an import candidate would add.
 */
typedef enum
{
  AC_IMPORT_KIND_SESSION,
  AC_IMPORT_KIND_CHECKIN,
  AC_IMPORT_KIND_PROFILE,
  AC_IMPORT_KIND_CLEARANCE,
} AcImportKind;

#define AC_N_IMPORT_KINDS 4

/**
 * AcImportStatus:
 * @AC_IMPORT_STATUS_NEW: not in the journal: it is added
 * @AC_IMPORT_STATUS_DUPLICATE: already in the journal: nothing to do
 * @AC_IMPORT_STATUS_CONFLICT: the journal holds a different version (same
 *   id, or a check-in for the same day): the journal's is kept unless the
 *   candidate is selected, and then the candidate replaces it
 * @AC_IMPORT_STATUS_NOT_IMPORTABLE: the file's record breaks a rule of the
 *   journal, such as an event longer than 600 minutes; the reason says which
 *
 * How an import candidate stands against the journal.
 */
typedef enum
{
  AC_IMPORT_STATUS_NEW,
  AC_IMPORT_STATUS_DUPLICATE,
  AC_IMPORT_STATUS_CONFLICT,
  AC_IMPORT_STATUS_NOT_IMPORTABLE,
} AcImportStatus;

#define AC_N_IMPORT_STATUSES 4

const char *ac_transfer_format_to_string      (AcTransferFormat  format);
gboolean    ac_transfer_format_from_string    (const char       *word,
                                               AcTransferFormat *format);
const char *ac_transfer_format_get_label      (AcTransferFormat  format);
const char *ac_transfer_format_get_extension  (AcTransferFormat  format);
const char *ac_transfer_format_get_mime_type  (AcTransferFormat  format);
gboolean    ac_transfer_format_for_filename   (const char       *filename,
                                               AcTransferFormat *format);

const char *ac_paper_to_string                (AcPaper           paper);
gboolean    ac_paper_from_string              (const char       *word,
                                               AcPaper          *paper);
const char *ac_paper_get_label                (AcPaper           paper);
void        ac_paper_get_size                 (AcPaper           paper,
                                               double           *width,
                                               double           *height);
AcPaper     ac_paper_get_default              (void);

const char *ac_import_status_to_string        (AcImportStatus    status);
const char *ac_import_status_get_label        (AcImportStatus    status);

G_END_DECLS
