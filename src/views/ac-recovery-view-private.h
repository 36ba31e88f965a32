/* ac-recovery-view-private.h — the Recovery page's parts, for the tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-recovery-profile-chart.h"
#include "ac-recovery-view.h"
#include "ac-soreness-chart.h"

G_BEGIN_DECLS

AcSorenessChart        *_ac_recovery_view_get_chart               (AcRecoveryView *self);
AcRecoveryProfileChart *_ac_recovery_view_get_profile_chart       (AcRecoveryView *self);
GtkWidget              *_ac_recovery_view_get_profile_empty       (AcRecoveryView *self);
GtkLabel               *_ac_recovery_view_get_profile_empty_label (AcRecoveryView *self);
GtkListBox             *_ac_recovery_view_get_recovery_list       (AcRecoveryView *self);
GtkLabel               *_ac_recovery_view_get_summary_label       (AcRecoveryView *self);
GtkLabel               *_ac_recovery_view_get_readout_label       (AcRecoveryView *self);
GtkLabel               *_ac_recovery_view_get_period_label        (AcRecoveryView *self);
GtkWidget              *_ac_recovery_view_get_latest_button       (AcRecoveryView *self);

G_END_DECLS
