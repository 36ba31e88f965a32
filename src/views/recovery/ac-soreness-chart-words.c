/* ac-soreness-chart-words.c — the soreness chart in words: the summary
 * for screen readers, and the read-out of a day or of a band
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart-words"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ac-chart-common-private.h"
#include "ac-soreness-chart-private.h"

/* Every sentence the chart speaks, shown (the summary under it, the
 * read-out) and told (its accessible name and description): plain words
 * and the person's own numbers, "middle" for a median. */

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* "3", or "2.5" */
static char *
format_value (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* "3 Nov", or "3 Nov 2025" in another year than today's. */
static char *
short_date (guint32 julian,
            guint32 today)
{
  GDate date, now;

  set_julian (&date, julian);
  set_julian (&now, today);
  if (g_date_get_year (&date) == g_date_get_year (&now))
    /* Translators: a day in the chart's summary, this year; see
     * g_date_time_format() */
    return _ac_chart_format_date (&date, C_("chart summary date", "%-d %b"));

  /* Translators: a day in the chart's summary, another year */
  return _ac_chart_format_date (&date, C_("chart summary date", "%-d %b %Y"));
}

static char *
period_text (AcChartData *data)
{
  g_autofree char *first = short_date (data->first, data->today);
  g_autofree char *last = NULL;

  if (data->anchored)
    {
      GDate end;

      set_julian (&end, data->last);
      last = _ac_chart_format_date (&end, C_("chart summary date", "%-d %b %Y"));
      /* Translators: the start of the chart's summary, for a range
       * scrolled to a day: "Soreness from 1 Oct to 31 Dec 2026" */
      return g_strdup_printf (_("Soreness from %s to %s"), first, last);
    }

  switch (data->range)
    {
    case AC_CHART_RANGE_4_WEEKS:
      return g_strdup (_("Soreness over the last 4 weeks"));
    case AC_CHART_RANGE_3_MONTHS:
      return g_strdup (_("Soreness over the last 3 months"));
    case AC_CHART_RANGE_YEAR:
      return g_strdup (_("Soreness over the last year"));
    case AC_CHART_RANGE_ALL:
    default:
      /* Translators: the start of the chart's summary for the whole
       * journal; %s is its first day */
      return g_strdup_printf (_("Soreness since %s"), first);
    }
}

static const char *
mostly_text (AcSorenessBand band)
{
  switch (band)
    {
    case AC_SORENESS_NONE:     return _("mostly no soreness");
    case AC_SORENESS_MILD:     return _("mostly mild");
    case AC_SORENESS_MODERATE: return _("mostly moderate");
    case AC_SORENESS_SEVERE:
    default:                   return _("mostly severe");
    }
}

/* "Soreness over the last 3 months: 12 check-ins, highest 6 on 3 Nov,
 * mostly mild; 5 sessions." */
char *
_ac_chart_data_summarize (AcChartData *data)
{
  g_autofree char *period = period_text (data);
  g_autofree char *checkins = NULL;
  g_autofree char *sessions = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint bands[4] = { 0 };
  guint32 until = MIN (data->last, data->today);
  guint32 highest_day = 0;
  int highest = -1;
  guint mostly = AC_SORENESS_NONE;

  data->n_checkins = data->n_red_flags = 0;

  for (guint32 d = data->first; d <= until; d++)
    {
      const AcChartDay *day = &g_array_index (data->days, AcChartDay, d - data->first);

      if (day->soreness < 0)
        continue;
      data->n_checkins++;
      bands[ac_soreness_band_for_value (day->soreness)]++;
      if (day->symptoms != 0)
        data->n_red_flags++;
      /* The latest day at the highest soreness. */
      if (day->soreness >= highest)
        {
          highest = day->soreness;
          highest_day = d;
        }
    }

  /* A tie goes to the higher band. */
  for (guint b = AC_SORENESS_NONE; b <= AC_SORENESS_SEVERE; b++)
    if (bands[b] > 0 && bands[b] >= bands[mostly])
      mostly = b;

  if (data->n_checkins == 0)
    checkins = g_strdup (_("no check-ins"));
  else
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u check-in", "%u check-ins", data->n_checkins),
                                                data->n_checkins);
      g_autofree char *when = short_date (highest_day, data->today);
      g_autofree char *peak = g_strdup_printf (_("highest %d on %s"), highest, when);

      /* Translators: check-ins in the chart's summary: "12 check-ins,
       * highest 6 on 3 Nov, mostly mild" */
      checkins = g_strdup_printf (_("%s, %s, %s"), count, peak, mostly_text (mostly));
    }

  if (data->n_sessions == 0 && data->n_planned == 0)
    sessions = g_strdup (_("no sessions"));
  else if (data->n_planned == 0)
    sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", data->n_sessions), data->n_sessions);
  else
    {
      g_autofree char *done = g_strdup_printf (ngettext ("%u session", "%u sessions", data->n_sessions),
                                               data->n_sessions);

      /* Translators: sessions in the chart's summary: "5 sessions, 1 planned" */
      sessions = g_strdup_printf (ngettext ("%s, %u planned", "%s, %u planned", data->n_planned),
                                  done, data->n_planned);
    }

  /* Translators: the chart's summary: the period, the check-ins, the
   * sessions */
  g_string_printf (text, _("%s: %s; %s"), period, checkins, sessions);
  if (data->n_red_flags > 0)
    {
      g_string_append (text, _("; "));
      g_string_append_printf (text, ngettext ("%u check-in with a warning symptom",
                                              "%u check-ins with a warning symptom",
                                              data->n_red_flags),
                              data->n_red_flags);
    }
  g_string_append (text, _("."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
session_text (AcSession *session,
              gboolean   done)
{
  int minutes = ac_session_get_minutes (session);
  const char *pressure = ac_pressure_get_label (ac_session_get_pressure (session));

  if (done)
    /* Translators: a session in a day's read-out: "Session: Deep, 60 minutes" */
    return g_strdup_printf (ngettext ("Session: %s, %d minute", "Session: %s, %d minutes", minutes),
                            pressure, minutes);

  /* Translators: a planned session in a day's read-out */
  return g_strdup_printf (ngettext ("Planned session: %s, %d minute", "Planned session: %s, %d minutes", minutes),
                          pressure, minutes);
}

/* The latest done session in the 7 days before @julian, as "2 days after
 * a session (Deep pressure)". */
static char *
after_text (AcJournal *journal,
            guint32    julian,
            guint32    today)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint index = _ac_chart_data_find_session (sessions, julian);

  while (index-- > 0)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, index);
      guint32 day = _ac_chart_data_session_day (session);
      guint d = julian - day;

      if (d > 7)
        break;
      if (d == 0 || ac_session_get_planned (session) || day > today)
        continue;

      /* Translators: in a day's read-out, the latest session before it */
      return g_strdup_printf (ngettext ("%u day after a session (%s pressure)",
                                        "%u days after a session (%s pressure)", d),
                              d, ac_pressure_get_label (ac_session_get_pressure (session)));
    }

  return NULL;
}

/* Whether @checkin, on @julian, is in other areas than the latest done
 * session before it worked, within the 7 days the read-out names it: the
 * model did not count it in that session's recovery. */
static gboolean
is_elsewhere (AcRecovery *recovery,
              AcCheckin  *checkin,
              guint32     julian)
{
  const AcRecoveryPoint *points;
  guint index, n_points;
  GDate date, session_date;

  if (recovery == NULL)
    return FALSE;

  set_julian (&date, julian);
  if (!ac_recovery_find_session_for_date (recovery, &date, &index))
    return FALSE;
  ac_recovery_get_session_date (recovery, index, &session_date);
  if (julian - g_date_get_julian (&session_date) > 7)
    return FALSE;

  points = ac_recovery_get_points (recovery, index, &n_points);
  for (guint i = 0; i < n_points; i++)
    if (points[i].checkin == checkin)
      return FALSE;

  return TRUE;
}

/* @title, then the parts: a line each, or after a colon. */
static char *
join_parts (const char *title,
            GPtrArray  *parts,
            gboolean    multiline)
{
  GString *text = g_string_new (title);

  for (guint i = 0; i < parts->len; i++)
    {
      if (multiline)
        g_string_append_c (text, '\n');
      else
        /* Translators: between the parts of a day's read-out */
        g_string_append (text, i == 0 ? _(": ") : _("; "));
      g_string_append (text, g_ptr_array_index (parts, i));
    }

  return g_string_free (text, FALSE);
}

static void
add_stress_sleep (GPtrArray *parts,
                  double     stress,
                  double     sleep)
{
  if (stress >= 0)
    {
      g_autofree char *value = format_value (stress);

      /* Translators: stress in a read-out of the chart, 0–10 */
      g_ptr_array_add (parts, g_strdup_printf (_("Stress %s"), value));
    }
  if (sleep >= 0)
    {
      g_autofree char *value = format_value (sleep);

      /* Translators: how well the person slept, in a read-out, 0–10 */
      g_ptr_array_add (parts, g_strdup_printf (_("Sleep %s"), value));
    }
}

/**
 * _ac_chart_data_describe_day:
 * @journal: (nullable): the journal the data was made from
 * @recovery: (nullable): its recovery analysis, which says whether the
 *   day's soreness counts in a session's recovery
 * @julian: a day
 * @stress_sleep: whether to tell the day's stress and sleep
 * @multiline: a line for each part (a tooltip), or one line (the read-out
 *   that is shown and announced)
 *
 * Returns: (transfer full): the day's values in words: its date, soreness,
 *   sessions and warning symptoms
 */
char *
_ac_chart_data_describe_day (AcChartData *data,
                             AcJournal   *journal,
                             AcRecovery  *recovery,
                             guint32      julian,
                             gboolean     stress_sleep,
                             gboolean     multiline)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *day_text = NULL;
  AcCheckin *checkin = NULL;
  GDate date;

  set_julian (&date, julian);
  /* Translators: the day of a read-out of the chart; see
   * g_date_time_format() */
  day_text = _ac_chart_format_date (&date, C_("chart read-out date", "%A %-d %B %Y"));

  if (journal != NULL)
    checkin = ac_journal_lookup_checkin_for_date (journal, &date);

  if (checkin != NULL)
    {
      int soreness = ac_checkin_get_soreness (checkin);
      AcSymptom symptoms = ac_checkin_get_symptoms (checkin);

      /* Translators: a day's soreness and its band: "Soreness 6 (Moderate)" */
      g_ptr_array_add (parts, g_strdup_printf (_("Soreness %d (%s)"), soreness,
                                               ac_soreness_band_get_label (ac_soreness_band_for_value (soreness))));
      for (guint bit = 1; bit <= AC_SYMPTOM_BRUISING; bit <<= 1)
        if (symptoms & bit)
          /* Translators: a red-flag symptom noted in a check-in */
          g_ptr_array_add (parts, g_strdup_printf (_("Warning symptom: %s"), ac_symptom_get_label (bit)));
      if (stress_sleep)
        add_stress_sleep (parts, ac_checkin_get_stress (checkin), ac_checkin_get_sleep (checkin));
    }
  else
    g_ptr_array_add (parts, g_strdup (_("No check-in")));

  if (journal != NULL)
    {
      GListModel *sessions = ac_journal_get_sessions (journal);
      guint n = g_list_model_get_n_items (sessions);
      gboolean any = FALSE;

      for (guint i = _ac_chart_data_find_session (sessions, julian); i < n; i++)
        {
          g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
          guint32 day = _ac_chart_data_session_day (session);

          if (day != julian)
            break;
          g_ptr_array_add (parts, session_text (session, !ac_session_get_planned (session) && day <= data->today));
          any = TRUE;
        }

      if (!any)
        {
          char *after = after_text (journal, julian, data->today);

          if (after != NULL)
            g_ptr_array_add (parts, after);
        }
    }

  if (checkin != NULL && is_elsewhere (recovery, checkin, julian))
    /* Translators: in a day's read-out, soreness in areas the session
     * before did not work (GUIDANCE.md: it is not the session's) */
    g_ptr_array_add (parts, g_strdup (_("Sore in other areas than the session worked: "
                                        "not counted in its recovery")));

  return join_parts (day_text, parts, multiline);
}

/* "Week of 3 November 2025", "November 2025", "October to December
 * 2025", "2025": the band's calendar period, though the window may cut
 * it short. */
static char *
band_title (AcChartBand band,
            guint32     julian)
{
  guint32 start = _ac_soreness_chart_band_start (band, julian);
  g_autofree char *text = NULL;
  GDate date, end;

  set_julian (&date, start);
  switch (band)
    {
    case AC_CHART_BAND_WEEK:
      /* Translators: the Monday a week of the chart starts on; see
       * g_date_time_format() */
      text = _ac_chart_format_date (&date, C_("chart band", "%-d %B %Y"));
      /* Translators: a week of the chart: "Week of 3 November 2025" */
      return g_strdup_printf (_("Week of %s"), text);

    case AC_CHART_BAND_MONTH:
      /* Translators: a month of the chart: "November 2025" */
      return _ac_chart_format_date (&date, C_("chart band", "%B %Y"));

    case AC_CHART_BAND_QUARTER:
      {
        g_autofree char *first = NULL;

        set_julian (&end, _ac_soreness_chart_band_next (band, start) - 1);
        /* Translators: the first month of three in "October to December 2025" */
        first = _ac_chart_format_date (&date, C_("chart band", "%B"));
        /* Translators: the last month of three, with the year */
        text = _ac_chart_format_date (&end, C_("chart band", "%B %Y"));
        /* Translators: three months of the chart: "October to December 2025" */
        return g_strdup_printf (_("%s to %s"), first, text);
      }

    case AC_CHART_BAND_YEAR:
    case AC_CHART_BAND_DAY:
    default:
      /* Translators: a year of the chart */
      return _ac_chart_format_date (&date, C_("chart band", "%Y"));
    }
}

/**
 * _ac_chart_describe_band:
 * @band: what the column holds: a week, month, quarter or year
 * @column: the column
 * @stress_sleep: whether to tell the middle stress and sleep
 * @multiline: a line for each part, or one line
 *
 * Returns: (transfer full): the band's check-ins in words: "Week of 3
 *   November 2025: soreness middle 3, from 1 to 5, in 4 check-ins; 2
 *   sessions"
 */
char *
_ac_chart_describe_band (AcChartBand          band,
                         const AcChartColumn *column,
                         gboolean             stress_sleep,
                         gboolean             multiline)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = band_title (band, column->first);

  if (column->n_checkins == 0)
    g_ptr_array_add (parts, g_strdup (_("No check-ins")));
  else if (column->low == column->high)
    /* Translators: a band of the chart whose check-ins all say the same:
     * "soreness 3 in 4 check-ins" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("Soreness %d in %u check-in",
                                                       "Soreness %d in %u check-ins", column->n_checkins),
                                             column->low, column->n_checkins));
  else
    {
      g_autofree char *middle = format_value (column->soreness);

      /* Translators: a band of the chart: its check-ins' middle value
       * (the median), lowest and highest: "Soreness usually around 3,
       * from 1 to 5, in 4 check-ins" */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("Soreness usually around %s, from %d to %d, in %u check-in",
                                                         "Soreness usually around %s, from %d to %d, in %u check-ins",
                                                         column->n_checkins),
                                               middle, column->low, column->high, column->n_checkins));
    }

  if (column->n_red_flags > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u check-in with a warning symptom",
                                                       "%u check-ins with a warning symptom",
                                                       column->n_red_flags),
                                             column->n_red_flags));
  if (stress_sleep)
    {
      if (column->stress >= 0)
        {
          g_autofree char *value = format_value (column->stress);

          /* Translators: the middle stress of a band of the chart */
          g_ptr_array_add (parts, g_strdup_printf (_("Stress usually around %s"), value));
        }
      if (column->sleep >= 0)
        {
          g_autofree char *value = format_value (column->sleep);

          /* Translators: the middle sleep rating of a band of the chart */
          g_ptr_array_add (parts, g_strdup_printf (_("Sleep usually around %s"), value));
        }
    }

  if (column->n_sessions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u session", "%u sessions", column->n_sessions),
                                             column->n_sessions));

  return join_parts (title, parts, multiline);
}

/**
 * _ac_chart_band_sentence:
 *
 * Returns: (transfer full) (nullable): how the chart draws its bands, for
 *   the summary; %NULL for a column a day
 */
char *
_ac_chart_band_sentence (AcChartBand band)
{
  switch (band)
    {
    case AC_CHART_BAND_WEEK:
      return g_strdup (_("Shown by week: the middle value of each week's check-ins, and their range "
                         "from lowest to highest."));
    case AC_CHART_BAND_MONTH:
      return g_strdup (_("Shown by month: the middle value of each month's check-ins, and their range "
                         "from lowest to highest."));
    case AC_CHART_BAND_QUARTER:
      return g_strdup (_("Shown by three months: the middle value of their check-ins, and their range "
                         "from lowest to highest."));
    case AC_CHART_BAND_YEAR:
      return g_strdup (_("Shown by year: the middle value of each year's check-ins, and their range "
                         "from lowest to highest."));
    case AC_CHART_BAND_DAY:
    default:
      return NULL;
    }
}

/**
 * _ac_chart_stress_sleep_sentence:
 *
 * Returns: (transfer full): the window's stress and sleep, for the
 *   summary while the chart shows them
 */
char *
_ac_chart_stress_sleep_sentence (AcChartData *data)
{
  g_autofree char *stress_middle = format_value (data->stress);
  g_autofree char *sleep_middle = format_value (data->sleep);
  g_autofree char *stress = NULL;
  g_autofree char *sleep = NULL;

  if (data->n_stress == 0 && data->n_sleep == 0)
    return g_strdup (_("No stress or sleep recorded in this period."));

  stress = data->n_stress == 0
    ? g_strdup (_("no stress recorded"))
    /* Translators: in the chart's summary: "stress on 12 days, usually
     * around 4" (the middle value) */
    : g_strdup_printf (ngettext ("stress on %u day, usually around %s", "stress on %u days, usually around %s",
                                 data->n_stress),
                       data->n_stress, stress_middle);
  sleep = data->n_sleep == 0
    ? g_strdup (_("no sleep recorded"))
    /* Translators: in the chart's summary: "sleep on 12 days, usually
     * around 6" (the middle value) */
    : g_strdup_printf (ngettext ("sleep on %u day, usually around %s", "sleep on %u days, usually around %s",
                                 data->n_sleep),
                       data->n_sleep, sleep_middle);

  /* Translators: the end of the chart's summary while stress and sleep
   * are shown: "Also shown: stress on 12 days, usually around 4; sleep
   * on 12 days, usually around 6." */
  return g_strdup_printf (_("Also shown: %s; %s."), stress, sleep);
}
