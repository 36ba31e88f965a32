/* ac-sore-areas.h — where soreness sits after sessions, by body area
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-recovery.h"

G_BEGIN_DECLS

#define AC_TYPE_SORE_AREAS (ac_sore_areas_get_type ())

/**
 * AcSoreRange:
 * @AC_SORE_RANGE_3_MONTHS: sessions of the last 3 months: from today
 *   minus 3 calendar months, that day included
 * @AC_SORE_RANGE_YEAR: sessions of the last year, likewise
 * @AC_SORE_RANGE_ALL: every session
 *
 * Which sessions a "Where it gets sore" map looks at.
 */
typedef enum
{
  AC_SORE_RANGE_3_MONTHS,
  AC_SORE_RANGE_YEAR,
  AC_SORE_RANGE_ALL,
} AcSoreRange;

/* Any pressure: the sessions of every pressure. */
#define AC_SORE_PRESSURE_ANY (-1)

/**
 * AcSoreArea:
 * @area: one area
 * @n_sessions: the sessions after which an attributed check-in named it
 *   with excess soreness (1 or more)
 * @n_checkins: those check-ins
 * @usual_peak: the median, over those sessions, of the highest excess of
 *   their check-ins naming the area
 * @intensity: 0–1 for a map's shade: how often (@n_sessions of the
 *   sessions checked in after) times how strongly (@usual_peak of 10),
 *   the area with the most being 1
 *
 * How often and how strongly soreness sits in one area.
 */
typedef struct
{
  AcArea  area;
  guint   n_sessions;
  guint   n_checkins;
  double  usual_peak;
  double  intensity;
} AcSoreArea;

/**
 * AcSoreMention:
 * @session: the session's index in the recovery
 * @checkin: (transfer none): an attributed check-in naming the area
 * @day: its `d` after the session
 * @excess: its excess soreness, 1 or more
 *
 * One check-in behind an area.
 */
typedef struct
{
  guint      session;
  AcCheckin *checkin;
  int        day;
  int        excess;
} AcSoreMention;

G_DECLARE_FINAL_TYPE (AcSoreAreas, ac_sore_areas, AC, SORE_AREAS, GObject)

AcSoreAreas         *ac_sore_areas_new            (AcRecovery  *recovery,
                                                   AcSoreRange  range,
                                                   int          pressure);
AcRecovery          *ac_sore_areas_get_recovery   (AcSoreAreas *self);
guint                ac_sore_areas_get_n_sessions (AcSoreAreas *self);
guint                ac_sore_areas_get_n_areas    (AcSoreAreas *self);
const AcSoreArea    *ac_sore_areas_get_area       (AcSoreAreas *self,
                                                   guint        index);
const AcSoreArea    *ac_sore_areas_lookup         (AcSoreAreas *self,
                                                   AcArea       area);
const AcSoreMention *ac_sore_areas_get_mentions   (AcSoreAreas *self,
                                                   AcArea       area,
                                                   guint       *n_mentions);
char                *ac_sore_areas_describe       (AcSoreAreas *self,
                                                   AcArea       area);

G_END_DECLS
