/* ac-cli.h — what aftercare-cli's commands share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ac-journal.h"

#include "ac-clock.h"

G_BEGIN_DECLS

/* Exit statuses of DESIGN.md. */
typedef enum
{
  AC_CLI_EXIT_OK          = 0,
  AC_CLI_EXIT_USAGE       = 1,
  AC_CLI_EXIT_BAD_JOURNAL = 2,
  AC_CLI_EXIT_SAVE_FAILED = 3,
  AC_CLI_EXIT_BAD_INPUT   = 4,
} AcCliExit;

typedef struct
{
  char       *file_path;   /* --file, or NULL for the default journal */
  char       *file_option; /* --file after the command, until parsed */
  const char *command;
  AcClock    *clock;       /* stopped when the command starts */
} AcCli;

typedef struct
{
  const char *name;
  const char *parameters;
  const char *summary;
  AcCliExit (*run) (AcCli  *cli,
                    int     argc,
                    char  **argv);
} AcCliCommand;

void            ac_cli_error              (AcCli         *cli,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (2, 3);
GOptionContext *ac_cli_option_context_new (AcCli         *cli,
                                           const GOptionEntry *entries);
AcCliExit       ac_cli_parse              (AcCli         *cli,
                                           GOptionContext *context,
                                           int           *argc,
                                           char        ***argv,
                                           int            n_positional);
AcCliExit       ac_cli_open_journal       (AcCli         *cli,
                                           AcJournal    **journal);
AcCliExit       ac_cli_save_change        (AcCli         *cli,
                                           AcJournal     *journal,
                                           AcJournalChangeFunc change,
                                           gpointer       user_data);
gboolean        ac_cli_parse_date         (AcCli         *cli,
                                           const char    *option,
                                           const char    *text,
                                           GDate         *date);
gboolean        ac_cli_parse_today        (AcCli         *cli,
                                           const char    *text,
                                           GDate         *today);

/* ac-cli-records.c */
AcCliExit       ac_cli_add_session        (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_check_in           (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_list               (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_remove             (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_clear              (AcCli         *cli,
                                           int            argc,
                                           char         **argv);

/* ac-cli-advice.c */
AcCliExit       ac_cli_advice             (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_stats              (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
void            ac_cli_print_json         (JsonBuilder   *builder);
void            ac_cli_append_wrapped     (GString       *out,
                                           const char    *indent,
                                           const char    *text);

/* ac-cli-insights.c */
AcCliExit       ac_cli_insights           (AcCli         *cli,
                                           int            argc,
                                           char         **argv);

/* ac-cli-transfer.c */
AcCliExit       ac_cli_export             (AcCli         *cli,
                                           int            argc,
                                           char         **argv);
AcCliExit       ac_cli_import             (AcCli         *cli,
                                           int            argc,
                                           char         **argv);

/* ac-cli-brief.c */
AcCliExit       ac_cli_brief              (AcCli         *cli,
                                           int            argc,
                                           char         **argv);

G_END_DECLS
