/* ac-journal-changes.c — the changes a journal takes: records added,
 * replaced and removed, each checked first
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-changes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-journal-private.h"
#include "ac-record-private.h"

/* Every change is validated whole before anything moves, so a refused
 * change leaves the journal as it was and emits nothing. */

static gboolean
check_new_id (AcJournal   *self,
              const char  *id,
              GError     **error)
{
  if (_ac_journal_lookup_record (self, id) != NULL)
    {
      ac_journal_error_set_invalid (error, "id", _("“%s” is already in the journal"), id);
      return FALSE;
    }

  return TRUE;
}

/* A session or a clearance: kinds of which a day may hold any number. */
static gboolean
add_record (AcJournal  *self,
            AcRecord   *record,
            GError    **error)
{
  if (!_ac_journal_check_writable (self, error) ||
      !ac_record_validate (record, NULL, error) ||
      !check_new_id (self, ac_record_get_id (record), error))
    return FALSE;

  _ac_journal_insert_record (self, record);
  _ac_journal_emit_changed (self);

  return TRUE;
}

/* The record of @record's kind with @record's id; NOT_FOUND if none. */
static AcRecord *
lookup_same (AcJournal  *self,
             AcRecord   *record,
             GError    **error)
{
  const char *id = ac_record_get_id (record);
  AcRecord *old = _ac_journal_lookup_record (self, id);

  if (old != NULL && G_OBJECT_TYPE (old) == G_OBJECT_TYPE (record))
    return old;

  if (AC_IS_SESSION (record))
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND,
                 _("There is no session with id “%s”"), id);
  else if (AC_IS_CHECKIN (record))
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND,
                 _("There is no check-in with id “%s”"), id);
  else
    g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND,
                 _("There is no clearance with id “%s”"), id);
  return NULL;
}

/* A session or a clearance, in place of the one with its id. */
static gboolean
replace_record (AcJournal  *self,
                AcRecord   *record,
                GError    **error)
{
  AcRecord *old;

  if (!_ac_journal_check_writable (self, error) ||
      !ac_record_validate (record, NULL, error) ||
      (old = lookup_same (self, record, error)) == NULL)
    return FALSE;

  if (old != record)
    {
      _ac_journal_remove_record (self, old);
      _ac_journal_insert_record (self, record);
    }
  _ac_journal_emit_changed (self);

  return TRUE;
}

/**
 * ac_journal_add_session:
 * @session: a new session, with an id the journal does not hold
 *
 * Validates @session and adds it. The journal keeps a reference and seals
 * the session: it can no longer change. To edit it later, change a copy
 * (ac_session_copy()) and pass that to ac_journal_update_session().
 *
 * Returns: %TRUE if added; on error the journal is unchanged
 */
gboolean
ac_journal_add_session (AcJournal  *self,
                        AcSession  *session,
                        GError    **error)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_SESSION (session), FALSE);

  return add_record (self, AC_RECORD (session), error);
}

/**
 * ac_journal_update_session:
 * @session: new values for the session with the same id
 *
 * Returns: %TRUE if replaced; on error the journal is unchanged
 */
gboolean
ac_journal_update_session (AcJournal  *self,
                           AcSession  *session,
                           GError    **error)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_SESSION (session), FALSE);

  return replace_record (self, AC_RECORD (session), error);
}

/* The check-in @checkin replaces on its date, if any, other than itself
 * and than @old. */
static AcCheckin *
other_on_same_day (AcJournal *self,
                   AcCheckin *checkin,
                   AcRecord  *old)
{
  AcCheckin *same_day = ac_journal_lookup_checkin_for_date (self, ac_checkin_get_date (checkin));

  return same_day != checkin && (AcRecord *) same_day != old ? same_day : NULL;
}

/**
 * ac_journal_get_dropped_symptoms:
 * @checkin: a check-in about to be added or to replace the one with its id
 *
 * What ac_journal_add_checkin() or ac_journal_update_checkin() would take
 * away: the symptoms that the check-in @checkin replaces, by its id or by
 * its date, lists and @checkin does not. An editor names them to ask
 * before it passes %AC_JOURNAL_CHANGE_DROP_SYMPTOMS.
 *
 * Returns: the symptoms that would go, or %AC_SYMPTOM_NONE
 */
AcSymptom
ac_journal_get_dropped_symptoms (AcJournal *self,
                                 AcCheckin *checkin)
{
  AcRecord *same_id;
  AcCheckin *same_day;
  AcSymptom listed = AC_SYMPTOM_NONE;

  g_return_val_if_fail (AC_IS_JOURNAL (self), AC_SYMPTOM_NONE);
  g_return_val_if_fail (AC_IS_CHECKIN (checkin), AC_SYMPTOM_NONE);

  same_id = _ac_journal_lookup_record (self, ac_checkin_get_id (checkin));
  if (AC_IS_CHECKIN (same_id) && same_id != (AcRecord *) checkin)
    listed |= ac_checkin_get_symptoms (AC_CHECKIN (same_id));
  same_day = other_on_same_day (self, checkin, same_id);
  if (same_day != NULL)
    listed |= ac_checkin_get_symptoms (same_day);

  return listed & ~ac_checkin_get_symptoms (checkin);
}

/* A symptom is never removed silently (GUIDANCE.md, the hold): @replaced
 * may give way to @checkin only if @checkin lists every symptom it does,
 * or the caller said to drop them. */
static gboolean
check_keeps_symptoms (AcCheckin             *checkin,
                      AcCheckin             *replaced,
                      AcJournalChangeFlags   flags,
                      GError               **error)
{
  AcSymptom dropped;
  g_autoptr(GString) names = NULL;
  g_autofree char *day = NULL;
  guint n = 0;

  if (replaced == NULL || (flags & AC_JOURNAL_CHANGE_DROP_SYMPTOMS) != 0)
    return TRUE;
  dropped = ac_checkin_get_symptoms (replaced) & ~ac_checkin_get_symptoms (checkin);
  if (dropped == AC_SYMPTOM_NONE)
    return TRUE;

  names = g_string_new (NULL);
  for (guint bit = 1; bit != 0 && bit <= dropped; bit <<= 1)
    if ((dropped & bit) != 0)
      {
        /* Translators: a symptom's name in a list of them */
        g_string_append_printf (names, n++ == 0 ? _("“%s”") : _(", “%s”"),
                                ac_symptom_get_label (bit));
      }

  day = ac_date_format_iso (ac_checkin_get_date (replaced));
  /* Translators: a date (2026-06-15), then the names of symptoms */
  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS,
               ngettext ("The check-in of %s lists %s; replacing it would remove that symptom",
                         "The check-in of %s lists %s; replacing it would remove those symptoms", n),
               day, names->str);
  if (error != NULL)
    _ac_journal_error_set_data (*error, "symptoms", (*error)->message);
  return FALSE;
}

/**
 * ac_journal_add_checkin:
 * @checkin: a new check-in
 *
 * ac_journal_add_checkin_full() with %AC_JOURNAL_CHANGE_DEFAULT: a
 * replacement that would drop a symptom is refused.
 *
 * Returns: %TRUE if added; on error the journal is unchanged
 */
gboolean
ac_journal_add_checkin (AcJournal  *self,
                        AcCheckin  *checkin,
                        GError    **error)
{
  return ac_journal_add_checkin_full (self, checkin, AC_JOURNAL_CHANGE_DEFAULT, error);
}

/**
 * ac_journal_add_checkin_full:
 * @checkin: a new check-in
 * @flags: %AC_JOURNAL_CHANGE_DROP_SYMPTOMS to let it drop symptoms
 *
 * Validates @checkin and adds it, sealed. A check-in the journal already
 * holds for the same date is replaced: there is one per day. If that one
 * lists a symptom @checkin does not, the replacement is refused with
 * %AC_JOURNAL_ERROR_DROPS_SYMPTOMS unless @flags says to drop it.
 *
 * Returns: %TRUE if added; on error the journal is unchanged
 */
gboolean
ac_journal_add_checkin_full (AcJournal             *self,
                             AcCheckin             *checkin,
                             AcJournalChangeFlags   flags,
                             GError               **error)
{
  AcCheckin *same_day;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_CHECKIN (checkin), FALSE);

  if (!_ac_journal_check_writable (self, error) ||
      !ac_checkin_validate (checkin, NULL, error) ||
      !check_new_id (self, ac_checkin_get_id (checkin), error))
    return FALSE;

  same_day = other_on_same_day (self, checkin, NULL);
  if (!check_keeps_symptoms (checkin, same_day, flags, error))
    return FALSE;

  if (same_day != NULL)
    _ac_journal_remove_record (self, same_day);
  _ac_journal_insert_record (self, checkin);
  _ac_journal_emit_changed (self);

  return TRUE;
}

/**
 * ac_journal_update_checkin:
 * @checkin: new values for the check-in with the same id
 *
 * ac_journal_update_checkin_full() with %AC_JOURNAL_CHANGE_DEFAULT.
 *
 * Returns: %TRUE if replaced; on error the journal is unchanged
 */
gboolean
ac_journal_update_checkin (AcJournal  *self,
                           AcCheckin  *checkin,
                           GError    **error)
{
  return ac_journal_update_checkin_full (self, checkin, AC_JOURNAL_CHANGE_DEFAULT, error);
}

/**
 * ac_journal_update_checkin_full:
 * @checkin: new values for the check-in with the same id
 * @flags: %AC_JOURNAL_CHANGE_DROP_SYMPTOMS to let it drop symptoms
 *
 * When the date moves to a day that has another check-in, that one is
 * replaced. If the check-in being changed, or the one replaced on the new
 * date, lists a symptom @checkin does not, the change is refused with
 * %AC_JOURNAL_ERROR_DROPS_SYMPTOMS unless @flags says to drop it.
 *
 * Returns: %TRUE if replaced; on error the journal is unchanged
 */
gboolean
ac_journal_update_checkin_full (AcJournal             *self,
                                AcCheckin             *checkin,
                                AcJournalChangeFlags   flags,
                                GError               **error)
{
  AcRecord *old;
  AcCheckin *same_day;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_CHECKIN (checkin), FALSE);

  if (!_ac_journal_check_writable (self, error) ||
      !ac_checkin_validate (checkin, NULL, error) ||
      (old = lookup_same (self, AC_RECORD (checkin), error)) == NULL)
    return FALSE;

  same_day = other_on_same_day (self, checkin, old);
  if (!check_keeps_symptoms (checkin, AC_CHECKIN (old), flags, error) ||
      !check_keeps_symptoms (checkin, same_day, flags, error))
    return FALSE;

  if (old != (AcRecord *) checkin)
    {
      _ac_journal_remove_record (self, old);
      if (same_day != NULL)
        _ac_journal_remove_record (self, same_day);
      _ac_journal_insert_record (self, checkin);
    }
  _ac_journal_emit_changed (self);

  return TRUE;
}

/**
 * ac_journal_add_clearance:
 * @clearance: a new clearance, with an id the journal does not hold
 *
 * Validates @clearance and adds it, sealed. Several clearances may share
 * a date; none replaces another.
 *
 * Returns: %TRUE if added; on error the journal is unchanged
 */
gboolean
ac_journal_add_clearance (AcJournal    *self,
                          AcClearance  *clearance,
                          GError      **error)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_CLEARANCE (clearance), FALSE);

  return add_record (self, AC_RECORD (clearance), error);
}

/**
 * ac_journal_update_clearance:
 * @clearance: new values for the clearance with the same id
 *
 * Returns: %TRUE if replaced; on error the journal is unchanged
 */
gboolean
ac_journal_update_clearance (AcJournal    *self,
                             AcClearance  *clearance,
                             GError      **error)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (AC_IS_CLEARANCE (clearance), FALSE);

  return replace_record (self, AC_RECORD (clearance), error);
}

/**
 * ac_journal_remove:
 * @id: the id of a session, a check-in or a clearance
 *
 * Returns: %TRUE if removed
 */
gboolean
ac_journal_remove (AcJournal   *self,
                   const char  *id,
                   GError     **error)
{
  gpointer record;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!_ac_journal_check_writable (self, error))
    return FALSE;

  record = _ac_journal_lookup_record (self, id);
  if (record == NULL)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND,
                   _("There is no session, check-in or clearance with id “%s”"), id);
      return FALSE;
    }

  _ac_journal_remove_record (self, record);
  _ac_journal_emit_changed (self);

  return TRUE;
}


/* Whether @record is one of @records. */
static gboolean
is_one_of (GPtrArray *records,
           gpointer   record)
{
  return record != NULL && g_ptr_array_find (records, record, NULL);
}

/**
 * _ac_journal_swap_records:
 * @out: (element-type AcRecord): records the journal holds, to take out
 * @in: (element-type AcRecord): records to put in once @out are out,
 *   each sealed by a journal before
 * @profile: (nullable): the profile to hold from now on, sealed before
 *
 * One change of many records, for the undo stack: taking back or making
 * again a step is one change, saved once. @in may not take the id or the
 * day of a record that stays.
 *
 * Returns: %TRUE if made; on error the journal is unchanged
 */
gboolean
_ac_journal_swap_records (AcJournal  *self,
                          GPtrArray  *out,
                          GPtrArray  *in,
                          AcProfile  *profile,
                          GError    **error)
{
  g_assert (AC_IS_JOURNAL (self));

  if (!_ac_journal_check_writable (self, error))
    return FALSE;

  for (guint i = 0; i < out->len; i++)
    {
      AcRecord *record = g_ptr_array_index (out, i);

      if (_ac_journal_lookup_record (self, ac_record_get_id (record)) != record)
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_NOT_FOUND,
                       _("There is no session, check-in or clearance with id “%s”"),
                       ac_record_get_id (record));
          return FALSE;
        }
    }

  for (guint i = 0; i < in->len; i++)
    {
      AcRecord *record = g_ptr_array_index (in, i);
      AcRecord *same_id = _ac_journal_lookup_record (self, ac_record_get_id (record));
      AcCheckin *same_day = AC_IS_CHECKIN (record)
        ? ac_journal_lookup_checkin_for_date (self, ac_checkin_get_date (AC_CHECKIN (record)))
        : NULL;

      if (!ac_record_validate (record, NULL, error))
        return FALSE;
      if (same_id != NULL && !is_one_of (out, same_id))
        return check_new_id (self, ac_record_get_id (record), error);
      if (same_day != NULL && !is_one_of (out, same_day))
        {
          g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (same_day));

          ac_journal_error_set_invalid (error, "date", _("%s already has a check-in"), day);
          return FALSE;
        }
    }

  if (profile != NULL && !ac_profile_validate (profile, error))
    return FALSE;

  for (guint i = 0; i < out->len; i++)
    _ac_journal_remove_record (self, g_ptr_array_index (out, i));
  for (guint i = 0; i < in->len; i++)
    _ac_journal_insert_record (self, g_ptr_array_index (in, i));
  /* Setting a profile that says something else emits "changed", for the
   * records too. */
  if (profile != NULL && !ac_profile_equal (profile, ac_journal_get_profile (self)))
    return _ac_journal_set_profile (self, profile, error);
  _ac_journal_emit_changed (self);

  return TRUE;
}
