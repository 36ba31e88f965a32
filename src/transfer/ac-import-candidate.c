/* ac-import-candidate.c — one record an import would add
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-import-candidate"

#include "config.h"

#include "ac-transfer-enum-types.h"
#include "ac-import-private.h"

/* A session, check-in, clearance or profile change read from a file, and
 * how it stands against the journal (AcImportPlan classifies it). New
 * candidates start selected, conflicts not (the journal's version is kept
 * unless the user chooses the file's); duplicates and records that cannot
 * be imported cannot be selected. A profile is two candidates at most:
 * its conditions and areas to avoid, and its notes for a therapist. */
struct _AcImportCandidate
{
  GObject         parent_instance;

  AcImportKind    kind;
  AcImportStatus  status;
  char           *source;
  char           *reason;
  char           *note;             /* how the file was read, or NULL */
  AcSession      *session;
  AcCheckin      *checkin;
  AcClearance    *clearance;
  AcCondition     file_conditions;  /* PROFILE: what the file lists */
  AcCondition     conditions;       /* PROFILE: what it would add */
  AcArea          file_avoid_areas; /* PROFILE: what the file lists */
  AcArea          avoid_areas;      /* PROFILE: what it would add */
  char           *therapist_notes;  /* PROFILE: the file's notes, or NULL */
  GObject        *existing;
  guint           selected : 1;
  guint           from_calendar : 1;
  guint           rejected : 1;     /* by the parser, for good */
};

G_DEFINE_FINAL_TYPE (AcImportCandidate, ac_import_candidate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STATUS,
  PROP_SOURCE,
  PROP_REASON,
  PROP_CAN_SELECT,
  PROP_SELECTED,
  PROP_PLANNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ac_import_candidate_finalize (GObject *object)
{
  AcImportCandidate *self = (AcImportCandidate *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->session);
  g_clear_object (&self->checkin);
  g_clear_object (&self->clearance);
  g_clear_pointer (&self->therapist_notes, g_free);
  g_clear_object (&self->existing);

  G_OBJECT_CLASS (ac_import_candidate_parent_class)->finalize (object);
}

static void
ac_import_candidate_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AcImportCandidate *self = AC_IMPORT_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_CAN_SELECT:
      g_value_set_boolean (value, ac_import_candidate_get_can_select (self));
      break;

    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;

    case PROP_PLANNED:
      g_value_set_boolean (value, ac_import_candidate_get_planned (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_import_candidate_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AcImportCandidate *self = AC_IMPORT_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      ac_import_candidate_set_selected (self, g_value_get_boolean (value));
      break;

    case PROP_PLANNED:
      ac_import_candidate_set_planned (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_import_candidate_class_init (AcImportCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_import_candidate_finalize;
  object_class->get_property = ac_import_candidate_get_property;
  object_class->set_property = ac_import_candidate_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AC_TYPE_IMPORT_KIND, AC_IMPORT_KIND_SESSION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AcImportCandidate:status:
   *
   * How the candidate stands against the journal.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AC_TYPE_IMPORT_STATUS, AC_IMPORT_STATUS_NEW,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcImportCandidate:source:
   *
   * Where in the file the record is: “line 7”, “line 12 (event “Yoga”)”,
   * “sessions[3]”.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AcImportCandidate:reason:
   *
   * Why a candidate is a duplicate, a conflict or not importable, for
   * people; %NULL for a new one.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcImportCandidate:can-select:
   *
   * Whether applying the plan can add the candidate: new ones and
   * conflicts.
   */
  properties[PROP_CAN_SELECT] =
    g_param_spec_boolean ("can-select", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcImportCandidate:selected:
   *
   * Whether applying the plan adds the candidate (for a conflict: replaces
   * the journal's version with it).
   */
  properties[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcImportCandidate:planned:
   *
   * For a session, whether it is imported as planned rather than done. A
   * calendar event defaults to planned when it is in the future.
   */
  properties[PROP_PLANNED] =
    g_param_spec_boolean ("planned", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ac_import_candidate_init (AcImportCandidate *self)
{
}

static AcImportCandidate *
candidate_new (AcImportKind  kind,
               const char   *source)
{
  AcImportCandidate *self = g_object_new (AC_TYPE_IMPORT_CANDIDATE, NULL);

  self->kind = kind;
  self->source = g_strdup (source);
  self->selected = TRUE;
  return self;
}

/* Takes a reference to @session, which must not be sealed. */
AcImportCandidate *
_ac_import_candidate_new_session (AcSession  *session,
                                  const char *source,
                                  gboolean    from_calendar)
{
  AcImportCandidate *self = candidate_new (AC_IMPORT_KIND_SESSION, source);

  self->session = g_object_ref (session);
  self->from_calendar = !!from_calendar;
  return self;
}

AcImportCandidate *
_ac_import_candidate_new_checkin (AcCheckin  *checkin,
                                  const char *source)
{
  AcImportCandidate *self = candidate_new (AC_IMPORT_KIND_CHECKIN, source);

  self->checkin = g_object_ref (checkin);
  return self;
}

/* Takes a reference to @clearance, which must not be sealed. */
AcImportCandidate *
_ac_import_candidate_new_clearance (AcClearance *clearance,
                                    const char  *source)
{
  AcImportCandidate *self = candidate_new (AC_IMPORT_KIND_CLEARANCE, source);

  self->clearance = g_object_ref (clearance);
  return self;
}

/* The profile's lists: they are added to the journal's. */
AcImportCandidate *
_ac_import_candidate_new_profile (AcCondition  conditions,
                                  AcArea       avoid_areas,
                                  const char  *source)
{
  AcImportCandidate *self = candidate_new (AC_IMPORT_KIND_PROFILE, source);

  self->file_conditions = self->conditions = conditions;
  self->file_avoid_areas = self->avoid_areas = avoid_areas;
  return self;
}

/* The profile's notes for a therapist: free text, which replaces the
 * journal's or is not taken. */
AcImportCandidate *
_ac_import_candidate_new_therapist_notes (const char *notes,
                                          const char *source)
{
  AcImportCandidate *self = candidate_new (AC_IMPORT_KIND_PROFILE, source);

  self->therapist_notes = g_strdup (notes);
  return self;
}

/* A record of the file that breaks a rule of the journal. */
AcImportCandidate *
_ac_import_candidate_new_rejected (AcImportKind  kind,
                                   const char   *source,
                                   const char   *reason)
{
  AcImportCandidate *self = candidate_new (kind, source);

  self->status = AC_IMPORT_STATUS_NOT_IMPORTABLE;
  self->reason = g_strdup (reason);
  self->selected = FALSE;
  self->rejected = TRUE;
  return self;
}

/* A remark on how the record was read that the user should see before
 * importing it (such as the time zone an event was read in). */
void
_ac_import_candidate_set_note (AcImportCandidate *self,
                               const char        *note)
{
  g_free (self->note);
  self->note = g_strdup (note);
}

gboolean
_ac_import_candidate_is_rejected (AcImportCandidate *self)
{
  return self->rejected;
}

gboolean
_ac_import_candidate_get_from_calendar (AcImportCandidate *self)
{
  return self->from_calendar;
}

AcCondition
_ac_import_candidate_get_file_conditions (AcImportCandidate *self)
{
  return self->file_conditions;
}

AcArea
_ac_import_candidate_get_file_avoid_areas (AcImportCandidate *self)
{
  return self->file_avoid_areas;
}

/* What the plan found the profile candidate would add. */
void
_ac_import_candidate_set_avoid_areas (AcImportCandidate *self,
                                      AcArea             avoid_areas)
{
  self->avoid_areas = avoid_areas;
}

/* Sets the status the plan found; new candidates become selected, the
 * others not. */
void
_ac_import_candidate_classify (AcImportCandidate *self,
                               AcImportStatus     status,
                               const char        *reason,
                               GObject           *existing,
                               AcCondition        conditions)
{
  gboolean was_selectable = ac_import_candidate_get_can_select (self);
  gboolean selected = status == AC_IMPORT_STATUS_NEW;

  g_assert (!self->rejected);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (g_strcmp0 (self->reason, reason) != 0)
    {
      g_free (self->reason);
      self->reason = g_strdup (reason);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
    }
  g_set_object (&self->existing, existing);
  self->conditions = conditions;

  if (was_selectable != ac_import_candidate_get_can_select (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SELECT]);
  if (self->selected != selected)
    {
      self->selected = selected;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

AcImportKind
ac_import_candidate_get_kind (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), AC_IMPORT_KIND_SESSION);

  return self->kind;
}

AcImportStatus
ac_import_candidate_get_status (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), AC_IMPORT_STATUS_NOT_IMPORTABLE);

  return self->status;
}

/**
 * ac_import_candidate_get_source:
 *
 * Returns: (transfer none): where in the file the record is
 */
const char *
ac_import_candidate_get_source (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->source;
}

/**
 * ac_import_candidate_get_reason:
 *
 * Returns: (transfer none) (nullable): why the candidate is a duplicate, a
 *   conflict or not importable
 */
const char *
ac_import_candidate_get_reason (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->reason;
}

/**
 * ac_import_candidate_get_note:
 *
 * Returns: (transfer none) (nullable): how the record was read when the
 *   user should know before importing it, such as “read in the time zone
 *   Europe/Berlin (+01:00); the file's own definition of it gives +02:00”
 */
const char *
ac_import_candidate_get_note (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->note;
}

/**
 * ac_import_candidate_get_session:
 *
 * Returns: (transfer none) (nullable): the session the file holds, or
 *   %NULL for another kind or a session that could not be read; change
 *   it only through ac_import_candidate_set_planned()
 */
AcSession *
ac_import_candidate_get_session (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->session;
}

/**
 * ac_import_candidate_get_checkin:
 *
 * Returns: (transfer none) (nullable): the check-in the file holds
 */
AcCheckin *
ac_import_candidate_get_checkin (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->checkin;
}

/**
 * ac_import_candidate_get_clearance:
 *
 * Returns: (transfer none) (nullable): the clearance the file holds
 */
AcClearance *
ac_import_candidate_get_clearance (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->clearance;
}

/**
 * ac_import_candidate_get_conditions:
 *
 * Returns: for a profile candidate, the screening conditions the import
 *   would add to the profile (those the journal does not list yet)
 */
AcCondition
ac_import_candidate_get_conditions (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), AC_CONDITION_NONE);

  return self->conditions;
}

/**
 * ac_import_candidate_get_avoid_areas:
 *
 * Returns: for a profile candidate, the areas to avoid the import would
 *   add to the profile (those the journal does not list yet)
 */
AcArea
ac_import_candidate_get_avoid_areas (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), AC_AREA_NONE);

  return self->avoid_areas;
}

/**
 * ac_import_candidate_get_therapist_notes:
 *
 * Returns: (transfer none) (nullable): for the profile's notes candidate,
 *   the file's notes for a therapist; %NULL for any other candidate
 */
const char *
ac_import_candidate_get_therapist_notes (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->therapist_notes;
}

/**
 * ac_import_candidate_get_existing:
 *
 * Returns: (transfer none) (nullable): the journal's #AcSession,
 *   #AcCheckin or #AcClearance that the candidate duplicates or conflicts
 *   with; for the profile's notes, the journal's #AcProfile they were
 *   compared with
 */
GObject *
ac_import_candidate_get_existing (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), NULL);

  return self->existing;
}

gboolean
ac_import_candidate_get_can_select (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), FALSE);

  return self->status == AC_IMPORT_STATUS_NEW || self->status == AC_IMPORT_STATUS_CONFLICT;
}

gboolean
ac_import_candidate_get_selected (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), FALSE);

  return self->selected;
}

/**
 * ac_import_candidate_set_selected:
 *
 * Chooses whether applying the plan adds the candidate. Only new
 * candidates and conflicts can be selected.
 */
void
ac_import_candidate_set_selected (AcImportCandidate *self,
                                  gboolean           selected)
{
  g_return_if_fail (AC_IS_IMPORT_CANDIDATE (self));
  g_return_if_fail (!selected || ac_import_candidate_get_can_select (self));

  selected = !!selected;
  if (self->selected == (guint) selected)
    return;

  self->selected = selected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
ac_import_candidate_get_planned (AcImportCandidate *self)
{
  g_return_val_if_fail (AC_IS_IMPORT_CANDIDATE (self), FALSE);

  return self->session != NULL && ac_session_get_planned (self->session);
}

/**
 * ac_import_candidate_set_planned:
 *
 * Chooses whether a session is imported as planned or as done. It does
 * not change the candidate's status.
 */
void
ac_import_candidate_set_planned (AcImportCandidate *self,
                                 gboolean           planned)
{
  g_return_if_fail (AC_IS_IMPORT_CANDIDATE (self));
  g_return_if_fail (self->session != NULL);

  if (ac_import_candidate_get_planned (self) == !!planned)
    return;

  /* A session an applied plan gave to the journal is sealed: go on with a
   * copy. */
  if (ac_session_is_sealed (self->session))
    {
      AcSession *copy = ac_session_copy (self->session);

      g_object_unref (self->session);
      self->session = copy;
    }
  ac_session_set_planned (self->session, planned);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED]);
}
