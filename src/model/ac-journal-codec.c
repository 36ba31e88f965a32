/* ac-journal-codec.c — the journal as JSON text, format 1
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-codec"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-journal-private.h"
#include "ac-json-reader-private.h"
#include "ac-record-private.h"

#define FORMAT_NAME "aftercare-journal"

/* Decoding happens once without line numbers, which is fast; only when it
 * fails does the text get parsed again with the parser's line tracking, to
 * say where the bad value is. */
typedef struct
{
  GHashTable *node_lines;    /* JsonNode* → line, or NULL */
  GHashTable *object_lines;  /* JsonObject* or JsonArray* → line it starts on */
  GArray     *starts;        /* lines of the objects and lists being parsed */
  JsonNode   *where_node;    /* what the error is about */
  JsonObject *where_object;
  GHashTable *ids;           /* id → path of its first use, both owned */
  GHashTable *days;          /* julian day → index of its check-in */
} Decoder;

static void
decoder_clear (Decoder *dec)
{
  g_clear_pointer (&dec->ids, g_hash_table_unref);
  g_clear_pointer (&dec->days, g_hash_table_unref);
}

static const char *
describe_node (JsonNode *node)
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

/* A rule checked by the record's own validation names its field in the
 * message ("sessions[3].notes: …"): point at that member. */
static gboolean
locate_field (Decoder     *dec,
              JsonObject  *object,
              const char  *path,
              const GError *error);

/* Remembers what an error is about, to find its line later. */
static gboolean
locate (Decoder    *dec,
        JsonNode   *node,
        JsonObject *object)
{
  dec->where_node = node;
  dec->where_object = object;

  return FALSE;
}

static gboolean
locate_field (Decoder      *dec,
              JsonObject   *object,
              const char   *path,
              const GError *error)
{
  gsize prefix = strlen (path);
  const char *field = error->message;
  g_autofree char *name = NULL;
  const char *colon;

  /* The streaming decoder has no object; it starts over on any error. */
  if (object == NULL)
    return locate (dec, NULL, NULL);

  if (strncmp (field, path, prefix) == 0 && field[prefix] == '.')
    field += prefix + 1;
  colon = strchr (field, ':');
  if (colon == NULL)
    return locate (dec, NULL, object);

  name = g_strndup (field, colon - field);
  if (json_object_has_member (object, name))
    return locate (dec, json_object_get_member (object, name), NULL);
  return locate (dec, NULL, object);
}

static gboolean G_GNUC_PRINTF (5, 6)
fail (Decoder     *dec,
      JsonNode    *node,
      JsonObject  *object,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID, message);

  return locate (dec, node, object);
}

static gboolean
wrong_type (Decoder     *dec,
            JsonNode    *node,
            const char  *where,
            const char  *expected,
            GError     **error)
{
  return fail (dec, node, NULL, error, _("%s: expected %s, found %s"),
               where, expected, describe_node (node));
}

/* Members of a record, found in one pass over the object. */
typedef struct
{
  const char * const *names;
  JsonNode          **nodes;
  JsonObject         *extra;
} Members;

/* json-glib 1.6 writes a double as g_ascii_dtostr() gives it, adding
 * ".0" when it has no point: 1e40 comes out as "1e+40.0", which is not
 * JSON, and the journal would not read back (found by fuzz-journal). */
static gboolean
writable_double (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return FALSE;
  g_ascii_dtostr (text, sizeof text, value);
  return strchr (text, '.') != NULL || strpbrk (text, "eE") == NULL;
}

/* Unknown members are written back as they were read, so they must be
 * something json-glib can write: text that is UTF-8 (an escaped lone
 * surrogate is not) and numbers it writes as JSON (1e400 and 1e40 are
 * not). */
static gboolean
writable_back (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          if (!g_utf8_validate (name, -1, NULL) || !writable_back (member))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!writable_back (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return g_utf8_validate (json_node_get_string (node), -1, NULL);
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        return writable_double (json_node_get_double (node));
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static int
member_index (const char * const *names,
              const char         *name)
{
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return i;
  return -1;
}

/* Keeps a member the format does not know, to write back, taking @value;
 * FALSE for a name used twice (the streaming decoder then leaves the text
 * to json-glib, which reads it its own way). */
static gboolean
add_extra_member (JsonObject **extra,
                  const char  *name,
                  JsonNode    *value)
{
  if (*extra == NULL)
    *extra = json_object_new ();
  if (json_object_has_member (*extra, name))
    {
      json_node_unref (value);
      return FALSE;
    }
  json_object_set_member (*extra, name, value);
  return TRUE;
}

static gboolean
collect_members (Decoder     *dec,
                 JsonObject  *object,
                 const char  *path,
                 Members     *members,
                 GError     **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      int i = member_index (members->names, name);

      if (i >= 0)
        {
          /* null counts as missing: the member takes its default. */
          members->nodes[i] = JSON_NODE_HOLDS_NULL (node) ? NULL : node;
          continue;
        }

      if (!g_utf8_validate (name, -1, NULL) || !writable_back (node))
        {
          g_autofree char *valid_name = g_utf8_make_valid (name, -1);
          g_autofree char *where = _ac_field_path (path, valid_name);

          return fail (dec, node, NULL, error,
                       _("%s: holds text that is not UTF-8, or a number too large to keep; "
                         "it could not be written back as it was"), where);
        }

      /* A tree holds no name twice, so this always keeps it. */
      add_extra_member (&members->extra, name, json_node_copy (node));
    }

  return TRUE;
}

static gboolean
require (Decoder     *dec,
         JsonObject  *object,
         JsonNode    *node,
         const char  *path,
         const char  *field,
         GError     **error)
{
  if (node == NULL)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return fail (dec, NULL, object, error, _("%s: is missing"), where);
    }

  return TRUE;
}

static gboolean
read_string (Decoder     *dec,
             JsonNode    *node,
             const char  *path,
             const char  *field,
             const char **out,
             GError     **error)
{
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return wrong_type (dec, node, where, _("a string"), error);
    }

  *out = json_node_get_string (node);
  return TRUE;
}

/* Whole numbers are range-checked here, before they are narrowed. */
static gboolean
read_int (Decoder     *dec,
          JsonNode    *node,
          const char  *path,
          const char  *field,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  g_autofree char *where = NULL;
  gint64 value;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      where = _ac_field_path (path, field);
      return wrong_type (dec, node, where, _("a whole number"), error);
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      where = _ac_field_path (path, field);
      /* %lld, not G_GINT64_FORMAT: xgettext would cut the message there. */
      return fail (dec, node, NULL, error, _("%s: %lld is out of range %d–%d"),
                   where, (long long) value, min, max);
    }

  *out = (int) value;
  return TRUE;
}

static gboolean
read_bool (Decoder     *dec,
           JsonNode    *node,
           const char  *path,
           const char  *field,
           gboolean    *out,
           GError     **error)
{
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *where = _ac_field_path (path, field);

      return wrong_type (dec, node, where, _("true or false"), error);
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_words (Decoder     *dec,
            JsonNode    *node,
            const char  *path,
            const char  *field,
            GType        flags_type,
            guint       *out,
            GError     **error)
{
  g_autofree char *where = NULL;
  g_autofree char *where_i = NULL;
  JsonArray *array;
  guint value = 0;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      where = _ac_field_path (path, field);
      return wrong_type (dec, node, where, _("a list of words"), error);
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *word;
      guint bit;

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING)
        {
          where = _ac_field_path (path, field);
          where_i = g_strdup_printf ("%s[%u]", where, i);
          return wrong_type (dec, element, where_i, _("a string"), error);
        }

      word = json_node_get_string (element);
      bit = ac_flag_from_string (flags_type, word);
      if (bit == 0 || (value & bit) != 0)
        {
          where = _ac_field_path (path, field);
          where_i = g_strdup_printf ("%s[%u]", where, i);
        }
      if (bit == 0)
        {
          g_autofree char *words = ac_flags_to_words (flags_type, ac_flags_get_all (flags_type));

          return fail (dec, element, NULL, error, _("%s: “%s” is not one of: %s"),
                       where_i, word, words);
        }
      if ((value & bit) != 0)
        return fail (dec, element, NULL, error, _("%s: “%s” is listed twice"),
                     where_i, word);
      value |= bit;
    }

  *out = value;
  return TRUE;
}

static gboolean
read_id (Decoder     *dec,
         JsonObject  *object,
         JsonNode    *node,
         const char  *path,
         const char **out,
         GError     **error)
{
  const char *first_use;

  if (!require (dec, object, node, path, "id", error) ||
      !read_string (dec, node, path, "id", out, error))
    return FALSE;

  if (!_ac_validate_id (*out, path, error))
    return locate (dec, node, NULL);

  first_use = g_hash_table_lookup (dec->ids, *out);
  if (first_use != NULL)
    {
      g_autofree char *where = _ac_field_path (path, "id");

      return fail (dec, node, NULL, error, _("%s: “%s” is already used by %s"),
                   where, *out, first_use);
    }
  /* A copy: the streaming decoder frees each record's nodes as it goes. */
  g_hash_table_insert (dec->ids, g_strdup (*out), g_strdup (path));

  return TRUE;
}

static gboolean
check_year (Decoder     *dec,
            JsonNode    *node,
            const char  *path,
            const char  *field,
            int          year,
            GError     **error)
{
  if (!_ac_validate_year (year, path, field, error))
    return locate (dec, node, NULL);
  return TRUE;
}

static gboolean
read_start (Decoder     *dec,
            JsonObject  *object,
            JsonNode    *node,
            const char  *path,
            GDateTime  **out,
            GError     **error)
{
  g_autofree char *where = NULL;
  const char *text = NULL;
  GDateTime *start;

  if (!require (dec, object, node, path, "start", error) ||
      !read_string (dec, node, path, "start", &text, error))
    return FALSE;

  /* No default zone: a start without an offset is not allowed in the file. */
  start = g_date_time_new_from_iso8601 (text, NULL);
  if (start == NULL || strchr (text, 'T') == NULL)
    {
      g_clear_pointer (&start, g_date_time_unref);
      where = _ac_field_path (path, "start");
      return fail (dec, node, NULL, error,
                   _("%s: “%s” is not an ISO 8601 date-time with an offset, such as 2026-11-20T18:30:00+01:00"),
                   where, text);
    }

  if (!check_year (dec, node, path, "start", g_date_time_get_year (start), error))
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
read_date (Decoder     *dec,
           JsonObject  *object,
           JsonNode    *node,
           const char  *path,
           GDate       *out,
           GError     **error)
{
  const char *text = NULL;

  if (!require (dec, object, node, path, "date", error) ||
      !read_string (dec, node, path, "date", &text, error))
    return FALSE;

  if (!ac_date_parse_iso (text, out))
    {
      g_autofree char *where = _ac_field_path (path, "date");

      return fail (dec, node, NULL, error,
                   _("%s: “%s” is not an ISO 8601 date, such as 2026-11-21"), where, text);
    }

  return check_year (dec, node, path, "date", g_date_get_year (out), error);
}

static const char * const session_members[] = {
  "id", "start", "minutes", "pressure", "purpose", "therapist", "areas",
  "planned", "notes", NULL
};
enum { S_ID, S_START, S_MINUTES, S_PRESSURE, S_PURPOSE, S_THERAPIST, S_AREAS,
       S_PLANNED, S_NOTES, S_N };

/* A session from its members: @nodes holds the known ones by S_ index
 * (NULL when missing or null), @extra the others. @object is NULL when
 * the streaming decoder calls. */
static AcSession *
finish_session (Decoder     *dec,
                JsonObject  *object,
                JsonNode   **nodes,
                JsonObject  *extra,
                const char  *path,
                GError     **error)
{
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char *id = NULL, *word = NULL, *therapist = NULL, *notes = NULL;
  int minutes = 0;
  gboolean planned = FALSE;
  guint areas = 0;
  AcPressure pressure;
  AcPurpose purpose = AC_PURPOSE_OTHER;

  if (!read_id (dec, object, nodes[S_ID], path, &id, error) ||
      !read_start (dec, object, nodes[S_START], path, &start, error) ||
      !require (dec, object, nodes[S_MINUTES], path, "minutes", error) ||
      !read_int (dec, nodes[S_MINUTES], path, "minutes", AC_MINUTES_MIN, AC_MINUTES_MAX, &minutes, error) ||
      !require (dec, object, nodes[S_PRESSURE], path, "pressure", error) ||
      !read_string (dec, nodes[S_PRESSURE], path, "pressure", &word, error))
    return NULL;

  if (!ac_pressure_from_string (word, &pressure))
    {
      fail (dec, nodes[S_PRESSURE], NULL, error,
            _("%s.pressure: “%s” is not one of: light, moderate, deep"), path, word);
      return NULL;
    }

  word = NULL;
  if (!read_string (dec, nodes[S_PURPOSE], path, "purpose", &word, error))
    return NULL;
  if (word != NULL && !ac_purpose_from_string (word, &purpose))
    {
      fail (dec, nodes[S_PURPOSE], NULL, error,
            _("%s.purpose: “%s” is not one of: relaxation, social, sport, injury, other"),
            path, word);
      return NULL;
    }

  if (!read_string (dec, nodes[S_THERAPIST], path, "therapist", &therapist, error) ||
      !read_words (dec, nodes[S_AREAS], path, "areas", AC_TYPE_AREA, &areas, error) ||
      !read_bool (dec, nodes[S_PLANNED], path, "planned", &planned, error) ||
      !read_string (dec, nodes[S_NOTES], path, "notes", &notes, error))
    return NULL;

  session = _ac_session_new_with_id (id, start, minutes, pressure);
  ac_session_set_purpose (session, purpose);
  ac_session_set_therapist (session, therapist);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);
  ac_session_set_notes (session, notes);
  _ac_session_set_extra (session, extra);

  /* The rules the readers above do not cover, such as text length. */
  if (!ac_session_validate (session, path, error))
    {
      locate_field (dec, object, path, *error);
      return NULL;
    }

  return g_steal_pointer (&session);
}

static const char * const checkin_members[] = {
  "id", "date", "soreness", "areas", "symptoms", "notes", NULL
};
enum { C_ID, C_DATE, C_SORENESS, C_AREAS, C_SYMPTOMS, C_NOTES, C_N };

/* A check-in from its members, as finish_session(). */
static AcCheckin *
finish_checkin (Decoder     *dec,
                JsonObject  *object,
                JsonNode   **nodes,
                JsonObject  *extra,
                const char  *path,
                guint        index,
                GError     **error)
{
  g_autoptr(AcCheckin) checkin = NULL;
  const char *id = NULL, *notes = NULL;
  int soreness = 0;
  guint areas = 0, symptoms = 0;
  gpointer other;
  GDate date;

  if (!read_id (dec, object, nodes[C_ID], path, &id, error) ||
      !read_date (dec, object, nodes[C_DATE], path, &date, error) ||
      !require (dec, object, nodes[C_SORENESS], path, "soreness", error) ||
      !read_int (dec, nodes[C_SORENESS], path, "soreness", 0, AC_SORENESS_MAX, &soreness, error) ||
      !read_words (dec, nodes[C_AREAS], path, "areas", AC_TYPE_AREA, &areas, error) ||
      !read_words (dec, nodes[C_SYMPTOMS], path, "symptoms", AC_TYPE_SYMPTOM, &symptoms, error) ||
      !read_string (dec, nodes[C_NOTES], path, "notes", &notes, error))
    return NULL;

  if (g_hash_table_lookup_extended (dec->days, GUINT_TO_POINTER (g_date_get_julian (&date)),
                                    NULL, &other))
    {
      fail (dec, nodes[C_DATE], NULL, error,
            _("%s.date: %s already has a check-in (checkins[%u]); there is one per day"),
            path, json_node_get_string (nodes[C_DATE]), GPOINTER_TO_UINT (other));
      return NULL;
    }
  g_hash_table_insert (dec->days, GUINT_TO_POINTER (g_date_get_julian (&date)),
                       GUINT_TO_POINTER (index));

  checkin = _ac_checkin_new_with_id (id, &date, soreness);
  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_symptoms (checkin, symptoms);
  ac_checkin_set_notes (checkin, notes);
  _ac_checkin_set_extra (checkin, extra);

  if (!ac_checkin_validate (checkin, path, error))
    {
      locate_field (dec, object, path, *error);
      return NULL;
    }

  return g_steal_pointer (&checkin);
}

/* Room for the members of either kind of record. */
#define N_RECORD_MEMBERS ((int) S_N > (int) C_N ? (int) S_N : (int) C_N)

static gpointer
finish_record (Decoder     *dec,
               JsonObject  *object,
               JsonNode   **nodes,
               JsonObject  *extra,
               gboolean     session,
               guint        index,
               GError     **error)
{
  char path[32];

  g_snprintf (path, sizeof path, session ? "sessions[%u]" : "checkins[%u]", index);
  if (session)
    return finish_session (dec, object, nodes, extra, path, error);
  return finish_checkin (dec, object, nodes, extra, path, index, error);
}

/* A session, or a check-in, from its node in the tree. */
static gpointer
decode_record (Decoder     *dec,
               JsonNode    *node,
               gboolean     session,
               guint        index,
               GError     **error)
{
  gpointer record = NULL;
  JsonNode *nodes[N_RECORD_MEMBERS] = { NULL };
  Members members = { session ? session_members : checkin_members, nodes, NULL };
  char path[32];

  g_snprintf (path, sizeof path, session ? "sessions[%u]" : "checkins[%u]", index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (dec, node, path, _("an object"), error);
      return NULL;
    }

  if (collect_members (dec, json_node_get_object (node), path, &members, error))
    record = finish_record (dec, json_node_get_object (node), nodes, members.extra,
                            session, index, error);

  g_clear_pointer (&members.extra, json_object_unref);
  return record;
}

static const char * const profile_members[] = { "conditions", NULL };

static AcProfile *
decode_profile (Decoder     *dec,
                JsonNode    *node,
                GError     **error)
{
  JsonNode *nodes[1] = { NULL };
  Members members = { profile_members, nodes, NULL };
  AcProfile *profile = NULL;
  guint conditions = 0;

  if (node == NULL)
    return ac_profile_new (AC_CONDITION_NONE);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (dec, node, "profile", _("an object"), error);
      return NULL;
    }

  if (collect_members (dec, json_node_get_object (node), "profile", &members, error) &&
      read_words (dec, nodes[0], "profile", "conditions", AC_TYPE_CONDITION, &conditions, error))
    profile = _ac_profile_new_full (conditions, members.extra);

  g_clear_pointer (&members.extra, json_object_unref);
  return profile;
}

static const char * const root_members[] = {
  "format", "version", "profile", "sessions", "checkins", NULL
};
enum { R_FORMAT, R_VERSION, R_PROFILE, R_SESSIONS, R_CHECKINS, R_N };

static gboolean
read_list (Decoder     *dec,
           JsonNode    *node,
           const char  *field,
           JsonArray  **out,
           GError     **error)
{
  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (dec, node, field, _("a list"), error);

  *out = json_node_get_array (node);
  return TRUE;
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
static AcJournal *
assemble_journal (guint       version,
                  GPtrArray  *sessions,
                  GPtrArray  *checkins,
                  AcProfile  *profile,
                  JsonObject *extra)
{
  AcJournal *journal = ac_journal_new ();

  _ac_journal_set_file_version (journal, version);
  g_ptr_array_sort_with_data (sessions, compare_indirect, ac_session_compare);
  g_ptr_array_sort_with_data (checkins, compare_indirect, ac_checkin_compare);
  _ac_journal_take_records (journal, sessions, checkins, profile, extra);

  return journal;
}

static AcJournal *
decode_root (Decoder     *dec,
             JsonNode    *root,
             GError     **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(AcProfile) profile = NULL;
  JsonNode *nodes[R_N] = { NULL };
  Members members = { root_members, nodes, NULL };
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *object;
  JsonArray *list;
  const char *format = NULL;
  gint64 version;

  if (root == NULL)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("the file is empty"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("expected an Aftercare journal, an object, found %s"),
                   describe_node (root));
      return NULL;
    }

  object = json_node_get_object (root);
  if (!collect_members (dec, object, NULL, &members, error))
    {
      g_clear_pointer (&members.extra, json_object_unref);
      return NULL;
    }
  extra = members.extra;

  if (!read_string (dec, nodes[R_FORMAT], NULL, "format", &format, error))
    return NULL;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("format: expected “%s”; this is not an Aftercare journal"),
                   FORMAT_NAME);
      locate (dec, nodes[R_FORMAT], nodes[R_FORMAT] ? NULL : object);
      return NULL;
    }

  if (!require (dec, object, nodes[R_VERSION], NULL, "version", error))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (nodes[R_VERSION]) ||
      json_node_get_value_type (nodes[R_VERSION]) != G_TYPE_INT64)
    {
      wrong_type (dec, nodes[R_VERSION], "version", _("a whole number"), error);
      return NULL;
    }
  version = json_node_get_int (nodes[R_VERSION]);
  if (version < 1 || version > G_MAXINT)
    {
      fail (dec, nodes[R_VERSION], NULL, error,
            _("version: %lld is not a format version"), (long long) version);
      return NULL;
    }

  profile = decode_profile (dec, nodes[R_PROFILE], error);
  if (profile == NULL)
    return NULL;

  if (!read_list (dec, nodes[R_SESSIONS], "sessions", &list, error))
    return NULL;
  sessions = g_ptr_array_new_full (list ? json_array_get_length (list) : 0, g_object_unref);
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      AcSession *session = decode_record (dec, json_array_get_element (list, i), TRUE, i, error);

      if (session == NULL)
        return NULL;
      g_ptr_array_add (sessions, session);
    }

  if (!read_list (dec, nodes[R_CHECKINS], "checkins", &list, error))
    return NULL;
  checkins = g_ptr_array_new_full (list ? json_array_get_length (list) : 0, g_object_unref);
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      AcCheckin *checkin = decode_record (dec, json_array_get_element (list, i), FALSE, i, error);

      if (checkin == NULL)
        return NULL;
      g_ptr_array_add (checkins, checkin);
    }

  return assemble_journal ((guint) version, sessions, checkins, profile, extra);
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  Decoder    *dec)
{
  g_hash_table_insert (dec->node_lines, json_object_get_member (object, member_name),
                       GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  Decoder    *dec)
{
  g_hash_table_insert (dec->node_lines, json_array_get_element (array, index),
                       GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

/* Objects and lists are told about when they end; their start is kept on
 * a stack until then. */
static void
on_container_start (JsonParser *parser,
                    Decoder    *dec)
{
  guint line = json_parser_get_current_line (parser);

  g_array_append_val (dec->starts, line);
}

static void
on_container_end (JsonParser *parser,
                  gpointer    container,
                  Decoder    *dec)
{
  guint line;

  if (dec->starts->len == 0)
    return;

  line = g_array_index (dec->starts, guint, dec->starts->len - 1);
  g_array_set_size (dec->starts, dec->starts->len - 1);
  g_hash_table_insert (dec->object_lines, container, GUINT_TO_POINTER (line));
}

static guint
line_of_node (Decoder  *dec,
              JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return GPOINTER_TO_UINT (g_hash_table_lookup (dec->object_lines, json_node_get_object (node)));
  if (JSON_NODE_HOLDS_ARRAY (node))
    return GPOINTER_TO_UINT (g_hash_table_lookup (dec->object_lines, json_node_get_array (node)));
  return GPOINTER_TO_UINT (g_hash_table_lookup (dec->node_lines, node));
}

/* Runs the decoder again over a parse that records lines, and says which
 * line the error is on. */
static guint
find_error_line (const char *data,
                 gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  Decoder dec = { 0 };
  guint line = 0;

  dec.node_lines = g_hash_table_new (NULL, NULL);
  dec.object_lines = g_hash_table_new (NULL, NULL);
  dec.starts = g_array_new (FALSE, FALSE, sizeof (guint));
  dec.ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, g_free);
  dec.days = g_hash_table_new (NULL, NULL);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &dec);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &dec);
  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), &dec);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_container_start), &dec);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), &dec);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_container_end), &dec);

  if (json_parser_load_from_data (parser, data, length, NULL))
    journal = decode_root (&dec, json_parser_get_root (parser), &error);

  if (dec.where_node != NULL)
    line = line_of_node (&dec, dec.where_node);
  else if (dec.where_object != NULL)
    line = GPOINTER_TO_UINT (g_hash_table_lookup (dec.object_lines, dec.where_object));

  g_hash_table_unref (dec.node_lines);
  g_hash_table_unref (dec.object_lines);
  g_array_unref (dec.starts);
  decoder_clear (&dec);

  return line;
}

/* json-glib stops after the first value and ignores a second one; a file
 * holding two is damaged, not a journal. Returns the offset just past the
 * first value, found by matching brackets outside strings. */
static gsize
first_value_end (const char *data,
                 gsize       length)
{
  gsize i = 0;
  guint depth = 0;

  for (; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        {
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
        }
      else if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && depth > 0 && --depth == 0)
        return i + 1;
    }

  return length;
}

static gboolean
only_space_after (const char *data,
                  gsize       length,
                  gsize       end)
{
  for (gsize i = end; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* json-glib 1.6 wraps a whole number that does not fit a gint64
 * (9223372036854775808 reads as -9223372036854775808), so a journal
 * holding one would be written back changed, or refused with the wrong
 * value in the message. Finds the first such number outside strings, and
 * its line, before json-glib reads the text. */
static gboolean
find_oversized_integer (const char  *data,
                        gsize        length,
                        guint       *line,
                        char       **number)
{
  /* The least gint64 is one further from zero than the greatest. */
  static const char most_positive[] = "9223372036854775807";
  static const char most_negative[] = "9223372036854775808";
  const gsize max_length = sizeof most_positive - 1;
  guint current_line = 1;

  for (gsize i = 0; i < length; i++)
    {
      gsize start = i, digits, n_digits;
      gboolean negative;

      if (data[i] == '\n')
        current_line++;
      else if (data[i] == '"')
        {
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
            else if (data[i] == '\n')
              current_line++;
          continue;
        }
      if (data[i] != '-' && !g_ascii_isdigit (data[i]))
        continue;
      if (start > 0 && (g_ascii_isalnum (data[start - 1]) || data[start - 1] == '.'))
        continue;

      negative = data[i] == '-';
      digits = negative ? i + 1 : i;
      for (i = digits; i < length && g_ascii_isdigit (data[i]); i++)
        ;
      n_digits = i - digits;
      /* A fraction or an exponent makes it a double, which does not wrap. */
      if (i < length && (data[i] == '.' || data[i] == 'e' || data[i] == 'E'))
        continue;
      i--;

      while (n_digits > 1 && data[digits] == '0')
        digits++, n_digits--;
      if (n_digits < max_length)
        continue;
      if (n_digits == max_length &&
          memcmp (data + digits, negative ? most_negative : most_positive, max_length) <= 0)
        continue;

      *line = current_line;
      *number = g_strndup (data + start, digits + n_digits - start);
      return TRUE;
    }

  return FALSE;
}

/* The streaming decoder */

/* One session or check-in, its members decoded as they are read. */
static gpointer
stream_record (Decoder      *dec,
               AcJsonReader *reader,
               gboolean      session,
               guint         index)
{
  const char * const *names = session ? session_members : checkin_members;
  JsonNode *nodes[N_RECORD_MEMBERS] = { NULL };
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GError) error = NULL;
  gpointer record = NULL;
  guint seen = 0;
  const char *name;

  if (!_ac_json_reader_begin_object (reader))
    return NULL;

  while (_ac_json_reader_next_member (reader, &name))
    {
      int i = member_index (names, name);
      g_autofree char *other = i < 0 ? g_strdup (name) : NULL;
      JsonNode *value = _ac_json_reader_read_value (reader);

      if (value == NULL)
        goto out;

      if (i >= 0)
        {
          /* json-glib keeps the last of two; the tree decoder decides. */
          if (seen & (1u << i))
            {
              json_node_unref (value);
              goto out;
            }
          seen |= 1u << i;
          /* null counts as missing, as in collect_members(). */
          if (JSON_NODE_HOLDS_NULL (value))
            json_node_unref (value);
          else
            nodes[i] = value;
        }
      else if (!add_extra_member (&extra, other, value))
        goto out;
    }

  /* Unknown members need no writable_back() check here: plain JSON is
   * UTF-8 text and whole numbers. */
  if (!_ac_json_reader_failed (reader))
    record = finish_record (dec, NULL, nodes, extra, session, index, &error);

out:
  for (guint i = 0; i < G_N_ELEMENTS (nodes); i++)
    g_clear_pointer (&nodes[i], json_node_unref);
  return record;
}

static gboolean
stream_records (Decoder      *dec,
                AcJsonReader *reader,
                gboolean      sessions,
                GPtrArray    *records)
{
  if (_ac_json_reader_take_null (reader))
    return TRUE;
  if (!_ac_json_reader_begin_array (reader))
    return FALSE;

  for (guint index = 0; _ac_json_reader_next_element (reader); index++)
    {
      gpointer record = stream_record (dec, reader, sessions, index);

      if (record == NULL)
        return FALSE;
      g_ptr_array_add (records, record);
    }

  return !_ac_json_reader_failed (reader);
}

/* A journal of this format version in plain JSON, decoded as it is read:
 * no tree of the whole file, which was most of the time a heavy journal
 * took to load. It gives up on anything else, and on anything wrong,
 * returning %NULL; the tree decoder then reads the file and says what is
 * wrong. */
static AcJournal *
stream_decode (const char *data,
               gsize       length)
{
  g_autoptr(AcJsonReader) reader = _ac_json_reader_new (data, length);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) checkins = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) format = NULL;
  g_autoptr(JsonNode) version = NULL;
  g_autoptr(JsonNode) profile_node = NULL;
  g_autoptr(AcProfile) profile = NULL;
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GError) error = NULL;
  AcJournal *journal = NULL;
  Decoder dec = { 0 };
  const char *name;
  guint seen = 0;

  dec.ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, g_free);
  dec.days = g_hash_table_new (NULL, NULL);

  if (!_ac_json_reader_begin_object (reader))
    goto out;

  while (_ac_json_reader_next_member (reader, &name))
    {
      int i = member_index (root_members, name);
      g_autofree char *other = NULL;
      JsonNode *value;

      if (i >= 0 && (seen & (1u << i)))
        goto out;
      if (i >= 0)
        seen |= 1u << i;

      if (i == R_SESSIONS || i == R_CHECKINS)
        {
          if (!stream_records (&dec, reader, i == R_SESSIONS, i == R_SESSIONS ? sessions : checkins))
            goto out;
          continue;
        }

      other = i < 0 ? g_strdup (name) : NULL;
      if ((value = _ac_json_reader_read_value (reader)) == NULL)
        goto out;

      if (i == R_FORMAT)
        format = value;
      else if (i == R_VERSION)
        version = value;
      else if (i == R_PROFILE)
        profile_node = value;
      else if (!add_extra_member (&extra, other, value))
        goto out;
    }

  if (!_ac_json_reader_at_end (reader) ||
      format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), FORMAT_NAME) != 0 ||
      version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) != AC_JOURNAL_FORMAT_VERSION)
    goto out;

  /* null counts as missing, as in collect_members(). */
  if (profile_node != NULL && JSON_NODE_HOLDS_NULL (profile_node))
    g_clear_pointer (&profile_node, json_node_unref);
  if (!(profile = decode_profile (&dec, profile_node, &error)))
    goto out;

  journal = assemble_journal (AC_JOURNAL_FORMAT_VERSION, sessions, checkins, profile, extra);

out:
  decoder_clear (&dec);
  return journal;
}

/* ac_journal_new_from_data(), the length known, with @flags. */
AcJournal *
_ac_journal_codec_read (const char        *data,
                        gsize              length,
                        const char        *source_name,
                        AcCodecReadFlags   flags,
                        GError           **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonNode) fast_root = NULL;
  g_autoptr(GError) local_error = NULL;
  AcJournal *journal = NULL;
  Decoder dec = { 0 };
  const char *name = source_name ? source_name : _("journal");
  g_autofree char *number = NULL;
  guint number_line;
  JsonNode *root;

  if (length == 0)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: the file is empty"), name);
      return NULL;
    }

  /* A journal as this app writes it is decoded as it is read. */
  if ((flags & (AC_CODEC_READ_JSON_GLIB | AC_CODEC_READ_TREE)) == 0 &&
      ((journal = stream_decode (data, length)) != NULL || (flags & AC_CODEC_READ_STREAM_ONLY) != 0))
    return journal;

  /* Plain JSON reads more than twice as fast without json-glib's scanner.
   * The fast reader gives up on anything else, a second document
   * included, and json-glib reads it and says what is wrong. */
  if ((flags & AC_CODEC_READ_JSON_GLIB) == 0)
    fast_root = _ac_json_read (data, length);

  if (fast_root != NULL)
    root = fast_root;
  else
    {
      /* Before json-glib sees it: json-glib 1.6 leaks a second document. */
      if (!only_space_after (data, length, first_value_end (data, length)))
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                       _("%s: not valid JSON: more text follows the end of the journal"), name);
          return NULL;
        }

      if (find_oversized_integer (data, length, &number_line, &number))
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                       /* Translators: the number as the file writes it */
                       _("%s: line %u: the number %s is too large: whole numbers must lie "
                         "between -9223372036854775808 and 9223372036854775807"),
                       name, number_line, number);
          return NULL;
        }

      parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, data, length, &local_error))
        {
          guint line = 0, column = 0;
          int consumed = 0;

          /* json-glib says "<data>:LINE:COLUMN: Parse error: WHAT". */
          if (sscanf (local_error->message, "<data>:%u:%u: Parse error: %n", &line, &column, &consumed) == 2 &&
              consumed > 0)
            g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                         _("%s: line %u, column %u: not valid JSON (the file may be cut short or damaged): %s"),
                         name, line, column, local_error->message + consumed);
          else
            g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                         _("%s: not valid JSON (the file may be cut short or damaged): %s"),
                         name, local_error->message);
          return NULL;
        }
      root = json_parser_get_root (parser);
    }

  dec.ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, g_free);
  dec.days = g_hash_table_new (NULL, NULL);
  journal = decode_root (&dec, root, &local_error);
  decoder_clear (&dec);

  if (journal == NULL)
    {
      guint line = find_error_line (data, length);
      gboolean newer = FALSE;

      /* A newer format may use values this version does not know; say so
       * rather than blame the file. */
      if (local_error->domain == AC_JOURNAL_ERROR &&
          local_error->code == AC_JOURNAL_ERROR_INVALID)
        {
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
          JsonNode *version = object ? json_object_get_member (object, "version") : NULL;

          newer = version != NULL && JSON_NODE_HOLDS_VALUE (version) &&
                  json_node_get_value_type (version) == G_TYPE_INT64 &&
                  json_node_get_int (version) > AC_JOURNAL_FORMAT_VERSION &&
                  json_node_get_int (version) <= G_MAXINT;
        }

      if (newer)
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NEWER_VERSION,
                     _("%s: written by a newer version of Aftercare, which this version cannot read (%s)"),
                     name, local_error->message);
      else if (line > 0)
        g_set_error (error, AC_JOURNAL_ERROR, local_error->code,
                     _("%s: line %u: %s"), name, line, local_error->message);
      else
        g_set_error (error, AC_JOURNAL_ERROR, local_error->code,
                     "%s: %s", name, local_error->message);
      return NULL;
    }

  return journal;
}

/**
 * ac_journal_new_from_data:
 * @data: the text of a journal file
 * @length: its length, or -1 if nul-terminated
 * @source_name: (nullable): the file's name, for messages
 *
 * Reads a journal. Every value is checked; the first that breaks a rule
 * gives an error that names the file, the line, the field and the rule. A
 * journal of a newer format version is read as far as this version knows it
 * and is read-only.
 *
 * Returns: (transfer full) (nullable): the journal, or %NULL with @error set
 */
AcJournal *
ac_journal_new_from_data (const char  *data,
                          gssize       length,
                          const char  *source_name,
                          GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);

  return _ac_journal_codec_read (data, length, source_name, AC_CODEC_READ_DEFAULT, error);
}

static JsonArray *
words_array (GType flags_type,
             guint value)
{
  JsonArray *array = json_array_new ();

  for (guint bit = 1; bit != 0 && bit <= value; bit <<= 1)
    if ((value & bit) != 0)
      json_array_add_string_element (array, ac_flag_to_string (flags_type, bit));

  return array;
}

static void
add_extra (JsonObject *object,
           JsonObject *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;

  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (object, name, json_node_copy (node));
}

static JsonNode *
encode_session (AcSession *session)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  /* Always a numeric offset, never "Z": the offset is the session's zone. */
  g_autofree char *start = g_date_time_format (ac_session_get_start (session),
                                               "%Y-%m-%dT%H:%M:%S%:z");

  json_object_set_string_member (object, "id", ac_session_get_id (session));
  json_object_set_string_member (object, "start", start);
  json_object_set_int_member (object, "minutes", ac_session_get_minutes (session));
  json_object_set_string_member (object, "pressure",
                                 ac_pressure_to_string (ac_session_get_pressure (session)));
  json_object_set_string_member (object, "purpose",
                                 ac_purpose_to_string (ac_session_get_purpose (session)));
  json_object_set_string_member (object, "therapist", ac_session_get_therapist (session));
  json_object_set_array_member (object, "areas",
                                words_array (AC_TYPE_AREA, ac_session_get_areas (session)));
  json_object_set_boolean_member (object, "planned", ac_session_get_planned (session));
  json_object_set_string_member (object, "notes", ac_session_get_notes (session));
  add_extra (object, _ac_session_get_extra (session));

  json_node_take_object (node, object);
  return node;
}

static JsonNode *
encode_checkin (AcCheckin *checkin)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  const GDate *date = ac_checkin_get_date (checkin);
  char day[16];

  g_snprintf (day, sizeof day, "%04d-%02d-%02d",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));

  json_object_set_string_member (object, "id", ac_checkin_get_id (checkin));
  json_object_set_string_member (object, "date", day);
  json_object_set_int_member (object, "soreness", ac_checkin_get_soreness (checkin));
  json_object_set_array_member (object, "areas",
                                words_array (AC_TYPE_AREA, ac_checkin_get_areas (checkin)));
  json_object_set_array_member (object, "symptoms",
                                words_array (AC_TYPE_SYMPTOM, ac_checkin_get_symptoms (checkin)));
  json_object_set_string_member (object, "notes", ac_checkin_get_notes (checkin));
  add_extra (object, _ac_checkin_get_extra (checkin));

  json_node_take_object (node, object);
  return node;
}

char *
_ac_journal_codec_write (AcJournalSnapshot *snapshot,
                         gsize             *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();
  JsonObject *profile = json_object_new ();
  JsonArray *sessions = json_array_sized_new (snapshot->sessions->len);
  JsonArray *checkins = json_array_sized_new (snapshot->checkins->len);

  json_object_set_string_member (object, "format", FORMAT_NAME);
  json_object_set_int_member (object, "version", AC_JOURNAL_FORMAT_VERSION);

  json_object_set_array_member (profile, "conditions",
                                words_array (AC_TYPE_CONDITION,
                                             ac_profile_get_conditions (snapshot->profile)));
  add_extra (profile, _ac_profile_get_extra (snapshot->profile));
  json_object_set_object_member (object, "profile", profile);

  for (guint i = 0; i < snapshot->sessions->len; i++)
    json_array_add_element (sessions, encode_session (g_ptr_array_index (snapshot->sessions, i)));
  json_object_set_array_member (object, "sessions", sessions);

  for (guint i = 0; i < snapshot->checkins->len; i++)
    json_array_add_element (checkins, encode_checkin (g_ptr_array_index (snapshot->checkins, i)));
  json_object_set_array_member (object, "checkins", checkins);

  add_extra (object, snapshot->extra);

  json_node_take_object (root, object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
}

/**
 * ac_journal_to_data:
 * @length: (out) (optional): the text's length
 *
 * Returns: (transfer full): the journal as the text of a format 1 file
 */
char *
ac_journal_to_data (AcJournal *self,
                    gsize     *length)
{
  g_autoptr(AcJournalSnapshot) snapshot = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  snapshot = _ac_journal_snapshot_new (self);
  return _ac_journal_codec_write (snapshot, length);
}
