/* ac-json-reader.c — a strict JSON reader (RFC 8259), walked as a cursor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal is read with this reader alone, in one pass, as it is
 * decoded: no tree of the whole file is built. It takes JSON as RFC 8259
 * writes it and nothing else (json-glib 1.6's parser takes comments,
 * single quotes, leading zeros, bad escapes and more, and overflows its
 * stack on deep nesting), and says where the first fault is and what it
 * is. A value the caller does not know is skipped as it stands and handed
 * back as its own text, so that it can be written back unchanged.
 */

#define G_LOG_DOMAIN "ac-json-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-json-reader-private.h"

struct _AcJsonReader
{
  const guchar *start;
  const guchar *p;
  const guchar *end;
  /* Decoded strings, each ending with a nul. */
  GString      *text;
  /* The last member's name, valid until the next. */
  GString      *name;
  guint         depth;
  /* Whether the container just entered has had no item yet. */
  gboolean      first;
  /* Whether the string being read is a member's name. */
  gboolean      in_name;

  AcJsonProblem problem;
  const guchar *problem_position;
  char         *problem_message;
};

typedef AcJsonReader Reader;

static gboolean G_GNUC_PRINTF (4, 5)
fail (Reader        *reader,
      AcJsonProblem  problem,
      const guchar  *position,
      const char    *format,
      ...)
{
  va_list args;

  /* The first fault is the one to tell. */
  if (reader->problem != AC_JSON_OK)
    return FALSE;

  va_start (args, format);
  reader->problem = problem;
  reader->problem_position = position;
  reader->problem_message = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

/* Says what was found where something else should be. */
static gboolean
unexpected (Reader       *reader,
            const guchar *p)
{
  gsize n = 0;

  if (p >= reader->end)
    return fail (reader, AC_JSON_SYNTAX, p, _("the text ends too soon"));
  if (p == reader->start && reader->end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    return fail (reader, AC_JSON_SYNTAX, p, _("a byte-order mark, which JSON does not allow"));

  switch (*p)
    {
    case '/':
      return fail (reader, AC_JSON_SYNTAX, p, _("a comment, which JSON does not allow"));
    case '\'':
      return fail (reader, AC_JSON_SYNTAX, p, _("a single quote: JSON strings take double quotes"));
    case '.':
      return fail (reader, AC_JSON_SYNTAX, p, _("a number starting with a point: JSON writes 0.5, not .5"));
    case '+':
      return fail (reader, AC_JSON_SYNTAX, p, _("a number starting with “+”, which JSON does not allow"));
    default:
      break;
    }

  if (g_ascii_isalpha (*p))
    {
      while (n < 16 && p + n < reader->end && g_ascii_isalnum (p[n]))
        n++;
      return fail (reader, AC_JSON_SYNTAX, p, _("unexpected “%.*s”"), (int) n, (const char *) p);
    }
  if (*p > 0x20 && *p < 0x7f)
    return fail (reader, AC_JSON_SYNTAX, p, _("unexpected “%c”"), *p);
  return fail (reader, AC_JSON_SYNTAX, p, _("unexpected byte 0x%02X"), *p);
}

static inline void
skip_space (Reader *reader)
{
  const guchar *p = reader->p;

  while (p < reader->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  reader->p = p;
}

/* Takes @c if it comes next, after any space. */
static inline gboolean
take (Reader *reader,
      guchar  c)
{
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == c)
    {
      reader->p++;
      return TRUE;
    }
  return FALSE;
}

/* Four hex digits just past "\u", or -1. */
static int
read_hex4 (const guchar *p,
           const guchar *end)
{
  int c = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      c = (c << 4) | digit;
    }
  return c;
}

/* @p is at the backslash of a \u escape; takes it (and the low half of a
 * surrogate pair) and says which character it is. */
static gboolean
read_unicode_escape (Reader        *reader,
                     const guchar **p,
                     gunichar      *out)
{
  const guchar *at = *p;
  int c = read_hex4 (at + 2, reader->end), low;

  if (c < 0)
    return fail (reader, AC_JSON_SYNTAX, at, _("“\\u” must be followed by four hexadecimal digits"));
  if (c == 0 && reader->in_name)
    return fail (reader, AC_JSON_UNKEEPABLE, at,
                 _("a member's name holds a NUL character (\\u0000), which Aftercare cannot keep"));
  if (c == 0)
    return fail (reader, AC_JSON_UNKEEPABLE, at,
                 _("holds a NUL character (\\u0000), which Aftercare cannot keep"));

  *p = at + 6;
  if (c >= 0xDC00 && c <= 0xDFFF)
    return fail (reader, AC_JSON_UNKEEPABLE, at,
                 _("holds \\u%04x, half of a surrogate pair without its first half, which is not a character"),
                 (guint) c);
  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (reader->end - *p < 2 || (*p)[0] != '\\' || (*p)[1] != 'u' ||
          (low = read_hex4 (*p + 2, reader->end)) < 0xDC00 || low > 0xDFFF)
        return fail (reader, AC_JSON_UNKEEPABLE, at,
                     _("holds \\u%04x, half of a surrogate pair without its second half, which is not a character"),
                     (guint) c);
      *p += 6;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }

  *out = (gunichar) c;
  return TRUE;
}

/* Reads a string, the opening quote already taken, onto @out (when not
 * %NULL), ending it with a nul. UTF-8 only, no raw control characters,
 * only JSON's escapes. */
static gboolean
scan_string (Reader  *reader,
             GString *out)
{
  const guchar *p = reader->p;
  const guchar *end = reader->end;

  for (;;)
    {
      const guchar *run = p;
      const char *bad;
      guchar seen = 0;
      char escaped[8];
      gsize n_escaped = 1;
      gunichar c = 0;

      /* The bytes that stand for themselves, up to a quote or an escape. */
      while (p < end && *p != '"' && *p != '\\' && *p >= 0x20)
        seen |= *p++;

      if ((seen & 0x80) != 0 && !g_utf8_validate_len ((const char *) run, p - run, &bad))
        return fail (reader, AC_JSON_SYNTAX, (const guchar *) bad, _("text that is not UTF-8"));
      if (p == end)
        return fail (reader, AC_JSON_SYNTAX, p, _("the text ends inside a string"));
      if (*p < 0x20)
        return fail (reader, AC_JSON_SYNTAX, p,
                     _("a control character (U+%04X) inside a string; JSON writes it as an escape such as \\n"),
                     *p);
      if (out != NULL)
        g_string_append_len (out, (const char *) run, p - run);

      if (*p == '"')
        {
          p++;
          break;
        }

      if (end - p < 2)
        return fail (reader, AC_JSON_SYNTAX, end, _("the text ends inside a string"));
      switch (p[1])
        {
        case '"':  escaped[0] = '"';  break;
        case '\\': escaped[0] = '\\'; break;
        case '/':  escaped[0] = '/';  break;
        case 'b':  escaped[0] = '\b'; break;
        case 'f':  escaped[0] = '\f'; break;
        case 'n':  escaped[0] = '\n'; break;
        case 'r':  escaped[0] = '\r'; break;
        case 't':  escaped[0] = '\t'; break;
        case 'u':
          if (!read_unicode_escape (reader, &p, &c))
            return FALSE;
          n_escaped = g_unichar_to_utf8 (c, escaped);
          if (out != NULL)
            g_string_append_len (out, escaped, n_escaped);
          continue;
        default:
          if (p[1] >= 0x20 && p[1] < 0x7f)
            return fail (reader, AC_JSON_SYNTAX, p,
                         _("“\\%c” is not an escape JSON knows (a backslash is written \\\\)"), p[1]);
          return fail (reader, AC_JSON_SYNTAX, p,
                       _("a backslash not followed by an escape JSON knows (a backslash is written \\\\)"));
        }
      p += 2;
      if (out != NULL)
        g_string_append_len (out, escaped, n_escaped);
    }

  if (out != NULL)
    g_string_append_c (out, '\0');
  reader->p = p;
  return TRUE;
}

static inline const guchar *
skip_digits (const guchar *p,
             const guchar *end)
{
  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p;
}

/* A number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
 * Into @out (when not %NULL) as json-glib would read it: a whole number
 * as a gint64, anything else as a double. */
static gboolean
scan_number (Reader    *reader,
             JsonNode **out)
{
  const guchar *start = reader->p, *p = start, *end = reader->end, *digits;
  gboolean whole = TRUE;
  g_autofree char *copy = NULL;

  if (*p == '-')
    p++;
  digits = p;
  if (p == end || !g_ascii_isdigit (*p))
    return fail (reader, AC_JSON_SYNTAX, start, _("a minus sign not followed by a digit"));
  if (*p == '0' && p + 1 < end && (p[1] == 'x' || p[1] == 'X'))
    return fail (reader, AC_JSON_SYNTAX, start, _("a hexadecimal number, which JSON does not allow"));
  if (*p == '0' && p + 1 < end && g_ascii_isdigit (p[1]))
    return fail (reader, AC_JSON_SYNTAX, start, _("a number with a leading zero, which JSON does not allow"));
  p = skip_digits (p, end);

  if (p < end && *p == '.')
    {
      whole = FALSE;
      if (p + 1 == end || !g_ascii_isdigit (p[1]))
        return fail (reader, AC_JSON_SYNTAX, start, _("a point in a number not followed by a digit"));
      p = skip_digits (p + 1, end);
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      whole = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p == end || !g_ascii_isdigit (*p))
        return fail (reader, AC_JSON_SYNTAX, start, _("an exponent in a number not followed by a digit"));
      p = skip_digits (p, end);
    }

  reader->p = p;
  if (whole)
    {
      static const char most_positive[] = "9223372036854775807";
      static const char most_negative[] = "9223372036854775808";
      gsize n_digits = p - digits;
      gboolean negative = start != digits;
      guint64 value = 0;

      if (n_digits > 19 ||
          (n_digits == 19 && memcmp (digits, negative ? most_negative : most_positive, 19) > 0))
        return fail (reader, AC_JSON_UNKEEPABLE, start,
                     /* Translators: the number as the file writes it */
                     _("the number %.*s is too large: whole numbers must lie between "
                       "-9223372036854775808 and 9223372036854775807"),
                     (int) (p - start), (const char *) start);
      if (out == NULL)
        return TRUE;
      for (const guchar *d = digits; d < p; d++)
        value = value * 10 + (guint64) (*d - '0');
      *out = json_node_init_int (json_node_alloc (), negative ? (gint64) -value : (gint64) value);
      return TRUE;
    }

  copy = g_strndup ((const char *) start, p - start);
  {
    double value = g_ascii_strtod (copy, NULL);

    if (!isfinite (value))
      return fail (reader, AC_JSON_UNKEEPABLE, start,
                   _("the number %s is too large: numbers must lie between "
                     "-1.7976931348623157e308 and 1.7976931348623157e308"),
                   copy);
    if (out != NULL)
      *out = json_node_init_double (json_node_alloc (), value);
  }
  return TRUE;
}

static gboolean
scan_word (Reader     *reader,
           const char *word,
           JsonNode  **out)
{
  gsize length = strlen (word);

  if ((gsize) (reader->end - reader->p) < length || memcmp (reader->p, word, length) != 0)
    return unexpected (reader, reader->p);

  reader->p += length;
  if (out == NULL)
    return TRUE;
  if (word[0] == 'n')
    *out = json_node_init_null (json_node_alloc ());
  else
    *out = json_node_init_boolean (json_node_alloc (), word[0] == 't');
  return TRUE;
}

static gboolean scan_value (Reader *reader, JsonNode **out);

/* After an item of a container: a comma, or its end. */
static gboolean
after_item (Reader   *reader,
            guchar    close,
            gboolean *more)
{
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == ',')
    {
      reader->p++;
      *more = TRUE;
      return TRUE;
    }
  if (reader->p < reader->end && *reader->p == close)
    {
      reader->p++;
      *more = FALSE;
      return TRUE;
    }
  if (reader->p == reader->end || *reader->p == '/')
    return unexpected (reader, reader->p);
  return fail (reader, AC_JSON_SYNTAX, reader->p,
               close == '}' ? _("expected “,” or “}” after a member") : _("expected “,” or “]” after an element"));
}

/* The name of a member and its colon, onto reader->text when @out. */
static gboolean
scan_name (Reader  *reader,
           GString *out)
{
  skip_space (reader);
  if (reader->p == reader->end || *reader->p != '"')
    {
      if (reader->p < reader->end && (*reader->p == '}'))
        return fail (reader, AC_JSON_SYNTAX, reader->p, _("a comma before “}”, which JSON does not allow"));
      if (reader->p < reader->end && *reader->p != '\'' && *reader->p != '/')
        return fail (reader, AC_JSON_SYNTAX, reader->p, _("expected a member name in double quotes"));
      return unexpected (reader, reader->p);
    }
  reader->p++;
  reader->in_name = TRUE;
  if (!scan_string (reader, out))
    return FALSE;
  reader->in_name = FALSE;
  if (!take (reader, ':'))
    return fail (reader, AC_JSON_SYNTAX, reader->p, _("expected “:” after a member name"));
  skip_space (reader);
  return TRUE;
}

static gboolean
scan_object (Reader    *reader,
             JsonNode **out)
{
  g_autoptr(JsonObject) object = out ? json_object_new () : NULL;
  JsonNode *node = out ? json_node_new (JSON_NODE_OBJECT) : NULL;
  gboolean more = TRUE;

  /* The opening brace is taken. */
  if (take (reader, '}'))
    more = FALSE;

  while (more)
    {
      gsize name = reader->text->len;
      JsonNode *member = NULL;

      if (!scan_name (reader, out ? reader->text : NULL) ||
          !scan_value (reader, out ? &member : NULL))
        {
          g_clear_pointer (&node, json_node_unref);
          return FALSE;
        }
      if (object != NULL)
        {
          /* As json-glib's parser does; json_object_set_member() does not. */
          json_node_set_parent (member, node);
          json_object_set_member (object, reader->text->str + name, member);
          g_string_truncate (reader->text, name);
        }
      if (!after_item (reader, '}', &more))
        {
          g_clear_pointer (&node, json_node_unref);
          return FALSE;
        }
    }

  if (out != NULL)
    {
      json_node_take_object (node, g_steal_pointer (&object));
      *out = node;
    }
  return TRUE;
}

static gboolean
scan_array (Reader    *reader,
            JsonNode **out)
{
  g_autoptr(JsonArray) array = out ? json_array_new () : NULL;
  g_autoptr(JsonNode) node = out ? json_node_new (JSON_NODE_ARRAY) : NULL;
  gboolean more = TRUE;

  /* The opening bracket is taken. */
  if (take (reader, ']'))
    more = FALSE;

  while (more)
    {
      JsonNode *element = NULL;

      skip_space (reader);
      if (reader->p < reader->end && *reader->p == ']')
        return fail (reader, AC_JSON_SYNTAX, reader->p, _("a comma before “]”, which JSON does not allow"));
      if (!scan_value (reader, out ? &element : NULL))
        return FALSE;
      if (array != NULL)
        {
          json_node_set_parent (element, node);
          json_array_add_element (array, element);
        }
      if (!after_item (reader, ']', &more))
        return FALSE;
    }

  if (out != NULL)
    {
      json_node_take_array (node, g_steal_pointer (&array));
      *out = g_steal_pointer (&node);
    }
  return TRUE;
}

static gboolean
enter (Reader       *reader,
       const guchar *at)
{
  if (reader->depth == AC_JSON_MAX_DEPTH)
    return fail (reader, AC_JSON_TOO_DEEP, at,
                 _("lists and objects nest deeper than %d levels, more than Aftercare reads"),
                 AC_JSON_MAX_DEPTH);
  reader->depth++;
  return TRUE;
}

/* Reads the value that starts right here, no space before it, into @out
 * (a tree) or, when @out is %NULL, only past it. */
static gboolean
scan_value (Reader    *reader,
            JsonNode **out)
{
  const guchar *at = reader->p;
  gboolean ok;

  if (at == reader->end)
    return unexpected (reader, at);

  switch (*at)
    {
    case '{':
    case '[':
      if (!enter (reader, at))
        return FALSE;
      reader->p++;
      ok = *at == '{' ? scan_object (reader, out) : scan_array (reader, out);
      reader->depth--;
      return ok;

    case '"':
      {
        gsize start = reader->text->len;

        reader->p++;
        if (!scan_string (reader, out ? reader->text : NULL))
          return FALSE;
        if (out != NULL)
          {
            *out = json_node_init_string (json_node_alloc (), reader->text->str + start);
            g_string_truncate (reader->text, start);
          }
        return TRUE;
      }

    case 't':
      return scan_word (reader, "true", out);
    case 'f':
      return scan_word (reader, "false", out);
    case 'n':
      return scan_word (reader, "null", out);

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (reader, out);

    default:
      return unexpected (reader, at);
    }
}

/**
 * _ac_json_reader_new:
 * @data: JSON text, not necessarily nul-terminated; it must outlive the
 *   reader
 *
 * Returns: (transfer full): a cursor at the start of @data
 */
AcJsonReader *
_ac_json_reader_new (const char *data,
                     gsize       length)
{
  AcJsonReader *reader = g_new0 (AcJsonReader, 1);

  g_assert (data != NULL || length == 0);

  reader->start = reader->p = (const guchar *) data;
  reader->end = reader->p + length;
  reader->text = g_string_sized_new (256);
  reader->name = g_string_sized_new (32);
  return reader;
}

void
_ac_json_reader_free (AcJsonReader *reader)
{
  g_string_free (reader->text, TRUE);
  g_string_free (reader->name, TRUE);
  g_free (reader->problem_message);
  g_free (reader);
}

/**
 * _ac_json_reader_get_problem:
 * @position: (out) (optional): where the fault is
 * @message: (out) (optional) (transfer none): what it is, as a phrase
 *
 * Every call after a fault returns %FALSE or %NULL; this says what the
 * first fault was.
 *
 * Returns: %AC_JSON_OK while the text is as it should be
 */
AcJsonProblem
_ac_json_reader_get_problem (AcJsonReader  *reader,
                             const char   **position,
                             const char   **message)
{
  if (position != NULL)
    *position = (const char *) reader->problem_position;
  if (message != NULL)
    *message = reader->problem_message;
  return reader->problem;
}

/* Where the next value starts, past any space. */
const char *
_ac_json_reader_get_position (AcJsonReader *reader)
{
  skip_space (reader);
  return (const char *) reader->p;
}

/* The first byte of the next value, or a nul at the end. */
char
_ac_json_reader_peek (AcJsonReader *reader)
{
  skip_space (reader);
  return reader->p < reader->end ? (char) *reader->p : '\0';
}

static gboolean
begin (AcJsonReader *reader,
       guchar        open)
{
  if (reader->problem != AC_JSON_OK)
    return FALSE;
  skip_space (reader);
  if (reader->p == reader->end || *reader->p != open)
    return unexpected (reader, reader->p);
  if (!enter (reader, reader->p))
    return FALSE;
  reader->p++;
  reader->first = TRUE;
  return TRUE;
}

/* Before the next item of a container: a comma, or its end. Returns FALSE
 * at the end, the closing bracket taken. */
static gboolean
next_item (AcJsonReader *reader,
           guchar        close)
{
  gboolean more = TRUE;

  if (reader->problem != AC_JSON_OK)
    return FALSE;

  if (reader->first)
    more = !take (reader, close);
  else if (!after_item (reader, close, &more))
    return FALSE;
  reader->first = FALSE;

  if (!more)
    {
      reader->depth--;
      return FALSE;
    }
  if (close == ']' && take (reader, ']'))
    return fail (reader, AC_JSON_SYNTAX, reader->p - 1, _("a comma before “]”, which JSON does not allow"));
  return TRUE;
}

/* Takes the "{" of an object that comes next. */
gboolean
_ac_json_reader_begin_object (AcJsonReader *reader)
{
  return begin (reader, '{');
}

/* Takes the "[" of a list that comes next. */
gboolean
_ac_json_reader_begin_array (AcJsonReader *reader)
{
  return begin (reader, '[');
}

/**
 * _ac_json_reader_next_member:
 * @name: (out) (transfer none): the member's name, valid until the next
 *   call to this function
 *
 * Moves to the next member of the object being read, past its name and
 * colon, so that its value comes next.
 *
 * Returns: %FALSE at the end of the object, or at a fault
 */
gboolean
_ac_json_reader_next_member (AcJsonReader  *reader,
                             const char   **name)
{
  if (!next_item (reader, '}'))
    return FALSE;

  g_string_truncate (reader->name, 0);
  if (!scan_name (reader, reader->name))
    return FALSE;

  *name = reader->name->str;
  return TRUE;
}

/* Moves to the next element of the list being read; %FALSE at its end. */
gboolean
_ac_json_reader_next_element (AcJsonReader *reader)
{
  return next_item (reader, ']');
}

/* Takes a null if one comes next. */
gboolean
_ac_json_reader_take_null (AcJsonReader *reader)
{
  skip_space (reader);
  if (reader->problem != AC_JSON_OK || reader->end - reader->p < 4 ||
      memcmp (reader->p, "null", 4) != 0)
    return FALSE;
  reader->p += 4;
  return TRUE;
}

/**
 * _ac_json_reader_read_value:
 *
 * Reads the value that comes next, whole, into the tree that
 * json_parser_new_immutable() would give for it: members in the same
 * order, parents set, every node sealed.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL at a fault
 */
JsonNode *
_ac_json_reader_read_value (AcJsonReader *reader)
{
  JsonNode *node = NULL;

  if (reader->problem != AC_JSON_OK)
    return NULL;

  skip_space (reader);
  if (!scan_value (reader, &node))
    {
      g_clear_pointer (&node, json_node_unref);
      return NULL;
    }
  /* As json_parser_new_immutable() gives it. */
  json_node_seal (node);
  return node;
}

/**
 * _ac_json_reader_skip_value:
 * @text: (out) (transfer none): where the value's text starts
 * @length: (out): its length
 *
 * Checks the value that comes next and moves past it, building nothing.
 *
 * Returns: %FALSE at a fault
 */
gboolean
_ac_json_reader_skip_value (AcJsonReader  *reader,
                            const char   **text,
                            gsize         *length)
{
  const guchar *start;

  if (reader->problem != AC_JSON_OK)
    return FALSE;

  skip_space (reader);
  start = reader->p;
  if (!scan_value (reader, NULL))
    return FALSE;

  *text = (const char *) start;
  *length = reader->p - start;
  return TRUE;
}

/* Whether only space is left: the end of a JSON text. */
gboolean
_ac_json_reader_at_end (AcJsonReader *reader)
{
  skip_space (reader);
  return reader->problem == AC_JSON_OK && reader->p == reader->end;
}

/* The line and column (in characters), from 1, of @position in @data. */
void
_ac_json_position_to_line (const char *data,
                           const char *position,
                           guint      *line,
                           guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < position; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }

  *column = 1;
  for (const char *p = line_start; p < position; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}
