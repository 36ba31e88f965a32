/* ac-journal-lock.c — the writers' advisory lock on a journal file
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-journal-lock"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-journal-lock-private.h"
#include "ac-journal-private.h"

/* The writers' lock of a journal file: flock() on
 * ".journal.json.lock" beside it. Every writer (the app, aftercare-cli)
 * holds it from checking the file's stamp to the rename, so none
 * overwrites a save it has not seen. The lock file is removed as the lock
 * is let go, so it is there only during a save. */

/* Health data: only the user may read even the lock file. */
#define LOCK_FILE_MODE 0600

/* How long a save waits for another writer's save to end before it gives
 * up; a save holds the lock for milliseconds, or a second for a long
 * journal. Tests shorten it (_ac_journal_set_lock_timeout()). */
#define DEFAULT_LOCK_TIMEOUT_MSEC 5000
#define LOCK_POLL_MSEC            10

static guint lock_timeout_msec = DEFAULT_LOCK_TIMEOUT_MSEC;

/* Lets go of the lock and removes its file. */
void
_ac_journal_lock_release (AcJournalLock *lock)
{
  /* Unlinked while held: a writer waiting on this file sees, once it has
   * the lock, that it is no longer the lock file, and takes the new one. */
  g_unlink (lock->path);
  close (lock->fd);
  g_free (lock->path);
}

/* Whether @fd, just locked, is still the lock file at @path. */
static gboolean
is_current_lock (int         fd,
                 const char *path)
{
  GStatBuf held, named;

  return fstat (fd, &held) == 0 && g_stat (path, &named) == 0 &&
         held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

/* Takes the lock, waiting for another writer's save to end, but not for
 * ever (lock_timeout_msec; counted in polls, not read from a clock, which
 * may jump). */
gboolean
_ac_journal_lock_take (AcJournalLock  *lock,
                       const char     *path,
                       const char     *target,
                       GError        **error)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strconcat (".", base, ".lock", NULL);
  g_autofree char *lock_path = g_build_filename (folder, name, NULL);
  guint timeout = g_atomic_int_get (&lock_timeout_msec);
  guint waited = 0;
  int saved_errno;
  int fd;

  for (;;)
    {
      fd = g_open (lock_path, O_RDONLY | O_CREAT | O_CLOEXEC, LOCK_FILE_MODE);
      if (fd < 0)
        {
          saved_errno = errno;
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not save “%s”: could not open the lock file “%s”: %s"),
                       path, lock_path, g_strerror (saved_errno));
          return FALSE;
        }

      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          if (is_current_lock (fd, lock_path))
            break;
          close (fd);
          continue;
        }

      saved_errno = errno;
      close (fd);
      if (saved_errno == EINTR)
        continue;
      if (saved_errno != EWOULDBLOCK)
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not save “%s”: could not lock “%s”: %s"),
                       path, lock_path, g_strerror (saved_errno));
          return FALSE;
        }
      if (waited >= timeout)
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not save “%s”: another program (Aftercare or aftercare-cli) "
                         "has been saving it for more than %u ms and still holds its lock “%s”"),
                       path, timeout, lock_path);
          return FALSE;
        }
      g_usleep (LOCK_POLL_MSEC * 1000);
      waited += LOCK_POLL_MSEC;
    }

  lock->fd = fd;
  lock->path = g_steal_pointer (&lock_path);
  return TRUE;
}

/* For tests: how long a save waits for the writers' lock. */
void
_ac_journal_set_lock_timeout (guint msec)
{
  g_atomic_int_set (&lock_timeout_msec, msec);
}
