/* ac-journal-encode.c — the journal written as JSON text
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is laid out as json-glib's generator lays it out, pretty with
 * an indent of two, so files written before and after read the same; but
 * it is written here, straight from the records, for two reasons:
 * unknown members are kept as their own text, which json-glib cannot
 * write, and json-glib 1.6 writes U+001F raw inside a string, which is
 * not JSON (it escapes the other control characters).
 */

#define G_LOG_DOMAIN "ac-journal-encode"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-journal-codec-private.h"

static void
add_indent (GString *out,
            guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
add_string (GString    *out,
            const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:   g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* Starts a member: a comma after the one before, its indent and name. */
static void
add_name (GString    *out,
          guint       level,
          gboolean   *first,
          const char *name)
{
  g_string_append (out, *first ? "\n" : ",\n");
  *first = FALSE;
  add_indent (out, level);
  add_string (out, name);
  g_string_append (out, " : ");
}

static void
add_string_member (GString    *out,
                   guint       level,
                   gboolean   *first,
                   const char *name,
                   const char *value)
{
  add_name (out, level, first, name);
  add_string (out, value != NULL ? value : "");
}

static void
add_int_member (GString    *out,
                guint       level,
                gboolean   *first,
                const char *name,
                gint64      value)
{
  add_name (out, level, first, name);
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

static void
add_words_member (GString    *out,
                  guint       level,
                  gboolean   *first,
                  const char *name,
                  GType       flags_type,
                  guint       value)
{
  gboolean none = TRUE;

  add_name (out, level, first, name);
  g_string_append_c (out, '[');
  for (guint bit = 1; bit != 0 && bit <= value; bit <<= 1)
    if ((value & bit) != 0)
      {
        g_string_append (out, none ? "\n" : ",\n");
        none = FALSE;
        add_indent (out, level + 1);
        add_string (out, ac_flag_to_string (flags_type, bit));
      }
  if (!none)
    {
      g_string_append_c (out, '\n');
      add_indent (out, level);
    }
  g_string_append_c (out, ']');
}

/* Unknown members, each written back as the text it was read from. */
static void
add_extra (GString    *out,
           guint       level,
           gboolean   *first,
           JsonObject *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;

  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      add_name (out, level, first, name);
      g_string_append (out, json_node_get_string (node));
    }
}

static void
end_object (GString  *out,
            guint     level,
            gboolean  first)
{
  if (first)
    g_string_append (out, "  }");
  else
    {
      g_string_append_c (out, '\n');
      add_indent (out, level);
      g_string_append_c (out, '}');
    }
}

/* An optional 0–10 member, written only when told. */
static void
add_scale_member (GString    *out,
                  guint       level,
                  gboolean   *first,
                  const char *name,
                  int         value)
{
  if (value != AC_SCALE_UNSET)
    add_int_member (out, level, first, name, value);
}

/* A record's object up to its id, and from its unknown members to its end. */
static void
begin_record (GString  *out,
              guint     level,
              gboolean *first,
              gpointer  record)
{
  add_indent (out, level);
  g_string_append_c (out, '{');
  add_string_member (out, level + 1, first, "id", ac_record_get_id (record));
}

static void
end_record (GString  *out,
            guint     level,
            gboolean *first,
            gpointer  record)
{
  add_extra (out, level + 1, first, _ac_record_get_extra (record));
  end_object (out, level, *first);
}

static void
add_session (GString   *out,
             guint      level,
             AcSession *session)
{
  /* Always a numeric offset, never "Z": the offset is the session's zone. */
  g_autofree char *start = g_date_time_format (ac_session_get_start (session),
                                               "%Y-%m-%dT%H:%M:%S%:z");
  gboolean first = TRUE;

  begin_record (out, level, &first, session);
  add_string_member (out, level + 1, &first, "start", start);
  add_int_member (out, level + 1, &first, "minutes", ac_session_get_minutes (session));
  add_string_member (out, level + 1, &first, "pressure",
                     ac_pressure_to_string (ac_session_get_pressure (session)));
  add_string_member (out, level + 1, &first, "purpose",
                     ac_purpose_to_string (ac_session_get_purpose (session)));
  add_string_member (out, level + 1, &first, "therapist", ac_session_get_therapist (session));
  add_words_member (out, level + 1, &first, "areas", AC_TYPE_AREA, ac_session_get_areas (session));
  add_name (out, level + 1, &first, "planned");
  g_string_append (out, ac_session_get_planned (session) ? "true" : "false");
  add_scale_member (out, level + 1, &first, "felt", ac_session_get_felt (session));
  if (ac_session_get_price (session) != NULL)
    add_string_member (out, level + 1, &first, "price", ac_session_get_price (session));
  add_string_member (out, level + 1, &first, "notes", ac_session_get_notes (session));
  end_record (out, level, &first, session);
}

static void
add_checkin (GString   *out,
             guint      level,
             AcCheckin *checkin)
{
  g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (checkin));
  gboolean first = TRUE;

  begin_record (out, level, &first, checkin);
  add_string_member (out, level + 1, &first, "date", day);
  add_int_member (out, level + 1, &first, "soreness", ac_checkin_get_soreness (checkin));
  add_words_member (out, level + 1, &first, "areas", AC_TYPE_AREA, ac_checkin_get_areas (checkin));
  add_words_member (out, level + 1, &first, "symptoms", AC_TYPE_SYMPTOM,
                    ac_checkin_get_symptoms (checkin));
  add_scale_member (out, level + 1, &first, "stress", ac_checkin_get_stress (checkin));
  add_scale_member (out, level + 1, &first, "sleep", ac_checkin_get_sleep (checkin));
  add_string_member (out, level + 1, &first, "notes", ac_checkin_get_notes (checkin));
  end_record (out, level, &first, checkin);
}

static void
add_clearance (GString     *out,
               guint        level,
               AcClearance *clearance)
{
  g_autofree char *day = ac_date_format_iso (ac_clearance_get_date (clearance));
  gboolean first = TRUE;

  begin_record (out, level, &first, clearance);
  add_string_member (out, level + 1, &first, "date", day);
  add_string_member (out, level + 1, &first, "what", ac_clearance_get_what (clearance));
  add_string_member (out, level + 1, &first, "note", ac_clearance_get_note (clearance));
  end_record (out, level, &first, clearance);
}

/* A list of records, each written by @add_record. */
static void
add_records (GString    *out,
             gboolean   *first,
             const char *name,
             GPtrArray  *records,
             void      (*add_record) (GString *, guint, gpointer))
{
  add_name (out, 1, first, name);
  g_string_append_c (out, '[');
  for (guint i = 0; i < records->len; i++)
    {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      add_record (out, 2, g_ptr_array_index (records, i));
    }
  if (records->len > 0)
    g_string_append (out, "\n  ");
  g_string_append_c (out, ']');
}

char *
_ac_journal_codec_write (AcJournalSnapshot *snapshot,
                         gsize             *length)
{
  /* About 400 bytes a record, as the app writes them. */
  GString *out = g_string_sized_new (1024 + 400 * (snapshot->sessions->len + snapshot->checkins->len +
                                                    snapshot->clearances->len));
  gboolean first = TRUE, profile_first = TRUE;

  g_string_append_c (out, '{');
  add_string_member (out, 1, &first, "format", AC_JOURNAL_FORMAT_NAME);
  add_int_member (out, 1, &first, "version", AC_JOURNAL_FORMAT_VERSION);

  add_name (out, 1, &first, "profile");
  g_string_append_c (out, '{');
  add_words_member (out, 2, &profile_first, "conditions", AC_TYPE_CONDITION,
                    ac_profile_get_conditions (snapshot->profile));
  /* Format 2's members, written only when set, so a profile without them
   * reads as a version 1 one did. */
  if (ac_profile_get_avoid_areas (snapshot->profile) != AC_AREA_NONE)
    add_words_member (out, 2, &profile_first, "avoid_areas", AC_TYPE_AREA,
                      ac_profile_get_avoid_areas (snapshot->profile));
  if (*ac_profile_get_therapist_notes (snapshot->profile) != '\0')
    add_string_member (out, 2, &profile_first, "therapist_notes",
                       ac_profile_get_therapist_notes (snapshot->profile));
  add_extra (out, 2, &profile_first, _ac_profile_get_extra (snapshot->profile));
  end_object (out, 1, profile_first);

  add_records (out, &first, "sessions", snapshot->sessions, (gpointer) add_session);
  add_records (out, &first, "checkins", snapshot->checkins, (gpointer) add_checkin);
  add_records (out, &first, "clearances", snapshot->clearances, (gpointer) add_clearance);
  add_extra (out, 1, &first, snapshot->extra);
  end_object (out, 0, first);

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * ac_journal_to_data:
 * @length: (out) (optional): the text's length
 *
 * Returns: (transfer full): the journal as the text of a file of the current format
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
