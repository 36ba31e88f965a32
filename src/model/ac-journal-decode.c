/* ac-journal-decode.c — the rules of the journal's records: each member
 * read, checked and turned into a session, a check-in or the profile
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-decode"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-journal-codec-private.h"
#include "ac-json-reader-private.h"

const char * const _ac_session_members[] = {
  "id", "start", "minutes", "pressure", "purpose", "therapist", "areas",
  "planned", "felt", "price", "notes", NULL
};
enum { S_ID, S_START, S_MINUTES, S_PRESSURE, S_PURPOSE, S_THERAPIST, S_AREAS,
       S_PLANNED, S_FELT, S_PRICE, S_NOTES, S_N };

const char * const _ac_checkin_members[] = {
  "id", "date", "soreness", "areas", "symptoms", "stress", "sleep", "notes", NULL
};
enum { C_ID, C_DATE, C_SORENESS, C_AREAS, C_SYMPTOMS, C_STRESS, C_SLEEP, C_NOTES, C_N };

const char * const _ac_clearance_members[] = { "id", "date", "what", "note", NULL };
enum { L_ID, L_DATE, L_WHAT, L_NOTE, L_N };

const char * const _ac_profile_members[] = { "conditions", "avoid_areas", "therapist_notes", NULL };
enum { P_CONDITIONS, P_AVOID_AREAS, P_THERAPIST_NOTES, P_N };

/* By AcRecordKind: the list in the file, and its records' members. */
const char * const _ac_record_lists[] = { "sessions", "checkins", "clearances", NULL };
const char * const * const _ac_record_members[] = {
  _ac_session_members, _ac_checkin_members, _ac_clearance_members
};

G_STATIC_ASSERT ((int) S_N <= (int) AC_RECORD_MAX_MEMBERS && (int) C_N <= (int) AC_RECORD_MAX_MEMBERS &&
                 (int) L_N <= (int) AC_RECORD_MAX_MEMBERS && (int) P_N <= (int) AC_RECORD_MAX_MEMBERS);

void
_ac_decoder_init (AcDecoder  *dec,
                  const char *data,
                  gsize       length)
{
  *dec = (AcDecoder) { .data = data, .length = length };
  dec->ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, g_free);
  dec->days = g_hash_table_new (NULL, NULL);
}

void
_ac_decoder_clear (AcDecoder *dec)
{
  g_clear_pointer (&dec->ids, g_hash_table_unref);
  g_clear_pointer (&dec->days, g_hash_table_unref);
}

void
_ac_members_clear (AcMembers *members)
{
  for (guint i = 0; i < G_N_ELEMENTS (members->nodes); i++)
    g_clear_pointer (&members->nodes[i], json_node_unref);
  g_clear_pointer (&members->extra, json_object_unref);
}

int
_ac_member_index (const char * const *names,
                  const char         *name)
{
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return i;
  return -1;
}

const char *
_ac_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY:  return _("a list");
    case JSON_NODE_NULL:   return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:  return _("a string");
    case G_TYPE_BOOLEAN: return _("true or false");
    case G_TYPE_INT64:   return _("a whole number");
    default:             return _("a number");
    }
}

/* Sets @error about the field at @where, with the rule it breaks, and
 * remembers where in the text it is, to find its line. */
gboolean
_ac_decoder_fail (AcDecoder   *dec,
                  const char  *at,
                  GError     **error,
                  const char  *where,
                  const char  *format,
                  ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);

  ac_journal_error_set_invalid (error, where, "%s", rule);
  dec->where = at;

  return FALSE;
}

gboolean
_ac_decoder_wrong_type (AcDecoder   *dec,
                        const char  *at,
                        JsonNode    *node,
                        const char  *where,
                        const char  *expected,
                        GError     **error)
{
  return _ac_decoder_fail (dec, at, error, where, _("expected %s, found %s"),
                           expected, _ac_describe_node (node));
}

/* A rule checked by the record's own validation names its field in the
 * error's data ("sessions[3].notes"): point at that member. */
static void
locate_field (AcDecoder          *dec,
              AcMembers          *members,
              const char * const *names,
              const char         *path,
              const GError       *error)
{
  const char *field = ac_journal_error_get_field (error);
  gsize prefix = strlen (path);
  int i;

  dec->where = members->object_at;
  if (field == NULL)
    return;
  if (strncmp (field, path, prefix) == 0 && field[prefix] == '.')
    field += prefix + 1;

  i = _ac_member_index (names, field);
  if (i >= 0 && members->at[i] != NULL)
    dec->where = members->at[i];
}

static gboolean
require (AcDecoder   *dec,
         AcMembers   *members,
         int          i,
         const char  *path,
         const char  *field,
         GError     **error)
{
  if (members->nodes[i] == NULL)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return _ac_decoder_fail (dec, members->object_at, error, where, _("is missing"));
    }

  return TRUE;
}

static gboolean
read_string (AcDecoder   *dec,
             AcMembers   *members,
             int          i,
             const char  *path,
             const char  *field,
             const char **out,
             GError     **error)
{
  JsonNode *node = members->nodes[i];

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return _ac_decoder_wrong_type (dec, members->at[i], node, where, _("a string"), error);
    }

  *out = json_node_get_string (node);
  return TRUE;
}

/* Whole numbers are range-checked here, before they are narrowed. */
static gboolean
read_int (AcDecoder   *dec,
          AcMembers   *members,
          int          i,
          const char  *path,
          const char  *field,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  JsonNode *node = members->nodes[i];
  g_autofree char *where = NULL;
  gint64 value;

  if (node == NULL)
    return TRUE;

  where = _ac_field_path (path, field);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _ac_decoder_wrong_type (dec, members->at[i], node, where, _("a whole number"), error);

  value = json_node_get_int (node);
  if (value < min || value > max)
    /* %lld, not G_GINT64_FORMAT: xgettext would cut the message there. */
    return _ac_decoder_fail (dec, members->at[i], error, where, _("%lld is out of range %d–%d"),
                             (long long) value, min, max);

  *out = (int) value;
  return TRUE;
}

static gboolean
read_bool (AcDecoder   *dec,
           AcMembers   *members,
           int          i,
           const char  *path,
           const char  *field,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = members->nodes[i];

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return _ac_decoder_wrong_type (dec, members->at[i], node, where, _("true or false"), error);
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Where element @index of the list at @at starts: read again, as it is
 * needed only for a message. */
static const char *
element_at (AcDecoder  *dec,
            const char *at,
            guint       index)
{
  g_autoptr(AcJsonReader) reader = _ac_json_reader_new (at, dec->data + dec->length - at);
  const char *text;
  gsize length;

  if (!_ac_json_reader_begin_array (reader))
    return at;
  for (guint i = 0; _ac_json_reader_next_element (reader); i++)
    {
      if (i == index)
        return _ac_json_reader_get_position (reader);
      if (!_ac_json_reader_skip_value (reader, &text, &length))
        break;
    }
  return at;
}

static gboolean
read_words (AcDecoder   *dec,
            AcMembers   *members,
            int          i,
            const char  *path,
            const char  *field,
            GType        flags_type,
            guint       *out,
            GError     **error)
{
  JsonNode *node = members->nodes[i];
  g_autofree char *where = NULL;
  g_autofree char *where_i = NULL;
  JsonArray *array;
  guint value = 0;

  if (node == NULL)
    return TRUE;

  where = _ac_field_path (path, field);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _ac_decoder_wrong_type (dec, members->at[i], node, where, _("a list of words"), error);

  array = json_node_get_array (node);
  for (guint e = 0; e < json_array_get_length (array); e++)
    {
      JsonNode *element = json_array_get_element (array, e);
      const char *word = NULL;
      guint bit = 0;

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        {
          word = json_node_get_string (element);
          bit = ac_flag_from_string (flags_type, word);
          if (bit != 0 && (value & bit) == 0)
            {
              value |= bit;
              continue;
            }
        }

      where_i = g_strdup_printf ("%s[%u]", where, e);
      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return _ac_decoder_wrong_type (dec, element_at (dec, members->at[i], e), element, where_i,
                                       _("a string"), error);
      if (bit == 0)
        {
          g_autofree char *words = ac_flags_to_words (flags_type, ac_flags_get_all (flags_type));

          return _ac_decoder_fail (dec, element_at (dec, members->at[i], e), error, where_i,
                                   _("“%s” is not one of: %s"), word, words);
        }
      return _ac_decoder_fail (dec, element_at (dec, members->at[i], e), error, where_i,
                               _("“%s” is listed twice"), word);
    }

  *out = value;
  return TRUE;
}

static gboolean
read_id (AcDecoder   *dec,
         AcMembers   *members,
         int          i,
         const char  *path,
         const char **out,
         GError     **error)
{
  const char *first_use;

  if (!require (dec, members, i, path, "id", error) ||
      !read_string (dec, members, i, path, "id", out, error))
    return FALSE;

  dec->where = members->at[i];
  if (!_ac_validate_id (*out, path, error))
    return FALSE;

  first_use = g_hash_table_lookup (dec->ids, *out);
  if (first_use != NULL)
    {
      g_autofree char *where = _ac_field_path (path, "id");

      return _ac_decoder_fail (dec, members->at[i], error, where, _("“%s” is already used by %s"),
                               *out, first_use);
    }
  /* A copy: each record's nodes are freed as soon as it is decoded. */
  g_hash_table_insert (dec->ids, g_strdup (*out), g_strdup (path));

  return TRUE;
}

static gboolean
read_start (AcDecoder   *dec,
            AcMembers   *members,
            int          i,
            const char  *path,
            GDateTime  **out,
            GError     **error)
{
  g_autofree char *where = NULL;
  const char *text = NULL;
  GDateTime *start;

  if (!require (dec, members, i, path, "start", error) ||
      !read_string (dec, members, i, path, "start", &text, error))
    return FALSE;

  /* No default zone: a start without an offset is not allowed in the file. */
  start = g_date_time_new_from_iso8601 (text, NULL);
  if (start == NULL || strchr (text, 'T') == NULL)
    {
      g_clear_pointer (&start, g_date_time_unref);
      where = _ac_field_path (path, "start");
      return _ac_decoder_fail (dec, members->at[i], error, where,
                               _("“%s” is not an ISO 8601 date-time with an offset, such as 2026-11-20T18:30:00+01:00"),
                               text);
    }

  dec->where = members->at[i];
  if (!_ac_validate_year (g_date_time_get_year (start), path, "start", error))
    {
      g_date_time_unref (start);
      return FALSE;
    }

  /* Whole seconds, as the file is written. */
  if (g_date_time_get_microsecond (start) != 0)
    {
      *out = g_date_time_add (start, -(GTimeSpan) g_date_time_get_microsecond (start));
      g_date_time_unref (start);
    }
  else
    *out = start;
  return TRUE;
}

static gboolean
read_date (AcDecoder   *dec,
           AcMembers   *members,
           int          i,
           const char  *path,
           GDate       *out,
           GError     **error)
{
  const char *text = NULL;

  if (!require (dec, members, i, path, "date", error) ||
      !read_string (dec, members, i, path, "date", &text, error))
    return FALSE;

  if (!ac_date_parse_iso (text, out))
    {
      g_autofree char *where = _ac_field_path (path, "date");

      return _ac_decoder_fail (dec, members->at[i], error, where,
                               _("“%s” is not an ISO 8601 date, such as 2026-11-21"), text);
    }

  dec->where = members->at[i];
  return _ac_validate_year (g_date_get_year (out), path, "date", error);
}

static AcSession *
decode_session (AcDecoder   *dec,
                AcMembers   *m,
                const char  *path,
                GError     **error)
{
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char *id = NULL, *word = NULL, *therapist = NULL, *notes = NULL, *price = NULL;
  int minutes = 0, felt = AC_SCALE_UNSET;
  gboolean planned = FALSE;
  guint areas = 0;
  AcPressure pressure;
  AcPurpose purpose = AC_PURPOSE_OTHER;

  if (!read_id (dec, m, S_ID, path, &id, error) ||
      !read_start (dec, m, S_START, path, &start, error) ||
      !require (dec, m, S_MINUTES, path, "minutes", error) ||
      !read_int (dec, m, S_MINUTES, path, "minutes", AC_MINUTES_MIN, AC_MINUTES_MAX, &minutes, error) ||
      !require (dec, m, S_PRESSURE, path, "pressure", error) ||
      !read_string (dec, m, S_PRESSURE, path, "pressure", &word, error))
    return NULL;

  if (!ac_pressure_from_string (word, &pressure))
    {
      g_autofree char *where = _ac_field_path (path, "pressure");

      _ac_decoder_fail (dec, m->at[S_PRESSURE], error, where,
                        _("“%s” is not one of: light, moderate, deep"), word);
      return NULL;
    }

  word = NULL;
  if (!read_string (dec, m, S_PURPOSE, path, "purpose", &word, error))
    return NULL;
  if (word != NULL && !ac_purpose_from_string (word, &purpose))
    {
      g_autofree char *where = _ac_field_path (path, "purpose");

      _ac_decoder_fail (dec, m->at[S_PURPOSE], error, where,
                        _("“%s” is not one of: relaxation, social, sport, injury, other"), word);
      return NULL;
    }

  if (!read_string (dec, m, S_THERAPIST, path, "therapist", &therapist, error) ||
      !read_words (dec, m, S_AREAS, path, "areas", AC_TYPE_AREA, &areas, error) ||
      !read_bool (dec, m, S_PLANNED, path, "planned", &planned, error) ||
      !read_int (dec, m, S_FELT, path, "felt", 0, AC_SCALE_MAX, &felt, error) ||
      !read_string (dec, m, S_PRICE, path, "price", &price, error) ||
      !read_string (dec, m, S_NOTES, path, "notes", &notes, error))
    return NULL;

  /* Before the setter, which takes "" for no price. */
  dec->where = m->at[S_PRICE];
  if (!_ac_validate_price (price, path, error))
    return NULL;

  session = _ac_session_new_with_id (id, start, minutes, pressure);
  ac_session_set_purpose (session, purpose);
  ac_session_set_therapist (session, therapist);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);
  ac_session_set_felt (session, felt);
  ac_session_set_price (session, price);
  ac_session_set_notes (session, notes);
  _ac_record_set_extra (AC_RECORD (session), m->extra);

  /* The rules the readers above do not cover, such as text length. */
  if (!ac_session_validate (session, path, error))
    {
      locate_field (dec, m, _ac_session_members, path, *error);
      return NULL;
    }

  return g_steal_pointer (&session);
}

static AcCheckin *
decode_checkin (AcDecoder   *dec,
                AcMembers   *m,
                const char  *path,
                guint        index,
                GError     **error)
{
  g_autoptr(AcCheckin) checkin = NULL;
  const char *id = NULL, *notes = NULL;
  int soreness = 0, stress = AC_SCALE_UNSET, sleep = AC_SCALE_UNSET;
  guint areas = 0, symptoms = 0;
  gpointer other;
  GDate date;

  if (!read_id (dec, m, C_ID, path, &id, error) ||
      !read_date (dec, m, C_DATE, path, &date, error) ||
      !require (dec, m, C_SORENESS, path, "soreness", error) ||
      !read_int (dec, m, C_SORENESS, path, "soreness", 0, AC_SORENESS_MAX, &soreness, error) ||
      !read_words (dec, m, C_AREAS, path, "areas", AC_TYPE_AREA, &areas, error) ||
      !read_words (dec, m, C_SYMPTOMS, path, "symptoms", AC_TYPE_SYMPTOM, &symptoms, error) ||
      !read_int (dec, m, C_STRESS, path, "stress", 0, AC_SCALE_MAX, &stress, error) ||
      !read_int (dec, m, C_SLEEP, path, "sleep", 0, AC_SCALE_MAX, &sleep, error) ||
      !read_string (dec, m, C_NOTES, path, "notes", &notes, error))
    return NULL;

  if (g_hash_table_lookup_extended (dec->days, GUINT_TO_POINTER (g_date_get_julian (&date)),
                                    NULL, &other))
    {
      g_autofree char *where = _ac_field_path (path, "date");

      _ac_decoder_fail (dec, m->at[C_DATE], error, where,
                        _("%s already has a check-in (checkins[%u]); there is one per day"),
                        json_node_get_string (m->nodes[C_DATE]), GPOINTER_TO_UINT (other));
      return NULL;
    }
  g_hash_table_insert (dec->days, GUINT_TO_POINTER (g_date_get_julian (&date)),
                       GUINT_TO_POINTER (index));

  checkin = _ac_checkin_new_with_id (id, &date, soreness);
  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_symptoms (checkin, symptoms);
  ac_checkin_set_stress (checkin, stress);
  ac_checkin_set_sleep (checkin, sleep);
  ac_checkin_set_notes (checkin, notes);
  _ac_record_set_extra (AC_RECORD (checkin), m->extra);

  if (!ac_checkin_validate (checkin, path, error))
    {
      locate_field (dec, m, _ac_checkin_members, path, *error);
      return NULL;
    }

  return g_steal_pointer (&checkin);
}

static AcClearance *
decode_clearance (AcDecoder   *dec,
                  AcMembers   *m,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(AcClearance) clearance = NULL;
  const char *id = NULL, *what = NULL, *note = NULL;
  GDate date;

  if (!read_id (dec, m, L_ID, path, &id, error) ||
      !read_date (dec, m, L_DATE, path, &date, error) ||
      !require (dec, m, L_WHAT, path, "what", error) ||
      !read_string (dec, m, L_WHAT, path, "what", &what, error) ||
      !read_string (dec, m, L_NOTE, path, "note", &note, error))
    return NULL;

  clearance = _ac_clearance_new_with_id (id, &date, what);
  ac_clearance_set_note (clearance, note);
  _ac_record_set_extra (AC_RECORD (clearance), m->extra);

  if (!ac_clearance_validate (clearance, path, error))
    {
      locate_field (dec, m, _ac_clearance_members, path, *error);
      return NULL;
    }

  return g_steal_pointer (&clearance);
}

/* A record of @kind from its members (_ac_record_members[@kind] by
 * index); its path is "sessions[@index]", "checkins[@index]" or
 * "clearances[@index]". */
gpointer
_ac_decode_record (AcDecoder     *dec,
                   AcMembers     *members,
                   AcRecordKind   kind,
                   guint          index,
                   GError       **error)
{
  char path[32];

  g_snprintf (path, sizeof path, "%s[%u]", _ac_record_lists[kind], index);
  switch (kind)
    {
    case AC_RECORD_KIND_SESSION:
      return decode_session (dec, members, path, error);
    case AC_RECORD_KIND_CHECKIN:
      return decode_checkin (dec, members, path, index, error);
    case AC_RECORD_KIND_CLEARANCE:
      return decode_clearance (dec, members, path, error);
    case AC_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

AcProfile *
_ac_decode_profile (AcDecoder   *dec,
                    AcMembers   *m,
                    GError     **error)
{
  g_autoptr(AcProfile) profile = NULL;
  const char *notes = NULL;
  guint conditions = 0, avoid_areas = 0;

  if (!read_words (dec, m, P_CONDITIONS, "profile", "conditions", AC_TYPE_CONDITION, &conditions, error) ||
      !read_words (dec, m, P_AVOID_AREAS, "profile", "avoid_areas", AC_TYPE_AREA, &avoid_areas, error) ||
      !read_string (dec, m, P_THERAPIST_NOTES, "profile", "therapist_notes", &notes, error))
    return NULL;

  profile = _ac_profile_new_full (conditions, m->extra);
  ac_profile_set_avoid_areas (profile, avoid_areas);
  ac_profile_set_therapist_notes (profile, notes);

  /* The rules the readers above do not cover: the notes' length. */
  if (!ac_profile_validate (profile, error))
    {
      locate_field (dec, m, _ac_profile_members, "profile", *error);
      return NULL;
    }

  return g_steal_pointer (&profile);
}

/* g_ptr_array_sort_with_data() passes pointers to the elements. */
static int
compare_indirect (gconstpointer a,
                  gconstpointer b,
                  gpointer      compare)
{
  return ((GCompareDataFunc) compare) (*(gpointer *)a, *(gpointer *)b, NULL);
}

/* The journal of decoded records, sorted as the journal keeps them. */
AcJournal *
_ac_journal_assemble (guint       version,
                      GPtrArray  *sessions,
                      GPtrArray  *checkins,
                      GPtrArray  *clearances,
                      AcProfile  *profile,
                      JsonObject *extra)
{
  AcJournal *journal = ac_journal_new ();

  _ac_journal_set_file_version (journal, version);
  g_ptr_array_sort_with_data (sessions, compare_indirect, ac_session_compare);
  g_ptr_array_sort_with_data (checkins, compare_indirect, ac_checkin_compare);
  g_ptr_array_sort_with_data (clearances, compare_indirect, ac_clearance_compare);
  _ac_journal_take_records (journal, sessions, checkins, clearances, profile, extra);

  return journal;
}
