/* fuzz-import-ics.c — libFuzzer target for the iCalendar importer
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes, read as iCalendar (see fuzz-import.h for what must hold). The
 * sessions of a calendar that imports come back through an export with
 * the same id, start instant and offset, minutes, pressure, purpose, areas
 * and planned flag; iCalendar keeps no CR in text, so notes and therapist
 * may change once, and a second round changes nothing.
 */

#define G_LOG_DOMAIN "fuzz-import-ics"

#include "config.h"

#include "fuzz-import.h"

static void
assert_same_sessions (AcJournal *a,
                      AcJournal *b)
{
  GListModel *sa = ac_journal_get_sessions (a);
  GListModel *sb = ac_journal_get_sessions (b);

  if (g_list_model_get_n_items (sa) != g_list_model_get_n_items (sb))
    fuzz_die ("sessions were lost or added through iCalendar", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sa); i++)
    {
      g_autoptr(AcSession) x = g_list_model_get_item (sa, i);
      g_autoptr(AcSession) y = g_list_model_get_item (sb, i);

      if (g_strcmp0 (ac_session_get_id (x), ac_session_get_id (y)) != 0 ||
          !g_date_time_equal (ac_session_get_start (x), ac_session_get_start (y)) ||
          g_date_time_get_utc_offset (ac_session_get_start (x)) !=
            g_date_time_get_utc_offset (ac_session_get_start (y)) ||
          ac_session_get_minutes (x) != ac_session_get_minutes (y) ||
          ac_session_get_pressure (x) != ac_session_get_pressure (y) ||
          ac_session_get_purpose (x) != ac_session_get_purpose (y) ||
          ac_session_get_areas (x) != ac_session_get_areas (y) ||
          ac_session_get_planned (x) != ac_session_get_planned (y))
        {
          g_autofree char *x_text = ac_journal_to_data (a, NULL);
          g_autofree char *y_text = ac_journal_to_data (b, NULL);
          g_autofree char *both = g_strdup_printf ("--- before ---\n%s\n--- after ---\n%s",
                                                   x_text, y_text);

          fuzz_die ("a session changed through iCalendar", both);
        }
    }
}

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
  g_autoptr(AcJournal) again = NULL;

  if (size > FUZZ_IMPORT_MAX_SIZE)
    return -1;

  if (!fuzz_import ((const char *) data, size, AC_TRANSFER_FORMAT_ICS, "fuzz.ics", journal))
    return 0;

  back = fuzz_round_trip (journal, AC_TRANSFER_FORMAT_ICS);
  assert_same_sessions (journal, back);
  again = fuzz_round_trip (back, AC_TRANSFER_FORMAT_ICS);
  fuzz_assert_same_text (back, again, "a second round through iCalendar changed the journal");

  return 0;
}
