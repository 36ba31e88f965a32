/* ac-fixture.c — realistic journals for tests and benchmarks
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-fixture"

#include "config.h"

#include "ac-fixture.h"

static const char * const therapists[] = { "Ana", "Ben", "Chiara", "" };
static const int lengths[] = { 30, 45, 60, 60, 60, 90 };

/* DESIGN.md's typical journal: 5 years, a session a week, check-ins on the
 * three days after each (about 1,000 records). */
void
ac_fixture_spec_typical (AcFixtureSpec *spec,
                         const GDate   *end)
{
  *spec = (AcFixtureSpec) {
    .years = 5,
    .sessions_per_week = 1.0,
    .checkin_days = 3,
    .planned = 1,
    .seed = 20261122,
    .end = *end,
  };
}

/* DESIGN.md's heavy journal: 30 years of a session and a check-in every day
 * (about 22,000 records). */
void
ac_fixture_spec_heavy (AcFixtureSpec *spec,
                       const GDate   *end)
{
  *spec = (AcFixtureSpec) {
    .years = 30,
    .sessions_per_week = 7.0,
    .daily_checkins = TRUE,
    .planned = 1,
    .seed = 20261122,
    .end = *end,
  };
}

/* An id from the seed, in the form g_uuid_string_random() gives, so that
 * the same spec writes the same file. Ids come from a generator of their
 * own, so that the journal's contents do not depend on them. */
static char *
make_id (GRand *rand)
{
  guint32 a = g_rand_int (rand), b = g_rand_int (rand), c = g_rand_int (rand), d = g_rand_int (rand);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16, b & 0xfff,
                          0x8000 | (c >> 18), c & 0xffff, d);
}

static void
set_session_id (AcSession *session,
                GRand     *ids)
{
  g_autofree char *id = make_id (ids);

  ac_session_set_id (session, id);
}

static void
set_checkin_id (AcCheckin *checkin,
                GRand     *ids)
{
  g_autofree char *id = make_id (ids);

  ac_checkin_set_id (checkin, id);
}

static AcSession *
make_session (GRand       *rand,
              const GDate *day,
              gboolean     planned)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) start = NULL;
  AcSession *session;
  double p = g_rand_double (rand);
  AcPressure pressure = p < 0.25 ? AC_PRESSURE_LIGHT : p < 0.7 ? AC_PRESSURE_MODERATE : AC_PRESSURE_DEEP;
  guint areas = 0;

  start = g_date_time_new (zone, g_date_get_year (day), g_date_get_month (day),
                           g_date_get_day (day), g_rand_int_range (rand, 9, 20),
                           g_rand_boolean (rand) ? 0 : 30, 0);
  session = ac_session_new (start, lengths[g_rand_int_range (rand, 0, G_N_ELEMENTS (lengths))], pressure);
  ac_session_set_purpose (session, g_rand_int_range (rand, AC_PURPOSE_RELAXATION, AC_PURPOSE_OTHER + 1));
  ac_session_set_therapist (session, therapists[g_rand_int_range (rand, 0, G_N_ELEMENTS (therapists))]);
  for (guint i = 0; i < 3; i++)
    areas |= 1u << g_rand_int_range (rand, 0, 14);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);

  return session;
}

/* Soreness that peaks on the day after a session, higher for deeper work,
 * and fades over a few days. */
static int
soreness_after (GRand      *rand,
                AcPressure  pressure,
                guint       d)
{
  int peak = 1 + 2 * (int) pressure + g_rand_int_range (rand, 0, 2);
  int value = d == 0 ? peak - 1 : peak - (int) (d - 1) * 2;

  return CLAMP (value, 0, 10);
}

/**
 * ac_fixture_generate:
 *
 * Returns: (transfer full): a journal that belongs to no file
 */
AcJournal *
ac_fixture_generate (const AcFixtureSpec *spec)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (spec->seed);
  g_autoptr(GRand) ids = g_rand_new_with_seed (spec->seed ^ 0x1d5u);
  AcJournal *journal = ac_journal_new ();
  GDate first = spec->end;
  GDate day;
  double step = 7.0 / MAX (spec->sessions_per_week, 0.01);
  double offset = 0;
  guint n_days;
  gint64 previous = -1;

  g_date_subtract_years (&first, spec->years);
  n_days = g_date_get_julian (&spec->end) - g_date_get_julian (&first);

  for (; offset <= n_days; offset += step * (1.0 + (step >= 2 ? (g_rand_double (rand) - 0.5) * 0.66 : 0)))
    {
      g_autoptr(AcSession) session = NULL;
      AcPressure pressure;

      /* Jitter of up to a third of the interval keeps the rhythm human;
       * never two sessions on one day. */
      if ((gint64) offset <= previous)
        continue;
      previous = (gint64) offset;

      day = first;
      g_date_add_days (&day, (guint) offset);
      session = make_session (rand, &day, FALSE);
      set_session_id (session, ids);
      pressure = ac_session_get_pressure (session);
      g_assert_true (ac_journal_add_session (journal, session, NULL));

      for (guint d = 1; !spec->daily_checkins && d <= spec->checkin_days; d++)
        {
          GDate when = day;
          g_autoptr(AcCheckin) checkin = NULL;

          g_date_add_days (&when, d);
          if (g_date_compare (&when, &spec->end) > 0)
            break;
          checkin = ac_checkin_new (&when, soreness_after (rand, pressure, d));
          set_checkin_id (checkin, ids);
          g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
        }
    }

  if (spec->daily_checkins)
    {
      for (day = first; g_date_compare (&day, &spec->end) <= 0; g_date_add_days (&day, 1))
        {
          g_autoptr(AcCheckin) checkin = ac_checkin_new (&day, g_rand_int_range (rand, 0, 5));

          if (g_rand_int_range (rand, 0, 20) == 0)
            ac_checkin_set_areas (checkin, AC_AREA_NECK | AC_AREA_LOWER_BACK);
          set_checkin_id (checkin, ids);
          g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
        }
    }

  for (guint i = 0; i < spec->planned; i++)
    {
      g_autoptr(AcSession) session = NULL;

      day = spec->end;
      g_date_add_days (&day, (guint) step * (i + 1) + 1);
      session = make_session (rand, &day, TRUE);
      set_session_id (session, ids);
      g_assert_true (ac_journal_add_session (journal, session, NULL));
    }

  return journal;
}
