/* ac-import-ics.c — calendar events as sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every VEVENT of the file is a candidate session:
 *
 * - start: DTSTART in the event's own offset at that instant (a TZID's
 *   zone is turned into the fixed offset it has then); UTC and floating
 *   times take the local zone. A TZID that names a zone of the time zone
 *   database ("Europe/Berlin") is read in that zone, whatever the file's
 *   VTIMEZONE of it says: exports often hold only the observances of a
 *   year or two, or only the summer one, which would put other times hours
 *   off. When the file's definition gives another offset, the candidate's
 *   note says which zone was used. Only a name nobody knows ("Eastern
 *   Standard Time", as Outlook writes) is read in the file's VTIMEZONE,
 *   and a TZID that is neither is not a time zone this system knows;
 * - minutes: from DTEND or DURATION, to the nearest minute, 1–600;
 * - id: the UID when it is a UUID (as Aftercare exports), else a UUID
 *   derived from the UID, so importing the same event again finds it;
 * - pressure, purpose, therapist, areas, planned: the X-AFTERCARE-
 *   properties Aftercare exports; for other events moderate, other, none,
 *   none, and planned when the event is in the future;
 * - notes: for Aftercare's events the DESCRIPTION, with the spaces around
 *   it (as the therapist), for others the SUMMARY and the DESCRIPTION.
 *
 * An event that cannot be a session (all-day, repeating, also with a rule
 * that cannot be read, cancelled, too long, no start) is a candidate that
 * is not importable, with the reason and the line. A file that is not iCalendar (a line that is not
 * NAME:value, BEGIN and END that do not match) is an error naming the
 * line. libical does the parsing; a first pass over the text finds the
 * lines, which libical does not report.
 */

#define G_LOG_DOMAIN "ac-import-ics"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-import-ics-private.h"
#include "ac-record-private.h"

/* Events */

/**
 * _ac_ics_reject:
 * @line: the line of the property, or 0 for the event's
 * @field: the property
 *
 * Gives @ev its reason why it cannot be a session.
 *
 * Returns: %FALSE
 */
gboolean
_ac_ics_reject (AcIcsEvent *ev,
                guint       line,
                const char *field,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line == 0 && ev->lines != NULL)
    line = ev->lines->begin;

  g_clear_pointer (&ev->reason, g_free);
  if (line > 0)
    ev->reason = g_strdup_printf (_("line %u: %s: %s"), line, field, message);
  else
    ev->reason = g_strdup_printf ("%s: %s", field, message);
  return FALSE;
}

/* The property line numbers, 0 when not known. */
#define LINE_OF(ev, member) ((ev)->lines != NULL ? (ev)->lines->member : 0)

/* A TEXT value as written, unescaped (RFC 5545, 3.3.11). */
static char *
unescape_text (const char *raw)
{
  GString *text = g_string_sized_new (strlen (raw));

  for (const char *p = raw; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        g_string_append_c (text, *p);
      else if (p[1] == 'n' || p[1] == 'N')
        g_string_append_c (text, '\n'), p++;
      else if (p[1] == '\\' || p[1] == ';' || p[1] == ',')
        g_string_append_c (text, *++p);
      else
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* libical drops the spaces around a value: the value as the first pass
 * found it, when it is libical's @parsed with its spaces, else @parsed. */
static char *
text_value (const char *raw,
            const char *parsed)
{
  g_autofree char *stripped = NULL;
  g_autofree char *unescaped = NULL;

  if (parsed == NULL)
    return NULL;
  if (raw == NULL)
    return g_strdup (parsed);

  stripped = g_strstrip (g_strdup (raw));
  if (g_str_equal (stripped, parsed))
    return g_strdup (raw);
  unescaped = unescape_text (stripped);
  if (g_str_equal (unescaped, parsed))
    return unescape_text (raw);

  return g_strdup (parsed);
}

#define RAW_VALUE(ev, member) ((ev)->lines != NULL ? (ev)->lines->member : NULL)

static char *
limit_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) <= AC_TEXT_MAX_CHARS)
    return g_strdup (text);
  return g_utf8_substring (text, 0, AC_TEXT_MAX_CHARS);
}

/* Aftercare's own properties; returns FALSE with a reason for a bad one. */
static gboolean
read_aftercare (AcIcsEvent *ev,
                AcSession  *session,
                gboolean   *ours,
                gboolean   *has_planned)
{
  guint line = LINE_OF (ev, begin);

  for (icalproperty *property = icalcomponent_get_first_property (ev->event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (ev->event, ICAL_X_PROPERTY))
    {
      const char *name = icalproperty_get_x_name (property);
      const char *value = icalproperty_get_x (property);

      if (name == NULL || !g_str_has_prefix (name, "X-AFTERCARE-"))
        continue;
      if (value == NULL)
        value = "";
      *ours = TRUE;

      if (g_str_equal (name, "X-AFTERCARE-PRESSURE"))
        {
          AcPressure pressure;

          if (!ac_pressure_from_string (value, &pressure))
            return _ac_ics_reject (ev, line, name, _("“%s” is not one of: light, moderate, deep"), value);
          ac_session_set_pressure (session, pressure);
        }
      else if (g_str_equal (name, "X-AFTERCARE-PURPOSE"))
        {
          AcPurpose purpose;

          if (!ac_purpose_from_string (value, &purpose))
            return _ac_ics_reject (ev, line, name,
                           _("“%s” is not one of: relaxation, social, sport, injury, other"), value);
          ac_session_set_purpose (session, purpose);
        }
      else if (g_str_equal (name, "X-AFTERCARE-THERAPIST"))
        {
          g_autofree char *spaced = text_value (RAW_VALUE (ev, therapist_value), value);
          g_autofree char *therapist = limit_text (spaced);

          ac_session_set_therapist (session, therapist);
        }
      else if (g_str_equal (name, "X-AFTERCARE-AREAS"))
        {
          g_autofree char *bad = NULL;
          guint areas;

          if (!_ac_transfer_words_to_flags (AC_TYPE_AREA, value, &areas, &bad))
            return _ac_ics_reject (ev, line, name, _("“%s” is not a body area"), bad);
          ac_session_set_areas (session, areas);
        }
      else if (g_str_equal (name, "X-AFTERCARE-PLANNED"))
        {
          if (g_ascii_strcasecmp (value, "TRUE") != 0 && g_ascii_strcasecmp (value, "FALSE") != 0)
            return _ac_ics_reject (ev, line, name, _("“%s” is not TRUE or FALSE"), value);
          ac_session_set_planned (session, g_ascii_strcasecmp (value, "TRUE") == 0);
          *has_planned = TRUE;
        }
    }

  return TRUE;
}

/* Aftercare's own events keep the spaces around their notes; the title
 * and description of another calendar's event are trimmed. */
static char *
event_notes (AcIcsEvent *ev,
             gboolean    ours)
{
  g_autofree char *description = text_value (RAW_VALUE (ev, description_value),
                                             icalcomponent_get_description (ev->event));
  g_autoptr(GString) notes = g_string_new (NULL);

  if (!ours && ev->summary != NULL)
    g_string_append (notes, ev->summary);
  if (description != NULL && description[0] != '\0')
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, description);
    }
  if (!ours)
    g_strstrip (notes->str);

  return limit_text (notes->str);
}

static char *
event_id (AcIcsEvent *ev)
{
  const char *uid = icalcomponent_get_uid (ev->event);
  g_autofree char *name = NULL;
  struct icaltimetype start;

  if (uid != NULL && uid[0] != '\0')
    {
      if (g_uuid_string_is_valid (uid))
        return g_strdup (uid);
      name = g_strconcat ("ics-uid:", uid, NULL);
      return _ac_transfer_derive_id (name);
    }

  /* No UID (it is required, but not every program writes one). */
  start = icalcomponent_get_dtstart (ev->event);
  name = g_strconcat ("ics:", icaltime_as_ical_string (start), "\x1f",
                      ev->summary ? ev->summary : "", NULL);
  return _ac_transfer_derive_id (name);
}

/* Reads one event into a session; FALSE with ev->reason when it cannot be
 * one. */
static AcSession *
read_event (AcIcsEvent *ev,
            GHashTable *ids,
            GDateTime  *now,
            GTimeZone  *local)
{
  icalproperty *start_property = icalcomponent_get_first_property (ev->event, ICAL_DTSTART_PROPERTY);
  icalproperty *end_property = icalcomponent_get_first_property (ev->event, ICAL_DTEND_PROPERTY);
  icalproperty *duration_property = icalcomponent_get_first_property (ev->event, ICAL_DURATION_PROPERTY);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *notes = NULL;
  gboolean ours = FALSE, has_planned = FALSE;
  gint64 seconds, minutes;
  guint other, end_line;

  if (icalcomponent_get_first_property (ev->event, ICAL_RECURRENCEID_PROPERTY) != NULL)
    {
      _ac_ics_reject (ev, 0, "RECURRENCE-ID", _("a change to one occurrence of a repeating event"));
      return NULL;
    }
  if (icalcomponent_get_first_property (ev->event, ICAL_RRULE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (ev->event, ICAL_RDATE_PROPERTY) != NULL)
    {
      _ac_ics_reject (ev, 0, "RRULE", _("repeating events are not imported; add their sessions one by one"));
      return NULL;
    }
  /* A rule libical could not read (“UNTL=”) is gone from its event, which
   * is still a repeating one. */
  if (LINE_OF (ev, repeat) != 0)
    {
      g_autofree char *shown = _ac_ics_shorten (ev->lines->repeat_value);

      _ac_ics_reject (ev, ev->lines->repeat, ev->lines->repeat_name,
              _("“%s” is not a repeat rule that can be read, and repeating events are not imported; "
                "add their sessions one by one"), shown);
      return NULL;
    }
  if (icalcomponent_get_status (ev->event) == ICAL_STATUS_CANCELLED)
    {
      _ac_ics_reject (ev, 0, "STATUS", _("the event is cancelled"));
      return NULL;
    }

  if (start_property == NULL)
    {
      if (LINE_OF (ev, dtstart) != 0)
        _ac_ics_reject (ev, ev->lines->dtstart, "DTSTART", _("“%s” is not a date-time"), ev->lines->dtstart_value);
      else
        _ac_ics_reject (ev, 0, "DTSTART", _("missing: the event has no start"));
      return NULL;
    }
  if (!(start = _ac_ics_read_time (ev, start_property, icalcomponent_get_dtstart (ev->event),
                           "DTSTART", LINE_OF (ev, dtstart), local)))
    return NULL;

  if (end_property != NULL)
    {
      if (!(end = _ac_ics_read_time (ev, end_property, icalcomponent_get_dtend (ev->event),
                             "DTEND", LINE_OF (ev, dtend), local)))
        return NULL;
      seconds = g_date_time_difference (end, start) / G_TIME_SPAN_SECOND;
    }
  else if (duration_property != NULL)
    seconds = icaldurationtype_as_int (icalproperty_get_duration (duration_property));
  else if (LINE_OF (ev, dtend) != 0)
    {
      _ac_ics_reject (ev, ev->lines->dtend, "DTEND", _("“%s” is not a date-time"), ev->lines->dtend_value);
      return NULL;
    }
  else if (LINE_OF (ev, duration) != 0)
    {
      _ac_ics_reject (ev, ev->lines->duration, "DURATION", _("“%s” is not a duration"), ev->lines->duration_value);
      return NULL;
    }
  else
    {
      _ac_ics_reject (ev, 0, "DTEND", _("missing: the event has no end (DTEND or DURATION)"));
      return NULL;
    }

  end_line = end_property ? LINE_OF (ev, dtend) : LINE_OF (ev, duration);
  if (seconds < 0)
    {
      _ac_ics_reject (ev, end_line, end_property ? "DTEND" : "DURATION",
              _("the event ends before it starts"));
      return NULL;
    }
  minutes = (seconds + 30) / 60;
  if (minutes < AC_MINUTES_MIN || minutes > AC_MINUTES_MAX)
    {
      _ac_ics_reject (ev, end_line, "minutes", _("%d is out of range %d–%d"),
              (int) MIN (minutes, G_MAXINT), AC_MINUTES_MIN, AC_MINUTES_MAX);
      return NULL;
    }

  id = event_id (ev);
  if ((other = GPOINTER_TO_UINT (g_hash_table_lookup (ids, id))) != 0)
    {
      _ac_ics_reject (ev, 0, "UID", _("the event on line %u has the same UID"), other);
      return NULL;
    }

  session = ac_session_new (start, (int) minutes, AC_PRESSURE_MODERATE);
  ac_session_set_id (session, id);
  ac_session_set_purpose (session, AC_PURPOSE_OTHER);
  if (!read_aftercare (ev, session, &ours, &has_planned))
    return NULL;
  if (!has_planned)
    ac_session_set_planned (session, g_date_time_compare (start, now) > 0);
  notes = event_notes (ev, ours);
  ac_session_set_notes (session, notes);

  if (!ac_session_validate (session, NULL, &error))
    {
      g_free (ev->reason);
      ev->reason = LINE_OF (ev, begin) != 0
                   ? g_strdup_printf (_("line %u: %s"), ev->lines->begin, error->message)
                   : g_strdup (error->message);
      return NULL;
    }

  g_hash_table_insert (ids, g_strdup (id), GUINT_TO_POINTER (MAX (LINE_OF (ev, begin), 1)));
  return g_steal_pointer (&session);
}

static char *
event_source (AcIcsEvent *ev)
{
  g_autofree char *title = ev->summary && ev->summary[0] ? _ac_ics_shorten (ev->summary) : NULL;

  if (ev->lines != NULL && title != NULL)
    return g_strdup_printf (_("line %u (event “%s”)"), ev->lines->begin, title);
  if (ev->lines != NULL)
    return g_strdup_printf (_("line %u (an event with no title)"), ev->lines->begin);
  if (title != NULL)
    return g_strdup_printf (_("event “%s”"), title);
  return g_strdup (_("an event with no title"));
}

static void
collect_events (icalcomponent *component,
                GPtrArray     *events)
{
  icalcomponent_kind kind = icalcomponent_isa (component);

  if (kind == ICAL_XROOT_COMPONENT)
    {
      for (icalcomponent *c = icalcomponent_get_first_component (component, ICAL_VCALENDAR_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (component, ICAL_VCALENDAR_COMPONENT))
        collect_events (c, events);
    }
  else if (kind == ICAL_VCALENDAR_COMPONENT)
    {
      for (icalcomponent *c = icalcomponent_get_first_component (component, ICAL_VEVENT_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (component, ICAL_VEVENT_COMPONENT))
        g_ptr_array_add (events, c);
    }
}

/**
 * _ac_import_ics:
 * @now: what is “the future”, for events that do not say whether they are
 *   planned
 * @progress: (nullable): where to report progress and find cancellation
 *
 * Returns: (transfer full) (element-type AcImportCandidate): a candidate
 *   for each event, or %NULL with @error naming the line
 */
GPtrArray *
_ac_import_ics (const char  *data,
                gsize        length,
                const char  *name,
                GDateTime   *now,
                AcProgress  *progress,
                GError     **error)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, NULL);
  g_autoptr(GHashTable) zones = _ac_ics_zones_new ();
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *text = NULL;
  icalcomponent *root;

  /* Some programs start the file with a UTF-8 byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!(lines = _ac_ics_scan (name, data, length, error)) ||
      !_ac_progress_update (progress, 0.1, error))
    return NULL;

  text = g_strndup (data, length);
  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: not an iCalendar file"), name);
      return NULL;
    }
  collect_events (root, events);

  for (guint i = 0; i < events->len; i++)
    {
      g_autoptr(AcSession) session = NULL;
      g_autofree char *source = NULL;
      AcIcsEvent ev = { g_ptr_array_index (events, i), NULL, zones, NULL, NULL, NULL };

      if (i % 64 == 0 &&
          !_ac_progress_update (progress, 0.4 + 0.6 * i / events->len, error))
        {
          icalcomponent_free (root);
          return NULL;
        }

      /* The two passes agree on the events unless libical read the file
       * differently; then the lines are not known. */
      if (lines->len == events->len)
        ev.lines = &g_array_index (lines, AcIcsEventLines, i);
      ev.summary = icalcomponent_get_summary (ev.event);
      source = event_source (&ev);

      if ((session = read_event (&ev, ids, now, local)))
        {
          AcImportCandidate *candidate = _ac_import_candidate_new_session (session, source, TRUE);

          _ac_import_candidate_set_note (candidate, ev.note);
          g_ptr_array_add (candidates, candidate);
        }
      else
        g_ptr_array_add (candidates,
                         _ac_import_candidate_new_rejected (AC_IMPORT_KIND_SESSION, source, ev.reason));
      g_free (ev.reason);
      g_free (ev.note);
    }

  icalcomponent_free (root);

  if (!_ac_progress_update (progress, 1.0, error))
    return NULL;

  return g_steal_pointer (&candidates);
}
