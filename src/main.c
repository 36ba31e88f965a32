/* main.c — the desktop app's entry point
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "ac-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Aftercare"));

  app = ac_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
