/* fuzz-journal.c — libFuzzer target for the journal loader
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to ac_journal_new_from_data(). It must either fail with an
 * error in the journal domain that names the file, or give a journal; a
 * journal, written out with ac_journal_to_data(), must read back and write
 * out to the identical text (the written form is a fixed point). Warnings
 * and criticals abort, so a failed precondition is a crash too.
 *
 * Every input also goes to the fast JSON reader: when it gives a tree,
 * json-glib must read the same bytes into the identical tree.
 *
 * FUZZ_JOURNAL_SKIP_KNOWN=1 in the environment leaves out inputs that hit a
 * bug already reported (see skip_input()), to look for others meanwhile.
 */

#define G_LOG_DOMAIN "fuzz-journal"

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ac-journal.h"
#include "ac-journal-private.h"
#include "ac-json-compare.h"
#include "ac-json-reader-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gboolean skip_known;

typedef enum
{
  /* Several top-level values, such as "{…}{…}". json-glib 1.6 reads the
   * first and leaks the others, before the loader can reject the file. */
  SEEN_SEVERAL_VALUES  = 1 << 0,
  /* A surrogate escape followed by a \u escape when the two are not a
   * high and a low surrogate, such as "\ud83d\u0041": json-glib's scanner
   * fails with "malformed surrogate pair" and leaks its string buffer. */
  SEEN_BAD_PAIR        = 1 << 1,
} Seen;

/* A value the loader keeps in an unknown member but cannot write out as
 * JSON that reads back: a string (or member name) that is not UTF-8, or a
 * number too big for a double. */
static gboolean
has_unwritable_value (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          if (!g_utf8_validate (name, -1, NULL) || has_unwritable_value (member))
            return TRUE;
        return FALSE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (has_unwritable_value (json_array_get_element (array, i)))
            return TRUE;
        return FALSE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        return !isfinite (json_node_get_double (node));
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return !g_utf8_validate (json_node_get_string (node), -1, NULL);
      return FALSE;
    case JSON_NODE_NULL:
    default:
      return FALSE;
    }
}

/* Only with FUZZ_JOURNAL_SKIP_KNOWN=1: inputs that hit a loader bug already
 * reported (tests/fuzz/crashers/README.md). json-glib 1.6 reads escapes
 * that are not JSON or not whole (octal ones, lone surrogates, \u with
 * fewer than four digits) into bytes that are not UTF-8, and numbers such
 * as 1e400 as infinity; the loader keeps them in unknown members and
 * writes a file that cannot be read back. */
static gboolean
hits_known_loader_bug (const uint8_t *data,
                       size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, (const char *) data, (gssize) size, NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  return root != NULL && has_unwritable_value (root);
}

static void
die (const char *what,
     const char *detail)
{
  fprintf (stderr, "fuzz-journal: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

/* Reads a \u escape's digits as json-glib 1.6's scanner does: up to four
 * hex digits, and the first byte that is not one is taken too. @p is just
 * past the "u"; returns just past what was taken. */
static const uint8_t *
read_unichar (const uint8_t *p,
              const uint8_t *end,
              guint         *value)
{
  *value = 0;
  for (int i = 0; i < 4 && p < end; i++)
    {
      int digit = g_ascii_xdigit_value (*p++);

      if (digit < 0)
        break;
      *value += (guint) digit << ((3 - i) * 4);
    }

  return p;
}

/* @p is just past the "u" of a \u escape in a string; notes a surrogate
 * followed by a \u escape when the two are not a high and a low surrogate,
 * and returns just past what json-glib 1.6 takes. After a surrogate it
 * takes the next byte to look for a backslash, even when that is the
 * closing quote (so the string goes on), and after a backslash one more to
 * look for a "u". */
static const uint8_t *
scan_unicode_escape (const uint8_t *p,
                     const uint8_t *end,
                     Seen          *seen)
{
  guint unit, low;

  if (p >= end || !g_ascii_isxdigit (*p))
    return p;

  p = read_unichar (p, end, &unit);
  if (unit < 0xD800 || unit > 0xDFFF || p >= end)
    return p;
  if (*p != '\\' || p + 1 >= end)
    return p + 1;
  if (p[1] != 'u')
    return p + 2;

  p = read_unichar (p + 2, end, &low);
  if (unit > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
    *seen |= SEEN_BAD_PAIR;

  return p;
}

/* A rough JSON tokenizer, enough to tell the cases of Seen apart. Bytes in
 * strings do not count as values. */
static Seen
scan (const uint8_t *data,
      size_t         size)
{
  const uint8_t *end = data + size;
  gboolean in_string = FALSE, in_word = FALSE;
  guint depth = 0, n_values = 0;
  Seen seen = 0;

  for (const uint8_t *p = data; p < end; p++)
    {
      if (in_string)
        {
          if (*p == '"')
            in_string = FALSE;
          else if (*p == '\\' && p + 1 < end)
            {
              p++;
              if (*p == 'u')
                p = scan_unicode_escape (p + 1, end, &seen) - 1;
            }
          continue;
        }

      switch (*p)
        {
        case ' ': case '\t': case '\n': case '\r':
          in_word = FALSE;
          break;
        case '{': case '[':
          if (depth++ == 0)
            n_values++;
          in_word = FALSE;
          break;
        case '}': case ']':
          if (depth > 0)
            depth--;
          in_word = FALSE;
          break;
        case '"':
          if (depth == 0)
            n_values++;
          in_string = TRUE;
          in_word = FALSE;
          break;
        default:
          if (depth == 0 && !in_word)
            {
              n_values++;
              in_word = TRUE;
            }
          break;
        }
    }

  if (n_values > 1)
    seen |= SEEN_SEVERAL_VALUES;

  return seen;
}

/* The fast reader gives no tree, or json-glib's. json-glib reads the
 * bytes only when the fast reader did, so the inputs that make json-glib
 * leak (see skip_input()) are no trouble here, unless the fast reader
 * wrongly takes one. */
static void
check_fast_reader (const uint8_t *data,
                   size_t         size)
{
  g_autoptr(JsonNode) fast = _ac_json_read ((const char *) data, size);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  if (fast == NULL)
    return;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, (const char *) data, (gssize) size, &error))
    die ("the fast JSON reader read text that json-glib cannot", error->message);

  why = ac_json_compare (fast, json_parser_get_root (parser));
  if (why != NULL)
    die ("the fast JSON reader and json-glib read different trees", why);
}

/* The streaming decoder gives no journal, or the one json-glib's tree
 * decodes to. Like check_fast_reader(), json-glib reads only what the
 * streaming decoder took. */
static void
check_streaming (const uint8_t *data,
                 size_t         size)
{
  g_autoptr(AcJournal) streamed = _ac_journal_codec_read ((const char *) data, size, "fuzz.json",
                                                          AC_CODEC_READ_STREAM_ONLY, NULL);
  g_autoptr(AcJournal) tree = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *streamed_text = NULL;
  g_autofree char *tree_text = NULL;

  if (streamed == NULL)
    return;

  tree = _ac_journal_codec_read ((const char *) data, size, "fuzz.json", AC_CODEC_READ_JSON_GLIB, &error);
  if (tree == NULL)
    die ("the streaming decoder took a journal that json-glib's tree refuses", error->message);

  streamed_text = ac_journal_to_data (streamed, NULL);
  tree_text = ac_journal_to_data (tree, NULL);
  if (strcmp (streamed_text, tree_text) != 0 ||
      ac_journal_get_read_only (streamed) != ac_journal_get_read_only (tree))
    die ("the streaming decoder and json-glib's tree give different journals", streamed_text);
}

/* Inputs left out. The two leaks are json-glib's own and would stop every
 * run at once, so they are always left out; the rest only when asked. */
static gboolean
skip_input (const uint8_t *data,
            size_t         size)
{
  if (scan (data, size) != 0)
    return TRUE;

  return skip_known && hits_known_loader_bug (data, size);
}

/* A warning or a critical, from the model or a library under it, is a
 * crash. GLib's own fatal-warnings mode stops with SIGTRAP, which libFuzzer
 * does not catch, so no input would be kept: abort instead. */
#define FATAL_LEVELS (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_standard_streams (level, fields, n_fields, user_data);

  if ((level & FATAL_LEVELS) != 0)
    abort ();

  return result;
}

static void
handle_log (const char     *domain,
            GLogLevelFlags  level,
            const char     *message,
            gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if ((level & FATAL_LEVELS) != 0)
    abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_log_set_writer_func (write_log, NULL, NULL);
  g_log_set_default_handler (handle_log, NULL);
  /* The same results whatever zone the machine is in. */
  g_setenv ("TZ", "UTC", TRUE);
  skip_known = g_strcmp0 (g_getenv ("FUZZ_JOURNAL_SKIP_KNOWN"), "1") == 0;

  /* Register the types once, outside the measured inputs. */
  g_type_ensure (AC_TYPE_JOURNAL);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  gsize length = 0, length2 = 0;

  /* A journal is at most a few MB; keep each run quick. */
  if (size > 1 << 20)
    return -1;

  check_fast_reader (data, size);
  check_streaming (data, size);

  if (skip_input (data, size))
    return -1;

  journal = ac_journal_new_from_data ((const char *) data, (gssize) size, "fuzz.json", &error);
  if (journal == NULL)
    {
      if (error == NULL || error->domain != AC_JOURNAL_ERROR || error->message == NULL ||
          !g_str_has_prefix (error->message, "fuzz.json: "))
        die ("a failed load must set an AC_JOURNAL_ERROR naming the file",
             error ? error->message : "(no error)");
      return 0;
    }
  if (error != NULL)
    die ("a load that succeeded set an error", error->message);

  text = ac_journal_to_data (journal, &length);
  if (text == NULL || strlen (text) != length)
    die ("ac_journal_to_data gave no text, or text with a nul", NULL);

  again = ac_journal_new_from_data (text, (gssize) length, "written.json", &error2);
  if (again == NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n--- written text ---\n%s",
                                               error2 ? error2->message : "(no error)", text);
      die ("the written journal does not read back", both);
    }

  text2 = ac_journal_to_data (again, &length2);
  if (length != length2 || memcmp (text, text2, length) != 0)
    {
      g_autofree char *both = g_strdup_printf ("--- first ---\n%s\n--- second ---\n%s", text, text2);
      die ("the written journal does not write out the same again", both);
    }

  return 0;
}
