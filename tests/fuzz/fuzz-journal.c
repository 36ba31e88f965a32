/* fuzz-journal.c — libFuzzer target for the journal loader
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to ac_journal_new_from_data(). It must either fail with an
 * error in the journal domain that names the file, or give a journal; a
 * journal, written out with ac_journal_to_data(), must read back and write
 * out to the identical text (the written form is a fixed point), and the
 * text it was read from must be JSON to json-glib too. Warnings and
 * criticals abort, so a failed precondition is a crash too.
 */

#define G_LOG_DOMAIN "fuzz-journal"

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ac-journal.h"
#include "ac-journal-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
die (const char *what,
     const char *detail)
{
  fprintf (stderr, "fuzz-journal: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

/* What the loader takes is JSON: json-glib, which takes more, reads it
 * too. json-glib reads only what the loader took, so the inputs on which
 * json-glib 1.6 leaks (several top-level values, a surrogate followed by
 * an escape that is not its other half), which the loader refuses, never
 * reach it. */
static void
check_json_glib_agrees (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, (const char *) data, (gssize) size, &error))
    die ("the loader took text that json-glib cannot read", error->message);
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
  check_json_glib_agrees (data, size);

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
