/* test-json-reader.c — the strict JSON reader takes JSON and nothing
 * else, builds json-glib's very tree, and says where a fault is
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ac-fixture.h"
#include "ac-journal-private.h"
#include "ac-json-compare.h"
#include "ac-json-reader-private.h"

/* What json-glib reads: NULL if it fails. */
static JsonNode *
read_with_json_glib (const char *data,
                     gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  return root ? json_node_ref (root) : NULL;
}

/* The whole text as one value, or NULL and what was wrong. */
static JsonNode *
read_all (const char    *data,
          gsize          length,
          AcJsonProblem *problem)
{
  g_autoptr(AcJsonReader) reader = _ac_json_reader_new (data, length);
  g_autoptr(JsonNode) root = _ac_json_reader_read_value (reader);
  AcJsonProblem found = _ac_json_reader_get_problem (reader, NULL, NULL);

  if (root != NULL && !_ac_json_reader_at_end (reader))
    {
      g_clear_pointer (&root, json_node_unref);
      found = AC_JSON_SYNTAX;
    }
  if (problem != NULL)
    *problem = found;
  return g_steal_pointer (&root);
}

/* Texts as C would write them: the test's output must be UTF-8. */
static char *
escape (const char *data,
        gsize       length)
{
  g_autofree char *copy = g_strndup (data, length);

  return g_strescape (copy, NULL);
}

/* The one rule: the reader takes the text as JSON, and then json-glib
 * reads the very tree it built, or it refuses the text. Says whether it
 * took it. */
static gboolean
check_text (const char *data,
            gsize       length)
{
  g_autoptr(JsonNode) fast = read_all (data, length, NULL);
  g_autoptr(JsonNode) slow = NULL;
  g_autofree char *why = NULL;
  g_autofree char *shown = NULL;

  if (fast == NULL)
    return FALSE;

  slow = read_with_json_glib (data, length);
  if (slow == NULL)
    why = g_strdup ("json-glib cannot read it");
  else
    why = ac_json_compare (fast, slow);

  if (why != NULL)
    {
      shown = escape (data, length);
      g_error ("the reader read “%s”, and %s", shown, why);
    }

  return TRUE;
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);

  return data;
}

/* Plain JSON: the reader must read all of it. */
static const char * const plain_texts[] = {
  /* Every kind of value, alone and in lists. */
  "{}", "[]", "null", "true", "false", "0", "7", "-7", "42", "\"\"", "\"x\"",
  "[null,true,false,0,-1,1,\"s\",{},[]]",
  "9223372036854775807", "-9223372036854775807", "1000000000000000000",
  "[-9223372036854775807, 9223372036854775807, 123456789012345678]",
  /* Space of every kind, everywhere. */
  " \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n[ \t\r\n1 \t\r\n, \t\r\n2 \t\r\n] \t\r\n} \t\r\n",
  "\n\n[\n]\n\n", "\r\n{\r\n\"a\"\r\n:\r\n{\r\n}\r\n}\r\n",
  /* Escapes, one by one and together. */
  "\"\\\"\"", "\"\\\\\"", "\"\\/\"", "\"\\b\"", "\"\\f\"", "\"\\n\"", "\"\\r\"", "\"\\t\"",
  "\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"",
  "\"\\u0041\\u00e9\\u00E9\\u07ff\\u0800\\u20ac\\uFFFD\\uffff\\ufffe\\u0001\\u001f\\u007f\\u0080\"",
  "\"end \\\\\"", "\"\\\\\\\"\"", "[\"\\\"]\", \"\\\\[\"]",
  /* Text in UTF-8, of one to four bytes a character. */
  "\"h\xc3\xa9llo, \xe2\x82\xac 10, \xf0\x9f\x98\x80, \xe4\xb8\xad\xe6\x96\x87\"",
  "{\"\xc3\xa9t\xc3\xa9\":\"\xd0\xbb\xd0\xb5\xd1\x82\xd0\xbe\",\"a\\u00e9\":\"\xc3\xa9\"}",
  "\"\x7f\"", "\"\xef\xbb\xbf\"", "\"\xf4\x8f\xbf\xbf\"",
  /* Objects: order kept, empty names, names like values. */
  "{\"b\":1,\"a\":2,\"c\":3}", "{\"\":0}", "{\"\":{\"\":[]}}",
  "{\"true\":true,\"null\":null,\"1\":1,\"{\":\"}\",\"[\":\"]\",\",\":\":\"}",
  "{\"a\":{\"a\":{\"a\":1}},\"b\":[{\"a\":1},{\"a\":2}]}",
  "{\"a\\\"b\":1,\"a\\\\b\":2,\"a\\u0062\":3}",
  "[[],[[]],[[],[[]]],{},[{}],{\"a\":[]}]",
  /* A journal, small and unusual. */
  "{\"format\":\"aftercare-journal\",\"version\":1,\"profile\":{\"conditions\":[\"pregnant\"]},"
  "\"sessions\":[{\"id\":\"2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f\",\"start\":\"2026-11-20T18:30:00+01:00\","
  "\"minutes\":60,\"pressure\":\"deep\",\"purpose\":\"sport\",\"therapist\":\"Ana\","
  "\"areas\":[\"neck\",\"shoulders\"],\"planned\":false,\"notes\":\"sore \\\"after\\\"\\n\\u2014 ok\"}],"
  "\"checkins\":[],\"x-sync\":{\"rev\":-3,\"by\":null,\"ok\":true}}",
};

static void
test_plain (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (plain_texts); i++)
    {
      g_autofree char *shown = g_strescape (plain_texts[i], NULL);

      g_test_message ("text %u: %s", i, shown);
      g_assert_true (check_text (plain_texts[i], strlen (plain_texts[i])));
    }
}

/* JSON all the same, which the reader reads as json-glib does. */
static const char * const valid_texts[] = {
  "1.5", "[0.0]", "1e3", "1E3", "[1e-3]", "-1.0e+2", "-0", "[-0]", "1E22", "-1e-78", "[1e308]",
  "-9223372036854775808", "[123.456e-789]",
  "\"\\ud83d\\ude00\"", "\"\\uD834\\uDD1E\"", "\"\\u0041\\u00e9\"",
  "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":2,\"a\":3}",
};

/* Not JSON (RFC 8259): refused, whatever json-glib makes of them. */
static const char * const invalid_texts[] = {
  "00", "01", "[012]", "-01", "[1.]", "[2.]", "[.5]", "[.2e-3]", "+1", "[- 1]", "-", "[-]", "0x3C", "[0x3C]",
  "[1e]", "[1e+]", "[1.e1]",
  "\"\\u00\"", "\"\\u00e\"", "\"\\u00eg\"", "\"\\x41\"", "\"\\0\"", "\"\\101\"", "\"\\a\"", "\"\\'\"",
  "\"\\U0041\"", "\"\\", "\"\\u", "\"C:\\Users\\xavier\\notes.txt\"",
  "\"a\tb\"", "\"a\nb\"", "\"\x01\"", "\"\x1f\"", "\"\xc3\"", "\"\xc3(\"", "\"\xff\"", "\"\xed\xa0\x80\"",
  "\"\xc0\xaf\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"",
  "\xef\xbb\xbf{}", "{} {}", "{}{}", "[] x", "1 2", "null,", "{}]", "\"a\"\"b\"",
  "", " ", "\n", "{", "}", "[", "]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "['a']", "[1,]",
  "[,1]", "{\"a\":1,}", "[1 2]", "tru", "True", "nul", "NULL", "falsey", "[true false]", "nulll",
  "'x'", "\"x", "/* c */ 1", "[1] // c", "[1] /* c */", "var a = 1;", "Infinity", "NaN", "-Infinity",
  "\x0c[]", "[\x0b]", "[\xc2\xa0]", "[1]\x0c",
};

/* JSON that Aftercare cannot keep: refused, saying which value. */
static const char * const unkeepable_texts[] = {
  "\"\\u0000\"", "\"a\\u0000b\"", "{\"a\\u0000\":1}", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"",
  "\"\\ud83d\\u0041\"", "\"\\ude00\\ud83d\"", "9223372036854775808", "-9223372036854775809",
  "18446744073709551616", "123456789012345678901234567890", "[1E400]", "-1e309",
};

static void
test_valid_and_not (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_texts); i++)
    {
      g_autofree char *shown = g_strescape (valid_texts[i], NULL);

      g_test_message ("valid %u: %s", i, shown);
      g_assert_true (check_text (valid_texts[i], strlen (valid_texts[i])));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid_texts); i++)
    {
      g_autofree char *shown = g_strescape (invalid_texts[i], NULL);
      AcJsonProblem problem;
      g_autoptr(JsonNode) node = read_all (invalid_texts[i], strlen (invalid_texts[i]), &problem);

      g_test_message ("invalid %u: %s", i, shown);
      g_assert_null (node);
      g_assert_cmpint (problem, ==, AC_JSON_SYNTAX);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unkeepable_texts); i++)
    {
      g_autofree char *shown = g_strescape (unkeepable_texts[i], NULL);
      AcJsonProblem problem;
      g_autoptr(JsonNode) node = read_all (unkeepable_texts[i], strlen (unkeepable_texts[i]), &problem);

      g_test_message ("unkeepable %u: %s", i, shown);
      g_assert_null (node);
      g_assert_cmpint (problem, ==, AC_JSON_UNKEEPABLE);
    }

  /* Bytes past the length given are not read; a nul inside is not JSON. */
  g_assert_true (check_text ("[1]]", 3));
  g_assert_null (read_all ("[1]\0", 4, NULL));
  g_assert_null (read_all ("\"a\0b\"", 5, NULL));
  g_assert_null (read_all (NULL, 0, NULL));
}

/* Faults are told where they are, as a person counts lines and columns. */
static void
test_fault_position (void)
{
  const struct { const char *text; guint line, column; const char *message; } cases[] = {
    { "{\n  \"a\": [1,\n  2,]\n}", 3, 5, "a comma before “]”, which JSON does not allow" },
    { "[\"é\", // note\n1]", 1, 7, "a comment, which JSON does not allow" },
    { "{\"a\":\n\"C:\\Users\"}", 2, 4, "“\\U” is not an escape JSON knows (a backslash is written \\\\)" },
    { "[01]", 1, 2, "a number with a leading zero, which JSON does not allow" },
    { "[0x3C]", 1, 2, "a hexadecimal number, which JSON does not allow" },
    { "[2.]", 1, 2, "a point in a number not followed by a digit" },
    { "[.2e-3]", 1, 2, "a number starting with a point: JSON writes 0.5, not .5" },
    { "{'a':1}", 1, 2, "a single quote: JSON strings take double quotes" },
    { "\"a\tb\"", 1, 3, "a control character (U+0009) inside a string; JSON writes it as an escape such as \\n" },
    { "[1E400]", 1, 2, "the number 1E400 is too large: numbers must lie between "
      "-1.7976931348623157e308 and 1.7976931348623157e308" },
    { "[\"x\\u0000\"]", 1, 4, "holds a NUL character (\\u0000), which Aftercare cannot keep" },
    { "{\"x\\u0000\":1}", 1, 4, "a member's name holds a NUL character (\\u0000), which Aftercare cannot keep" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJsonReader) reader = _ac_json_reader_new (cases[i].text, strlen (cases[i].text));
      g_autoptr(JsonNode) node = _ac_json_reader_read_value (reader);
      const char *at = NULL, *message = NULL;
      guint line, column;

      g_test_message ("case %u", i);
      g_assert_null (node);
      g_assert_cmpint (_ac_json_reader_get_problem (reader, &at, &message), !=, AC_JSON_OK);
      _ac_json_position_to_line (cases[i].text, at, &line, &column);
      g_assert_cmpuint (line, ==, cases[i].line);
      g_assert_cmpuint (column, ==, cases[i].column);
      g_assert_cmpstr (message, ==, cases[i].message);
    }
}

static JsonNode *
read_nested (guint          depth,
             AcJsonProblem *problem)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, i % 2 ? "{\"a\":" : "[");
  g_string_append (text, "0");
  for (guint i = depth; i > 0; i--)
    g_string_append (text, (i - 1) % 2 ? "}" : "]");

  g_assert_true (check_text (text->str, text->len) || depth > AC_JSON_MAX_DEPTH);
  return read_all (text->str, text->len, problem);
}

/* Nesting deeper than 64 is refused, however deep, never a crash. */
static void
test_depth (void)
{
  AcJsonProblem problem;
  g_autoptr(JsonNode) deepest = read_nested (64, &problem);
  g_autoptr(JsonNode) too_deep = read_nested (65, &problem);
  g_autoptr(JsonNode) far_too_deep = NULL;

  g_assert_nonnull (deepest);
  g_assert_null (too_deep);
  g_assert_cmpint (problem, ==, AC_JSON_TOO_DEEP);
  far_too_deep = read_nested (100000, &problem);
  g_assert_null (far_too_deep);
  g_assert_cmpint (problem, ==, AC_JSON_TOO_DEEP);
}

/* Every construct densely, so that every byte is worth changing. */
static const char * const dense_texts[] = {
  "{\"a\" : [1, -2, 0, true, false, null, \"s\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\xc3\xa9\"],\n"
  " \"b\":{\"c\":{}, \"d\":[[]]}, \"\":-9223372036854775807}\n",
  "[2.5, 1e3, -0, 1E22, -1e-78, 9223372036854775807]",
  "[\"\\ud83d\\ude00\", \"\\u00e9\"]",
};

/* A file cut short anywhere, or with any one byte changed to a byte that
 * matters to JSON, is refused or read into json-glib's very tree. */
static void
test_damaged (void)
{
  const char *names[] = { "full.json", "minimal.json", "unknown-members.json", "newer-version.json" };
  const char specials[] = "\"\\{}[],:-.0159eEu \t\n\x01\x7f\xc3\xff";
  guint n_read = 0;

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      gsize length = 0;
      g_autofree char *data = read_fixture (names[f], &length);
      guint n_whole = 0;

      for (gsize cut = 0; cut <= length; cut++)
        n_whole += check_text (data, cut);
      /* Only the whole file, and the same with trailing space cut off. */
      g_assert_cmpuint (n_whole, <=, 2);
    }

  for (guint t = 0; t < G_N_ELEMENTS (dense_texts); t++)
    {
      g_autofree char *text = g_strdup (dense_texts[t]);
      gsize length = strlen (text);

      for (gsize at = 0; at < length; at++)
        {
          char was = text[at];

          for (guint s = 0; s < sizeof specials - 1; s++)
            {
              text[at] = specials[s];
              n_read += check_text (text, length);
            }
          text[at] = was;
        }
    }

  /* Enough of the changed texts are still JSON to compare trees. */
  g_test_message ("%u changed texts read by the reader", n_read);
  g_assert_cmpuint (n_read, >, 400);
}

/* A text is refused with an error that names the file, or read into a
 * journal that json-glib agrees is JSON and that writes out to a fixed
 * point. Says whether it was read. */
static gboolean
assert_sound_load (const char *what,
                   const char *data,
                   gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autoptr(AcJournal) journal = _ac_journal_codec_read (data, length, "f.json", &error);
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(JsonNode) tree = NULL;
  g_autofree char *shown = g_strescape (what, NULL);
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  g_test_message ("%s: %s", shown, error ? error->message : "read");
  if (journal == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == AC_JOURNAL_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "f.json: "));
      return FALSE;
    }

  g_assert_no_error (error);
  tree = read_with_json_glib (data, length);
  g_assert_nonnull (tree);

  text = ac_journal_to_data (journal, NULL);
  again = _ac_journal_codec_read (text, strlen (text), "again.json", &again_error);
  g_assert_no_error (again_error);
  text2 = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);
  return TRUE;
}

static void
load_folder (const char *folder,
             guint      *n_read,
             guint      *n_files)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      *n_read += assert_sound_load (name, data, length);
      *n_files += 1;
    }
}

/* The text the app writes is laid out as json-glib's generator lays it
 * out, as it was before the codec wrote it itself. */
static void
assert_written_as_json_glib (AcJournal *journal)
{
  g_autofree char *text = ac_journal_to_data (journal, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json_glib_text = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_glib_text = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (text, ==, json_glib_text);
}

/* Journals, small and unusual, and every file of the fixtures and the
 * fuzzers' corpus, load soundly or not at all. */
static void
test_journals (void)
{
  g_autofree char *corpus = g_build_filename (FIXTURES_DIR, "..", "fuzz", "corpus", NULL);
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcJournal) typical = NULL;
  g_autofree char *text = NULL;
  const char *texts[] = {
    "{\"format\":\"aftercare-journal\",\"version\":1}",
    "{\"format\":\"aftercare-journal\",\n\"version\":0}",
    "{\"format\":\"aftercare-journal\",\n\"version\":\"1\"}",
    "{\"format\":\"aftercare-journal\",\"version\":3,\"sessions\":[{\"id\":\"x\"}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1}\n{\"x\":\"}{\"}",
    "{\"format\":\"aftercare-journal\",\"version\":1} x",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"version\":1}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\n\"sync\":{\"by\":\"\\ud83dx\"}}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\n\"tip\":[1e400, -0, 1.5]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\n\"sessions\":[{\n\"minutes\":60}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":[{",
    "[]", "  \n", "\"journal\"", "hello", "{\"format\":}", "\xef\xbb\xbf{}",
    /* The streaming decoder's own edges: nulls, lists in either order,
     * members it does not know, twice-used names. */
    "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":null,\"checkins\":null,\"profile\":null}",
    "{\"checkins\":[],\"sessions\":[],\"version\":1,\"format\":\"aftercare-journal\",\"z\":{\"a\":[1,true,null]}}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"sessions\":[],\"sessions\":[]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"a\":1,\"a\":2}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"checkins\":[{\"id\":\"3f1b2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\","
      "\"date\":\"2026-11-20\",\"soreness\":3,\"soreness\":4}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"checkins\":[{\"id\":\"3f1b2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\","
      "\"date\":\"2026-11-20\",\"soreness\":3,\"x\":1,\"x\":2}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"checkins\":[{\"id\":\"3f1b2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\","
      "\"date\":\"2026-11-20\",\"soreness\":3,\"notes\":null,\"areas\":null,\"x\":{}}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"checkins\":[{\"id\":\"3f1b2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\","
      "\"date\":\"2026-11-20\",\"soreness\":3},{\"id\":\"4f1b2a4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\","
      "\"date\":\"2026-11-20\",\"soreness\":1}]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"checkins\":[7]}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"profile\":{\"conditions\":[\"cancer\"],\"q\":1}}",
    "{\"format\":\"aftercare-journal\",\"version\":1,\"profile\":[]}",
  };
  guint n_read = 0, n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_sound_load (texts[i], texts[i], strlen (texts[i]));

  load_folder (FIXTURES_DIR, &n_read, &n_files);
  load_folder (corpus, &n_read, &n_files);
  g_test_message ("%u of %u files read", n_read, n_files);
  g_assert_cmpuint (n_files, >, 40);
  /* Most files are broken on purpose; the journals among them
   * (minimal.json, full.json, unknown-members.json, newer-version.json)
   * are read. */
  g_assert_cmpuint (n_read, >=, 4);

  /* What the app writes is read, as json-glib reads it. */
  {
    AcFixtureSpec spec;
    gsize length;

    ac_fixture_spec_typical (&spec, end);
    typical = ac_fixture_generate (&spec);
    text = ac_journal_to_data (typical, &length);
    g_assert_true (assert_sound_load ("typical", text, length));
    g_assert_true (check_text (text, length));
    assert_written_as_json_glib (typical);
  }
}

/* Every allocation is slow to record in the sanitizers' build (CI asks
 * for full stacks): there the damaged journals are a sample, one position
 * in 17; the ordinary build takes them all. */
#if defined (__SANITIZE_ADDRESS__)
#define DAMAGE_STRIDE 17
#else
#define DAMAGE_STRIDE 1
#endif

/* A small journal with every kind of member, changed one byte at a time
 * and cut at every byte: each loads soundly or not at all. */
static void
test_streamed_damaged (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "full.json", NULL);
  g_autofree char *pretty = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = NULL;
  const char replacements[] = "\"}],0x ";
  guint n_streamed = 0, n = 0;
  gsize length;

  g_assert_true (g_file_get_contents (path, &pretty, &length, NULL));
  root = json_from_string (pretty, NULL);
  g_assert_nonnull (root);
  compact = json_to_string (root, FALSE);
  text = g_string_new (compact);
  /* A member the format does not know, in a record. */
  g_assert_cmpint (g_string_replace (text, "\"sessions\":[{",
                                     "\"sessions\":[{\"x-sync\":{\"by\":\"a\",\"n\":[1,2]},", 1), ==, 1);
  length = text->len;
  g_assert_true (assert_sound_load ("whole", text->str, length));

  for (gsize at = 0; at < length; at += DAMAGE_STRIDE)
    {
      n_streamed += assert_sound_load ("cut", text->str, at);
      /* Changes at every third of those positions; cuts at each. */
      if (at % (3 * DAMAGE_STRIDE) != 0)
        continue;
      for (guint r = 0; r < sizeof replacements - 1; r++)
        {
          g_autofree char *changed = g_strndup (text->str, length);

          if (changed[at] == replacements[r])
            continue;
          changed[at] = replacements[r];
          n_streamed += assert_sound_load ("changed", changed, length);
          n++;
        }
    }

  /* Many changes leave a journal: in a note, a name, a number. */
  g_test_message ("%u changed texts, %u read", n, n_streamed);
  g_assert_cmpuint (n_streamed, >=, n / 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/plain", test_plain);
  g_test_add_func ("/json-reader/valid-and-not", test_valid_and_not);
  g_test_add_func ("/json-reader/fault-position", test_fault_position);
  g_test_add_func ("/json-reader/depth", test_depth);
  g_test_add_func ("/json-reader/damaged", test_damaged);
  g_test_add_func ("/json-reader/journals", test_journals);
  g_test_add_func ("/json-reader/streamed-damaged", test_streamed_damaged);

  return g_test_run ();
}
