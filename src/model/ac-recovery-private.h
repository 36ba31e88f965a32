/* ac-recovery-private.h — what the guidance engine reads of a recovery
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-recovery.h"

G_BEGIN_DECLS

/* One done session and its place in the arrays of the analysis. Days are
 * Julian day numbers of local dates, so that `d` is a subtraction. */
typedef struct
{
  AcSession *session;          /* borrowed: the recovery holds a reference */
  guint32    day;              /* the session's local date */
  guint      first_point;      /* its points are first_point … + n_points */
  guint      n_points;
  int        peak;             /* highest soreness at d 0–3, or -1 */
  int        peak_point;       /* index of the first point at the peak, or -1 */
  int        days_to_recover;  /* or -1 when unknown */
} AcRecoveryEntry;

const AcRecoveryEntry *_ac_recovery_get_entries        (AcRecovery *self,
                                                        guint      *n_entries);
GPtrArray             *_ac_recovery_get_checkins       (AcRecovery *self);
const guint32         *_ac_recovery_get_checkin_days   (AcRecovery *self);
int                    _ac_recovery_find_entry_for_day (AcRecovery *self,
                                                        guint32     day);

guint32                _ac_session_get_day             (AcSession  *session);
double                 _ac_median                      (double     *values,
                                                        guint       n_values);

G_END_DECLS
