/* ac-export-csv.c — the journal as a spreadsheet
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV format
 * ==============
 *
 * One table holds both kinds of record, told apart by the `kind` column,
 * with the union of their fields, so that a spreadsheet can sort and filter
 * it as one list. The first row names the columns:
 *
 *   kind,id,start,date,minutes,pressure,purpose,therapist,areas,planned,
 *   soreness,symptoms,notes,felt,price,stress,sleep
 *
 * - kind      `session` or `checkin`
 * - id        the record's UUID (may be left empty in a file made by hand:
 *             the importer then derives one from the row, so importing the
 *             same file twice still finds duplicates)
 * - start     sessions: ISO 8601 date-time with its offset,
 *             2026-11-20T18:30:00+01:00
 * - date      check-ins: ISO 8601 date, 2026-11-21
 * - minutes, pressure, purpose, therapist, planned (`true`/`false`):
 *             sessions only
 * - soreness (0–10), symptoms: check-ins only
 * - areas     both; words of the journal format separated by `;`
 *             (neck;shoulders), as are symptoms
 * - notes     both
 * - felt (0–10), price ("60.00 EUR"): sessions only; stress, sleep
 *             (0–10): check-ins only; all four optional (format 2 of the
 *             journal), empty when not told. They come last, so files
 *             written before them read the same.
 *
 * A field that does not belong to the row's kind is empty. Every value
 * follows the rules of the journal format (DESIGN.md). Sessions come
 * first, by start, then check-ins, by date.
 *
 * The text is UTF-8 without a byte order mark, rows end in CRLF, and
 * fields are quoted as RFC 4180 says: a field holding a comma, a quote, a
 * CR or an LF (or starting or ending with a space, which some programs
 * would trim) is put in double quotes, with its quotes doubled. Notes keep
 * their line breaks inside the quotes.
 *
 * The importer (ac-import-csv.c) reads this, with the columns in any
 * order, LF row ends as well, and a UTF-8 byte order mark (spreadsheets
 * add one).
 */

#define G_LOG_DOMAIN "ac-export-csv"

#include "config.h"

#include <string.h>

#include "ac-enum-types.h"
#include "ac-transfer-private.h"

const char * const _ac_csv_columns[] = {
  "kind", "id", "start", "date", "minutes", "pressure", "purpose",
  "therapist", "areas", "planned", "soreness", "symptoms", "notes",
  "felt", "price", "stress", "sleep", NULL
};

/* An optional 0–10 value as a field: empty when not told. */
static char *
scale_field (int value)
{
  return value == AC_SCALE_UNSET ? NULL : g_strdup_printf ("%d", value);
}

static gboolean
needs_quotes (const char *field)
{
  gsize length = strlen (field);

  return strpbrk (field, ",\"\r\n") != NULL ||
         (length > 0 && (field[0] == ' ' || field[length - 1] == ' '));
}

static void
append_field (GString    *out,
              const char *field,
              gboolean    last)
{
  if (field == NULL)
    field = "";

  if (needs_quotes (field))
    {
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, field);

  g_string_append (out, last ? "\r\n" : ",");
}

static void
append_row (GString    *out,
            const char *fields[])
{
  for (guint i = 0; _ac_csv_columns[i] != NULL; i++)
    append_field (out, fields[i], _ac_csv_columns[i + 1] == NULL);
}

static void
append_session (GString   *out,
                AcSession *session)
{
  g_autofree char *start = _ac_transfer_format_start (ac_session_get_start (session));
  g_autofree char *minutes = g_strdup_printf ("%d", ac_session_get_minutes (session));
  g_autofree char *areas = _ac_transfer_flags_to_words (AC_TYPE_AREA, ac_session_get_areas (session));
  g_autofree char *felt = scale_field (ac_session_get_felt (session));
  const char *fields[] = {
    "session",
    ac_session_get_id (session),
    start,
    NULL,
    minutes,
    ac_pressure_to_string (ac_session_get_pressure (session)),
    ac_purpose_to_string (ac_session_get_purpose (session)),
    ac_session_get_therapist (session),
    areas,
    ac_session_get_planned (session) ? "true" : "false",
    NULL,
    NULL,
    ac_session_get_notes (session),
    felt,
    ac_session_get_price (session),
    NULL,
    NULL,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (_ac_csv_columns) - 1);
  append_row (out, fields);
}

static void
append_checkin (GString   *out,
                AcCheckin *checkin)
{
  g_autofree char *date = ac_date_format_iso (ac_checkin_get_date (checkin));
  g_autofree char *soreness = g_strdup_printf ("%d", ac_checkin_get_soreness (checkin));
  g_autofree char *areas = _ac_transfer_flags_to_words (AC_TYPE_AREA, ac_checkin_get_areas (checkin));
  g_autofree char *symptoms = _ac_transfer_flags_to_words (AC_TYPE_SYMPTOM, ac_checkin_get_symptoms (checkin));
  g_autofree char *stress = scale_field (ac_checkin_get_stress (checkin));
  g_autofree char *sleep = scale_field (ac_checkin_get_sleep (checkin));
  const char *fields[] = {
    "checkin",
    ac_checkin_get_id (checkin),
    NULL,
    date,
    NULL,
    NULL,
    NULL,
    NULL,
    areas,
    NULL,
    soreness,
    symptoms,
    ac_checkin_get_notes (checkin),
    NULL,
    NULL,
    stress,
    sleep,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (_ac_csv_columns) - 1);
  append_row (out, fields);
}

/**
 * _ac_export_csv:
 * @progress: (nullable): where to report progress and find cancellation
 *
 * Returns: (transfer full) (nullable): the CSV text, or %NULL if cancelled
 */
GBytes *
_ac_export_csv (AcJournalSnapshot  *snapshot,
                AcProgress         *progress,
                GError            **error)
{
  g_autoptr(GString) out = g_string_sized_new (64 + 160 * (snapshot->sessions->len +
                                                          snapshot->checkins->len));
  guint total = snapshot->sessions->len + snapshot->checkins->len;
  guint done = 0;

  append_row (out, (const char **) _ac_csv_columns);

  for (guint i = 0; i < snapshot->sessions->len; i++, done++)
    {
      if (done % 256 == 0 && !_ac_progress_update (progress, (double) done / total, error))
        return NULL;
      append_session (out, g_ptr_array_index (snapshot->sessions, i));
    }

  for (guint i = 0; i < snapshot->checkins->len; i++, done++)
    {
      if (done % 256 == 0 && !_ac_progress_update (progress, (double) done / total, error))
        return NULL;
      append_checkin (out, g_ptr_array_index (snapshot->checkins, i));
    }

  if (!_ac_progress_update (progress, 1.0, error))
    return NULL;

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
