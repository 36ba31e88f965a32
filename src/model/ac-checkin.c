/* ac-checkin.c — one day's soreness check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-checkin"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-checkin.h"
#include "ac-enum-types.h"
#include "ac-error.h"
#include "ac-record-private.h"

struct _AcCheckin
{
  GObject     parent_instance;

  char       *id;
  char       *notes;
  JsonObject *extra;
  GDate       date;
  int         soreness;
  AcArea      areas;
  AcSymptom   symptoms;
  guint       sealed : 1;
};

G_DEFINE_FINAL_TYPE (AcCheckin, ac_checkin, G_TYPE_OBJECT)

#define RETURN_IF_SEALED(self) \
  g_return_if_fail (AC_IS_CHECKIN (self)); \
  g_return_if_fail (!(self)->sealed)

static void
ac_checkin_finalize (GObject *object)
{
  AcCheckin *self = (AcCheckin *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (ac_checkin_parent_class)->finalize (object);
}

static void
ac_checkin_class_init (AcCheckinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_checkin_finalize;
}

static void
ac_checkin_init (AcCheckin *self)
{
  self->notes = g_strdup ("");
  g_date_clear (&self->date, 1);
}

/**
 * ac_checkin_new:
 * @date: the day the soreness is about
 * @soreness: 0 (none) to 10 (worst)
 *
 * Returns: (transfer full): a new check-in with a new random id
 */
AcCheckin *
ac_checkin_new (const GDate *date,
                int          soreness)
{
  AcCheckin *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (AC_TYPE_CHECKIN, NULL);
  self->id = g_uuid_string_random ();
  self->date = *date;
  self->soreness = soreness;

  return self;
}

/* For records read from a file: no random id to throw away. */
AcCheckin *
_ac_checkin_new_with_id (const char  *id,
                         const GDate *date,
                         int          soreness)
{
  AcCheckin *self = g_object_new (AC_TYPE_CHECKIN, NULL);

  self->id = g_strdup (id);
  self->date = *date;
  self->soreness = soreness;

  return self;
}

/**
 * ac_checkin_copy:
 *
 * Returns: (transfer full): an unsealed copy with the same id
 */
AcCheckin *
ac_checkin_copy (AcCheckin *self)
{
  AcCheckin *copy;

  g_return_val_if_fail (AC_IS_CHECKIN (self), NULL);

  copy = _ac_checkin_new_with_id (self->id, &self->date, self->soreness);
  ac_checkin_set_notes (copy, self->notes);
  copy->areas = self->areas;
  copy->symptoms = self->symptoms;
  if (self->extra != NULL)
    copy->extra = json_object_ref (self->extra);

  return copy;
}

gboolean
ac_checkin_equal (AcCheckin *a,
                  AcCheckin *b)
{
  g_return_val_if_fail (AC_IS_CHECKIN (a), FALSE);
  g_return_val_if_fail (AC_IS_CHECKIN (b), FALSE);

  return g_strcmp0 (a->id, b->id) == 0 &&
         g_date_compare (&a->date, &b->date) == 0 &&
         a->soreness == b->soreness &&
         a->areas == b->areas &&
         a->symptoms == b->symptoms &&
         g_strcmp0 (a->notes, b->notes) == 0;
}

/**
 * ac_checkin_validate:
 * @path: (nullable): where the check-in is, for the message
 *
 * Returns: %TRUE if the check-in may go in a journal
 */
gboolean
ac_checkin_validate (AcCheckin   *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), FALSE);

  if (!_ac_validate_id (self->id, path, error) ||
      !_ac_validate_year (g_date_get_year (&self->date), path, "date", error))
    return FALSE;

  if (self->soreness < 0 || self->soreness > AC_SORENESS_MAX)
    {
      g_autofree char *where = _ac_field_path (path, "soreness");

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: %d is out of range 0–%d"),
                   where, self->soreness, AC_SORENESS_MAX);
      return FALSE;
    }

  if ((self->areas & ~ac_flags_get_all (AC_TYPE_AREA)) != 0)
    {
      g_autofree char *where = _ac_field_path (path, "areas");

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: holds an area that is not in the list"), where);
      return FALSE;
    }

  if ((self->symptoms & ~ac_flags_get_all (AC_TYPE_SYMPTOM)) != 0)
    {
      g_autofree char *where = _ac_field_path (path, "symptoms");

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: holds a symptom that is not in the list"), where);
      return FALSE;
    }

  return _ac_validate_text (self->notes, path, "notes", error);
}

gboolean
ac_checkin_is_sealed (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), FALSE);

  return self->sealed;
}

void
_ac_checkin_seal (AcCheckin *self)
{
  g_assert (AC_IS_CHECKIN (self));

  self->sealed = TRUE;
}

JsonObject *
_ac_checkin_get_extra (AcCheckin *self)
{
  g_assert (AC_IS_CHECKIN (self));

  return self->extra;
}

void
_ac_checkin_set_extra (AcCheckin  *self,
                       JsonObject *extra)
{
  g_assert (AC_IS_CHECKIN (self));
  g_assert (!self->sealed);

  g_clear_pointer (&self->extra, json_object_unref);
  if (extra != NULL)
    self->extra = json_object_ref (extra);
}

/**
 * ac_checkin_get_id:
 *
 * Returns: (transfer none): the check-in's UUID
 */
const char *
ac_checkin_get_id (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), NULL);

  return self->id;
}

void
ac_checkin_set_id (AcCheckin  *self,
                   const char *id)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (id != NULL);

  g_free (self->id);
  self->id = g_strdup (id);
}

/**
 * ac_checkin_get_date:
 *
 * Returns: (transfer none): the day the check-in is about
 */
const GDate *
ac_checkin_get_date (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), NULL);

  return &self->date;
}

void
ac_checkin_set_date (AcCheckin   *self,
                     const GDate *date)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
}

/* Day number of the date, for arithmetic on days. */
guint32
ac_checkin_get_julian (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), 0);

  return g_date_get_julian (&self->date);
}

int
ac_checkin_get_soreness (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), 0);

  return self->soreness;
}

void
ac_checkin_set_soreness (AcCheckin *self,
                         int        soreness)
{
  RETURN_IF_SEALED (self);

  self->soreness = soreness;
}

AcArea
ac_checkin_get_areas (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), AC_AREA_NONE);

  return self->areas;
}

void
ac_checkin_set_areas (AcCheckin *self,
                      AcArea     areas)
{
  RETURN_IF_SEALED (self);

  self->areas = areas;
}

AcSymptom
ac_checkin_get_symptoms (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), AC_SYMPTOM_NONE);

  return self->symptoms;
}

void
ac_checkin_set_symptoms (AcCheckin *self,
                         AcSymptom  symptoms)
{
  RETURN_IF_SEALED (self);

  self->symptoms = symptoms;
}

/**
 * ac_checkin_get_notes:
 *
 * Returns: (transfer none): the notes, or ""
 */
const char *
ac_checkin_get_notes (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), NULL);

  return self->notes;
}

void
ac_checkin_set_notes (AcCheckin  *self,
                      const char *notes)
{
  RETURN_IF_SEALED (self);

  g_free (self->notes);
  self->notes = g_strdup (notes ? notes : "");
}

/* Orders check-ins by date; a journal holds one per date, the id only
 * keeps the order total. A #GCompareDataFunc. */
int
ac_checkin_compare (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  AcCheckin *ca = (AcCheckin *)a;
  AcCheckin *cb = (AcCheckin *)b;
  int cmp = g_date_compare (&ca->date, &cb->date);

  return cmp != 0 ? cmp : strcmp (ca->id, cb->id);
}
