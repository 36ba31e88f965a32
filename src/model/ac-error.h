/* ac-error.h — the model's error domain
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define AC_JOURNAL_ERROR (ac_journal_error_quark ())

/**
 * AcJournalError:
 * @AC_JOURNAL_ERROR_INVALID: a value breaks a rule of the format; the message
 *   names the field and the rule
 * @AC_JOURNAL_ERROR_PARSE: the file is not JSON, or not a journal
 * @AC_JOURNAL_ERROR_NEWER_VERSION: the file was written by a newer Aftercare
 * @AC_JOURNAL_ERROR_READ_ONLY: the journal may not be saved
 * @AC_JOURNAL_ERROR_NOT_FOUND: no record has that id
 * @AC_JOURNAL_ERROR_CHANGED_ON_DISK: another program changed the file since
 *   it was read; reload before saving
 * @AC_JOURNAL_ERROR_IO: reading or writing the file failed
 * @AC_JOURNAL_ERROR_DROPS_SYMPTOMS: a check-in would replace one that lists
 *   a symptom it does not; the message names the symptoms and the date
 */
typedef enum
{
  AC_JOURNAL_ERROR_INVALID,
  AC_JOURNAL_ERROR_PARSE,
  AC_JOURNAL_ERROR_NEWER_VERSION,
  AC_JOURNAL_ERROR_READ_ONLY,
  AC_JOURNAL_ERROR_NOT_FOUND,
  AC_JOURNAL_ERROR_CHANGED_ON_DISK,
  AC_JOURNAL_ERROR_IO,
  AC_JOURNAL_ERROR_DROPS_SYMPTOMS,
} AcJournalError;

GQuark      ac_journal_error_quark       (void);

void        ac_journal_error_set_invalid (GError       **error,
                                          const char    *field,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (3, 4);
const char *ac_journal_error_get_field   (const GError  *error);
const char *ac_journal_error_get_rule    (const GError  *error);

/* For the codec, which words its messages itself. */
void        _ac_journal_error_set_data   (GError        *error,
                                          const char    *field,
                                          const char    *rule);

G_END_DECLS
