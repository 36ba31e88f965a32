/* ac-journal-keeper.c — keeps the journal and its file in step
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-keeper"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-journal-keeper.h"
#include "ac-journal-private.h"

/* The app's side of the file: it loads the journal off the main thread,
 * saves every change (debounced, off the main thread, atomic), retries a
 * failed save, and merges what another writer (aftercare-cli, a sync tool)
 * put in the file rather than overwriting it.
 *
 * Merging is three-way: `base` holds the records as they were in the file
 * at the last load or save. Records never change once in a journal, so a
 * record that differs from its base by pointer was changed here, and one
 * that differs by value in the file was changed there. Changes made here
 * win over changes made there to the same record. */

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

  GHashTable   *base;             /* id → AcSession or AcCheckin, owned */
  AcCondition   base_conditions;

  GError       *load_error;
  GError       *save_error;
  AcKeeperState state;

  guint         autosave_msec;
  guint         autosave_id;
  guint         retry_id;
  guint         disk_check_id;
  guint         saving : 1;
  guint         reloading : 1;
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
  g_clear_object (&self->journal);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_pointer (&self->base, g_hash_table_unref);
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
  self->base = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->autosave_msec = DEFAULT_AUTOSAVE_MSEC;
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

static void
add_to_base (GHashTable *base,
             GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      GObject *record = g_list_model_get_item (model, i);
      const char *id = AC_IS_SESSION (record) ? ac_session_get_id (AC_SESSION (record))
                                              : ac_checkin_get_id (AC_CHECKIN (record));

      g_hash_table_replace (base, g_strdup (id), record);
    }
}

/* The base is what the file holds now. */
static void
reset_base_from_journal (AcJournalKeeper *self)
{
  g_hash_table_remove_all (self->base);
  add_to_base (self->base, ac_journal_get_sessions (self->journal));
  add_to_base (self->base, ac_journal_get_checkins (self->journal));
  self->base_conditions = ac_profile_get_conditions (ac_journal_get_profile (self->journal));
}

static void
reset_base_from_snapshot (AcJournalKeeper   *self,
                          AcJournalSnapshot *snapshot)
{
  g_hash_table_remove_all (self->base);
  for (guint i = 0; i < snapshot->sessions->len; i++)
    {
      AcSession *s = g_ptr_array_index (snapshot->sessions, i);

      g_hash_table_replace (self->base, g_strdup (ac_session_get_id (s)), g_object_ref (s));
    }
  for (guint i = 0; i < snapshot->checkins->len; i++)
    {
      AcCheckin *c = g_ptr_array_index (snapshot->checkins, i);

      g_hash_table_replace (self->base, g_strdup (ac_checkin_get_id (c)), g_object_ref (c));
    }
  self->base_conditions = ac_profile_get_conditions (snapshot->profile);
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

/* Whether a save or a merge is under way or waiting. */
gboolean
ac_journal_keeper_get_busy (AcJournalKeeper *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  return self->saving || self->reloading || self->autosave_id != 0;
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
      reset_base_from_snapshot (self, _ac_journal_save_get_snapshot (result));
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
    return;

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

static const char *
record_id (gpointer record)
{
  return AC_IS_SESSION (record) ? ac_session_get_id (record) : ac_checkin_get_id (record);
}

static gboolean
records_equal (gpointer a,
               gpointer b)
{
  if (AC_IS_SESSION (a) && AC_IS_SESSION (b))
    return ac_session_equal (a, b);
  if (AC_IS_CHECKIN (a) && AC_IS_CHECKIN (b))
    return ac_checkin_equal (a, b);
  return FALSE;
}

static gpointer
lookup_record (AcJournal  *journal,
               const char *id)
{
  gpointer record = ac_journal_lookup_session (journal, id);

  return record != NULL ? record : ac_journal_lookup_checkin (journal, id);
}

/* Puts a record from the file into the journal, unless the journal has a
 * newer check-in of its own for that day. */
static gboolean
adopt_record (AcJournal *journal,
              gpointer   record,
              gboolean   exists)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (AC_IS_SESSION (record))
    {
      g_autoptr(AcSession) copy = ac_session_copy (record);

      ok = exists ? ac_journal_update_session (journal, copy, &error)
                  : ac_journal_add_session (journal, copy, &error);
    }
  else
    {
      g_autoptr(AcCheckin) copy = ac_checkin_copy (record);

      ok = exists ? ac_journal_update_checkin (journal, copy, &error)
                  : ac_journal_add_checkin (journal, copy, &error);
    }

  if (!ok)
    g_warning ("Could not take in a change from the file: %s", error->message);

  return ok;
}

static gboolean
is_local_checkin_for_day (AcJournalKeeper *self,
                          AcCheckin       *from_disk)
{
  AcCheckin *mine = ac_journal_lookup_checkin_for_date (self->journal, ac_checkin_get_date (from_disk));

  return mine != NULL &&
         g_hash_table_lookup (self->base, ac_checkin_get_id (mine)) != (gpointer) mine;
}

static void
merge_model (AcJournalKeeper *self,
             GListModel      *model,
             GHashTable      *seen,
             guint           *n_changes)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) theirs = g_list_model_get_item (model, i);
      const char *id = record_id (theirs);
      gpointer base = g_hash_table_lookup (self->base, id);
      gpointer mine = lookup_record (self->journal, id);

      g_hash_table_add (seen, (gpointer) id);

      if (base == NULL)
        {
          /* Added there. */
          if (mine == NULL &&
              !(AC_IS_CHECKIN (theirs) && is_local_checkin_for_day (self, AC_CHECKIN (theirs))) &&
              adopt_record (self->journal, theirs, FALSE))
            (*n_changes)++;
        }
      else if (!records_equal (base, theirs) && mine == base)
        {
          /* Changed there, not here. */
          if (adopt_record (self->journal, theirs, TRUE))
            (*n_changes)++;
        }
    }
}

/* Takes in the other writer's changes; returns how many records changed. */
static guint
merge (AcJournalKeeper *self,
       AcJournal       *disk)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  AcCondition theirs = ac_profile_get_conditions (ac_journal_get_profile (disk));
  AcCondition mine = ac_profile_get_conditions (ac_journal_get_profile (self->journal));
  gboolean local_changes = ac_journal_has_unsaved_changes (self->journal);
  GHashTableIter iter;
  gpointer key, base;
  guint n_changes = 0;

  merge_model (self, ac_journal_get_sessions (disk), seen, &n_changes);
  merge_model (self, ac_journal_get_checkins (disk), seen, &n_changes);

  /* Removed there, unchanged here. */
  g_hash_table_iter_init (&iter, self->base);
  while (g_hash_table_iter_next (&iter, &key, &base))
    if (!g_hash_table_contains (seen, key) && lookup_record (self->journal, key) == base)
      g_ptr_array_add (removed, key);
  for (guint i = 0; i < removed->len; i++)
    if (ac_journal_remove (self->journal, g_ptr_array_index (removed, i), NULL))
      n_changes++;

  if (mine == self->base_conditions && theirs != mine &&
      ac_journal_set_conditions (self->journal, theirs, NULL))
    n_changes++;

  /* The file is now the base; records equal to it count as unchanged. */
  g_hash_table_remove_all (self->base);
  add_to_base (self->base, ac_journal_get_sessions (disk));
  add_to_base (self->base, ac_journal_get_checkins (disk));
  g_hash_table_iter_init (&iter, self->base);
  while (g_hash_table_iter_next (&iter, &key, &base))
    {
      gpointer current = lookup_record (self->journal, key);

      if (current != NULL && current != base && records_equal (current, base))
        g_hash_table_iter_replace (&iter, g_object_ref (current));
    }
  self->base_conditions = theirs;

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

static char *
backup_path (AcJournalKeeper *self)
{
  g_autofree char *path = g_file_get_path (self->file);

  return path ? g_strconcat (path, ".bak", NULL) : NULL;
}

gboolean
ac_journal_keeper_has_backup (AcJournalKeeper *self)
{
  g_autofree char *backup = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  backup = backup_path (self);
  return backup != NULL && g_file_test (backup, G_FILE_TEST_IS_REGULAR);
}

/* Renames the file that did not load to journal.json.damaged-DATE-TIME, so
 * it is kept for the user and never overwritten. DATE-TIME is when the
 * file was last written, which says which file it is better than the
 * time it was moved, and reads no clock. */
static gboolean
move_aside (AcJournalKeeper  *self,
            GFile           **moved_to,
            GError          **error)
{
  g_autofree char *path = g_file_get_path (self->file);
  g_autoptr(GDateTime) written = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *aside = NULL;
  GStatBuf buf;

  if (path == NULL || g_stat (path, &buf) != 0)
    return TRUE;

  written = g_date_time_new_from_unix_local (buf.st_mtime);
  stamp = written != NULL ? g_date_time_format (written, "%Y%m%d-%H%M%S") : g_strdup ("0");

  for (guint i = 0; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); i++)
    {
      g_free (aside);
      aside = i == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, i);
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not move “%s” aside: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (moved_to != NULL)
    *moved_to = g_file_new_for_path (aside);

  return TRUE;
}

/**
 * ac_journal_keeper_restore_backup:
 *
 * After a failed load: checks that the backup loads, moves the damaged
 * file aside, and puts the backup in its place.
 *
 * Returns: %TRUE if the journal is now the backup's
 */
gboolean
ac_journal_keeper_restore_backup (AcJournalKeeper  *self,
                                  GError          **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) backup_file = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (self), FALSE);

  if (!(backup = backup_path (self)) || !(path = g_file_get_path (self->file)))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO, _("There is no backup"));
      return FALSE;
    }

  backup_file = g_file_new_for_path (backup);
  if (!(journal = ac_journal_load (backup_file, NULL, error)))
    return FALSE;

  if (!g_file_get_contents (backup, &contents, &length, &local_error) ||
      !move_aside (self, NULL, error) ||
      !g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      if (local_error != NULL)
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                     _("Could not restore the backup: %s"), local_error->message);
      return FALSE;
    }

  g_clear_object (&journal);
  if (!(journal = ac_journal_load (self->file, NULL, error)))
    return FALSE;

  g_clear_error (&self->load_error);
  take_journal (self, journal);
  return TRUE;
}

/**
 * ac_journal_keeper_start_new:
 * @moved_to: (out) (optional) (transfer full): where the damaged file went
 *
 * After a failed load: moves the damaged file aside and starts an empty
 * journal in its place.
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

  if (!move_aside (self, moved_to, error) ||
      !(journal = ac_journal_load (self->file, NULL, error)))
    return FALSE;

  g_clear_error (&self->load_error);
  take_journal (self, journal);
  return TRUE;
}
