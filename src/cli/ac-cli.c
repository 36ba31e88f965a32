/* ac-cli.c — aftercare-cli: the journal from the command line
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ac-cli.h"
#include "ac-date.h"

static const AcCliCommand commands[] = {
  { "add-session", N_("--start DATE[THH:MM] --minutes N --pressure P [OPTION…]"),
    N_("Log a massage session, past or planned"), ac_cli_add_session },
  { "check-in", N_("--soreness 0-10 [--date DATE] [OPTION…]"),
    N_("Record how sore you feel on a day"), ac_cli_check_in },
  { "list", N_("[--json]"),
    N_("List sessions, check-ins and clearances"), ac_cli_list },
  { "remove", N_("ID"),
    N_("Remove a session, a check-in or a clearance"), ac_cli_remove },
  { "clear", N_("WHAT [--date DATE] [--note TEXT]"),
    N_("Note that a warning symptom or a hold rule has been checked"), ac_cli_clear },
  { "advice", N_("[--today DATE] [--json]"),
    N_("Show advice for today"), ac_cli_advice },
  { "stats", N_("[--today DATE] [--json]"),
    N_("Show statistics"), ac_cli_stats },
  { "insights", N_("[--today DATE] [--json]"),
    N_("Compare your sessions, and show what they cost"), ac_cli_insights },
  { "export", N_("--format csv|ics|pdf|json --output PATH [OPTION…]"),
    N_("Export the journal: a spreadsheet, a calendar, a report or a backup"), ac_cli_export },
  { "import", N_("PATH [OPTION…]"),
    N_("Import sessions and check-ins; nothing in the journal is overwritten"), ac_cli_import },
  { "brief", N_("--output PATH [--paper a4|letter] [--for therapist|doctor] [OPTION…]"),
    N_("Make a one-page brief for a new therapist, or the facts around a warning sign for a doctor"), ac_cli_brief },
};

void
ac_cli_error (AcCli      *cli,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (cli->command != NULL)
    g_printerr ("aftercare-cli %s: %s\n", cli->command, message);
  else
    g_printerr ("aftercare-cli: %s\n", message);
}

/**
 * ac_cli_option_context_new:
 *
 * A context for one command's options, with --file understood after the
 * command as well as before it.
 *
 * Returns: (transfer full): the context
 */
GOptionContext *
ac_cli_option_context_new (AcCli              *cli,
                           const GOptionEntry *entries)
{
  const GOptionEntry file_entries[] = {
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &cli->file_option,
      N_("The journal file (default: $XDG_DATA_HOME/aftercare/journal.json, usually ~/.local/share/aftercare/journal.json)"), N_("PATH") },
    G_OPTION_ENTRY_NULL
  };
  const AcCliCommand *command = NULL;
  g_autofree char *parameter = NULL;
  GOptionContext *context;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, cli->command) == 0)
      command = &commands[i];
  g_assert (command != NULL);

  parameter = g_strdup_printf ("%s %s", command->name, _(command->parameters));
  context = g_option_context_new (parameter);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, file_entries, GETTEXT_PACKAGE);

  return context;
}

/* Parses a command's options; what is left must be @n_positional words. */
AcCliExit
ac_cli_parse (AcCli            *cli,
              GOptionContext   *context,
              int              *argc,
              char           ***argv,
              int               n_positional)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ac_cli_error (cli, "%s", error->message);
      return AC_CLI_EXIT_USAGE;
    }

  /* --file after the command wins over one before it. */
  if (cli->file_option != NULL)
    {
      g_free (cli->file_path);
      cli->file_path = g_steal_pointer (&cli->file_option);
    }

  /* argv[0] is the command itself. */
  if (*argc - 1 != n_positional)
    {
      if (*argc - 1 > n_positional)
        ac_cli_error (cli, _("unexpected argument “%s”"), (*argv)[1 + n_positional]);
      else
        ac_cli_error (cli, _("missing argument; see “aftercare-cli %s --help”"), cli->command);
      return AC_CLI_EXIT_USAGE;
    }

  return AC_CLI_EXIT_OK;
}

static GFile *
journal_file (AcCli *cli)
{
  if (cli->file_path != NULL)
    return g_file_new_for_commandline_arg (cli->file_path);
  return ac_journal_get_default_file ();
}

AcCliExit
ac_cli_open_journal (AcCli      *cli,
                     AcJournal **journal)
{
  g_autoptr(GFile) file = journal_file (cli);
  g_autoptr(GError) error = NULL;

  *journal = ac_journal_load (file, NULL, &error);
  if (*journal == NULL)
    {
      ac_cli_error (cli, "%s", error->message);
      return AC_CLI_EXIT_BAD_JOURNAL;
    }

  return AC_CLI_EXIT_OK;
}

typedef struct
{
  AcJournalChangeFunc change;
  gpointer            user_data;
  gboolean            refused;
} Change;

static gboolean
make_change (AcJournal  *journal,
             gpointer    user_data,
             GError    **error)
{
  Change *change = user_data;

  change->refused = !change->change (journal, change->user_data, error);
  return !change->refused;
}

/* Saves @journal, to which @change was made. If another writer saved the
 * file meanwhile, @change is made again to the file as it is now, under
 * the writers' lock (ac_journal_save_change()), so both are kept. */
AcCliExit
ac_cli_save_change (AcCli               *cli,
                    AcJournal           *journal,
                    AcJournalChangeFunc  change,
                    gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) saved = NULL;
  Change again = { change, user_data, FALSE };

  saved = ac_journal_save_change (journal, make_change, &again, NULL, &error);
  if (saved != NULL)
    return AC_CLI_EXIT_OK;

  /* The file another writer left refuses the change, or does not load. */
  if (again.refused)
    {
      ac_cli_error (cli, _("%s: %s; nothing was changed"),
                    g_file_peek_path (ac_journal_get_file (journal)), error->message);
      return g_error_matches (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY)
             ? AC_CLI_EXIT_BAD_JOURNAL : AC_CLI_EXIT_USAGE;
    }
  if (error->domain == AC_JOURNAL_ERROR && error->code != AC_JOURNAL_ERROR_IO &&
      error->code != AC_JOURNAL_ERROR_CHANGED_ON_DISK)
    {
      ac_cli_error (cli, "%s", error->message);
      return AC_CLI_EXIT_BAD_JOURNAL;
    }

  ac_cli_error (cli, _("%s. The journal on disk was not changed."), error->message);
  return AC_CLI_EXIT_SAVE_FAILED;
}

/* @option's DATE, or when not given the clock's today. */
gboolean
ac_cli_parse_date (AcCli      *cli,
                   const char *option,
                   const char *text,
                   GDate      *date)
{
  if (text == NULL)
    {
      ac_clock_get_today (cli->clock, date);
      return TRUE;
    }

  if (!ac_date_parse_iso (text, date))
    {
      ac_cli_error (cli, _("%s: “%s” is not a date such as 2026-11-21"), option, text);
      return FALSE;
    }

  return TRUE;
}

/* --today DATE, or the clock's today. */
gboolean
ac_cli_parse_today (AcCli      *cli,
                    const char *text,
                    GDate      *today)
{
  return ac_cli_parse_date (cli, "--today", text, today);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  aftercare-cli [--file PATH] COMMAND [OPTION…]\n\n%s\n",
           _("Usage:"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “aftercare-cli COMMAND --help” for a command's options."));
  fprintf (stream, "%s\n", _("Exit status: 0 done, 1 usage error, 2 the journal could not be read "
                             "or is invalid (nothing written), 3 the save failed (the old file is intact), "
                             "4 the file to import could not be read or is invalid (nothing written)."));
}

int
main (int   argc,
      char *argv[])
{
  AcCli cli = { NULL, NULL, NULL, NULL };
  AcCliExit status = AC_CLI_EXIT_USAGE;
  int i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("aftercare-cli");

  /* Options before the command: --file, --help, --version. */
  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
        {
          print_usage (stdout);
          return AC_CLI_EXIT_OK;
        }
      else if (strcmp (argv[i], "--version") == 0)
        {
          g_print ("aftercare-cli %s\n", PACKAGE_VERSION);
          return AC_CLI_EXIT_OK;
        }
      else if ((strcmp (argv[i], "--file") == 0 || strcmp (argv[i], "-f") == 0) && i + 1 < argc)
        {
          g_free (cli.file_path);
          cli.file_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--file="))
        {
          g_free (cli.file_path);
          cli.file_path = g_strdup (argv[i] + strlen ("--file="));
        }
      else if (strcmp (argv[i], "--file") == 0 || strcmp (argv[i], "-f") == 0)
        {
          ac_cli_error (&cli, _("%s needs the path of a journal file"), argv[i]);
          goto out;
        }
      else
        {
          ac_cli_error (&cli, _("unknown option “%s”"), argv[i]);
          print_usage (stderr);
          goto out;
        }
    }

  if (i >= argc)
    {
      ac_cli_error (&cli, _("no command given"));
      print_usage (stderr);
      goto out;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      if (strcmp (argv[i], commands[c].name) == 0)
        {
          cli.command = commands[c].name;
          /* One command sees one moment, even across midnight. */
          cli.clock = ac_clock_new_stopped ();
          status = commands[c].run (&cli, argc - i, argv + i);
          goto out;
        }
    }

  ac_cli_error (&cli, _("unknown command “%s”"), argv[i]);
  print_usage (stderr);

out:
  g_clear_object (&cli.clock);
  g_free (cli.file_path);
  g_free (cli.file_option);
  return status;
}
