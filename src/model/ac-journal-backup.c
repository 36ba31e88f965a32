/* ac-journal-backup.c — after a journal failed to load: restore the backup,
 * or move the damaged file aside and start anew
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-backup"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-journal-private.h"

/* A file that fails to load is never overwritten or deleted (DESIGN.md):
 * it is renamed beside the journal before the backup or an empty journal
 * takes its place. These read and write files, so the app runs them on a
 * worker thread (_ac_journal_recover_async()); the CLI and tests may call
 * them directly. */

static char *
backup_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path ? g_strconcat (path, ".bak", NULL) : NULL;
}

/* Whether there is a journal.json.bak beside @file. */
gboolean
_ac_journal_has_backup (GFile *file)
{
  g_autofree char *backup = backup_path (file);

  return backup != NULL && g_file_test (backup, G_FILE_TEST_IS_REGULAR);
}

/* Renames the file that did not load to journal.json.damaged-DATE-TIME, so
 * it is kept for the user and never overwritten. DATE-TIME is when the
 * file was last written, which says which file it is better than the
 * time it was moved, and reads no clock. */
static gboolean
move_aside (GFile   *file,
            GFile  **moved_to,
            GError **error)
{
  g_autofree char *path = g_file_get_path (file);
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
 * _ac_journal_restore_backup:
 *
 * Checks that the backup loads, moves the damaged @file aside, and puts
 * the backup in its place.
 *
 * Returns: (transfer full) (nullable): the journal, now the backup's
 */
AcJournal *
_ac_journal_restore_backup (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) backup_file = NULL;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (!(backup = backup_path (file)) || !(path = g_file_get_path (file)))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO, _("There is no backup"));
      return NULL;
    }

  backup_file = g_file_new_for_path (backup);
  if (!(journal = ac_journal_load (backup_file, cancellable, error)))
    return NULL;

  if (!g_file_get_contents (backup, &contents, &length, &local_error) ||
      !move_aside (file, NULL, error) ||
      !g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      if (local_error != NULL)
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                     _("Could not restore the backup: %s"), local_error->message);
      return NULL;
    }

  return ac_journal_load (file, cancellable, error);
}

/**
 * _ac_journal_start_new:
 * @moved_to: (out) (optional) (transfer full): where the damaged file went
 *
 * Moves the damaged @file aside and starts an empty journal in its place.
 *
 * Returns: (transfer full) (nullable): the new journal
 */
AcJournal *
_ac_journal_start_new (GFile         *file,
                       GFile        **moved_to,
                       GCancellable  *cancellable,
                       GError       **error)
{
  if (!move_aside (file, moved_to, error))
    return NULL;

  return ac_journal_load (file, cancellable, error);
}

typedef struct
{
  GFile    *file;
  GFile    *moved_to;
  gboolean  from_backup;
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_clear_object (&recovery->file);
  g_clear_object (&recovery->moved_to);
  g_free (recovery);
}

static void
recover_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Recovery *recovery = task_data;
  GError *error = NULL;
  AcJournal *journal;

  if (recovery->from_backup)
    journal = _ac_journal_restore_backup (recovery->file, cancellable, &error);
  else
    journal = _ac_journal_start_new (recovery->file, &recovery->moved_to, cancellable, &error);

  if (journal == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, journal, g_object_unref);
}

/**
 * _ac_journal_recover_async:
 * @from_backup: restore the backup, or else start a new journal
 *
 * _ac_journal_restore_backup() or _ac_journal_start_new() on a worker
 * thread.
 */
void
_ac_journal_recover_async (GFile               *file,
                           gboolean             from_backup,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Recovery *recovery = g_new0 (Recovery, 1);

  recovery->file = g_object_ref (file);
  recovery->from_backup = !!from_backup;
  g_task_set_source_tag (task, _ac_journal_recover_async);
  g_task_set_task_data (task, recovery, (GDestroyNotify) recovery_free);
  g_task_run_in_thread (task, recover_thread);
}

/**
 * _ac_journal_recover_finish:
 * @moved_to: (out) (optional) (transfer full): where the damaged file went,
 *   when a new journal was started
 *
 * Returns: (transfer full) (nullable): the journal now in the file
 */
AcJournal *
_ac_journal_recover_finish (GAsyncResult  *result,
                            GFile        **moved_to,
                            GError       **error)
{
  Recovery *recovery;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  recovery = g_task_get_task_data (G_TASK (result));
  if (moved_to != NULL)
    *moved_to = recovery->moved_to ? g_object_ref (recovery->moved_to) : NULL;

  return g_task_propagate_pointer (G_TASK (result), error);
}
