/* ac-profile.c — conditions that matter before a massage
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-profile"

#include "config.h"

#include "ac-record-private.h"

/* A profile never changes: the journal replaces it, so a save snapshot
 * can hold it while the user edits. */
struct _AcProfile
{
  GObject      parent_instance;

  JsonObject  *extra;
  AcCondition  conditions;
};

G_DEFINE_FINAL_TYPE (AcProfile, ac_profile, G_TYPE_OBJECT)

static void
ac_profile_finalize (GObject *object)
{
  AcProfile *self = (AcProfile *)object;

  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (ac_profile_parent_class)->finalize (object);
}

static void
ac_profile_class_init (AcProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_profile_finalize;
}

static void
ac_profile_init (AcProfile *self)
{
}

/**
 * ac_profile_new:
 *
 * Returns: (transfer full): a profile listing @conditions
 */
AcProfile *
ac_profile_new (AcCondition conditions)
{
  return _ac_profile_new_full (conditions, NULL);
}

AcProfile *
_ac_profile_new_full (AcCondition  conditions,
                      JsonObject  *extra)
{
  AcProfile *self = g_object_new (AC_TYPE_PROFILE, NULL);

  self->conditions = conditions;
  if (extra != NULL)
    self->extra = json_object_ref (extra);

  return self;
}

JsonObject *
_ac_profile_get_extra (AcProfile *self)
{
  g_assert (AC_IS_PROFILE (self));

  return self->extra;
}

AcCondition
ac_profile_get_conditions (AcProfile *self)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), AC_CONDITION_NONE);

  return self->conditions;
}

gboolean
ac_profile_has_condition (AcProfile   *self,
                          AcCondition  condition)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), FALSE);

  return (self->conditions & condition) != 0;
}
