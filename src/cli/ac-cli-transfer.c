/* ac-cli-transfer.c — export and import
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "ac-cli.h"
#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-exporter.h"
#include "ac-importer.h"

/* A long export or import says how far it is, on a terminal only: a
 * line that rewrites itself on stderr, cleared at the end. Ctrl+C stops
 * it, and an export then leaves no file. */
static void
on_progress (GObject    *object,
             GParamSpec *pspec,
             const char *doing)
{
  double fraction = 0;

  g_object_get (object, "progress", &fraction, NULL);
  g_printerr ("\r%s %3d %%", doing, (int) (fraction * 100 + 0.5));
}

static void
watch_progress (gpointer    object,
                const char *doing)
{
  if (isatty (STDERR_FILENO))
    g_signal_connect (object, "notify::progress", G_CALLBACK (on_progress), (gpointer) doing);
}

static void
end_progress (gpointer object)
{
  if (g_signal_handlers_disconnect_matched (object, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_progress, NULL) > 0)
    g_printerr ("\r\033[K");
}

static gboolean
parse_bound (AcCli      *cli,
             const char *option,
             const char *text,
             GDate      *date)
{
  g_date_clear (date, 1);
  if (text == NULL)
    return TRUE;

  if (!ac_date_parse_iso (text, date))
    {
      ac_cli_error (cli, _("%s: “%s” is not a date such as 2026-11-21"), option, text);
      return FALSE;
    }

  return TRUE;
}

AcCliExit
ac_cli_export (AcCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *paper_text = NULL;
  g_autofree char *today_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("csv, ics, pdf or json (default: from the output's extension)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; it is replaced, and only you may read it"), N_("PATH") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Leave out what is before this day, such as 2026-09-01"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Leave out what is after this day"), N_("DATE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text,
      N_("The report's paper: a4 or letter (default: your locale's)"), N_("PAPER") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The day the report's advice is for (default: today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcExporter) exporter = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AcTransferFormat format;
  AcPaper paper = ac_paper_get_default ();
  GDate from, to, today;
  AcCliExit status;
  gboolean ok;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK)
    return status;

  if (output == NULL)
    {
      ac_cli_error (cli, _("--output is required"));
      return AC_CLI_EXIT_USAGE;
    }
  if (format_text != NULL
      ? !ac_transfer_format_from_string (format_text, &format)
      : !ac_transfer_format_for_filename (output, &format))
    {
      if (format_text != NULL)
        ac_cli_error (cli, _("--format: “%s” is not one of: csv, ics, pdf, json"), format_text);
      else
        ac_cli_error (cli, _("--format is required when the output's name does not end in "
                             ".csv, .ics, .pdf or .json"));
      return AC_CLI_EXIT_USAGE;
    }
  if (paper_text != NULL && !ac_paper_from_string (paper_text, &paper))
    {
      ac_cli_error (cli, _("--paper: “%s” is not one of: a4, letter"), paper_text);
      return AC_CLI_EXIT_USAGE;
    }
  if (!parse_bound (cli, "--from", from_text, &from) ||
      !parse_bound (cli, "--to", to_text, &to) ||
      !ac_cli_parse_today (cli, today_text, &today))
    return AC_CLI_EXIT_USAGE;
  if (g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    {
      ac_cli_error (cli, _("--from %s is after --to %s"), from_text, to_text);
      return AC_CLI_EXIT_USAGE;
    }

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  exporter = ac_exporter_new (format, cli->clock);
  ac_exporter_set_range (exporter, &from, &to);
  ac_exporter_set_paper (exporter, paper);
  ac_exporter_set_today (exporter, &today);

  file = g_file_new_for_commandline_arg (output);
  watch_progress (exporter, _("Exporting…"));
  ok = ac_exporter_write (exporter, journal, file, NULL, &error);
  end_progress (exporter);
  if (!ok)
    {
      ac_cli_error (cli, "%s", error->message);
      return AC_CLI_EXIT_SAVE_FAILED;
    }

  g_print (_("Wrote %s\n"), output);
  return AC_CLI_EXIT_OK;
}

/* One line about a candidate: what it is and where it comes from, and
 * how it was read when that matters (the time zone of an event). */
static char *
describe (AcImportCandidate *candidate)
{
  AcSession *session = ac_import_candidate_get_session (candidate);
  AcCheckin *checkin = ac_import_candidate_get_checkin (candidate);
  AcClearance *clearance = ac_import_candidate_get_clearance (candidate);
  const char *notes = ac_import_candidate_get_therapist_notes (candidate);
  const char *source = ac_import_candidate_get_source (candidate);
  const char *note = ac_import_candidate_get_note (candidate);

  if (session != NULL)
    {
      g_autofree char *start = g_date_time_format (ac_session_get_start (session),
                                                   "%Y-%m-%d %H:%M %:z");
      g_autofree char *pressure = g_utf8_strdown (ac_pressure_get_label (ac_session_get_pressure (session)), -1);
      g_autofree char *what =
        /* Translators: a date and time, minutes, a pressure ("moderate"), where it was in the file */
        g_strdup_printf (ac_session_get_planned (session) ? _("planned session %s, %d min, %s (%s)")
                                                          : _("past session %s, %d min, %s (%s)"),
                         start, ac_session_get_minutes (session), pressure, source);

      /* Translators: a session as above; how it was read */
      return note != NULL ? g_strdup_printf (_("%s; %s"), what, note) : g_steal_pointer (&what);
    }
  if (checkin != NULL)
    {
      g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (checkin));

      return g_strdup_printf (_("check-in %s, soreness %d (%s)"), day,
                              ac_checkin_get_soreness (checkin), source);
    }
  if (clearance != NULL)
    {
      g_autofree char *day = ac_date_format_iso (ac_clearance_get_date (clearance));

      /* Translators: a date, a symptom or hold rule id, where it was in the file */
      return g_strdup_printf (_("clearance %s, %s (%s)"), day, ac_clearance_get_what (clearance), source);
    }
  if (notes != NULL)
    {
      /* Its first line, which says what the notes are about. */
      g_autofree char *first = g_strndup (notes, strcspn (notes, "\n"));

      /* Translators: the first line of the notes, where they were in the file */
      return g_strdup_printf (_("notes for a therapist “%s” (%s)"), first, source);
    }
  if (ac_import_candidate_get_kind (candidate) == AC_IMPORT_KIND_PROFILE)
    {
      g_autofree char *conditions = ac_flags_to_words (AC_TYPE_CONDITION,
                                                       ac_import_candidate_get_conditions (candidate));
      g_autofree char *areas = ac_flags_to_words (AC_TYPE_AREA,
                                                  ac_import_candidate_get_avoid_areas (candidate));
      g_autofree char *words = NULL;

      if (areas[0] == '\0')
        words = g_steal_pointer (&conditions);
      else if (conditions[0] == '\0')
        words = g_strdup_printf (_("areas to avoid: %s"), areas);
      else
        /* Translators: the conditions the import adds, the areas to avoid it adds */
        words = g_strdup_printf (_("%s; areas to avoid: %s"), conditions, areas);

      return g_strdup_printf (_("health profile: %s (%s)"), words[0] ? words : _("no change"), source);
    }

  return g_strdup (source);
}

static void
print_plan (AcImportPlan *plan)
{
  GListModel *candidates = ac_import_plan_get_candidates (plan);
  g_autofree char *kinds = ac_import_plan_describe_kinds (plan, FALSE);

  /* Translators: a file's name; what it holds, as “3 sessions, 2 check-ins, 1 clearance” */
  g_print (_("%s holds %s\n"), ac_import_plan_get_source_name (plan), kinds);

  g_print (_("%s: %u new, %u already in the journal, %u differing from the journal "
             "(the journal's kept), %u not importable\n"),
           ac_import_plan_get_source_name (plan),
           ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW),
           ac_import_plan_count (plan, AC_IMPORT_STATUS_DUPLICATE),
           ac_import_plan_count (plan, AC_IMPORT_STATUS_CONFLICT),
           ac_import_plan_count (plan, AC_IMPORT_STATUS_NOT_IMPORTABLE));

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (candidates, i);
      AcImportStatus status = ac_import_candidate_get_status (candidate);
      const char *reason = ac_import_candidate_get_reason (candidate);
      g_autofree char *what = describe (candidate);

      /* A record that could not be read has no details but its source. */
      if (status == AC_IMPORT_STATUS_NOT_IMPORTABLE &&
          ac_import_candidate_get_session (candidate) == NULL &&
          ac_import_candidate_get_checkin (candidate) == NULL &&
          ac_import_candidate_get_clearance (candidate) == NULL)
        g_print ("  %s: %s: %s\n", ac_import_status_get_label (status),
                 ac_import_candidate_get_source (candidate), reason);
      else if (reason != NULL)
        g_print ("  %s: %s: %s\n", ac_import_status_get_label (status), what, reason);
      else
        g_print ("  %s: %s\n", ac_import_status_get_label (status), what);
    }
}

typedef struct
{
  AcImportPlan *plan;
  guint         n_changed;
} ApplyPlan;

static gboolean
apply_plan (AcJournal  *journal,
            gpointer    user_data,
            GError    **error)
{
  ApplyPlan *apply = user_data;

  return ac_import_plan_apply (apply->plan, journal, &apply->n_changed, error);
}

AcCliExit
ac_cli_import (AcCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *as_text = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("csv, ics or json (default: from the file)"), N_("FORMAT") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Show what would be added, and change nothing"), NULL },
    { "as", 0, 0, G_OPTION_ARG_STRING, &as_text,
      N_("For calendar events: import them all as planned or as past sessions "
         "(default: planned when in the future)"), N_("planned|past") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcImporter) importer = ac_importer_new (cli->clock);
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AcTransferFormat format;
  GListModel *candidates;
  ApplyPlan apply;
  guint n_changed = 0;
  AcCliExit status;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 1)) != AC_CLI_EXIT_OK)
    return status;

  if (format_text != NULL)
    {
      if (!ac_transfer_format_from_string (format_text, &format) ||
          format == AC_TRANSFER_FORMAT_PDF)
        {
          ac_cli_error (cli, _("--format: “%s” is not one of: csv, ics, json"), format_text);
          return AC_CLI_EXIT_USAGE;
        }
      ac_importer_set_format (importer, format);
    }
  if (as_text != NULL && !g_str_equal (as_text, "planned") && !g_str_equal (as_text, "past"))
    {
      ac_cli_error (cli, _("--as: “%s” is not one of: planned, past"), as_text);
      return AC_CLI_EXIT_USAGE;
    }

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  watch_progress (importer, _("Reading…"));
  plan = ac_importer_read (importer, file, journal, NULL, &error);
  end_progress (importer);
  if (plan == NULL)
    {
      ac_cli_error (cli, "%s", error->message);
      return AC_CLI_EXIT_BAD_INPUT;
    }

  if (as_text != NULL)
    {
      if (ac_import_plan_get_format (plan) != AC_TRANSFER_FORMAT_ICS)
        {
          ac_cli_error (cli, _("--as is for calendar (.ics) files only"));
          return AC_CLI_EXIT_USAGE;
        }
      candidates = ac_import_plan_get_candidates (plan);
      for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
        {
          g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (candidates, i);

          if (ac_import_candidate_get_session (candidate) != NULL)
            ac_import_candidate_set_planned (candidate, g_str_equal (as_text, "planned"));
        }
    }

  print_plan (plan);

  if (dry_run)
    {
      g_print (_("Dry run: the journal was not changed.\n"));
      return AC_CLI_EXIT_OK;
    }

  if (!ac_import_plan_apply (plan, journal, &n_changed, &error))
    {
      ac_cli_error (cli, "%s", error->message);
      return g_error_matches (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY)
             ? AC_CLI_EXIT_BAD_JOURNAL : AC_CLI_EXIT_BAD_INPUT;
    }

  /* Applied again, if another writer saved first, to what it saved. */
  apply.plan = plan;
  apply.n_changed = n_changed;
  if (n_changed > 0 && (status = ac_cli_save_change (cli, journal, apply_plan, &apply)) != AC_CLI_EXIT_OK)
    return status;
  n_changed = apply.n_changed;

  g_print (ngettext ("Added or replaced %u record in the journal.\n",
                     "Added or replaced %u records in the journal.\n", n_changed),
           n_changed);
  if (n_changed > 0)
    {
      g_autofree char *kinds = ac_import_plan_describe_kinds (plan, TRUE);

      /* Translators: what was imported, as “3 sessions, 2 check-ins, 1 clearance” */
      g_print (_("Imported %s.\n"), kinds);
    }
  return AC_CLI_EXIT_OK;
}
