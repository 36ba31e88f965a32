/* ac-profile.h — what a therapist should know before a massage
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

AcProfile   *ac_profile_new                  (AcCondition   conditions);
AcProfile   *ac_profile_copy                 (AcProfile    *self);
gboolean     ac_profile_is_sealed            (AcProfile    *self);

AcCondition  ac_profile_get_conditions       (AcProfile    *self);
void         ac_profile_set_conditions       (AcProfile    *self,
                                              AcCondition   conditions);
gboolean     ac_profile_has_condition        (AcProfile    *self,
                                              AcCondition   condition);
AcArea       ac_profile_get_avoid_areas      (AcProfile    *self);
void         ac_profile_set_avoid_areas      (AcProfile    *self,
                                              AcArea        areas);
const char  *ac_profile_get_therapist_notes  (AcProfile    *self);
void         ac_profile_set_therapist_notes  (AcProfile    *self,
                                              const char   *notes);

gboolean     ac_profile_is_empty             (AcProfile    *self);
gboolean     ac_profile_equal                (AcProfile    *a,
                                              AcProfile    *b);
gboolean     ac_profile_validate             (AcProfile    *self,
                                              GError      **error);

G_END_DECLS
