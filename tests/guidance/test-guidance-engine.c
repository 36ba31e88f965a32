/* test-guidance-engine.c — the order of advice, its reasons, and journals
 * at the edges: empty, one session, planned only, far in the future,
 * check-ins without a session, time zones
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-engine"

#include "config.h"

#include <string.h>

#include "ac-fixture.h"
#include "ac-recovery.h"
#include "ac-test-journal.h"

#define assert_ids(journal, today, expected) \
  G_STMT_START { \
    g_autoptr(GListModel) assert_ids_advice_ = ac_test_advice ((journal), (today)); \
    g_autofree char *assert_ids_ids_ = ac_test_ids (assert_ids_advice_); \
    g_assert_cmpstr (assert_ids_ids_, ==, (expected)); \
  } G_STMT_END

/* GUIDANCE.md's order: red flags, soreness-severe, soreness-persistent,
 * referral-not-improving, hold-massage, then the rest. */
static int
tier_of (AcAdvice *item)
{
  const char *id = ac_advice_get_id (item);
  const char *first[] = { "soreness-severe", "soreness-persistent", "referral-not-improving", "hold-massage" };

  if (g_str_has_prefix (id, "red-flag-"))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    if (strcmp (id, first[i]) == 0)
      return (int) i + 1;
  return G_N_ELEMENTS (first) + 1;
}

/* Each item is in a tier no earlier than the one before; within the red
 * flags and within the rest, severities only go down. */
static void
assert_in_order (GListModel *advice)
{
  guint n = g_list_model_get_n_items (advice);

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(AcAdvice) prev = g_list_model_get_item (advice, i - 1);
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
      int tier = tier_of (item);

      g_assert_cmpint (tier_of (prev), <=, tier);
      g_assert_true (ac_advice_is_alert (prev) >= ac_advice_is_alert (item));
      if (tier_of (prev) == tier && (tier == 0 || tier == 5))
        g_assert_cmpint (ac_advice_get_severity (prev), >=, ac_advice_get_severity (item));
    }
}

/* During a hold: its causes, hold-massage, then only caution and above
 * and the screening items. */
static void
test_order_hold (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autofree char *ids = NULL;
  const char *reasons[][2] = {
    { "red-flag-dark-urine", "You noted it in your check-in of 19 Nov." },
    { "red-flag-bruising", "You noted it in your check-in of 20 Nov." },
    { "soreness-severe", NULL },
    { "hold-massage", "Not marked as checked yet: dark urine, large or unexplained bruising and "
                      "severe soreness. You have no session planned in the next 14 days." },
    { "overtreat-deep-streak", "Deep sessions on 18 Nov and 19 Nov." },
    { "screening-blood-thinners", "Your health profile lists “Blood thinners”." },
  };

  ac_test_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS);
  ac_test_add_session_full (journal, "2026-11-05", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-18", 60, "deep", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-19", 60, "deep", NULL, "Ben", FALSE);
  ac_test_add_checkin_symptoms (journal, "2026-11-19", 7, AC_SYMPTOM_DARK_URINE);
  ac_test_add_checkin_symptoms (journal, "2026-11-20", 6, AC_SYMPTOM_BRUISING);

  advice = ac_test_advice (journal, "2026-11-20");
  ids = ac_test_ids (advice);
  /* Version 1 showed hydrate ("no need for extra water"), rest ("hard
   * training can wait"), new-therapist, expect-soreness, soreness-normal,
   * the rhythm and a suggested date under the dark urine. */
  g_assert_cmpstr (ids, ==,
                   "red-flag-dark-urine red-flag-bruising soreness-severe hold-massage "
                   "overtreat-deep-streak screening-blood-thinners");
  assert_in_order (advice);

  g_assert_cmpuint (g_list_model_get_n_items (advice), ==, G_N_ELEMENTS (reasons));
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      g_assert_cmpstr (ac_advice_get_id (item), ==, reasons[i][0]);
      if (reasons[i][1] != NULL)
        g_assert_cmpstr (ac_advice_get_reason (item), ==, reasons[i][1]);
    }
}

/* Without a hold: caution, tip and info, each the more specific first. */
static void
test_order (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) advice = NULL;
  g_autofree char *ids = NULL;

  ac_test_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS);
  ac_test_add_session_full (journal, "2026-11-05", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-18", 60, "deep", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-19", 60, "deep", NULL, "Ben", FALSE);
  ac_test_add_session_full (journal, "2026-11-27", 60, "deep", NULL, "Ben", TRUE);
  ac_test_add_checkin (journal, "2026-11-19", 5);
  ac_test_add_checkin (journal, "2026-11-20", 4);

  advice = ac_test_advice (journal, "2026-11-20");
  ids = ac_test_ids (advice);
  g_assert_cmpstr (ids, ==,
                   "booking-check overtreat-deep-streak screening-blood-thinners "
                   "aftercare-hydrate aftercare-rest new-therapist "
                   "expect-soreness soreness-normal rhythm-summary predicted-soreness");
  assert_in_order (advice);
}

static void
test_empty (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcStats) stats = ac_test_stats (journal, "2026-11-20");

  assert_ids (journal, "2026-11-20", "");

  g_assert_cmpuint (stats->n_sessions, ==, 0);
  g_assert_cmpuint (stats->n_planned, ==, 0);
  g_assert_cmpuint (stats->sessions_last_30_days, ==, 0);
  g_assert_cmpuint (stats->sessions_last_90_days, ==, 0);
  g_assert_cmpfloat (stats->median_gap_days, ==, -1);
  g_assert_cmpfloat (stats->typical_minutes, ==, -1);
  g_assert_cmpint (stats->typical_pressure, ==, -1);
  g_assert_cmpuint (stats->acute_load, ==, 0);
  g_assert_cmpfloat (stats->chronic_load, ==, 0);
  g_assert_cmpfloat (stats->load_ratio, ==, -1);
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      g_assert_cmpfloat (stats->median_days_to_recover[p], ==, -1);
      g_assert_cmpuint (stats->n_days_to_recover[p], ==, 0);
    }
  g_assert_false (g_date_valid (&stats->suggested_next));
  g_assert_false (g_date_valid (&stats->next_planned));
  g_assert_cmpint (stats->predicted_soreness, ==, -1);
}

static void
test_one_session (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcStats) stats = NULL;

  ac_test_add_session (journal, "2026-11-20", 60, "light");
  assert_ids (journal, "2026-11-20",
              "aftercare-hydrate aftercare-rest expect-soreness first-session");
  assert_ids (journal, "2026-11-23", "first-session");
  /* Before the session, the journal is empty. */
  assert_ids (journal, "2026-11-19", "");

  stats = ac_test_stats (journal, "2026-11-20");
  g_assert_cmpuint (stats->n_sessions, ==, 1);
  g_assert_cmpfloat (stats->median_gap_days, ==, -1);
  g_assert_cmpfloat (stats->typical_minutes, ==, 60);
  g_assert_cmpint (stats->typical_pressure, ==, AC_PRESSURE_LIGHT);
  g_assert_false (g_date_valid (&stats->suggested_next));
}

static void
test_planned_only (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcStats) stats = NULL;
  GDate expected;

  ac_test_add_planned (journal, "2026-11-25", 60, "moderate");
  ac_test_add_planned (journal, "2026-12-02", 60, "moderate");
  assert_ids (journal, "2026-11-20", "first-session predicted-soreness");

  stats = ac_test_stats (journal, "2026-11-20");
  g_assert_cmpuint (stats->n_sessions, ==, 0);
  g_assert_cmpuint (stats->n_planned, ==, 2);
  ac_test_date ("2026-11-25", &expected);
  g_assert_cmpint (g_date_compare (&stats->next_planned, &expected), ==, 0);

  /* Once both are in the past and still not done, they are stale. */
  assert_ids (journal, "2026-12-03", "");
}

static void
test_far_future (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcJournal) plain = ac_test_journal_new ();
  g_autoptr(GListModel) a = NULL;
  g_autoptr(GListModel) b = NULL;
  g_autofree char *ids_a = NULL;
  g_autofree char *ids_b = NULL;

  ac_test_add_session (journal, "2026-11-01", 60, "moderate");
  ac_test_add_session (journal, "2026-11-08", 60, "moderate");
  ac_test_add_planned (journal, "9999-12-31T23:59:00+14:00", 600, "deep");
  assert_ids (journal, "2026-11-20", "long-gap rhythm-summary predicted-soreness");

  /* A session after today that is not planned is not known yet. */
  ac_test_add_session (plain, "2026-11-01", 60, "moderate");
  ac_test_add_session (plain, "2026-11-08", 60, "moderate");
  a = ac_test_advice (plain, "2026-11-20");
  ac_test_add_session (plain, "3000-01-01", 600, "deep");
  b = ac_test_advice (plain, "2026-11-20");
  ids_a = ac_test_ids (a);
  ids_b = ac_test_ids (b);
  g_assert_cmpstr (ids_a, ==, ids_b);
  g_assert_cmpstr (ids_a, ==, "rhythm-summary next-session");

  /* The suggested date can fall after the year 9999. */
  {
    g_autoptr(AcJournal) last = ac_test_journal_new ();

    ac_test_add_session (last, "9999-12-20", 60, "light");
    ac_test_add_session (last, "9999-12-27", 60, "light");
    ac_test_assert_reason (last, "9999-12-31", "next-session",
                           "Your last session was on 27 Dec, and your sessions are usually 7 days apart.");
    {
      g_autoptr(GListModel) advice = ac_test_advice (last, "9999-12-31");
      AcAdvice *item = ac_test_find (advice, "next-session");

      g_assert_cmpstr (ac_advice_get_body (item), ==, "Around 10000-01-03 would keep your usual rhythm.");
    }
  }

  /* A day far from the journal. */
  assert_ids (plain, "1000-01-01", "");
  /* On a far day, the session of 3000 is done, after a long gap. */
  assert_ids (plain, "9999-12-31", "long-gap rhythm-summary next-session");
}

static void
test_checkins_without_session (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  GDate today;

  ac_test_add_checkin (journal, "2026-11-17", 5);
  ac_test_add_checkin (journal, "2026-11-18", 3);
  ac_test_add_checkin (journal, "2026-11-19", 2);
  /* No session: no d, so no soreness-normal, -lingering or -persistent. */
  assert_ids (journal, "2026-11-20", "");

  /* Check-ins before the first session belong to no session. */
  ac_test_add_session (journal, "2026-11-19", 60, "light");
  ac_test_date ("2026-11-20", &today);
  recovery = ac_recovery_new (journal, &today);
  g_assert_cmpuint (ac_recovery_get_n_sessions (recovery), ==, 1);
  g_assert_cmpint (ac_recovery_get_peak (recovery, 0), ==, 2);
  assert_ids (journal, "2026-11-20",
              "aftercare-hydrate expect-soreness first-session soreness-normal");
}

static void
test_time_zone_edge (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  const AcRecoveryPoint *points;
  guint n_points;
  GDate today, date;

  /* 23:30 at +02:00 on 20 Nov is 21:30 UTC: its day is 20 Nov. */
  ac_test_add_session (journal, "2026-11-13", 60, "moderate");
  ac_test_add_session (journal, "2026-11-20T23:30:00+02:00", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-20", 1);
  ac_test_add_checkin (journal, "2026-11-21", 4);
  ac_test_add_checkin (journal, "2026-11-22", 3);

  ac_test_date ("2026-11-22", &today);
  recovery = ac_recovery_new (journal, &today);
  g_assert_cmpuint (ac_recovery_get_n_sessions (recovery), ==, 2);
  ac_recovery_get_session_date (recovery, 1, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 20);
  points = ac_recovery_get_points (recovery, 1, &n_points);
  g_assert_cmpuint (n_points, ==, 3);
  g_assert_cmpint (points[0].day, ==, 0);
  g_assert_cmpint (points[0].soreness, ==, 1);
  g_assert_cmpint (points[1].day, ==, 1);
  g_assert_cmpint (points[2].day, ==, 2);
  g_assert_cmpint (ac_recovery_get_peak (recovery, 1), ==, 4);

  ac_test_assert_reason (journal, "2026-11-20", "aftercare-hydrate",
                         "Your deep session was today, 20 Nov.");
  ac_test_assert_reason (journal, "2026-11-21", "aftercare-hydrate",
                         "Your deep session was yesterday, 20 Nov.");
  ac_test_assert_quiet (journal, "2026-11-22", "aftercare-hydrate");
  ac_test_assert_reason (journal, "2026-11-22", "soreness-normal",
                         "Soreness 3 on 22 Nov, 2 days after your deep session of 20 Nov. "
                         "The day before, it was 4.");
}

static void
test_time_zone_order (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  AcSession *east, *west;
  guint n_points;
  GDate today;

  /* East: 00:30 at +02:00 on 21 Nov, 22:30 UTC on 20 Nov; its day is
   * 21 Nov. West: 23:00 at -05:00 on 20 Nov, 04:00 UTC on 21 Nov; its day
   * is 20 Nov. The journal orders them east, west; their days the other
   * way round. */
  east = ac_test_add_session (journal, "2026-11-21T00:30:00+02:00", 60, "light");
  west = ac_test_add_session (journal, "2026-11-20T23:00:00-05:00", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-20", 2);
  ac_test_add_checkin (journal, "2026-11-21", 3);

  ac_test_date ("2026-11-21", &today);
  recovery = ac_recovery_new (journal, &today);
  g_assert_true (ac_recovery_get_session (recovery, 0) == west);
  g_assert_true (ac_recovery_get_session (recovery, 1) == east);
  g_assert_cmpint (ac_recovery_get_points (recovery, 0, &n_points)[0].soreness, ==, 2);
  g_assert_cmpuint (n_points, ==, 1);
  g_assert_cmpint (ac_recovery_get_points (recovery, 1, &n_points)[0].soreness, ==, 3);
  g_assert_cmpint (ac_recovery_get_points (recovery, 1, &n_points)[0].day, ==, 0);

  /* The latest session is the east one, of today; the west one was
   * yesterday: consecutive days, but not both deep. */
  ac_test_assert_reason (journal, "2026-11-21", "aftercare-hydrate",
                         "Your light session was today, 21 Nov.");
  ac_test_assert_quiet (journal, "2026-11-21", "overtreat-deep-streak");
}

/* The rules must not depend on the zone the program runs in. */
static void
test_time_zone_of_process (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(GListModel) utc = NULL;
  g_autoptr(GListModel) kiritimati = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));

  ac_test_add_session (journal, "2026-11-19T23:30:00+02:00", 60, "deep");
  ac_test_add_session (journal, "2026-11-20T23:30:00+02:00", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-21", 5);

  g_setenv ("TZ", "UTC", TRUE);
  utc = ac_test_advice (journal, "2026-11-21");
  g_setenv ("TZ", "XYZ-14", TRUE);
  kiritimati = ac_test_advice (journal, "2026-11-21");
  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");

  a = ac_test_ids (utc);
  b = ac_test_ids (kiritimati);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "overtreat-deep-streak"));
}

/* Every day of a year of the typical journal: the order holds, and every
 * item is complete. */
static void
test_typical_year (void)
{
  g_autoptr(AcJournal) journal = NULL;
  AcFixtureSpec spec;
  GDate end, today;
  guint seen_ids = 0;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ac_test_date ("2026-11-22", &end);
  ac_fixture_spec_typical (&spec, &end);
  journal = ac_fixture_generate (&spec);

  for (today = end, g_date_subtract_days (&today, 365);
       g_date_compare (&today, &end) <= 0;
       g_date_add_days (&today, 1))
    {
      g_autoptr(GListModel) advice = ac_guidance_compute_advice (journal, &today);
      guint n = g_list_model_get_n_items (advice);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
          AcSeverity severity = ac_advice_get_severity (item);

          g_hash_table_add (ids, g_strdup (ac_advice_get_id (item)));
          g_assert_cmpstr (ac_advice_get_title (item), !=, "");
          g_assert_cmpstr (ac_advice_get_body (item), !=, "");
          g_assert_cmpstr (ac_advice_get_reason (item), !=, "");
          g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_sources (item)), >, 0);
          g_assert_true (g_utf8_validate (ac_advice_get_reason (item), -1, NULL));
          /* Every warning says whom to see; hold-massage follows them. */
          if (severity >= AC_SEVERITY_SEE_PROFESSIONAL && strcmp (ac_advice_get_id (item), "hold-massage") != 0)
            g_assert_true (strstr (ac_advice_get_body (item), "doctor") ||
                           strstr (ac_advice_get_body (item), "health professional") ||
                           strstr (ac_advice_get_body (item), "urgent care") ||
                           strstr (ac_advice_get_body (item), "emergency number"));
        }
      assert_in_order (advice);
    }

  seen_ids = g_hash_table_size (ids);
  g_test_message ("%u different rules fired over the year", seen_ids);
  g_assert_cmpuint (seen_ids, >=, 8);
}

static void
test_bad_arguments (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  GDate invalid;

  g_date_clear (&invalid, 1);

  if (g_test_undefined ())
    {
      g_test_expect_message ("ac-guidance", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
      g_assert_null (ac_guidance_compute_advice (journal, &invalid));
      g_test_assert_expected_messages ();

      g_test_expect_message ("ac-guidance", G_LOG_LEVEL_CRITICAL, "*AC_IS_JOURNAL*");
      g_assert_null (ac_guidance_compute_stats (NULL, &invalid));
      g_test_assert_expected_messages ();

      g_test_expect_message ("ac-recovery", G_LOG_LEVEL_CRITICAL, "*today != NULL*");
      g_assert_null (ac_recovery_new (journal, NULL));
      g_test_assert_expected_messages ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/engine/order", test_order);
  g_test_add_func ("/guidance/engine/order-hold", test_order_hold);
  g_test_add_func ("/guidance/engine/empty", test_empty);
  g_test_add_func ("/guidance/engine/one-session", test_one_session);
  g_test_add_func ("/guidance/engine/planned-only", test_planned_only);
  g_test_add_func ("/guidance/engine/far-future", test_far_future);
  g_test_add_func ("/guidance/engine/checkins-without-session", test_checkins_without_session);
  g_test_add_func ("/guidance/engine/time-zone-edge", test_time_zone_edge);
  g_test_add_func ("/guidance/engine/time-zone-order", test_time_zone_order);
  g_test_add_func ("/guidance/engine/time-zone-of-process", test_time_zone_of_process);
  g_test_add_func ("/guidance/engine/typical-year", test_typical_year);
  g_test_add_func ("/guidance/engine/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
