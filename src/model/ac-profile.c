/* ac-profile.c — what a therapist should know before a massage
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-profile"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-error.h"
#include "ac-record-private.h"

/* The screening conditions, the areas to avoid and the notes for a
 * therapist. Like a record, a profile is sealed once the journal holds
 * it and never changes again: the journal replaces it with a changed
 * copy, so a save snapshot can hold it while the user edits. */
struct _AcProfile
{
  GObject      parent_instance;

  JsonObject  *extra;
  char        *therapist_notes;
  AcCondition  conditions;
  AcArea       avoid_areas;
  gboolean     sealed;
};

G_DEFINE_FINAL_TYPE (AcProfile, ac_profile, G_TYPE_OBJECT)

static void
ac_profile_finalize (GObject *object)
{
  AcProfile *self = (AcProfile *)object;

  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->therapist_notes, g_free);

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
  self->therapist_notes = g_strdup ("");
}

/**
 * ac_profile_new:
 *
 * Returns: (transfer full): an unsealed profile listing @conditions, no
 *   areas to avoid and no notes
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

/**
 * ac_profile_copy:
 *
 * Returns: (transfer full): an unsealed copy, unknown members and all
 */
AcProfile *
ac_profile_copy (AcProfile *self)
{
  AcProfile *copy;

  g_return_val_if_fail (AC_IS_PROFILE (self), NULL);

  copy = _ac_profile_new_full (self->conditions, self->extra);
  copy->avoid_areas = self->avoid_areas;
  ac_profile_set_therapist_notes (copy, self->therapist_notes);

  return copy;
}

/**
 * ac_profile_is_sealed:
 *
 * A sealed profile belongs to a journal and never changes again; copy it
 * to change it.
 *
 * Returns: whether the profile is sealed
 */
gboolean
ac_profile_is_sealed (AcProfile *self)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), TRUE);

  return self->sealed;
}

void
_ac_profile_seal (AcProfile *self)
{
  g_assert (AC_IS_PROFILE (self));

  self->sealed = TRUE;
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

void
ac_profile_set_conditions (AcProfile   *self,
                           AcCondition  conditions)
{
  g_return_if_fail (AC_IS_PROFILE (self));
  g_return_if_fail (!self->sealed);

  self->conditions = conditions;
}

gboolean
ac_profile_has_condition (AcProfile   *self,
                          AcCondition  condition)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), FALSE);

  return (self->conditions & condition) != 0;
}

/**
 * ac_profile_get_avoid_areas:
 *
 * Returns: the body areas a therapist should not work on
 */
AcArea
ac_profile_get_avoid_areas (AcProfile *self)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), AC_AREA_NONE);

  return self->avoid_areas;
}

void
ac_profile_set_avoid_areas (AcProfile *self,
                            AcArea     areas)
{
  g_return_if_fail (AC_IS_PROFILE (self));
  g_return_if_fail (!self->sealed);

  self->avoid_areas = areas;
}

/**
 * ac_profile_get_therapist_notes:
 *
 * Returns: (transfer none): the notes for a therapist, or ""
 */
const char *
ac_profile_get_therapist_notes (AcProfile *self)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), "");

  return self->therapist_notes;
}

/**
 * ac_profile_set_therapist_notes:
 * @notes: (nullable): the notes; %NULL for none
 */
void
ac_profile_set_therapist_notes (AcProfile  *self,
                                const char *notes)
{
  g_return_if_fail (AC_IS_PROFILE (self));
  g_return_if_fail (!self->sealed);

  if (g_strcmp0 (self->therapist_notes, notes ? notes : "") == 0)
    return;

  g_free (self->therapist_notes);
  self->therapist_notes = g_strdup (notes ? notes : "");
}

/**
 * ac_profile_is_empty:
 *
 * Returns: whether the profile says nothing: no condition, no area to
 *   avoid, no notes (unknown members do not count)
 */
gboolean
ac_profile_is_empty (AcProfile *self)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), TRUE);

  return self->conditions == AC_CONDITION_NONE &&
         self->avoid_areas == AC_AREA_NONE &&
         self->therapist_notes[0] == '\0';
}

/**
 * ac_profile_equal:
 *
 * Returns: whether @a and @b say the same; unknown members are not
 *   compared
 */
gboolean
ac_profile_equal (AcProfile *a,
                  AcProfile *b)
{
  g_return_val_if_fail (AC_IS_PROFILE (a), FALSE);
  g_return_val_if_fail (AC_IS_PROFILE (b), FALSE);

  return a->conditions == b->conditions &&
         a->avoid_areas == b->avoid_areas &&
         g_strcmp0 (a->therapist_notes, b->therapist_notes) == 0;
}

/**
 * ac_profile_validate:
 *
 * Checks the rules of the file's profile: conditions and areas from
 * their lists, notes of at most 4,000 characters. The error names the
 * field, such as “profile.avoid_areas”.
 *
 * Returns: %TRUE if the profile keeps every rule
 */
gboolean
ac_profile_validate (AcProfile  *self,
                     GError    **error)
{
  g_return_val_if_fail (AC_IS_PROFILE (self), FALSE);

  if ((self->conditions & ~ac_flags_get_all (AC_TYPE_CONDITION)) != 0)
    {
      ac_journal_error_set_invalid (error, "profile.conditions",
                                    _("holds a condition that is not in the list"));
      return FALSE;
    }

  return _ac_validate_area_field (self->avoid_areas, "profile", "avoid_areas", error) &&
         _ac_validate_text (self->therapist_notes, "profile", "therapist_notes", error);
}
