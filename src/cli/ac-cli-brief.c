/* ac-cli-brief.c — brief: a page for a new therapist, or the facts
 * around a warning sign for a doctor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-brief.h"
#include "ac-cli.h"

AcCliExit
ac_cli_brief (AcCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper_text = NULL;
  g_autofree char *audience_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *today_text = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; it is replaced, and only you may read it (text: default standard output)"),
      N_("PATH") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text,
      N_("a4 or letter (default: your locale's)"), N_("PAPER") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &audience_text,
      N_("therapist (default): one page about you; doctor: the warning signs of the last 90 days"),
      N_("WHOM") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("pdf (default) or text, to paste into a message (for a therapist only)"), N_("FORMAT") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The day the brief is for (default: today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcBrief) brief = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AcBriefAudience audience = AC_BRIEF_FOR_THERAPIST;
  AcPaper paper = ac_paper_get_default ();
  gboolean text = FALSE;
  GDate today;
  AcCliExit status;
  gboolean ok;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK)
    return status;

  if (audience_text != NULL && !ac_brief_audience_from_string (audience_text, &audience))
    {
      ac_cli_error (cli, _("--for: “%s” is not one of: therapist, doctor"), audience_text);
      return AC_CLI_EXIT_USAGE;
    }
  if (format_text != NULL && g_strcmp0 (format_text, "pdf") != 0 && g_strcmp0 (format_text, "text") != 0)
    {
      ac_cli_error (cli, _("--format: “%s” is not one of: pdf, text"), format_text);
      return AC_CLI_EXIT_USAGE;
    }
  text = g_strcmp0 (format_text, "text") == 0;
  if (text && audience != AC_BRIEF_FOR_THERAPIST)
    {
      ac_cli_error (cli, _("--format text is for a therapist's brief only"));
      return AC_CLI_EXIT_USAGE;
    }
  if (output == NULL && !text)
    {
      ac_cli_error (cli, _("--output is required for a PDF"));
      return AC_CLI_EXIT_USAGE;
    }
  if (paper_text != NULL && !ac_paper_from_string (paper_text, &paper))
    {
      ac_cli_error (cli, _("--paper: “%s” is not one of: a4, letter"), paper_text);
      return AC_CLI_EXIT_USAGE;
    }
  if (!ac_cli_parse_today (cli, today_text, &today))
    return AC_CLI_EXIT_USAGE;

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  brief = ac_brief_new (journal, &today);
  if (text && output == NULL)
    {
      g_autofree char *contents = ac_brief_dup_text (brief);

      g_print ("%s", contents);
      return AC_CLI_EXIT_OK;
    }

  file = g_file_new_for_commandline_arg (output);
  ok = text ? ac_brief_write_text (brief, file, NULL, &error)
            : ac_brief_write_pdf (brief, audience, paper, file, NULL, &error);
  if (!ok)
    {
      ac_cli_error (cli, "%s", error->message);
      /* Nothing for a doctor is a request that cannot be met, not a failed write. */
      return g_error_matches (error, AC_BRIEF_ERROR, AC_BRIEF_ERROR_NOTHING_TO_REPORT)
             ? AC_CLI_EXIT_USAGE : AC_CLI_EXIT_SAVE_FAILED;
    }

  g_print (_("Wrote %s\n"), output);
  return AC_CLI_EXIT_OK;
}
