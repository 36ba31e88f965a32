/* ac-clearance.c — a note that a warning symptom or hold rule was checked
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-clearance"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-clearance.h"
#include "ac-enum-types.h"
#include "ac-error.h"
#include "ac-record-private.h"

/* A clearance on a date covers its symptom or rule for every check-in on
 * or before that date (GUIDANCE.md, the hold); it never deletes the
 * symptom. Several may share a date. The id, the sealed flag and the
 * unknown members are AcRecord's. */
struct _AcClearance
{
  AcRecord  parent_instance;

  char     *what;
  char     *note;
  GDate     date;
};

G_DEFINE_FINAL_TYPE (AcClearance, ac_clearance, AC_TYPE_RECORD)

/* The hold rules that can be cleared, besides the red-flag symptoms. */
static const char * const rule_ids[] = {
  "soreness-severe", "soreness-persistent", "referral-not-improving", NULL
};

#define RETURN_IF_SEALED(self) \
  g_return_if_fail (AC_IS_CLEARANCE (self)); \
  g_return_if_fail (!ac_record_is_sealed (AC_RECORD (self)))

static void
ac_clearance_finalize (GObject *object)
{
  AcClearance *self = (AcClearance *)object;

  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ac_clearance_parent_class)->finalize (object);
}

static void
ac_clearance_copy_members (AcRecord *record,
                           AcRecord *to)
{
  AcClearance *self = AC_CLEARANCE (record);
  AcClearance *copy = AC_CLEARANCE (to);

  copy->date = self->date;
  ac_clearance_set_what (copy, self->what);
  ac_clearance_set_note (copy, self->note);
}

static gboolean
ac_clearance_equal_members (AcRecord *record_a,
                            AcRecord *record_b)
{
  AcClearance *a = AC_CLEARANCE (record_a);
  AcClearance *b = AC_CLEARANCE (record_b);

  return g_date_compare (&a->date, &b->date) == 0 &&
         g_strcmp0 (a->what, b->what) == 0 &&
         g_strcmp0 (a->note, b->note) == 0;
}

static gboolean
ac_clearance_validate_members (AcRecord    *record,
                               const char  *path,
                               GError     **error)
{
  AcClearance *self = AC_CLEARANCE (record);

  if (!_ac_validate_year (g_date_get_year (&self->date), path, "date", error))
    return FALSE;

  if (!ac_clearance_is_valid_what (self->what))
    {
      g_autofree char *where = _ac_field_path (path, "what");
      g_autofree char *whats = ac_clearance_dup_valid_whats ();

      ac_journal_error_set_invalid (error, where, _("“%s” is not a symptom or a hold rule, one of: %s"),
                                    self->what, whats);
      return FALSE;
    }

  return _ac_validate_text (self->note, path, "note", error);
}

static void
ac_clearance_class_init (AcClearanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AcRecordClass *record_class = AC_RECORD_CLASS (klass);

  object_class->finalize = ac_clearance_finalize;

  record_class->copy_members = ac_clearance_copy_members;
  record_class->equal_members = ac_clearance_equal_members;
  record_class->validate_members = ac_clearance_validate_members;
}

static void
ac_clearance_init (AcClearance *self)
{
  self->what = g_strdup ("");
  self->note = g_strdup ("");
  g_date_clear (&self->date, 1);
}

/**
 * ac_clearance_new:
 * @date: the day the symptom or rule was checked
 * @what: a symptom's word ("leg-swelling") or a hold rule's id
 *   ("soreness-severe", "soreness-persistent", "referral-not-improving");
 *   it is checked when the clearance is validated
 *
 * Returns: (transfer full): a new clearance with a new random id
 */
AcClearance *
ac_clearance_new (const GDate *date,
                  const char  *what)
{
  AcClearance *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = _ac_clearance_new_with_id (NULL, date, what);
  _ac_record_take_id (AC_RECORD (self), g_uuid_string_random ());

  return self;
}

AcClearance *
_ac_clearance_new_with_id (const char  *id,
                           const GDate *date,
                           const char  *what)
{
  AcClearance *self = g_object_new (AC_TYPE_CLEARANCE, NULL);

  _ac_record_take_id (AC_RECORD (self), g_strdup (id));
  self->date = *date;
  ac_clearance_set_what (self, what);

  return self;
}

/**
 * ac_clearance_get_date:
 *
 * Returns: (transfer none): the day the symptom or rule was checked
 */
const GDate *
ac_clearance_get_date (AcClearance *self)
{
  g_return_val_if_fail (AC_IS_CLEARANCE (self), NULL);

  return &self->date;
}

void
ac_clearance_set_date (AcClearance *self,
                       const GDate *date)
{
  RETURN_IF_SEALED (self);
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
}

/* Day number of the date, for arithmetic on days. */
guint32
ac_clearance_get_julian (AcClearance *self)
{
  g_return_val_if_fail (AC_IS_CLEARANCE (self), 0);

  return g_date_get_julian (&self->date);
}

/**
 * ac_clearance_get_what:
 *
 * Returns: (transfer none): the symptom's word or the rule's id
 */
const char *
ac_clearance_get_what (AcClearance *self)
{
  g_return_val_if_fail (AC_IS_CLEARANCE (self), NULL);

  return self->what;
}

void
ac_clearance_set_what (AcClearance *self,
                       const char  *what)
{
  RETURN_IF_SEALED (self);

  g_free (self->what);
  self->what = g_strdup (what ? what : "");
}

/**
 * ac_clearance_get_note:
 *
 * Returns: (transfer none): the note, or ""
 */
const char *
ac_clearance_get_note (AcClearance *self)
{
  g_return_val_if_fail (AC_IS_CLEARANCE (self), NULL);

  return self->note;
}

void
ac_clearance_set_note (AcClearance *self,
                       const char  *note)
{
  RETURN_IF_SEALED (self);

  g_free (self->note);
  self->note = g_strdup (note ? note : "");
}

/**
 * ac_clearance_is_valid_what:
 * @what: (nullable): a word
 *
 * Returns: whether @what is a red-flag symptom's word or one of the hold
 *   rules a person can clear
 */
gboolean
ac_clearance_is_valid_what (const char *what)
{
  if (what == NULL)
    return FALSE;
  if (ac_flag_from_string (AC_TYPE_SYMPTOM, what) != 0)
    return TRUE;
  return g_strv_contains (rule_ids, what);
}

/**
 * ac_clearance_dup_valid_whats:
 *
 * Returns: (transfer full): every valid "what", comma-separated: the
 *   symptoms in vocabulary order, then the rules, for messages
 */
char *
ac_clearance_dup_valid_whats (void)
{
  g_autofree char *symptoms = ac_flags_to_words (AC_TYPE_SYMPTOM, ac_flags_get_all (AC_TYPE_SYMPTOM));
  g_autofree char *rules = g_strjoinv (", ", (char **) rule_ids);

  return g_strconcat (symptoms, ", ", rules, NULL);
}

/* Orders clearances by date, then id, to keep the order total. A
 * #GCompareDataFunc. */
int
ac_clearance_compare (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  AcClearance *ca = (AcClearance *)a;
  AcClearance *cb = (AcClearance *)b;
  int cmp = g_date_compare (&ca->date, &cb->date);

  return cmp != 0 ? cmp : strcmp (ac_record_get_id ((AcRecord *) a), ac_record_get_id ((AcRecord *) b));
}
