/* ac-session.c — one massage session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-error.h"
#include "ac-price.h"
#include "ac-record-private.h"
#include "ac-session.h"

/* The id, the sealed flag and the unknown members are AcRecord's. */
struct _AcSession
{
  AcRecord    parent_instance;

  GDateTime  *start;
  char       *therapist;
  char       *notes;
  char       *price;     /* NULL when not told */
  int         minutes;
  int         felt;      /* AC_SCALE_UNSET when not told */
  AcPressure  pressure;
  AcPurpose   purpose;
  AcArea      areas;
  guint       planned : 1;
};

G_DEFINE_FINAL_TYPE (AcSession, ac_session, AC_TYPE_RECORD)

#define RETURN_IF_SEALED(self) \
  g_return_if_fail (AC_IS_SESSION (self)); \
  g_return_if_fail (!ac_record_is_sealed (AC_RECORD (self)))

static void
ac_session_finalize (GObject *object)
{
  AcSession *self = (AcSession *)object;

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->therapist, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->price, g_free);

  G_OBJECT_CLASS (ac_session_parent_class)->finalize (object);
}

static void
ac_session_copy_members (AcRecord *record,
                         AcRecord *to)
{
  AcSession *self = AC_SESSION (record);
  AcSession *copy = AC_SESSION (to);

  copy->start = g_date_time_ref (self->start);
  copy->minutes = self->minutes;
  copy->pressure = self->pressure;
  copy->purpose = self->purpose;
  ac_session_set_therapist (copy, self->therapist);
  ac_session_set_notes (copy, self->notes);
  copy->areas = self->areas;
  copy->planned = self->planned;
  copy->felt = self->felt;
  ac_session_set_price (copy, self->price);
}

static gboolean
ac_session_equal_members (AcRecord *record_a,
                          AcRecord *record_b)
{
  AcSession *a = AC_SESSION (record_a);
  AcSession *b = AC_SESSION (record_b);

  return g_date_time_equal (a->start, b->start) &&
         g_date_time_get_utc_offset (a->start) == g_date_time_get_utc_offset (b->start) &&
         a->minutes == b->minutes &&
         a->pressure == b->pressure &&
         a->purpose == b->purpose &&
         g_strcmp0 (a->therapist, b->therapist) == 0 &&
         a->areas == b->areas &&
         a->planned == b->planned &&
         a->felt == b->felt &&
         g_strcmp0 (a->price, b->price) == 0 &&
         g_strcmp0 (a->notes, b->notes) == 0;
}

/* NULL is no price; "" is not a price (the setter makes it NULL, the
 * decoder asks here). */
gboolean
_ac_validate_price (const char  *price,
                    const char  *path,
                    GError     **error)
{
  if (price != NULL && !ac_price_is_valid (price))
    {
      g_autofree char *where = _ac_field_path (path, "price");

      ac_journal_error_set_invalid (error, where,
                                    _("“%s” is not an amount with a currency code, like “60.00 EUR”"),
                                    price);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ac_session_validate_members (AcRecord    *record,
                             const char  *path,
                             GError     **error)
{
  AcSession *self = AC_SESSION (record);

  if (!_ac_validate_year (g_date_time_get_year (self->start), path, "start", error))
    return FALSE;

  if (self->minutes < AC_MINUTES_MIN || self->minutes > AC_MINUTES_MAX)
    {
      g_autofree char *where = _ac_field_path (path, "minutes");

      ac_journal_error_set_invalid (error, where, _("%d is out of range %d–%d"),
                                    self->minutes, AC_MINUTES_MIN, AC_MINUTES_MAX);
      return FALSE;
    }

  return _ac_validate_areas (self->areas, path, error) &&
         _ac_validate_scale (self->felt, path, "felt", error) &&
         _ac_validate_price (self->price, path, error) &&
         _ac_validate_text (self->therapist, path, "therapist", error) &&
         _ac_validate_text (self->notes, path, "notes", error);
}

static void
ac_session_class_init (AcSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AcRecordClass *record_class = AC_RECORD_CLASS (klass);

  object_class->finalize = ac_session_finalize;

  record_class->copy_members = ac_session_copy_members;
  record_class->equal_members = ac_session_equal_members;
  record_class->validate_members = ac_session_validate_members;
}

static void
ac_session_init (AcSession *self)
{
  /* Not told, as for a file or a CLI call without one. */
  self->purpose = AC_PURPOSE_OTHER;
  self->felt = AC_SCALE_UNSET;
  self->therapist = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * ac_session_new:
 * @start: when it starts, in the time zone it was booked in
 * @minutes: how long it lasts
 * @pressure: how firm the work is
 *
 * Creates a session with a new random id. Nothing is checked until it is
 * validated or added to a journal.
 *
 * Returns: (transfer full): a new session
 */
AcSession *
ac_session_new (GDateTime  *start,
                int         minutes,
                AcPressure  pressure)
{
  AcSession *self;

  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, NULL);

  self = _ac_session_new_with_id (NULL, start, minutes, pressure);
  _ac_record_take_id (AC_RECORD (self), g_uuid_string_random ());

  return self;
}

AcSession *
_ac_session_new_with_id (const char *id,
                         GDateTime  *start,
                         int         minutes,
                         AcPressure  pressure)
{
  AcSession *self = g_object_new (AC_TYPE_SESSION, NULL);

  _ac_record_take_id (AC_RECORD (self), g_strdup (id));
  self->start = g_date_time_ref (start);
  self->minutes = minutes;
  self->pressure = pressure;

  return self;
}

/**
 * ac_session_get_start:
 *
 * Returns: (transfer none): the start, in the time zone it was written with
 */
GDateTime *
ac_session_get_start (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), NULL);

  return self->start;
}

void
ac_session_set_start (AcSession *self,
                      GDateTime *start)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (start != NULL);

  g_date_time_ref (start);
  g_clear_pointer (&self->start, g_date_time_unref);
  self->start = start;
}

/* The session's calendar day is its start in the offset it was written
 * with, not in the viewer's zone (GUIDANCE.md: day after a session). */
void
ac_session_get_local_date (AcSession *self,
                           GDate     *date)
{
  g_return_if_fail (AC_IS_SESSION (self));
  g_return_if_fail (date != NULL);

  ac_date_set_date_time (date, self->start);
}

int
ac_session_get_minutes (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), 0);

  return self->minutes;
}

void
ac_session_set_minutes (AcSession *self,
                        int        minutes)
{
  RETURN_IF_SEALED (self);

  self->minutes = minutes;
}

AcPressure
ac_session_get_pressure (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), AC_PRESSURE_LIGHT);

  return self->pressure;
}

void
ac_session_set_pressure (AcSession  *self,
                         AcPressure  pressure)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (pressure <= AC_PRESSURE_DEEP);

  self->pressure = pressure;
}

AcPurpose
ac_session_get_purpose (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), AC_PURPOSE_OTHER);

  return self->purpose;
}

void
ac_session_set_purpose (AcSession *self,
                        AcPurpose  purpose)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (purpose <= AC_PURPOSE_OTHER);

  self->purpose = purpose;
}

/**
 * ac_session_get_therapist:
 *
 * Returns: (transfer none): the therapist's name, or "" when not given
 */
const char *
ac_session_get_therapist (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), NULL);

  return self->therapist;
}

void
ac_session_set_therapist (AcSession  *self,
                          const char *therapist)
{
  RETURN_IF_SEALED (self);

  g_free (self->therapist);
  self->therapist = g_strdup (therapist ? therapist : "");
}

AcArea
ac_session_get_areas (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), AC_AREA_NONE);

  return self->areas;
}

void
ac_session_set_areas (AcSession *self,
                      AcArea     areas)
{
  RETURN_IF_SEALED (self);

  self->areas = areas;
}

gboolean
ac_session_get_planned (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), FALSE);

  return self->planned;
}

void
ac_session_set_planned (AcSession *self,
                        gboolean   planned)
{
  RETURN_IF_SEALED (self);

  self->planned = !!planned;
}

/**
 * ac_session_get_notes:
 *
 * Returns: (transfer none): the notes, or ""
 */
const char *
ac_session_get_notes (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), NULL);

  return self->notes;
}

void
ac_session_set_notes (AcSession  *self,
                      const char *notes)
{
  RETURN_IF_SEALED (self);

  g_free (self->notes);
  self->notes = g_strdup (notes ? notes : "");
}

/**
 * ac_session_get_felt:
 *
 * Returns: how good the session felt right after, 0–10, or
 *   %AC_SCALE_UNSET (-1) when not told
 */
int
ac_session_get_felt (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), AC_SCALE_UNSET);

  return self->felt;
}

/**
 * ac_session_set_felt:
 * @felt: 0–10, or %AC_SCALE_UNSET (-1) to unset; checked when the
 *   session is validated
 */
void
ac_session_set_felt (AcSession *self,
                     int        felt)
{
  RETURN_IF_SEALED (self);

  self->felt = felt;
}

/**
 * ac_session_get_price:
 *
 * Returns: (transfer none) (nullable): what it cost, such as "60.00 EUR"
 *   (see ac_price_parse()), or %NULL when not told
 */
const char *
ac_session_get_price (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), NULL);

  return self->price;
}

/**
 * ac_session_set_price:
 * @price: (nullable): an amount and an ISO 4217 code, such as
 *   "60.00 EUR"; %NULL or "" to unset; checked when the session is
 *   validated
 */
void
ac_session_set_price (AcSession  *self,
                      const char *price)
{
  RETURN_IF_SEALED (self);

  g_free (self->price);
  self->price = price != NULL && price[0] != '\0' ? g_strdup (price) : NULL;
}

/* GUIDANCE.md: load is minutes × pressure weight. */
guint
ac_session_get_load (AcSession *self)
{
  g_return_val_if_fail (AC_IS_SESSION (self), 0);

  return (guint) MAX (self->minutes, 0) * ac_pressure_get_weight (self->pressure);
}

/**
 * ac_session_compare:
 *
 * Orders sessions by start instant, then by id, so that the order is total
 * and stable across loads. A #GCompareDataFunc.
 */
int
ac_session_compare (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  AcSession *sa = (AcSession *)a;
  AcSession *sb = (AcSession *)b;
  int cmp = g_date_time_compare (sa->start, sb->start);

  return cmp != 0 ? cmp : strcmp (ac_record_get_id ((AcRecord *) a), ac_record_get_id ((AcRecord *) b));
}
