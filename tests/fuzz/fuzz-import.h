/* fuzz-import.h — what the importers' libFuzzer targets share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to the importer, read as one format. It must either fail
 * with an error in the journal domain that names the file, or give a plan
 * whose candidates (all new, as the journal is empty, or not importable
 * with a reason) apply to an empty journal. That journal, exported in the
 * same format and imported again, must come back: for CSV the same
 * journal; for iCalendar the same sessions (id, start instant and offset,
 * minutes, pressure, purpose, areas, planned), and a second round must
 * change nothing. Warnings and criticals abort, so a failed precondition
 * is a crash too.
 */

#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ac-exporter.h"
#include "ac-importer.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Bigger inputs find nothing new and slow every run. */
#define FUZZ_IMPORT_MAX_SIZE (256 * 1024)

static void
fuzz_die (const char *what,
          const char *detail)
{
  fprintf (stderr, "fuzz-import: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

#define FATAL_LEVELS (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)

/* GLib's fatal-warnings mode stops with SIGTRAP, which libFuzzer does not
 * catch: abort instead, so the input is kept. */
static GLogWriterOutput
fuzz_write_log (GLogLevelFlags   level,
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
fuzz_handle_log (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if ((level & FATAL_LEVELS) != 0)
    abort ();
}

static void
fuzz_import_init (void)
{
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_log_set_writer_func (fuzz_write_log, NULL, NULL);
  g_log_set_default_handler (fuzz_handle_log, NULL);
  /* The same results whatever zone the machine is in. */
  g_setenv ("TZ", "UTC", TRUE);

  g_type_ensure (AC_TYPE_JOURNAL);
  g_type_ensure (AC_TYPE_IMPORTER);
  g_type_ensure (AC_TYPE_EXPORTER);
}

/* Reads @data as @format into @journal, which must take every candidate
 * that can be imported. Returns FALSE when the file is refused. */
static gboolean
fuzz_import (const char       *data,
             gsize             size,
             AcTransferFormat  format,
             const char       *name,
             AcJournal        *journal)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 12, 0, 0);
  g_autoptr(AcClock) clock = ac_clock_new_fixed (now);
  g_autoptr(AcImporter) importer = ac_importer_new (clock);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);
  GListModel *candidates;
  guint n_new = 0, n_changed = 0;

  ac_importer_set_format (importer, format);
  plan = ac_importer_read_bytes (importer, bytes, name, journal, NULL, &error);
  if (plan == NULL)
    {
      if (error == NULL || error->domain != AC_JOURNAL_ERROR || error->message == NULL ||
          !g_str_has_prefix (error->message, prefix) ||
          !g_utf8_validate (error->message, -1, NULL))
        fuzz_die ("a refused file must set an AC_JOURNAL_ERROR naming the file",
                  error ? error->message : "(no error)");
      return FALSE;
    }

  candidates = ac_import_plan_get_candidates (plan);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (candidates, i);
      AcImportStatus status = ac_import_candidate_get_status (candidate);
      const char *reason = ac_import_candidate_get_reason (candidate);

      if (!g_utf8_validate (ac_import_candidate_get_source (candidate), -1, NULL))
        fuzz_die ("a candidate's source is not UTF-8", NULL);
      if (status == AC_IMPORT_STATUS_NOT_IMPORTABLE)
        {
          if (reason == NULL || !g_utf8_validate (reason, -1, NULL))
            fuzz_die ("a candidate that is not importable has no reason in UTF-8",
                      ac_import_candidate_get_source (candidate));
          continue;
        }
      if (status != AC_IMPORT_STATUS_NEW || !ac_import_candidate_get_selected (candidate))
        fuzz_die ("against an empty journal, every importable candidate is new and selected",
                  ac_import_candidate_get_source (candidate));
      n_new++;
    }

  if (!ac_import_plan_apply (plan, journal, &n_changed, &error))
    fuzz_die ("a plan of new candidates does not apply to an empty journal", error->message);
  if (n_changed != n_new)
    fuzz_die ("the plan did not add every new candidate", NULL);

  return TRUE;
}

/* Exports @journal as @format and imports it into a new journal. */
static AcJournal *
fuzz_round_trip (AcJournal        *journal,
                 AcTransferFormat  format)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 12, 0, 0);
  g_autoptr(AcClock) clock = ac_clock_new_fixed (now);
  g_autoptr(AcExporter) exporter = ac_exporter_new (format, clock);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ac_exporter_export (exporter, journal, NULL, &error);
  g_autoptr(AcJournal) back = ac_journal_new ();
  gsize size;
  const char *data;

  if (bytes == NULL)
    fuzz_die ("the export failed", error ? error->message : NULL);
  data = g_bytes_get_data (bytes, &size);
  if (!fuzz_import (data, size, format, "exported", back))
    fuzz_die ("the exported file is refused", g_strndup (data, size));

  return g_steal_pointer (&back);
}

static void
fuzz_assert_same_text (AcJournal  *a,
                       AcJournal  *b,
                       const char *what)
{
  g_autofree char *text_a = ac_journal_to_data (a, NULL);
  g_autofree char *text_b = ac_journal_to_data (b, NULL);

  if (strcmp (text_a, text_b) != 0)
    {
      g_autofree char *both = g_strdup_printf ("--- before ---\n%s\n--- after ---\n%s", text_a, text_b);

      fuzz_die (what, both);
    }
}
