/* ac-recovery-view.h — the Recovery page: soreness over time against
 * sessions, and how the user recovers after each pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_RECOVERY_VIEW (ac_recovery_view_get_type ())

G_DECLARE_FINAL_TYPE (AcRecoveryView, ac_recovery_view, AC, RECOVERY_VIEW, GtkWidget)

GtkWidget  *ac_recovery_view_new         (AcContext      *context);
AcJournal  *ac_recovery_view_get_journal (AcRecoveryView *self);
void        ac_recovery_view_show_month  (AcRecoveryView *self,
                                          const GDate    *date);
void        ac_recovery_view_show_latest (AcRecoveryView *self);

G_END_DECLS
