/* ac-journal.c — the user's sessions, check-ins and profile
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-journal-private.h"
#include "ac-record-private.h"

struct _AcJournal
{
  GObject      parent_instance;

  GListStore  *sessions;
  GListStore  *checkins;
  GListStore  *clearances;
  GHashTable  *by_id;            /* id → any record, borrowed */
  GHashTable  *checkin_by_day;   /* julian day → AcCheckin, borrowed */
  AcProfile   *profile;
  JsonObject  *extra;

  GFile       *file;
  AcFileStamp  stamp;
  guint        file_version;
  guint64      generation;
  guint64      saved_generation;
  guint        backed_up : 1;

  const AcJournalWatcher *watcher;
  gpointer     watcher_data;
};

G_DEFINE_FINAL_TYPE (AcJournal, ac_journal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_READ_ONLY,
  PROP_FILE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ac_journal_dispose (GObject *object)
{
  AcJournal *self = (AcJournal *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->checkin_by_day, g_hash_table_unref);
  g_clear_object (&self->sessions);
  g_clear_object (&self->checkins);
  g_clear_object (&self->clearances);
  g_clear_object (&self->profile);
  g_clear_object (&self->file);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (ac_journal_parent_class)->dispose (object);
}

static void
ac_journal_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AcJournal *self = AC_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, ac_journal_get_read_only (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_journal_class_init (AcJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_journal_dispose;
  object_class->get_property = ac_journal_get_property;

  /**
   * AcJournal:read-only:
   *
   * Whether the journal refuses changes, because its file was written by a
   * newer version of Aftercare.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcJournal:file:
   *
   * The file the journal was loaded from and saves to, or %NULL.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcJournal::changed:
   *
   * Emitted after every change to the sessions, check-ins, clearances or
   * profile.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ac_journal_init (AcJournal *self)
{
  self->sessions = g_list_store_new (AC_TYPE_SESSION);
  self->checkins = g_list_store_new (AC_TYPE_CHECKIN);
  self->clearances = g_list_store_new (AC_TYPE_CLEARANCE);
  self->by_id = g_hash_table_new (_ac_id_hash, _ac_id_equal);
  self->checkin_by_day = g_hash_table_new (NULL, NULL);
  self->profile = ac_profile_new (AC_CONDITION_NONE);
  _ac_profile_seal (self->profile);
  self->file_version = AC_JOURNAL_FORMAT_VERSION;
}

/**
 * ac_journal_new:
 *
 * Returns: (transfer full): an empty journal that belongs to no file
 */
AcJournal *
ac_journal_new (void)
{
  return g_object_new (AC_TYPE_JOURNAL, NULL);
}

/**
 * ac_journal_get_default_file:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/aftercare/journal.json`
 */
GFile *
ac_journal_get_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (),
                                            "aftercare", "journal.json", NULL);

  return g_file_new_for_path (path);
}

/**
 * ac_journal_get_sessions:
 *
 * Returns: (transfer none): a #GListModel of #AcSession, sorted by start
 */
GListModel *
ac_journal_get_sessions (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

/**
 * ac_journal_get_checkins:
 *
 * Returns: (transfer none): a #GListModel of #AcCheckin, sorted by date
 */
GListModel *
ac_journal_get_checkins (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (self->checkins);
}

/**
 * ac_journal_get_clearances:
 *
 * Returns: (transfer none): a #GListModel of #AcClearance, sorted by date
 */
GListModel *
ac_journal_get_clearances (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (self->clearances);
}

/**
 * ac_journal_get_profile:
 *
 * Returns: (transfer none): the health profile; a new object after every
 *   change, so hold a reference only as a snapshot
 */
AcProfile *
ac_journal_get_profile (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  return self->profile;
}

gboolean
ac_journal_is_empty (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), TRUE);

  return g_hash_table_size (self->by_id) == 0 && ac_profile_is_empty (self->profile);
}

gboolean
ac_journal_get_read_only (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), TRUE);

  return self->file_version > AC_JOURNAL_FORMAT_VERSION;
}

/* The format version of the file the journal came from. */
guint
ac_journal_get_file_version (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), 0);

  return self->file_version;
}

/**
 * ac_journal_get_generation:
 *
 * Returns: a number that grows with every change, so a caller can tell
 *   whether anything changed since it last looked
 */
guint64
ac_journal_get_generation (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), 0);

  return self->generation;
}

gboolean
_ac_journal_check_writable (AcJournal  *self,
                            GError    **error)
{
  if (ac_journal_get_read_only (self))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY,
                   _("This journal was written by a newer version of Aftercare "
                     "(format %u) and is open read-only"),
                   self->file_version);
      return FALSE;
    }

  return TRUE;
}

void
_ac_journal_emit_changed (AcJournal *self)
{
  self->generation++;
  if (self->watcher != NULL)
    self->watcher->change_done (self->watcher_data);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * _ac_journal_set_watcher:
 * @watcher: (nullable): the functions to call, or %NULL for none; static
 *
 * Every record put in or taken out by a change, and every new profile,
 * is told to @watcher; records read from a file are not.
 */
void
_ac_journal_set_watcher (AcJournal              *self,
                         const AcJournalWatcher *watcher,
                         gpointer                user_data)
{
  g_assert (AC_IS_JOURNAL (self));

  self->watcher = watcher;
  self->watcher_data = user_data;
}

/* Sorted stores: the position of an item is found by bisection. */
static gboolean
find_position (GListStore       *store,
               gpointer          item,
               GCompareDataFunc  compare,
               guint            *position)
{
  GListModel *model = G_LIST_MODEL (store);
  guint lo = 0;
  guint hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GObject) probe = g_list_model_get_item (model, mid);
      int cmp = compare (probe, item, NULL);

      if (cmp == 0 && probe == item)
        {
          *position = mid;
          return TRUE;
        }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

/* Each kind of record has its own store, sorted by its compare function. */
static GListStore *
store_for (AcJournal        *self,
           gpointer          record,
           GCompareDataFunc *compare)
{
  if (AC_IS_SESSION (record))
    {
      *compare = ac_session_compare;
      return self->sessions;
    }
  if (AC_IS_CHECKIN (record))
    {
      *compare = ac_checkin_compare;
      return self->checkins;
    }

  g_assert (AC_IS_CLEARANCE (record));
  *compare = ac_clearance_compare;
  return self->clearances;
}

/* The store may hold the last reference: keep the record alive until the
 * hash tables no longer point at its id. */
void
_ac_journal_remove_record (AcJournal *self,
                           gpointer   record)
{
  g_autoptr(AcRecord) hold = g_object_ref (record);
  GCompareDataFunc compare;
  GListStore *store = store_for (self, record, &compare);
  guint position;

  if (find_position (store, record, compare, &position))
    g_list_store_remove (store, position);
  else
    g_assert_not_reached ();

  if (AC_IS_CHECKIN (record))
    g_hash_table_remove (self->checkin_by_day,
                         GUINT_TO_POINTER (ac_checkin_get_julian (record)));
  g_hash_table_remove (self->by_id, ac_record_get_id (record));
  if (self->watcher != NULL)
    self->watcher->record_changed (self->watcher_data, record, NULL);
}

void
_ac_journal_insert_record (AcJournal *self,
                           gpointer   record)
{
  GCompareDataFunc compare;
  GListStore *store = store_for (self, record, &compare);

  _ac_record_seal (record);
  g_list_store_insert_sorted (store, record, compare, NULL);
  g_hash_table_insert (self->by_id, (gpointer) ac_record_get_id (record), record);
  if (AC_IS_CHECKIN (record))
    g_hash_table_insert (self->checkin_by_day,
                         GUINT_TO_POINTER (ac_checkin_get_julian (record)), record);
  if (self->watcher != NULL)
    self->watcher->record_changed (self->watcher_data, NULL, record);
}

/**
 * _ac_journal_set_profile:
 * @profile: the whole profile to hold from now on; the journal seals it
 *
 * Replaces the profile if @profile keeps its rules and says something
 * else; emits "changed" then.
 *
 * Returns: %TRUE if set, or if nothing changed
 */
gboolean
_ac_journal_set_profile (AcJournal  *self,
                         AcProfile  *profile,
                         GError    **error)
{
  g_assert (AC_IS_JOURNAL (self));
  g_assert (AC_IS_PROFILE (profile));

  if (!_ac_journal_check_writable (self, error) ||
      !ac_profile_validate (profile, error))
    return FALSE;

  if (profile == self->profile || ac_profile_equal (profile, self->profile))
    return TRUE;

  _ac_profile_seal (profile);
  if (self->watcher != NULL)
    self->watcher->profile_changed (self->watcher_data, self->profile, profile);
  g_set_object (&self->profile, profile);
  _ac_journal_emit_changed (self);

  return TRUE;
}

/**
 * ac_journal_set_conditions:
 *
 * Replaces the profile's screening conditions.
 *
 * Returns: %TRUE if set
 */
gboolean
ac_journal_set_conditions (AcJournal    *self,
                           AcCondition   conditions,
                           GError      **error)
{
  g_autoptr(AcProfile) profile = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  profile = ac_profile_copy (self->profile);
  ac_profile_set_conditions (profile, conditions);
  return _ac_journal_set_profile (self, profile, error);
}

/**
 * ac_journal_set_avoid_areas:
 *
 * Replaces the body areas the profile asks a therapist to avoid; areas
 * not in the list are refused by name (“profile.avoid_areas”).
 *
 * Returns: %TRUE if set
 */
gboolean
ac_journal_set_avoid_areas (AcJournal  *self,
                            AcArea      areas,
                            GError    **error)
{
  g_autoptr(AcProfile) profile = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  profile = ac_profile_copy (self->profile);
  ac_profile_set_avoid_areas (profile, areas);
  return _ac_journal_set_profile (self, profile, error);
}

/**
 * ac_journal_set_therapist_notes:
 * @notes: (nullable): at most 4,000 characters; %NULL or "" for none
 *
 * Replaces the profile's notes for a therapist; longer notes are refused
 * by name (“profile.therapist_notes”).
 *
 * Returns: %TRUE if set
 */
gboolean
ac_journal_set_therapist_notes (AcJournal   *self,
                                const char  *notes,
                                GError     **error)
{
  g_autoptr(AcProfile) profile = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  profile = ac_profile_copy (self->profile);
  ac_profile_set_therapist_notes (profile, notes);
  return _ac_journal_set_profile (self, profile, error);
}

/**
 * ac_journal_lookup_session:
 *
 * Returns: (transfer none) (nullable): the session with @id
 */
AcSession *
ac_journal_lookup_session (AcJournal  *self,
                           const char *id)
{
  gpointer record;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  record = g_hash_table_lookup (self->by_id, id);
  return AC_IS_SESSION (record) ? record : NULL;
}

/**
 * ac_journal_lookup_checkin:
 *
 * Returns: (transfer none) (nullable): the check-in with @id
 */
AcCheckin *
ac_journal_lookup_checkin (AcJournal  *self,
                           const char *id)
{
  gpointer record;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  record = g_hash_table_lookup (self->by_id, id);
  return AC_IS_CHECKIN (record) ? record : NULL;
}

/**
 * ac_journal_lookup_clearance:
 *
 * Returns: (transfer none) (nullable): the clearance with @id
 */
AcClearance *
ac_journal_lookup_clearance (AcJournal  *self,
                             const char *id)
{
  gpointer record;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  record = g_hash_table_lookup (self->by_id, id);
  return AC_IS_CLEARANCE (record) ? record : NULL;
}

/* The record with @id, of whichever kind; (transfer none). */
AcRecord *
_ac_journal_lookup_record (AcJournal  *self,
                           const char *id)
{
  g_assert (AC_IS_JOURNAL (self));

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ac_journal_lookup_checkin_for_date:
 *
 * Returns: (transfer none) (nullable): the check-in of @date
 */
AcCheckin *
ac_journal_lookup_checkin_for_date (AcJournal   *self,
                                    const GDate *date)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_hash_table_lookup (self->checkin_by_day,
                              GUINT_TO_POINTER (g_date_get_julian (date)));
}

void
_ac_journal_take_records (AcJournal  *self,
                          GPtrArray  *sessions,
                          GPtrArray  *checkins,
                          GPtrArray  *clearances,
                          AcProfile  *profile,
                          JsonObject *extra)
{
  g_assert (AC_IS_JOURNAL (self));
  g_assert (g_hash_table_size (self->by_id) == 0);

  for (guint i = 0; i < sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (sessions, i);

      _ac_record_seal (AC_RECORD (session));
      g_hash_table_insert (self->by_id, (gpointer) ac_session_get_id (session), session);
    }
  for (guint i = 0; i < checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);

      _ac_record_seal (AC_RECORD (checkin));
      g_hash_table_insert (self->by_id, (gpointer) ac_checkin_get_id (checkin), checkin);
      g_hash_table_insert (self->checkin_by_day,
                           GUINT_TO_POINTER (ac_checkin_get_julian (checkin)), checkin);
    }
  for (guint i = 0; i < clearances->len; i++)
    {
      AcClearance *clearance = g_ptr_array_index (clearances, i);

      _ac_record_seal (AC_RECORD (clearance));
      g_hash_table_insert (self->by_id, (gpointer) ac_clearance_get_id (clearance), clearance);
    }

  g_list_store_splice (self->sessions, 0, 0, sessions->pdata, sessions->len);
  g_list_store_splice (self->checkins, 0, 0, checkins->pdata, checkins->len);
  g_list_store_splice (self->clearances, 0, 0, clearances->pdata, clearances->len);
  _ac_profile_seal (profile);
  g_set_object (&self->profile, profile);
  g_clear_pointer (&self->extra, json_object_unref);
  if (extra != NULL)
    self->extra = json_object_ref (extra);
}

void
_ac_journal_set_file_version (AcJournal *self,
                              guint      version)
{
  g_assert (AC_IS_JOURNAL (self));

  if (self->file_version == version)
    return;

  self->file_version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

static GPtrArray *
copy_store (GListStore *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));

  return array;
}

AcJournalSnapshot *
_ac_journal_snapshot_new (AcJournal *self)
{
  AcJournalSnapshot *snapshot = g_new0 (AcJournalSnapshot, 1);

  g_assert (AC_IS_JOURNAL (self));

  snapshot->sessions = copy_store (self->sessions);
  snapshot->checkins = copy_store (self->checkins);
  snapshot->clearances = copy_store (self->clearances);
  snapshot->profile = g_object_ref (self->profile);
  snapshot->extra = self->extra ? json_object_ref (self->extra) : NULL;
  snapshot->generation = self->generation;

  return snapshot;
}

void
_ac_journal_snapshot_free (AcJournalSnapshot *snapshot)
{
  g_clear_pointer (&snapshot->sessions, g_ptr_array_unref);
  g_clear_pointer (&snapshot->checkins, g_ptr_array_unref);
  g_clear_pointer (&snapshot->clearances, g_ptr_array_unref);
  g_clear_object (&snapshot->profile);
  g_clear_pointer (&snapshot->extra, json_object_unref);
  g_free (snapshot);
}

/**
 * ac_journal_get_file:
 *
 * Returns: (transfer none) (nullable): the journal's file
 */
GFile *
ac_journal_get_file (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  return self->file;
}

void
_ac_journal_set_file (AcJournal         *self,
                      GFile             *file,
                      const AcFileStamp *stamp)
{
  g_assert (AC_IS_JOURNAL (self));

  self->stamp = *stamp;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

const AcFileStamp *
_ac_journal_get_stamp (AcJournal *self)
{
  return &self->stamp;
}

void
_ac_journal_set_stamp (AcJournal         *self,
                       const AcFileStamp *stamp)
{
  self->stamp = *stamp;
}

gboolean
_ac_journal_get_backed_up (AcJournal *self)
{
  return self->backed_up;
}

void
_ac_journal_set_backed_up (AcJournal *self)
{
  self->backed_up = TRUE;
}

void
_ac_journal_set_saved_generation (AcJournal *self,
                                  guint64    generation)
{
  self->saved_generation = MAX (self->saved_generation, generation);
}

gboolean
ac_journal_has_unsaved_changes (AcJournal *self)
{
  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  return self->saved_generation < self->generation;
}
