/* ac-recovery-profile-chart.h — average soreness by day after a session,
 * one line per pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-recovery.h"

G_BEGIN_DECLS

#define AC_TYPE_RECOVERY_PROFILE_CHART (ac_recovery_profile_chart_get_type ())

G_DECLARE_FINAL_TYPE (AcRecoveryProfileChart, ac_recovery_profile_chart, AC, RECOVERY_PROFILE_CHART, GtkWidget)

GtkWidget  *ac_recovery_profile_chart_new          (void);
void        ac_recovery_profile_chart_set_recovery (AcRecoveryProfileChart *self,
                                                    AcRecovery             *recovery);
AcRecovery *ac_recovery_profile_chart_get_recovery (AcRecoveryProfileChart *self);
gboolean    ac_recovery_profile_chart_has_data     (AcRecoveryProfileChart *self);
gboolean    ac_recovery_profile_chart_has_line     (AcRecoveryProfileChart *self,
                                                    AcPressure              pressure);
int         ac_recovery_profile_chart_get_baseline (AcRecoveryProfileChart *self);
const char *ac_recovery_profile_chart_get_summary  (AcRecoveryProfileChart *self);

G_END_DECLS
