/* ac-importer.c — reads a CSV, iCalendar or JSON file into an import plan
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-importer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-import-private.h"
#include "ac-importer.h"

/* An importer reads a file into candidates without touching the journal,
 * then classifies them against the journal in an AcImportPlan that the
 * user looks over before it is applied. Reading may run on a worker
 * thread; the classification runs on the caller's, where the journal is.
 * The format is found from the file's first bytes and its name unless
 * ac_importer_set_format() fixed it. Its "progress" property follows a
 * running read. */
struct _AcImporter
{
  GObject           parent_instance;

  AcTransferFormat  format;
  AcClock          *clock;
  double            progress;
  guint             format_set : 1;
};

G_DEFINE_FINAL_TYPE (AcImporter, ac_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One read, taken on the caller's thread. */
typedef struct
{
  GFile            *file;      /* or NULL when reading bytes */
  GBytes           *bytes;
  char             *name;
  AcJournal        *journal;   /* only touched on the caller's thread */
  GDateTime        *now;
  AcTransferFormat  format;
  gboolean          format_set;
  GPtrArray        *candidates;
  AcProgress       *progress;  /* async: reports to the caller's main context */
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->name, g_free);
  g_clear_object (&job->journal);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_clear_pointer (&job->candidates, g_ptr_array_unref);
  g_clear_pointer (&job->progress, _ac_progress_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadJob, read_job_free)

static void
set_progress (GObject *object,
              double   fraction)
{
  AcImporter *self = AC_IMPORTER (object);

  if (self->progress == fraction)
    return;

  self->progress = fraction;
  g_object_notify_by_pspec (object, properties[PROP_PROGRESS]);
}

static void
ac_importer_finalize (GObject *object)
{
  AcImporter *self = (AcImporter *)object;

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (ac_importer_parent_class)->finalize (object);
}

static void
ac_importer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AcImporter *self = AC_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_importer_class_init (AcImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_importer_finalize;
  object_class->get_property = ac_importer_get_property;

  /**
   * AcImporter:progress:
   *
   * How much of the running read is done, 0–1.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL,
                         0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ac_importer_init (AcImporter *self)
{
}

/**
 * ac_importer_new:
 * @clock: the time that separates planned sessions from done ones, for
 *   calendar events that do not say: the clock's, when each read starts
 *
 * Returns: (transfer full): an importer that finds each file's format
 */
AcImporter *
ac_importer_new (AcClock *clock)
{
  AcImporter *self;

  g_return_val_if_fail (AC_IS_CLOCK (clock), NULL);

  self = g_object_new (AC_TYPE_IMPORTER, NULL);
  self->clock = g_object_ref (clock);

  return self;
}

/**
 * ac_importer_set_format:
 * @format: %AC_TRANSFER_FORMAT_CSV, %AC_TRANSFER_FORMAT_ICS or
 *   %AC_TRANSFER_FORMAT_JSON
 *
 * Reads every file as @format, whatever its name and first bytes.
 */
void
ac_importer_set_format (AcImporter       *self,
                        AcTransferFormat  format)
{
  g_return_if_fail (AC_IS_IMPORTER (self));
  g_return_if_fail (format != AC_TRANSFER_FORMAT_PDF && format <= AC_TRANSFER_FORMAT_PDF);

  self->format = format;
  self->format_set = TRUE;
}

/**
 * ac_importer_get_format:
 * @format: (out) (optional): the format set
 *
 * Returns: %TRUE if a format was set, %FALSE if each file's is found
 */
gboolean
ac_importer_get_format (AcImporter       *self,
                        AcTransferFormat *format)
{
  g_return_val_if_fail (AC_IS_IMPORTER (self), FALSE);

  if (format != NULL)
    *format = self->format;
  return self->format_set;
}

double
ac_importer_get_progress (AcImporter *self)
{
  g_return_val_if_fail (AC_IS_IMPORTER (self), 0);

  return self->progress;
}

/* The format from the first bytes, then the name. */
static gboolean
sniff (const char       *data,
       gsize             length,
       const char       *name,
       AcTransferFormat *format)
{
  const char *p = data;
  const char *end = data + length;
  const char *eol;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (end - p >= 15 && g_ascii_strncasecmp (p, "BEGIN:VCALENDAR", 15) == 0)
    *format = AC_TRANSFER_FORMAT_ICS;
  else if (p < end && *p == '{')
    *format = AC_TRANSFER_FORMAT_JSON;
  else if (name != NULL && ac_transfer_format_for_filename (name, format) &&
           *format != AC_TRANSFER_FORMAT_PDF)
    return TRUE;
  else
    {
      g_autofree char *first = NULL;
      g_autofree char *lower = NULL;

      /* A header row that names the kind column. */
      eol = memchr (p, '\n', end - p);
      first = g_strndup (p, (eol ? eol : end) - p);
      lower = g_ascii_strdown (first, -1);
      if (strstr (lower, "kind") == NULL || strchr (lower, ',') == NULL)
        return FALSE;
      *format = AC_TRANSFER_FORMAT_CSV;
    }

  return TRUE;
}

/* Aftercare's own journal file, as a backup: every record and the
 * profile. */
static GPtrArray *
parse_json (const char  *data,
            gsize        length,
            const char  *name,
            AcProgress  *progress,
            GError     **error)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AcJournal) journal = ac_journal_new_from_data (data, length, name, error);
  GListModel *sessions, *checkins, *clearances;
  AcProfile *profile;

  if (journal == NULL || !_ac_progress_update (progress, 0.5, error))
    return NULL;

  sessions = ac_journal_get_sessions (journal);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      g_autoptr(AcSession) copy = ac_session_copy (session);
      g_autofree char *start = _ac_transfer_format_start (ac_session_get_start (session));
      g_autofree char *source = g_strdup_printf (_("session of %s"), start);

      g_ptr_array_add (candidates, _ac_import_candidate_new_session (copy, source, FALSE));
    }

  checkins = ac_journal_get_checkins (journal);
  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      g_autoptr(AcCheckin) copy = ac_checkin_copy (checkin);
      g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (checkin));
      g_autofree char *source = g_strdup_printf (_("check-in of %s"), day);

      g_ptr_array_add (candidates, _ac_import_candidate_new_checkin (copy, source));
    }

  clearances = ac_journal_get_clearances (journal);
  for (guint i = 0; i < g_list_model_get_n_items (clearances); i++)
    {
      g_autoptr(AcClearance) clearance = g_list_model_get_item (clearances, i);
      g_autoptr(AcClearance) copy = ac_clearance_copy (clearance);
      g_autofree char *day = ac_date_format_iso (ac_clearance_get_date (clearance));
      g_autofree char *source = g_strdup_printf (_("clearance of %s"), day);

      g_ptr_array_add (candidates, _ac_import_candidate_new_clearance (copy, source));
    }

  /* The profile's lists, and its notes apart: AcImportPlan merges them
   * by different rules. */
  profile = ac_journal_get_profile (journal);
  if (ac_profile_get_conditions (profile) != AC_CONDITION_NONE ||
      ac_profile_get_avoid_areas (profile) != AC_AREA_NONE)
    g_ptr_array_add (candidates, _ac_import_candidate_new_profile (ac_profile_get_conditions (profile),
                                                                   ac_profile_get_avoid_areas (profile),
                                                                   _("health profile")));
  if (*ac_profile_get_therapist_notes (profile) != '\0')
    g_ptr_array_add (candidates,
                     _ac_import_candidate_new_therapist_notes (ac_profile_get_therapist_notes (profile),
                                                               _("health profile: notes for a therapist")));

  return g_steal_pointer (&candidates);
}

/* Runs on any thread: reads the file, finds the format, parses. */
static gboolean
read_job_run (ReadJob       *job,
              AcProgress    *progress,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  if (job->bytes == NULL)
    {
      char *contents = NULL;

      if (!g_file_load_contents (job->file, cancellable, &contents, &length, NULL, &local_error))
        {
          g_autofree char *shown = g_file_get_parse_name (job->file);

          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                         _("Could not read “%s”: %s"), shown, local_error->message);
          return FALSE;
        }
      job->bytes = g_bytes_new_take (contents, length);
    }

  data = g_bytes_get_data (job->bytes, &length);
  if (data == NULL || length == 0)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: the file is empty"), job->name);
      return FALSE;
    }

  if (!job->format_set && !sniff (data, length, job->name, &job->format))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_PARSE,
                   _("%s: not a file Aftercare can import: it reads the CSV files it "
                     "exports, iCalendar (.ics) files and Aftercare journals (.json)"),
                   job->name);
      return FALSE;
    }

  switch (job->format)
    {
    case AC_TRANSFER_FORMAT_CSV:
      job->candidates = _ac_import_csv (data, length, job->name, progress, error);
      break;

    case AC_TRANSFER_FORMAT_ICS:
      job->candidates = _ac_import_ics (data, length, job->name, job->now, progress, error);
      break;

    case AC_TRANSFER_FORMAT_JSON:
      job->candidates = parse_json (data, length, job->name, progress, error);
      break;

    case AC_TRANSFER_FORMAT_PDF:
    default:
      g_assert_not_reached ();
    }

  return job->candidates != NULL;
}

static ReadJob *
read_job_new (AcImporter *self,
              GFile      *file,
              GBytes     *bytes,
              const char *name,
              AcJournal  *journal)
{
  ReadJob *job = g_new0 (ReadJob, 1);

  job->file = file ? g_object_ref (file) : NULL;
  job->bytes = bytes ? g_bytes_ref (bytes) : NULL;
  job->name = name ? g_strdup (name) : g_file_get_basename (file);
  job->journal = g_object_ref (journal);
  job->now = ac_clock_get_now (self->clock);
  job->format = self->format;
  job->format_set = self->format_set;

  return job;
}

/* On the caller's thread, where the journal is. */
static AcImportPlan *
read_job_plan (ReadJob *job)
{
  return _ac_import_plan_new (job->candidates, job->format, job->name, job->journal);
}

static AcImportPlan *
read_sync (AcImporter    *self,
           ReadJob       *job,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(AcProgress) progress =
    _ac_progress_new (G_OBJECT (self), set_progress, cancellable, FALSE);

  if (!read_job_run (job, progress, cancellable, error))
    return NULL;
  return read_job_plan (job);
}

/**
 * ac_importer_read:
 * @file: a CSV, iCalendar or Aftercare JSON file
 * @journal: the journal to classify the file's records against; it is not
 *   changed
 *
 * Reads @file on this thread. A file that is not one of the formats, or
 * breaks one of their rules, is an error naming the file and the line;
 * for CSV and JSON, a value that breaks a rule of the journal is such an
 * error too. A calendar event that cannot be a session is a candidate
 * that is not importable, with the reason.
 *
 * Returns: (transfer full) (nullable): the plan
 */
AcImportPlan *
ac_importer_read (AcImporter    *self,
                  GFile         *file,
                  AcJournal     *journal,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(ReadJob) job = NULL;

  g_return_val_if_fail (AC_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  job = read_job_new (self, file, NULL, NULL, journal);
  return read_sync (self, job, cancellable, error);
}

/**
 * ac_importer_read_bytes:
 * @bytes: the contents of a file
 * @name: the file's name, for the format and messages
 *
 * Like ac_importer_read(), for a file already in memory.
 *
 * Returns: (transfer full) (nullable): the plan
 */
AcImportPlan *
ac_importer_read_bytes (AcImporter    *self,
                        GBytes        *bytes,
                        const char    *name,
                        AcJournal     *journal,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(ReadJob) job = NULL;

  g_return_val_if_fail (AC_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);

  job = read_job_new (self, NULL, bytes, name, journal);
  return read_sync (self, job, cancellable, error);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GError *error = NULL;

  if (read_job_run (job, job->progress, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ac_importer_read_async:
 *
 * Like ac_importer_read(), with the reading and parsing on a worker
 * thread; ac_importer_read_finish() classifies the records against
 * @journal as it is then. The "progress" property is updated on the
 * calling thread's main context.
 */
void
ac_importer_read_async (AcImporter          *self,
                        GFile               *file,
                        AcJournal           *journal,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_return_if_fail (AC_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (AC_IS_JOURNAL (journal));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  set_progress (G_OBJECT (self), 0);

  job = read_job_new (self, file, NULL, NULL, journal);
  job->progress = _ac_progress_new (G_OBJECT (self), set_progress, cancellable, TRUE);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ac_importer_read_async);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/**
 * ac_importer_read_finish:
 *
 * Returns: (transfer full) (nullable): the plan, classified against the
 *   journal given to ac_importer_read_async()
 */
AcImportPlan *
ac_importer_read_finish (AcImporter    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (AC_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  return read_job_plan (g_task_get_task_data (G_TASK (result)));
}
