/* ac-recovery-private.h — what the guidance engine reads of a recovery
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-recovery.h"

G_BEGIN_DECLS

/* GUIDANCE.md's words and numbers. */
#define AC_ATTRIBUTION_DAYS   14   /* a check-in at d 0–14 can be attributed */
#define AC_BASELINE_DAYS      90   /* the baseline reads the last 90 days … */
#define AC_BASELINE_AWAY_DAYS  6   /* … the check-ins outside d 0–6 … */
#define AC_BASELINE_MIN        5   /* … when there are at least 5 */
#define AC_RECOVERED_EXCESS    1   /* recovered: excess ≤ 1 */
#define AC_PEAK_DAYS           3   /* the peak is the highest excess at d 0–3 */

/* One done session and its place in the arrays of the analysis. Days are
 * Julian day numbers of local dates, so that `d` is a subtraction. */
typedef struct
{
  AcSession *session;          /* borrowed: the recovery holds a reference */
  guint32    day;              /* the session's local date */
  guint      first_point;      /* its attributed check-ins are first_point … */
  guint      n_points;         /* … + n_points */
  int        peak;             /* highest excess at d 0–3, or -1 */
  int        peak_point;       /* index of the first point at the peak, or -1 */
  int        days_to_recover;  /* the d it was recovered by, or -1 when unknown */
} AcRecoveryEntry;

const AcRecoveryEntry *_ac_recovery_get_entries        (AcRecovery *self,
                                                        guint      *n_entries);
GPtrArray             *_ac_recovery_get_checkins       (AcRecovery *self);
const guint32         *_ac_recovery_get_checkin_days   (AcRecovery *self);
int                    _ac_recovery_find_entry_for_day (AcRecovery            *self,
                                                        guint32                day);
int                    _ac_recovery_get_attributed     (AcRecovery            *self,
                                                        guint                  checkin);
int                    _ac_recovery_get_excess         (AcRecovery            *self,
                                                        int                    soreness);
const AcRecoveryPoint *_ac_recovery_get_entry_points   (AcRecovery            *self,
                                                        const AcRecoveryEntry *entry);

guint32                _ac_session_get_day             (AcSession  *session);
double                 _ac_median                      (double     *values,
                                                        guint       n_values);

G_END_DECLS
