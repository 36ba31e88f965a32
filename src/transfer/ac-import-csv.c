/* ac-import-csv.c — reads the CSV that ac-export-csv.c writes
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is described at the top of ac-export-csv.c. The reader is as
 * strict as the journal loader: the first value that breaks a rule fails
 * the whole file, with a message naming the file, the line, the column and
 * the rule ("visits.csv: line 7: minutes: 0 is out of range 1–600"). Lines
 * are counted in the text, so a row whose notes hold line breaks starts on
 * the line its first field is on. Columns may come in any order; blank
 * lines are skipped.
 */

#define G_LOG_DOMAIN "ac-import-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-import-private.h"
#include "ac-record-private.h"

enum {
  COL_KIND, COL_ID, COL_START, COL_DATE, COL_MINUTES, COL_PRESSURE, COL_PURPOSE,
  COL_THERAPIST, COL_AREAS, COL_PLANNED, COL_SORENESS, COL_SYMPTOMS, COL_NOTES,
  COL_FELT, COL_PRICE, COL_STRESS, COL_SLEEP,
  N_COLUMNS
};

typedef struct
{
  const char *p;
  const char *end;
  const char *name;
  guint       line;   /* of p */
} Reader;

typedef enum
{
  READ_RECORD,
  READ_END,
  READ_FAILED,
} ReadResult;

/* A row: its fields in the file's column order, and where it starts. */
typedef struct
{
  GPtrArray *fields;
  guint      line;
  int        column[N_COLUMNS];  /* index in fields, or -1 */
} Row;

static ReadResult
fail (Reader      *r,
      guint        line,
      GError     **error,
      const char  *message)
{
  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
               _("%s: line %u: %s"), r->name, line, message);
  return READ_FAILED;
}

/* One record of RFC 4180, into @fields. */
static ReadResult
read_record (Reader     *r,
             GPtrArray  *fields,
             guint      *line,
             GError    **error)
{
  g_ptr_array_set_size (fields, 0);
  *line = r->line;

  if (r->p >= r->end)
    return READ_END;

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (r->p < r->end && *r->p == '"')
        {
          guint opened = r->line;

          r->p++;
          for (;;)
            {
              if (r->p >= r->end)
                return fail (r, opened, error,
                             _("a quoted field is not closed: a quote is missing"));
              if (*r->p == '"')
                {
                  if (r->p + 1 < r->end && r->p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      r->p += 2;
                      continue;
                    }
                  r->p++;
                  break;
                }
              if (*r->p == '\n')
                r->line++;
              g_string_append_c (field, *r->p++);
            }

          if (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
            return fail (r, r->line, error,
                         _("text follows the closing quote of a field; a quote inside "
                           "a quoted field is written twice"));
        }
      else
        {
          const char *start = r->p;

          while (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
            {
              if (*r->p == '"')
                return fail (r, r->line, error,
                             _("a quote inside a field that does not start with one; put "
                               "the field in quotes and write the quote twice"));
              r->p++;
            }
          g_string_append_len (field, start, r->p - start);
        }

      if (r->p < r->end && *r->p == '\r' && !(r->p + 1 < r->end && r->p[1] == '\n'))
        return fail (r, r->line, error, _("a carriage return that does not end the line"));

      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (r->p >= r->end)
        return READ_RECORD;
      if (*r->p == ',')
        {
          r->p++;
          continue;
        }

      r->p += *r->p == '\r' ? 2 : 1;
      r->line++;
      return READ_RECORD;
    }
}

/* An empty line, or one of empty fields as spreadsheets leave at the end. */
static gboolean
is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (((const char *) g_ptr_array_index (fields, i))[0] != '\0')
      return FALSE;

  return TRUE;
}

static gboolean
read_header (Reader     *r,
             GPtrArray  *fields,
             Row        *row,
             GError    **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    row->column[c] = -1;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *name = g_ascii_strdown (g_strstrip ((char *) g_ptr_array_index (fields, i)), -1);
      guint c;

      for (c = 0; c < N_COLUMNS && strcmp (_ac_csv_columns[c], name) != 0; c++)
        ;

      if (c == N_COLUMNS)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) _ac_csv_columns);
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a column of Aftercare's CSV format (%s)"), name, known);

          fail (r, row->line, error, message);
          return FALSE;
        }
      if (row->column[c] >= 0)
        {
          g_autofree char *message = g_strdup_printf (_("the column “%s” is there twice"), name);

          fail (r, row->line, error, message);
          return FALSE;
        }
      row->column[c] = i;
    }

  if (row->column[COL_KIND] < 0)
    {
      fail (r, row->line, error, _("the first line names no “kind” column: this is not a CSV "
                           "file from Aftercare"));
      return FALSE;
    }

  return TRUE;
}

static const char *
cell (Row   *row,
      guint  column)
{
  return row->column[column] >= 0 ? g_ptr_array_index (row->fields, row->column[column]) : "";
}

static gboolean
bad_value (Reader      *r,
           Row         *row,
           guint        column,
           GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (5, 6);

static gboolean
bad_value (Reader      *r,
           Row         *row,
           guint        column,
           GError     **error,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
               "%s: line %u: %s: %s", r->name, row->line, _ac_csv_columns[column], message);
  return FALSE;
}

static gboolean
check_required (Reader  *r,
                Row     *row,
                guint    column,
                GError **error)
{
  if (cell (row, column)[0] != '\0')
    return TRUE;
  if (row->column[column] < 0)
    return bad_value (r, row, column, error, _("missing: the file has no such column"));
  return bad_value (r, row, column, error, _("missing"));
}

/* The columns of the other kind must be empty. */
static gboolean
check_empty (Reader       *r,
             Row          *row,
             const guint  *columns,
             guint         n_columns,
             const char   *kind,
             GError      **error)
{
  for (guint i = 0; i < n_columns; i++)
    if (cell (row, columns[i])[0] != '\0')
      return bad_value (r, row, columns[i], error, _("must be empty for a %s"), kind);

  return TRUE;
}

static gboolean
read_int (Reader  *r,
          Row     *row,
          guint    column,
          int     *value,
          GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (cell (row, column)));
  gint64 number;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
    return bad_value (r, row, column, error, _("“%s” is not a whole number"), text);

  *value = (int) number;
  return TRUE;
}

static gboolean
read_flags (Reader  *r,
            Row     *row,
            guint    column,
            GType    flags_type,
            guint   *value,
            GError **error)
{
  g_autofree char *bad = NULL;

  if (!_ac_transfer_words_to_flags (flags_type, cell (row, column), value, &bad))
    {
      g_autofree char *all = ac_flags_to_words (flags_type, ac_flags_get_all (flags_type));

      return bad_value (r, row, column, error, _("“%s” is not one of: %s"), bad, all);
    }

  return TRUE;
}

/* An optional 0–10 column: empty is not told. The range is the model's. */
static gboolean
read_scale (Reader  *r,
            Row     *row,
            guint    column,
            int     *value,
            GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (cell (row, column)));

  *value = AC_SCALE_UNSET;
  if (text[0] == '\0')
    return TRUE;
  if (!read_int (r, row, column, value, error))
    return FALSE;
  /* -1 would be taken as not told. */
  if (*value < 0)
    return bad_value (r, row, column, error, _("%d is out of range 0–10"), *value);
  return TRUE;
}

/* The record's id, or one derived from the whole row when it is empty.
 * The columns that came with format 2 count only when filled, so a row
 * gets the id it got before they existed. */
static char *
row_id (Row *row)
{
  g_autoptr(GString) name = NULL;

  if (cell (row, COL_ID)[0] != '\0')
    return g_strstrip (g_strdup (cell (row, COL_ID)));

  name = g_string_new ("csv");
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c > COL_NOTES && cell (row, c)[0] == '\0')
        continue;
      g_string_append_c (name, '\x1f');
      g_string_append (name, cell (row, c));
    }
  return _ac_transfer_derive_id (name->str);
}

/* A rule of the journal broken by the row's record. */
static void
locate (Reader  *r,
        Row     *row,
        GError **error,
        GError  *local_error)
{
  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
               _("%s: line %u: %s"), r->name, row->line, local_error->message);
  g_error_free (local_error);
}

static AcImportCandidate *
read_session (Reader  *r,
              Row     *row,
              GError **error)
{
  static const guint other[] = { COL_DATE, COL_SORENESS, COL_SYMPTOMS, COL_STRESS, COL_SLEEP };
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *id = row_id (row);
  g_autofree char *source = g_strdup_printf (_("line %u"), row->line);
  g_autofree char *planned_text = g_strstrip (g_ascii_strdown (cell (row, COL_PLANNED), -1));
  GError *local_error = NULL;
  AcPressure pressure;
  AcPurpose purpose = AC_PURPOSE_OTHER;
  gboolean planned;
  guint areas;
  int minutes, felt;

  if (!check_empty (r, row, other, G_N_ELEMENTS (other), _("session"), error) ||
      !check_required (r, row, COL_START, error) ||
      !check_required (r, row, COL_MINUTES, error) ||
      !check_required (r, row, COL_PRESSURE, error))
    return NULL;

  if (!(start = _ac_transfer_parse_start (cell (row, COL_START))))
    {
      bad_value (r, row, COL_START, error,
                 _("“%s” is not an ISO 8601 date-time with an offset, such as 2026-11-20T18:30:00+01:00"),
                 cell (row, COL_START));
      return NULL;
    }
  if (!read_int (r, row, COL_MINUTES, &minutes, error))
    return NULL;
  if (!ac_pressure_from_string (cell (row, COL_PRESSURE), &pressure))
    {
      bad_value (r, row, COL_PRESSURE, error, _("“%s” is not one of: light, moderate, deep"),
                 cell (row, COL_PRESSURE));
      return NULL;
    }
  if (cell (row, COL_PURPOSE)[0] != '\0' && !ac_purpose_from_string (cell (row, COL_PURPOSE), &purpose))
    {
      bad_value (r, row, COL_PURPOSE, error,
                 _("“%s” is not one of: relaxation, social, sport, injury, other"),
                 cell (row, COL_PURPOSE));
      return NULL;
    }
  if (g_str_equal (planned_text, "true") || g_str_equal (planned_text, "yes") ||
      g_str_equal (planned_text, "1"))
    planned = TRUE;
  else if (g_str_equal (planned_text, "false") || g_str_equal (planned_text, "no") ||
           g_str_equal (planned_text, "0") || planned_text[0] == '\0')
    planned = FALSE;
  else
    {
      bad_value (r, row, COL_PLANNED, error, _("“%s” is not true or false"), cell (row, COL_PLANNED));
      return NULL;
    }
  if (!read_flags (r, row, COL_AREAS, AC_TYPE_AREA, &areas, error) ||
      !read_scale (r, row, COL_FELT, &felt, error))
    return NULL;

  session = ac_session_new (start, minutes, pressure);
  ac_session_set_felt (session, felt);
  ac_session_set_price (session, cell (row, COL_PRICE));
  ac_session_set_id (session, id);
  ac_session_set_purpose (session, purpose);
  ac_session_set_therapist (session, cell (row, COL_THERAPIST));
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);
  ac_session_set_notes (session, cell (row, COL_NOTES));

  if (!ac_session_validate (session, NULL, &local_error))
    {
      locate (r, row, error, local_error);
      return NULL;
    }

  return _ac_import_candidate_new_session (session, source, FALSE);
}

static AcImportCandidate *
read_checkin (Reader  *r,
              Row     *row,
              GError **error)
{
  static const guint other[] = {
    COL_START, COL_MINUTES, COL_PRESSURE, COL_PURPOSE, COL_THERAPIST, COL_PLANNED, COL_FELT, COL_PRICE
  };
  g_autoptr(AcCheckin) checkin = NULL;
  g_autofree char *id = row_id (row);
  g_autofree char *source = g_strdup_printf (_("line %u"), row->line);
  GError *local_error = NULL;
  guint areas, symptoms;
  int soreness, stress, sleep;
  GDate date;

  if (!check_empty (r, row, other, G_N_ELEMENTS (other), _("check-in"), error) ||
      !check_required (r, row, COL_DATE, error) ||
      !check_required (r, row, COL_SORENESS, error))
    return NULL;

  if (!ac_date_parse_iso (cell (row, COL_DATE), &date))
    {
      bad_value (r, row, COL_DATE, error, _("“%s” is not an ISO 8601 date, such as 2026-11-21"),
                 cell (row, COL_DATE));
      return NULL;
    }
  if (!read_int (r, row, COL_SORENESS, &soreness, error) ||
      !read_flags (r, row, COL_AREAS, AC_TYPE_AREA, &areas, error) ||
      !read_flags (r, row, COL_SYMPTOMS, AC_TYPE_SYMPTOM, &symptoms, error) ||
      !read_scale (r, row, COL_STRESS, &stress, error) ||
      !read_scale (r, row, COL_SLEEP, &sleep, error))
    return NULL;

  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_id (checkin, id);
  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_symptoms (checkin, symptoms);
  ac_checkin_set_stress (checkin, stress);
  ac_checkin_set_sleep (checkin, sleep);
  ac_checkin_set_notes (checkin, cell (row, COL_NOTES));

  if (!ac_checkin_validate (checkin, NULL, &local_error))
    {
      locate (r, row, error, local_error);
      return NULL;
    }

  return _ac_import_candidate_new_checkin (checkin, source);
}

/* Ids and check-in days must be unique in the file, as in a journal. */
static gboolean
check_unique (Reader             *r,
              Row                *row,
              AcImportCandidate  *candidate,
              GHashTable         *ids,
              GHashTable         *days,
              GError            **error)
{
  AcSession *session = ac_import_candidate_get_session (candidate);
  AcCheckin *checkin = ac_import_candidate_get_checkin (candidate);
  const char *id = session ? ac_session_get_id (session) : ac_checkin_get_id (checkin);
  guint other;

  if ((other = GPOINTER_TO_UINT (g_hash_table_lookup (ids, id))) != 0)
    return bad_value (r, row, COL_ID, error, _("“%s” is also on line %u"), id, other);
  g_hash_table_insert (ids, g_strdup (id), GUINT_TO_POINTER (row->line));

  if (checkin != NULL)
    {
      gpointer day = GUINT_TO_POINTER (ac_checkin_get_julian (checkin));

      if ((other = GPOINTER_TO_UINT (g_hash_table_lookup (days, day))) != 0)
        return bad_value (r, row, COL_DATE, error,
                          _("line %u has a check-in for the same day; there is one a day"),
                          other);
      g_hash_table_insert (days, day, GUINT_TO_POINTER (row->line));
    }

  return TRUE;
}

/**
 * _ac_import_csv:
 * @progress: (nullable): where to report progress and find cancellation
 *
 * Returns: (transfer full) (element-type AcImportCandidate): the file's
 *   records, or %NULL with @error naming the line
 */
GPtrArray *
_ac_import_csv (const char  *data,
                gsize        length,
                const char  *name,
                AcProgress  *progress,
                GError     **error)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, NULL);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  Reader r = { data, data + length, name, 1 };
  const char *invalid = NULL;
  Row row = { fields, 0, { 0 } };
  ReadResult result;
  guint n_columns;
  guint n = 0;

  /* Spreadsheets often start the file with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    r.p += 3;

  if (!g_utf8_validate_len (r.p, r.end - r.p, &invalid))
    {
      guint line = 1;

      for (const char *p = r.p; p < invalid; p++)
        line += *p == '\n';
      fail (&r, line, error, _("the text is not UTF-8, or holds a NUL byte"));
      return NULL;
    }

  do
    result = read_record (&r, fields, &row.line, error);
  while (result == READ_RECORD && is_blank (fields));

  if (result == READ_FAILED)
    return NULL;
  if (result == READ_END)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: the file is empty"), name);
      return NULL;
    }
  if (!read_header (&r, fields, &row, error))
    return NULL;
  n_columns = fields->len;

  while ((result = read_record (&r, fields, &row.line, error)) == READ_RECORD)
    {
      g_autoptr(AcImportCandidate) candidate = NULL;
      const char *kind;

      if (is_blank (fields))
        continue;
      if (++n % 256 == 0 &&
          !_ac_progress_update (progress, (double) (r.p - data) / MAX (length, 1), error))
        return NULL;

      if (fields->len != n_columns)
        {
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u field where the first line names %u columns",
                                          "%u fields where the first line names %u columns",
                                          fields->len),
                             fields->len, n_columns);

          fail (&r, row.line, error, message);
          return NULL;
        }

      kind = cell (&row, COL_KIND);
      if (g_str_equal (kind, "session"))
        candidate = read_session (&r, &row, error);
      else if (g_str_equal (kind, "checkin"))
        candidate = read_checkin (&r, &row, error);
      else
        bad_value (&r, &row, COL_KIND, error, _("“%s” is not one of: session, checkin"), kind);

      if (candidate == NULL || !check_unique (&r, &row, candidate, ids, days, error))
        return NULL;
      g_ptr_array_add (candidates, g_steal_pointer (&candidate));
    }

  if (result == READ_FAILED || !_ac_progress_update (progress, 1.0, error))
    return NULL;

  return g_steal_pointer (&candidates);
}
