/* ac-record.c — checks that sessions and check-ins share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-error.h"
#include "ac-record-private.h"

/* "sessions[3]" + "minutes" → "sessions[3].minutes"; no path → "minutes". */
char *
_ac_field_path (const char *path,
                const char *field)
{
  if (path == NULL || path[0] == '\0')
    return g_strdup (field);
  return g_strconcat (path, ".", field, NULL);
}

/* Ids are UUIDs, which RFC 4122 compares without case: a file, a CLI
 * argument or an import may write them in capitals. Hash and equality for
 * tables of ids. */
guint
_ac_id_hash (gconstpointer id)
{
  guint hash = 5381;

  for (const char *p = id; *p != '\0'; p++)
    hash = hash * 33 + (guint) g_ascii_tolower (*p);
  return hash;
}

gboolean
_ac_id_equal (gconstpointer a,
              gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

gboolean
_ac_validate_id (const char  *id,
                 const char  *path,
                 GError     **error)
{
  if (id == NULL || !g_uuid_string_is_valid (id))
    {
      g_autofree char *where = _ac_field_path (path, "id");

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: “%s” is not a UUID"), where, id ? id : "");
      return FALSE;
    }

  return TRUE;
}

gboolean
_ac_validate_text (const char  *text,
                   const char  *path,
                   const char  *field,
                   GError     **error)
{
  g_autofree char *where = NULL;
  glong n_chars;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      where = _ac_field_path (path, field);
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: is not valid UTF-8 text"), where);
      return FALSE;
    }

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > AC_TEXT_MAX_CHARS)
    {
      where = _ac_field_path (path, field);
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: %ld characters is more than the %d allowed"),
                   where, n_chars, AC_TEXT_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

/* Years of four digits keep dates unambiguous in the file. */
gboolean
_ac_validate_year (int          year,
                   const char  *path,
                   const char  *field,
                   GError     **error)
{
  if (year < AC_YEAR_MIN || year > AC_YEAR_MAX)
    {
      g_autofree char *where = _ac_field_path (path, field);

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: year %d is out of range %d–%d"),
                   where, year, AC_YEAR_MIN, AC_YEAR_MAX);
      return FALSE;
    }

  return TRUE;
}
