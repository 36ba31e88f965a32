/* ac-exporter.c — writes the journal as CSV, iCalendar, JSON or a PDF report
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-exporter"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-transfer-enum-types.h"
#include "ac-exporter.h"
#include "ac-report-private.h"

/* An exporter holds the choices of one export (format, period, paper);
 * each call takes a snapshot of the journal as it is then, so an export on
 * a worker thread never sees the journal change under it. Its "progress"
 * property follows a running export, on the main context that started it,
 * for a progress bar to bind to. */
struct _AcExporter
{
  GObject           parent_instance;

  AcTransferFormat  format;
  AcPaper           paper;
  GDate             from;
  GDate             to;
  GDate             today;
  AcClock          *clock;
  double            progress;
};

G_DEFINE_FINAL_TYPE (AcExporter, ac_exporter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_PAPER,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Everything one export needs, taken on the caller's thread. */
typedef struct
{
  AcTransferFormat   format;
  AcJournalSnapshot *snapshot;   /* the period's records */
  AcReportInput     *report;     /* for a PDF */
  GDateTime         *now;
  GFile             *file;       /* or NULL to return the bytes */
  AcProgress        *progress;   /* reports to the caller's main context */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->snapshot, _ac_journal_snapshot_free);
  g_clear_pointer (&job->report, _ac_report_input_free);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_clear_object (&job->file);
  g_clear_pointer (&job->progress, _ac_progress_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
set_progress (GObject *object,
              double   fraction)
{
  AcExporter *self = AC_EXPORTER (object);

  if (self->progress == fraction)
    return;

  self->progress = fraction;
  g_object_notify_by_pspec (object, properties[PROP_PROGRESS]);
}

static void
ac_exporter_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AcExporter *self = AC_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    case PROP_PAPER:
      g_value_set_enum (value, self->paper);
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_exporter_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AcExporter *self = AC_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      self->format = g_value_get_enum (value);
      break;

    case PROP_PAPER:
      ac_exporter_set_paper (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_exporter_finalize (GObject *object)
{
  AcExporter *self = (AcExporter *)object;

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (ac_exporter_parent_class)->finalize (object);
}

static void
ac_exporter_class_init (AcExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_exporter_finalize;
  object_class->get_property = ac_exporter_get_property;
  object_class->set_property = ac_exporter_set_property;

  /**
   * AcExporter:format:
   *
   * What kind of file to write.
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       AC_TYPE_TRANSFER_FORMAT, AC_TRANSFER_FORMAT_CSV,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcExporter:paper:
   *
   * The paper of a PDF report; the locale's by default.
   */
  properties[PROP_PAPER] =
    g_param_spec_enum ("paper", NULL, NULL,
                       AC_TYPE_PAPER, AC_PAPER_A4,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcExporter:progress:
   *
   * How much of the running export is done, 0–1.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL,
                         0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ac_exporter_init (AcExporter *self)
{
  self->paper = ac_paper_get_default ();
  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  g_date_clear (&self->today, 1);
}

/**
 * ac_exporter_new:
 * @clock: the time an export is made at (the iCalendar DTSTAMP), and the
 *   day a report's advice is for unless ac_exporter_set_today() says
 *
 * Returns: (transfer full): an exporter of the whole journal to @format
 */
AcExporter *
ac_exporter_new (AcTransferFormat  format,
                 AcClock          *clock)
{
  AcExporter *self;

  g_return_val_if_fail (format <= AC_TRANSFER_FORMAT_PDF, NULL);
  g_return_val_if_fail (AC_IS_CLOCK (clock), NULL);

  self = g_object_new (AC_TYPE_EXPORTER, "format", format, NULL);
  self->clock = g_object_ref (clock);

  return self;
}

AcTransferFormat
ac_exporter_get_format (AcExporter *self)
{
  g_return_val_if_fail (AC_IS_EXPORTER (self), AC_TRANSFER_FORMAT_CSV);

  return self->format;
}

/**
 * ac_exporter_set_range:
 * @from: (nullable): the first day, or %NULL (or a cleared date) for no limit
 * @to: (nullable): the last day, or %NULL (or a cleared date) for no limit
 *
 * Limits the export to the sessions whose local date, and the check-ins
 * whose date, fall in @from … @to. A report's period is this range; an
 * open end becomes the date of the first or last record.
 */
void
ac_exporter_set_range (AcExporter  *self,
                       const GDate *from,
                       const GDate *to)
{
  g_return_if_fail (AC_IS_EXPORTER (self));
  g_return_if_fail (from == NULL || !g_date_valid (from) || to == NULL ||
                    !g_date_valid (to) || g_date_compare (from, to) <= 0);

  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  if (from != NULL && g_date_valid (from))
    self->from = *from;
  if (to != NULL && g_date_valid (to))
    self->to = *to;
}

/**
 * ac_exporter_get_range:
 * @from: (out): the first day, or a cleared date for no limit
 * @to: (out): the last day, or a cleared date for no limit
 */
void
ac_exporter_get_range (AcExporter *self,
                       GDate      *from,
                       GDate      *to)
{
  g_return_if_fail (AC_IS_EXPORTER (self));

  *from = self->from;
  *to = self->to;
}

AcPaper
ac_exporter_get_paper (AcExporter *self)
{
  g_return_val_if_fail (AC_IS_EXPORTER (self), AC_PAPER_A4);

  return self->paper;
}

void
ac_exporter_set_paper (AcExporter *self,
                       AcPaper     paper)
{
  g_return_if_fail (AC_IS_EXPORTER (self));
  g_return_if_fail (paper <= AC_PAPER_LETTER);

  if (self->paper == paper)
    return;

  self->paper = paper;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
}

/**
 * ac_exporter_set_today:
 * @today: (nullable): the day a report's advice is for, or %NULL for the
 *   clock's today when the export starts
 */
void
ac_exporter_set_today (AcExporter  *self,
                       const GDate *today)
{
  g_return_if_fail (AC_IS_EXPORTER (self));

  g_date_clear (&self->today, 1);
  if (today != NULL && g_date_valid (today))
    self->today = *today;
}

double
ac_exporter_get_progress (AcExporter *self)
{
  g_return_val_if_fail (AC_IS_EXPORTER (self), 0);

  return self->progress;
}

static ExportJob *
export_job_new (AcExporter *self,
                AcJournal  *journal,
                GFile      *file)
{
  g_autoptr(AcJournalSnapshot) snapshot = _ac_journal_snapshot_new (journal);
  ExportJob *job = g_new0 (ExportJob, 1);
  GDate today = self->today;

  job->format = self->format;
  job->now = ac_clock_get_now (self->clock);
  job->file = file ? g_object_ref (file) : NULL;

  if (!g_date_valid (&today))
    ac_date_set_date_time (&today, job->now);

  if (job->format == AC_TRANSFER_FORMAT_PDF)
    job->report = _ac_report_input_new (snapshot, &self->from, &self->to, &today, self->paper);
  else
    job->snapshot = _ac_transfer_snapshot_filter (snapshot, &self->from, &self->to);

  return job;
}

static GBytes *
export_job_run (ExportJob   *job,
                AcProgress  *progress,
                GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!_ac_progress_update (progress, 0, error))
    return NULL;

  switch (job->format)
    {
    case AC_TRANSFER_FORMAT_CSV:
      return _ac_export_csv (job->snapshot, progress, error);

    case AC_TRANSFER_FORMAT_ICS:
      return _ac_export_ics (job->snapshot, job->now, progress, error);

    case AC_TRANSFER_FORMAT_PDF:
      return _ac_report_render (job->report, progress, error);

    case AC_TRANSFER_FORMAT_JSON:
      data = _ac_journal_codec_write (job->snapshot, &length);
      if (!_ac_progress_update (progress, 1, error))
        return NULL;
      return g_bytes_new_take (g_steal_pointer (&data), length);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
export_job_write (ExportJob     *job,
                  AcProgress    *progress,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = export_job_run (job, progress, error);

  return bytes != NULL && _ac_transfer_write_file (job->file, bytes, cancellable, error);
}

/**
 * ac_exporter_export:
 *
 * Exports @journal as it is now, on this thread.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL if
 *   cancelled
 */
GBytes *
ac_exporter_export (AcExporter    *self,
                    AcJournal     *journal,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(ExportJob) job = NULL;
  g_autoptr(AcProgress) progress = NULL;

  g_return_val_if_fail (AC_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  job = export_job_new (self, journal, NULL);
  progress = _ac_progress_new (G_OBJECT (self), set_progress, cancellable, FALSE);
  return export_job_run (job, progress, error);
}

/**
 * ac_exporter_write:
 * @file: where to write; an existing file is replaced
 *
 * Exports @journal as it is now to @file, on this thread. The file is
 * replaced atomically (the old one stays whole until the new one is
 * complete) and only the user may read it: it holds health data.
 *
 * Returns: %TRUE if written
 */
gboolean
ac_exporter_write (AcExporter    *self,
                   AcJournal     *journal,
                   GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(ExportJob) job = NULL;
  g_autoptr(AcProgress) progress = NULL;

  g_return_val_if_fail (AC_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (AC_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  job = export_job_new (self, journal, file);
  progress = _ac_progress_new (G_OBJECT (self), set_progress, cancellable, FALSE);
  return export_job_write (job, progress, cancellable, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (export_job_write (job, job->progress, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ac_exporter_write_async:
 *
 * Like ac_exporter_write(), with the work on a worker thread: the journal
 * is read now, on the calling thread, and may change meanwhile. The
 * "progress" property is updated on the calling thread's main context.
 * Cancelling @cancellable stops the export and leaves an existing @file
 * as it was.
 */
void
ac_exporter_write_async (AcExporter          *self,
                         AcJournal           *journal,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (AC_IS_EXPORTER (self));
  g_return_if_fail (AC_IS_JOURNAL (journal));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  set_progress (G_OBJECT (self), 0);

  job = export_job_new (self, journal, file);
  job->progress = _ac_progress_new (G_OBJECT (self), set_progress, cancellable, TRUE);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ac_exporter_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * ac_exporter_write_finish:
 *
 * Returns: %TRUE if written; %FALSE with %G_IO_ERROR_CANCELLED if cancelled
 */
gboolean
ac_exporter_write_finish (AcExporter    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (AC_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
