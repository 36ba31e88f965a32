/* ac-soreness-chart-data.c — the days the soreness chart shows
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart-data"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-chart-common-private.h"
#include "ac-soreness-chart-private.h"

/* The window: the range ends today, or a few days later when a session is
 * planned soon so that it shows; scrolled to show a day (the calendar's),
 * it keeps the range's length with the day in its middle. The journal's
 * lists are sorted, so the window's records are found by binary search
 * and walked once: a year of the heavy journal is 730 records, its whole
 * 30 years 22,000.
 *
 * The shading after a done session covers the days its soreness lasted:
 * until it was back to normal, as the model reads that from the check-ins
 * attributed to the session (GUIDANCE.md: soreness in areas the session
 * did not work is not the session's); while that is not known, the usual
 * 2–3 days, or up to its latest attributed check-in if that is later. */

/* How far past today a range reaches to show planned sessions. */
static const guint future_days[] = { 7, 14, 31, 31 };

/* GUIDANCE.md's usual 2–3 days: d 0–2 are shaded, the soreness gone by d 3. */
#define USUAL_RECOVERY_DAYS 3

/* The latest a session's shading can reach: its last attributed check-in,
 * at d 14 at most (GUIDANCE.md, "Attributed"). */
#define MAX_SHADED_DAYS 15

static guint32
julian_of (const GDate *date)
{
  return g_date_get_julian (date);
}

guint32
_ac_chart_data_session_day (AcSession *session)
{
  GDate date;

  ac_session_get_local_date (session, &date);
  return julian_of (&date);
}

static gboolean
session_is_done (AcSession *session,
                 guint32    day,
                 guint32    today)
{
  return !ac_session_get_planned (session) && day <= today;
}

/* The first session whose local date is on or after @julian. */
guint
_ac_chart_data_find_session (GListModel *sessions,
                             guint32     julian)
{
  guint lo = 0, hi = g_list_model_get_n_items (sessions);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, mid);

      if (_ac_chart_data_session_day (session) < julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The first check-in on or after @julian. */
static guint
find_checkin (GListModel *checkins,
              guint32     julian)
{
  guint lo = 0, hi = g_list_model_get_n_items (checkins);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, mid);

      if (ac_checkin_get_julian (checkin) < julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Whether a planned (or not yet done) session falls in (today, until]. */
static gboolean
has_session_ahead (GListModel *sessions,
                   guint32     today,
                   guint32     until)
{
  guint index = _ac_chart_data_find_session (sessions, today + 1);
  g_autoptr(AcSession) session = NULL;

  if (index >= g_list_model_get_n_items (sessions))
    return FALSE;

  session = g_list_model_get_item (sessions, index);
  return _ac_chart_data_session_day (session) <= until;
}

static void
default_window (AcChartData *data,
                AcJournal   *journal,
                const GDate *today)
{
  GListModel *sessions = journal ? ac_journal_get_sessions (journal) : NULL;
  GListModel *checkins = journal ? ac_journal_get_checkins (journal) : NULL;
  GDate date = *today;

  data->last = data->today;
  switch (data->range)
    {
    case AC_CHART_RANGE_4_WEEKS:
      data->first = data->today - 27;
      break;

    case AC_CHART_RANGE_3_MONTHS:
      g_date_subtract_months (&date, 3);
      data->first = julian_of (&date) + 1;
      break;

    case AC_CHART_RANGE_YEAR:
      g_date_subtract_years (&date, 1);
      data->first = julian_of (&date) + 1;
      break;

    case AC_CHART_RANGE_ALL:
    default:
      /* From the first record, two weeks at least: a first week fills
       * half the chart. */
      data->first = data->today - 13;
      if (sessions != NULL && g_list_model_get_n_items (sessions) > 0)
        {
          g_autoptr(AcSession) first = g_list_model_get_item (sessions, 0);
          g_autoptr(AcSession) last = g_list_model_get_item (sessions, g_list_model_get_n_items (sessions) - 1);

          data->first = MIN (data->first, _ac_chart_data_session_day (first));
          data->last = MAX (data->last, MIN (_ac_chart_data_session_day (last), data->today + 366));
        }
      if (checkins != NULL && g_list_model_get_n_items (checkins) > 0)
        {
          g_autoptr(AcCheckin) first = g_list_model_get_item (checkins, 0);
          g_autoptr(AcCheckin) last = g_list_model_get_item (checkins, g_list_model_get_n_items (checkins) - 1);

          data->first = MIN (data->first, ac_checkin_get_julian (first));
          data->last = MAX (data->last, MIN (ac_checkin_get_julian (last), data->today + 366));
        }
      break;
    }

  if (data->last == data->today && sessions != NULL &&
      has_session_ahead (sessions, data->today, data->today + future_days[data->range]))
    data->last = data->today + future_days[data->range];
}

/* The range's length, scrolled to show @anchor in its middle; a window
 * that would reach the latest days is the default one, which shows them. */
static void
scrolled_window (AcChartData *data,
                 const GDate *anchor)
{
  guint32 day = julian_of (anchor);
  guint32 length = data->today - data->first + 1;
  guint32 first, last;

  if (day >= data->first && day <= data->last)
    return;

  first = day - length / 2;
  last = first + length - 1;
  if (day < data->first && last >= data->today)
    return;

  data->first = first;
  data->last = last;
  data->anchored = TRUE;
}

/* How many days from a done session are shaded: until it was back to
 * normal, when that is known. */
static guint
shaded_days (AcRecovery *recovery,
             AcSession  *session)
{
  const AcRecoveryPoint *points;
  guint index, n_points;
  int days;

  if (recovery == NULL || !ac_recovery_lookup_session (recovery, session, &index))
    return USUAL_RECOVERY_DAYS;

  days = ac_recovery_get_days_to_recover (recovery, index);
  if (days >= 0)
    return MAX (days, 1);

  /* Still sore at its latest check-in, or none yet. */
  points = ac_recovery_get_points (recovery, index, &n_points);
  if (n_points > 0)
    return CLAMP (points[n_points - 1].day + 1, USUAL_RECOVERY_DAYS, MAX_SHADED_DAYS);

  return USUAL_RECOVERY_DAYS;
}

static void
collect (AcChartData *data,
         AcJournal   *journal,
         AcRecovery  *recovery)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  GListModel *checkins = ac_journal_get_checkins (journal);
  guint n_sessions = g_list_model_get_n_items (sessions);
  guint n_checkins = g_list_model_get_n_items (checkins);

  /* From two weeks earlier: their shading can reach into the range. */
  for (guint i = _ac_chart_data_find_session (sessions, data->first - (MAX_SHADED_DAYS - 1)); i < n_sessions; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      guint32 day = _ac_chart_data_session_day (session);
      guint bit = 1u << ac_session_get_pressure (session);
      gboolean done = session_is_done (session, day, data->today);

      if (day > data->last)
        break;

      if (done)
        {
          guint32 until = day + shaded_days (recovery, session) - 1;

          for (guint32 d = MAX (day, data->first); d <= MIN (until, data->last); d++)
            g_array_index (data->days, AcChartDay, d - data->first).recovering = TRUE;
        }

      if (day < data->first)
        continue;

      {
        AcChartDay *chart_day = &g_array_index (data->days, AcChartDay, day - data->first);

        if (done)
          {
            if (chart_day->n_done < G_MAXUINT8)
              chart_day->n_done++;
            chart_day->done |= bit;
            data->n_sessions++;
          }
        else
          {
            chart_day->planned |= bit;
            data->n_planned++;
          }
      }
    }

  for (guint i = find_checkin (checkins, data->first); i < n_checkins; i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      guint32 day = ac_checkin_get_julian (checkin);
      AcChartDay *chart_day;

      if (day > data->last)
        break;

      chart_day = &g_array_index (data->days, AcChartDay, day - data->first);
      chart_day->soreness = ac_checkin_get_soreness (checkin);
      chart_day->stress = ac_checkin_get_stress (checkin);
      chart_day->sleep = ac_checkin_get_sleep (checkin);
      chart_day->symptoms = ac_checkin_get_symptoms (checkin);
    }
}

/**
 * _ac_chart_middle:
 * @counts: (array fixed-size=11): how many values of 0 to 10 there are
 * @n: their sum
 *
 * Returns: the middle value (the median), or -1 for none
 */
double
_ac_chart_middle (const guint *counts,
                  guint        n)
{
  guint lower = (n - 1) / 2, upper = n / 2, seen = 0;
  int below = -1;

  if (n == 0)
    return -1;

  for (int value = 0; value <= 10; value++)
    {
      seen += counts[value];
      if (below < 0 && seen > lower)
        below = value;
      if (seen > upper)
        return (below + value) / 2.0;
    }

  g_return_val_if_reached (-1);
}

/* The window's stress and sleep, up to today: how many, and the middle. */
static void
count_stress_sleep (AcChartData *data)
{
  guint stress[11] = { 0 }, sleep[11] = { 0 };
  guint32 until = MIN (data->last, data->today);

  for (guint32 d = data->first; d <= until; d++)
    {
      const AcChartDay *day = &g_array_index (data->days, AcChartDay, d - data->first);

      if (day->soreness < 0)
        continue;
      if (day->stress >= 0)
        {
          stress[day->stress]++;
          data->n_stress++;
        }
      if (day->sleep >= 0)
        {
          sleep[day->sleep]++;
          data->n_sleep++;
        }
    }

  data->stress = _ac_chart_middle (stress, data->n_stress);
  data->sleep = _ac_chart_middle (sleep, data->n_sleep);
}

/**
 * _ac_chart_data_new:
 * @journal: (nullable): the journal
 * @recovery: (nullable): the journal's recovery analysis, for the
 *   shading after sessions; without it, the usual 2–3 days
 * @today: the day the chart treats as today
 * @range: how much to show
 * @anchor: (nullable): a day the range is scrolled to show, or %NULL for
 *   a range that ends today
 *
 * Returns: (transfer full): the chart's days and summary
 */
AcChartData *
_ac_chart_data_new (AcJournal    *journal,
                    AcRecovery   *recovery,
                    const GDate  *today,
                    AcChartRange  range,
                    const GDate  *anchor)
{
  AcChartData *data = g_new0 (AcChartData, 1);
  const AcChartDay empty = { .soreness = -1, .stress = -1, .sleep = -1 };

  g_assert (today != NULL && g_date_valid (today));
  g_assert (range <= AC_CHART_RANGE_ALL);

  data->today = julian_of (today);
  data->range = range;
  default_window (data, journal, today);
  if (anchor != NULL && g_date_valid (anchor) && range != AC_CHART_RANGE_ALL)
    scrolled_window (data, anchor);

  data->days = g_array_sized_new (FALSE, FALSE, sizeof (AcChartDay), data->last - data->first + 1);
  for (guint32 d = data->first; d <= data->last; d++)
    g_array_append_val (data->days, empty);

  if (journal != NULL)
    collect (data, journal, recovery);
  count_stress_sleep (data);

  if (journal == NULL || ac_journal_is_empty (journal))
    data->summary = g_strdup (_("No soreness to show yet: check in after your sessions."));
  else
    data->summary = _ac_chart_data_summarize (data);

  return data;
}

void
_ac_chart_data_free (AcChartData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->days, g_array_unref);
  g_clear_pointer (&data->summary, g_free);
  g_free (data);
}

