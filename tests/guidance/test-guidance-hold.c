/* test-guidance-hold.c — the hold as the views read it: on, off, its causes,
 * its title and the planned sessions it postpones
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ac-test-journal.h"

static AcHold *
hold_on (AcJournal  *journal,
         const char *today)
{
  GDate date;

  ac_test_date (today, &date);
  return ac_guidance_compute_hold (journal, &date);
}

static void
test_hold_off (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcHold) hold = NULL;

  ac_test_add_session (journal, "2026-06-10T18:00:00+02:00", 60, "deep");
  ac_test_add_checkin (journal, "2026-06-11", 4);
  hold = hold_on (journal, "2026-06-12");

  g_assert_false (ac_hold_is_on (hold));
  g_assert_cmpint (ac_hold_get_severity (hold), ==, AC_SEVERITY_INFO);
  g_assert_cmpuint (g_strv_length ((char **) ac_hold_get_causes (hold)), ==, 0);
  g_assert_null (ac_hold_get_title (hold));
  g_assert_cmpuint (g_strv_length ((char **) ac_hold_get_postponed_session_ids (hold)), ==, 0);
}

/* Leg swelling two days after a deep calf massage, another session booked
 * in two days and one in 15: the first is postponed, the second is not. */
static void
test_hold_leg_swelling (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcHold) hold = NULL;
  AcSession *soon, *later, *today;

  ac_test_add_session (journal, "2026-06-15T18:00:00+02:00", 60, "deep");
  ac_test_add_checkin_symptoms (journal, "2026-06-17", 3, AC_SYMPTOM_LEG_SWELLING);
  today = ac_test_add_planned (journal, "2026-06-17T19:00:00+02:00", 60, "moderate");
  soon = ac_test_add_planned (journal, "2026-07-01T18:00:00+02:00", 60, "deep");
  later = ac_test_add_planned (journal, "2026-07-02T18:00:00+02:00", 60, "deep");
  hold = hold_on (journal, "2026-06-17");

  g_assert_true (ac_hold_is_on (hold));
  g_assert_cmpint (ac_hold_get_severity (hold), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_hold_get_causes (hold)[0], ==, "leg-swelling");
  g_assert_nonnull (strstr (ac_hold_get_title (hold), "Swelling in one leg"));
  g_assert_true (ac_hold_is_postponed (hold, ac_session_get_id (today)));
  g_assert_true (ac_hold_is_postponed (hold, ac_session_get_id (soon)));    /* today + 14 */
  g_assert_false (ac_hold_is_postponed (hold, ac_session_get_id (later)));  /* today + 15 */
}

/* A see-professional symptom holds; a red flag a week old does not. */
static void
test_hold_numbness_and_expiry (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcHold) current = NULL;
  g_autoptr(AcHold) expired = NULL;

  ac_test_add_checkin_symptoms (journal, "2026-06-10", 2, AC_SYMPTOM_NUMBNESS_TINGLING);
  current = hold_on (journal, "2026-06-16");
  expired = hold_on (journal, "2026-06-17");

  g_assert_true (ac_hold_is_on (current));
  g_assert_cmpint (ac_hold_get_severity (current), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_hold_get_causes (current)[0], ==, "numbness-tingling");
  g_assert_false (ac_hold_is_on (expired));
  g_assert_false (ac_hold_equal (current, expired));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/hold/off", test_hold_off);
  g_test_add_func ("/guidance/hold/leg-swelling", test_hold_leg_swelling);
  g_test_add_func ("/guidance/hold/numbness-and-expiry", test_hold_numbness_and_expiry);

  return g_test_run ();
}
