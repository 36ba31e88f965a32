/* ac-soreness-chart-data.c — the days the soreness chart shows, and their
 * words: the summary for screen readers and each day's read-out
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
 * planned soon so that it shows; a range centred on a month shows whole
 * months around it. The journal's lists are sorted, so the window's
 * records are found by binary search and walked once: a year of the heavy
 * journal is 730 records, its whole 30 years 22,000. */

/* How far past today a range reaches to show planned sessions. */
static const guint future_days[] = { 7, 14, 31, 31 };

static guint32
julian_of (const GDate *date)
{
  return g_date_get_julian (date);
}

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

static guint32
session_day (AcSession *session)
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
static guint
find_session (GListModel *sessions,
              guint32     julian)
{
  guint lo = 0, hi = g_list_model_get_n_items (sessions);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, mid);

      if (session_day (session) < julian)
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

/* The first day of the month of @julian, moved by @months. */
static guint32
month_start (guint32 julian,
             int     months)
{
  GDate date;

  set_julian (&date, julian);
  g_date_set_day (&date, 1);
  if (months > 0)
    g_date_add_months (&date, months);
  else if (months < 0)
    g_date_subtract_months (&date, -months);

  return julian_of (&date);
}

/* Whether a planned (or not yet done) session falls in (today, until]. */
static gboolean
has_session_ahead (GListModel *sessions,
                   guint32     today,
                   guint32     until)
{
  guint index = find_session (sessions, today + 1);
  g_autoptr(AcSession) session = NULL;

  if (index >= g_list_model_get_n_items (sessions))
    return FALSE;

  session = g_list_model_get_item (sessions, index);
  return session_day (session) <= until;
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
      /* From the first record, four weeks at least. */
      data->first = data->today - 27;
      if (sessions != NULL && g_list_model_get_n_items (sessions) > 0)
        {
          g_autoptr(AcSession) first = g_list_model_get_item (sessions, 0);
          g_autoptr(AcSession) last = g_list_model_get_item (sessions, g_list_model_get_n_items (sessions) - 1);

          data->first = MIN (data->first, session_day (first));
          data->last = MAX (data->last, MIN (session_day (last), data->today + 366));
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

/* Whole months around the anchor's: the month itself for 4 weeks, the
 * months before and after for 3, twelve for a year. A window that would
 * reach past the default one is the default one, unless the month itself
 * is later. */
static void
anchored_window (AcChartData *data,
                 const GDate *anchor)
{
  static const int before[] = { 0, 1, 6 };
  static const int after[] = { 0, 1, 5 };
  guint32 day = julian_of (anchor);
  guint32 first = month_start (day, -before[data->range]);
  guint32 last = month_start (day, after[data->range] + 1) - 1;

  if (last > data->last && month_start (day, 0) <= data->last)
    return;

  data->first = first;
  data->last = last;
  data->anchored = TRUE;
}

static void
collect (AcChartData *data,
         AcJournal   *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  GListModel *checkins = ac_journal_get_checkins (journal);
  guint n_sessions = g_list_model_get_n_items (sessions);
  guint n_checkins = g_list_model_get_n_items (checkins);

  /* From two days earlier: their recovery windows reach into the range. */
  for (guint i = find_session (sessions, data->first - 2); i < n_sessions; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      guint32 day = session_day (session);
      guint bit = 1u << ac_session_get_pressure (session);
      gboolean done = session_is_done (session, day, data->today);

      if (day > data->last)
        break;

      if (done)
        {
          for (guint32 d = MAX (day, data->first); d <= MIN (day + 2, data->last); d++)
            g_array_index (data->days, AcChartDay, d - data->first).recovering = TRUE;
        }

      if (day < data->first)
        continue;

      {
        AcChartDay *chart_day = &g_array_index (data->days, AcChartDay, day - data->first);

        if (chart_day->n_sessions < G_MAXUINT8)
          chart_day->n_sessions++;
        if (done)
          {
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
      chart_day->symptoms = ac_checkin_get_symptoms (checkin);
    }
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
       * around a month: "Soreness from 1 Oct to 31 Oct 2026" */
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
static char *
summarize (AcChartData *data)
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

/**
 * _ac_chart_data_new:
 * @journal: (nullable): the journal
 * @today: the day the chart treats as today
 * @range: how much to show
 * @anchor: (nullable): a day whose month the range is centred on, or
 *   %NULL for a range that ends today
 *
 * Returns: (transfer full): the chart's days and summary
 */
AcChartData *
_ac_chart_data_new (AcJournal    *journal,
                    const GDate  *today,
                    AcChartRange  range,
                    const GDate  *anchor)
{
  AcChartData *data = g_new0 (AcChartData, 1);
  const AcChartDay empty = { .soreness = -1 };

  g_assert (today != NULL && g_date_valid (today));
  g_assert (range <= AC_CHART_RANGE_ALL);

  data->today = julian_of (today);
  data->range = range;
  default_window (data, journal, today);
  if (anchor != NULL && g_date_valid (anchor) && range != AC_CHART_RANGE_ALL)
    anchored_window (data, anchor);

  data->days = g_array_sized_new (FALSE, FALSE, sizeof (AcChartDay), data->last - data->first + 1);
  for (guint32 d = data->first; d <= data->last; d++)
    g_array_append_val (data->days, empty);

  if (journal != NULL)
    collect (data, journal);

  if (journal == NULL || ac_journal_is_empty (journal))
    data->summary = g_strdup (_("No soreness to show yet: check in after your sessions."));
  else
    data->summary = summarize (data);

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
  guint index = find_session (sessions, julian);

  while (index-- > 0)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, index);
      guint32 day = session_day (session);
      guint d = julian - day;

      if (d > 7)
        break;
      if (d == 0 || !session_is_done (session, day, today))
        continue;

      /* Translators: in a day's read-out, the latest session before it */
      return g_strdup_printf (ngettext ("%u day after a session (%s pressure)",
                                        "%u days after a session (%s pressure)", d),
                              d, ac_pressure_get_label (ac_session_get_pressure (session)));
    }

  return NULL;
}

/**
 * _ac_chart_data_describe_day:
 * @journal: (nullable): the journal the data was made from
 * @julian: a day
 * @multiline: a line for each part (a tooltip), or one line (the read-out
 *   that is shown and announced)
 *
 * Returns: (transfer full): the day's values in words: its date, soreness,
 *   sessions and warning symptoms
 */
char *
_ac_chart_data_describe_day (AcChartData *data,
                             AcJournal   *journal,
                             guint32      julian,
                             gboolean     multiline)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = NULL;
  g_autofree char *day_text = NULL;
  AcCheckin *checkin = NULL;
  GDate date;

  set_julian (&date, julian);
  /* Translators: the day of a read-out of the chart; see
   * g_date_time_format() */
  day_text = _ac_chart_format_date (&date, C_("chart read-out date", "%A %-d %B %Y"));
  text = g_string_new (day_text);

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
    }
  else
    g_ptr_array_add (parts, g_strdup (_("No check-in")));

  if (journal != NULL)
    {
      GListModel *sessions = ac_journal_get_sessions (journal);
      guint n = g_list_model_get_n_items (sessions);
      gboolean any = FALSE;

      for (guint i = find_session (sessions, julian); i < n; i++)
        {
          g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
          guint32 day = session_day (session);

          if (day != julian)
            break;
          g_ptr_array_add (parts, session_text (session, session_is_done (session, day, data->today)));
          any = TRUE;
        }

      if (!any)
        {
          char *after = after_text (journal, julian, data->today);

          if (after != NULL)
            g_ptr_array_add (parts, after);
        }
    }

  for (guint i = 0; i < parts->len; i++)
    {
      if (multiline)
        g_string_append_c (text, '\n');
      else
        /* Translators: between the parts of a day's read-out */
        g_string_append (text, i == 0 ? _(": ") : _("; "));
      g_string_append (text, g_ptr_array_index (parts, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
