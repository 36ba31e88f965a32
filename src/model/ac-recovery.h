/* ac-recovery.h — how the user recovers after each session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_RECOVERY (ac_recovery_get_type ())

/* Profiles by pressure cover d = 0 … 7. */
#define AC_RECOVERY_PROFILE_DAYS 8

/**
 * AcRecoveryPoint:
 * @day: the day after the session (`d`); 0 is the day of the session
 * @soreness: the check-in's soreness, 0–10
 * @checkin: (transfer none): the check-in
 * @excess: the soreness above the person's baseline, never below 0
 *
 * One check-in on a session's recovery curve: a check-in attributed to
 * the session (GUIDANCE.md, "Attributed").
 */
typedef struct
{
  int        day;
  int        soreness;
  AcCheckin *checkin;
  int        excess;
} AcRecoveryPoint;

G_DECLARE_FINAL_TYPE (AcRecovery, ac_recovery, AC, RECOVERY, GObject)

AcRecovery            *ac_recovery_new                        (AcJournal   *journal,
                                                               const GDate *today);
void                   ac_recovery_get_today                  (AcRecovery  *self,
                                                               GDate       *today);
int                    ac_recovery_get_baseline               (AcRecovery  *self,
                                                               guint       *n_checkins);
guint                  ac_recovery_get_n_sessions             (AcRecovery  *self);
AcSession             *ac_recovery_get_session                (AcRecovery  *self,
                                                               guint        index);
void                   ac_recovery_get_session_date           (AcRecovery  *self,
                                                               guint        index,
                                                               GDate       *date);
const AcRecoveryPoint *ac_recovery_get_points                 (AcRecovery  *self,
                                                               guint        index,
                                                               guint       *n_points);
int                    ac_recovery_get_peak                   (AcRecovery  *self,
                                                               guint        index);
int                    ac_recovery_get_days_to_recover        (AcRecovery  *self,
                                                               guint        index);
gboolean               ac_recovery_lookup_session             (AcRecovery  *self,
                                                               AcSession   *session,
                                                               guint       *index);
gboolean               ac_recovery_find_session_for_date      (AcRecovery  *self,
                                                               const GDate *date,
                                                               guint       *index);
double                 ac_recovery_get_profile_mean           (AcRecovery  *self,
                                                               AcPressure   pressure,
                                                               guint        day,
                                                               guint       *n_sessions);
double                 ac_recovery_get_median_peak            (AcRecovery  *self,
                                                               AcPressure   pressure,
                                                               guint       *n_sessions);
double                 ac_recovery_get_median_days_to_recover (AcRecovery  *self,
                                                               AcPressure   pressure,
                                                               guint       *n_sessions);

G_END_DECLS
