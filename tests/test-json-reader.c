/* test-json-reader.c — the fast JSON reader builds json-glib's very tree,
 * or leaves the text to json-glib
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

/* What the journal's codec gets from json-glib: NULL if it fails. */
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

/* Texts as C would write them: the test's output must be UTF-8. */
static char *
escape (const char *data,
        gsize       length)
{
  g_autofree char *copy = g_strndup (data, length);

  return g_strescape (copy, NULL);
}

/* The one rule: the fast reader gives no tree, or json-glib's. Says
 * whether it gave one. */
static gboolean
check_text (const char *data,
            gsize       length)
{
  g_autoptr(JsonNode) fast = _ac_json_read (data, length);
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
      g_error ("the fast reader read “%s”, and %s", shown, why);
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

/* Plain JSON: the fast reader must read all of it. */
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

/* What the fast reader leaves to json-glib, which reads some of these in
 * ways of its own (1.6 reads "-0" as 0, wraps numbers past 2^63, keeps
 * the last of two members of the same name and takes raw tabs in
 * strings). */
static const char * const unusual_texts[] = {
  /* Not whole numbers, or not written the one way. */
  "1.5", "[0.0]", "1e3", "1E3", "[1e-3]", "-1.0e+2", "-0", "[-0]", "00", "01", "[012]", "-01",
  "9223372036854775808", "-9223372036854775808", "18446744073709551616",
  "123456789012345678901234567890", "[1.]", "[.5]", "+1", "[- 1]", "-", "[-]",
  /* Escapes json-glib reads its own way, or that are not JSON. */
  "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"", "\"\\u0000\"", "\"a\\u0000b\"",
  "\"\\u00\"", "\"\\u00e\"", "\"\\u00eg\"", "\"\\x41\"", "\"\\0\"", "\"\\101\"", "\"\\a\"", "\"\\'\"",
  "\"\\U0041\"", "\"\\", "\"\\u",
  /* Raw control characters and text that is not UTF-8. */
  "\"a\tb\"", "\"a\nb\"", "\"\x01\"", "\"\x1f\"", "\"\xc3\"", "\"\xc3(\"", "\"\xff\"", "\"\xed\xa0\x80\"",
  "\"\xc0\xaf\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"",
  /* A name twice in one object. */
  "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":2,\"a\":3}", "[{\"x\":{},\"x\":[]}]", "{\"\":1,\"\":1}",
  /* A byte-order mark, or more after the value. */
  "\xef\xbb\xbf{}", "{} {}", "{}{}", "[] x", "1 2", "null,", "{}]", "\"a\"\"b\"",
  /* Not JSON. */
  "", " ", "\n", "{", "}", "[", "]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[1,]",
  "[,1]", "{\"a\":1,}", "[1 2]", "tru", "True", "nul", "NULL", "falsey", "[true false]", "nulll",
  "'x'", "\"x", "/* c */ 1", "[1] // c", "var a = 1;", "Infinity", "NaN", "-Infinity",
  "\x0c[]", "[\x0b]", "[\xc2\xa0]", "[1]\x0c",
};

static void
test_unusual (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unusual_texts); i++)
    {
      g_autofree char *shown = g_strescape (unusual_texts[i], NULL);

      g_test_message ("text %u: %s", i, shown);
      g_assert_null (_ac_json_read (unusual_texts[i], strlen (unusual_texts[i])));
    }

  /* Bytes past the length given are not read; a nul inside is not JSON. */
  g_assert_true (check_text ("[1]]", 3));
  g_assert_null (_ac_json_read ("[1]\0", 4));
  g_assert_null (_ac_json_read ("\"a\0b\"", 5));
  g_assert_null (_ac_json_read (NULL, 0));
}

static JsonNode *
read_nested (guint depth)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, i % 2 ? "{\"a\":" : "[");
  g_string_append (text, "0");
  for (guint i = depth; i > 0; i--)
    g_string_append (text, (i - 1) % 2 ? "}" : "]");

  g_assert_true (check_text (text->str, text->len) || depth > 128);
  return _ac_json_read (text->str, text->len);
}

/* Deep nesting is json-glib's to read. */
static void
test_depth (void)
{
  g_autoptr(JsonNode) deepest = read_nested (128);
  g_autoptr(JsonNode) too_deep = read_nested (129);
  g_autoptr(JsonNode) far_too_deep = read_nested (100000);

  g_assert_nonnull (deepest);
  g_assert_null (too_deep);
  g_assert_null (far_too_deep);
}

/* Every construct densely, so that every byte is worth changing: plain
 * JSON, and the numbers and escapes the fast reader leaves to json-glib. */
static const char * const dense_texts[] = {
  "{\"a\" : [1, -2, 0, true, false, null, \"s\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\xc3\xa9\"],\n"
  " \"b\":{\"c\":{}, \"d\":[[]]}, \"\":-9223372036854775807}\n",
  "[2.5, 1e3, -0, 01, 9223372036854775808]",
  "[\"\\ud83d\\ude00\", \"\\u0000\"]",
};

/* A file cut short anywhere, or with any one byte changed to a byte that
 * matters to JSON, is never read into another tree. */
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
  g_test_message ("%u changed texts read by the fast reader", n_read);
  g_assert_cmpuint (n_read, >, 400);
}

static void
assert_same_journal (const char *what,
                     const char *data,
                     gsize       length,
                     gboolean   *fast_path,
                     gboolean   *streamed_path)
{
  /* The streaming decoder first, then the fast reader's tree: both must
   * give json-glib's journal, or its very error. */
  static const AcCodecReadFlags ways[] = { AC_CODEC_READ_DEFAULT, AC_CODEC_READ_TREE };
  g_autoptr(GError) slow_error = NULL;
  g_autoptr(AcJournal) slow = _ac_journal_codec_read (data, length, "f.json", AC_CODEC_READ_JSON_GLIB, &slow_error);
  g_autoptr(JsonNode) tree = fast_path ? _ac_json_read (data, length) : NULL;
  g_autoptr(AcJournal) streamed = _ac_journal_codec_read (data, length, "f.json", AC_CODEC_READ_STREAM_ONLY, NULL);
  g_autofree char *shown = g_strescape (what, NULL);

  g_test_message ("%s: %s%s", shown, slow_error ? slow_error->message : "read",
                  streamed ? ", streamed" : "");

  /* What the streaming decoder takes, json-glib reads. */
  if (streamed != NULL)
    g_assert_no_error (slow_error);

  for (guint w = 0; w < G_N_ELEMENTS (ways); w++)
    {
      g_autoptr(GError) fast_error = NULL;
      g_autoptr(AcJournal) fast = _ac_journal_codec_read (data, length, "f.json", ways[w], &fast_error);

      if (slow_error != NULL)
        {
          g_assert_null (fast);
          g_assert_error (fast_error, slow_error->domain, slow_error->code);
          g_assert_cmpstr (fast_error->message, ==, slow_error->message);
        }
      else
        {
          g_autofree char *fast_text = NULL;
          g_autofree char *slow_text = NULL;

          g_assert_no_error (fast_error);
          g_assert_nonnull (fast);
          fast_text = ac_journal_to_data (fast, NULL);
          slow_text = ac_journal_to_data (slow, NULL);
          g_assert_cmpstr (fast_text, ==, slow_text);
          g_assert_cmpint (ac_journal_get_read_only (fast), ==, ac_journal_get_read_only (slow));
        }
    }

  if (fast_path != NULL)
    *fast_path = tree != NULL;
  if (streamed_path != NULL)
    *streamed_path = streamed != NULL;
}

static void
compare_folder (const char *folder,
                guint      *n_fast,
                guint      *n_streamed,
                guint      *n_files)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gboolean fast_path, streamed_path;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      assert_same_journal (name, data, length, &fast_path, &streamed_path);
      *n_fast += fast_path;
      *n_streamed += streamed_path;
      *n_files += 1;
    }
}

/* Loading a journal gives the same journal, or the same error message,
 * with the fast reader as with json-glib alone. */
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
    "{\"format\":\"aftercare-journal\",\"version\":2,\"sessions\":[{\"id\":\"x\"}]}",
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
  guint n_fast = 0, n_streamed = 0, n_files = 0;
  gboolean fast_path, streamed_path;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_same_journal (texts[i], texts[i], strlen (texts[i]), NULL, NULL);

  compare_folder (FIXTURES_DIR, &n_fast, &n_streamed, &n_files);
  compare_folder (corpus, &n_fast, &n_streamed, &n_files);
  g_test_message ("%u of %u files read by the fast reader, %u by the streaming decoder",
                  n_fast, n_files, n_streamed);
  g_assert_cmpuint (n_files, >, 40);
  g_assert_cmpuint (n_fast, >, n_files / 2);
  /* Most files are broken on purpose; the plain journals of format 1
   * among them (minimal.json and full.json, in both folders) stream. */
  g_assert_cmpuint (n_streamed, >=, 4);

  /* What the app writes is read by the fast reader. */
  {
    AcFixtureSpec spec;
    gsize length;

    ac_fixture_spec_typical (&spec, end);
    typical = ac_fixture_generate (&spec);
    text = ac_journal_to_data (typical, &length);
    assert_same_journal ("typical", text, length, &fast_path, &streamed_path);
    g_assert_true (fast_path);
    g_assert_true (streamed_path);
    g_assert_true (check_text (text, length));
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
 * and cut at every byte: the streaming decoder gives json-glib's journal
 * or leaves the text to the others, whose error is json-glib's. */
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
  {
    gboolean streamed;

    assert_same_journal ("whole", text->str, length, NULL, &streamed);
    g_assert_true (streamed);
  }

  for (gsize at = 0; at < length; at += DAMAGE_STRIDE)
    {
      gboolean streamed;

      assert_same_journal ("cut", text->str, at, NULL, &streamed);
      n_streamed += streamed;
      /* Changes at every third of those positions; cuts at each. */
      if (at % (3 * DAMAGE_STRIDE) != 0)
        continue;
      for (guint r = 0; r < sizeof replacements - 1; r++)
        {
          g_autofree char *changed = g_strndup (text->str, length);

          if (changed[at] == replacements[r])
            continue;
          changed[at] = replacements[r];
          assert_same_journal ("changed", changed, length, NULL, &streamed);
          n_streamed += streamed;
          n++;
        }
    }

  /* Many changes leave a journal: in a note, a name, a number. */
  g_test_message ("%u changed texts, %u read by the streaming decoder", n, n_streamed);
  g_assert_cmpuint (n_streamed, >=, n / 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/plain", test_plain);
  g_test_add_func ("/json-reader/unusual", test_unusual);
  g_test_add_func ("/json-reader/depth", test_depth);
  g_test_add_func ("/json-reader/damaged", test_damaged);
  g_test_add_func ("/json-reader/journals", test_journals);
  g_test_add_func ("/json-reader/streamed-damaged", test_streamed_damaged);

  return g_test_run ();
}
