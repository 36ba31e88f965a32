/* ac-import-plan.c — what an import would change, and applying it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-import-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-import-private.h"
#include "ac-record-private.h"

/* The candidates read from one file, each classified against a journal:
 *
 * - a session or check-in with an id the journal has: a duplicate when
 *   every field is the same, else a conflict;
 * - a calendar event (ICS) whose session the journal has, by id or by the
 *   same start instant and length: a duplicate; same id but another time or
 *   length: a conflict (the other fields come from the calendar's defaults,
 *   so they are not compared);
 * - a check-in for a day that has another check-in in the journal: a
 *   duplicate when soreness, areas, symptoms and notes are the same, else a
 *   conflict;
 * - a clearance with an id the journal has: a duplicate when every field
 *   is the same, else a conflict; a clearance of the same day, symptom or
 *   rule and note as one in the journal: a duplicate;
 * - an id the journal gives a record of another kind: not importable;
 * - the profile's screening conditions and areas to avoid are added to
 *   the journal's, never taken away: an import only adds to what the
 *   journal knows, and these are what keeps a massage safe. New when the
 *   file lists one the journal does not, else a duplicate;
 * - the profile's notes for a therapist are free text that cannot be
 *   merged: new when the journal has none, a duplicate when the same, and
 *   a conflict when the journal has others (the journal's are kept unless
 *   the user chooses the file's, which replace them);
 * - anything else: new.
 *
 * Import never overwrites on its own: applying adds the selected new
 * candidates and, for a selected conflict, replaces the journal's version
 * with the file's. Conflicts start unselected. Applying is all or nothing. */
struct _AcImportPlan
{
  GObject           parent_instance;

  GListStore       *candidates;
  AcTransferFormat  format;
  char             *source_name;
};

G_DEFINE_FINAL_TYPE (AcImportPlan, ac_import_plan, G_TYPE_OBJECT)

static void
ac_import_plan_finalize (GObject *object)
{
  AcImportPlan *self = (AcImportPlan *)object;

  g_clear_object (&self->candidates);
  g_clear_pointer (&self->source_name, g_free);

  G_OBJECT_CLASS (ac_import_plan_parent_class)->finalize (object);
}

static void
ac_import_plan_class_init (AcImportPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_import_plan_finalize;
}

static void
ac_import_plan_init (AcImportPlan *self)
{
  self->candidates = g_list_store_new (AC_TYPE_IMPORT_CANDIDATE);
}

/* The plan holds references to the candidates. */
AcImportPlan *
_ac_import_plan_new (GPtrArray        *candidates,
                     AcTransferFormat  format,
                     const char       *name,
                     AcJournal        *journal)
{
  AcImportPlan *self = g_object_new (AC_TYPE_IMPORT_PLAN, NULL);

  self->format = format;
  self->source_name = g_strdup (name);
  g_list_store_splice (self->candidates, 0, 0, candidates->pdata, candidates->len);
  ac_import_plan_classify (self, journal);

  return self;
}

/**
 * ac_import_plan_get_candidates:
 *
 * Returns: (transfer none): a #GListModel of #AcImportCandidate, in the
 *   file's order
 */
GListModel *
ac_import_plan_get_candidates (AcImportPlan *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), NULL);

  return G_LIST_MODEL (self->candidates);
}

AcTransferFormat
ac_import_plan_get_format (AcImportPlan *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), AC_TRANSFER_FORMAT_CSV);

  return self->format;
}

/**
 * ac_import_plan_get_source_name:
 *
 * Returns: (transfer none): the name of the file read
 */
const char *
ac_import_plan_get_source_name (AcImportPlan *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), NULL);

  return self->source_name;
}

/* The candidates for which @test says yes. */
static guint
count_candidates (AcImportPlan  *self,
                  gboolean     (*test) (AcImportCandidate *candidate,
                                        gconstpointer      data),
                  gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (self->candidates);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (model, i);

      n += test (candidate, data);
    }

  return n;
}

static gboolean
has_status (AcImportCandidate *candidate,
            gconstpointer      status)
{
  return ac_import_candidate_get_status (candidate) == *(const AcImportStatus *) status;
}

static gboolean
is_selected (AcImportCandidate *candidate,
             gconstpointer      data)
{
  return ac_import_candidate_get_selected (candidate);
}

typedef struct
{
  AcImportKind kind;
  gboolean     selected_only;
} KindTest;

static gboolean
is_of_kind (AcImportCandidate *candidate,
            gconstpointer      data)
{
  const KindTest *test = data;

  return ac_import_candidate_get_kind (candidate) == test->kind &&
         (!test->selected_only || ac_import_candidate_get_selected (candidate));
}

guint
ac_import_plan_count (AcImportPlan   *self,
                      AcImportStatus  status)
{
  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), 0);

  return count_candidates (self, has_status, &status);
}

guint
ac_import_plan_count_selected (AcImportPlan *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), 0);

  return count_candidates (self, is_selected, NULL);
}

/**
 * ac_import_plan_count_kind:
 * @selected_only: count only the candidates applying would add
 *
 * Returns: how many candidates of @kind the plan holds (the profile is
 *   one candidate for its conditions and areas to avoid, and one for its
 *   notes for a therapist)
 */
guint
ac_import_plan_count_kind (AcImportPlan *self,
                           AcImportKind  kind,
                           gboolean      selected_only)
{
  KindTest test = { kind, selected_only };

  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), 0);

  return count_candidates (self, is_of_kind, &test);
}

/**
 * ac_import_plan_describe_kinds:
 * @selected_only: describe only the candidates applying would add
 *
 * What the file holds (or what applying adds), by kind, leaving out the
 * kinds it has none of, for people: “3 sessions, 2 check-ins, 1 clearance,
 * the health profile”; “nothing” when there is none.
 *
 * Returns: (transfer full): the description
 */
char *
ac_import_plan_describe_kinds (AcImportPlan *self,
                               gboolean      selected_only)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), NULL);

  if ((n = ac_import_plan_count_kind (self, AC_IMPORT_KIND_SESSION, selected_only)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u session", "%u sessions", n), n));
  if ((n = ac_import_plan_count_kind (self, AC_IMPORT_KIND_CHECKIN, selected_only)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u check-in", "%u check-ins", n), n));
  if ((n = ac_import_plan_count_kind (self, AC_IMPORT_KIND_CLEARANCE, selected_only)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u clearance", "%u clearances", n), n));
  if (ac_import_plan_count_kind (self, AC_IMPORT_KIND_PROFILE, selected_only) > 0)
    g_ptr_array_add (parts, g_strdup (_("the health profile")));

  if (parts->len == 0)
    return g_strdup (_("nothing"));

  g_ptr_array_add (parts, NULL);
  /* Translators: between the kinds of record, as in “3 sessions, 2 check-ins” */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/* Sessions by start instant and length, for calendar events. */
static char *
time_key (GDateTime *start,
          int        minutes)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%d", g_date_time_to_unix (start), minutes);
}

static GHashTable *
index_by_time (AcJournal *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      AcSession *session = g_list_model_get_item (sessions, i);

      g_hash_table_insert (index,
                           time_key (ac_session_get_start (session),
                                     ac_session_get_minutes (session)),
                           session);
    }

  return index;
}

static gboolean
same_time (AcSession *a,
           AcSession *b)
{
  return g_date_time_equal (ac_session_get_start (a), ac_session_get_start (b)) &&
         ac_session_get_minutes (a) == ac_session_get_minutes (b);
}

static gboolean
same_day_content (AcCheckin *a,
                  AcCheckin *b)
{
  return ac_checkin_get_julian (a) == ac_checkin_get_julian (b) &&
         ac_checkin_get_soreness (a) == ac_checkin_get_soreness (b) &&
         ac_checkin_get_areas (a) == ac_checkin_get_areas (b) &&
         ac_checkin_get_symptoms (a) == ac_checkin_get_symptoms (b) &&
         g_strcmp0 (ac_checkin_get_notes (a), ac_checkin_get_notes (b)) == 0;
}

/* Whether @id is the id of a journal record of another kind than @kind;
 * @reason (optional) then says which. */
static gboolean
id_of_another_kind (AcJournal     *journal,
                    const char    *id,
                    AcImportKind   kind,
                    char         **reason)
{
  char *said = NULL;

  if (kind != AC_IMPORT_KIND_SESSION && ac_journal_lookup_session (journal, id) != NULL)
    said = g_strdup_printf (_("id: “%s” belongs to a session in the journal"), id);
  else if (kind != AC_IMPORT_KIND_CHECKIN && ac_journal_lookup_checkin (journal, id) != NULL)
    said = g_strdup_printf (_("id: “%s” belongs to a check-in in the journal"), id);
  else if (kind != AC_IMPORT_KIND_CLEARANCE && ac_journal_lookup_clearance (journal, id) != NULL)
    said = g_strdup_printf (_("id: “%s” belongs to a clearance in the journal"), id);

  if (said == NULL)
    return FALSE;
  if (reason != NULL)
    *reason = said;
  else
    g_free (said);
  return TRUE;
}

static const char *
kept_unless_chosen (void)
{
  return _("The journal has it with other details; the journal's is kept unless you "
           "choose the file's");
}

static void
classify_session (AcImportCandidate *candidate,
                  AcJournal         *journal,
                  GHashTable       **by_time)
{
  AcSession *session = ac_import_candidate_get_session (candidate);
  const char *id = ac_session_get_id (session);
  gboolean calendar = _ac_import_candidate_get_from_calendar (candidate);
  AcSession *existing = ac_journal_lookup_session (journal, id);

  if (existing != NULL)
    {
      gboolean same = calendar ? same_time (session, existing) : ac_session_equal (session, existing);

      if (same)
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                       _("Already in the journal"), G_OBJECT (existing), 0);
      else
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT,
                                       calendar
                                       ? _("The journal has this event at another time or of "
                                           "another length; the journal's is kept unless you "
                                           "choose the file's")
                                       : kept_unless_chosen (),
                                       G_OBJECT (existing), 0);
      return;
    }

  {
    g_autofree char *reason = NULL;

    if (id_of_another_kind (journal, id, AC_IMPORT_KIND_SESSION, &reason))
      {
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NOT_IMPORTABLE, reason, NULL, 0);
        return;
      }
  }

  if (calendar)
    {
      g_autofree char *key = time_key (ac_session_get_start (session),
                                       ac_session_get_minutes (session));

      if (*by_time == NULL)
        *by_time = index_by_time (journal);
      if ((existing = g_hash_table_lookup (*by_time, key)) != NULL)
        {
          _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                         _("The journal has a session at the same time and of "
                                           "the same length"),
                                         G_OBJECT (existing), 0);
          return;
        }
    }

  _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NEW, NULL, NULL, 0);
}

static void
classify_checkin (AcImportCandidate *candidate,
                  AcJournal         *journal)
{
  AcCheckin *checkin = ac_import_candidate_get_checkin (candidate);
  const char *id = ac_checkin_get_id (checkin);
  AcCheckin *existing = ac_journal_lookup_checkin (journal, id);
  g_autofree char *reason = NULL;

  if (existing != NULL)
    {
      AcCheckin *that_day = ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin));

      if (ac_checkin_equal (checkin, existing))
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                       _("Already in the journal"), G_OBJECT (existing), 0);
      else if (that_day != NULL && that_day != existing)
        {
          /* The file moved it to a day that has a check-in of its own. */
          g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (checkin));

          reason = g_strdup_printf (_("The journal has it on another day, and a check-in for %s "
                                      "(soreness %d); both are kept unless you choose the "
                                      "file's, which replaces them"),
                                    day, ac_checkin_get_soreness (that_day));
          _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT, reason,
                                         G_OBJECT (existing), 0);
        }
      else
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT,
                                       kept_unless_chosen (), G_OBJECT (existing), 0);
      return;
    }

  if (id_of_another_kind (journal, id, AC_IMPORT_KIND_CHECKIN, &reason))
    {
      _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NOT_IMPORTABLE, reason, NULL, 0);
      return;
    }

  existing = ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin));
  if (existing == NULL)
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NEW, NULL, NULL, 0);
  else if (same_day_content (checkin, existing))
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                   _("The journal has the same check-in for this day"),
                                   G_OBJECT (existing), 0);
  else
    {
      g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (checkin));

      reason = g_strdup_printf (_("The journal has a check-in for %s (soreness %d); it is kept "
                                  "unless you choose this one, which replaces it"),
                                day, ac_checkin_get_soreness (existing));
      _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT, reason,
                                     G_OBJECT (existing), 0);
    }
}

/* A clearance of the journal's that says the same as @clearance: the
 * same day, symptom or rule, and note. */
static AcClearance *
find_same_clearance (AcJournal   *journal,
                     AcClearance *clearance)
{
  GListModel *clearances = ac_journal_get_clearances (journal);

  for (guint i = 0; i < g_list_model_get_n_items (clearances); i++)
    {
      g_autoptr(AcClearance) other = g_list_model_get_item (clearances, i);

      if (ac_clearance_get_julian (other) == ac_clearance_get_julian (clearance) &&
          g_strcmp0 (ac_clearance_get_what (other), ac_clearance_get_what (clearance)) == 0 &&
          g_strcmp0 (ac_clearance_get_note (other), ac_clearance_get_note (clearance)) == 0)
        return other;
    }

  return NULL;
}

static void
classify_clearance (AcImportCandidate *candidate,
                    AcJournal         *journal)
{
  AcClearance *clearance = ac_import_candidate_get_clearance (candidate);
  const char *id = ac_clearance_get_id (clearance);
  AcClearance *existing = ac_journal_lookup_clearance (journal, id);
  g_autofree char *reason = NULL;

  if (existing != NULL)
    {
      if (ac_clearance_equal (clearance, existing))
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                       _("Already in the journal"), G_OBJECT (existing), 0);
      else
        _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT,
                                       kept_unless_chosen (), G_OBJECT (existing), 0);
      return;
    }

  if (id_of_another_kind (journal, id, AC_IMPORT_KIND_CLEARANCE, &reason))
    {
      _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NOT_IMPORTABLE, reason, NULL, 0);
      return;
    }

  existing = find_same_clearance (journal, clearance);
  if (existing != NULL)
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                   _("The journal has the same clearance for this day"),
                                   G_OBJECT (existing), 0);
  else
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NEW, NULL, NULL, 0);
}

/* The conditions and areas to avoid: what the journal lacks is added. */
static void
classify_profile_lists (AcImportCandidate *candidate,
                        AcJournal         *journal)
{
  AcProfile *profile = ac_journal_get_profile (journal);
  AcCondition adds = _ac_import_candidate_get_file_conditions (candidate) &
                     ~ac_profile_get_conditions (profile);
  AcArea file_areas = _ac_import_candidate_get_file_avoid_areas (candidate);
  AcArea adds_areas = file_areas & ~ac_profile_get_avoid_areas (profile);

  if (adds == AC_CONDITION_NONE && adds_areas == AC_AREA_NONE)
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                   file_areas == AC_AREA_NONE
                                   ? _("The health profile already lists these conditions")
                                   : _("The health profile already lists these conditions and "
                                       "areas to avoid"),
                                   NULL, adds);
  else
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NEW, NULL, NULL, adds);
  _ac_import_candidate_set_avoid_areas (candidate, adds_areas);
}

/* The notes for a therapist: taken only where the journal has none,
 * unless the user chooses them. The journal's profile is the candidate's
 * existing object, to tell whether it changed before applying. */
static void
classify_therapist_notes (AcImportCandidate *candidate,
                          AcJournal         *journal)
{
  AcProfile *profile = ac_journal_get_profile (journal);
  const char *mine = ac_profile_get_therapist_notes (profile);

  if (g_strcmp0 (mine, ac_import_candidate_get_therapist_notes (candidate)) == 0)
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_DUPLICATE,
                                   _("The health profile has the same notes for a therapist"),
                                   G_OBJECT (profile), 0);
  else if (mine[0] == '\0')
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_NEW, NULL, G_OBJECT (profile), 0);
  else
    _ac_import_candidate_classify (candidate, AC_IMPORT_STATUS_CONFLICT,
                                   _("The health profile has other notes for a therapist; they "
                                     "are kept unless you choose the file's, which replace them"),
                                   G_OBJECT (profile), 0);
}

/**
 * ac_import_plan_classify:
 *
 * Classifies every candidate against @journal as it is now, and selects
 * the new ones; a plan is classified when it is made. Call it again when
 * the journal changed while the plan was shown. Choices made since are
 * lost.
 */
void
ac_import_plan_classify (AcImportPlan *self,
                         AcJournal    *journal)
{
  GListModel *model;
  g_autoptr(GHashTable) by_time = NULL;

  g_return_if_fail (AC_IS_IMPORT_PLAN (self));
  g_return_if_fail (AC_IS_JOURNAL (journal));

  model = G_LIST_MODEL (self->candidates);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (model, i);

      if (_ac_import_candidate_is_rejected (candidate))
        continue;

      switch (ac_import_candidate_get_kind (candidate))
        {
        case AC_IMPORT_KIND_SESSION:
          classify_session (candidate, journal, &by_time);
          break;
        case AC_IMPORT_KIND_CHECKIN:
          classify_checkin (candidate, journal);
          break;
        case AC_IMPORT_KIND_CLEARANCE:
          classify_clearance (candidate, journal);
          break;
        case AC_IMPORT_KIND_PROFILE:
        default:
          if (ac_import_candidate_get_therapist_notes (candidate) != NULL)
            classify_therapist_notes (candidate, journal);
          else
            classify_profile_lists (candidate, journal);
          break;
        }
    }
}

/* What applying did, to undo it if a later step fails. */
typedef struct
{
  char        *added_id;        /* remove this record */
  GObject     *restore;         /* then put this one back (updated or replaced) */
  AcCheckin   *restore_day;     /* and this one, replaced by a check-in's new day */
  AcProfile   *profile;         /* put this profile's members back */
} Undo;

static void
undo_clear (gpointer data)
{
  Undo *undo = data;

  g_clear_pointer (&undo->added_id, g_free);
  g_clear_object (&undo->restore);
  g_clear_object (&undo->restore_day);
  g_clear_object (&undo->profile);
}

static gboolean
changed_since_read (AcImportPlan       *self,
                    AcImportCandidate  *candidate,
                    GError            **error)
{
  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
               _("%s: %s: the journal changed since the file was read; read it again"),
               self->source_name, ac_import_candidate_get_source (candidate));
  return FALSE;
}

/* A rule of the journal that a candidate breaks, named by file and place. */
static gboolean
breaks_rule (AcImportPlan       *self,
             AcImportCandidate  *candidate,
             GError            **error)
{
  g_prefix_error (error, "%s: %s: ", self->source_name, ac_import_candidate_get_source (candidate));
  return FALSE;
}

/* Everything a step could fail on, checked before any change. */
static gboolean
check_candidate (AcImportPlan       *self,
                 AcImportCandidate  *candidate,
                 AcJournal          *journal,
                 GHashTable         *ids,
                 GHashTable         *days,
                 GError            **error)
{
  const char *source = ac_import_candidate_get_source (candidate);
  GObject *existing = ac_import_candidate_get_existing (candidate);
  AcImportStatus status = ac_import_candidate_get_status (candidate);
  AcSession *session = ac_import_candidate_get_session (candidate);
  AcCheckin *checkin = ac_import_candidate_get_checkin (candidate);
  AcClearance *clearance = ac_import_candidate_get_clearance (candidate);
  const char *id;

  switch (ac_import_candidate_get_kind (candidate))
    {
    case AC_IMPORT_KIND_SESSION:
      id = ac_session_get_id (session);
      if (!ac_session_validate (session, NULL, error))
        return breaks_rule (self, candidate, error);
      if ((gpointer) ac_journal_lookup_session (journal, id) != (gpointer) existing ||
          id_of_another_kind (journal, id, AC_IMPORT_KIND_SESSION, NULL))
        return changed_since_read (self, candidate, error);
      break;

    case AC_IMPORT_KIND_CHECKIN:
      id = ac_checkin_get_id (checkin);
      if (!ac_checkin_validate (checkin, NULL, error))
        return breaks_rule (self, candidate, error);
      if (status == AC_IMPORT_STATUS_NEW
          ? (ac_journal_lookup_checkin (journal, id) != NULL ||
             id_of_another_kind (journal, id, AC_IMPORT_KIND_CHECKIN, NULL) ||
             ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin)) != NULL)
          : (gpointer) (ac_journal_lookup_checkin (journal, id) != NULL
                        ? ac_journal_lookup_checkin (journal, id)
                        : ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin)))
            != (gpointer) existing)
        return changed_since_read (self, candidate, error);
      if (!g_hash_table_add (days, GUINT_TO_POINTER (ac_checkin_get_julian (checkin))))
        {
          g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                       _("%s: %s: date: another chosen check-in is for the same day"),
                       self->source_name, source);
          return FALSE;
        }
      break;

    case AC_IMPORT_KIND_CLEARANCE:
      id = ac_clearance_get_id (clearance);
      if (!ac_clearance_validate (clearance, NULL, error))
        return breaks_rule (self, candidate, error);
      if ((gpointer) ac_journal_lookup_clearance (journal, id) != (gpointer) existing ||
          id_of_another_kind (journal, id, AC_IMPORT_KIND_CLEARANCE, NULL))
        return changed_since_read (self, candidate, error);
      break;

    case AC_IMPORT_KIND_PROFILE:
    default:
      /* The notes were compared with the profile the journal had then. */
      if (ac_import_candidate_get_therapist_notes (candidate) != NULL &&
          (gpointer) ac_journal_get_profile (journal) != (gpointer) existing)
        return changed_since_read (self, candidate, error);
      return TRUE;
    }

  if (!g_hash_table_add (ids, (gpointer) id))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_INVALID,
                   _("%s: %s: id: “%s” is chosen twice"), self->source_name, source, id);
      return FALSE;
    }

  return TRUE;
}

/* An imported check-in that replaces one listing symptoms it does not
 * keeps those symptoms too: a symptom is never removed silently
 * (GUIDANCE.md, the hold), and an import only adds to what the journal
 * knows. Returns @checkin, or a copy with the symptoms added. */
static AcCheckin *
keep_symptoms (AcJournal *journal,
               AcCheckin *checkin)
{
  AcSymptom dropped = ac_journal_get_dropped_symptoms (journal, checkin);
  AcCheckin *kept;

  if (dropped == AC_SYMPTOM_NONE)
    return g_object_ref (checkin);

  kept = ac_checkin_copy (checkin);
  ac_checkin_set_symptoms (kept, ac_checkin_get_symptoms (checkin) | dropped);
  return kept;
}

/* Puts the members of @profile, the journal's before a step, back. */
static gboolean
restore_profile (AcJournal  *journal,
                 AcProfile  *profile,
                 GError    **error)
{
  return ac_journal_set_conditions (journal, ac_profile_get_conditions (profile), error) &&
         ac_journal_set_avoid_areas (journal, ac_profile_get_avoid_areas (profile), error) &&
         ac_journal_set_therapist_notes (journal, ac_profile_get_therapist_notes (profile), error);
}

/* The profile's lists are added to; its notes replaced. */
static gboolean
apply_profile (AcImportCandidate  *candidate,
               AcJournal          *journal,
               Undo               *undo,
               GError            **error)
{
  /* The journal lets go of its profile at the first change. */
  g_autoptr(AcProfile) profile = g_object_ref (ac_journal_get_profile (journal));
  const char *notes = ac_import_candidate_get_therapist_notes (candidate);
  gboolean ok;

  if (notes != NULL)
    ok = ac_journal_set_therapist_notes (journal, notes, error);
  else
    ok = ac_journal_set_conditions (journal,
                                    ac_profile_get_conditions (profile) |
                                    ac_import_candidate_get_conditions (candidate),
                                    error) &&
         ac_journal_set_avoid_areas (journal,
                                     ac_profile_get_avoid_areas (profile) |
                                     ac_import_candidate_get_avoid_areas (candidate),
                                     error);

  /* The journal's profile is sealed: what it said stays as it was. */
  if (ok)
    undo->profile = g_steal_pointer (&profile);
  else
    restore_profile (journal, profile, NULL);
  return ok;
}

static gboolean
apply_candidate (AcImportCandidate  *candidate,
                 AcJournal          *journal,
                 Undo               *undo,
                 GError            **error)
{
  AcImportStatus status = ac_import_candidate_get_status (candidate);
  GObject *existing = ac_import_candidate_get_existing (candidate);
  AcSession *session = ac_import_candidate_get_session (candidate);
  AcClearance *clearance = ac_import_candidate_get_clearance (candidate);
  g_autoptr(AcCheckin) checkin = NULL;

  if (ac_import_candidate_get_kind (candidate) == AC_IMPORT_KIND_CHECKIN)
    checkin = keep_symptoms (journal, ac_import_candidate_get_checkin (candidate));

  switch (ac_import_candidate_get_kind (candidate))
    {
    case AC_IMPORT_KIND_SESSION:
      if (status == AC_IMPORT_STATUS_CONFLICT)
        {
          if (!ac_journal_update_session (journal, session, error))
            return FALSE;
          undo->restore = g_object_ref (existing);
          return TRUE;
        }
      if (!ac_journal_add_session (journal, session, error))
        return FALSE;
      undo->added_id = g_strdup (ac_session_get_id (session));
      return TRUE;

    case AC_IMPORT_KIND_CHECKIN:
      /* Same id: an update; another id for the same day: an addition that
       * replaces the journal's check-in of that day. */
      if (status == AC_IMPORT_STATUS_CONFLICT &&
          g_strcmp0 (ac_checkin_get_id (checkin), ac_checkin_get_id (AC_CHECKIN (existing))) == 0)
        {
          AcCheckin *that_day = ac_journal_lookup_checkin_for_date (journal, ac_checkin_get_date (checkin));

          if (that_day != NULL && (gpointer) that_day != (gpointer) existing)
            undo->restore_day = g_object_ref (that_day);
          if (!ac_journal_update_checkin (journal, checkin, error))
            {
              g_clear_object (&undo->restore_day);
              return FALSE;
            }
          undo->restore = g_object_ref (existing);
          return TRUE;
        }
      if (!ac_journal_add_checkin (journal, checkin, error))
        return FALSE;
      undo->added_id = g_strdup (ac_checkin_get_id (checkin));
      undo->restore = existing ? g_object_ref (existing) : NULL;
      return TRUE;

    case AC_IMPORT_KIND_CLEARANCE:
      if (status == AC_IMPORT_STATUS_CONFLICT)
        {
          if (!ac_journal_update_clearance (journal, clearance, error))
            return FALSE;
          undo->restore = g_object_ref (existing);
          return TRUE;
        }
      if (!ac_journal_add_clearance (journal, clearance, error))
        return FALSE;
      undo->added_id = g_strdup (ac_clearance_get_id (clearance));
      return TRUE;

    case AC_IMPORT_KIND_PROFILE:
    default:
      return apply_profile (candidate, journal, undo, error);
    }
}

static void
undo_step (AcJournal *journal,
           Undo      *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->added_id != NULL && !ac_journal_remove (journal, undo->added_id, &error))
    g_warning ("Could not undo an import step: %s", error->message);
  g_clear_error (&error);

  /* Undoing puts back exactly what was there, symptoms the import added
   * to a check-in going with it. */
  if (AC_IS_SESSION (undo->restore) &&
      !ac_journal_update_session (journal, AC_SESSION (undo->restore), &error))
    g_warning ("Could not undo an import step: %s", error->message);
  else if (AC_IS_CLEARANCE (undo->restore) &&
           !ac_journal_update_clearance (journal, AC_CLEARANCE (undo->restore), &error))
    g_warning ("Could not undo an import step: %s", error->message);
  else if (AC_IS_CHECKIN (undo->restore) &&
           !(undo->added_id != NULL
             ? ac_journal_add_checkin_full (journal, AC_CHECKIN (undo->restore),
                                            AC_JOURNAL_CHANGE_DROP_SYMPTOMS, &error)
             : ac_journal_update_checkin_full (journal, AC_CHECKIN (undo->restore),
                                               AC_JOURNAL_CHANGE_DROP_SYMPTOMS, &error)))
    g_warning ("Could not undo an import step: %s", error->message);
  g_clear_error (&error);

  if (undo->restore_day != NULL &&
      !ac_journal_add_checkin_full (journal, undo->restore_day, AC_JOURNAL_CHANGE_DROP_SYMPTOMS, &error))
    g_warning ("Could not undo an import step: %s", error->message);
  g_clear_error (&error);

  if (undo->profile != NULL && !restore_profile (journal, undo->profile, &error))
    g_warning ("Could not undo an import step: %s", error->message);
}

/**
 * ac_import_plan_apply:
 * @journal: the journal the plan was classified against
 * @n_changed: (out) (optional): how many records were added or replaced
 *   (a profile change counts as one)
 *
 * Adds the selected candidates to @journal; a selected conflict replaces
 * the journal's version. All or nothing: every selected candidate is
 * checked first, and if any breaks a rule, or the journal changed since
 * the plan was classified in a way that matters, nothing is changed. The
 * journal is not saved.
 *
 * Returns: %TRUE if applied
 */
gboolean
ac_import_plan_apply (AcImportPlan  *self,
                      AcJournal     *journal,
                      guint         *n_changed,
                      GError       **error)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (_ac_id_hash, _ac_id_equal);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) undo = g_array_new (FALSE, TRUE, sizeof (Undo));
  GListModel *model;

  g_return_val_if_fail (AC_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (AC_IS_JOURNAL (journal), FALSE);

  g_array_set_clear_func (undo, undo_clear);
  if (n_changed != NULL)
    *n_changed = 0;

  if (ac_journal_get_read_only (journal))
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY,
                   _("This journal was written by a newer version of Aftercare "
                     "(format %u) and is open read-only"),
                   ac_journal_get_file_version (journal));
      return FALSE;
    }

  model = G_LIST_MODEL (self->candidates);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AcImportCandidate) candidate = g_list_model_get_item (model, i);

      if (!ac_import_candidate_get_selected (candidate))
        continue;
      if (!check_candidate (self, candidate, journal, ids, days, error))
        return FALSE;
      g_ptr_array_add (chosen, g_steal_pointer (&candidate));
    }

  for (guint i = 0; i < chosen->len; i++)
    {
      Undo step = { 0 };

      if (!apply_candidate (g_ptr_array_index (chosen, i), journal, &step, error))
        {
          /* Not expected after the checks; put the journal back. */
          for (guint j = undo->len; j > 0; j--)
            undo_step (journal, &g_array_index (undo, Undo, j - 1));
          return FALSE;
        }
      g_array_append_val (undo, step);
    }

  if (n_changed != NULL)
    *n_changed = chosen->len;
  return TRUE;
}
