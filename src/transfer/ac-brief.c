/* ac-brief.c — a one-page brief for a new therapist, and the facts around
 * a warning sign for a doctor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-brief"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"

/* A brief holds a snapshot of the journal taken when it was made, and
 * the day it is for; what each brief says is worked out when first
 * asked for, under a lock, so that the app may ask whether a doctor's
 * brief has anything to say while a brief is written on a worker thread.
 * Immutable from the outside. */
struct _AcBrief
{
  GObject            parent_instance;

  AcJournalSnapshot *snapshot;
  AcJournal         *journal;     /* over the snapshot */
  GDate              today;

  GMutex             lock;
  AcBriefTherapist  *therapist;   /* when first needed */
  AcBriefDoctor     *doctor;      /* when first needed */
};

G_DEFINE_FINAL_TYPE (AcBrief, ac_brief, G_TYPE_OBJECT)

G_DEFINE_QUARK (ac-brief-error-quark, ac_brief_error)

static const char * const audience_words[] = { "therapist", "doctor" };

const char *
ac_brief_audience_to_string (AcBriefAudience audience)
{
  g_return_val_if_fail (audience <= AC_BRIEF_FOR_DOCTOR, NULL);

  return audience_words[audience];
}

gboolean
ac_brief_audience_from_string (const char      *word,
                               AcBriefAudience *audience)
{
  g_return_val_if_fail (audience != NULL, FALSE);

  for (guint i = 0; word != NULL && i < G_N_ELEMENTS (audience_words); i++)
    if (strcmp (audience_words[i], word) == 0)
      {
        *audience = i;
        return TRUE;
      }

  return FALSE;
}

static void
ac_brief_finalize (GObject *object)
{
  AcBrief *self = (AcBrief *)object;

  g_clear_pointer (&self->therapist, _ac_brief_therapist_free);
  g_clear_pointer (&self->doctor, _ac_brief_doctor_free);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->snapshot, _ac_journal_snapshot_free);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ac_brief_parent_class)->finalize (object);
}

static void
ac_brief_class_init (AcBriefClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ac_brief_finalize;
}

static void
ac_brief_init (AcBrief *self)
{
  g_mutex_init (&self->lock);
}

/**
 * ac_brief_new:
 * @journal: the journal, read now; later changes are not in the brief
 * @today: the day the brief is for: its hold, its last sessions, its 90
 *   days
 *
 * Call on the thread that owns @journal.
 *
 * Returns: (transfer full): a brief
 */
AcBrief *
ac_brief_new (AcJournal   *journal,
              const GDate *today)
{
  AcBrief *self;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (AC_TYPE_BRIEF, NULL);
  self->snapshot = _ac_journal_snapshot_new (journal);
  self->journal = _ac_transfer_journal_new (self->snapshot);
  self->today = *today;

  return self;
}

/**
 * ac_brief_get_today:
 * @today: (out caller-allocates): the day the brief is for
 */
void
ac_brief_get_today (AcBrief *self,
                    GDate   *today)
{
  g_return_if_fail (AC_IS_BRIEF (self));

  *today = self->today;
}

static AcBriefTherapist *
get_therapist (AcBrief *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  if (self->therapist == NULL)
    self->therapist = _ac_brief_therapist_new (self->journal, &self->today);
  return self->therapist;
}

static AcBriefDoctor *
get_doctor (AcBrief *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  if (self->doctor == NULL)
    self->doctor = _ac_brief_doctor_new (self->journal, &self->today);
  return self->doctor;
}

/**
 * ac_brief_has_warnings:
 *
 * Whether a doctor's brief has anything to say: a warning sign noted, or
 * a hold on, in the last 90 days. The first call runs the guidance engine
 * for each of those days (about half a second on a heavy journal).
 *
 * Returns: %TRUE if a brief for a doctor can be made
 */
gboolean
ac_brief_has_warnings (AcBrief *self)
{
  g_return_val_if_fail (AC_IS_BRIEF (self), FALSE);

  return get_doctor (self)->warnings->len > 0;
}

/**
 * ac_brief_dup_text:
 *
 * The brief for a therapist as plain text, with the same contents as its
 * PDF (the notes whole), to copy into a message.
 *
 * Returns: (transfer full): the text, ending in a newline
 */
char *
ac_brief_dup_text (AcBrief *self)
{
  g_return_val_if_fail (AC_IS_BRIEF (self), NULL);

  return _ac_brief_therapist_text (get_therapist (self));
}

/* What a page needs of a report's input when it draws no chart. */
static AcReportInput *
bare_input (AcBrief *self,
            AcPaper  paper)
{
  AcReportInput *input = g_new0 (AcReportInput, 1);

  input->today = self->today;
  input->from = self->today;
  input->to = self->today;
  input->paper = paper;
  return input;
}

/**
 * ac_brief_render_pdf:
 *
 * Draws the brief for @audience. A doctor's brief with nothing to say
 * fails with %AC_BRIEF_ERROR_NOTHING_TO_REPORT.
 *
 * Returns: (transfer full) (nullable): the PDF document
 */
GBytes *
ac_brief_render_pdf (AcBrief          *self,
                     AcBriefAudience   audience,
                     AcPaper           paper,
                     GError          **error)
{
  AcReportInput *input;
  GBytes *bytes;

  g_return_val_if_fail (AC_IS_BRIEF (self), NULL);
  g_return_val_if_fail (audience <= AC_BRIEF_FOR_DOCTOR, NULL);
  g_return_val_if_fail (paper <= AC_PAPER_LETTER, NULL);

  if (audience == AC_BRIEF_FOR_THERAPIST)
    {
      input = bare_input (self, paper);
      bytes = _ac_brief_therapist_render (get_therapist (self), input, error);
    }
  else
    {
      AcBriefDoctor *doctor = get_doctor (self);

      if (doctor->warnings->len == 0)
        {
          g_set_error (error, AC_BRIEF_ERROR, AC_BRIEF_ERROR_NOTHING_TO_REPORT,
                       _("No warning sign was noted, nor massage on hold, in the last %d days: "
                         "there is nothing for a doctor's brief."), AC_BRIEF_DOCTOR_DAYS);
          return NULL;
        }
      /* The chart's period: its records, and the journal's days. */
      input = _ac_report_input_new (self->snapshot, &doctor->chart_from, &doctor->chart_to,
                                    &self->today, paper);
      bytes = _ac_brief_doctor_render (doctor, input, error);
    }

  _ac_report_input_free (input);
  return bytes;
}

/**
 * ac_brief_write_pdf:
 * @file: where to write; an existing file is replaced
 *
 * Writes the brief for @audience to @file, atomically, readable by the
 * user only: it holds health data.
 *
 * Returns: %TRUE if written
 */
gboolean
ac_brief_write_pdf (AcBrief          *self,
                    AcBriefAudience   audience,
                    AcPaper           paper,
                    GFile            *file,
                    GCancellable     *cancellable,
                    GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (AC_IS_BRIEF (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ac_brief_render_pdf (self, audience, paper, error);
  return bytes != NULL && _ac_transfer_write_file (file, bytes, cancellable, error);
}

/**
 * ac_brief_write_text:
 * @file: where to write; an existing file is replaced
 *
 * Writes ac_brief_dup_text() to @file, as ac_brief_write_pdf() does.
 *
 * Returns: %TRUE if written
 */
gboolean
ac_brief_write_text (AcBrief       *self,
                     GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_val_if_fail (AC_IS_BRIEF (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = ac_brief_dup_text (self);
  bytes = g_bytes_new_take (text, strlen (text));
  return _ac_transfer_write_file (file, bytes, cancellable, error);
}

typedef struct
{
  AcBriefAudience  audience;
  AcPaper          paper;
  GFile           *file;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->file);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (ac_brief_write_pdf (source_object, job->audience, job->paper, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ac_brief_write_pdf_async:
 *
 * Like ac_brief_write_pdf(), on a worker thread.
 */
void
ac_brief_write_pdf_async (AcBrief             *self,
                          AcBriefAudience      audience,
                          AcPaper              paper,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (AC_IS_BRIEF (self));
  g_return_if_fail (audience <= AC_BRIEF_FOR_DOCTOR);
  g_return_if_fail (paper <= AC_PAPER_LETTER);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (WriteJob, 1);
  job->audience = audience;
  job->paper = paper;
  job->file = g_object_ref (file);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ac_brief_write_pdf_async);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * ac_brief_write_pdf_finish:
 *
 * Returns: %TRUE if written
 */
gboolean
ac_brief_write_pdf_finish (AcBrief       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (AC_IS_BRIEF (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
