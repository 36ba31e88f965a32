/* ac-error.c — the model's error domain
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-error"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-error.h"

/* An error about a value carries, besides its message, the field it is
 * about ("sessions[3].minutes") and the rule it breaks ("0 is out of range
 * 1–600") as data: the editors mark the field and the codec finds its
 * line from them, and nothing parses a translated message, which a
 * translation may word in any order. */

typedef struct
{
  char *field;
  char *rule;
} AcJournalErrorPrivate;

/* GLib hands these the error's private data, never NULL; the checks are
 * for the compiler, which cannot know that. */
static void
ac_journal_error_private_init (AcJournalErrorPrivate *priv)
{
  if (priv == NULL)
    return;
  priv->field = NULL;
  priv->rule = NULL;
}

static void
ac_journal_error_private_copy (const AcJournalErrorPrivate *src,
                               AcJournalErrorPrivate       *dest)
{
  if (src == NULL || dest == NULL)
    return;
  dest->field = g_strdup (src->field);
  dest->rule = g_strdup (src->rule);
}

static void
ac_journal_error_private_clear (AcJournalErrorPrivate *priv)
{
  if (priv == NULL)
    return;
  g_clear_pointer (&priv->field, g_free);
  g_clear_pointer (&priv->rule, g_free);
}

/* The private data lives only in errors of this domain. */
G_DEFINE_EXTENDED_ERROR (AcJournalError, ac_journal_error)

/**
 * ac_journal_error_set_invalid:
 * @field: (nullable): the path of the field the value is in, such as
 *   "sessions[3].minutes" or "notes", or %NULL when none applies
 * @format: the rule the value breaks, printf-style, without the field
 *
 * Sets @error to %AC_JOURNAL_ERROR_INVALID with the message
 * "FIELD: RULE" and the field and the rule as data.
 */
void
ac_journal_error_set_invalid (GError     **error,
                              const char  *field,
                              const char  *format,
                              ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);

  if (field != NULL)
    /* Translators: a field's path ("sessions[3].minutes"), then the rule
     * its value breaks ("0 is out of range 1–600") */
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID, _("%s: %s"), field, rule);
  else
    g_set_error_literal (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID, rule);

  _ac_journal_error_set_data (*error, field, rule);
}

/* Gives @error, of this domain, @field and @rule as its data, whatever
 * its message says (the codec adds the file and the line). */
void
_ac_journal_error_set_data (GError     *error,
                            const char *field,
                            const char *rule)
{
  AcJournalErrorPrivate *priv;

  g_return_if_fail (error != NULL && error->domain == AC_JOURNAL_ERROR);

  priv = ac_journal_error_get_private (error);
  g_return_if_fail (priv != NULL);

  g_free (priv->field);
  priv->field = g_strdup (field);
  g_free (priv->rule);
  priv->rule = g_strdup (rule);
}

/**
 * ac_journal_error_get_field:
 *
 * Returns: (nullable): the path of the field @error is about, or %NULL if
 *   it is about none, or is not an error of this domain
 */
const char *
ac_journal_error_get_field (const GError *error)
{
  AcJournalErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != AC_JOURNAL_ERROR)
    return NULL;
  priv = ac_journal_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}

/**
 * ac_journal_error_get_rule:
 *
 * Returns: (nullable): the rule the value breaks, without the field, or
 *   %NULL when @error does not say one
 */
const char *
ac_journal_error_get_rule (const GError *error)
{
  AcJournalErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != AC_JOURNAL_ERROR)
    return NULL;
  priv = ac_journal_error_get_private (error);
  return priv != NULL ? priv->rule : NULL;
}
