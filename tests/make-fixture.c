/* make-fixture.c — writes a generated journal to a file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "make-fixture"

#include "config.h"

#include <stdlib.h>

#include "ac-date.h"
#include "ac-fixture.h"

G_GNUC_PRINTF (2, 3)
static int
fail (const char *option,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("make-fixture: %s: %s\n", option, message);
  return EXIT_FAILURE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *kind = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *output = NULL;
  int seed = 0, years = 0, checkin_days = -1, planned = -1;
  double per_week = 0;
  gboolean daily = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, "typical (default) or heavy: the spec to start from", "KIND" },
    { "years", 'y', 0, G_OPTION_ARG_INT, &years, "How many years the journal spans (1–100)", "N" },
    { "sessions-per-week", 'w', 0, G_OPTION_ARG_DOUBLE, &per_week, "How often sessions come (0.1–7)", "X" },
    { "checkin-days", 'c', 0, G_OPTION_ARG_INT, &checkin_days, "Check-ins on this many days after each session (0–3)", "N" },
    { "daily-checkins", 'd', 0, G_OPTION_ARG_NONE, &daily, "A check-in every day instead", NULL },
    { "planned", 'p', 0, G_OPTION_ARG_INT, &planned, "How many planned sessions follow the last day (0–10)", "N" },
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
  if (end_text != NULL && !ac_date_parse_iso (end_text, &end))
    return fail ("--end", "“%s” is not a date written YYYY-MM-DD", end_text);

  if (kind == NULL || g_str_equal (kind, "typical"))
    ac_fixture_spec_typical (&spec, &end);
  else if (g_str_equal (kind, "heavy"))
    ac_fixture_spec_heavy (&spec, &end);
  else
    return fail ("--kind", "“%s” is not one of: typical, heavy", kind);

  if (years != 0 && (years < 1 || years > 100))
    return fail ("--years", "%d is out of range 1–100", years);
  if (per_week != 0 && (per_week < 0.1 || per_week > 7))
    return fail ("--sessions-per-week", "%g is out of range 0.1–7", per_week);
  if (checkin_days != -1 && (checkin_days < 0 || checkin_days > 3))
    return fail ("--checkin-days", "%d is out of range 0–3", checkin_days);
  if (planned != -1 && (planned < 0 || planned > 10))
    return fail ("--planned", "%d is out of range 0–10", planned);

  if (years != 0)
    spec.years = years;
  if (per_week != 0)
    spec.sessions_per_week = per_week;
  if (checkin_days != -1)
    {
      spec.checkin_days = checkin_days;
      spec.daily_checkins = FALSE;
    }
  if (daily)
    spec.daily_checkins = TRUE;
  if (planned != -1)
    spec.planned = planned;
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
