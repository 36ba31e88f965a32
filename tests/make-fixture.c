/* make-fixture.c — writes a generated journal to a file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "make-fixture"

#include "config.h"

#include <stdlib.h>

#include "ac-fixture.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *kind = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *output = NULL;
  int seed = 0;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, "typical or heavy", "KIND" },
    { "end", 'e', 0, G_OPTION_ARG_STRING, &end_text, "The last day, YYYY-MM-DD (default: 2026-11-22)", "DATE" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed (default: the spec's)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write the journal", "PATH" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write a fixture journal");
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autofree char *data = NULL;
  AcFixtureSpec spec;
  GDate end;
  gsize length;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("make-fixture: %s\n", error ? error->message : "--output is required");
      return EXIT_FAILURE;
    }

  g_date_clear (&end, 1);
  g_date_set_dmy (&end, 22, 11, 2026);
  if (end_text != NULL)
    {
      g_date_set_parse (&end, end_text);
      if (!g_date_valid (&end))
        {
          g_printerr ("make-fixture: --end: “%s” is not a date\n", end_text);
          return EXIT_FAILURE;
        }
    }

  if (g_strcmp0 (kind, "heavy") == 0)
    ac_fixture_spec_heavy (&spec, &end);
  else
    ac_fixture_spec_typical (&spec, &end);
  if (seed != 0)
    spec.seed = seed;

  journal = ac_fixture_generate (&spec);
  data = ac_journal_to_data (journal, &length);
  if (!g_file_set_contents_full (output, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_printerr ("make-fixture: %s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
