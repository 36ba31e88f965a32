/* ac-undo-stack.c — every change to the journal, to take back and make again
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-undo-stack"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-journal-private.h"
#include "ac-undo-stack-private.h"

/* The journal tells the stack of every record and profile a change puts
 * in or takes out (AcJournalWatcher); each change, or each group of them
 * (an import, Delete All Data), is one step. Undo puts the records back
 * as one new change to the journal, which the keeper saves like any
 * other; redo makes the step again. Nothing of it is kept on disk.
 *
 * What another writer changed is merged in with recording off, so it is
 * never a step; and a step is only taken back while the journal still
 * holds exactly what the step left (records are compared by pointer,
 * since they never change). Otherwise it is refused, naming the record,
 * and dropped, so that the steps below it can still be undone. */

#define MAX_STEPS 100

struct _AcUndoStack
{
  GObject     parent_instance;

  AcJournal  *journal;
  GQueue      undo;           /* AcUndoStep, the newest first */
  GQueue      redo;           /* AcUndoStep, the next to redo first */
  AcUndoStep *open;           /* the step being recorded, or NULL */
  char       *group_label;
  guint       group_depth;
  guint       last_serial;
  gboolean    recording;
};

G_DEFINE_FINAL_TYPE (AcUndoStack, ac_undo_stack, G_TYPE_OBJECT)
G_DEFINE_QUARK (ac-undo-error-quark, ac_undo_error)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_queue (GQueue *queue)
{
  g_queue_clear_full (queue, (GDestroyNotify) _ac_undo_step_free);
}

static void
ac_undo_stack_dispose (GObject *object)
{
  AcUndoStack *self = (AcUndoStack *)object;

  ac_undo_stack_set_journal (self, NULL);
  g_clear_pointer (&self->group_label, g_free);

  G_OBJECT_CLASS (ac_undo_stack_parent_class)->dispose (object);
}

static void
ac_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AcUndoStack *self = AC_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ac_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, ac_undo_stack_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, ac_undo_stack_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, ac_undo_stack_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_undo_stack_class_init (AcUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_undo_stack_dispose;
  object_class->get_property = ac_undo_stack_get_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         AC_TYPE_JOURNAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcUndoStack:undo-label:
   *
   * What undo would take back, as "Session deleted", or %NULL.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcUndoStack::changed:
   *
   * Emitted after a step was added, undone, redone or dropped, and after
   * the stack was emptied.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ac_undo_stack_init (AcUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->recording = TRUE;
}

/**
 * ac_undo_stack_new:
 *
 * Returns: (transfer full): an empty stack that follows no journal yet
 */
AcUndoStack *
ac_undo_stack_new (void)
{
  return g_object_new (AC_TYPE_UNDO_STACK, NULL);
}

/* Tells what may have changed: the properties, then "changed". */
static void
emit_changed (AcUndoStack *self,
              gboolean     could_undo,
              gboolean     could_redo)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (could_undo != ac_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ac_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static AcUndoStep *
open_step (AcUndoStack *self)
{
  if (self->open == NULL)
    self->open = _ac_undo_step_new ();
  return self->open;
}

static void
on_record_changed (gpointer  user_data,
                   AcRecord *before,
                   AcRecord *after)
{
  AcUndoStack *self = user_data;

  if (self->recording)
    _ac_undo_step_add_record (open_step (self), before, after);
}

static void
on_profile_changed (gpointer   user_data,
                    AcProfile *before,
                    AcProfile *after)
{
  AcUndoStack *self = user_data;

  if (self->recording)
    _ac_undo_step_add_profile (open_step (self), before, after);
}

/* The open step, if it did anything, goes on top; nothing is left to
 * redo after a new change. */
static void
close_step (AcUndoStack *self)
{
  g_autoptr(AcUndoStep) step = g_steal_pointer (&self->open);
  gboolean could_undo = ac_undo_stack_get_can_undo (self);
  gboolean could_redo = ac_undo_stack_get_can_redo (self);

  if (step == NULL || !_ac_undo_step_close (step, self->group_label))
    return;

  step->serial = ++self->last_serial;
  g_queue_push_head (&self->undo, g_steal_pointer (&step));
  while (g_queue_get_length (&self->undo) > MAX_STEPS)
    _ac_undo_step_free (g_queue_pop_tail (&self->undo));
  clear_queue (&self->redo);

  g_debug ("New step: %s", ac_undo_stack_get_undo_label (self));
  emit_changed (self, could_undo, could_redo);
}

static void
on_change_done (gpointer user_data)
{
  AcUndoStack *self = user_data;

  if (self->group_depth == 0)
    close_step (self);
}

static const AcJournalWatcher watcher = {
  on_record_changed,
  on_profile_changed,
  on_change_done,
};

/**
 * ac_undo_stack_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal whose changes it keeps
 */
AcJournal *
ac_undo_stack_get_journal (AcUndoStack *self)
{
  g_return_val_if_fail (AC_IS_UNDO_STACK (self), NULL);

  return self->journal;
}

/**
 * ac_undo_stack_set_journal:
 * @journal: (nullable): the journal to follow from now on
 *
 * Empties the stack and follows @journal's changes. A journal has one
 * undo stack at most; the keeper gives its journal one.
 */
void
ac_undo_stack_set_journal (AcUndoStack *self,
                           AcJournal   *journal)
{
  g_return_if_fail (AC_IS_UNDO_STACK (self));
  g_return_if_fail (journal == NULL || AC_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    _ac_journal_set_watcher (self->journal, NULL, NULL);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    _ac_journal_set_watcher (journal, &watcher, self);

  ac_undo_stack_clear (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

gboolean
ac_undo_stack_get_can_undo (AcUndoStack *self)
{
  g_return_val_if_fail (AC_IS_UNDO_STACK (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
ac_undo_stack_get_can_redo (AcUndoStack *self)
{
  g_return_val_if_fail (AC_IS_UNDO_STACK (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

/**
 * ac_undo_stack_get_undo_label:
 *
 * Returns: (transfer none) (nullable): what undo would take back
 */
const char *
ac_undo_stack_get_undo_label (AcUndoStack *self)
{
  AcUndoStep *step;

  g_return_val_if_fail (AC_IS_UNDO_STACK (self), NULL);

  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->label : NULL;
}

/**
 * ac_undo_stack_get_redo_label:
 *
 * Returns: (transfer none) (nullable): what redo would make again
 */
const char *
ac_undo_stack_get_redo_label (AcUndoStack *self)
{
  AcUndoStep *step;

  g_return_val_if_fail (AC_IS_UNDO_STACK (self), NULL);

  step = g_queue_peek_head (&self->redo);
  return step != NULL ? step->label : NULL;
}

/**
 * ac_undo_stack_get_undo_serial:
 *
 * Returns: a number that names the step undo would take back, different
 *   for every step, or 0 when there is none: a toast offering to undo a
 *   step goes once it is no longer the top one
 */
guint
ac_undo_stack_get_undo_serial (AcUndoStack *self)
{
  AcUndoStep *step;

  g_return_val_if_fail (AC_IS_UNDO_STACK (self), 0);

  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->serial : 0;
}

/* Adds the symptoms of @record, if a check-in, to its day's in @days. */
static void
add_day_symptoms (GHashTable *days,
                  AcRecord   *record)
{
  gpointer day;

  if (!AC_IS_CHECKIN (record))
    return;

  day = GUINT_TO_POINTER (ac_checkin_get_julian (AC_CHECKIN (record)));
  g_hash_table_insert (days, day,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (days, day)) |
                                         ac_checkin_get_symptoms (AC_CHECKIN (record))));
}

/**
 * ac_undo_stack_get_dropped_symptoms:
 * @undo: %TRUE for the step undo would take back, %FALSE for redo's
 *
 * A symptom is never removed silently (GUIDANCE.md): the warning signs
 * that undoing (or redoing) the step would take off a day's check-in, for
 * the app to name them.
 *
 * Returns: the symptoms, or %AC_SYMPTOM_NONE
 */
AcSymptom
ac_undo_stack_get_dropped_symptoms (AcUndoStack *self,
                                    gboolean     undo)
{
  g_autoptr(GHashTable) going = NULL;
  g_autoptr(GHashTable) coming = NULL;
  AcUndoStep *step;
  AcSymptom dropped = AC_SYMPTOM_NONE;
  GHashTableIter iter;
  gpointer day, symptoms;

  g_return_val_if_fail (AC_IS_UNDO_STACK (self), AC_SYMPTOM_NONE);

  step = g_queue_peek_head (undo ? &self->undo : &self->redo);
  if (step == NULL)
    return AC_SYMPTOM_NONE;

  going = g_hash_table_new (NULL, NULL);
  coming = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < step->pairs->len; i++)
    {
      AcUndoPair *pair = g_ptr_array_index (step->pairs, i);
      AcRecord *out = undo ? pair->after : pair->before;
      AcRecord *in = undo ? pair->before : pair->after;

      if (out != NULL)
        add_day_symptoms (going, out);
      if (in != NULL)
        add_day_symptoms (coming, in);
    }

  g_hash_table_iter_init (&iter, going);
  while (g_hash_table_iter_next (&iter, &day, &symptoms))
    dropped |= GPOINTER_TO_UINT (symptoms) & ~GPOINTER_TO_UINT (g_hash_table_lookup (coming, day));

  return dropped;
}

/**
 * ac_undo_stack_begin_group:
 * @label: (nullable): the step's name, as "Import of 12 records"; %NULL
 *   to name it from its records
 *
 * The changes until the matching ac_undo_stack_end_group() are one step.
 * Groups nest; the outermost names the step.
 */
void
ac_undo_stack_begin_group (AcUndoStack *self,
                           const char  *label)
{
  g_return_if_fail (AC_IS_UNDO_STACK (self));

  if (self->group_depth++ == 0)
    self->group_label = g_strdup (label);
}

void
ac_undo_stack_end_group (AcUndoStack *self)
{
  g_return_if_fail (AC_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  close_step (self);
  g_clear_pointer (&self->group_label, g_free);
}

/**
 * ac_undo_stack_clear:
 *
 * Forgets every step, to undo and to redo.
 */
void
ac_undo_stack_clear (AcUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (AC_IS_UNDO_STACK (self));

  could_undo = ac_undo_stack_get_can_undo (self);
  could_redo = ac_undo_stack_get_can_redo (self);
  g_clear_pointer (&self->open, _ac_undo_step_free);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  emit_changed (self, could_undo, could_redo);
}

void
_ac_undo_stack_set_recording (AcUndoStack *self,
                              gboolean     recording)
{
  g_assert (AC_IS_UNDO_STACK (self));

  self->recording = recording;
}

/* Says that @step cannot be taken back (or made again) because @what,
 * "the session of …", is not as the step left it. */
static void
set_changed_elsewhere (GError     **error,
                       AcUndoStep  *step,
                       gboolean     undo,
                       const char  *what)
{
  g_set_error (error, AC_UNDO_ERROR, AC_UNDO_ERROR_CHANGED_ELSEWHERE,
               undo
               /* Translators: “%s” names the step, "Session deleted"; then "the session of 2026-12-03 18:30" */
               ? _("“%s” can’t be undone: %s was changed by another program since")
               /* Translators: “%s” names the step, "Session deleted"; then "the session of 2026-12-03 18:30" */
               : _("“%s” can’t be redone: %s was changed by another program since"),
               step->label, what);
}

/* Whether the journal holds what the step's one side says, and no other
 * check-in on a day the other side needs; collects the records to take
 * out and to put in. */
static gboolean
check_step (AcUndoStack  *self,
            AcUndoStep   *step,
            gboolean      undo,
            GPtrArray    *out,
            GPtrArray    *in,
            GError      **error)
{
  for (guint i = 0; i < step->pairs->len; i++)
    {
      AcUndoPair *pair = g_ptr_array_index (step->pairs, i);
      AcRecord *expected = undo ? pair->after : pair->before;
      AcRecord *target = undo ? pair->before : pair->after;
      AcRecord *current = _ac_journal_lookup_record (self->journal,
                                                     ac_record_get_id (expected ? expected : target));

      if (current != expected)
        {
          g_autofree char *what = _ac_undo_step_describe_record (current ? current : expected);

          set_changed_elsewhere (error, step, undo, what);
          return FALSE;
        }
      if (expected != NULL)
        g_ptr_array_add (out, expected);
      if (target != NULL)
        g_ptr_array_add (in, target);
    }

  for (guint i = 0; i < in->len; i++)
    {
      AcRecord *record = g_ptr_array_index (in, i);
      AcCheckin *same_day = AC_IS_CHECKIN (record)
        ? ac_journal_lookup_checkin_for_date (self->journal, ac_checkin_get_date (AC_CHECKIN (record)))
        : NULL;

      if (same_day != NULL && !g_ptr_array_find (out, same_day, NULL))
        {
          g_autofree char *what = _ac_undo_step_describe_record (AC_RECORD (same_day));

          set_changed_elsewhere (error, step, undo, what);
          return FALSE;
        }
    }

  if (step->profile_changed &&
      ac_journal_get_profile (self->journal) != (undo ? step->profile_after : step->profile_before))
    {
      set_changed_elsewhere (error, step, undo, _("the health profile"));
      return FALSE;
    }

  return TRUE;
}

/* Takes back (@undo) or makes again the step on top of @from, and moves
 * it onto @to. A step another writer got in the way of is dropped. */
static char *
apply_top (AcUndoStack  *self,
           GQueue       *from,
           GQueue       *to,
           gboolean      undo,
           GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  g_autoptr(GPtrArray) in = g_ptr_array_new ();
  gboolean could_undo = ac_undo_stack_get_can_undo (self);
  gboolean could_redo = ac_undo_stack_get_can_redo (self);
  AcUndoStep *step = g_queue_peek_head (from);
  AcProfile *profile = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (step == NULL || self->journal == NULL || self->group_depth > 0)
    {
      g_set_error_literal (error, AC_UNDO_ERROR, AC_UNDO_ERROR_NOTHING,
                           undo ? _("There is nothing to undo") : _("There is nothing to redo"));
      return NULL;
    }

  if (!check_step (self, step, undo, out, in, &local_error))
    {
      g_debug ("Dropping “%s”: %s", step->label, local_error->message);
      _ac_undo_step_free (g_queue_pop_head (from));
      emit_changed (self, could_undo, could_redo);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (step->profile_changed)
    profile = undo ? step->profile_before : step->profile_after;

  self->recording = FALSE;
  ok = _ac_journal_swap_records (self->journal, out, in, profile, error);
  self->recording = TRUE;
  if (!ok)
    return NULL;

  g_queue_push_head (to, g_queue_pop_head (from));
  emit_changed (self, could_undo, could_redo);

  return g_strdup (step->label);
}

/**
 * ac_undo_stack_undo:
 *
 * Takes back the newest step, as one new change to the journal (which the
 * keeper saves like any other), and keeps it to redo. If another program
 * changed one of its records since, nothing changes, the step is dropped
 * and @error names the record (%AC_UNDO_ERROR_CHANGED_ELSEWHERE).
 *
 * Returns: (transfer full) (nullable): the step's name, "Session deleted";
 *   %NULL with @error set if nothing was undone
 */
char *
ac_undo_stack_undo (AcUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (AC_IS_UNDO_STACK (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return apply_top (self, &self->undo, &self->redo, TRUE, error);
}

/**
 * ac_undo_stack_redo:
 *
 * Makes again the step last undone, as ac_undo_stack_undo() takes one
 * back.
 *
 * Returns: (transfer full) (nullable): the step's name; %NULL with @error
 *   set if nothing was redone
 */
char *
ac_undo_stack_redo (AcUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (AC_IS_UNDO_STACK (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return apply_top (self, &self->redo, &self->undo, FALSE, error);
}
