/* ac-record.c — what every record of a journal is: an id, the sealed
 * flag, the members this version does not know; and the checks that every
 * kind of record shares
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-error.h"
#include "ac-record-private.h"

/* The base of AcSession and AcCheckin. A third kind of record (the
 * clearance of DESIGN.md) is a subclass that fills in AcRecordClass's
 * copy_members, equal_members and validate_members, a `_new_with_id`
 * constructor for the decoder, and its list in AcJournal and
 * AcJournalSnapshot; the id, sealing, the unknown members, copying,
 * equality and the journal's id table come from here. */

typedef struct
{
  char       *id;
  JsonObject *extra;   /* members of the file this version does not know */
  gboolean    sealed;
} AcRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AcRecord, ac_record, G_TYPE_OBJECT)

static void
ac_record_finalize (GObject *object)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (AC_RECORD (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (ac_record_parent_class)->finalize (object);
}

static void
ac_record_class_init (AcRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_record_finalize;
}

static void
ac_record_init (AcRecord *self)
{
}

/**
 * ac_record_get_id:
 *
 * Returns: (transfer none): the record's UUID
 */
const char *
ac_record_get_id (AcRecord *self)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_return_val_if_fail (AC_IS_RECORD (self), NULL);

  return priv->id;
}

/**
 * ac_record_set_id:
 * @id: a UUID; it is checked when the record is validated
 *
 * Gives an unsealed record another id, as an import that keeps the ids
 * of its source does.
 */
void
ac_record_set_id (AcRecord   *self,
                  const char *id)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_return_if_fail (AC_IS_RECORD (self));
  g_return_if_fail (!priv->sealed);
  g_return_if_fail (id != NULL);

  g_free (priv->id);
  priv->id = g_strdup (id);
}

/* Sets the id of a record being built, taking @id. */
void
_ac_record_take_id (AcRecord *self,
                    char     *id)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_assert (AC_IS_RECORD (self));
  g_assert (!priv->sealed);

  g_free (priv->id);
  priv->id = id;
}

/**
 * ac_record_is_sealed:
 *
 * A sealed record belongs to a journal and never changes again; copy it
 * (ac_record_copy()) to edit it.
 *
 * Returns: whether the record is sealed
 */
gboolean
ac_record_is_sealed (AcRecord *self)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_return_val_if_fail (AC_IS_RECORD (self), FALSE);

  return priv->sealed;
}

void
_ac_record_seal (AcRecord *self)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_assert (AC_IS_RECORD (self));

  priv->sealed = TRUE;
}

JsonObject *
_ac_record_get_extra (AcRecord *self)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_assert (AC_IS_RECORD (self));

  return priv->extra;
}

void
_ac_record_set_extra (AcRecord   *self,
                      JsonObject *extra)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);

  g_assert (AC_IS_RECORD (self));
  g_assert (!priv->sealed);

  g_clear_pointer (&priv->extra, json_object_unref);
  if (extra != NULL)
    priv->extra = json_object_ref (extra);
}

/**
 * ac_record_copy:
 *
 * Copies every member, the id and the unknown members included, into a
 * record of the same kind that can be changed: the way to edit a record a
 * journal holds.
 *
 * Returns: (transfer full): an unsealed copy
 */
AcRecord *
ac_record_copy (AcRecord *self)
{
  AcRecordPrivate *priv = ac_record_get_instance_private (self);
  AcRecord *copy;

  g_return_val_if_fail (AC_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  _ac_record_take_id (copy, g_strdup (priv->id));
  _ac_record_set_extra (copy, priv->extra);
  AC_RECORD_GET_CLASS (self)->copy_members (self, copy);

  return copy;
}

/**
 * ac_record_equal:
 *
 * Whether @a and @b are the same kind of record with the same id and the
 * same members. The members this version does not know are not compared.
 *
 * Returns: %TRUE if equal
 */
gboolean
ac_record_equal (AcRecord *a,
                 AcRecord *b)
{
  g_return_val_if_fail (AC_IS_RECORD (a), FALSE);
  g_return_val_if_fail (AC_IS_RECORD (b), FALSE);

  return G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b) &&
         g_strcmp0 (ac_record_get_id (a), ac_record_get_id (b)) == 0 &&
         AC_RECORD_GET_CLASS (a)->equal_members (a, b);
}

/**
 * ac_record_validate:
 * @path: (nullable): where the record is, for the message, such as
 *   "sessions[3]"
 *
 * Checks every rule of the journal format.
 *
 * Returns: %TRUE if the record may go in a journal
 */
gboolean
ac_record_validate (AcRecord    *self,
                    const char  *path,
                    GError     **error)
{
  g_return_val_if_fail (AC_IS_RECORD (self), FALSE);

  return _ac_validate_id (ac_record_get_id (self), path, error) &&
         AC_RECORD_GET_CLASS (self)->validate_members (self, path, error);
}

/* "sessions[3]" + "minutes" → "sessions[3].minutes"; no path → "minutes". */
char *
_ac_field_path (const char *path,
                const char *field)
{
  if (path == NULL || path[0] == '\0')
    return g_strdup (field);
  return g_strconcat (path, ".", field, NULL);
}

/* Ids are UUIDs, which RFC 4122 compares without case: a file, a CLI
 * argument or an import may write them in capitals. Hash and equality for
 * tables of ids. */
guint
_ac_id_hash (gconstpointer id)
{
  guint hash = 5381;

  for (const char *p = id; *p != '\0'; p++)
    hash = hash * 33 + (guint) g_ascii_tolower (*p);
  return hash;
}

gboolean
_ac_id_equal (gconstpointer a,
              gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

gboolean
_ac_validate_id (const char  *id,
                 const char  *path,
                 GError     **error)
{
  if (id == NULL || !g_uuid_string_is_valid (id))
    {
      g_autofree char *where = _ac_field_path (path, "id");

      ac_journal_error_set_invalid (error, where, _("“%s” is not a UUID"), id ? id : "");
      return FALSE;
    }

  return TRUE;
}

gboolean
_ac_validate_text (const char  *text,
                   const char  *path,
                   const char  *field,
                   GError     **error)
{
  g_autofree char *where = NULL;
  glong n_chars;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      where = _ac_field_path (path, field);
      ac_journal_error_set_invalid (error, where, _("is not valid UTF-8 text"));
      return FALSE;
    }

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > AC_TEXT_MAX_CHARS)
    {
      where = _ac_field_path (path, field);
      ac_journal_error_set_invalid (error, where, _("%ld characters is more than the %d allowed"),
                                    n_chars, AC_TEXT_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ac_validate_areas (AcArea       areas,
                    const char  *path,
                    GError     **error)
{
  return _ac_validate_area_field (areas, path, "areas", error);
}

/* Areas under another name, such as the profile's avoid_areas. */
gboolean
_ac_validate_area_field (AcArea       areas,
                         const char  *path,
                         const char  *field,
                         GError     **error)
{
  if ((areas & ~ac_flags_get_all (AC_TYPE_AREA)) != 0)
    {
      g_autofree char *where = _ac_field_path (path, field);

      ac_journal_error_set_invalid (error, where, _("holds an area that is not in the list"));
      return FALSE;
    }

  return TRUE;
}

/* An optional 0–10 answer: felt, stress, sleep. */
gboolean
_ac_validate_scale (int          value,
                    const char  *path,
                    const char  *field,
                    GError     **error)
{
  if (value != AC_SCALE_UNSET && (value < 0 || value > AC_SCALE_MAX))
    {
      g_autofree char *where = _ac_field_path (path, field);

      ac_journal_error_set_invalid (error, where, _("%d is out of range 0–%d"), value, AC_SCALE_MAX);
      return FALSE;
    }

  return TRUE;
}

/* Years of four digits keep dates unambiguous in the file. */
gboolean
_ac_validate_year (int          year,
                   const char  *path,
                   const char  *field,
                   GError     **error)
{
  if (year < AC_YEAR_MIN || year > AC_YEAR_MAX)
    {
      g_autofree char *where = _ac_field_path (path, field);

      ac_journal_error_set_invalid (error, where, _("year %d is out of range %d–%d"),
                                    year, AC_YEAR_MIN, AC_YEAR_MAX);
      return FALSE;
    }

  return TRUE;
}
