/* fuzz-import-csv.c — libFuzzer target for the CSV importer
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes, read as CSV (see fuzz-import.h for what must hold); a CSV
 * file that imports exports and imports back to the same journal.
 */

#define G_LOG_DOMAIN "fuzz-import-csv"

#include "config.h"

#include "fuzz-import.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_import_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) back = NULL;

  if (size > FUZZ_IMPORT_MAX_SIZE)
    return -1;

  if (!fuzz_import ((const char *) data, size, AC_TRANSFER_FORMAT_CSV, "fuzz.csv", journal))
    return 0;

  back = fuzz_round_trip (journal, AC_TRANSFER_FORMAT_CSV);
  fuzz_assert_same_text (journal, back, "the journal does not come back through CSV");

  return 0;
}
