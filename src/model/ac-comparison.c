/* ac-comparison.c — one comparison of the person's own sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-comparison"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ac-insights-private.h"

/* A comparison never changes after it is made (ac-insights-compare.c
 * makes them), so a list of them can go to a view or another thread as it
 * is. */
struct _AcComparison
{
  GObject           parent_instance;

  AcInsightGroup    group;
  AcInsightMeasure  measure;
  AcInsightVerdict  verdict;
  GArray           *sides;     /* AcComparisonSide */
  int               first;     /* the pair the finding names, or -1 */
  int               second;
  char             *title;
  char             *finding;
  char             *text;
};

G_DEFINE_FINAL_TYPE (AcComparison, ac_comparison, G_TYPE_OBJECT)

/* The words of GUIDANCE.md and of `aftercare-cli insights --json`. */
static const char * const group_words[AC_N_INSIGHT_GROUPS] = {
  "pressure", "length", "therapist", "gap", "purpose",
};
static const char * const measure_words[AC_N_INSIGHT_MEASURES] = {
  "peak", "recovery-days", "stress-change", "sleep-change", "felt",
};
static const char * const verdict_words[] = {
  "difference", "no-clear-difference", "not-enough-data",
};

static void
ac_comparison_finalize (GObject *object)
{
  AcComparison *self = (AcComparison *)object;

  g_clear_pointer (&self->sides, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->finding, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (ac_comparison_parent_class)->finalize (object);
}

static void
ac_comparison_class_init (AcComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_comparison_finalize;
}

static void
ac_comparison_init (AcComparison *self)
{
  self->first = -1;
  self->second = -1;
}

void
_ac_comparison_side_clear (AcComparisonSide *side)
{
  g_clear_pointer (&side->label, g_free);
  g_clear_pointer (&side->description, g_free);
}

/* Takes @sides (whose clear func must be _ac_comparison_side_clear()),
 * @title and @finding. */
AcComparison *
_ac_comparison_new (AcInsightGroup    group,
                    AcInsightMeasure  measure,
                    GArray           *sides,
                    AcInsightVerdict  verdict,
                    int               first,
                    int               second,
                    char             *title,
                    char             *finding)
{
  AcComparison *self = g_object_new (AC_TYPE_COMPARISON, NULL);

  g_assert (first < (int) sides->len && second < (int) sides->len);

  self->group = group;
  self->measure = measure;
  self->sides = sides;
  self->verdict = verdict;
  self->first = first;
  self->second = second;
  self->title = title;
  self->finding = finding;

  /* Only a finding is an insight, and every insight says what it is. */
  if (verdict == AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA)
    self->text = g_strdup (finding);
  else
    self->text = g_strconcat (finding, " ", ac_insights_get_caveat (), NULL);

  return self;
}

AcInsightGroup
ac_comparison_get_group (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), 0);

  return self->group;
}

AcInsightMeasure
ac_comparison_get_measure (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), 0);

  return self->measure;
}

AcInsightVerdict
ac_comparison_get_verdict (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);

  return self->verdict;
}

/**
 * ac_comparison_get_title:
 *
 * Returns: (transfer none): what is compared, translated: "Peak soreness
 *   by pressure"
 */
const char *
ac_comparison_get_title (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), NULL);

  return self->title;
}

/**
 * ac_comparison_get_finding:
 *
 * Returns: (transfer none): the finding in a sentence, translated: "In
 *   your journal, you are less sore after moderate sessions than after
 *   deep sessions: …", or what is missing for one
 */
const char *
ac_comparison_get_finding (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), NULL);

  return self->finding;
}

/**
 * ac_comparison_get_text:
 *
 * The finding, followed by ac_insights_get_caveat() when there is one
 * (the verdict is not %AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA).
 *
 * Returns: (transfer none): the text, translated
 */
const char *
ac_comparison_get_text (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), NULL);

  return self->text;
}

/**
 * ac_comparison_get_n_sides:
 *
 * Returns: how many sides have the measure for at least one session
 */
guint
ac_comparison_get_n_sides (AcComparison *self)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), 0);

  return self->sides->len;
}

/**
 * ac_comparison_get_side:
 * @index: a side, in the group's order (light, moderate, deep; short,
 *   medium, long; therapists by name; purposes as the journal lists them)
 *
 * Returns: (transfer none): the side
 */
const AcComparisonSide *
ac_comparison_get_side (AcComparison *self,
                        guint         index)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->sides->len, NULL);

  return &g_array_index (self->sides, AcComparisonSide, index);
}

/**
 * ac_comparison_get_pair:
 * @first: (out) (optional): the side the finding names first: for a
 *   difference, the one that did better
 * @second: (out) (optional): the other side
 *
 * The two sides whose ranges lie furthest apart, which the finding names.
 *
 * Returns: %FALSE when the verdict is %AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA
 */
gboolean
ac_comparison_get_pair (AcComparison *self,
                        guint        *first,
                        guint        *second)
{
  g_return_val_if_fail (AC_IS_COMPARISON (self), FALSE);

  if (self->first < 0)
    return FALSE;
  if (first != NULL)
    *first = (guint) self->first;
  if (second != NULL)
    *second = (guint) self->second;
  return TRUE;
}

/**
 * ac_comparison_get_scale:
 * @low: (out): the scale's low end
 * @high: (out): the scale's high end
 *
 * A scale that holds every side and reads in round numbers, for a chart
 * of the sides: soreness and how sessions felt are 0–10; days to recover
 * from 0 to 4, 8 or 14 days (more when a side needs it); changes from −m
 * to +m, m being 2, 4, 6 or 10.
 */
void
ac_comparison_get_scale (AcComparison *self,
                         double       *low,
                         double       *high)
{
  double extent = 0;

  g_return_if_fail (AC_IS_COMPARISON (self));

  for (guint i = 0; i < self->sides->len; i++)
    {
      const AcComparisonSide *side = &g_array_index (self->sides, AcComparisonSide, i);

      extent = MAX (extent, MAX (fabs (side->middle), MAX (fabs (side->low), fabs (side->high))));
    }

  switch (self->measure)
    {
    case AC_INSIGHT_MEASURE_RECOVERY_DAYS:
      *low = 0;
      *high = extent <= 4 ? 4 : extent <= 8 ? 8 : MAX (14, 2 * ceil (extent / 2));
      break;

    case AC_INSIGHT_MEASURE_STRESS_CHANGE:
    case AC_INSIGHT_MEASURE_SLEEP_CHANGE:
      *high = extent <= 2 ? 2 : extent <= 4 ? 4 : extent <= 6 ? 6 : 10;
      *low = -*high;
      break;

    case AC_INSIGHT_MEASURE_PEAK:
    case AC_INSIGHT_MEASURE_FELT:
    default:
      *low = 0;
      *high = 10;
      break;
    }
}

/**
 * ac_insight_group_to_string:
 *
 * Returns: (transfer none): GUIDANCE.md's word for @group, such as "gap"
 */
const char *
ac_insight_group_to_string (AcInsightGroup group)
{
  g_return_val_if_fail (group < AC_N_INSIGHT_GROUPS, NULL);

  return group_words[group];
}

/**
 * ac_insight_measure_to_string:
 *
 * Returns: (transfer none): GUIDANCE.md's word for @measure, such as
 *   "recovery-days"
 */
const char *
ac_insight_measure_to_string (AcInsightMeasure measure)
{
  g_return_val_if_fail (measure < AC_N_INSIGHT_MEASURES, NULL);

  return measure_words[measure];
}

/**
 * ac_insight_verdict_to_string:
 *
 * Returns: (transfer none): GUIDANCE.md's word for @verdict, such as
 *   "no-clear-difference"
 */
const char *
ac_insight_verdict_to_string (AcInsightVerdict verdict)
{
  g_return_val_if_fail (verdict < G_N_ELEMENTS (verdict_words), NULL);

  return verdict_words[verdict];
}

/**
 * ac_insights_get_caveat:
 *
 * The line of GUIDANCE.md that every insight carries.
 *
 * Returns: (transfer none): "A pattern in your own records, not proof.",
 *   translated
 */
const char *
ac_insights_get_caveat (void)
{
  return _("A pattern in your own records, not proof.");
}
