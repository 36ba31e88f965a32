/* ac-sore-areas.c — where soreness sits after sessions, by body area
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-sore-areas"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-comparison.h"
#include "ac-recovery-private.h"
#include "ac-sore-areas.h"

/* The "Where it gets sore" map of issue 15, read from the recovery
 * analysis, so that attribution is GUIDANCE.md's and the engine's: only
 * check-ins attributed to a session count (sore calves after a neck
 * massage are not the massage's), and only with excess soreness, so that a
 * daily back pain at the person's baseline is not either.
 *
 * The sessions looked at are the done sessions of the range and the
 * pressure that have an attributed check-in. For each area: the sessions
 * after which a check-in named it with excess 1 or more, those check-ins,
 * and the usual (median) highest excess per session. Its shade is how
 * often times how strongly, share × usual peak / 10, scaled so that the
 * area with the most is 1: the map shows where, the words say how much.
 * Areas by that score, the most first; equal scores by the areas' order.
 *
 * The object is immutable: build it once per range and pressure. */

#define N_AREAS 14

struct _AcSoreAreas
{
  GObject      parent_instance;

  AcRecovery  *recovery;
  guint        n_sessions;
  GArray      *areas;                 /* AcSoreArea, the most first */
  GArray      *mentions[N_AREAS];     /* AcSoreMention, by session then day */
};

G_DEFINE_FINAL_TYPE (AcSoreAreas, ac_sore_areas, G_TYPE_OBJECT)

static int
area_index (AcArea area)
{
  for (int i = 0; i < N_AREAS; i++)
    if (area == (AcArea) (1 << i))
      return i;
  return -1;
}

static void
ac_sore_areas_finalize (GObject *object)
{
  AcSoreAreas *self = (AcSoreAreas *)object;

  g_clear_object (&self->recovery);
  g_clear_pointer (&self->areas, g_array_unref);
  for (guint i = 0; i < N_AREAS; i++)
    g_clear_pointer (&self->mentions[i], g_array_unref);

  G_OBJECT_CLASS (ac_sore_areas_parent_class)->finalize (object);
}

static void
ac_sore_areas_class_init (AcSoreAreasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ac_sore_areas_finalize;
}

static void
ac_sore_areas_init (AcSoreAreas *self)
{
  self->areas = g_array_new (FALSE, FALSE, sizeof (AcSoreArea));
  for (guint i = 0; i < N_AREAS; i++)
    self->mentions[i] = g_array_new (FALSE, FALSE, sizeof (AcSoreMention));
}

static gboolean
in_range (AcRecovery  *recovery,
          guint        index,
          const GDate *first_day)
{
  GDate date;

  if (first_day == NULL)
    return TRUE;
  ac_recovery_get_session_date (recovery, index, &date);
  return g_date_compare (&date, first_day) >= 0;
}

/* Adds the session's check-ins naming each area, and its peak there. */
static void
add_session (AcSoreAreas           *self,
             guint                  index,
             const AcRecoveryPoint *points,
             guint                  n_points,
             GArray               **peaks)
{
  for (int a = 0; a < N_AREAS; a++)
    {
      int peak = 0;

      for (guint p = 0; p < n_points; p++)
        {
          AcSoreMention mention = { index, points[p].checkin, points[p].day, points[p].excess };

          if (points[p].excess < 1 || (ac_checkin_get_areas (points[p].checkin) & (1 << a)) == 0)
            continue;
          g_array_append_val (self->mentions[a], mention);
          peak = MAX (peak, points[p].excess);
        }
      if (peak > 0)
        {
          double value = peak;

          g_array_append_val (peaks[a], value);
        }
    }
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  const AcSoreArea *first = a;
  const AcSoreArea *second = b;

  if (first->intensity != second->intensity)
    return first->intensity > second->intensity ? -1 : 1;
  return first->area < second->area ? -1 : first->area > second->area;
}

/**
 * ac_sore_areas_new:
 * @recovery: the recovery analysis of the journal, on its day
 * @range: which sessions, by date
 * @pressure: an #AcPressure, or %AC_SORE_PRESSURE_ANY
 *
 * Returns: (transfer full): where soreness sat after those sessions
 */
AcSoreAreas *
ac_sore_areas_new (AcRecovery  *recovery,
                   AcSoreRange  range,
                   int          pressure)
{
  AcSoreAreas *self;
  GArray *peaks[N_AREAS];
  GDate first_day;
  double most = 0;

  g_return_val_if_fail (AC_IS_RECOVERY (recovery), NULL);
  g_return_val_if_fail (range <= AC_SORE_RANGE_ALL, NULL);
  g_return_val_if_fail (pressure == AC_SORE_PRESSURE_ANY || (pressure >= 0 && pressure < AC_N_PRESSURES), NULL);

  self = g_object_new (AC_TYPE_SORE_AREAS, NULL);
  self->recovery = g_object_ref (recovery);

  ac_recovery_get_today (recovery, &first_day);
  if (range == AC_SORE_RANGE_3_MONTHS)
    g_date_subtract_months (&first_day, 3);
  else if (range == AC_SORE_RANGE_YEAR)
    g_date_subtract_years (&first_day, 1);

  for (guint a = 0; a < N_AREAS; a++)
    peaks[a] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < ac_recovery_get_n_sessions (recovery); i++)
    {
      AcSession *session = ac_recovery_get_session (recovery, i);
      const AcRecoveryPoint *points;
      guint n_points = 0;

      if (pressure != AC_SORE_PRESSURE_ANY && (int) ac_session_get_pressure (session) != pressure)
        continue;
      if (!in_range (recovery, i, range == AC_SORE_RANGE_ALL ? NULL : &first_day))
        continue;
      points = ac_recovery_get_points (recovery, i, &n_points);
      if (n_points == 0)
        continue;

      self->n_sessions++;
      add_session (self, i, points, n_points, peaks);
    }

  for (int a = 0; a < N_AREAS; a++)
    {
      AcSoreArea area = { (AcArea) (1 << a), peaks[a]->len, self->mentions[a]->len, 0, 0 };

      if (area.n_sessions > 0)
        {
          area.usual_peak = _ac_median ((double *) (gpointer) peaks[a]->data, peaks[a]->len);
          area.intensity = (double) area.n_sessions / self->n_sessions * area.usual_peak / 10;
          most = MAX (most, area.intensity);
          g_array_append_val (self->areas, area);
        }
      g_array_unref (peaks[a]);
    }

  for (guint i = 0; i < self->areas->len; i++)
    g_array_index (self->areas, AcSoreArea, i).intensity /= most;
  g_array_sort (self->areas, compare_areas);

  return self;
}

/**
 * ac_sore_areas_get_recovery:
 *
 * Returns: (transfer none): the analysis the areas were read from; the
 *   mentions' sessions are its indices
 */
AcRecovery *
ac_sore_areas_get_recovery (AcSoreAreas *self)
{
  g_return_val_if_fail (AC_IS_SORE_AREAS (self), NULL);

  return self->recovery;
}

/**
 * ac_sore_areas_get_n_sessions:
 *
 * Returns: how many sessions of the range and pressure have an attributed
 *   check-in: the sessions the areas are counted out of
 */
guint
ac_sore_areas_get_n_sessions (AcSoreAreas *self)
{
  g_return_val_if_fail (AC_IS_SORE_AREAS (self), 0);

  return self->n_sessions;
}

/**
 * ac_sore_areas_get_n_areas:
 *
 * Returns: how many areas were sore after any of the sessions
 */
guint
ac_sore_areas_get_n_areas (AcSoreAreas *self)
{
  g_return_val_if_fail (AC_IS_SORE_AREAS (self), 0);

  return self->areas->len;
}

/**
 * ac_sore_areas_get_area:
 * @index: from 0, the area with the most first
 *
 * Returns: (transfer none): a sore area
 */
const AcSoreArea *
ac_sore_areas_get_area (AcSoreAreas *self,
                        guint        index)
{
  g_return_val_if_fail (AC_IS_SORE_AREAS (self), NULL);
  g_return_val_if_fail (index < self->areas->len, NULL);

  return &g_array_index (self->areas, AcSoreArea, index);
}

/**
 * ac_sore_areas_lookup:
 * @area: one area
 *
 * Returns: (transfer none) (nullable): @area, or %NULL when it was not
 *   sore after any of the sessions
 */
const AcSoreArea *
ac_sore_areas_lookup (AcSoreAreas *self,
                      AcArea       area)
{
  g_return_val_if_fail (AC_IS_SORE_AREAS (self), NULL);

  for (guint i = 0; i < self->areas->len; i++)
    if (g_array_index (self->areas, AcSoreArea, i).area == area)
      return &g_array_index (self->areas, AcSoreArea, i);
  return NULL;
}

/**
 * ac_sore_areas_get_mentions:
 * @area: one area
 * @n_mentions: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_mentions): the attributed
 *   check-ins naming @area with excess soreness, by session then day
 */
const AcSoreMention *
ac_sore_areas_get_mentions (AcSoreAreas *self,
                            AcArea       area,
                            guint       *n_mentions)
{
  int index = area_index (area);

  g_return_val_if_fail (AC_IS_SORE_AREAS (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);
  g_return_val_if_fail (n_mentions != NULL, NULL);

  *n_mentions = self->mentions[index]->len;
  return (const AcSoreMention *) (gpointer) self->mentions[index]->data;
}

/**
 * ac_sore_areas_describe:
 * @area: one area
 *
 * Returns: (transfer full): how often and how strongly @area was sore,
 *   in a sentence to follow the area's name: "Sore after 8 of 12
 *   sessions, usually 4 at worst (10 check-ins)." or "Not sore after any
 *   of 12 sessions."
 */
char *
ac_sore_areas_describe (AcSoreAreas *self,
                        AcArea       area)
{
  const AcSoreArea *sore;
  g_autofree char *peak = NULL;
  g_autofree char *often = NULL;
  g_autofree char *checkins = NULL;

  g_return_val_if_fail (AC_IS_SORE_AREAS (self), NULL);
  g_return_val_if_fail (area_index (area) >= 0, NULL);

  sore = ac_sore_areas_lookup (self, area);
  if (sore == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not sore after %u session.",
                                         "Not sore after any of %u sessions.", self->n_sessions),
                            self->n_sessions);

  /* Translators: "Sore after 8 of 12 sessions"; the second number decides
   * the form */
  often = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sore after %u of %u session",
                                        "Sore after %u of %u sessions", self->n_sessions),
                           sore->n_sessions, self->n_sessions);
  checkins = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in", "%u check-ins", sore->n_checkins),
                              sore->n_checkins);
  peak = ac_insight_measure_format_value (AC_INSIGHT_MEASURE_PEAK, sore->usual_peak);
  /* Translators: "Sore after 8 of 12 sessions"; the usual highest
   * soreness above the person's everyday level, 0–10; "10 check-ins" */
  return g_strdup_printf (_("%s, usually %s at worst (%s)."), often, peak, checkins);
}
