/* ac-transfer.c — what export and import share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-transfer"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-record-private.h"
#include "ac-transfer-private.h"

/* Exports hold health data: only the user may read them. */
#define FILE_MODE 0600

/* Progress is passed on when it moved by at least this much. */
#define PROGRESS_STEP 0.01

struct _AcProgress
{
  GObject          *owner;
  AcProgressSetter  setter;
  GCancellable     *cancellable;
  GMainContext     *context;   /* the owner's, when threaded; else NULL */
  double            last;
};

typedef struct
{
  GObject          *owner;
  AcProgressSetter  setter;
  double            fraction;
} ProgressUpdate;

/**
 * _ac_progress_new:
 * @owner: (nullable): the object whose progress this is, or %NULL for a
 *   job that only checks @cancellable
 * @threaded: whether the job will run on a worker thread; the setter then
 *   runs on the thread-default main context of the thread calling this,
 *   which must be the thread that owns @owner
 *
 * Returns: (transfer full): a progress for one job
 */
AcProgress *
_ac_progress_new (GObject          *owner,
                  AcProgressSetter  setter,
                  GCancellable     *cancellable,
                  gboolean          threaded)
{
  AcProgress *self = g_new0 (AcProgress, 1);

  g_assert (owner == NULL || setter != NULL);

  self->owner = owner ? g_object_ref (owner) : NULL;
  self->setter = setter;
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->context = threaded ? g_main_context_ref_thread_default () : NULL;
  self->last = -1;

  return self;
}

void
_ac_progress_free (AcProgress *self)
{
  g_clear_object (&self->owner);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self);
}

static gboolean
progress_update_cb (gpointer data)
{
  ProgressUpdate *update = data;

  update->setter (update->owner, update->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->owner);
  g_free (update);
}

/**
 * _ac_progress_update:
 * @self: (nullable): the job's progress, or %NULL
 * @fraction: how much is done, 0–1
 *
 * Returns: %FALSE with @error set if the job was cancelled
 */
gboolean
_ac_progress_update (AcProgress  *self,
                     double       fraction,
                     GError     **error)
{
  if (self == NULL)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (self->owner == NULL ||
      (fraction < self->last + PROGRESS_STEP && fraction < 1.0) ||
      fraction == self->last)
    return TRUE;

  self->last = fraction;
  if (self->context == NULL)
    self->setter (self->owner, fraction);
  else
    {
      ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

      update->owner = g_object_ref (self->owner);
      update->setter = self->setter;
      update->fraction = fraction;
      g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT,
                                  progress_update_cb, update, progress_update_free);
    }

  return TRUE;
}

/**
 * _ac_transfer_format_start:
 *
 * Returns: (transfer full): @start as the journal writes it, always with a
 *   numeric offset: 2026-11-20T18:30:00+01:00
 */
char *
_ac_transfer_format_start (GDateTime *start)
{
  return g_date_time_format (start, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * _ac_transfer_parse_start:
 *
 * An ISO 8601 date-time with an offset (or Z), as the journal file holds
 * them; fractions of a second are dropped, as the journal writes whole
 * seconds.
 *
 * Returns: (transfer full) (nullable): the date-time, or %NULL if @text is
 *   not one or has no offset
 */
GDateTime *
_ac_transfer_parse_start (const char *text)
{
  g_autoptr(GDateTime) start = NULL;

  /* No default zone, so a time without an offset is refused. */
  if (text == NULL || strchr (text, 'T') == NULL ||
      !(start = g_date_time_new_from_iso8601 (text, NULL)))
    return NULL;

  if (g_date_time_get_microsecond (start) != 0)
    return g_date_time_add (start, -(GTimeSpan) g_date_time_get_microsecond (start));

  return g_steal_pointer (&start);
}

/**
 * _ac_transfer_flags_to_words:
 *
 * Returns: (transfer full): the words of @value's bits, in vocabulary
 *   order, separated by ";"
 */
char *
_ac_transfer_flags_to_words (GType flags_type,
                             guint value)
{
  g_autofree char *words = ac_flags_to_words (flags_type, value);
  g_auto(GStrv) split = g_strsplit (words, ", ", -1);

  return g_strjoinv (";", split);
}

/**
 * _ac_transfer_words_to_flags:
 * @text: words separated by ";", with or without spaces around them; an
 *   empty word (as in "neck;;arms" or a trailing ";") is allowed
 * @bad_word: (out) (transfer full): on failure, the word that is not in
 *   the vocabulary
 *
 * Returns: %TRUE if every word is one of @flags_type's
 */
gboolean
_ac_transfer_words_to_flags (GType        flags_type,
                             const char  *text,
                             guint       *value,
                             char       **bad_word)
{
  g_auto(GStrv) words = g_strsplit (text ? text : "", ";", -1);

  *value = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = g_strstrip (words[i]);
      guint bit;

      if (word[0] == '\0')
        continue;
      if ((bit = ac_flag_from_string (flags_type, word)) == 0)
        {
          *bad_word = g_strdup (word);
          return FALSE;
        }
      *value |= bit;
    }

  return TRUE;
}

/**
 * _ac_transfer_derive_id:
 * @name: what identifies a record in another program, such as a calendar
 *   event's UID
 *
 * The same @name always gives the same id, so importing the same event
 * twice is seen as a duplicate. The id is a name-based UUID in the manner
 * of version 5 (SHA-1 of a fixed namespace string and @name).
 *
 * Returns: (transfer full): a UUID
 */
char *
_ac_transfer_derive_id (const char *name)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (checksum, (const guchar *) "app.aftercare.Aftercare:", -1);
  g_checksum_update (checksum, (const guchar *) name, -1);
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;  /* version 5 */
  digest[8] = (digest[8] & 0x3f) | 0x80;  /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3],
                          digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static gboolean
in_range (const GDate *date,
          const GDate *from,
          const GDate *to)
{
  return (from == NULL || !g_date_valid (from) || g_date_compare (date, from) >= 0) &&
         (to == NULL || !g_date_valid (to) || g_date_compare (date, to) <= 0);
}

/**
 * _ac_transfer_snapshot_filter:
 * @from: (nullable): the first day, or %NULL or an invalid date for no limit
 * @to: (nullable): the last day, or %NULL or an invalid date for no limit
 *
 * The sessions whose local date, and the check-ins and clearances whose
 * date, fall in @from … @to, with the whole profile.
 *
 * Returns: (transfer full): a snapshot that shares @snapshot's records
 */
AcJournalSnapshot *
_ac_transfer_snapshot_filter (AcJournalSnapshot *snapshot,
                              const GDate       *from,
                              const GDate       *to)
{
  AcJournalSnapshot *filtered = g_new0 (AcJournalSnapshot, 1);

  filtered->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  filtered->checkins = g_ptr_array_new_with_free_func (g_object_unref);
  filtered->clearances = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < snapshot->sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (snapshot->sessions, i);
      GDate day;

      ac_session_get_local_date (session, &day);
      if (in_range (&day, from, to))
        g_ptr_array_add (filtered->sessions, g_object_ref (session));
    }

  for (guint i = 0; i < snapshot->checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (snapshot->checkins, i);

      if (in_range (ac_checkin_get_date (checkin), from, to))
        g_ptr_array_add (filtered->checkins, g_object_ref (checkin));
    }

  /* A clearance covers check-ins on or before its date: one before @from
   * covers none of those kept. */
  for (guint i = 0; i < snapshot->clearances->len; i++)
    {
      AcClearance *clearance = g_ptr_array_index (snapshot->clearances, i);

      if (in_range (ac_clearance_get_date (clearance), from, to))
        g_ptr_array_add (filtered->clearances, g_object_ref (clearance));
    }

  filtered->profile = g_object_ref (snapshot->profile);
  filtered->extra = snapshot->extra ? json_object_ref (snapshot->extra) : NULL;
  filtered->generation = snapshot->generation;

  return filtered;
}

/**
 * _ac_transfer_journal_new:
 *
 * A journal of its own over @snapshot's records, for code that reads a
 * journal (advice, recovery) on a worker thread while the user's journal
 * goes on changing on the main thread. Records are sealed and shared, so
 * this is cheap; call it on the thread that owns the user's journal.
 *
 * Returns: (transfer full): a journal with no file
 */
AcJournal *
_ac_transfer_journal_new (AcJournalSnapshot *snapshot)
{
  AcJournal *journal = ac_journal_new ();

  _ac_journal_take_records (journal, snapshot->sessions, snapshot->checkins,
                            snapshot->clearances, snapshot->profile, snapshot->extra);
  return journal;
}

/**
 * _ac_transfer_write_file:
 *
 * Writes @bytes to @file atomically (a temporary file in the same folder,
 * flushed and renamed over the old one), readable by the user only.
 *
 * Returns: %TRUE if written; on error the old file, if any, is intact
 */
gboolean
_ac_transfer_write_file (GFile         *file,
                         GBytes        *bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (path != NULL)
    {
      if (!g_file_set_contents_full (path, data ? data : "", length,
                                     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     FILE_MODE, &local_error))
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not write “%s”: %s"), path, local_error->message);
          return FALSE;
        }
      /* Private whatever the replace did with the mode of a file that was
       * already there. */
      if (g_chmod (path, FILE_MODE) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                       _("Could not make “%s” private: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (!g_file_replace_contents (file, data ? data : "", length, NULL, FALSE,
                                G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, cancellable, &local_error))
    {
      g_autofree char *uri = g_file_get_uri (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                     _("Could not write “%s”: %s"), uri, local_error->message);
      return FALSE;
    }

  return TRUE;
}
