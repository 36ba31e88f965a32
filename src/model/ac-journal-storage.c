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
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-journal-private.h"

/* Health data: only the user may read it. */
#define FOLDER_MODE 0700
#define FILE_MODE   0600

/* A save's temporary file lives for milliseconds; one this old was left
 * by a save that was killed, and holds nothing the journal lacks. */
#define STALE_TEMPORARY_AGE (10 * 60)

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
 * (remove_stale_temporaries) can never take one of the user's own files. */
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

/* Writes @data to a new temporary file beside @path, flushes it to disk,
 * renames it over @path and flushes the folder: on disk there is always
 * the old file or the new one, whole. */
static gboolean
write_atomically (const char  *path,
                  const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autofree char *temporary = temporary_template (path);
  g_autofree char *folder = g_path_get_dirname (path);
  gsize written = 0;
  int fd, folder_fd;

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, FILE_MODE);
  if (fd < 0)
    return set_errno_error (error, errno, _("could not create a temporary file"));

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

/* The backup is a second name for the old file, made atomically by a hard
 * link and a rename; where links are not allowed, a copy. */
static gboolean
keep_backup (const char  *path,
             GError     **error)
{
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *staging = g_strconcat (path, ".bak.new", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_unlink (staging);
  if (link (path, staging) == 0)
    {
      if (g_rename (staging, backup) == 0)
        {
          g_chmod (backup, FILE_MODE);
          return TRUE;
        }
      g_unlink (staging);
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error) ||
      !write_atomically (backup, contents, length, &local_error))
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

/* Removes the temporary files of killed saves (see temporary_template()),
 * of the journal and of its backup. */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *journal_prefix = g_strconcat (".", base, TEMPORARY_INFIX, NULL);
  g_autofree char *backup_prefix = g_strconcat (".", base, ".bak" TEMPORARY_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stale = NULL;
      GStatBuf info;

      if (!is_temporary_name (name, journal_prefix, strlen (journal_prefix)) &&
          !is_temporary_name (name, backup_prefix, strlen (backup_prefix)))
        continue;
      stale = g_build_filename (folder, name, NULL);
      if (g_lstat (stale, &info) == 0 && S_ISREG (info.st_mode) &&
          now - info.st_mtime > STALE_TEMPORARY_AGE)
        g_unlink (stale);
    }
}

static gboolean
save_job_run (SaveJob       *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  AcFileStamp current;
  gsize length;

  if (!(path = get_local_path (job->file, error)) ||
      !ensure_folder (path, error) ||
      !read_stamp (path, &current, error))
    return FALSE;

  if (!stamps_equal (&current, &job->expected))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program since it was read; "
                     "it was not overwritten"), path);
      return FALSE;
    }

  data = _ac_journal_codec_write (job->snapshot, &length);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (job->make_backup && current.exists && !keep_backup (path, error))
    return FALSE;

  if (!write_atomically (path, data, length, &local_error))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  remove_stale_temporaries (path);

  return read_stamp (path, &job->written, error);
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
 * Returns: %TRUE if saved; on error the old file is intact
 */
gboolean
ac_journal_save (AcJournal     *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  SaveJob *job;
  gboolean ok;

  g_return_val_if_fail (AC_IS_JOURNAL (self), FALSE);

  if (!(job = save_job_new (self, error)))
    return FALSE;

  ok = save_job_run (job, cancellable, error);
  if (ok)
    save_job_apply (self, job);
  save_job_free (job);

  return ok;
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
