/* test-sore-areas.c — where soreness sits after sessions: only attributed
 * check-ins with excess soreness, the range and the pressure at their
 * edges, how often and how strongly, the check-ins behind an area, the
 * words
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-sore-areas"

#include "config.h"

#include "ac-date.h"
#include "ac-insights-test.h"
#include "ac-sore-areas.h"

/* A done session at noon UTC @days_ago before AC_TEST_TODAY, working
 * @areas. */
static void
add_session (AcJournal  *journal,
             int         days_ago,
             const char *pressure,
             AcArea      areas)
{
  g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -days_ago);
  g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AcPressure value;

  g_assert_true (ac_pressure_from_string (pressure, &value));
  session = ac_session_new (start, 60, value);
  ac_session_set_areas (session, areas);
  ac_journal_add_session (journal, session, &error);
  g_assert_no_error (error);
}

static void
add_checkin (AcJournal *journal,
             int        days_ago,
             int        soreness,
             AcArea     areas)
{
  g_autofree char *iso = ac_test_insights_day (AC_TEST_TODAY, -days_ago);
  GDate day;
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_date_parse_iso (iso, &day));
  checkin = ac_checkin_new (&day, soreness);
  ac_checkin_set_areas (checkin, areas);
  ac_journal_add_checkin (journal, checkin, &error);
  g_assert_no_error (error);
}

static AcSoreAreas *
sore_areas_new (AcJournal   *journal,
                AcSoreRange  range,
                int          pressure)
{
  g_autoptr(AcRecovery) recovery = NULL;
  GDate today;

  g_assert_true (ac_date_parse_iso (AC_TEST_TODAY, &today));
  recovery = ac_recovery_new (journal, &today);
  return ac_sore_areas_new (recovery, range, pressure);
}

/* Only check-ins attributed to a session count, and only with excess
 * soreness: a check-in naming an area the session did not work, one at
 * d 15, and one with soreness 0 say nothing; d 14 and soreness 1 do. */
static void
test_attributed (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSoreAreas) areas = NULL;
  const AcSoreArea *neck;

  add_session (journal, 60, "moderate", AC_AREA_NECK | AC_AREA_SHOULDERS);
  add_checkin (journal, 59, 4, AC_AREA_NECK);        /* d 1 */
  add_checkin (journal, 58, 3, AC_AREA_CALVES);      /* shares no area */
  add_checkin (journal, 57, 0, AC_AREA_SHOULDERS);   /* excess 0 */
  add_checkin (journal, 46, 1, AC_AREA_SHOULDERS);   /* d 14, excess 1 */
  add_checkin (journal, 45, 5, AC_AREA_NECK);        /* d 15 */

  areas = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_SORE_PRESSURE_ANY);
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (areas), ==, 1);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (areas), ==, 2);
  g_assert_null (ac_sore_areas_lookup (areas, AC_AREA_CALVES));

  neck = ac_sore_areas_lookup (areas, AC_AREA_NECK);
  g_assert_nonnull (neck);
  g_assert_cmpuint (neck->n_sessions, ==, 1);
  g_assert_cmpuint (neck->n_checkins, ==, 1);
  g_assert_cmpfloat (neck->usual_peak, ==, 4);
  g_assert_cmpfloat (neck->intensity, ==, 1);

  {
    const AcSoreArea *shoulders = ac_sore_areas_lookup (areas, AC_AREA_SHOULDERS);
    guint n = 0;
    const AcSoreMention *mentions = ac_sore_areas_get_mentions (areas, AC_AREA_SHOULDERS, &n);

    g_assert_nonnull (shoulders);
    g_assert_cmpuint (shoulders->n_checkins, ==, 1);
    g_assert_cmpfloat (shoulders->usual_peak, ==, 1);
    g_assert_cmpfloat_with_epsilon (shoulders->intensity, 0.25, 1e-9);
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpint (mentions[0].day, ==, 14);
    g_assert_cmpint (mentions[0].excess, ==, 1);
    g_assert_cmpuint (mentions[0].session, ==, 0);
  }
}

/* Three months back from 22 Nov 2026 is 22 Aug: a session that day is in,
 * one on 21 Aug is not; a year back, 22 Nov 2025 is in, 21 Nov is not. */
static void
test_range (void)
{
  struct { int days_ago; AcArea area; } sessions[] = {
    { 92, AC_AREA_HEAD },        /* 22 Aug 2026 */
    { 93, AC_AREA_NECK },        /* 21 Aug 2026 */
    { 365, AC_AREA_ARMS },       /* 22 Nov 2025 */
    { 366, AC_AREA_HANDS },      /* 21 Nov 2025 */
  };
  g_autoptr(AcJournal) journal = ac_journal_new ();
  struct { AcSoreRange range; guint n; AcArea in; AcArea out; } expect[] = {
    { AC_SORE_RANGE_3_MONTHS, 1, AC_AREA_HEAD, AC_AREA_NECK },
    { AC_SORE_RANGE_YEAR, 3, AC_AREA_ARMS, AC_AREA_HANDS },
    { AC_SORE_RANGE_ALL, 4, AC_AREA_HANDS, AC_AREA_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      /* Each on the session's own day: d 0. */
      add_session (journal, sessions[i].days_ago, "moderate", sessions[i].area);
      add_checkin (journal, sessions[i].days_ago, 3, sessions[i].area);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autoptr(AcSoreAreas) areas = sore_areas_new (journal, expect[i].range, AC_SORE_PRESSURE_ANY);

      g_assert_cmpuint (ac_sore_areas_get_n_sessions (areas), ==, expect[i].n);
      g_assert_cmpuint (ac_sore_areas_get_n_areas (areas), ==, expect[i].n);
      g_assert_nonnull (ac_sore_areas_lookup (areas, expect[i].in));
      if (expect[i].out != AC_AREA_NONE)
        g_assert_null (ac_sore_areas_lookup (areas, expect[i].out));
    }
}

/* Four deep sessions and two moderate ones, the lower back sore after
 * most, the thighs once. */
static AcJournal *
pressures_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();
  AcArea worked = AC_AREA_LOWER_BACK | AC_AREA_THIGHS;

  add_session (journal, 50, "deep", worked);
  add_checkin (journal, 49, 6, AC_AREA_LOWER_BACK);
  add_session (journal, 45, "moderate", AC_AREA_LOWER_BACK);
  add_checkin (journal, 44, 2, AC_AREA_LOWER_BACK);
  add_session (journal, 40, "deep", worked);
  add_checkin (journal, 39, 4, AC_AREA_LOWER_BACK);
  add_checkin (journal, 38, 5, AC_AREA_LOWER_BACK);
  add_session (journal, 35, "moderate", AC_AREA_LOWER_BACK);
  add_checkin (journal, 34, 2, AC_AREA_LOWER_BACK);
  add_session (journal, 30, "deep", worked);
  add_checkin (journal, 29, 2, AC_AREA_LOWER_BACK);
  add_session (journal, 20, "deep", worked);
  add_checkin (journal, 19, 3, AC_AREA_THIGHS);

  return journal;
}

/* How often times how strongly, the most being 1; a pressure counts out
 * of its own sessions. */
static void
test_pressure (void)
{
  g_autoptr(AcJournal) journal = pressures_journal_new ();
  g_autoptr(AcSoreAreas) deep = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_PRESSURE_DEEP);
  g_autoptr(AcSoreAreas) moderate = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_PRESSURE_MODERATE);
  g_autoptr(AcSoreAreas) light = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_PRESSURE_LIGHT);
  g_autoptr(AcSoreAreas) any = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_SORE_PRESSURE_ANY);
  const AcSoreArea *area;

  /* Deep: the lower back after 3 of 4, peaks 6, 5 and 2; the thighs
   * after 1 of 4, a peak of 3: 3/4 × 5 against 1/4 × 3. */
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (deep), ==, 4);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (deep), ==, 2);
  area = ac_sore_areas_get_area (deep, 0);
  g_assert_cmpint (area->area, ==, AC_AREA_LOWER_BACK);
  g_assert_cmpuint (area->n_sessions, ==, 3);
  g_assert_cmpuint (area->n_checkins, ==, 4);
  g_assert_cmpfloat (area->usual_peak, ==, 5);
  g_assert_cmpfloat (area->intensity, ==, 1);
  area = ac_sore_areas_get_area (deep, 1);
  g_assert_cmpint (area->area, ==, AC_AREA_THIGHS);
  g_assert_cmpfloat_with_epsilon (area->intensity, (1 / 4.0 * 3) / (3 / 4.0 * 5), 1e-9);

  /* Moderate: the lower back after both, peak 2; no thighs. */
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (moderate), ==, 2);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (moderate), ==, 1);
  area = ac_sore_areas_lookup (moderate, AC_AREA_LOWER_BACK);
  g_assert_cmpfloat (area->usual_peak, ==, 2);
  g_assert_cmpfloat (area->intensity, ==, 1);
  g_assert_null (ac_sore_areas_lookup (moderate, AC_AREA_THIGHS));

  /* Light: no session at all. */
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (light), ==, 0);
  g_assert_cmpuint (ac_sore_areas_get_n_areas (light), ==, 0);

  /* Any: the lower back after 5 of 6, peaks 6, 2, 5, 2, 2. */
  g_assert_cmpuint (ac_sore_areas_get_n_sessions (any), ==, 6);
  area = ac_sore_areas_lookup (any, AC_AREA_LOWER_BACK);
  g_assert_cmpuint (area->n_sessions, ==, 5);
  g_assert_cmpfloat (area->usual_peak, ==, 2);
  area = ac_sore_areas_lookup (any, AC_AREA_THIGHS);
  g_assert_cmpfloat_with_epsilon (area->intensity, (1 / 6.0 * 3) / (5 / 6.0 * 2), 1e-9);
}

/* The check-ins behind an area, by session then day, with their session. */
static void
test_mentions (void)
{
  g_autoptr(AcJournal) journal = pressures_journal_new ();
  g_autoptr(AcSoreAreas) deep = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_PRESSURE_DEEP);
  AcRecovery *recovery = ac_sore_areas_get_recovery (deep);
  const int expect_days_ago[] = { 49, 39, 38, 29 };
  const int expect_session_days_ago[] = { 50, 40, 40, 30 };
  const AcSoreMention *mentions;
  guint n = 0;

  mentions = ac_sore_areas_get_mentions (deep, AC_AREA_LOWER_BACK, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expect_days_ago));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *day = ac_test_insights_day (AC_TEST_TODAY, -expect_days_ago[i]);
      g_autofree char *session_day = ac_test_insights_day (AC_TEST_TODAY, -expect_session_days_ago[i]);
      g_autofree char *checkin_iso = ac_date_format_iso (ac_checkin_get_date (mentions[i].checkin));
      g_autofree char *session_iso = NULL;
      GDate date;

      ac_recovery_get_session_date (recovery, mentions[i].session, &date);
      session_iso = ac_date_format_iso (&date);
      g_assert_cmpstr (checkin_iso, ==, day);
      g_assert_cmpstr (session_iso, ==, session_day);
      g_assert_cmpint (mentions[i].day, ==, expect_session_days_ago[i] - expect_days_ago[i]);
    }

  mentions = ac_sore_areas_get_mentions (deep, AC_AREA_FEET, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_describe (void)
{
  g_autoptr(AcJournal) journal = pressures_journal_new ();
  g_autoptr(AcSoreAreas) deep = sore_areas_new (journal, AC_SORE_RANGE_ALL, AC_PRESSURE_DEEP);
  g_autoptr(AcSoreAreas) any = sore_areas_new (journal, AC_SORE_RANGE_3_MONTHS, AC_SORE_PRESSURE_ANY);
  g_autofree char *lower_back = ac_sore_areas_describe (deep, AC_AREA_LOWER_BACK);
  g_autofree char *thighs = ac_sore_areas_describe (deep, AC_AREA_THIGHS);
  g_autofree char *neck = ac_sore_areas_describe (any, AC_AREA_NECK);

  g_assert_cmpstr (lower_back, ==, "Sore after 3 of 4 sessions, usually 5 at worst (4 check-ins).");
  g_assert_cmpstr (thighs, ==, "Sore after 1 of 4 sessions, usually 3 at worst (1 check-in).");
  g_assert_cmpstr (neck, ==, "Not sore after any of 6 sessions.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sore-areas/attributed", test_attributed);
  g_test_add_func ("/sore-areas/range", test_range);
  g_test_add_func ("/sore-areas/pressure", test_pressure);
  g_test_add_func ("/sore-areas/mentions", test_mentions);
  g_test_add_func ("/sore-areas/describe", test_describe);

  return g_test_run ();
}
