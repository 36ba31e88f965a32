/* ac-sample-journal.c — a few months of a realistic journal for the
 * Recovery and Advice pages
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-sample-journal"

#include "config.h"

#include "ac-sample-journal.h"

/* August to November 2026: twelve sessions of every pressure, about one
 * every ten days, with check-ins on the day and the days after — light
 * work leaves little, deep work more. The deep session of 27 October
 * lingers (soreness 5 on its 3rd day, 4 on its 4th); the deep one of
 * 19 November is still sore today, with bruising noted on the 21st (a
 * red flag). A moderate session is planned for 26 November. */

typedef struct
{
  const char *start;
  int         minutes;
  AcPressure  pressure;
  gboolean    planned;
  int         soreness[8];   /* d 0 …, ended by -1 */
} SampleSession;

static const SampleSession sessions[] = {
  { "2026-08-04T10:00:00+02:00", 45, AC_PRESSURE_LIGHT, FALSE, { 1, 2, 1, 0, -1 } },
  { "2026-08-13T18:30:00+02:00", 60, AC_PRESSURE_MODERATE, FALSE, { 2, 4, 2, 1, -1 } },
  { "2026-08-25T18:30:00+02:00", 60, AC_PRESSURE_DEEP, FALSE, { 3, 6, 4, 2, 1, -1 } },
  { "2026-09-03T10:00:00+02:00", 45, AC_PRESSURE_LIGHT, FALSE, { 1, 1, 0, -1 } },
  { "2026-09-15T18:30:00+02:00", 60, AC_PRESSURE_MODERATE, FALSE, { 2, 3, 2, 1, -1 } },
  { "2026-09-24T17:00:00+02:00", 90, AC_PRESSURE_DEEP, FALSE, { 4, 6, 3, 2, 1, -1 } },
  { "2026-10-06T18:30:00+02:00", 60, AC_PRESSURE_MODERATE, FALSE, { 2, 4, 3, 1, -1 } },
  { "2026-10-15T10:00:00+02:00", 45, AC_PRESSURE_LIGHT, FALSE, { 1, 2, 1, 0, -1 } },
  { "2026-10-27T18:30:00+01:00", 60, AC_PRESSURE_DEEP, FALSE, { 3, 7, 6, 5, 4, 3, 2, 1 } },
  { "2026-11-05T18:30:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE, { 2, 3, 2, 1, -1 } },
  { "2026-11-13T10:00:00+01:00", 45, AC_PRESSURE_LIGHT, FALSE, { 0, 1, 1, -1 } },
  { "2026-11-19T18:30:00+01:00", 60, AC_PRESSURE_DEEP, FALSE, { 3, 6, 5, 4, -1 } },
  { "2026-11-26T18:30:00+01:00", 60, AC_PRESSURE_MODERATE, TRUE, { -1 } },
};

void
ac_sample_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, AC_SAMPLE_DAY, AC_SAMPLE_MONTH, AC_SAMPLE_YEAR);
}

/* Returns: (transfer full): the sample journal */
AcJournal *
ac_sample_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (sessions[i].start, NULL);
      g_autoptr(AcSession) session = ac_session_new (start, sessions[i].minutes, sessions[i].pressure);
      g_autoptr(GError) error = NULL;
      GDate day;

      ac_session_set_purpose (session, AC_PURPOSE_SPORT);
      ac_session_set_therapist (session, "Ana");
      ac_session_set_areas (session, AC_AREA_NECK | AC_AREA_SHOULDERS | AC_AREA_UPPER_BACK);
      ac_session_set_planned (session, sessions[i].planned);
      g_assert_true (ac_journal_add_session (journal, session, &error));
      g_assert_no_error (error);

      ac_session_get_local_date (session, &day);
      for (guint d = 0; d < G_N_ELEMENTS (sessions[i].soreness) && sessions[i].soreness[d] >= 0; d++)
        {
          g_autoptr(AcCheckin) checkin = NULL;
          GDate date = day;

          g_date_add_days (&date, d);
          checkin = ac_checkin_new (&date, sessions[i].soreness[d]);
          ac_checkin_set_areas (checkin, AC_AREA_NECK | AC_AREA_SHOULDERS);
          /* The red flag: bruising, two days after the last deep session. */
          if (g_date_get_month (&date) == 11 && g_date_get_day (&date) == 21)
            ac_checkin_set_symptoms (checkin, AC_SYMPTOM_BRUISING);
          g_assert_true (ac_journal_add_checkin (journal, checkin, &error));
          g_assert_no_error (error);
        }
    }

  return journal;
}
