/* ac-usual-start.c — the time of day a person's sessions usually start
 *
 * A new session's form starts at this time, so that logging the weekly
 * 18:30 massage is a matter of picking the day.
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-usual-start"

#include "config.h"

#include <stdlib.h>

#include "ac-session.h"
#include "ac-usual-start.h"

/* The latest sessions say what is usual now; three make a habit. */
#define RECENT_SESSIONS 10
#define HABIT_SESSIONS  3
#define ROUND_MINUTES   15

static int
compare_ints (const void *a,
              const void *b)
{
  return *(const int *) a - *(const int *) b;
}

/**
 * ac_usual_start_time:
 * @hour: (out): the hour, 0–23
 * @minute: (out): the minute, a multiple of 15
 *
 * The middle start time, on the clock of the place each session was in,
 * of the latest ten sessions (done or planned), to the nearest quarter
 * of an hour.
 *
 * Returns: %TRUE if the journal has at least three sessions; else %FALSE
 *   and @hour and @minute are left alone
 */
gboolean
ac_usual_start_time (AcJournal *journal,
                     int       *hour,
                     int       *minute)
{
  GListModel *sessions;
  guint n_sessions, n = 0;
  int times[RECENT_SESSIONS];
  int middle;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  /* The journal's sessions are in order of their start. */
  sessions = ac_journal_get_sessions (journal);
  n_sessions = g_list_model_get_n_items (sessions);
  for (guint i = n_sessions; i > 0 && n < RECENT_SESSIONS; i--)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i - 1);
      GDateTime *start = ac_session_get_start (session);

      times[n++] = g_date_time_get_hour (start) * 60 + g_date_time_get_minute (start);
    }

  if (n < HABIT_SESSIONS)
    return FALSE;

  qsort (times, n, sizeof times[0], compare_ints);
  middle = times[n / 2];
  if (n % 2 == 0)
    middle = (times[n / 2 - 1] + times[n / 2]) / 2;

  middle = (middle + ROUND_MINUTES / 2) / ROUND_MINUTES * ROUND_MINUTES;
  if (middle >= 24 * 60)
    middle -= ROUND_MINUTES;

  *hour = middle / 60;
  *minute = middle % 60;
  return TRUE;
}
