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

/* The id, the sealed flag and the unknown members are AcRecord's. */
struct _AcCheckin
{
  AcRecord    parent_instance;

  char       *notes;
  GDate       date;
  int         soreness;
  int         stress;    /* AC_SCALE_UNSET when not told */
  int         sleep;     /* AC_SCALE_UNSET when not told */
  AcArea      areas;
  AcSymptom   symptoms;
};

G_DEFINE_FINAL_TYPE (AcCheckin, ac_checkin, AC_TYPE_RECORD)

#define RETURN_IF_SEALED(self) \
  g_return_if_fail (AC_IS_CHECKIN (self)); \
  g_return_if_fail (!ac_record_is_sealed (AC_RECORD (self)))

static void
ac_checkin_finalize (GObject *object)
{
  AcCheckin *self = (AcCheckin *)object;

  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ac_checkin_parent_class)->finalize (object);
}

static void
ac_checkin_copy_members (AcRecord *record,
                         AcRecord *to)
{
  AcCheckin *self = AC_CHECKIN (record);
  AcCheckin *copy = AC_CHECKIN (to);

  copy->date = self->date;
  copy->soreness = self->soreness;
  ac_checkin_set_notes (copy, self->notes);
  copy->areas = self->areas;
  copy->symptoms = self->symptoms;
  copy->stress = self->stress;
  copy->sleep = self->sleep;
}

static gboolean
ac_checkin_equal_members (AcRecord *record_a,
                          AcRecord *record_b)
{
  AcCheckin *a = AC_CHECKIN (record_a);
  AcCheckin *b = AC_CHECKIN (record_b);

  return g_date_compare (&a->date, &b->date) == 0 &&
         a->soreness == b->soreness &&
         a->areas == b->areas &&
         a->symptoms == b->symptoms &&
         a->stress == b->stress &&
         a->sleep == b->sleep &&
         g_strcmp0 (a->notes, b->notes) == 0;
}

static gboolean
ac_checkin_validate_members (AcRecord    *record,
                             const char  *path,
                             GError     **error)
{
  AcCheckin *self = AC_CHECKIN (record);

  if (!_ac_validate_year (g_date_get_year (&self->date), path, "date", error))
    return FALSE;

  if (self->soreness < 0 || self->soreness > AC_SORENESS_MAX)
    {
      g_autofree char *where = _ac_field_path (path, "soreness");

      ac_journal_error_set_invalid (error, where, _("%d is out of range 0–%d"),
                                    self->soreness, AC_SORENESS_MAX);
      return FALSE;
    }

  if (!_ac_validate_areas (self->areas, path, error))
    return FALSE;

  if ((self->symptoms & ~ac_flags_get_all (AC_TYPE_SYMPTOM)) != 0)
    {
      g_autofree char *where = _ac_field_path (path, "symptoms");

      ac_journal_error_set_invalid (error, where, _("holds a symptom that is not in the list"));
      return FALSE;
    }

  return _ac_validate_scale (self->stress, path, "stress", error) &&
         _ac_validate_scale (self->sleep, path, "sleep", error) &&
         _ac_validate_text (self->notes, path, "notes", error);
}

static void
ac_checkin_class_init (AcCheckinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AcRecordClass *record_class = AC_RECORD_CLASS (klass);

  object_class->finalize = ac_checkin_finalize;

  record_class->copy_members = ac_checkin_copy_members;
  record_class->equal_members = ac_checkin_equal_members;
  record_class->validate_members = ac_checkin_validate_members;
}

static void
ac_checkin_init (AcCheckin *self)
{
  self->notes = g_strdup ("");
  self->stress = AC_SCALE_UNSET;
  self->sleep = AC_SCALE_UNSET;
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

  self = _ac_checkin_new_with_id (NULL, date, soreness);
  _ac_record_take_id (AC_RECORD (self), g_uuid_string_random ());

  return self;
}

AcCheckin *
_ac_checkin_new_with_id (const char  *id,
                         const GDate *date,
                         int          soreness)
{
  AcCheckin *self = g_object_new (AC_TYPE_CHECKIN, NULL);

  _ac_record_take_id (AC_RECORD (self), g_strdup (id));
  self->date = *date;
  self->soreness = soreness;

  return self;
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
 * ac_checkin_get_stress:
 *
 * Returns: 0 calm to 10 very stressed, or %AC_SCALE_UNSET (-1) when not
 *   told
 */
int
ac_checkin_get_stress (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), AC_SCALE_UNSET);

  return self->stress;
}

/**
 * ac_checkin_set_stress:
 * @stress: 0–10, or %AC_SCALE_UNSET (-1) to unset; checked when the
 *   check-in is validated
 */
void
ac_checkin_set_stress (AcCheckin *self,
                       int        stress)
{
  RETURN_IF_SEALED (self);

  self->stress = stress;
}

/**
 * ac_checkin_get_sleep:
 *
 * Returns: last night's sleep, 0 very poor to 10 very good, or
 *   %AC_SCALE_UNSET (-1) when not told
 */
int
ac_checkin_get_sleep (AcCheckin *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), AC_SCALE_UNSET);

  return self->sleep;
}

/**
 * ac_checkin_set_sleep:
 * @sleep: 0–10, or %AC_SCALE_UNSET (-1) to unset; checked when the
 *   check-in is validated
 */
void
ac_checkin_set_sleep (AcCheckin *self,
                      int        sleep)
{
  RETURN_IF_SEALED (self);

  self->sleep = sleep;
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

  return cmp != 0 ? cmp : strcmp (ac_record_get_id ((AcRecord *) a), ac_record_get_id ((AcRecord *) b));
}

/**
 * ac_checkin_validate_day:
 * @today: the clock's today
 *
 * A check-in says how one felt on a day, so it can't be for a day that
 * hasn't come. A journal may still hold one (another program wrote it):
 * this is asked of what a person enters, not of what a file holds.
 *
 * Returns: %TRUE if @self is dated on or before @today; else %FALSE
 *   with @error naming the field "date"
 */
gboolean
ac_checkin_validate_day (AcCheckin    *self,
                         const GDate  *today,
                         GError      **error)
{
  g_return_val_if_fail (AC_IS_CHECKIN (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (g_date_compare (&self->date, today) <= 0)
    return TRUE;

  ac_journal_error_set_invalid (error, "date", _("a check-in can't be for a day that hasn't come"));
  return FALSE;
}
