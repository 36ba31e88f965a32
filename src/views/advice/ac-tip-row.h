/* ac-tip-row.h — a tip of the aftercare library and what the evidence
 * says of it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-tips.h"

G_BEGIN_DECLS

#define AC_TYPE_TIP_ROW (ac_tip_row_get_type ())

G_DECLARE_FINAL_TYPE (AcTipRow, ac_tip_row, AC, TIP_ROW, AdwExpanderRow)

GtkWidget *ac_tip_row_new     (AcTip    *tip);
AcTip     *ac_tip_row_get_tip (AcTipRow *self);
gboolean   ac_tip_matches     (AcTip      *tip,
                               const char *search);

G_END_DECLS
