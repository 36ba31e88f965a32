/* ac-journal-keeper.c — keeps the journal and its file in step
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-keeper"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-journal-keeper.h"
#include "ac-journal-merge-private.h"
#include "ac-undo-stack-private.h"

/* The app's side of the file: it loads the journal off the main thread,
 * saves every change (debounced, off the main thread, atomic), retries a
 * failed save, and merges what another writer (aftercare-cli, a sync tool)
 * put in the file rather than overwriting it.
 *
 * Merging is three-way (ac-journal-merge.c): `base` holds the records as
 * they were in the file at the last load, save or merge. Restoring the
 * backup and starting anew after a failed load are storage's
 * (ac-journal-backup.c), run on a worker thread. */

#define DEFAULT_AUTOSAVE_MSEC 400
#define RETRY_SECONDS 15
#define DISK_CHECK_MSEC 250

struct _AcJournalKeeper
{
  GObject       parent_instance;

  GFile        *file;
  AcJournal    *journal;
  GFileMonitor *monitor;
  GCancellable *cancellable;

  AcMergeBase  *base;             /* the file at the last load, save or merge */
  AcUndoStack  *undo_stack;       /* this session's changes to the journal */

  GError       *load_error;
  GError       *save_error;
  AcKeeperState state;

  guint         autosave_msec;
  guint         autosave_id;
  guint         retry_id;
  guint         disk_check_id;
  guint         saving : 1;
  guint         reloading : 1;
  guint         recovering : 1;   /* restoring the backup or starting anew */
  guint         save_again : 1;
};

G_DEFINE_FINAL_TYPE (AcJournalKeeper, ac_journal_keeper, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_JOURNAL,
  PROP_SAVE_ERROR,
  PROP_BUSY,
  N_PROPS
};

enum {
  MERGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_save (AcJournalKeeper *self);
static void reload_and_merge (AcJournalKeeper *self);

static void
ac_journal_keeper_dispose (GObject *object)
{
  AcJournalKeeper *self = (AcJournalKeeper *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  if (self->undo_stack != NULL)
    ac_undo_stack_set_journal (self->undo_stack, NULL);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->journal);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_pointer (&self->base, _ac_merge_base_free);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (ac_journal_keeper_parent_class)->dispose (object);
}

static void
ac_journal_keeper_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AcJournalKeeper *self = AC_JOURNAL_KEEPER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ac_journal_keeper_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_journal_keeper_class_init (AcJournalKeeperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_journal_keeper_dispose;
  object_class->get_property = ac_journal_keeper_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      AC_KEEPER_LOADING, AC_KEEPER_FAILED, AC_KEEPER_LOADING,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         AC_TYPE_JOURNAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcJournalKeeper:save-error:
   *
   * Why the last save failed, or %NULL once a save succeeds. The changes
   * stay in memory and the save is retried.
   */
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcJournalKeeper::merged:
   * @n_changes: how many records changed because of the other writer
   *
   * Emitted after changes another program made to the file were taken in.
   */
  signals[MERGED] =
    g_signal_new ("merged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ac_journal_keeper_init (AcJournalKeeper *self)
{
  self->cancellable = g_cancellable_new ();
  self->autosave_msec = DEFAULT_AUTOSAVE_MSEC;
  self->undo_stack = ac_undo_stack_new ();
}

/**
 * ac_journal_keeper_new:
 * @file: the journal's file
 *
 * Returns: (transfer full): a keeper; call ac_journal_keeper_load()
 */
AcJournalKeeper *
ac_journal_keeper_new (GFile *file)
{
  AcJournalKeeper *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (AC_TYPE_JOURNAL_KEEPER, NULL);
  self->file = g_object_ref (file);

  return self;
}

static void
set_state (AcJournalKeeper *self,
           AcKeeperState    state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_save_error (AcJournalKeeper *self,
                const GError    *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
notify_busy (AcJournalKeeper *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The base is what the file holds now. */
static void
reset_base_from_journal (AcJournalKeeper *self)
{
  g_clear_pointer (&self->base, _ac_merge_base_free);
  self->base = _ac_merge_base_new_from_journal (self->journal);
}

static gboolean
autosave_cb (gpointer data)
{
  AcJournalKeeper *self = data;

  self->autosave_id = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (AcJournalKeeper *self)
{
  if (self->journal == NULL || ac_journal_get_read_only (self->journal))
    return;

  if (self->autosave_id == 0)
    {
      self->autosave_id = g_timeout_add (self->autosave_msec, autosave_cb, self);
      notify_busy (self);
      return;
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (self->autosave_msec, autosave_cb, self);
}

static void
on_journal_changed (AcJournalKeeper *self,
                    AcJournal       *journal)
{
  schedule_save (self);
}

static gboolean
disk_check_cb (gpointer data)
{
  AcJournalKeeper *self = data;

  self->disk_check_id = 0;
  ac_journal_keeper_check_disk (self);

  return G_SOURCE_REMOVE;
}

static void
on_file_changed (AcJournalKeeper   *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  /* Writers make several events for one change; look once they settle. */
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (DISK_CHECK_MSEC, disk_check_cb, self);
}

static void
take_journal (AcJournalKeeper *self,
              AcJournal       *journal)
{
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_func (self->journal, on_journal_changed, self);

  g_set_object (&self->journal, journal);
  g_signal_connect_object (journal, "changed", G_CALLBACK (on_journal_changed),
                           self, G_CONNECT_SWAPPED);
  reset_base_from_journal (self);
  ac_undo_stack_set_journal (self->undo_stack, journal);

  if (self->monitor == NULL)
    {
      self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES,
                                           self->cancellable, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed),
                                 self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
  set_state (self, AC_KEEPER_READY);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AcJournalKeeper) self = user_data;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = ac_journal_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (journal == NULL)
    {
      g_message ("Could not load the journal: %s", error->message);
      g_clear_error (&self->load_error);
      self->load_error = g_steal_pointer (&error);
      set_state (self, AC_KEEPER_FAILED);
      return;
    }

  g_clear_error (&self->load_error);
  take_journal (self, journal);
}

/**
 * ac_journal_keeper_load:
 *
 * Starts reading the file on a worker thread. #AcJournalKeeper:state
 * becomes %AC_KEEPER_READY with a journal, or %AC_KEEPER_FAILED with a
 * load error; the file is never written before it has loaded.
 */
void
ac_journal_keeper_load (AcJournalKeeper *self)
{
  g_return_if_fail (AC_IS_JOURNAL_KEEPER (self));

  set_state (self, AC_KEEPER_LOADING);
  ac_journal_load_async (self->file, self->cancellable, on_loaded, g_object_ref (self));
}

AcKeeperState
ac_journal_keeper_get_state (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), AC_KEEPER_FAILED);

  return self->state;
}

/**
 * ac_journal_keeper_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal, once loaded; the same
 *   object for the keeper's life, except after restoring a backup or
 *   starting anew
 */
AcJournal *
ac_journal_keeper_get_journal (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);

  return self->journal;
}

/**
 * ac_journal_keeper_get_file:
 *
 * Returns: (transfer none): the journal's file
 */
GFile *
ac_journal_keeper_get_file (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);

  return self->file;
}

/**
 * ac_journal_keeper_get_load_error:
 *
 * Returns: (transfer none) (nullable): why the file did not load
 */
const GError *
ac_journal_keeper_get_load_error (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);

  return self->load_error;
}

/**
 * ac_journal_keeper_get_save_error:
 *
 * Returns: (transfer none) (nullable): why the last save failed
 */
const GError *
ac_journal_keeper_get_save_error (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);

  return self->save_error;
}

/**
 * ac_journal_keeper_get_undo_stack:
 *
 * Returns: (transfer none): the changes made to the journal since it was
 *   loaded, to undo and redo; emptied when the keeper takes another
 *   journal (a restored backup, a new one)
 */
AcUndoStack *
ac_journal_keeper_get_undo_stack (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);

  return self->undo_stack;
}

/* Whether a save, a merge, or restoring the backup or starting anew after
 * a failed load is under way or waiting. */
gboolean
ac_journal_keeper_get_busy (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  return self->saving || self->reloading || self->recovering || self->autosave_id != 0;
}

void
ac_journal_keeper_set_autosave_delay (AcJournalKeeper *self,
                                      guint            msec)
{
  g_return_if_fail (AC_IS_JOURNAL_KEEPER (self));

  self->autosave_msec = msec;
}

static gboolean
retry_cb (gpointer data)
{
  AcJournalKeeper *self = data;

  self->retry_id = 0;
  start_save (self);

  return G_SOURCE_REMOVE;
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(AcJournalKeeper) self = user_data;
  g_autoptr(GError) error = NULL;
  AcJournal *journal = AC_JOURNAL (source);

  if (!ac_journal_save_finish (journal, result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;

  /* Saved a journal the keeper has since let go of: nothing to record. */
  if (journal != self->journal)
    {
      notify_busy (self);
      return;
    }

  if (error == NULL)
    {
      g_clear_pointer (&self->base, _ac_merge_base_free);
      self->base = _ac_merge_base_new_from_snapshot (_ac_journal_save_get_snapshot (result));
      set_save_error (self, NULL);
      g_clear_handle_id (&self->retry_id, g_source_remove);
      if (self->save_again || ac_journal_has_unsaved_changes (journal))
        {
          self->save_again = FALSE;
          start_save (self);
        }
    }
  else if (g_error_matches (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK))
    {
      g_debug ("%s; merging first", error->message);
      reload_and_merge (self);
    }
  else
    {
      /* Told to the user through save-error; not a programming error. */
      g_message ("%s", error->message);
      set_save_error (self, error);
      g_clear_handle_id (&self->retry_id, g_source_remove);
      self->retry_id = g_timeout_add_seconds (RETRY_SECONDS, retry_cb, self);
    }

  notify_busy (self);
}

static void
start_save (AcJournalKeeper *self)
{
  if (self->journal == NULL || ac_journal_get_read_only (self->journal))
    return;

  if (self->saving || self->reloading)
    {
      self->save_again = TRUE;
      return;
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!ac_journal_has_unsaved_changes (self->journal))
    {
      /* The autosave was for a change already on disk (another writer's,
       * merged): nothing to write, and no longer busy. */
      notify_busy (self);
      return;
    }

  self->saving = TRUE;
  ac_journal_save_async (self->journal, self->cancellable, on_saved, g_object_ref (self));
  notify_busy (self);
}

/* Saves now, the same way the autosave would. */
void
ac_journal_keeper_retry_save (AcJournalKeeper *self)
{
  g_return_if_fail (AC_IS_JOURNAL_KEEPER (self));

  g_clear_handle_id (&self->retry_id, g_source_remove);
  start_save (self);
}

/* Takes in the other writer's changes; returns how many records changed. */
static guint
merge (AcJournalKeeper *self,
       AcJournal       *disk)
{
  gboolean local_changes = ac_journal_has_unsaved_changes (self->journal);
  guint n_changes;

  /* The person's undo never takes back what another writer did. */
  _ac_undo_stack_set_recording (self->undo_stack, FALSE);
  n_changes = _ac_journal_merge (&self->base, self->journal, disk);
  _ac_undo_stack_set_recording (self->undo_stack, TRUE);

  _ac_journal_set_stamp (self->journal, _ac_journal_get_stamp (disk));
  if (!local_changes)
    _ac_journal_set_saved_generation (self->journal, ac_journal_get_generation (self->journal));

  return n_changes;
}

static void
on_reloaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AcJournalKeeper) self = user_data;
  g_autoptr(AcJournal) disk = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes;

  disk = ac_journal_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->reloading = FALSE;

  if (disk == NULL)
    {
      /* The other writer left a file that does not load: keep ours in
       * memory, say so, and do not overwrite theirs. */
      g_autoptr(GError) save_error =
        g_error_new (AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK,
                     _("Another program changed the journal file and it no longer loads, "
                       "so it was not overwritten: %s"), error->message);

      set_save_error (self, save_error);
      notify_busy (self);
      return;
    }

  if (ac_journal_get_read_only (disk))
    {
      g_autoptr(GError) save_error =
        g_error_new (AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY,
                     _("A newer version of Aftercare wrote the journal file, "
                       "so this version no longer saves to it"));

      set_save_error (self, save_error);
      notify_busy (self);
      return;
    }

  n_changes = merge (self, disk);
  if (n_changes > 0)
    g_signal_emit (self, signals[MERGED], 0, n_changes);

  if (self->save_again || ac_journal_has_unsaved_changes (self->journal))
    {
      self->save_again = FALSE;
      start_save (self);
    }
  notify_busy (self);
}

static void
reload_and_merge (AcJournalKeeper *self)
{
  if (self->reloading)
    return;

  self->reloading = TRUE;
  ac_journal_load_async (self->file, self->cancellable, on_reloaded, g_object_ref (self));
  notify_busy (self);
}

/**
 * ac_journal_keeper_check_disk:
 *
 * Looks whether another program changed the file, and if so merges its
 * changes. The file monitor calls this; so may a caller that knows better.
 *
 * Returns: %TRUE if a merge was started
 */
gboolean
ac_journal_keeper_check_disk (AcJournalKeeper *self)
{
  AcFileStamp stamp;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  if (self->journal == NULL || self->saving || self->reloading)
    return FALSE;

  if (!_ac_journal_read_stamp (self->file, &stamp, NULL) ||
      _ac_journal_stamps_equal (&stamp, _ac_journal_get_stamp (self->journal)))
    return FALSE;

  /* Gone: the next save writes it again. */
  if (!stamp.exists)
    return FALSE;

  reload_and_merge (self);
  return TRUE;
}

/**
 * ac_journal_keeper_flush:
 *
 * Waits for a save under way and saves what is left, merging first if
 * another program changed the file. For quitting.
 *
 * Returns: %TRUE if everything is on disk
 */
gboolean
ac_journal_keeper_flush (AcJournalKeeper  *self,
                         GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  while (self->saving || self->reloading)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->journal == NULL || ac_journal_get_read_only (self->journal) ||
      !ac_journal_has_unsaved_changes (self->journal))
    return TRUE;

  if (!ac_journal_save (self->journal, NULL, &local_error) &&
      g_error_matches (local_error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK))
    {
      g_autoptr(AcJournal) disk = ac_journal_load (self->file, NULL, NULL);

      g_clear_error (&local_error);
      if (disk != NULL && !ac_journal_get_read_only (disk))
        {
          merge (self, disk);
          ac_journal_save (self->journal, NULL, &local_error);
        }
      else
        g_set_error (&local_error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK,
                     _("Another program changed the journal file and it no longer loads, "
                       "so it was not overwritten"));
    }

  if (local_error != NULL)
    {
      set_save_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  reset_base_from_journal (self);
  set_save_error (self, NULL);
  return TRUE;
}

gboolean
ac_journal_keeper_has_backup (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  return _ac_journal_has_backup (self->file);
}

/* The file holds @journal now, in place of the one that did not load. */
static gboolean
take_recovered (AcJournalKeeper  *self,
                AcJournal        *journal)
{
  if (journal == NULL)
    return FALSE;

  g_clear_error (&self->load_error);
  take_journal (self, journal);
  return TRUE;
}

/**
 * ac_journal_keeper_restore_backup:
 *
 * After a failed load: checks that the backup loads, moves the damaged
 * file aside, and puts the backup in its place. Blocks on the file; the
 * app calls ac_journal_keeper_restore_backup_async().
 *
 * Returns: %TRUE if the journal is now the backup's
 */
gboolean
ac_journal_keeper_restore_backup (AcJournalKeeper  *self,
                                  GError          **error)
{
  g_autoptr(AcJournal) journal = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  journal = _ac_journal_restore_backup (self->file, NULL, error);
  return take_recovered (self, journal);
}

/**
 * ac_journal_keeper_start_new:
 * @moved_to: (out) (optional) (transfer full): where the damaged file went
 *
 * After a failed load: moves the damaged file aside and starts an empty
 * journal in its place. Blocks on the file; the app calls
 * ac_journal_keeper_start_new_async().
 *
 * Returns: %TRUE if a new journal was started
 */
gboolean
ac_journal_keeper_start_new (AcJournalKeeper  *self,
                             GFile           **moved_to,
                             GError          **error)
{
  g_autoptr(AcJournal) journal = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  journal = _ac_journal_start_new (self->file, moved_to, NULL, error);
  return take_recovered (self, journal);
}

static void
on_recovered (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AcJournalKeeper *self = g_task_get_source_object (task);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GFile) moved_to = NULL;
  GError *error = NULL;

  journal = _ac_journal_recover_finish (result, &moved_to, &error);
  self->recovering = FALSE;
  if (!take_recovered (self, journal))
    {
      notify_busy (self);
      g_task_return_error (task, error);
      return;
    }

  notify_busy (self);
  if (moved_to != NULL)
    g_task_set_task_data (task, g_steal_pointer (&moved_to), g_object_unref);
  g_task_return_boolean (task, TRUE);
}

static void
recover_async (AcJournalKeeper     *self,
               gboolean             from_backup,
               gpointer             source_tag,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  self->recovering = TRUE;
  notify_busy (self);
  _ac_journal_recover_async (self->file, from_backup, cancellable, on_recovered, task);
}

/**
 * ac_journal_keeper_restore_backup_async:
 *
 * ac_journal_keeper_restore_backup() with the files read and written on
 * a worker thread; the keeper takes the journal on the main thread.
 */
void
ac_journal_keeper_restore_backup_async (AcJournalKeeper     *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (AC_IS_JOURNAL_KEEPER (self));

  recover_async (self, TRUE, ac_journal_keeper_restore_backup_async,
                 cancellable, callback, user_data);
}

gboolean
ac_journal_keeper_restore_backup_finish (AcJournalKeeper  *self,
                                         GAsyncResult     *result,
                                         GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ac_journal_keeper_start_new_async:
 *
 * ac_journal_keeper_start_new() with the file moved on a worker thread;
 * the keeper takes the new journal on the main thread.
 */
void
ac_journal_keeper_start_new_async (AcJournalKeeper     *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (AC_IS_JOURNAL_KEEPER (self));

  recover_async (self, FALSE, ac_journal_keeper_start_new_async,
                 cancellable, callback, user_data);
}

/**
 * ac_journal_keeper_start_new_finish:
 * @moved_to: (out) (optional) (transfer full): where the damaged file went
 *
 * Returns: %TRUE if a new journal was started
 */
gboolean
ac_journal_keeper_start_new_finish (AcJournalKeeper  *self,
                                    GAsyncResult     *result,
                                    GFile           **moved_to,
                                    GError          **error)
{
  GFile *aside;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  aside = g_task_get_task_data (G_TASK (result));
  if (moved_to != NULL)
    *moved_to = aside != NULL ? g_object_ref (aside) : NULL;
  return TRUE;
}

/**
 * ac_journal_keeper_add_clearances:
 * @date: the day they were checked
 * @whats: (array zero-terminated=1): what was checked: symptom words or
 *   hold rule ids, at least one
 * @note: (nullable): the person's note, for each of them
 *
 * Records that each of @whats has been checked (GUIDANCE.md, the hold),
 * one clearance each, all or none; the keeper saves them as it saves
 * every change.
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the ids of
 *   the new clearances, to take them back with; %NULL with @error set
 *   when one could not be added, and then none was
 */
char **
ac_journal_keeper_add_clearances (AcJournalKeeper     *self,
                                  const GDate         *date,
                                  const char * const  *whats,
                                  const char          *note,
                                  GError             **error)
{
  g_autoptr(GStrvBuilder) ids = NULL;
  g_auto(GStrv) added = NULL;
  g_auto(GStrv) copy = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (whats != NULL && whats[0] != NULL, NULL);

  /* A copy: @whats may be a hold's causes, which each clearance changes. */
  copy = g_strdupv ((char **) whats);
  ids = g_strv_builder_new ();
  /* One step to undo, whatever the number of causes. */
  ac_undo_stack_begin_group (self->undo_stack, _("Marked as checked"));
  for (guint i = 0; copy[i] != NULL; i++)
    {
      g_autoptr(AcClearance) clearance = ac_clearance_new (date, copy[i]);

      if (note != NULL && *note != '\0')
        ac_clearance_set_note (clearance, note);
      if (!ac_journal_add_clearance (self->journal, clearance, error))
        {
          added = g_strv_builder_end (ids);
          for (guint j = 0; added[j] != NULL; j++)
            ac_journal_remove (self->journal, added[j], NULL);
          ac_undo_stack_end_group (self->undo_stack);
          return NULL;
        }
      g_strv_builder_add (ids, ac_clearance_get_id (clearance));
    }
  ac_undo_stack_end_group (self->undo_stack);

  return g_strv_builder_end (ids);
}
