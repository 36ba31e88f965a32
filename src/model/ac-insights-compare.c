/* ac-insights-compare.c — the comparisons of GUIDANCE.md's insights
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ac-insights-private.h"

/* Every group against every measure: the sessions of each side that have
 * the measure, their median and 25th–75th percentiles, and a verdict
 * (GUIDANCE.md, "Benefits and insights").
 *
 * A comparison is listed when at least one side has a session with the
 * measure; a side without one is not listed, so every listed side has a
 * count of at least 1 and numbers for middle, low and high.
 *
 * Verdicts: of the sides with at least 3 sessions (at least two of them,
 * else not-enough-data), the pair whose ranges lie furthest apart is
 * named. Its separation is the gap between the two ranges: the lower
 * side's low minus the other's high; it is negative when they overlap and
 * 0 when they touch. A separation above 0 is a difference. Means of
 * stress and sleep are not exact in binary, so "above 0" allows for a
 * rounding error.
 *
 * Strength, which orders the list: difference before no-clear-difference
 * before not-enough-data; within the first two, the larger separation of
 * the named pair (in the measure's own units: points of a 0–10 scale, or
 * days), then the more sessions on its smaller side; within
 * not-enough-data, the more sessions on the second-largest side (the one
 * nearest to making a comparison). Ties keep the order of the groups and
 * measures. */

#define SEPARATION_EPSILON 1e-9

static const char * const band_labels[] = { "short", "medium", "long" };

/* The sides of one group, and each session's side. */
typedef struct
{
  GPtrArray *labels;        /* char *, in the group's order */
  GPtrArray *descriptions;  /* char *, translated */
  int       *side_of;       /* per session: an index into labels, or -1 */
} Grouping;

static void
grouping_clear (Grouping *grouping)
{
  g_clear_pointer (&grouping->labels, g_ptr_array_unref);
  g_clear_pointer (&grouping->descriptions, g_ptr_array_unref);
  g_clear_pointer (&grouping->side_of, g_free);
}

static void
grouping_init (Grouping *grouping,
               guint     n_sessions)
{
  grouping->labels = g_ptr_array_new_with_free_func (g_free);
  grouping->descriptions = g_ptr_array_new_with_free_func (g_free);
  grouping->side_of = g_new (int, MAX (n_sessions, 1));
}

static void
grouping_add_side (Grouping   *grouping,
                   const char *label,
                   char       *description)
{
  g_ptr_array_add (grouping->labels, g_strdup (label));
  g_ptr_array_add (grouping->descriptions, description);
}

/* GUIDANCE.md: short ≤ 45, medium 46–75, long > 75 minutes. */
static int
length_band (int minutes)
{
  if (minutes <= AC_LENGTH_SHORT_MAX)
    return 0;
  return minutes <= AC_LENGTH_MEDIUM_MAX ? 1 : 2;
}

/* GUIDANCE.md: short < 10, medium 10–20, long > 20 days; a first session
 * has no gap. */
static int
gap_band (int gap)
{
  if (gap < 0)
    return -1;
  if (gap < AC_GAP_SHORT_BELOW)
    return 0;
  return gap <= AC_GAP_MEDIUM_MAX ? 1 : 2;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Therapists by name as written, in byte order so that the order does
 * not depend on the locale; sessions without one are on no side. */
static void
group_by_therapist (Grouping               *grouping,
                    const AcInsightSession *sessions,
                    guint                   n_sessions)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n_sessions; i++)
    {
      const char *name = ac_session_get_therapist (sessions[i].entry->session);

      if (name != NULL && name[0] != '\0' && g_hash_table_add (index, (gpointer) name))
        g_ptr_array_add (names, (gpointer) name);
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_hash_table_insert (index, (gpointer) name, GUINT_TO_POINTER (i + 1));
      grouping_add_side (grouping, name, _ac_insights_describe_side (AC_INSIGHT_GROUP_THERAPIST, i, name));
    }

  for (guint i = 0; i < n_sessions; i++)
    {
      const char *name = ac_session_get_therapist (sessions[i].entry->session);

      grouping->side_of[i] = name != NULL && name[0] != '\0'
                             ? GPOINTER_TO_INT (g_hash_table_lookup (index, name)) - 1
                             : -1;
    }
}

static void
group_sessions (Grouping               *grouping,
                AcInsightGroup          group,
                const AcInsightSession *sessions,
                guint                   n_sessions)
{
  grouping_init (grouping, n_sessions);

  switch (group)
    {
    case AC_INSIGHT_GROUP_PRESSURE:
      for (guint p = 0; p < AC_N_PRESSURES; p++)
        grouping_add_side (grouping, ac_pressure_to_string (p), _ac_insights_describe_side (group, p, NULL));
      for (guint i = 0; i < n_sessions; i++)
        grouping->side_of[i] = (int) ac_session_get_pressure (sessions[i].entry->session);
      break;

    case AC_INSIGHT_GROUP_LENGTH:
    case AC_INSIGHT_GROUP_GAP:
      for (guint b = 0; b < G_N_ELEMENTS (band_labels); b++)
        grouping_add_side (grouping, band_labels[b], _ac_insights_describe_side (group, b, NULL));
      for (guint i = 0; i < n_sessions; i++)
        grouping->side_of[i] = group == AC_INSIGHT_GROUP_LENGTH
                               ? length_band (ac_session_get_minutes (sessions[i].entry->session))
                               : gap_band (sessions[i].gap);
      break;

    case AC_INSIGHT_GROUP_THERAPIST:
      group_by_therapist (grouping, sessions, n_sessions);
      break;

    case AC_INSIGHT_GROUP_PURPOSE:
      for (guint u = 0; u <= AC_PURPOSE_OTHER; u++)
        grouping_add_side (grouping, ac_purpose_to_string (u), _ac_insights_describe_side (group, u, NULL));
      for (guint i = 0; i < n_sessions; i++)
        grouping->side_of[i] = (int) ac_session_get_purpose (sessions[i].entry->session);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A session's value of one measure. */
typedef struct
{
  double value;
  guint  session;
} Valued;

static int
compare_valued (const void *a,
                const void *b)
{
  double x = ((const Valued *) a)->value;
  double y = ((const Valued *) b)->value;

  return (x > y) - (x < y);
}

/* The sessions that have @measure, by value: sorted once, so that each
 * group's sides fill in order. */
static GArray *
sort_values (AcInsightMeasure        measure,
             const AcInsightSession *sessions,
             guint                   n_sessions)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (Valued), n_sessions);

  for (guint i = 0; i < n_sessions; i++)
    {
      Valued valued = { sessions[i].values[measure], i };

      if (!isnan (valued.value))
        g_array_append_val (sorted, valued);
    }
  /* An empty array has no data to hand qsort(). */
  if (sorted->len > 1)
    qsort (sorted->data, sorted->len, sizeof (Valued), compare_valued);

  return sorted;
}

/**
 * _ac_percentile:
 * @sorted: (array length=n_values): values in ascending order
 * @n_values: at least 1
 * @fraction: 0 to 1; 0.5 is the median
 *
 * Linear interpolation between the closest ranks (Hyndman and Fan's type
 * 7, numpy's default), as GUIDANCE.md asks.
 */
double
_ac_percentile (const double *sorted,
                guint         n_values,
                double        fraction)
{
  double rank = fraction * (n_values - 1);
  guint below;

  g_assert (n_values > 0);
  g_assert (fraction >= 0 && fraction <= 1);

  below = (guint) floor (rank);
  if (below + 1 >= n_values)
    return sorted[n_values - 1];
  return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
}

/* The sides of @grouping that have a value in @sorted (sort_values()),
 * each with its numbers. */
static GArray *
collect_sides (const Grouping *grouping,
               GArray         *sorted)
{
  guint n_groups = grouping->labels->len;
  g_autofree GArray **values = g_new0 (GArray *, MAX (n_groups, 1));
  GArray *sides = g_array_new (FALSE, TRUE, sizeof (AcComparisonSide));

  g_array_set_clear_func (sides, (GDestroyNotify) _ac_comparison_side_clear);

  for (guint i = 0; i < sorted->len; i++)
    {
      const Valued *valued = &g_array_index (sorted, Valued, i);
      int side = grouping->side_of[valued->session];

      if (side < 0)
        continue;
      if (values[side] == NULL)
        values[side] = g_array_new (FALSE, FALSE, sizeof (double));
      g_array_append_val (values[side], valued->value);
    }

  for (guint g = 0; g < n_groups; g++)
    {
      const double *in_order;
      AcComparisonSide side;

      if (values[g] == NULL)
        continue;

      in_order = (const double *) (gpointer) values[g]->data;
      side.label = g_strdup (g_ptr_array_index (grouping->labels, g));
      side.description = g_strdup (g_ptr_array_index (grouping->descriptions, g));
      side.count = values[g]->len;
      side.middle = _ac_percentile (in_order, side.count, 0.5);
      side.low = _ac_percentile (in_order, side.count, 0.25);
      side.high = _ac_percentile (in_order, side.count, 0.75);
      g_array_append_val (sides, side);
      g_array_unref (values[g]);
    }

  return sides;
}

/* How far apart two ranges lie: above 0 when one's high is below the
 * other's low, 0 when they touch, below 0 when they overlap. */
static double
separation (const AcComparisonSide *a,
            const AcComparisonSide *b)
{
  return MAX (b->low - a->high, a->low - b->high);
}

static gboolean
lower_is_better (AcInsightMeasure measure)
{
  return measure == AC_INSIGHT_MEASURE_PEAK ||
         measure == AC_INSIGHT_MEASURE_RECOVERY_DAYS ||
         measure == AC_INSIGHT_MEASURE_STRESS_CHANGE;
}

/* Of the sides with enough sessions, the pair whose ranges lie furthest
 * apart (the one whose middles differ most among equals), the better side
 * first. FALSE with fewer than two such sides. */
static gboolean
find_pair (GArray           *sides,
           AcInsightMeasure  measure,
           int              *first,
           int              *second)
{
  const AcComparisonSide *s = (const AcComparisonSide *) (gpointer) sides->data;
  double best = -INFINITY;
  double best_spread = -1;

  *first = *second = -1;
  for (guint i = 0; i < sides->len; i++)
    for (guint j = i + 1; j < sides->len; j++)
      {
        double apart, spread;

        if (s[i].count < AC_INSIGHT_MIN_SESSIONS || s[j].count < AC_INSIGHT_MIN_SESSIONS)
          continue;

        apart = separation (&s[i], &s[j]);
        spread = fabs (s[i].middle - s[j].middle);
        if (apart > best + SEPARATION_EPSILON ||
            (apart > best - SEPARATION_EPSILON && spread > best_spread))
          {
            gboolean j_better = lower_is_better (measure) ? s[j].middle < s[i].middle
                                                          : s[j].middle > s[i].middle;

            best = apart;
            best_spread = spread;
            *first = (int) (j_better ? j : i);
            *second = (int) (j_better ? i : j);
          }
      }

  return *first >= 0;
}

/* A comparison and where it stands in the list. */
typedef struct
{
  AcComparison     *comparison;
  AcInsightVerdict  verdict;
  double            strength;
  guint             support;
  guint             order;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->verdict != y->verdict)
    return x->verdict < y->verdict ? -1 : 1;
  if (fabs (x->strength - y->strength) > SEPARATION_EPSILON)
    return x->strength > y->strength ? -1 : 1;
  if (x->support != y->support)
    return x->support > y->support ? -1 : 1;
  return x->order < y->order ? -1 : 1;
}

/* The count of the second-largest side. */
static guint
second_largest_count (GArray *sides)
{
  const AcComparisonSide *s = (const AcComparisonSide *) (gpointer) sides->data;
  guint largest = 0, second = 0;

  for (guint i = 0; i < sides->len; i++)
    {
      if (s[i].count > largest)
        {
          second = largest;
          largest = s[i].count;
        }
      else if (s[i].count > second)
        second = s[i].count;
    }

  return second;
}

static Ranked
compare_group (AcInsightGroup    group,
               AcInsightMeasure  measure,
               GArray           *sides)
{
  const AcComparisonSide *s = (const AcComparisonSide *) (gpointer) sides->data;
  char *title = _ac_insights_describe_title (group, measure);
  Ranked ranked = { NULL, AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA, 0, 0, 0 };
  int first, second;
  char *finding;

  ranked.order = group * AC_N_INSIGHT_MEASURES + measure;

  if (!find_pair (sides, measure, &first, &second))
    {
      ranked.strength = second_largest_count (sides);
      finding = _ac_insights_describe_missing (group, measure, sides);
    }
  else
    {
      ranked.strength = separation (&s[first], &s[second]);
      ranked.verdict = ranked.strength > SEPARATION_EPSILON ? AC_INSIGHT_VERDICT_DIFFERENCE
                                                            : AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE;
      ranked.support = MIN (s[first].count, s[second].count);
      finding = _ac_insights_describe_finding (measure, ranked.verdict, &s[first], &s[second]);
    }

  ranked.comparison = _ac_comparison_new (group, measure, sides, ranked.verdict,
                                          first, second, title, finding);
  return ranked;
}

/**
 * _ac_insights_compare:
 *
 * Returns: (transfer full) (element-type AcComparison): every comparison
 *   with data, the strongest first
 */
GPtrArray *
_ac_insights_compare (const AcInsightSession *sessions,
                      guint                   n_sessions)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GPtrArray *comparisons = g_ptr_array_new_with_free_func (g_object_unref);
  Grouping groupings[AC_N_INSIGHT_GROUPS];

  for (guint g = 0; g < AC_N_INSIGHT_GROUPS; g++)
    group_sessions (&groupings[g], g, sessions, n_sessions);

  for (guint m = 0; m < AC_N_INSIGHT_MEASURES; m++)
    {
      g_autoptr(GArray) sorted = sort_values (m, sessions, n_sessions);

      for (guint g = 0; g < AC_N_INSIGHT_GROUPS && sorted->len > 0; g++)
        {
          GArray *sides = collect_sides (&groupings[g], sorted);
          Ranked one;

          if (sides->len == 0)
            {
              g_array_unref (sides);
              continue;
            }

          one = compare_group (g, m, sides);
          g_array_append_val (ranked, one);
        }
    }

  for (guint g = 0; g < AC_N_INSIGHT_GROUPS; g++)
    grouping_clear (&groupings[g]);

  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (comparisons, g_array_index (ranked, Ranked, i).comparison);

  return comparisons;
}
