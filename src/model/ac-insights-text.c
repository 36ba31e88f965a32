/* ac-insights-text.c — the words of the insights
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ac-insights-private.h"

/* GUIDANCE.md: "In your journal, …", never "causes"; numbers with the
 * counts they rest on; "Not enough sessions yet: N of 3" where it
 * applies. The caveat that every insight carries is added by
 * ac-comparison.c. */

static const char * const pressure_descriptions[] = {
  N_("light sessions"),
  N_("moderate sessions"),
  N_("deep sessions"),
};

static const char * const length_descriptions[] = {
  N_("sessions of 45 minutes or less"),
  N_("sessions of 46–75 minutes"),
  N_("sessions over 75 minutes"),
};

static const char * const gap_descriptions[] = {
  N_("sessions less than 10 days after the one before"),
  N_("sessions 10–20 days after the one before"),
  N_("sessions more than 20 days after the one before"),
};

static const char * const purpose_descriptions[] = {
  N_("relaxation sessions"),
  N_("social sessions"),
  N_("sport sessions"),
  N_("injury sessions"),
  N_("sessions for other reasons"),
};

static const char * const measure_titles[AC_N_INSIGHT_MEASURES] = {
  N_("Peak soreness"),
  N_("Days to recover"),
  N_("Change in stress"),
  N_("Change in sleep"),
  N_("How sessions felt"),
};

/* The measure inside a sentence. */
static const char * const measure_nouns[AC_N_INSIGHT_MEASURES] = {
  N_("peak soreness"),
  N_("days to recover"),
  N_("the change in stress"),
  N_("the change in sleep"),
  N_("how sessions felt"),
};

static const char * const group_phrases[AC_N_INSIGHT_GROUPS] = {
  N_("by pressure"),
  N_("by length"),
  N_("by therapist"),
  N_("by the gap before a session"),
  N_("by purpose"),
};

/**
 * _ac_insights_describe_side:
 * @side: the side's place in its group: a pressure, a band (short,
 *   medium, long), a purpose
 * @therapist: (nullable): the name, for the therapist group
 *
 * Returns: (transfer full): the side in a sentence: "deep sessions"
 */
char *
_ac_insights_describe_side (AcInsightGroup  group,
                            guint           side,
                            const char     *therapist)
{
  switch (group)
    {
    case AC_INSIGHT_GROUP_PRESSURE:
      g_assert (side < G_N_ELEMENTS (pressure_descriptions));
      return g_strdup (_(pressure_descriptions[side]));
    case AC_INSIGHT_GROUP_LENGTH:
      g_assert (side < G_N_ELEMENTS (length_descriptions));
      return g_strdup (_(length_descriptions[side]));
    case AC_INSIGHT_GROUP_GAP:
      g_assert (side < G_N_ELEMENTS (gap_descriptions));
      return g_strdup (_(gap_descriptions[side]));
    case AC_INSIGHT_GROUP_PURPOSE:
      g_assert (side < G_N_ELEMENTS (purpose_descriptions));
      return g_strdup (_(purpose_descriptions[side]));
    case AC_INSIGHT_GROUP_THERAPIST:
      /* Translators: a therapist's name */
      return g_strdup_printf (_("sessions with %s"), therapist);
    default:
      g_assert_not_reached ();
    }
}

/* Returns: (transfer full): "Peak soreness by pressure" */
char *
_ac_insights_describe_title (AcInsightGroup   group,
                             AcInsightMeasure measure)
{
  /* Translators: what is compared, then how: "Peak soreness" "by pressure" */
  return g_strdup_printf (C_("insight title", "%s %s"), _(measure_titles[measure]), _(group_phrases[group]));
}

/**
 * ac_insight_measure_format_value:
 *
 * Returns: (transfer full): @value as the findings write it, to a tenth:
 *   "2", "2.5"; a change with its sign: "+1.5", "-2", "0"
 */
char *
ac_insight_measure_format_value (AcInsightMeasure measure,
                                 double           value)
{
  double rounded = round (value * 10) / 10;
  gboolean change = measure == AC_INSIGHT_MEASURE_STRESS_CHANGE ||
                    measure == AC_INSIGHT_MEASURE_SLEEP_CHANGE;

  if (rounded == 0)
    return g_strdup ("0");
  if (rounded == floor (rounded))
    return g_strdup_printf (change ? "%+.0f" : "%.0f", rounded);
  return g_strdup_printf (change ? "%+.1f" : "%.1f", rounded);
}

static char *
count_sessions (guint count)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", count), count);
}

/* "4 sessions and 6 sessions", "6 sessions each" */
static char *
describe_counts (guint first,
                 guint second)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (first == second)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session each", "%u sessions each", first),
                            first);

  a = count_sessions (first);
  b = count_sessions (second);
  /* Translators: how many sessions each of two sides has */
  return g_strdup_printf (_("%s and %s"), a, b);
}

/* The finding's sentence for the pair; the first side did better, or,
 * without a difference, comes first. */
char *
_ac_insights_describe_finding (AcInsightMeasure        measure,
                               AcInsightVerdict        verdict,
                               const AcComparisonSide *first,
                               const AcComparisonSide *second)
{
  gboolean apart = verdict == AC_INSIGHT_VERDICT_DIFFERENCE;
  g_autofree char *a = ac_insight_measure_format_value (measure, first->middle);
  g_autofree char *b = ac_insight_measure_format_value (measure, second->middle);
  g_autofree char *counts = describe_counts (first->count, second->count);

  /* Translators (every sentence below): two kinds of sessions ("deep
   * sessions", "sessions with Ana"), their middle values, then how many
   * sessions ("4 sessions and 6 sessions"). */
#define FINDING(format) g_strdup_printf (format, first->description, second->description, a, b, counts)
  switch (measure)
    {
    case AC_INSIGHT_MEASURE_PEAK:
      return apart ? FINDING (_("In your journal, you are less sore after %s than after %s: "
                                "a peak of %s vs %s (%s)."))
                   : FINDING (_("In your journal, you are about as sore after %s as after %s: "
                                "a peak of %s vs %s (%s)."));
    case AC_INSIGHT_MEASURE_RECOVERY_DAYS:
      return apart ? FINDING (_("In your journal, you are back to normal sooner after %s than after %s: "
                                "%s vs %s days (%s)."))
                   : FINDING (_("In your journal, you are back to normal about as soon after %s as after %s: "
                                "%s vs %s days (%s)."));
    case AC_INSIGHT_MEASURE_STRESS_CHANGE:
      return apart ? FINDING (_("In your journal, you feel calmer after %s than after %s: "
                                "stress changed by %s vs %s (%s)."))
                   : FINDING (_("In your journal, your stress changes about as much after %s as after %s: "
                                "%s vs %s (%s)."));
    case AC_INSIGHT_MEASURE_SLEEP_CHANGE:
      return apart ? FINDING (_("In your journal, you sleep better after %s than after %s: "
                                "sleep changed by %s vs %s (%s)."))
                   : FINDING (_("In your journal, you sleep about as well after %s as after %s: "
                                "sleep changed by %s vs %s (%s)."));
    case AC_INSIGHT_MEASURE_FELT:
      return apart ? FINDING (_("In your journal, %s felt better than %s: %s vs %s out of 10 (%s)."))
                   : FINDING (_("In your journal, %s felt about as good as %s: %s vs %s out of 10 (%s)."));
    default:
      g_assert_not_reached ();
    }
#undef FINDING
}

/* What is missing: another side, or sessions on one. */
char *
_ac_insights_describe_missing (AcInsightGroup    group,
                               AcInsightMeasure  measure,
                               GArray           *sides)
{
  const AcComparisonSide *s = (const AcComparisonSide *) (gpointer) sides->data;
  const AcComparisonSide *nearest = NULL;

  if (sides->len == 1)
    /* Translators: what is compared ("peak soreness"), how ("by
     * pressure"), then the only kind of session ("deep sessions") */
    return g_strdup_printf (_("In your journal, there is not enough to compare %s %s yet: "
                              "so far there are only %s."),
                            _(measure_nouns[measure]), _(group_phrases[group]), s[0].description);

  /* With two sides or more, at most one has enough: the largest of the
   * others is the nearest to making a comparison. */
  for (guint i = 0; i < sides->len; i++)
    if (s[i].count < AC_INSIGHT_MIN_SESSIONS && (nearest == NULL || s[i].count > nearest->count))
      nearest = &s[i];
  g_assert (nearest != NULL);

  /* Translators: what is compared ("peak soreness"), how ("by
   * pressure"), then "2 of 3 deep sessions" */
  return g_strdup_printf (_("In your journal, there is not enough to compare %s %s yet. "
                            "Not enough sessions yet: %u of %u %s."),
                          _(measure_nouns[measure]), _(group_phrases[group]),
                          nearest->count, AC_INSIGHT_MIN_SESSIONS, nearest->description);
}
