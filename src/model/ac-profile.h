/* ac-profile.h — conditions that matter before a massage
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_PROFILE (ac_profile_get_type ())

G_DECLARE_FINAL_TYPE (AcProfile, ac_profile, AC, PROFILE, GObject)

AcProfile   *ac_profile_new             (AcCondition  conditions);
AcCondition  ac_profile_get_conditions  (AcProfile   *self);
gboolean     ac_profile_has_condition   (AcProfile   *self,
                                         AcCondition  condition);

G_END_DECLS
