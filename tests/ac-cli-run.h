/* ac-cli-run.h — runs aftercare-cli for a test and keeps what it said
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *out;
  char *err;
  int   status;
} AcCliRun;

void ac_cli_run_clear (AcCliRun   *run);
void ac_cli_runv      (AcCliRun   *run,
                       const char *cli,
                       const char *journal,
                       va_list     args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AcCliRun, ac_cli_run_clear)

G_END_DECLS
