/* ac-insights.c — what the person's own sessions show, and what they cost
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"
#include "ac-insights-private.h"

/* GUIDANCE.md's "Benefits and insights" for a journal on one day: the
 * comparisons (ac-insights-compare.c), the costs (ac-insights-costs.c) and
 * the Recovery view's headline.
 *
 * Everything rests on the recovery analysis (ac-recovery.c), which the
 * advice shares: the done sessions (not planned, on or before today), the
 * baseline, attribution by day and area, peaks as excess at d 0–3 and days
 * until recovered. Stress and sleep are read by date around a session, not
 * by attribution: the check-ins at d −3…−1 and d 1–3, whatever areas they
 * name.
 *
 * The object is immutable: build it once, and share it. */
struct _AcInsights
{
  GObject     parent_instance;

  GDate       today;
  char       *headline;
  GListStore *comparisons;  /* AcComparison, the strongest first */
  GArray     *costs;        /* AcCost, by currency */
};

G_DEFINE_FINAL_TYPE (AcInsights, ac_insights, G_TYPE_OBJECT)

static void
ac_insights_finalize (GObject *object)
{
  AcInsights *self = (AcInsights *)object;

  g_clear_pointer (&self->headline, g_free);
  g_clear_object (&self->comparisons);
  g_clear_pointer (&self->costs, g_array_unref);

  G_OBJECT_CLASS (ac_insights_parent_class)->finalize (object);
}

static void
ac_insights_class_init (AcInsightsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_insights_finalize;
}

static void
ac_insights_init (AcInsights *self)
{
  self->comparisons = g_list_store_new (AC_TYPE_COMPARISON);
  g_date_clear (&self->today, 1);
}

/* The first check-in on or after @day. */
static guint
first_checkin_from (const guint32 *days,
                    guint          n_days,
                    guint32        day)
{
  guint lo = 0, hi = n_days;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Sums of a 0–10 scale on the days before and after a session. */
typedef struct
{
  int   sum[2];
  guint n[2];
} Around;

static void
around_add (Around *around,
            int     side,
            int     value)
{
  if (value < 0)
    return;
  around->sum[side] += value;
  around->n[side]++;
}

/* The mean after minus the mean before, or NAN unless both have one. */
static double
around_change (const Around *around)
{
  if (around->n[0] == 0 || around->n[1] == 0)
    return NAN;
  return (double) around->sum[1] / around->n[1] - (double) around->sum[0] / around->n[0];
}

/* GUIDANCE.md: the mean of the check-ins at d 1–3 minus the mean of those
 * at d −3…−1, by date; d 0 counts on neither side. */
static void
measure_around (AcRecovery       *recovery,
                AcInsightSession *session)
{
  GPtrArray *checkins = _ac_recovery_get_checkins (recovery);
  const guint32 *days = _ac_recovery_get_checkin_days (recovery);
  guint32 day = session->entry->day;
  Around stress = { { 0, 0 }, { 0, 0 } };
  Around sleep = { { 0, 0 }, { 0, 0 } };

  for (guint i = first_checkin_from (days, checkins->len, day - AC_AROUND_DAYS);
       i < checkins->len && days[i] <= day + AC_AROUND_DAYS;
       i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);
      int side;

      if (days[i] == day)
        continue;
      side = days[i] > day ? 1 : 0;
      around_add (&stress, side, ac_checkin_get_stress (checkin));
      around_add (&sleep, side, ac_checkin_get_sleep (checkin));
    }

  session->values[AC_INSIGHT_MEASURE_STRESS_CHANGE] = around_change (&stress);
  session->values[AC_INSIGHT_MEASURE_SLEEP_CHANGE] = around_change (&sleep);
}

static double
known_or_nan (int value)
{
  return value >= 0 ? value : NAN;
}

/* Every done session with its gap and measures. */
static GArray *
measure_sessions (AcRecovery *recovery)
{
  guint n;
  const AcRecoveryEntry *entries = _ac_recovery_get_entries (recovery, &n);
  GArray *sessions = g_array_sized_new (FALSE, FALSE, sizeof (AcInsightSession), n);

  for (guint i = 0; i < n; i++)
    {
      AcInsightSession session;

      session.entry = &entries[i];
      session.gap = i > 0 ? (int) (entries[i].day - entries[i - 1].day) : -1;
      session.values[AC_INSIGHT_MEASURE_PEAK] = known_or_nan (entries[i].peak);
      session.values[AC_INSIGHT_MEASURE_RECOVERY_DAYS] = known_or_nan (entries[i].days_to_recover);
      session.values[AC_INSIGHT_MEASURE_FELT] = known_or_nan (ac_session_get_felt (entries[i].session));
      measure_around (recovery, &session);
      g_array_append_val (sessions, session);
    }

  return sessions;
}

/* "after deep work, 3 days", or the first clause, which says the rest. */
static char *
describe_usual (AcPressure pressure,
                int        days,
                gboolean   first)
{
  const char *word = _ac_pressure_word (pressure);

  if (first && days == 0)
    /* Translators: a pressure: light, moderate, deep */
    return g_strdup_printf (_("After %s work you are usually back to normal the same day"), word);
  if (first)
    /* Translators: a pressure (light, moderate, deep), then days */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "After %s work you are usually back to normal in %d day",
                                         "After %s work you are usually back to normal in %d days",
                                         days),
                            word, days);
  if (days == 0)
    /* Translators: follows "After deep work you are usually back to
     * normal in 3 days"; a pressure */
    return g_strdup_printf (_("after %s work, the same day"), word);
  /* Translators: follows "After deep work you are usually back to normal
   * in 3 days"; a pressure, then days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "after %s work, %d day", "after %s work, %d days", days),
                          word, days);
}

/**
 * ac_insights_describe_headline:
 * @recovery: the journal's recovery analysis
 *
 * GUIDANCE.md's headline, from the usual recovery of each pressure: the
 * median days until recovered over the sessions of that pressure, rounded
 * half up as the advice rounds it, when at least 3 of them have check-ins
 * until recovered; deepest first. The same as ac_insights_get_headline()
 * of the journal on the same day, without the comparisons: for the
 * Recovery view, which has its analysis already.
 *
 * Returns: (transfer full): the headline, translated
 */
char *
ac_insights_describe_headline (AcRecovery *recovery)
{
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (AC_IS_RECOVERY (recovery), NULL);

  for (int p = AC_PRESSURE_DEEP; p >= AC_PRESSURE_LIGHT; p--)
    {
      guint n;
      double median = ac_recovery_get_median_days_to_recover (recovery, p, &n);
      g_autofree char *clause = NULL;

      if (n < AC_INSIGHT_MIN_SESSIONS)
        continue;

      clause = describe_usual (p, _ac_round (median), sentence == NULL);
      if (sentence == NULL)
        sentence = g_steal_pointer (&clause);
      else
        {
          /* Translators: joins two clauses of the headline: "After deep
           * work you are usually back to normal in 3 days" and "after
           * moderate work, 1 day" */
          char *joined = g_strdup_printf (C_("headline", "%s; %s"), sentence, clause);

          g_free (sentence);
          sentence = joined;
        }
    }

  if (sentence == NULL)
    return g_strdup (_("Check in on the days after your sessions: after 3 sessions of one "
                       "pressure, this says how long you usually take to get back to normal."));

  /* Translators: ends the headline's sentence */
  return g_strdup_printf (C_("headline", "%s."), sentence);
}

/**
 * ac_insights_new:
 * @journal: the journal
 * @today: the day the insights are for; later sessions and check-ins are
 *   left out
 *
 * Compares the person's done sessions by pressure, length, therapist, gap
 * and purpose on peak soreness, days to recover, the change in stress and
 * sleep, and how they felt; adds up what they cost, per currency; and says
 * how long the person usually takes to recover (GUIDANCE.md, "Benefits
 * and insights"). O(n log n) in the size of the journal.
 *
 * Returns: (transfer full): the insights
 */
AcInsights *
ac_insights_new (AcJournal   *journal,
                 const GDate *today)
{
  g_autoptr(AcRecovery) recovery = NULL;
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;
  AcInsights *self;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (AC_TYPE_INSIGHTS, NULL);
  self->today = *today;

  recovery = ac_recovery_new (journal, today);
  sessions = measure_sessions (recovery);
  comparisons = _ac_insights_compare ((const AcInsightSession *) (gpointer) sessions->data,
                                      sessions->len);
  g_list_store_splice (self->comparisons, 0, 0, comparisons->pdata, comparisons->len);
  self->costs = _ac_insights_compute_costs (recovery, g_date_get_julian (today));
  self->headline = ac_insights_describe_headline (recovery);

  return self;
}

/**
 * ac_insights_get_today:
 * @today: (out caller-allocates): the day of the insights
 */
void
ac_insights_get_today (AcInsights *self,
                       GDate      *today)
{
  g_return_if_fail (AC_IS_INSIGHTS (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * ac_insights_get_headline:
 *
 * The Recovery view's first line: "After deep work you are usually back
 * to normal in 3 days; after moderate work, 1 day.", or what to record to
 * get there.
 *
 * Returns: (transfer none): the headline, translated
 */
const char *
ac_insights_get_headline (AcInsights *self)
{
  g_return_val_if_fail (AC_IS_INSIGHTS (self), NULL);

  return self->headline;
}

/**
 * ac_insights_get_comparisons:
 *
 * Every comparison of a group and a measure that has a session with the
 * measure: differences first, then no clear difference, then not enough
 * data; within each, the ranges furthest apart first (see
 * ac-insights-compare.c).
 *
 * Returns: (transfer none): a list of #AcComparison
 */
GListModel *
ac_insights_get_comparisons (AcInsights *self)
{
  g_return_val_if_fail (AC_IS_INSIGHTS (self), NULL);

  return G_LIST_MODEL (self->comparisons);
}

/**
 * ac_insights_get_costs:
 * @n_costs: (out): how many currencies there are
 *
 * Returns: (transfer none) (array length=n_costs): what massage cost, one
 *   entry per currency that a done session of the last 365 days was paid
 *   in, by currency code
 */
const AcCost *
ac_insights_get_costs (AcInsights *self,
                       guint      *n_costs)
{
  g_return_val_if_fail (n_costs != NULL, NULL);
  *n_costs = 0;
  g_return_val_if_fail (AC_IS_INSIGHTS (self), NULL);

  *n_costs = self->costs->len;
  return (const AcCost *) (gpointer) self->costs->data;
}
