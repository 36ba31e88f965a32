/* test-guidance-safety.c — red-flag-<symptom>, screening-<condition> and
 * referral-not-improving
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-safety"

#include "config.h"

#include <string.h>

#include "ac-enum-types.h"
#include "ac-test-journal.h"

#define TODAY "2026-11-20"

/* GUIDANCE.md's red-flag table: symptom, severity, and a piece of what to
 * say that the body must hold. */
static const struct {
  AcSymptom   symptom;
  const char *id;
  AcSeverity  severity;
  const char *what_to_say;
} red_flags[] = {
  { AC_SYMPTOM_LEG_SWELLING, "red-flag-leg-swelling", AC_SEVERITY_URGENT,
    "This should be checked by a health professional today." },
  { AC_SYMPTOM_CHEST_PAIN_BREATHLESS, "red-flag-chest-pain-breathless", AC_SEVERITY_URGENT,
    "Call your local emergency number now." },
  { AC_SYMPTOM_DARK_URINE, "red-flag-dark-urine", AC_SEVERITY_URGENT,
    "Get urgent care" },
  { AC_SYMPTOM_SEVERE_WEAKNESS, "red-flag-severe-weakness", AC_SEVERITY_URGENT,
    "Get urgent care." },
  { AC_SYMPTOM_NUMBNESS_TINGLING, "red-flag-numbness-tingling", AC_SEVERITY_SEE_PROFESSIONAL,
    "See a doctor" },
  { AC_SYMPTOM_SADDLE_NUMBNESS, "red-flag-saddle-numbness", AC_SEVERITY_URGENT,
    "Call your local emergency number now." },
  { AC_SYMPTOM_HEAD_NECK_NEURO, "red-flag-head-neck-neuro", AC_SEVERITY_URGENT,
    "Call your local emergency number now." },
  { AC_SYMPTOM_BRUISING, "red-flag-bruising", AC_SEVERITY_SEE_PROFESSIONAL,
    "See a doctor about it." },
};

static const struct {
  AcCondition  condition;
  const char  *id;
} screenings[] = {
  { AC_CONDITION_BLOOD_THINNERS, "screening-blood-thinners" },
  { AC_CONDITION_BLEEDING_DISORDER, "screening-bleeding-disorder" },
  { AC_CONDITION_DVT_HISTORY, "screening-dvt-history" },
  { AC_CONDITION_PREGNANT, "screening-pregnant" },
  { AC_CONDITION_CANCER, "screening-cancer" },
  { AC_CONDITION_OSTEOPOROSIS, "screening-osteoporosis" },
  { AC_CONDITION_RECENT_INJURY, "screening-recent-injury" },
};

static void
test_red_flag_each (void)
{
  /* Every symptom of the vocabulary is in the table. */
  g_assert_cmpuint (G_N_ELEMENTS (red_flags), ==,
                    (guint) g_bit_nth_msf (ac_flags_get_all (AC_TYPE_SYMPTOM), -1) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      g_autoptr(AcJournal) journal = ac_test_journal_new ();
      g_autoptr(GListModel) advice = NULL;
      g_autofree char *id = g_strconcat ("red-flag-", ac_flag_to_string (AC_TYPE_SYMPTOM, red_flags[i].symptom), NULL);
      AcAdvice *item;

      g_assert_cmpstr (id, ==, red_flags[i].id);

      ac_test_add_session (journal, "2026-11-18", 60, "deep");
      ac_test_add_checkin_symptoms (journal, "2026-11-19", 2, red_flags[i].symptom);
      advice = ac_test_advice (journal, TODAY);

      /* It comes first, and hold-massage right after it. */
      g_assert_cmpuint (g_list_model_get_n_items (advice), >, 1);
      item = g_list_model_get_item (advice, 1);
      g_object_unref (item);
      g_assert_cmpstr (ac_advice_get_id (item), ==, "hold-massage");
      g_assert_cmpint (ac_advice_get_severity (item), ==, red_flags[i].severity);
      item = g_list_model_get_item (advice, 0);
      g_object_unref (item);
      g_assert_cmpstr (ac_advice_get_id (item), ==, red_flags[i].id);
      g_assert_cmpint (ac_advice_get_severity (item), ==, red_flags[i].severity);
      g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_GUIDELINE);
      g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_RIGHT_NOW);
      g_assert_true (ac_advice_is_alert (item));
      g_assert_nonnull (strstr (ac_advice_get_body (item), red_flags[i].what_to_say));
      g_assert_cmpstr (ac_advice_get_reason (item), ==, "You noted it in your check-in of 19 Nov.");
      g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 1);
      g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_sources (item)), >, 0);
    }
}

static void
test_red_flag_leg_swelling_wording (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin_symptoms (journal, "2026-11-20", 0, AC_SYMPTOM_LEG_SWELLING);
  advice = ac_test_advice (journal, TODAY);
  item = ac_test_find (advice, "red-flag-leg-swelling");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You've noted swelling in one leg. This should be checked by a health "
                   "professional today. If you have chest pain or trouble breathing, call "
                   "your local emergency number now.");
}

static void
test_red_flag_window (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();

  ac_test_add_checkin_symptoms (journal, "2026-11-14", 1, AC_SYMPTOM_BRUISING);
  ac_test_add_checkin_symptoms (journal, "2026-11-16", 1, AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);

  /* Today - 6 is in the last 7 days, today - 7 is not. */
  ac_test_assert_reason (journal, TODAY, "red-flag-bruising",
                         "You noted it in your check-ins of 14 Nov, 16 Nov.");
  ac_test_assert_reason (journal, "2026-11-21", "red-flag-bruising",
                         "You noted it in your check-in of 16 Nov.");
  ac_test_assert_fires (journal, "2026-11-22", "red-flag-dark-urine");
  ac_test_assert_quiet (journal, "2026-11-23", "red-flag-dark-urine");
  /* A check-in after today is not known yet. */
  ac_test_assert_quiet (journal, "2026-11-15", "red-flag-dark-urine");
}

static void
test_red_flag_order (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autofree char *ids = NULL;

  /* Red flags by severity, then in GUIDANCE.md's table order
   * (chest-pain-breathless, head-neck-neuro, saddle-numbness,
   * leg-swelling, dark-urine, severe-weakness, numbness-tingling,
   * bruising), then soreness-severe and hold-massage; screening stays. */
  ac_test_add_checkin_symptoms (journal, "2026-11-19", 8,
                                AC_SYMPTOM_BRUISING | AC_SYMPTOM_DARK_URINE);
  ac_test_add_checkin_symptoms (journal, "2026-11-20", 3,
                                AC_SYMPTOM_NUMBNESS_TINGLING | AC_SYMPTOM_LEG_SWELLING |
                                AC_SYMPTOM_CHEST_PAIN_BREATHLESS);
  ac_test_set_conditions (journal, AC_CONDITION_PREGNANT);
  advice = ac_test_advice (journal, TODAY);
  ids = ac_test_ids (advice);
  /* Version 1 ranked chest pain below leg swelling. */
  g_assert_cmpstr (ids, ==,
                   "red-flag-chest-pain-breathless red-flag-leg-swelling red-flag-dark-urine "
                   "red-flag-numbness-tingling red-flag-bruising soreness-severe hold-massage "
                   "screening-pregnant");
}

/* The severity after the phase orders first: chest pain 3 days ago speaks
 * of the past at see-professional, below leg swelling noted today. */
static void
test_red_flag_order_by_phase (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autofree char *ids = NULL;

  ac_test_add_checkin_symptoms (journal, "2026-11-17", 2, AC_SYMPTOM_CHEST_PAIN_BREATHLESS);
  ac_test_add_checkin_symptoms (journal, "2026-11-20", 2, AC_SYMPTOM_LEG_SWELLING | AC_SYMPTOM_BRUISING);
  advice = ac_test_advice (journal, TODAY);
  ids = ac_test_ids (advice);
  g_assert_cmpstr (ids, ==,
                   "red-flag-leg-swelling red-flag-chest-pain-breathless red-flag-bruising "
                   "hold-massage");
}

/* Days 0–1 speak in the present at the table's severity; days 2–6 of the
 * past, one level lower, never below see-professional; day 7 is gone. */
static void
test_red_flag_phases (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) day1 = NULL;
  g_autoptr(GListModel) day2 = NULL;
  g_autoptr(GListModel) day6 = NULL;
  AcAdvice *item;

  ac_test_add_checkin_symptoms (journal, "2026-06-12", 2,
                                AC_SYMPTOM_CHEST_PAIN_BREATHLESS | AC_SYMPTOM_NUMBNESS_TINGLING);

  day1 = ac_test_advice (journal, "2026-06-13");
  item = ac_test_find (day1, "red-flag-chest-pain-breathless");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You've noted chest pain or trouble breathing. Call your local emergency "
                   "number now.");
  item = ac_test_find (day1, "red-flag-numbness-tingling");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);

  day2 = ac_test_advice (journal, "2026-06-14");
  item = ac_test_find (day2, "red-flag-chest-pain-breathless");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You noted chest pain or trouble breathing on 12 Jun. If you haven't had "
                   "this checked, do so today. If it comes back, call your local emergency "
                   "number.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "You noted it in your check-in of 12 Jun.");
  /* Never below see-professional. */
  item = ac_test_find (day2, "red-flag-numbness-tingling");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You noted numbness or tingling on 12 Jun. If you haven't had this checked, "
                   "see a doctor about it.");
  item = ac_test_find (day2, "hold-massage");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);

  day6 = ac_test_advice (journal, "2026-06-18");
  g_assert_nonnull (ac_test_find (day6, "red-flag-chest-pain-breathless"));
  g_assert_nonnull (ac_test_find (day6, "hold-massage"));

  ac_test_assert_quiet (journal, "2026-06-19", "red-flag-chest-pain-breathless");
  ac_test_assert_quiet (journal, "2026-06-19", "hold-massage");
}

/* The latest check-in that lists the symptom sets the phase. */
static void
test_red_flag_phase_latest (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_checkin_symptoms (journal, "2026-06-10", 2, AC_SYMPTOM_DARK_URINE);
  ac_test_add_checkin_symptoms (journal, "2026-06-15", 2, AC_SYMPTOM_DARK_URINE);
  advice = ac_test_advice (journal, "2026-06-16");
  item = ac_test_find (advice, "red-flag-dark-urine");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_advice_get_reason (item), ==, "You noted it in your check-ins of 10 Jun, 15 Jun.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 2);
}

static void
test_red_flag_bruising_blood_thinners (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) present = NULL;
  g_autoptr(GListModel) past = NULL;

  ac_test_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS);
  ac_test_add_checkin_symptoms (journal, "2026-06-12", 1, AC_SYMPTOM_BRUISING);
  present = ac_test_advice (journal, "2026-06-12");
  g_assert_cmpstr (ac_advice_get_body (ac_test_find (present, "red-flag-bruising")), ==,
                   "You've noted large or unexplained bruising. See a doctor about it — "
                   "sooner, since you take blood thinners.");
  past = ac_test_advice (journal, "2026-06-15");
  g_assert_cmpstr (ac_advice_get_body (ac_test_find (past, "red-flag-bruising")), ==,
                   "You noted large or unexplained bruising on 12 Jun. If you haven't had this "
                   "checked, see a doctor about it soon, since you take blood thinners.");
}

static void
test_screening_each (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (screenings), ==,
                    (guint) g_bit_nth_msf (ac_flags_get_all (AC_TYPE_CONDITION), -1) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (screenings); i++)
    {
      g_autoptr(AcJournal) journal = ac_test_journal_new ();
      g_autoptr(GListModel) advice = NULL;
      g_autofree char *id = g_strconcat ("screening-", ac_flag_to_string (AC_TYPE_CONDITION, screenings[i].condition), NULL);
      g_autofree char *reason = NULL;
      AcAdvice *item;

      g_assert_cmpstr (id, ==, screenings[i].id);

      ac_test_set_conditions (journal, screenings[i].condition);
      advice = ac_test_advice (journal, TODAY);
      g_assert_cmpuint (g_list_model_get_n_items (advice), ==, 1);
      item = ac_test_find (advice, screenings[i].id);
      g_assert_nonnull (item);
      g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
      g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_GUIDELINE);
      g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_WATCH_OUT);
      g_assert_nonnull (strstr (ac_advice_get_body (item), "therapist"));
      reason = g_strdup_printf ("Your health profile lists “%s”.",
                                ac_condition_get_label (screenings[i].condition));
      g_assert_cmpstr (ac_advice_get_reason (item), ==, reason);
    }
}

static void
test_screening_all (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autofree char *ids = NULL;

  ac_test_set_conditions (journal, ac_flags_get_all (AC_TYPE_CONDITION));
  advice = ac_test_advice (journal, TODAY);
  ids = ac_test_ids (advice);
  g_assert_cmpstr (ids, ==,
                   "screening-blood-thinners screening-bleeding-disorder screening-dvt-history "
                   "screening-pregnant screening-cancer screening-osteoporosis "
                   "screening-recent-injury");
}

/* @n injury sessions, weekly from 1 Oct, check-ins of @first in the first
 * two weeks and of @last in the last two (to 20 Nov). */
static AcJournal *
journal_with_injury (guint n,
                     int   first,
                     int   last)
{
  AcJournal *journal = ac_test_journal_new ();
  GDate day;

  ac_test_date ("2026-10-01", &day);
  for (guint i = 0; i < n; i++)
    {
      char start[32];

      g_snprintf (start, sizeof start, "%04d-%02d-%02d", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      ac_test_add_session_full (journal, start, 45, "moderate", "injury", NULL, FALSE);
      g_date_add_days (&day, 7);
    }

  ac_test_add_checkin (journal, "2026-10-02", first);
  ac_test_add_checkin (journal, "2026-10-14", first);
  ac_test_add_checkin (journal, "2026-11-07", last);
  ac_test_add_checkin (journal, "2026-11-19", last);

  return journal;
}

static void
test_referral (void)
{
  g_autoptr(AcJournal) stuck = journal_with_injury (6, 5, 4);
  g_autoptr(AcJournal) better = journal_with_injury (6, 5, 3);
  g_autoptr(AcJournal) five = journal_with_injury (5, 5, 5);
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  /* 1 Oct … 5 Nov: 6 sessions over 35 days. */
  advice = ac_test_advice (stuck, TODAY);
  item = ac_test_find (advice, "referral-not-improving");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_GUIDELINE);
  g_assert_nonnull (strstr (ac_advice_get_body (item), "doctor or physiotherapist"));
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "6 injury sessions from 1 Oct to 5 Nov. Your soreness averaged 5.0 in "
                   "the first 14 days and 4.0 in the last 14 days.");
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_session_ids (item)), ==, 6);
  /* It lists the check-ins of the latest 14 days, which a clearance
   * covers: 7 Nov and 19 Nov. */
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (item)), ==, 2);

  /* 2 points lower is an improvement. */
  ac_test_assert_quiet (better, TODAY, "referral-not-improving");
  /* 5 sessions are not enough. */
  ac_test_assert_quiet (five, TODAY, "referral-not-improving");
}

/* 6 injury sessions from 1 Oct to @last, soreness 5 at the start and at
 * the end. */
static AcJournal *
journal_with_injury_until (const char *last)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-10-01", "2026-10-06", "2026-10-11", "2026-10-16", "2026-10-21" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session_full (journal, days[i], 45, "moderate", "injury", NULL, FALSE);
  ac_test_add_session_full (journal, last, 45, "moderate", "injury", NULL, FALSE);
  ac_test_add_checkin (journal, "2026-10-02", 5);
  ac_test_add_checkin (journal, "2026-11-19", 5);

  return journal;
}

static void
test_referral_span (void)
{
  g_autoptr(AcJournal) span28 = journal_with_injury_until ("2026-10-29");
  g_autoptr(AcJournal) span27 = journal_with_injury_until ("2026-10-28");
  g_autoptr(AcJournal) no_checkins = journal_with_injury (6, 5, 5);

  /* 6 sessions over exactly 28 days fire, over 27 days they don't. */
  ac_test_assert_reason (span28, TODAY, "referral-not-improving",
                         "6 injury sessions from 1 Oct to 29 Oct. Your soreness averaged 5.0 in "
                         "the first 14 days and 5.0 in the last 14 days.");
  ac_test_assert_quiet (span27, TODAY, "referral-not-improving");

  /* Without check-ins in the last 14 days there is nothing to compare. */
  ac_test_assert_fires (no_checkins, TODAY, "referral-not-improving");
  ac_test_assert_quiet (no_checkins, "2026-12-04", "referral-not-improving");
}

/* Injury sessions on @days, soreness 5 on 2 Oct and on @late. */
static AcJournal *
journal_with_course (const char * const *days,
                     const char         *late)
{
  AcJournal *journal = ac_test_journal_new ();

  for (guint i = 0; days[i] != NULL; i++)
    ac_test_add_session_full (journal, days[i], 45, "moderate", "injury", NULL, FALSE);
  ac_test_add_checkin (journal, "2026-10-02", 5);
  ac_test_add_checkin (journal, late, 5);

  return journal;
}

/* The current course: each injury session within 28 days of the one
 * before, the last in the last 28 days. */
static void
test_referral_course (void)
{
  const char *gap28[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22",
                          "2026-11-19", "2026-11-20", NULL };
  const char *gap29[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-21",
                          "2026-11-19", "2026-11-20", NULL };
  const char *weekly[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22",
                           "2026-10-29", "2026-11-05", NULL };
  g_autoptr(AcJournal) together = journal_with_course (gap28, "2026-11-19");
  g_autoptr(AcJournal) apart = journal_with_course (gap29, "2026-11-19");
  g_autoptr(AcJournal) ended = journal_with_course (weekly, "2026-12-01");

  ac_test_assert_fires (together, TODAY, "referral-not-improving");
  ac_test_assert_quiet (apart, TODAY, "referral-not-improving");

  /* The last injury session, 5 Nov, is 27 days before 2 Dec and 28
   * before 3 Dec. */
  ac_test_assert_fires (ended, "2026-12-02", "referral-not-improving");
  ac_test_assert_quiet (ended, "2026-12-03", "referral-not-improving");
}

/* A mean of 1 or less in the latest 14 days is recovered, not "not
 * improving" (version 1 sent someone from 2 to 1 to a doctor). */
static void
test_referral_recovered (void)
{
  g_autoptr(AcJournal) recovered = journal_with_injury (6, 2, 1);
  g_autoptr(AcJournal) still = journal_with_injury (6, 3, 2);

  ac_test_assert_quiet (recovered, TODAY, "referral-not-improving");
  ac_test_assert_fires (still, TODAY, "referral-not-improving");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/safety/red-flag-each", test_red_flag_each);
  g_test_add_func ("/guidance/safety/red-flag-leg-swelling-wording", test_red_flag_leg_swelling_wording);
  g_test_add_func ("/guidance/safety/red-flag-window", test_red_flag_window);
  g_test_add_func ("/guidance/safety/red-flag-order", test_red_flag_order);
  g_test_add_func ("/guidance/safety/red-flag-order-by-phase", test_red_flag_order_by_phase);
  g_test_add_func ("/guidance/safety/red-flag-phases", test_red_flag_phases);
  g_test_add_func ("/guidance/safety/red-flag-phase-latest", test_red_flag_phase_latest);
  g_test_add_func ("/guidance/safety/red-flag-bruising-blood-thinners", test_red_flag_bruising_blood_thinners);
  g_test_add_func ("/guidance/safety/screening-each", test_screening_each);
  g_test_add_func ("/guidance/safety/screening-all", test_screening_all);
  g_test_add_func ("/guidance/safety/referral", test_referral);
  g_test_add_func ("/guidance/safety/referral-span", test_referral_span);
  g_test_add_func ("/guidance/safety/referral-course", test_referral_course);
  g_test_add_func ("/guidance/safety/referral-recovered", test_referral_recovered);

  return g_test_run ();
}
