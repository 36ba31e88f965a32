/* test-guidance-stories.c — the stories of issue 13 that went wrong under
 * GUIDANCE.md version 1, as regression tests: what is shown, in what
 * order, and what is not
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-stories"

#include "config.h"

#include <string.h>

#include "ac-test-journal.h"

/* GUIDANCE.md: "mean", "median", "load" and "peak" stay out of titles
 * and bodies. */
static void
assert_plain (GListModel *advice)
{
  const char *jargon[] = { "mean", "median", "load", "peak" };

  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
      g_autofree char *text = g_strconcat (ac_advice_get_title (item), " ", ac_advice_get_body (item), NULL);
      g_auto(GStrv) words = g_regex_split_simple ("[^[:alpha:]]+", text, 0, 0);

      for (guint w = 0; words[w] != NULL; w++)
        for (guint j = 0; j < G_N_ELEMENTS (jargon); j++)
          if (g_ascii_strcasecmp (words[w], jargon[j]) == 0)
            g_error ("“%s” in %s: %s", jargon[j], ac_advice_get_id (item), text);
    }
}

#define assert_ids(advice, expected) \
  G_STMT_START { \
    g_autofree char *assert_ids_ids_ = ac_test_ids (advice); \
    g_assert_cmpstr (assert_ids_ids_, ==, (expected)); \
    assert_plain (advice); \
  } G_STMT_END

static AcHold *
compute_hold (AcJournal  *journal,
              const char *today)
{
  GDate date;

  ac_test_date (today, &date);
  return ac_guidance_compute_hold (journal, &date);
}

/* Leg swelling two days after a deep calf massage, another deep leg
 * session booked in two days, blood thinners in the profile. Version 1:
 * the urgent card, then "Mild soreness is normal … It usually eases on its
 * own", "expect your soreness to peak around 3", a suggested date, and
 * nothing about the booked session or the blood thinners. */
static void
test_leg_swelling (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(AcStats) stats = NULL;
  g_autoptr(AcHold) hold = NULL;
  AcSession *booked;
  AcAdvice *item;

  /* The areas (calves, legs) change nothing here: the rules that read
   * them are the soreness rules' attribution and booking-check's DVT
   * history (test-guidance-booking.c). */
  ac_test_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS);
  ac_test_add_session (journal, "2026-06-01", 60, "deep");
  ac_test_add_session (journal, "2026-06-15", 60, "deep");
  ac_test_add_checkin (journal, "2026-06-16", 4);
  ac_test_add_checkin_symptoms (journal, "2026-06-17", 3, AC_SYMPTOM_LEG_SWELLING);
  booked = ac_test_add_planned (journal, "2026-06-19", 60, "deep");

  advice = ac_test_advice (journal, "2026-06-17");
  assert_ids (advice, "red-flag-leg-swelling hold-massage booking-check screening-blood-thinners");

  item = ac_test_find (advice, "red-flag-leg-swelling");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You've noted swelling in one leg. This should be checked by a health "
                   "professional today. If you have chest pain or trouble breathing, call "
                   "your local emergency number now.");

  item = ac_test_find (advice, "hold-massage");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstr (ac_advice_get_title (item), ==, "Hold off massage");
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "Hold off massage until this has been checked. "
                   "Postpone your deep session planned for 19 Jun.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "Not marked as checked yet: swelling in one leg. "
                   "Within the next 14 days: your deep session planned for 19 Jun.");
  g_assert_cmpstr (ac_advice_get_session_ids (item)[0], ==, ac_session_get_id (booked));

  /* One voice: the session the hold postpones is spoken of as one that
   * goes ahead after the check. */
  item = ac_test_find (advice, "booking-check");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "After the check, when this session goes ahead: "
                   "Because you take blood thinners, ask for lighter pressure: deep work "
                   "bruises more easily.");
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "You have a deep session planned for 19 Jun. Your health profile lists "
                   "“Blood thinners”.");

  /* No date anywhere, no prediction. */
  stats = ac_test_stats (journal, "2026-06-17");
  g_assert_true (stats->hold);
  g_assert_false (g_date_valid (&stats->suggested_next));
  g_assert_cmpint (stats->predicted_soreness, ==, -1);

  hold = compute_hold (journal, "2026-06-17");
  g_assert_true (ac_hold_is_on (hold));
  g_assert_cmpint (ac_hold_get_severity (hold), ==, AC_SEVERITY_URGENT);
  g_assert_cmpstrv (ac_hold_get_causes (hold), ((const char *[]) { "leg-swelling", NULL }));
  g_assert_true (ac_hold_is_postponed (hold, ac_session_get_id (booked)));
}

/* Dizziness and double vision after neck work. Version 1: under "Call
 * your local emergency number now", six routine cards, "Take it easy
 * today" among them. */
static void
test_neck_dizziness (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session_full (journal, "2026-06-03", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-06-10", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-06-16", 60, "deep", NULL, "Ben", FALSE);
  ac_test_add_checkin_symptoms (journal, "2026-06-16", 3, AC_SYMPTOM_HEAD_NECK_NEURO);

  advice = ac_test_advice (journal, "2026-06-16");
  assert_ids (advice, "red-flag-head-neck-neuro hold-massage");
  item = ac_test_find (advice, "red-flag-head-neck-neuro");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_URGENT);
  g_assert_nonnull (strstr (ac_advice_get_body (item), "Call your local emergency number now."));
}

/* Dark urine the day after a deep session. Version 1 said "There's no
 * need for extra water" and "hard training can wait until tomorrow". */
static void
test_dark_urine (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  AcAdvice *item;

  ac_test_add_session (journal, "2026-06-09", 60, "moderate");
  ac_test_add_session (journal, "2026-06-15", 90, "deep");
  ac_test_add_checkin_symptoms (journal, "2026-06-16", 6, AC_SYMPTOM_DARK_URINE);

  advice = ac_test_advice (journal, "2026-06-16");
  assert_ids (advice, "red-flag-dark-urine hold-massage");
  item = ac_test_find (advice, "red-flag-dark-urine");
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You've noted dark, tea- or cola-coloured urine, or much less urine than "
                   "usual. Get urgent care: it can be a sign of muscle breakdown. Avoid hard "
                   "exercise until it has been checked.");
}

/* Chest pain noted 6 days ago, clear check-ins since. Version 1 still said
 * "Call your local emergency number now", and ranked it below leg
 * swelling. */
static void
test_chest_pain_days_ago (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(AcHold) hold = NULL;
  const char *clear[] = { "2026-06-13", "2026-06-14", "2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18" };
  AcAdvice *item;

  ac_test_add_checkin_symptoms (journal, "2026-06-12", 2, AC_SYMPTOM_CHEST_PAIN_BREATHLESS);
  for (guint i = 0; i < G_N_ELEMENTS (clear); i++)
    ac_test_add_checkin (journal, clear[i], 1);

  advice = ac_test_advice (journal, "2026-06-18");
  assert_ids (advice, "red-flag-chest-pain-breathless hold-massage");
  item = ac_test_find (advice, "red-flag-chest-pain-breathless");
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_SEE_PROFESSIONAL);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "You noted chest pain or trouble breathing on 12 Jun. If you haven't had "
                   "this checked, do so today. If it comes back, call your local emergency "
                   "number.");
  g_assert_null (strstr (ac_advice_get_body (item), "number now"));

  hold = compute_hold (journal, "2026-06-18");
  g_assert_cmpint (ac_hold_get_severity (hold), ==, AC_SEVERITY_SEE_PROFESSIONAL);

  /* Day 7: no longer current. */
  ac_test_assert_quiet (journal, "2026-06-19", "red-flag-chest-pain-breathless");
}

/* A first-ever session. Version 1: "More massage than usual this week …
 * 4.0 times as much", and three cards saying the same about soreness. */
static void
test_first_ever_session (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  guint about_soreness = 0;

  ac_test_add_session_full (journal, "2026-06-16", 90, "deep", NULL, "Ana", FALSE);
  advice = ac_test_advice (journal, "2026-06-16");
  assert_ids (advice, "aftercare-hydrate aftercare-rest expect-soreness first-session");

  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      about_soreness += strstr (ac_advice_get_body (item), "sore") != NULL;
    }
  g_assert_cmpuint (about_soreness, ==, 1);
}

/* A first-ever session booked with a named therapist: no "A new
 * therapist" before it. */
static void
test_first_booking (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;

  ac_test_add_session_full (journal, "2026-06-20", 60, "moderate", NULL, "Ana", TRUE);
  advice = ac_test_advice (journal, "2026-06-16");
  assert_ids (advice, "first-session predicted-soreness");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/stories/leg-swelling", test_leg_swelling);
  g_test_add_func ("/guidance/stories/neck-dizziness", test_neck_dizziness);
  g_test_add_func ("/guidance/stories/dark-urine", test_dark_urine);
  g_test_add_func ("/guidance/stories/chest-pain-days-ago", test_chest_pain_days_ago);
  g_test_add_func ("/guidance/stories/first-ever-session", test_first_ever_session);
  g_test_add_func ("/guidance/stories/first-booking", test_first_booking);

  return g_test_run ();
}
