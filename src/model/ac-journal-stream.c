/* ac-journal-stream.c — the journal decoded as its text is read
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the text with the strict reader: known members are read
 * into small trees and decoded record by record, unknown ones are checked
 * and kept as their own text. No tree of the whole file is built, which
 * was most of the time a heavy journal took to load, and json-glib's
 * parser never sees the text.
 *
 * The first fault in the text (not JSON, nested too deep, a value that
 * cannot be kept) stops the reading and is told with its line. A value
 * that breaks the format's rules does not: it is told only if the text is
 * JSON to its end, and in the order the format's rules are checked in
 * (format, version, profile, sessions, check-ins, clearances), whatever
 * the order of
 * the members in the file.
 */

#define G_LOG_DOMAIN "ac-journal-stream"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-journal-codec-private.h"
#include "ac-json-reader-private.h"

static const char * const root_members[] = {
  "format", "version", "profile", "sessions", "checkins", "clearances", NULL
};
enum { R_FORMAT, R_VERSION, R_PROFILE, R_SESSIONS, R_CHECKINS, R_CLEARANCES, R_N };
G_STATIC_ASSERT (R_CHECKINS - R_SESSIONS == AC_RECORD_KIND_CHECKIN &&
                 R_CLEARANCES - R_SESSIONS == AC_RECORD_KIND_CLEARANCE);

/* The rules' errors are told in this order. */
typedef enum
{
  PART_ROOT,
  PART_PROFILE,
  PART_SESSIONS,   /* then one part for each AcRecordKind, in order */
  PART_CHECKINS,
  PART_CLEARANCES,
  N_PARTS
} Part;

typedef struct
{
  AcDecoder     dec;
  AcJsonReader *reader;
  /* What is being read, for messages: a path and a member's name in it,
   * put together only for a message. */
  char          record_path[32];
  const char   *path;
  const char   *field;
  GError       *errors[N_PARTS];      /* the first error of each part */
  const char   *error_at[N_PARTS];
} Stream;

static void
stream_clear (Stream *s)
{
  _ac_decoder_clear (&s->dec);
  g_clear_pointer (&s->reader, _ac_json_reader_free);
  for (guint i = 0; i < N_PARTS; i++)
    g_clear_error (&s->errors[i]);
}

/* Keeps @error as @part's, unless it has one already. */
static void
keep_error (Stream *s,
            Part    part,
            GError *error)
{
  if (s->errors[part] == NULL)
    {
      s->errors[part] = error;
      s->error_at[part] = s->dec.where;
    }
  else
    g_error_free (error);
}

static void
set_path (Stream     *s,
          const char *path,
          const char *field)
{
  /* After a fault, the path is the fault's. */
  if (_ac_json_reader_get_problem (s->reader, NULL, NULL) != AC_JSON_OK)
    return;
  s->path = path;
  s->field = field;
}

/* A member's value: known members into a tree (null counts as missing),
 * unknown ones, checked, as their own text into @members->extra. A name
 * given twice is an error of the file. FALSE only at a fault of the text. */
static gboolean
read_member (Stream             *s,
             const char * const *names,
             const char         *name,
             const char         *path,
             AcMembers          *members,
             guint              *seen,
             GError            **error)
{
  int i = _ac_member_index (names, name);
  const char *at;
  const char *text;
  gsize length;
  g_autofree char *own_text = NULL;

  set_path (s, path, name);
  at = _ac_json_reader_get_position (s->reader);

  if (i >= 0 ? (*seen & (1u << i)) != 0 :
      members->extra != NULL && json_object_has_member (members->extra, name))
    {
      g_autofree char *where = _ac_field_path (path, name);

      if (error != NULL && *error == NULL)
        _ac_decoder_fail (&s->dec, at, error, where, _("is given twice; which one is meant?"));
      return _ac_json_reader_skip_value (s->reader, &text, &length);
    }

  if (i >= 0)
    {
      JsonNode *node = _ac_json_reader_read_value (s->reader);

      if (node == NULL)
        return FALSE;
      *seen |= 1u << i;
      if (JSON_NODE_HOLDS_NULL (node))
        json_node_unref (node);
      else
        {
          members->nodes[i] = node;
          members->at[i] = at;
        }
      return TRUE;
    }

  if (!_ac_json_reader_skip_value (s->reader, &text, &length))
    return FALSE;
  if (members->extra == NULL)
    members->extra = json_object_new ();
  own_text = g_strndup (text, length);
  json_object_set_member (members->extra, name, json_node_init_string (json_node_alloc (), own_text));
  return TRUE;
}

/* The members of the object that comes next. FALSE at a fault of the
 * text; an error of the file in @error. */
static gboolean
read_object (Stream             *s,
             const char * const *names,
             const char         *path,
             AcMembers          *members,
             GError            **error)
{
  guint seen = 0;
  const char *name;

  members->object_at = _ac_json_reader_get_position (s->reader);
  if (!_ac_json_reader_begin_object (s->reader))
    return FALSE;
  for (;;)
    {
      /* A fault in a name is told with the object's path. */
      set_path (s, path, NULL);
      if (!_ac_json_reader_next_member (s->reader, &name))
        break;
      if (!read_member (s, names, name, path, members, &seen, error))
        return FALSE;
    }

  return _ac_json_reader_get_problem (s->reader, NULL, NULL) == AC_JSON_OK;
}

/* When what comes next is not @open: reads it, to say what it is. */
static gboolean
expect (Stream      *s,
        char         open,
        const char  *where,
        const char  *expected,
        GError     **error)
{
  const char *at = _ac_json_reader_get_position (s->reader);
  g_autoptr(JsonNode) node = NULL;

  if (_ac_json_reader_peek (s->reader) == open)
    return TRUE;

  node = _ac_json_reader_read_value (s->reader);
  if (node != NULL)
    _ac_decoder_wrong_type (&s->dec, at, node, where, expected, error);
  return FALSE;
}

static gpointer
read_record (Stream        *s,
             AcRecordKind   kind,
             guint          index,
             GError       **error)
{
  AcMembers members = { 0 };
  const char *path = s->record_path;
  gpointer record = NULL;

  /* Not after a fault: its path stays. */
  if (_ac_json_reader_get_problem (s->reader, NULL, NULL) != AC_JSON_OK)
    return NULL;
  g_snprintf (s->record_path, sizeof s->record_path, "%s[%u]", _ac_record_lists[kind], index);
  set_path (s, path, NULL);

  if (expect (s, '{', path, _("an object"), error) &&
      read_object (s, _ac_record_members[kind], path, &members, error) &&
      *error == NULL)
    record = _ac_decode_record (&s->dec, &members, kind, index, error);

  _ac_members_clear (&members);
  return record;
}

static void
read_records (Stream       *s,
              AcRecordKind  kind,
              GPtrArray    *records)
{
  Part part = PART_SESSIONS + kind;
  const char *field = _ac_record_lists[kind];
  g_autoptr(GError) error = NULL;

  set_path (s, field, NULL);
  if (_ac_json_reader_take_null (s->reader))
    return;
  if (!expect (s, '[', field, _("a list"), &error))
    {
      if (error != NULL)
        keep_error (s, part, g_steal_pointer (&error));
      return;
    }

  _ac_json_reader_begin_array (s->reader);
  for (guint index = 0; _ac_json_reader_next_element (s->reader); index++)
    {
      gpointer record;
      const char *text;
      gsize length;

      /* After an error, the rest is only checked to be JSON. */
      if (s->errors[part] != NULL)
        {
          if (!_ac_json_reader_skip_value (s->reader, &text, &length))
            return;
          continue;
        }

      record = read_record (s, kind, index, &error);
      if (record != NULL)
        g_ptr_array_add (records, record);
      else if (error != NULL)
        keep_error (s, part, g_steal_pointer (&error));
      else
        return;
    }
}

static AcProfile *
read_profile (Stream *s)
{
  g_autoptr(GError) error = NULL;
  AcMembers members = { 0 };
  AcProfile *profile = NULL;

  set_path (s, "profile", NULL);
  if (_ac_json_reader_take_null (s->reader))
    return ac_profile_new (AC_CONDITION_NONE);

  if (expect (s, '{', "profile", _("an object"), &error) &&
      read_object (s, _ac_profile_members, "profile", &members, &error) &&
      error == NULL)
    profile = _ac_decode_profile (&s->dec, &members, &error);

  if (error != NULL)
    keep_error (s, PART_PROFILE, g_steal_pointer (&error));
  _ac_members_clear (&members);
  return profile;
}

/* The error of the text's first fault. */
static void
tell_fault (Stream      *s,
            const char  *name,
            GError     **error)
{
  const char *at, *message;
  AcJsonProblem problem = _ac_json_reader_get_problem (s->reader, &at, &message);
  g_autofree char *path = s->field ? _ac_field_path (s->path, s->field) : g_strdup (s->path);
  guint line, column;

  _ac_json_position_to_line (s->dec.data, at, &line, &column);
  if (problem == AC_JSON_SYNTAX)
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                 _("%s: line %u, column %u: not valid JSON (the file may be cut short or damaged): %s"),
                 name, line, column, message);
  else if (problem == AC_JSON_TOO_DEEP)
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                 "%s: line %u, column %u: %s", name, line, column, message);
  else if (path != NULL && path[0] != '\0')
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                 "%s: line %u: %s: %s", name, line, path, message);
  else
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                 "%s: line %u: %s", name, line, message);
}

/* The first error of the format's rules, @version the file's if known. */
static void
tell_error (Stream      *s,
            const char  *name,
            GError      *found,
            const char  *at,
            gint64       version,
            GError     **error)
{
  guint line, column;

  /* A newer format may use values this version does not know; say so
   * rather than blame the file. */
  if (found->code == AC_JOURNAL_ERROR_INVALID && version > AC_JOURNAL_FORMAT_VERSION &&
      version <= G_MAXINT)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NEWER_VERSION,
                   _("%s: written by a newer version of Aftercare, which this version cannot read (%s)"),
                   name, found->message);
      return;
    }

  if (at == NULL)
    g_set_error (error, AC_JOURNAL_ERROR, found->code, "%s: %s", name, found->message);
  else
    {
      _ac_json_position_to_line (s->dec.data, at, &line, &column);
      g_set_error (error, AC_JOURNAL_ERROR, found->code, _("%s: line %u: %s"), name, line, found->message);
    }
  /* The field and the rule stay data, behind the file's name and line. */
  if (error != NULL && *error != NULL)
    _ac_journal_error_set_data (*error, ac_journal_error_get_field (found),
                                ac_journal_error_get_rule (found));
}

/* Whether the file's format and version are ones this version reads. */
static gboolean
check_head (Stream      *s,
            AcMembers   *root,
            gint64      *version,
            GError     **error)
{
  JsonNode *format = root->nodes[R_FORMAT], *node = root->nodes[R_VERSION];

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      strcmp (json_node_get_string (format), AC_JOURNAL_FORMAT_NAME) != 0)
    {
      if (format != NULL && (!JSON_NODE_HOLDS_VALUE (format) ||
                             json_node_get_value_type (format) != G_TYPE_STRING))
        return _ac_decoder_wrong_type (&s->dec, root->at[R_FORMAT], format, "format", _("a string"), error);

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("format: expected “%s”; this is not an Aftercare journal"),
                   AC_JOURNAL_FORMAT_NAME);
      s->dec.where = format ? root->at[R_FORMAT] : root->object_at;
      return FALSE;
    }

  if (node == NULL)
    return _ac_decoder_fail (&s->dec, root->object_at, error, "version", _("is missing"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _ac_decoder_wrong_type (&s->dec, root->at[R_VERSION], node, "version", _("a whole number"), error);

  *version = json_node_get_int (node);
  if (*version < 1 || *version > G_MAXINT)
    return _ac_decoder_fail (&s->dec, root->at[R_VERSION], error, "version",
                             _("%lld is not a format version"), (long long) *version);
  return TRUE;
}

static AcJournal *
read_journal (Stream      *s,
              const char  *name,
              GError     **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) checkins = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) clearances = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *lists[] = { sessions, checkins, clearances };
  g_autoptr(AcProfile) profile = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) root_error = NULL;
  AcMembers root = { 0 };
  AcJournal *journal = NULL;
  const char *member, *at = _ac_json_reader_get_position (s->reader);
  gint64 version = 0;
  guint seen = 0;

  if (_ac_json_reader_peek (s->reader) != '{')
    {
      g_autoptr(JsonNode) node = _ac_json_reader_read_value (s->reader);

      if (node == NULL)
        tell_fault (s, name, error);
      else if (!_ac_json_reader_at_end (s->reader))
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                     _("%s: not valid JSON: more text follows the end of the journal"), name);
      else
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                     _("%s: expected an Aftercare journal, an object, found %s"),
                     name, _ac_describe_node (node));
      return NULL;
    }

  root.object_at = at;
  _ac_json_reader_begin_object (s->reader);
  for (;;)
    {
      int i;

      set_path (s, NULL, NULL);
      if (!_ac_json_reader_next_member (s->reader, &member))
        break;
      i = _ac_member_index (root_members, member);

      if (i == R_PROFILE && (seen & (1u << i)) == 0)
        {
          seen |= 1u << i;
          profile = read_profile (s);
        }
      else if (i >= R_SESSIONS && i <= R_CLEARANCES && (seen & (1u << i)) == 0)
        {
          seen |= 1u << i;
          read_records (s, i - R_SESSIONS, lists[i - R_SESSIONS]);
        }
      else if (!read_member (s, root_members, member, NULL, &root, &seen, &root_error))
        break;
    }
  if (root_error != NULL)
    keep_error (s, PART_ROOT, g_steal_pointer (&root_error));

  if (_ac_json_reader_get_problem (s->reader, NULL, NULL) != AC_JSON_OK)
    tell_fault (s, name, error);
  else if (!_ac_json_reader_at_end (s->reader))
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                 _("%s: not valid JSON: more text follows the end of the journal"), name);
  else if (s->errors[PART_ROOT] != NULL)
    tell_error (s, name, s->errors[PART_ROOT], s->error_at[PART_ROOT], 0, error);
  else if (!check_head (s, &root, &version, &local_error))
    tell_error (s, name, local_error, s->dec.where, 0, error);
  else
    {
      for (guint part = PART_PROFILE; part < N_PARTS; part++)
        if (s->errors[part] != NULL)
          {
            tell_error (s, name, s->errors[part], s->error_at[part], version, error);
            goto out;
          }

      if (profile == NULL)
        profile = ac_profile_new (AC_CONDITION_NONE);
      journal = _ac_journal_assemble ((guint) version, sessions, checkins, clearances,
                                      profile, root.extra);
    }

out:
  _ac_members_clear (&root);
  return journal;
}

/* ac_journal_new_from_data(), the length known. */
/* A journal is text. A NUL byte, bytes that are not UTF-8 or control
 * characters other than white space near the start say the file is a
 * picture, an archive or another program's data; the JSON reader would
 * name whatever it tripped over first ("more text follows the end of the
 * journal"), which says nothing to a person. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize n = MIN (length, 4096);
  const char *end = NULL;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return TRUE;
    }

  /* A character cut in two at the end of what is looked at is no sign. */
  return !g_utf8_validate (data, n, &end) && end + 4 < data + n;
}

AcJournal *
_ac_journal_codec_read (const char  *data,
                        gsize        length,
                        const char  *source_name,
                        GError     **error)
{
  const char *name = source_name ? source_name : _("journal");
  Stream s = { 0 };
  AcJournal *journal;
  gsize i;

  for (i = 0; i < length && strchr (" \t\n\r", data[i]) != NULL && data[i] != '\0'; i++)
    ;
  if (i == length)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: the file is empty"), name);
      return NULL;
    }
  if (looks_binary (data + i, length - i))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: this isn’t an Aftercare journal: it looks like binary data "
                     "(a picture, an archive or another program’s file), not text"), name);
      return NULL;
    }

  _ac_decoder_init (&s.dec, data, length);
  s.reader = _ac_json_reader_new (data, length);
  journal = read_journal (&s, name, error);
  stream_clear (&s);

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

  return _ac_journal_codec_read (data, length, source_name, error);
}
