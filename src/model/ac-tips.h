/* ac-tips.h — the aftercare tips library
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-advice-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_TIP (ac_tip_get_type ())

G_DECLARE_FINAL_TYPE (AcTip, ac_tip, AC, TIP, GObject)

const char         *ac_tip_get_id            (AcTip  *self);
const char         *ac_tip_get_title         (AcTip  *self);
const char         *ac_tip_get_evidence_note (AcTip  *self);
AcEvidence          ac_tip_get_evidence      (AcTip  *self);
AcTipVerdict        ac_tip_get_verdict       (AcTip  *self);
const char * const *ac_tip_get_sources       (AcTip  *self);

GListModel         *ac_tips_get_library      (void);

G_END_DECLS
