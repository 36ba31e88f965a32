/* test-fixture.c — the fixture generator makes valid, realistic journals
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-fixture.h"

static void
test_typical (void)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcJournal) again = NULL;
  g_autoptr(AcJournal) other = NULL;
  g_autoptr(AcJournal) reread = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *text_other = NULL;
  g_autoptr(GError) error = NULL;
  AcFixtureSpec spec;
  guint n_sessions, n_checkins;

  ac_fixture_spec_typical (&spec, end);
  journal = ac_fixture_generate (&spec);
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  n_checkins = g_list_model_get_n_items (ac_journal_get_checkins (journal));

  /* DESIGN.md: about 1,000 records over 5 years. */
  g_assert_cmpuint (n_sessions, >=, 250);
  g_assert_cmpuint (n_sessions, <=, 275);
  g_assert_cmpuint (n_sessions + n_checkins, >=, 950);
  g_assert_cmpuint (n_sessions + n_checkins, <=, 1100);

  /* The same seed, the same journal; and it survives the file format. */
  again = ac_fixture_generate (&spec);
  text = ac_journal_to_data (journal, NULL);
  text_again = ac_journal_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text_again);
  spec.seed++;
  other = ac_fixture_generate (&spec);
  text_other = ac_journal_to_data (other, NULL);
  g_assert_cmpstr (text, !=, text_other);

  reread = ac_journal_new_from_data (text, -1, "typical.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (reread)), ==, n_sessions);
}

static void
test_heavy (void)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  g_autoptr(AcJournal) journal = NULL;
  g_autofree char *text = NULL;
  AcFixtureSpec spec;
  guint n_sessions, n_checkins;
  gsize length;

  ac_fixture_spec_heavy (&spec, end);
  journal = ac_fixture_generate (&spec);
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  n_checkins = g_list_model_get_n_items (ac_journal_get_checkins (journal));

  /* DESIGN.md: about 22,000 records, 6 MB, a session and a check-in a day. */
  g_assert_cmpuint (n_checkins, ==, 30 * 365 + 8);
  g_assert_cmpuint (n_sessions, ==, n_checkins + 1);
  text = ac_journal_to_data (journal, &length);
  g_test_message ("heavy journal: %u records, %" G_GSIZE_FORMAT " bytes", n_sessions + n_checkins, length);
  g_assert_cmpuint (length, >, 5 * 1000 * 1000);
  g_assert_cmpuint (length, <, 12 * 1000 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fixture/typical", test_typical);
  g_test_add_func ("/fixture/heavy", test_heavy);

  return g_test_run ();
}
