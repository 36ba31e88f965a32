/* ac-journal-storage.c — reading and saving the journal file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-storage"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-journal-lock-private.h"
#include "ac-journal-private.h"

/* Health data: only the user may read it. */
#define FOLDER_MODE 0700
#define FILE_MODE   0600

/* Symbolic links followed before a journal is taken to be a loop. */
#define MAX_LINKS 40

static gboolean
read_stamp (const char   *path,
            AcFileStamp  *stamp,
            GError      **error)
{
  GStatBuf buf;

  memset (stamp, 0, sizeof *stamp);

  if (g_stat (path, &buf) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  stamp->exists = TRUE;
  stamp->inode = buf.st_ino;
  stamp->size = buf.st_size;
  stamp->mtime_usec = (gint64) buf.st_mtim.tv_sec * G_USEC_PER_SEC + buf.st_mtim.tv_nsec / 1000;

  return TRUE;
}

static gboolean
stamps_equal (const AcFileStamp *a,
              const AcFileStamp *b)
{
  if (!a->exists || !b->exists)
    return a->exists == b->exists;

  return a->inode == b->inode && a->size == b->size && a->mtime_usec == b->mtime_usec;
}

static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("“%s” is not a local file"), uri);
    }

  return path;
}

/**
 * ac_journal_load:
 * @file: a journal file
 *
 * Reads @file. A file that does not exist yet is an empty journal that will
 * be saved there. A file that cannot be read, or breaks a rule of the
 * format, is an error naming the file, line, field and rule; the file is
 * left as it is.
 *
 * Returns: (transfer full) (nullable): the journal
 */
AcJournal *
ac_journal_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  AcFileStamp before, after;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(path = get_local_path (file, error)))
    return NULL;

  /* Read until the file holds still, so the stamp matches the text. */
  for (guint attempt = 0; ; attempt++)
    {
      g_clear_pointer (&data, g_free);
      g_clear_error (&local_error);

      if (!read_stamp (path, &before, error))
        return NULL;

      if (!g_file_get_contents (path, &data, &length, &local_error))
        {
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            {
              memset (&after, 0, sizeof after);
              break;
            }
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not read “%s”: %s"), path, local_error->message);
          return NULL;
        }

      if (!read_stamp (path, &after, error))
        return NULL;
      if (stamps_equal (&before, &after) || attempt >= 3)
        break;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (data == NULL)
    journal = ac_journal_new ();
  else if (!(journal = ac_journal_new_from_data (data, length, path, error)))
    return NULL;

  _ac_journal_set_file (journal, file, &after);

  return g_steal_pointer (&journal);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  AcJournal *journal = ac_journal_load (task_data, cancellable, &error);

  if (journal == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, journal, g_object_unref);
}

/**
 * ac_journal_load_async:
 *
 * Reads @file on a worker thread, so that a long journal does not hold up
 * the window.
 */
void
ac_journal_load_async (GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ac_journal_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ac_journal_load_finish:
 *
 * Returns: (transfer full) (nullable): the journal
 */
AcJournal *
ac_journal_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GFile             *file;
  AcJournalSnapshot *snapshot;
  AcFileStamp        expected;
  AcFileStamp        written;
  gboolean           make_backup;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->snapshot, _ac_journal_snapshot_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static gboolean
ensure_folder (const char  *path,
               GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *default_folder = g_build_filename (g_get_user_data_dir (), "aftercare", NULL);

  if (g_mkdir_with_parents (folder, FOLDER_MODE) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* Aftercare's own folder is private even if something else made it;
   * a folder the user chose is left as the user set it. */
  if (g_strcmp0 (folder, default_folder) == 0)
    g_chmod (folder, FOLDER_MODE);

  return TRUE;
}

/* Temporary files are named ".journal.json.saving-XXXXXX": hidden, and a
 * name no person gives a file, so that the clean-up after a killed save
 * (remove_dead_temporaries) can never take one of the user's own files. */
#define TEMPORARY_INFIX ".saving-"

static char *
temporary_template (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (".", base, TEMPORARY_INFIX "XXXXXX", NULL);

  return g_build_filename (folder, name, NULL);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

/* The file a journal's name stands for: @path itself, or where its
 * symbolic links lead, which may not exist yet. Saving writes there, so
 * that a journal kept in a sync folder stays there, and the link stays. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint n = 0; n < MAX_LINKS; n++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *target = g_file_read_link (current, &local_error);
      g_autofree char *folder = NULL;

      if (target == NULL)
        {
          /* Not a link (EINVAL), or nothing there yet: the end. */
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_INVAL) ||
              g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            return g_steal_pointer (&current);
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not save “%s”: %s"), path, local_error->message);
          return NULL;
        }

      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (folder, target, NULL);
    }

  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
               _("Could not save “%s”: %s"), path, g_strerror (ELOOP));
  return NULL;
}

/* Whether a file's mode lets no one but the user in: 0600, or stricter. */
static gboolean
is_private (const GStatBuf *info)
{
  return (info->st_mode & 0777 & ~FILE_MODE) == 0;
}

/* The mode of a saved journal: its file's own if private, else 0600;
 * health data stays private. */
static mode_t
mode_to_write (const GStatBuf *old)
{
  return old != NULL && is_private (old) ? old->st_mode & 0777 : FILE_MODE;
}

/* Writes @data to a new temporary file beside @path, flushes it to disk,
 * renames it over @path (a link named @path is replaced, not followed)
 * and flushes the folder: on disk there is always the old file or the new
 * one, whole. */
static gboolean
write_atomically (const char  *path,
                  const char  *data,
                  gsize        length,
                  mode_t       mode,
                  GError     **error)
{
  g_autofree char *temporary = temporary_template (path);
  g_autofree char *folder = g_path_get_dirname (path);
  gsize written = 0;
  int fd, folder_fd;

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    return set_errno_error (error, errno, _("could not create a temporary file"));

  /* The mode asked for, whatever the umask. */
  if (fchmod (fd, mode) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("could not set the file's permissions"));
    }

  while (written < length)
    {
      gssize n = write (fd, data + written, length - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (temporary);
          return set_errno_error (error, saved_errno, _("could not write"));
        }
      written += n;
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("could not flush to disk"));
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return set_errno_error (error, saved_errno, _("could not replace the old file"));
    }

  /* The rename itself lasts only once the folder is on disk. */
  folder_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder_fd >= 0)
    {
      fsync (folder_fd);
      close (folder_fd);
    }

  return TRUE;
}

/* The backup, "journal.json.bak" beside the journal's name, is a real file
 * holding the old journal (@target, with the mode of @old): a second name
 * for it, made atomically by a hard link and a rename; a private copy where
 * links are not allowed, or where the old file was not private. */
static gboolean
keep_backup (const char      *path,
             const char      *target,
             const GStatBuf  *old,
             GError         **error)
{
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *staging = g_strconcat (path, ".bak.new", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (is_private (old) && link (target, staging) == 0)
    {
      if (g_rename (staging, backup) == 0)
        return TRUE;
      g_unlink (staging);
    }

  if (!g_file_get_contents (target, &contents, &length, &local_error) ||
      !write_atomically (backup, contents, length, FILE_MODE, &local_error))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not keep a backup of “%s”, so it was not saved: %s"),
                   path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_temporary_name (const char *name,
                   const char *prefix,
                   gsize       prefix_length)
{
  if (strlen (name) != prefix_length + 6 || strncmp (name, prefix, prefix_length) != 0)
    return FALSE;
  for (gsize i = prefix_length; name[i] != '\0'; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  return TRUE;
}

/* Removes the temporary files of saves of @path that were killed (see
 * temporary_template()). Only a save holding the lock writes them, so one
 * found by a save that holds it is dead, however new it looks. */
static void
remove_dead_temporaries (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (".", base, TEMPORARY_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *dead = NULL;
      GStatBuf info;

      if (!is_temporary_name (name, prefix, strlen (prefix)))
        continue;
      dead = g_build_filename (folder, name, NULL);
      if (g_lstat (dead, &info) == 0 && S_ISREG (info.st_mode))
        g_unlink (dead);
    }
}

/* What a dead save of the journal named @path, whose file is @target,
 * left: temporaries of the journal and of its backup, and the backup's
 * second name before its rename. Called with the lock held. */
static void
remove_dead_leftovers (const char *path,
                       const char *target)
{
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *staging = g_strconcat (path, ".bak.new", NULL);

  remove_dead_temporaries (target);
  remove_dead_temporaries (backup);
  g_unlink (staging);
}

/* Writes @job->snapshot over the journal file @target, its lock held. The
 * file must be as @job->expected says: else another writer saved since
 * the journal was read, and it is not overwritten. Neither is a file the
 * user made read-only. */
static gboolean
save_job_run_locked (SaveJob       *job,
                     const char    *path,
                     const char    *target,
                     const char    *data,
                     gsize          length,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  AcFileStamp current;
  GStatBuf old;
  gboolean exists;

  remove_dead_leftovers (path, target);

  if (!read_stamp (target, &current, error))
    return FALSE;

  if (!stamps_equal (&current, &job->expected))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program since it was read; "
                     "it was not overwritten"), path);
      return FALSE;
    }

  exists = g_stat (target, &old) == 0;
  if (exists && !(old.st_mode & S_IWUSR))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not save “%s”: the file is read-only (its permissions do not let "
                     "you write it), so it was left as it is"), path);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (job->make_backup && exists && !keep_backup (path, target, &old, error))
    return FALSE;

  if (!write_atomically (target, data, length, mode_to_write (exists ? &old : NULL), &local_error))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return read_stamp (target, &job->written, error);
}

/* The journal's name, and the file it stands for (see resolve_links()). */
static gboolean
save_paths (GFile   *file,
            char   **path,
            char   **target,
            GError **error)
{
  return (*path = get_local_path (file, error)) != NULL &&
         ensure_folder (*path, error) &&
         (*target = resolve_links (*path, error)) != NULL;
}

static gboolean
save_job_run (SaveJob       *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *data = NULL;
  AcJournalLock lock;
  gboolean ok;
  gsize length;

  if (!save_paths (job->file, &path, &target, error))
    return FALSE;

  /* Written out before the lock is taken, to hold it only for the file. */
  data = _ac_journal_codec_write (job->snapshot, &length);

  if (!_ac_journal_lock_take (&lock, path, target, error))
    return FALSE;
  ok = save_job_run_locked (job, path, target, data, length, cancellable, error);
  _ac_journal_lock_release (&lock);

  return ok;
}

static SaveJob *
save_job_new (AcJournal  *self,
              GError    **error)
{
  SaveJob *job;

  if (ac_journal_get_read_only (self))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY,
                   _("This journal was written by a newer version of Aftercare "
                     "(format %u); it is not saved, so nothing in it is lost"),
                   ac_journal_get_file_version (self));
      return NULL;
    }

  if (ac_journal_get_file (self) == NULL)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("This journal has no file to save to"));
      return NULL;
    }

  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (ac_journal_get_file (self));
  job->snapshot = _ac_journal_snapshot_new (self);
  job->expected = *_ac_journal_get_stamp (self);
  job->make_backup = !_ac_journal_get_backed_up (self);

  return job;
}

static void
save_job_apply (AcJournal *self,
                SaveJob   *job)
{
  _ac_journal_set_stamp (self, &job->written);
  _ac_journal_set_saved_generation (self, job->snapshot->generation);
  if (job->make_backup)
    _ac_journal_set_backed_up (self);
}

/**
 * ac_journal_save:
 *
 * Writes the journal to its file: a temporary file in the same folder,
 * flushed to disk and renamed over the old one, so the file on disk is
 * always either the old or the new journal. Before the first save after
 * loading, the old file is kept as `journal.json.bak`. A file changed by
 * another program since it was read is not overwritten
 * (%AC_JOURNAL_ERROR_CHANGED_ON_DISK).
 *
 * A journal that is a symbolic link is written where the link leads, and
 * the link stays. A file the user made read-only is not replaced
 * (%AC_JOURNAL_ERROR_IO, saying so). Writers take a lock
 * (`.journal.json.lock` beside the file) from the check to the rename; one
 * that waits for it for more than a few seconds fails
 * (%AC_JOURNAL_ERROR_IO).
 *
 * Returns: %TRUE if saved; on error the old file is intact
 */
gboolean
ac_journal_save (AcJournal     *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(SaveJob) job = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  if (!(job = save_job_new (self, error)) ||
      !save_job_run (job, cancellable, error))
    return FALSE;

  save_job_apply (self, job);

  return TRUE;
}

/* Under the lock: reads the journal file again, makes @change to it and
 * saves it, so that no writer comes in between. */
static AcJournal *
reapply_locked (GFile                *file,
                const char           *path,
                const char           *target,
                AcJournalChangeFunc   change,
                gpointer              user_data,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(AcJournal) disk = NULL;
  g_autoptr(SaveJob) job = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!(disk = ac_journal_load (file, cancellable, error)) ||
      !change (disk, user_data, error) ||
      !(job = save_job_new (disk, error)))
    return NULL;

  data = _ac_journal_codec_write (job->snapshot, &length);
  if (!save_job_run_locked (job, path, target, data, length, cancellable, error))
    return NULL;

  save_job_apply (disk, job);

  return g_steal_pointer (&disk);
}

/**
 * ac_journal_save_change:
 * @self: a journal read from its file, with @change made to it
 * @change: makes the same change to another journal read from the file
 * @user_data: for @change
 *
 * Saves @self like ac_journal_save(). If another writer saved the file
 * since @self was read, the file is read again, @change is made to what
 * was read and that is saved, all under the writers' lock, so that the
 * other writer's records are kept and no third one comes in between. For
 * a writer that makes one change and ends, such as aftercare-cli.
 *
 * Returns: (transfer full) (nullable): the journal as saved: @self, or
 *   the file read again with @change made to it
 */
AcJournal *
ac_journal_save_change (AcJournal            *self,
                        AcJournalChangeFunc   change,
                        gpointer              user_data,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr(SaveJob) job = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  AcJournal *saved = NULL;
  AcJournalLock lock;
  gsize length;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  if (!(job = save_job_new (self, error)) ||
      !save_paths (job->file, &path, &target, error))
    return NULL;

  data = _ac_journal_codec_write (job->snapshot, &length);

  if (!_ac_journal_lock_take (&lock, path, target, error))
    return NULL;

  if (save_job_run_locked (job, path, target, data, length, cancellable, &local_error))
    {
      save_job_apply (self, job);
      saved = g_object_ref (self);
    }
  else if (g_error_matches (local_error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK))
    saved = reapply_locked (job->file, path, target, change, user_data, cancellable, error);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  _ac_journal_lock_release (&lock);

  return saved;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ac_journal_save_async:
 *
 * Like ac_journal_save(), with the writing on a worker thread. The journal
 * may change meanwhile; what is saved is the journal as it was when this
 * was called. Call ac_journal_save_finish() from @callback; start the next
 * save only after it.
 */
void
ac_journal_save_async (AcJournal           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveJob *job;

  g_return_if_fail (AC_IS_JOURNAL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ac_journal_save_async);

  if (!(job = save_job_new (self, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
ac_journal_save_finish (AcJournal     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  SaveJob *job;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  save_job_apply (self, job);

  return TRUE;
}

/**
 * ac_journal_get_backup_file:
 *
 * Returns: (transfer full) (nullable): where the backup of the journal's
 *   file is kept
 */
GFile *
ac_journal_get_backup_file (AcJournal *self)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (self), NULL);

  if (ac_journal_get_file (self) == NULL ||
      !(path = g_file_get_path (ac_journal_get_file (self))))
    return NULL;

  backup = g_strconcat (path, ".bak", NULL);
  return g_file_new_for_path (backup);
}

/* What an async save wrote, for the caller to compare with what it holds. */
AcJournalSnapshot *
_ac_journal_save_get_snapshot (GAsyncResult *result)
{
  SaveJob *job = g_task_get_task_data (G_TASK (result));

  return job != NULL ? job->snapshot : NULL;
}

gboolean
_ac_journal_read_stamp (GFile        *file,
                        AcFileStamp  *stamp,
                        GError      **error)
{
  g_autofree char *path = get_local_path (file, error);

  return path != NULL && read_stamp (path, stamp, error);
}

gboolean
_ac_journal_stamps_equal (const AcFileStamp *a,
                          const AcFileStamp *b)
{
  return stamps_equal (a, b);
}
