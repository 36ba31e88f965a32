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

/* A journal with something of every kind: soreness-lingering (16 Nov is
 * d 3 with 5), four bookings in a week (overtreat-frequency), a new
 * therapist, the rhythm, a prediction and a screening item; @symptoms on
 * the check-in of 16 Nov. */
static AcJournal *
journal_of_every_kind (AcSymptom symptoms)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *booked[] = { "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24" };

  ac_test_set_conditions (journal, AC_CONDITION_CANCER);
  ac_test_add_session_full (journal, "2026-11-01", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-13", 60, "moderate", NULL, "Ben", FALSE);
  ac_test_add_checkin_symptoms (journal, "2026-11-16", 5, symptoms);
  for (guint i = 0; i < G_N_ELEMENTS (booked); i++)
    ac_test_add_planned (journal, booked[i], 60, "light");

  return journal;
}

/* During a hold only caution and above, and the screening items, are
 * shown; tips and info are not. */
static void
test_hold_filter (void)
{
  g_autoptr(AcJournal) calm = journal_of_every_kind (AC_SYMPTOM_NONE);
  g_autoptr(AcJournal) held = journal_of_every_kind (AC_SYMPTOM_NUMBNESS_TINGLING);
  g_autoptr(GListModel) before = ac_test_advice (calm, "2026-11-16");
  g_autoptr(GListModel) during = ac_test_advice (held, "2026-11-16");
  g_autofree char *ids_before = ac_test_ids (before);
  g_autofree char *ids_during = ac_test_ids (during);
  AcAdvice *item;

  g_assert_cmpstr (ids_before, ==,
                   "soreness-lingering overtreat-frequency screening-cancer new-therapist "
                   "rhythm-summary predicted-soreness");
  g_assert_cmpstr (ids_during, ==,
                   "red-flag-numbness-tingling hold-massage soreness-lingering "
                   "overtreat-frequency screening-cancer");

  item = ac_test_find (during, "hold-massage");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Hold off massage until this has been checked. Postpone your light "
                   "session planned for 21 Nov, your light session planned for 22 Nov, your "
                   "light session planned for 23 Nov and your light session planned for "
                   "24 Nov.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Not marked as checked yet: numbness or tingling. Within the next 14 days: "
                   "your light session planned for 21 Nov, your light session planned for "
                   "22 Nov, your light session planned for 23 Nov and your light session "
                   "planned for 24 Nov.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 4);
}

/* The causes in the advice's order, and a title that names them. */
static void
test_hold_causes (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcHold) hold = NULL;
  g_autoptr(GListModel) advice = NULL;

  ac_test_add_checkin_symptoms (journal, "2026-06-11", 8, AC_SYMPTOM_BRUISING);
  ac_test_add_checkin_symptoms (journal, "2026-06-12", 2, AC_SYMPTOM_CHEST_PAIN_BREATHLESS);
  hold = hold_on (journal, "2026-06-12");
  advice = ac_test_advice (journal, "2026-06-12");

  g_assert_cmpstrv (ac_hold_get_causes (hold),
                    ((const char *[]) { "chest-pain-breathless", "bruising", "soreness-severe", NULL }));
  g_assert_cmpint (ac_hold_get_severity (hold), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_hold_get_title (hold), ==,
                   "Chest pain or trouble breathing; Large or unexplained bruising; Severe "
                   "soreness: have it checked, and hold off massage.");
  g_assert_cmpstr (ac_advice_get_reason (ac_test_find (advice, "hold-massage")), ==,
                   "Not marked as checked yet: chest pain or trouble breathing, large or "
                   "unexplained bruising and severe soreness. You have no session planned in "
                   "the next 14 days.");
}

/* A clearance on C covers the check-ins dated on or before C: the day
 * before the symptom's check-in does not, the day of it does. */
static void
test_clearance_symptom (void)
{
  g_autoptr(AcJournal) before = ac_test_journal_new ();
  g_autoptr(AcJournal) same_day = ac_test_journal_new ();
  g_autoptr(AcJournal) other = ac_test_journal_new ();
  g_autoptr(AcHold) held = NULL;
  g_autoptr(AcHold) cleared = NULL;
  g_autoptr(AcStats) stats = NULL;
  AcJournal *journals[] = { before, same_day, other };

  for (guint i = 0; i < G_N_ELEMENTS (journals); i++)
    {
      ac_test_add_session (journals[i], "2026-06-01", 60, "moderate");
      ac_test_add_session (journals[i], "2026-06-08", 60, "moderate");
      ac_test_add_checkin_symptoms (journals[i], "2026-06-10", 2, AC_SYMPTOM_LEG_SWELLING);
    }
  ac_test_add_clearance (before, "2026-06-09", "leg-swelling");
  ac_test_add_clearance (same_day, "2026-06-10", "leg-swelling");
  ac_test_add_clearance (other, "2026-06-10", "bruising");

  ac_test_assert_fires (before, "2026-06-11", "red-flag-leg-swelling");
  held = hold_on (before, "2026-06-11");
  g_assert_true (ac_hold_is_on (held));

  ac_test_assert_quiet (same_day, "2026-06-11", "red-flag-leg-swelling");
  ac_test_assert_quiet (same_day, "2026-06-11", "hold-massage");
  cleared = hold_on (same_day, "2026-06-11");
  g_assert_false (ac_hold_is_on (cleared));
  /* The routine advice and the suggested date are back. */
  ac_test_assert_fires (same_day, "2026-06-11", "next-session");
  stats = ac_test_stats (same_day, "2026-06-11");
  g_assert_false (stats->hold);
  g_assert_true (g_date_valid (&stats->suggested_next));

  /* Another symptom's clearance does nothing. */
  ac_test_assert_fires (other, "2026-06-11", "red-flag-leg-swelling");
}

/* A later check-in listing the symptom again starts a new hold, about
 * that check-in alone. */
static void
test_clearance_new_symptom (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcCheckin *again;
  AcAdvice *item;

  ac_test_add_checkin_symptoms (journal, "2026-06-10", 2, AC_SYMPTOM_DARK_URINE);
  ac_test_add_clearance (journal, "2026-06-11", "dark-urine");
  ac_test_assert_quiet (journal, "2026-06-12", "red-flag-dark-urine");

  again = ac_test_add_checkin_symptoms (journal, "2026-06-12", 2, AC_SYMPTOM_DARK_URINE);
  advice = ac_test_advice (journal, "2026-06-12");
  item = ac_test_find (advice, "red-flag-dark-urine");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "You noted it in your check-in of 12 Jun.");
  g_assert_cmpstrv (ac_advice_get_checkin_ids (item), ((const char *[]) { ac_checkin_get_id (again), NULL }));
  g_assert_nonnull (ac_test_find (advice, "hold-massage"));
}

/* A clearance dated after today is not known on today. */
static void
test_clearance_later (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_checkin_symptoms (journal, "2026-06-10", 2, AC_SYMPTOM_BRUISING);
  ac_test_add_clearance (journal, "2026-06-12", "bruising");
  ac_test_assert_fires (journal, "2026-06-11", "red-flag-bruising");
  ac_test_assert_quiet (journal, "2026-06-12", "red-flag-bruising");
}

/* soreness-severe is cleared when all its check-ins are dated on or
 * before the clearance; a new one after it holds again. */
static void
test_clearance_rule (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcHold) hold = NULL;

  ac_test_add_checkin (journal, "2026-06-09", 8);
  ac_test_add_checkin (journal, "2026-06-10", 7);
  ac_test_add_clearance (journal, "2026-06-09", "soreness-severe");
  ac_test_assert_fires (journal, "2026-06-10", "soreness-severe");
  ac_test_assert_fires (journal, "2026-06-10", "hold-massage");

  ac_test_add_clearance (journal, "2026-06-10", "soreness-severe");
  ac_test_assert_quiet (journal, "2026-06-10", "soreness-severe");
  ac_test_assert_quiet (journal, "2026-06-10", "hold-massage");

  ac_test_add_checkin (journal, "2026-06-11", 9);
  ac_test_assert_fires (journal, "2026-06-11", "soreness-severe");
  hold = hold_on (journal, "2026-06-11");
  g_assert_cmpstrv (ac_hold_get_causes (hold), ((const char *[]) { "soreness-severe", NULL }));
}

/* soreness-persistent: 3 on the 8th day after a session. */
static void
test_clearance_persistent (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-06-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-06-09", 3);
  ac_test_assert_fires (journal, "2026-06-10", "soreness-persistent");
  ac_test_assert_fires (journal, "2026-06-10", "hold-massage");

  ac_test_add_clearance (journal, "2026-06-09", "soreness-persistent");
  ac_test_assert_quiet (journal, "2026-06-10", "soreness-persistent");
  ac_test_assert_quiet (journal, "2026-06-10", "hold-massage");
}

/* referral-not-improving lists the check-ins of the latest 14 days: a
 * clearance covers them, and a later check-in that still shows no
 * improvement holds again. */
static void
test_clearance_referral (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  const char *days[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29", "2026-11-05" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session_full (journal, days[i], 45, "moderate", "injury", NULL, FALSE);
  ac_test_add_checkin (journal, "2026-10-02", 3);
  ac_test_add_checkin (journal, "2026-11-12", 2);
  ac_test_assert_fires (journal, "2026-11-20", "referral-not-improving");

  ac_test_add_clearance (journal, "2026-11-11", "referral-not-improving");
  ac_test_assert_fires (journal, "2026-11-20", "referral-not-improving");
  ac_test_add_clearance (journal, "2026-11-12", "referral-not-improving");
  ac_test_assert_quiet (journal, "2026-11-20", "referral-not-improving");
  ac_test_assert_quiet (journal, "2026-11-20", "hold-massage");

  ac_test_add_checkin (journal, "2026-11-19", 2);
  ac_test_assert_fires (journal, "2026-11-20", "referral-not-improving");
  ac_test_assert_fires (journal, "2026-11-20", "hold-massage");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/hold/off", test_hold_off);
  g_test_add_func ("/guidance/hold/leg-swelling", test_hold_leg_swelling);
  g_test_add_func ("/guidance/hold/numbness-and-expiry", test_hold_numbness_and_expiry);
  g_test_add_func ("/guidance/hold/filter", test_hold_filter);
  g_test_add_func ("/guidance/hold/causes", test_hold_causes);
  g_test_add_func ("/guidance/hold/clearance-symptom", test_clearance_symptom);
  g_test_add_func ("/guidance/hold/clearance-new-symptom", test_clearance_new_symptom);
  g_test_add_func ("/guidance/hold/clearance-later", test_clearance_later);
  g_test_add_func ("/guidance/hold/clearance-rule", test_clearance_rule);
  g_test_add_func ("/guidance/hold/clearance-persistent", test_clearance_persistent);
  g_test_add_func ("/guidance/hold/clearance-referral", test_clearance_referral);

  return g_test_run ();
}
