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

#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libical/ical.h>

#include "ac-enum-types.h"
#include "ac-import-private.h"
#include "ac-record-private.h"

#define MAX_DEPTH 16
#define SHOWN_CHARS 40
#define ZONEINFO_DIR "/usr/share/zoneinfo"

/* Where an event's lines are, from the first pass. */
typedef struct
{
  guint  begin;
  guint  dtstart;
  guint  dtend;
  guint  duration;
  guint  repeat;             /* the first RRULE or RDATE */
  char  *dtstart_value;
  char  *dtend_value;
  char  *duration_value;
  char  *repeat_name;
  char  *repeat_value;
  /* Text values as written: libical drops the spaces around them. */
  char  *description_value;
  char  *therapist_value;
} EventLines;

typedef struct
{
  char  *name;
  guint  line;
} Frame;

typedef struct
{
  const char *name;
  GArray     *stack;    /* Frame */
  GArray     *events;   /* EventLines */
  gboolean    started;
} Scanner;

static void
frame_clear (gpointer data)
{
  g_free (((Frame *) data)->name);
}

static void
event_lines_clear (gpointer data)
{
  EventLines *lines = data;

  g_free (lines->dtstart_value);
  g_free (lines->dtend_value);
  g_free (lines->duration_value);
  g_free (lines->repeat_name);
  g_free (lines->repeat_value);
  g_free (lines->description_value);
  g_free (lines->therapist_value);
}

static gboolean
scan_fail (Scanner     *s,
           guint        line,
           GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
scan_fail (Scanner     *s,
           guint        line,
           GError     **error,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
               _("%s: line %u: %s"), s->name, line, message);
  return FALSE;
}

static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= SHOWN_CHARS)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, SHOWN_CHARS);
  return g_strconcat (start, "…", NULL);
}

/* One unfolded content line: NAME[;PARAM…]:VALUE. */
static gboolean
scan_line (Scanner     *s,
           const char  *text,
           guint        line,
           GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;
  const char *p = text;
  const char *value;
  gboolean quoted = FALSE;

  if (text[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return scan_fail (s, line, error, _("the text is not UTF-8"));

  while (g_ascii_isalnum (*p) || *p == '-')
    p++;
  if (p == text || (*p != ';' && *p != ':'))
    {
      shown = shorten (text);
      return scan_fail (s, line, error, _("“%s” is not an iCalendar line (NAME:value)"), shown);
    }
  name = g_ascii_strup (text, p - text);

  for (; *p != '\0' && (quoted || *p != ':'); p++)
    if (*p == '"')
      quoted = !quoted;
  if (*p != ':')
    return scan_fail (s, line, error, _("%s: the line has no “:” before its value"), name);
  value = p + 1;

  if (!s->started && !(g_str_equal (name, "BEGIN") && g_ascii_strcasecmp (value, "VCALENDAR") == 0))
    return scan_fail (s, line, error,
                      _("this is not an iCalendar file: it does not start with BEGIN:VCALENDAR"));

  if (g_str_equal (name, "BEGIN"))
    {
      Frame frame = { g_ascii_strup (value, -1), line };

      if (s->stack->len == 0 && !g_str_equal (frame.name, "VCALENDAR"))
        {
          g_free (frame.name);
          return scan_fail (s, line, error, _("BEGIN:%s outside BEGIN:VCALENDAR … END:VCALENDAR"),
                            value);
        }
      if (s->stack->len >= MAX_DEPTH)
        {
          g_free (frame.name);
          return scan_fail (s, line, error, _("components are nested too deep"));
        }
      s->started = TRUE;
      g_array_append_val (s->stack, frame);

      if (s->stack->len == 2 && g_str_equal (frame.name, "VEVENT") &&
          g_str_equal (g_array_index (s->stack, Frame, 0).name, "VCALENDAR"))
        {
          EventLines lines = { line };

          g_array_append_val (s->events, lines);
        }
      return TRUE;
    }

  if (g_str_equal (name, "END"))
    {
      g_autofree char *closed = g_ascii_strup (value, -1);
      Frame *top;

      if (s->stack->len == 0)
        return scan_fail (s, line, error, _("END:%s has no BEGIN"), value);
      top = &g_array_index (s->stack, Frame, s->stack->len - 1);
      if (!g_str_equal (top->name, closed))
        return scan_fail (s, line, error, _("END:%s does not close BEGIN:%s of line %u"),
                          value, top->name, top->line);
      g_array_remove_index (s->stack, s->stack->len - 1);
      return TRUE;
    }

  if (s->stack->len == 0)
    return scan_fail (s, line, error, _("%s: a line after END:VCALENDAR"), name);

  /* The properties of a VEVENT itself, not of an alarm inside it. */
  if (s->stack->len == 2 && s->events->len > 0 &&
      g_str_equal (g_array_index (s->stack, Frame, 1).name, "VEVENT"))
    {
      EventLines *lines = &g_array_index (s->events, EventLines, s->events->len - 1);

      if (g_str_equal (name, "DTSTART") && lines->dtstart == 0)
        {
          lines->dtstart = line;
          lines->dtstart_value = g_strdup (value);
        }
      else if (g_str_equal (name, "DTEND") && lines->dtend == 0)
        {
          lines->dtend = line;
          lines->dtend_value = g_strdup (value);
        }
      else if (g_str_equal (name, "DURATION") && lines->duration == 0)
        {
          lines->duration = line;
          lines->duration_value = g_strdup (value);
        }
      else if ((g_str_equal (name, "RRULE") || g_str_equal (name, "RDATE")) && lines->repeat == 0)
        {
          lines->repeat = line;
          lines->repeat_name = g_strdup (name);
          lines->repeat_value = g_strdup (value);
        }
      else if (g_str_equal (name, "DESCRIPTION") && lines->description_value == NULL)
        lines->description_value = g_strdup (value);
      else if (g_str_equal (name, "X-AFTERCARE-THERAPIST") && lines->therapist_value == NULL)
        lines->therapist_value = g_strdup (value);
    }

  return TRUE;
}

/* The first pass: unfolds the lines, checks their form and that BEGIN and
 * END match, and notes where each event's lines are. */
static gboolean
scan (Scanner     *s,
      const char  *data,
      gsize        length,
      GError     **error)
{
  const char *p = data;
  const char *end = data + length;
  const char *nul = memchr (data, '\0', length);
  guint line = 1;

  if (nul != NULL)
    {
      for (const char *q = data; q < nul; q++)
        line += *q == '\n';
      return scan_fail (s, line, error, _("the text holds a NUL byte"));
    }

  while (p < end)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint first = line;

      for (;;)
        {
          const char *eol = memchr (p, '\n', end - p);
          const char *stop = eol ? eol : end;

          if (stop > p && stop[-1] == '\r')
            stop--;
          g_string_append_len (text, p, stop - p);
          p = eol ? eol + 1 : end;
          line += eol != NULL;

          /* A line starting with a space or a tab continues this one. */
          if (p < end && (*p == ' ' || *p == '\t'))
            p++;
          else
            break;
        }

      if (!scan_line (s, text->str, first, error))
        return FALSE;
    }

  if (s->stack->len > 0)
    {
      Frame *top = &g_array_index (s->stack, Frame, s->stack->len - 1);

      return scan_fail (s, top->line, error, _("BEGIN:%s is never closed"), top->name);
    }
  if (!s->started)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: the file is empty"), s->name);
      return FALSE;
    }

  return TRUE;
}

/* Events */

typedef struct
{
  icalcomponent *event;
  EventLines    *lines;      /* or NULL when the passes disagree */
  GHashTable    *zones;      /* TZID → the database's GTimeZone, or NULL */
  const char    *summary;
  char          *reason;
  char          *note;       /* the zone it was read in, when that matters */
} Event;

static gboolean
reject (Event      *ev,
        guint       line,
        const char *field,
        const char *format,
        ...) G_GNUC_PRINTF (4, 5);

static gboolean
reject (Event      *ev,
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

/* Time zones */

/* Whether @name has the form of a name of the time zone database
 * ("Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5"), with
 * nothing that leads out of its folder. The leap-second zones ("right/")
 * and "localtime" are not the time of a place. */
static gboolean
is_zone_name (const char *name)
{
  gsize length = strlen (name);

  if (length == 0 || length > 255 || name[0] == '/' || name[length - 1] == '/' ||
      strstr (name, "//") != NULL || g_str_has_prefix (name, "right/") ||
      g_str_equal (name, "localtime"))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("/_+-", *p) == NULL)
      return FALSE;

  return TRUE;
}

/* The zone of the time zone database (as GLib and libical read it) called
 * @name, or NULL. GLib would open any file, and warns about one that is
 * not a zone: only a regular file that starts as a zone does ("TZif") is
 * given to it. */
static GTimeZone *
database_zone (const char *name)
{
  const char *dir = g_getenv ("TZDIR");
  g_autofree char *path = NULL;
  struct stat info;
  char magic[4];
  gssize n = 0;
  int fd;

  if (!is_zone_name (name))
    return NULL;
  path = g_build_filename (dir != NULL && dir[0] != '\0' ? dir : ZONEINFO_DIR, name, NULL);
  if ((fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0)) < 0)
    return NULL;
  if (fstat (fd, &info) == 0 && S_ISREG (info.st_mode))
    n = read (fd, magic, sizeof magic);
  close (fd);
  if (n != sizeof magic || memcmp (magic, "TZif", sizeof magic) != 0)
    return NULL;

  return g_time_zone_new_identifier (name);
}

static void
zone_unref (gpointer zone)
{
  if (zone != NULL)
    g_time_zone_unref (zone);
}

/* The zone of the database a TZID names, or NULL for a name nobody knows
 * (“Eastern Standard Time”), which only the file's VTIMEZONE defines. A
 * TZID that starts with "/" is a global name whose tail names the zone:
 * libical's “/freeassociation.sourceforge.net/Europe/Berlin”, Mozilla's
 * “/mozilla.org/20050126_1/Europe/Berlin”. */
static GTimeZone *
known_zone (GHashTable *zones,
            const char *tzid)
{
  GTimeZone *zone = NULL;
  gpointer found;

  if (g_hash_table_lookup_extended (zones, tzid, NULL, &found))
    return found;

  if (tzid[0] != '/')
    zone = database_zone (tzid);
  else
    for (const char *p = tzid; zone == NULL && p != NULL; p = strchr (p + 1, '/'))
      if (strchr (p + 1, '/') != NULL)
        zone = database_zone (p + 1);

  g_hash_table_insert (zones, g_strdup (tzid), zone);
  return zone;
}

/* "+01:00", or "+00:53:28" for an offset of seconds. */
static char *
format_offset (int offset)
{
  int magnitude = ABS (offset);

  if (magnitude % 60 != 0)
    return g_strdup_printf ("%c%02d:%02d:%02d", offset < 0 ? '-' : '+',
                            magnitude / 3600, magnitude / 60 % 60, magnitude % 60);
  return g_strdup_printf ("%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 3600, magnitude / 60 % 60);
}

/* An event read in a zone of the database whose VTIMEZONE in the file
 * gives another offset at that time (a VTIMEZONE with only some of the
 * zone's observances) says so. */
static void
compare_file_zone (Event               *ev,
                   struct icaltimetype  t,
                   const char          *tzid,
                   icaltimezone        *defined,
                   GTimeZone           *known,
                   GDateTime           *time)
{
  g_autofree char *used = NULL;
  g_autofree char *theirs = NULL;
  int offset, file_offset, is_daylight = 0;

  if (ev->note != NULL || defined == NULL)
    return;

  offset = (int) (g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND);
  file_offset = icaltimezone_get_utc_offset (defined, &t, &is_daylight);
  if (offset == file_offset)
    return;

  used = format_offset (offset);
  theirs = format_offset (file_offset);
  /* Translators: a zone ("Europe/Berlin"), an offset ("+01:00"), the
   * file's name of the zone, the offset the file's definition gives */
  ev->note = g_strdup_printf (_("read in the time zone %s as this system knows it (%s); "
                                "the file's own definition of “%s” gives %s"),
                              g_time_zone_get_identifier (known), used, tzid, theirs);
}

/* A date-time of the file in the offset it has at that instant: in the
 * zone of the database when its TZID names one, else in the file's
 * VTIMEZONE @defined, else (a floating time) in the local zone. */
static GDateTime *
to_date_time (struct icaltimetype  t,
              GTimeZone           *local,
              GTimeZone           *known,
              icaltimezone        *defined)
{
  g_autoptr(GTimeZone) zone = NULL;
  int offset, is_daylight = 0;

  if (t.year < AC_YEAR_MIN || t.year > AC_YEAR_MAX)
    return NULL;

  if (icaltime_is_utc (t))
    {
      g_autoptr(GDateTime) utc = g_date_time_new_utc (t.year, t.month, t.day,
                                                      t.hour, t.minute, t.second);

      return utc ? g_date_time_to_timezone (utc, local) : NULL;
    }

  if (known != NULL)
    {
      g_autoptr(GDateTime) real = g_date_time_new (known, t.year, t.month, t.day,
                                                   t.hour, t.minute, t.second);

      if (real == NULL)
        return NULL;
      zone = g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (real) / G_TIME_SPAN_SECOND));
      return g_date_time_to_timezone (real, zone);
    }

  if (defined == NULL)
    return g_date_time_new (local, t.year, t.month, t.day, t.hour, t.minute, t.second);

  offset = icaltimezone_get_utc_offset (defined, &t, &is_daylight);
  if (ABS (offset) >= 24 * 3600)
    return NULL;
  zone = g_time_zone_new_offset (offset);
  return g_date_time_new (zone, t.year, t.month, t.day, t.hour, t.minute, t.second);
}

/* DTSTART or DTEND as a date-time with an offset, or a reason why not. */
static GDateTime *
read_time (Event               *ev,
           icalproperty        *property,
           struct icaltimetype  t,
           const char          *field,
           guint                line,
           GTimeZone           *local)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  const char *tzid = NULL;
  icalcomponent *calendar = icalcomponent_get_parent (ev->event);
  icaltimezone *defined = NULL;
  GTimeZone *known = NULL;
  GDateTime *time;

  if (parameter != NULL)
    tzid = icalparameter_get_tzid (parameter) != NULL ? icalparameter_get_tzid (parameter) : "";

  if (t.is_date)
    {
      reject (ev, line, field, _("an all-day event has no time of day"));
      return NULL;
    }
  /* libical also knows zones of its own for names that are no zone of the
   * database ("right/Europe/Berlin", hours off): only the file's are
   * used. */
  if (tzid != NULL && !icaltime_is_utc (t))
    {
      known = known_zone (ev->zones, tzid);
      if (calendar != NULL)
        defined = icalcomponent_get_timezone (calendar, tzid);
    }
  if (tzid != NULL && known == NULL && defined == NULL && !icaltime_is_utc (t))
    {
      reject (ev, line, field, _("“%s” is not a time zone this system knows"), tzid);
      return NULL;
    }
  if (t.year < AC_YEAR_MIN || t.year > AC_YEAR_MAX)
    {
      reject (ev, line, field, _("year %d is out of range %d–%d"), t.year, AC_YEAR_MIN, AC_YEAR_MAX);
      return NULL;
    }
  if (!(time = to_date_time (t, local, known, defined)))
    reject (ev, line, field, _("not a date-time this system can place in time"));
  else if (known != NULL)
    compare_file_zone (ev, t, tzid, defined, known, time);

  return time;
}

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
read_aftercare (Event     *ev,
                AcSession *session,
                gboolean  *ours,
                gboolean  *has_planned)
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
            return reject (ev, line, name, _("“%s” is not one of: light, moderate, deep"), value);
          ac_session_set_pressure (session, pressure);
        }
      else if (g_str_equal (name, "X-AFTERCARE-PURPOSE"))
        {
          AcPurpose purpose;

          if (!ac_purpose_from_string (value, &purpose))
            return reject (ev, line, name,
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
            return reject (ev, line, name, _("“%s” is not a body area"), bad);
          ac_session_set_areas (session, areas);
        }
      else if (g_str_equal (name, "X-AFTERCARE-PLANNED"))
        {
          if (g_ascii_strcasecmp (value, "TRUE") != 0 && g_ascii_strcasecmp (value, "FALSE") != 0)
            return reject (ev, line, name, _("“%s” is not TRUE or FALSE"), value);
          ac_session_set_planned (session, g_ascii_strcasecmp (value, "TRUE") == 0);
          *has_planned = TRUE;
        }
    }

  return TRUE;
}

/* Aftercare's own events keep the spaces around their notes; the title
 * and description of another calendar's event are trimmed. */
static char *
event_notes (Event    *ev,
             gboolean  ours)
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
event_id (Event *ev)
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
read_event (Event      *ev,
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
      reject (ev, 0, "RECURRENCE-ID", _("a change to one occurrence of a repeating event"));
      return NULL;
    }
  if (icalcomponent_get_first_property (ev->event, ICAL_RRULE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (ev->event, ICAL_RDATE_PROPERTY) != NULL)
    {
      reject (ev, 0, "RRULE", _("repeating events are not imported; add their sessions one by one"));
      return NULL;
    }
  /* A rule libical could not read (“UNTL=”) is gone from its event, which
   * is still a repeating one. */
  if (LINE_OF (ev, repeat) != 0)
    {
      g_autofree char *shown = shorten (ev->lines->repeat_value);

      reject (ev, ev->lines->repeat, ev->lines->repeat_name,
              _("“%s” is not a repeat rule that can be read, and repeating events are not imported; "
                "add their sessions one by one"), shown);
      return NULL;
    }
  if (icalcomponent_get_status (ev->event) == ICAL_STATUS_CANCELLED)
    {
      reject (ev, 0, "STATUS", _("the event is cancelled"));
      return NULL;
    }

  if (start_property == NULL)
    {
      if (LINE_OF (ev, dtstart) != 0)
        reject (ev, ev->lines->dtstart, "DTSTART", _("“%s” is not a date-time"), ev->lines->dtstart_value);
      else
        reject (ev, 0, "DTSTART", _("missing: the event has no start"));
      return NULL;
    }
  if (!(start = read_time (ev, start_property, icalcomponent_get_dtstart (ev->event),
                           "DTSTART", LINE_OF (ev, dtstart), local)))
    return NULL;

  if (end_property != NULL)
    {
      if (!(end = read_time (ev, end_property, icalcomponent_get_dtend (ev->event),
                             "DTEND", LINE_OF (ev, dtend), local)))
        return NULL;
      seconds = g_date_time_difference (end, start) / G_TIME_SPAN_SECOND;
    }
  else if (duration_property != NULL)
    seconds = icaldurationtype_as_int (icalproperty_get_duration (duration_property));
  else if (LINE_OF (ev, dtend) != 0)
    {
      reject (ev, ev->lines->dtend, "DTEND", _("“%s” is not a date-time"), ev->lines->dtend_value);
      return NULL;
    }
  else if (LINE_OF (ev, duration) != 0)
    {
      reject (ev, ev->lines->duration, "DURATION", _("“%s” is not a duration"), ev->lines->duration_value);
      return NULL;
    }
  else
    {
      reject (ev, 0, "DTEND", _("missing: the event has no end (DTEND or DURATION)"));
      return NULL;
    }

  end_line = end_property ? LINE_OF (ev, dtend) : LINE_OF (ev, duration);
  if (seconds < 0)
    {
      reject (ev, end_line, end_property ? "DTEND" : "DURATION",
              _("the event ends before it starts"));
      return NULL;
    }
  minutes = (seconds + 30) / 60;
  if (minutes < AC_MINUTES_MIN || minutes > AC_MINUTES_MAX)
    {
      reject (ev, end_line, "minutes", _("%d is out of range %d–%d"),
              (int) MIN (minutes, G_MAXINT), AC_MINUTES_MIN, AC_MINUTES_MAX);
      return NULL;
    }

  id = event_id (ev);
  if ((other = GPOINTER_TO_UINT (g_hash_table_lookup (ids, id))) != 0)
    {
      reject (ev, 0, "UID", _("the event on line %u has the same UID"), other);
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
event_source (Event *ev)
{
  g_autofree char *title = ev->summary && ev->summary[0] ? shorten (ev->summary) : NULL;

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
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (EventLines));
  g_autoptr(GHashTable) ids = g_hash_table_new_full (_ac_id_hash, _ac_id_equal, g_free, NULL);
  g_autoptr(GHashTable) zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, zone_unref);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *text = NULL;
  Scanner scanner = { name, stack, lines, FALSE };
  icalcomponent *root;

  g_array_set_clear_func (stack, frame_clear);
  g_array_set_clear_func (lines, event_lines_clear);

  /* Some programs start the file with a UTF-8 byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!scan (&scanner, data, length, error) ||
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
      Event ev = { g_ptr_array_index (events, i), NULL, zones, NULL, NULL, NULL };

      if (i % 64 == 0 &&
          !_ac_progress_update (progress, 0.4 + 0.6 * i / events->len, error))
        {
          icalcomponent_free (root);
          return NULL;
        }

      /* The two passes agree on the events unless libical read the file
       * differently; then the lines are not known. */
      if (lines->len == events->len)
        ev.lines = &g_array_index (lines, EventLines, i);
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
