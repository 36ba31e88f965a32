/* test-guidance-booking.c — booking-check: a session today or booked in
 * the next 14 days that the health profile says to take care with
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-booking"

#include "config.h"

#include <string.h>

#include "ac-test-journal.h"

#define TODAY "2026-11-20"

/* A session on @areas, done or @planned. Returns: (transfer none) */
static AcSession *
add_session_on (AcJournal  *journal,
                const char *day,
                const char *pressure,
                AcArea      areas,
                gboolean    planned)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *start = g_strconcat (day, "T12:00:00Z", NULL);
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (start, utc);
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AcPressure p;

  g_assert_true (ac_pressure_from_string (pressure, &p));
  session = ac_session_new (dt, 60, p);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);
  ac_journal_add_session (journal, session, &error);
  g_assert_no_error (error);

  return session;
}

/* A journal with @conditions and a session done on 10 Nov. */
static AcJournal *
journal_with (AcCondition conditions)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_set_conditions (journal, conditions);
  ac_test_add_session (journal, "2026-11-10", 60, "moderate");

  return journal;
}

/* Today + 14 is 4 Dec; today + 15 is not in the window. */
static void
test_window (void)
{
  g_autoptr(AcJournal) day14 = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) day15 = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) today = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) done_today = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) done_yesterday = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(GListModel) advice = NULL;
  AcSession *session;
  AcAdvice *item;

  session = ac_test_add_planned (day14, "2026-12-04", 60, "deep");
  advice = ac_test_advice (day14, TODAY);
  item = ac_test_find (advice, "booking-check");
  g_assert_nonnull (item);
  g_assert_cmpint (ac_advice_get_severity (item), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpint (ac_advice_get_evidence (item), ==, AC_EVIDENCE_GUIDELINE);
  g_assert_cmpint (ac_advice_get_group (item), ==, AC_ADVICE_GROUP_WATCH_OUT);
  g_assert_cmpstr (ac_advice_get_reason (item), ==,
                   "You have a deep session planned for 4 Dec. Your health profile lists "
                   "“Blood thinners”.");
  g_assert_cmpstrv (ac_advice_get_session_ids (item),
                    ((const char *[]) { ac_session_get_id (session), NULL }));

  ac_test_add_planned (day15, "2026-12-05", 60, "deep");
  ac_test_assert_quiet (day15, TODAY, "booking-check");

  /* Planned for today, or done today. */
  ac_test_add_planned (today, TODAY, 60, "deep");
  ac_test_assert_reason (today, TODAY, "booking-check",
                         "You have a deep session planned for 20 Nov. Your health profile lists "
                         "“Blood thinners”.");
  ac_test_add_session (done_today, TODAY, 60, "deep");
  ac_test_assert_reason (done_today, TODAY, "booking-check",
                         "You had a deep session today. Your health profile lists "
                         "“Blood thinners”.");
  ac_test_add_session (done_yesterday, "2026-11-19", 60, "deep");
  ac_test_assert_quiet (done_yesterday, TODAY, "booking-check");
}

/* Blood thinners, a bleeding disorder and osteoporosis ask about deep
 * pressure only. */
static void
test_deep_pressure (void)
{
  const struct {
    AcCondition  condition;
    const char  *advice;
  } cases[] = {
    { AC_CONDITION_BLOOD_THINNERS,
      "Because you take blood thinners, ask for lighter pressure: deep work bruises more easily." },
    { AC_CONDITION_BLEEDING_DISORDER,
      "Because of your bleeding disorder, ask for lighter pressure: deep work bruises more easily." },
    { AC_CONDITION_OSTEOPOROSIS,
      "Because of osteoporosis, ask for lighter pressure: firm pressure may not be safe on "
      "fragile bones." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AcJournal) deep = journal_with (cases[i].condition);
      g_autoptr(AcJournal) moderate = journal_with (cases[i].condition);
      g_autoptr(GListModel) advice = NULL;

      ac_test_add_planned (deep, "2026-11-24", 60, "deep");
      advice = ac_test_advice (deep, TODAY);
      g_assert_cmpstr (ac_advice_get_body (ac_test_find (advice, "booking-check")), ==, cases[i].advice);

      ac_test_add_planned (moderate, "2026-11-24", 60, "moderate");
      ac_test_assert_quiet (moderate, TODAY, "booking-check");
    }
}

/* A history of blood clots asks about the legs: thighs, calves, feet. */
static void
test_dvt_legs (void)
{
  const AcArea legs[] = { AC_AREA_THIGHS, AC_AREA_CALVES, AC_AREA_FEET };
  g_autoptr(AcJournal) back = journal_with (AC_CONDITION_DVT_HISTORY);

  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    {
      g_autoptr(AcJournal) journal = journal_with (AC_CONDITION_DVT_HISTORY);
      g_autoptr(GListModel) advice = NULL;
      AcAdvice *item;

      add_session_on (journal, "2026-11-24", "light", AC_AREA_LOWER_BACK | legs[i], TRUE);
      advice = ac_test_advice (journal, TODAY);
      item = ac_test_find (advice, "booking-check");
      g_assert_nonnull (item);
      g_assert_cmpstr (ac_advice_get_body (item), ==,
                       "Because you've had a blood clot, check with your doctor before your legs "
                       "are massaged, and tell your therapist about it.");
      g_assert_cmpstr (ac_advice_get_reason (item), ==,
                       "You have a light session planned for 24 Nov. It includes your legs. Your "
                       "health profile lists “History of blood clots”.");
    }

  add_session_on (back, "2026-11-24", "deep", AC_AREA_LOWER_BACK | AC_AREA_GLUTES | AC_AREA_HIPS, TRUE);
  ac_test_assert_quiet (back, TODAY, "booking-check");
}

/* A recent injury and pregnancy ask about every session; one item per
 * session names each match. */
static void
test_every_session (void)
{
  g_autoptr(AcJournal) injury = journal_with (AC_CONDITION_RECENT_INJURY);
  g_autoptr(AcJournal) all = journal_with (AC_CONDITION_PREGNANT | AC_CONDITION_BLOOD_THINNERS |
                                           AC_CONDITION_DVT_HISTORY | AC_CONDITION_CANCER);
  g_autoptr(GListModel) advice = NULL;
  guint n_items = 0;

  ac_test_add_planned (injury, "2026-11-21", 30, "light");
  ac_test_assert_reason (injury, TODAY, "booking-check",
                         "You have a light session planned for 21 Nov. Your health profile lists "
                         "“Recent injury”.");

  add_session_on (all, "2026-11-22", "deep", AC_AREA_CALVES, TRUE);
  add_session_on (all, "2026-11-29", "light", AC_AREA_NECK, TRUE);
  advice = ac_test_advice (all, TODAY);
  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      if (strcmp (ac_advice_get_id (item), "booking-check") != 0)
        continue;
      if (n_items++ == 0)
        {
          g_assert_cmpstr (ac_advice_get_body (item), ==,
                           "Because you take blood thinners, ask for lighter pressure: deep work "
                           "bruises more easily. Because you've had a blood clot, check with your "
                           "doctor before your legs are massaged, and tell your therapist about "
                           "it. Tell your therapist you're pregnant, and ask for a side-lying "
                           "position.");
          g_assert_cmpstr (ac_advice_get_reason (item), ==,
                           "You have a deep session planned for 22 Nov. It includes your legs. "
                           "Your health profile lists “Blood thinners”, “History of blood clots” "
                           "and “Pregnancy”.");
        }
      else
        g_assert_cmpstr (ac_advice_get_reason (item), ==,
                         "You have a light session planned for 29 Nov. Your health profile "
                         "lists “Pregnancy”.");
    }
  g_assert_cmpuint (n_items, ==, 2);
}

/* Nothing in the profile, or nothing booked: quiet. */
static void
test_quiet (void)
{
  g_autoptr(AcJournal) nothing = journal_with (AC_CONDITION_NONE);
  g_autoptr(AcJournal) no_booking = journal_with (AC_CONDITION_PREGNANT);

  ac_test_add_planned (nothing, "2026-11-24", 60, "deep");
  ac_test_assert_quiet (nothing, TODAY, "booking-check");
  ac_test_assert_quiet (no_booking, TODAY, "booking-check");
  ac_test_assert_fires (no_booking, TODAY, "screening-pregnant");
}

/* One voice with the hold: a session the hold postpones (planned today …
 * today + 14) is spoken of as one that goes ahead after the check; one
 * done today is not postponed, and without a hold nothing changes. */
static void
test_during_hold (void)
{
  g_autoptr(AcJournal) planned = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) done_today = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(AcJournal) cleared = journal_with (AC_CONDITION_BLOOD_THINNERS);
  g_autoptr(GListModel) advice = NULL;
  const char *plain = "Because you take blood thinners, ask for lighter pressure: deep work "
                      "bruises more easily.";
  AcAdvice *item;

  ac_test_add_planned (planned, "2026-12-04", 60, "deep");
  ac_test_add_checkin_symptoms (planned, TODAY, 0, AC_SYMPTOM_LEG_SWELLING);
  advice = ac_test_advice (planned, TODAY);
  g_assert_nonnull (ac_test_find (advice, "hold-massage"));
  item = ac_test_find (advice, "booking-check");
  g_assert_nonnull (item);
  g_assert_cmpstr (ac_advice_get_body (item), ==,
                   "After the check, when this session goes ahead: Because you take blood "
                   "thinners, ask for lighter pressure: deep work bruises more easily.");
  g_clear_object (&advice);

  ac_test_add_session (done_today, TODAY, 60, "deep");
  ac_test_add_checkin_symptoms (done_today, TODAY, 0, AC_SYMPTOM_LEG_SWELLING);
  advice = ac_test_advice (done_today, TODAY);
  g_assert_nonnull (ac_test_find (advice, "hold-massage"));
  g_assert_cmpstr (ac_advice_get_body (ac_test_find (advice, "booking-check")), ==, plain);
  g_clear_object (&advice);

  /* The symptom checked: no hold, the plain words. */
  ac_test_add_planned (cleared, "2026-12-04", 60, "deep");
  ac_test_add_checkin_symptoms (cleared, TODAY, 0, AC_SYMPTOM_LEG_SWELLING);
  ac_test_add_clearance (cleared, TODAY, "leg-swelling");
  advice = ac_test_advice (cleared, TODAY);
  g_assert_null (ac_test_find (advice, "hold-massage"));
  g_assert_cmpstr (ac_advice_get_body (ac_test_find (advice, "booking-check")), ==, plain);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/booking/window", test_window);
  g_test_add_func ("/guidance/booking/deep-pressure", test_deep_pressure);
  g_test_add_func ("/guidance/booking/dvt-legs", test_dvt_legs);
  g_test_add_func ("/guidance/booking/every-session", test_every_session);
  g_test_add_func ("/guidance/booking/quiet", test_quiet);
  g_test_add_func ("/guidance/booking/during-hold", test_during_hold);

  return g_test_run ();
}
