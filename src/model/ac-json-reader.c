/* ac-json-reader.c — a fast reader for plain, strict JSON
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 reads through a GScanner, a function call or two for every
 * byte, and spends most of a large journal's load there. Journals are plain
 * JSON, so this reader takes the common case in one tight pass and builds
 * the very tree json-glib would. It gives up rather than guess: anything
 * it is not sure of is left to json-glib, which reads the text as before,
 * into a tree or into the error message there always was.
 */

#define G_LOG_DOMAIN "ac-json-reader"

#include "config.h"

#include <string.h>

#include "ac-json-reader-private.h"

/* The journals the app writes nest four deep; json-glib takes anything
 * deeper. */
#define MAX_DEPTH 128

struct _AcJsonReader
{
  const guchar *p;
  const guchar *end;
  /* Decoded strings, each ending with a nul. A member's name stays here
   * while its value is read, with the value's strings above it. */
  GString      *text;
  guint         depth;

  /* For the cursor (_ac_json_reader_next_member() and the like): the last
   * member's name, whether the container just entered has had an item,
   * and whether the text turned out not to be plain JSON. */
  GString      *name;
  gboolean      first;
  gboolean      failed;
};

typedef AcJsonReader Reader;

static JsonNode *read_value (Reader *reader);

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

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* @p is just past "\u". Surrogates, which json-glib 1.6 reads with quirks
 * of its own (a lone one becomes bytes that are not UTF-8), and U+0000,
 * which cuts its string short, are left to json-glib. */
static gboolean
read_unicode_escape (const guchar  *p,
                     const guchar  *end,
                     gunichar      *out)
{
  gunichar c = 0;

  if (end - p < 4)
    return FALSE;

  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return FALSE;
      c = (c << 4) | (gunichar) digit;
    }

  if (c == 0 || (c >= 0xD800 && c <= 0xDFFF))
    return FALSE;

  *out = c;
  return TRUE;
}

/* Reads a string, the opening quote already taken, onto reader->text, and
 * says where it starts there. UTF-8 only, no raw control characters. */
static gboolean
read_string (Reader *reader,
             gsize  *start)
{
  const guchar *p = reader->p;
  const guchar *end = reader->end;

  *start = reader->text->len;

  for (;;)
    {
      const guchar *run = p;
      guchar seen = 0;
      char escaped[8];
      gsize n_escaped = 1;
      gunichar c;

      /* The bytes that stand for themselves, up to a quote or an escape. */
      while (p < end && *p != '"' && *p != '\\' && *p >= 0x20)
        seen |= *p++;

      if (p == end || *p < 0x20)
        return FALSE;
      if ((seen & 0x80) != 0 && !g_utf8_validate_len ((const char *) run, p - run, NULL))
        return FALSE;
      g_string_append_len (reader->text, (const char *) run, p - run);

      if (*p++ == '"')
        break;

      if (p == end)
        return FALSE;
      switch (*p++)
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
          if (!read_unicode_escape (p, end, &c))
            return FALSE;
          p += 4;
          n_escaped = g_unichar_to_utf8 (c, escaped);
          break;
        default:
          return FALSE;
        }
      g_string_append_len (reader->text, escaped, n_escaped);
    }

  g_string_append_c (reader->text, '\0');
  reader->p = p;
  return TRUE;
}

/* Whole numbers that fit a gint64, written the one way JSON allows. The
 * rest (fractions, exponents, -0, leading zeros, overflow) are json-glib's
 * to read: it has its own ideas about them. */
static JsonNode *
read_number (Reader *reader)
{
  const guchar *p = reader->p;
  const guchar *end = reader->end;
  gboolean negative = FALSE;
  guint64 value = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  if (p == end || *p < '0' || *p > '9' || (*p == '0' && negative))
    return NULL;

  if (*p == '0')
    p++;
  else
    {
      for (; p < end && *p >= '0' && *p <= '9'; p++)
        {
          guint digit = *p - '0';

          if (value > ((guint64) G_MAXINT64 - digit) / 10)
            return NULL;
          value = value * 10 + digit;
        }
    }

  if (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))
    return NULL;

  reader->p = p;
  return json_node_init_int (json_node_alloc (),
                             negative ? -(gint64) value : (gint64) value);
}

static JsonNode *
read_word (Reader     *reader,
           const char *word,
           gsize       length)
{
  if ((gsize) (reader->end - reader->p) < length || memcmp (reader->p, word, length) != 0)
    return NULL;

  reader->p += length;
  if (word[0] == 'n')
    return json_node_init_null (json_node_alloc ());
  return json_node_init_boolean (json_node_alloc (), word[0] == 't');
}

static JsonNode *
read_object (Reader *reader)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  /* The opening brace is taken. */
  if (take (reader, '}'))
    goto done;

  do
    {
      JsonNode *member;
      gsize name;
      guint size;

      if (!take (reader, '"') || !read_string (reader, &name) || !take (reader, ':'))
        goto failed;

      skip_space (reader);
      member = read_value (reader);
      if (member == NULL)
        goto failed;

      /* As json-glib's parser does; json_object_set_member() does not. */
      json_node_set_parent (member, node);
      size = json_object_get_size (object);
      json_object_set_member (object, reader->text->str + name, member);
      g_string_truncate (reader->text, name);

      /* A name used twice: json-glib keeps the first place and the last
       * value; let it. */
      if (json_object_get_size (object) == size)
        goto failed;
    }
  while (take (reader, ','));

  if (!take (reader, '}'))
    goto failed;

done:
  json_node_take_object (node, object);
  return node;

failed:
  json_object_unref (object);
  json_node_unref (node);
  return NULL;
}

static JsonNode *
read_array (Reader *reader)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *array = json_array_new ();

  /* The opening bracket is taken. */
  if (take (reader, ']'))
    goto done;

  do
    {
      JsonNode *element;

      skip_space (reader);
      element = read_value (reader);
      if (element == NULL)
        goto failed;

      json_node_set_parent (element, node);
      json_array_add_element (array, element);
    }
  while (take (reader, ','));

  if (!take (reader, ']'))
    goto failed;

done:
  json_node_take_array (node, array);
  return node;

failed:
  json_array_unref (array);
  json_node_unref (node);
  return NULL;
}

/* Reads the value that starts right here: no space before it. */
static JsonNode *
read_value (Reader *reader)
{
  JsonNode *node = NULL;
  gsize start;

  if (reader->p == reader->end)
    return NULL;

  switch (*reader->p)
    {
    case '{':
    case '[':
      if (reader->depth == MAX_DEPTH)
        return NULL;
      reader->depth++;
      node = *reader->p++ == '{' ? read_object (reader) : read_array (reader);
      reader->depth--;
      return node;

    case '"':
      reader->p++;
      if (!read_string (reader, &start))
        return NULL;
      node = json_node_init_string (json_node_alloc (), reader->text->str + start);
      g_string_truncate (reader->text, start);
      return node;

    case 't':
      return read_word (reader, "true", 4);
    case 'f':
      return read_word (reader, "false", 5);
    case 'n':
      return read_word (reader, "null", 4);

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (reader);

    default:
      return NULL;
    }
}

/**
 * _ac_json_read:
 * @data: JSON text, not necessarily nul-terminated
 * @length: its length in bytes
 *
 * Reads plain JSON (RFC 8259) into the tree that json_parser_new_immutable()
 * and json_parser_load_from_data() would give for it: the same nodes,
 * members in the same order, parents set, every node sealed.
 *
 * It gives up, returning %NULL, on anything else: not JSON, a byte-order
 * mark, text that is not UTF-8 or holds raw control characters, a \u
 * escape for a surrogate or U+0000, a number that is not a whole number
 * fitting a gint64 or is written "-0" or with leading zeros, a member name
 * used twice in one object, nesting deeper than 128, or anything but space
 * after the value. json-glib reads those its own way.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL to let json-glib
 *   read the text
 */
JsonNode *
_ac_json_read (const char *data,
               gsize       length)
{
  g_autoptr(AcJsonReader) reader = _ac_json_reader_new (data, length);
  g_autoptr(JsonNode) root = _ac_json_reader_read_value (reader);

  if (root == NULL || !_ac_json_reader_at_end (reader))
    return NULL;

  return g_steal_pointer (&root);
}

/* The cursor: the same reader, walked a member or an element at a time by
 * a caller that knows what the text should hold, so that it can decode as
 * it reads instead of building a tree of the whole text first. Every call
 * after the text proves unusual returns FALSE or NULL, and
 * _ac_json_reader_failed() says so. */

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

  reader->p = (const guchar *) data;
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
  g_free (reader);
}

static gboolean
give_up (AcJsonReader *reader)
{
  reader->failed = TRUE;
  return FALSE;
}

gboolean
_ac_json_reader_failed (AcJsonReader *reader)
{
  return reader->failed;
}

static gboolean
begin (AcJsonReader *reader,
       guchar        open)
{
  if (reader->failed || !take (reader, open))
    return give_up (reader);
  reader->first = TRUE;
  return TRUE;
}

/* Before the next item of a container: a comma, or its end. Returns FALSE
 * at the end, the closing bracket taken. */
static gboolean
next_item (AcJsonReader *reader,
           guchar        close)
{
  if (reader->failed)
    return FALSE;

  if (take (reader, close))
    {
      /* Whatever contains it has had an item: this one. */
      reader->first = FALSE;
      return FALSE;
    }
  if (!reader->first && !take (reader, ','))
    return give_up (reader);
  reader->first = FALSE;
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
 * Returns: %FALSE at the end of the object, or if the text is unusual
 */
gboolean
_ac_json_reader_next_member (AcJsonReader  *reader,
                             const char   **name)
{
  gsize start;

  if (!next_item (reader, '}'))
    return FALSE;

  if (!take (reader, '"') || !read_string (reader, &start))
    return give_up (reader);
  g_string_assign (reader->name, reader->text->str + start);
  g_string_truncate (reader->text, start);
  if (!take (reader, ':'))
    return give_up (reader);

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
  if (reader->failed || reader->end - reader->p < 4 || memcmp (reader->p, "null", 4) != 0)
    return FALSE;
  reader->p += 4;
  return TRUE;
}

/**
 * _ac_json_reader_read_value:
 *
 * Reads the value that comes next, whole, as json-glib's immutable parser
 * would: sealed, with no parent.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL if it is unusual
 */
JsonNode *
_ac_json_reader_read_value (AcJsonReader *reader)
{
  JsonNode *node;

  if (reader->failed)
    return NULL;

  skip_space (reader);
  node = read_value (reader);
  if (node == NULL)
    {
      give_up (reader);
      return NULL;
    }

  json_node_seal (node);
  return node;
}

/* Whether only space is left: the end of a plain JSON text. */
gboolean
_ac_json_reader_at_end (AcJsonReader *reader)
{
  skip_space (reader);
  return !reader->failed && reader->p == reader->end;
}
