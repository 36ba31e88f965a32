/* ac-undo-step.c — one step of the undo stack: records before and after
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-undo-step"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-undo-stack-private.h"

/* Records never change once in a journal, so a step needs no copies: it
 * keeps the record each id had before and the one it had after. An
 * update is a removal then an insertion of the same id, and so is one
 * pair; a record added and removed within one step leaves none. */

static void
undo_pair_free (AcUndoPair *pair)
{
  g_clear_object (&pair->before);
  g_clear_object (&pair->after);
  g_free (pair);
}

AcUndoStep *
_ac_undo_step_new (void)
{
  AcUndoStep *step = g_new0 (AcUndoStep, 1);

  step->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_pair_free);
  step->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return step;
}

void
_ac_undo_step_free (AcUndoStep *step)
{
  if (step == NULL)
    return;

  g_clear_pointer (&step->by_id, g_hash_table_unref);
  g_clear_pointer (&step->pairs, g_ptr_array_unref);
  g_clear_object (&step->profile_before);
  g_clear_object (&step->profile_after);
  g_free (step->label);
  g_free (step);
}

/* @before went out of the journal, or @after came in. */
void
_ac_undo_step_add_record (AcUndoStep *step,
                          AcRecord   *before,
                          AcRecord   *after)
{
  const char *id = ac_record_get_id (before != NULL ? before : after);
  AcUndoPair *pair = g_hash_table_lookup (step->by_id, id);

  g_assert ((before == NULL) != (after == NULL));

  if (pair == NULL)
    {
      pair = g_new0 (AcUndoPair, 1);
      g_set_object (&pair->before, before);
      g_ptr_array_add (step->pairs, pair);
      g_hash_table_insert (step->by_id, g_strdup (id), pair);
    }

  g_set_object (&pair->after, after);
}

void
_ac_undo_step_add_profile (AcUndoStep *step,
                           AcProfile  *before,
                           AcProfile  *after)
{
  if (!step->profile_changed)
    g_set_object (&step->profile_before, before);
  g_set_object (&step->profile_after, after);
  step->profile_changed = TRUE;
}

typedef struct
{
  guint added;
  guint deleted;
  guint changed;
} Counts;

/* Named from its records: "Session deleted", "Marked as checked". */
static char *
name_step (AcUndoStep *step)
{
  Counts sessions = { 0 }, checkins = { 0 }, clearances = { 0 };
  guint n = step->pairs->len;

  for (guint i = 0; i < n; i++)
    {
      AcUndoPair *pair = g_ptr_array_index (step->pairs, i);
      AcRecord *record = pair->before != NULL ? pair->before : pair->after;
      Counts *counts = AC_IS_SESSION (record) ? &sessions
                     : AC_IS_CHECKIN (record) ? &checkins : &clearances;

      if (pair->before == NULL)
        counts->added++;
      else if (pair->after == NULL)
        counts->deleted++;
      else
        counts->changed++;
    }

  if (n == 0 && step->profile_changed)
    return g_strdup (_("Profile changed"));

  if (!step->profile_changed && n == 1 && sessions.added == 1)
    return g_strdup (_("Session added"));
  if (!step->profile_changed && n == 1 && sessions.deleted == 1)
    return g_strdup (_("Session deleted"));
  if (!step->profile_changed && n == 1 && sessions.changed == 1)
    return g_strdup (_("Session changed"));

  if (!step->profile_changed && n == 1 && checkins.added == 1)
    return g_strdup (_("Check-in added"));
  if (!step->profile_changed && n == 1 && checkins.deleted == 1)
    return g_strdup (_("Check-in deleted"));
  /* Changed, or put in place of the day's other check-in. */
  if (!step->profile_changed && n <= 2 && checkins.added + checkins.deleted + checkins.changed == n)
    return g_strdup (_("Check-in changed"));

  if (!step->profile_changed && clearances.added == n)
    return g_strdup (_("Marked as checked"));
  if (!step->profile_changed && n == 1 && clearances.deleted == 1)
    return g_strdup (_("Clearance deleted"));

  n += step->profile_changed ? 1 : 0;
  /* Translators: a change to the journal that can be undone */
  return g_strdup_printf (ngettext ("%u change", "%u changes", n), n);
}

/**
 * _ac_undo_step_close:
 * @label: (nullable): the step's name, or %NULL to name it from its records
 *
 * Ends the step: drops what it left as it was and names it.
 *
 * Returns: %TRUE if something is left to undo
 */
gboolean
_ac_undo_step_close (AcUndoStep *step,
                     const char *label)
{
  g_clear_pointer (&step->by_id, g_hash_table_unref);

  for (guint i = step->pairs->len; i > 0; i--)
    {
      AcUndoPair *pair = g_ptr_array_index (step->pairs, i - 1);

      if (pair->before == pair->after)
        g_ptr_array_remove_index (step->pairs, i - 1);
    }

  if (step->profile_changed && step->profile_before == step->profile_after)
    {
      g_clear_object (&step->profile_before);
      g_clear_object (&step->profile_after);
      step->profile_changed = FALSE;
    }

  if (step->pairs->len == 0 && !step->profile_changed)
    return FALSE;

  step->label = label != NULL ? g_strdup (label) : name_step (step);
  return TRUE;
}

/**
 * _ac_undo_step_describe_record:
 *
 * Returns: (transfer full): the record in words, in the middle of a
 *   sentence: "the session of 2026-12-03 18:30"
 */
char *
_ac_undo_step_describe_record (AcRecord *record)
{
  if (AC_IS_SESSION (record))
    {
      g_autofree char *start = g_date_time_format (ac_session_get_start (AC_SESSION (record)),
                                                   "%Y-%m-%d %H:%M");

      /* Translators: %s is when it started, 2026-12-03 18:30 */
      return g_strdup_printf (_("the session of %s"), start);
    }

  if (AC_IS_CHECKIN (record))
    {
      g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (AC_CHECKIN (record)));

      /* Translators: %s is a date, 2026-12-03 */
      return g_strdup_printf (_("the check-in of %s"), day);
    }

  {
    g_autofree char *day = ac_date_format_iso (ac_clearance_get_date (AC_CLEARANCE (record)));

    /* Translators: “%s” is what was checked (a symptom's id), then a date */
    return g_strdup_printf (_("the note that “%s” was checked on %s"),
                            ac_clearance_get_what (AC_CLEARANCE (record)), day);
  }
}
