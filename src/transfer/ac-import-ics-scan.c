/* ac-import-ics-scan.c — the first pass over an iCalendar file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical reads the file but does not say on which line a property is,
 * and takes much that is not iCalendar. This pass unfolds the lines,
 * checks that each is NAME[;PARAM…]:VALUE and that BEGIN and END match,
 * and notes where each event's lines are and their text values as
 * written.
 */

#define G_LOG_DOMAIN "ac-import-ics-scan"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-import-ics-private.h"

#define MAX_DEPTH 16
#define SHOWN_CHARS 40

typedef struct
{
  char  *name;
  guint  line;
} Frame;

typedef struct
{
  const char *name;
  GArray     *stack;    /* Frame */
  GArray     *events;   /* AcIcsEventLines */
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
  AcIcsEventLines *lines = data;

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

/**
 * _ac_ics_shorten:
 *
 * Returns: (transfer full): @text, or its first characters and "…" when it
 *   is too long to show in a message
 */
char *
_ac_ics_shorten (const char *text)
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
      shown = _ac_ics_shorten (text);
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
          AcIcsEventLines lines = { line };

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
      AcIcsEventLines *lines = &g_array_index (s->events, AcIcsEventLines, s->events->len - 1);

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

/**
 * _ac_ics_scan:
 * @name: the file's name, for messages
 *
 * The first pass over @data (without a byte order mark).
 *
 * Returns: (transfer full) (element-type AcIcsEventLines): the lines of
 *   each VEVENT of the VCALENDAR, in order, or %NULL with @error naming the
 *   line
 */
GArray *
_ac_ics_scan (const char  *name,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (AcIcsEventLines));
  Scanner scanner = { name, stack, events, FALSE };

  g_array_set_clear_func (stack, frame_clear);
  g_array_set_clear_func (events, event_lines_clear);

  if (!scan (&scanner, data, length, error))
    return NULL;

  return g_steal_pointer (&events);
}
