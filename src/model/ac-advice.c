/* ac-advice.c — one piece of advice drawn from the journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-advice"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-advice.h"
#include "ac-enum-types.h"

/* An advice item never changes after construction: every property is
 * construct-only, so a list of advice can be handed to a view, or another
 * thread, as it is. */
struct _AcAdvice
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *body;
  char          *reason;
  char          *evidence_note;
  GStrv          sources;
  GStrv          session_ids;
  GStrv          checkin_ids;
  AcSeverity     severity;
  AcEvidence     evidence;
  AcAdviceGroup  group;
};

G_DEFINE_FINAL_TYPE (AcAdvice, ac_advice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SEVERITY,
  PROP_GROUP,
  PROP_TITLE,
  PROP_BODY,
  PROP_REASON,
  PROP_EVIDENCE,
  PROP_EVIDENCE_NOTE,
  PROP_SOURCES,
  PROP_SESSION_IDS,
  PROP_CHECKIN_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const no_strings[] = { NULL };

static void
ac_advice_finalize (GObject *object)
{
  AcAdvice *self = (AcAdvice *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->evidence_note, g_free);
  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->session_ids, g_strfreev);
  g_clear_pointer (&self->checkin_ids, g_strfreev);

  G_OBJECT_CLASS (ac_advice_parent_class)->finalize (object);
}

static void
ac_advice_constructed (GObject *object)
{
  AcAdvice *self = (AcAdvice *)object;

  G_OBJECT_CLASS (ac_advice_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_strdup ("");
  if (self->title == NULL)
    self->title = g_strdup ("");
  if (self->body == NULL)
    self->body = g_strdup ("");
  if (self->reason == NULL)
    self->reason = g_strdup ("");
  if (self->sources == NULL)
    self->sources = g_new0 (char *, 1);
  if (self->session_ids == NULL)
    self->session_ids = g_new0 (char *, 1);
  if (self->checkin_ids == NULL)
    self->checkin_ids = g_new0 (char *, 1);
}

static void
ac_advice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AcAdvice *self = AC_ADVICE (object);

  switch (prop_id)
    {
    case PROP_ID:            g_value_set_string (value, self->id); break;
    case PROP_SEVERITY:      g_value_set_enum (value, self->severity); break;
    case PROP_GROUP:         g_value_set_enum (value, self->group); break;
    case PROP_TITLE:         g_value_set_string (value, self->title); break;
    case PROP_BODY:          g_value_set_string (value, self->body); break;
    case PROP_REASON:        g_value_set_string (value, self->reason); break;
    case PROP_EVIDENCE:      g_value_set_enum (value, self->evidence); break;
    case PROP_EVIDENCE_NOTE: g_value_set_string (value, self->evidence_note); break;
    case PROP_SOURCES:       g_value_set_boxed (value, self->sources); break;
    case PROP_SESSION_IDS:   g_value_set_boxed (value, self->session_ids); break;
    case PROP_CHECKIN_IDS:   g_value_set_boxed (value, self->checkin_ids); break;
    default:                 G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_advice_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AcAdvice *self = AC_ADVICE (object);

  /* Construct-only: each is set once, on fields that are still empty. */
  switch (prop_id)
    {
    case PROP_ID:            self->id = g_value_dup_string (value); break;
    case PROP_SEVERITY:      self->severity = g_value_get_enum (value); break;
    case PROP_GROUP:         self->group = g_value_get_enum (value); break;
    case PROP_TITLE:         self->title = g_value_dup_string (value); break;
    case PROP_BODY:          self->body = g_value_dup_string (value); break;
    case PROP_REASON:        self->reason = g_value_dup_string (value); break;
    case PROP_EVIDENCE:      self->evidence = g_value_get_enum (value); break;
    case PROP_EVIDENCE_NOTE: self->evidence_note = g_value_dup_string (value); break;
    case PROP_SOURCES:       self->sources = g_value_dup_boxed (value); break;
    case PROP_SESSION_IDS:   self->session_ids = g_value_dup_boxed (value); break;
    case PROP_CHECKIN_IDS:   self->checkin_ids = g_value_dup_boxed (value); break;
    default:                 G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_advice_class_init (AcAdviceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ac_advice_finalize;
  object_class->constructed = ac_advice_constructed;
  object_class->get_property = ac_advice_get_property;
  object_class->set_property = ac_advice_set_property;

  /**
   * AcAdvice:id:
   *
   * The id of the rule that made the item, as GUIDANCE.md names it:
   * "soreness-lingering", "screening-pregnant", "red-flag-dark-urine".
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * AcAdvice:severity:
   *
   * How strongly the item speaks.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       AC_TYPE_SEVERITY, AC_SEVERITY_INFO, flags);

  /**
   * AcAdvice:group:
   *
   * The section of the advice view the item belongs in; ac_advice_new()
   * takes it from the id with ac_advice_group_for_id().
   */
  properties[PROP_GROUP] =
    g_param_spec_enum ("group", NULL, NULL,
                       AC_TYPE_ADVICE_GROUP, AC_ADVICE_GROUP_RIGHT_NOW, flags);

  /**
   * AcAdvice:title:
   *
   * A short heading, translated.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * AcAdvice:body:
   *
   * The advice itself, in a few plain sentences, translated.
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, flags);

  /**
   * AcAdvice:reason:
   *
   * Why the item is shown: the data of the user's journal that made the
   * rule fire, with dates in the user's locale.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, flags);

  /**
   * AcAdvice:evidence:
   *
   * What backs the advice.
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL,
                       AC_TYPE_EVIDENCE, AC_EVIDENCE_APP_RULE, flags);

  /**
   * AcAdvice:evidence-note:
   *
   * A qualification of the evidence level, such as "exercise research, by
   * analogy", or %NULL.
   */
  properties[PROP_EVIDENCE_NOTE] =
    g_param_spec_string ("evidence-note", NULL, NULL, NULL, flags);

  /**
   * AcAdvice:sources:
   *
   * Short names of the sources of GUIDANCE.md that back the item, such as
   * "Cambron et al. 2007".
   */
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * AcAdvice:session-ids:
   *
   * The ids of the sessions the item is about, oldest first.
   */
  properties[PROP_SESSION_IDS] =
    g_param_spec_boxed ("session-ids", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * AcAdvice:checkin-ids:
   *
   * The ids of the check-ins the item is about, oldest first.
   */
  properties[PROP_CHECKIN_IDS] =
    g_param_spec_boxed ("checkin-ids", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ac_advice_init (AcAdvice *self)
{
}

/**
 * ac_advice_new:
 * @id: the rule's id
 * @severity: how strongly it speaks
 * @evidence: what backs it
 * @title: a short heading
 * @body: the advice
 * @reason: the data that made it fire
 * @sources: (nullable) (array zero-terminated=1): short source names
 * @session_ids: (nullable) (array zero-terminated=1): ids of the sessions
 *   it is about
 * @checkin_ids: (nullable) (array zero-terminated=1): ids of the check-ins
 *   it is about
 *
 * Makes an advice item whose group follows from @id.
 *
 * Returns: (transfer full): a new advice item
 */
AcAdvice *
ac_advice_new (const char         *id,
               AcSeverity          severity,
               AcEvidence          evidence,
               const char         *title,
               const char         *body,
               const char         *reason,
               const char * const *sources,
               const char * const *session_ids,
               const char * const *checkin_ids)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (severity <= AC_SEVERITY_URGENT, NULL);
  g_return_val_if_fail (evidence <= AC_EVIDENCE_APP_RULE, NULL);

  return g_object_new (AC_TYPE_ADVICE,
                       "id", id,
                       "severity", severity,
                       "group", ac_advice_group_for_id (id),
                       "evidence", evidence,
                       "title", title,
                       "body", body,
                       "reason", reason,
                       "sources", sources ? sources : no_strings,
                       "session-ids", session_ids ? session_ids : no_strings,
                       "checkin-ids", checkin_ids ? checkin_ids : no_strings,
                       NULL);
}

/**
 * ac_advice_get_id:
 *
 * Returns: (transfer none): the rule's id
 */
const char *
ac_advice_get_id (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return self->id;
}

AcSeverity
ac_advice_get_severity (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), AC_SEVERITY_INFO);

  return self->severity;
}

AcAdviceGroup
ac_advice_get_group (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), AC_ADVICE_GROUP_RIGHT_NOW);

  return self->group;
}

/**
 * ac_advice_get_title:
 *
 * Returns: (transfer none): the heading
 */
const char *
ac_advice_get_title (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return self->title;
}

/**
 * ac_advice_get_body:
 *
 * Returns: (transfer none): the advice
 */
const char *
ac_advice_get_body (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return self->body;
}

/**
 * ac_advice_get_reason:
 *
 * Returns: (transfer none): the data that made the rule fire
 */
const char *
ac_advice_get_reason (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return self->reason;
}

AcEvidence
ac_advice_get_evidence (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), AC_EVIDENCE_APP_RULE);

  return self->evidence;
}

/**
 * ac_advice_get_evidence_note:
 *
 * Returns: (transfer none) (nullable): a qualification of the evidence
 */
const char *
ac_advice_get_evidence_note (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return self->evidence_note;
}

/**
 * ac_advice_get_sources:
 *
 * Returns: (transfer none) (array zero-terminated=1): short source names,
 *   possibly none
 */
const char * const *
ac_advice_get_sources (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return (const char * const *) self->sources;
}

/**
 * ac_advice_get_session_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   sessions the item is about, possibly none
 */
const char * const *
ac_advice_get_session_ids (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return (const char * const *) self->session_ids;
}

/**
 * ac_advice_get_checkin_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   check-ins the item is about, possibly none
 */
const char * const *
ac_advice_get_checkin_ids (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), NULL);

  return (const char * const *) self->checkin_ids;
}

/**
 * ac_advice_is_alert:
 *
 * Red flags, `soreness-severe`, `soreness-persistent`,
 * `referral-not-improving` and `hold-massage` come before everything else
 * (GUIDANCE.md version 2), whatever their severity.
 *
 * Returns: %TRUE if @self is one of them
 */
gboolean
ac_advice_is_alert (AcAdvice *self)
{
  g_return_val_if_fail (AC_IS_ADVICE (self), FALSE);

  return g_str_has_prefix (self->id, "red-flag-") ||
         strcmp (self->id, "soreness-severe") == 0 ||
         strcmp (self->id, "soreness-persistent") == 0 ||
         strcmp (self->id, "referral-not-improving") == 0 ||
         strcmp (self->id, "hold-massage") == 0;
}

/* The advice view's sections. Every rule of GUIDANCE.md is in one:
 *
 * - Right now: how you feel and what to do today — red-flag-*,
 *   soreness-severe, soreness-persistent, hold-massage, soreness-lingering,
 *   soreness-normal, aftercare-hydrate, aftercare-rest, expect-soreness.
 * - Watch out: patterns and standing conditions to be careful about —
 *   overtreat-still-sore, overtreat-frequency, overtreat-deep-streak,
 *   overtreat-load, overtreat-rising-peaks, referral-not-improving,
 *   booking-check (a booked session the profile says to take care with),
 *   screening-*.
 * - Your rhythm: how often you go and when to go next — rhythm-summary,
 *   rhythm-irregular, next-session.
 * - Before your next session: first-session, long-gap, new-therapist,
 *   predicted-soreness.
 */
static const struct {
  const char    *id;
  AcAdviceGroup  group;
} groups[] = {
  { "aftercare-hydrate",      AC_ADVICE_GROUP_RIGHT_NOW },
  { "aftercare-rest",         AC_ADVICE_GROUP_RIGHT_NOW },
  { "expect-soreness",        AC_ADVICE_GROUP_RIGHT_NOW },
  { "soreness-normal",        AC_ADVICE_GROUP_RIGHT_NOW },
  { "soreness-lingering",     AC_ADVICE_GROUP_RIGHT_NOW },
  { "soreness-persistent",    AC_ADVICE_GROUP_RIGHT_NOW },
  { "soreness-severe",        AC_ADVICE_GROUP_RIGHT_NOW },
  { "hold-massage",           AC_ADVICE_GROUP_RIGHT_NOW },
  { "overtreat-still-sore",   AC_ADVICE_GROUP_WATCH_OUT },
  { "overtreat-frequency",    AC_ADVICE_GROUP_WATCH_OUT },
  { "overtreat-deep-streak",  AC_ADVICE_GROUP_WATCH_OUT },
  { "overtreat-load",         AC_ADVICE_GROUP_WATCH_OUT },
  { "overtreat-rising-peaks", AC_ADVICE_GROUP_WATCH_OUT },
  { "referral-not-improving", AC_ADVICE_GROUP_WATCH_OUT },
  { "booking-check",          AC_ADVICE_GROUP_WATCH_OUT },
  { "rhythm-summary",         AC_ADVICE_GROUP_RHYTHM },
  { "rhythm-irregular",       AC_ADVICE_GROUP_RHYTHM },
  { "next-session",           AC_ADVICE_GROUP_RHYTHM },
  { "first-session",          AC_ADVICE_GROUP_BEFORE_NEXT },
  { "long-gap",               AC_ADVICE_GROUP_BEFORE_NEXT },
  { "new-therapist",          AC_ADVICE_GROUP_BEFORE_NEXT },
  { "predicted-soreness",     AC_ADVICE_GROUP_BEFORE_NEXT },
};

/**
 * ac_advice_group_for_id:
 * @id: an advice id of GUIDANCE.md
 *
 * Returns: the section of the advice view for @id; "Watch out" for an id
 *   this version does not know
 */
AcAdviceGroup
ac_advice_group_for_id (const char *id)
{
  g_return_val_if_fail (id != NULL, AC_ADVICE_GROUP_WATCH_OUT);

  if (g_str_has_prefix (id, "red-flag-"))
    return AC_ADVICE_GROUP_RIGHT_NOW;
  if (g_str_has_prefix (id, "screening-"))
    return AC_ADVICE_GROUP_WATCH_OUT;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (strcmp (groups[i].id, id) == 0)
      return groups[i].group;

  return AC_ADVICE_GROUP_WATCH_OUT;
}

/**
 * ac_advice_get_disclaimer:
 *
 * The line of GUIDANCE.md that sits under every piece of health advice and
 * is always visible on the advice view.
 *
 * Returns: (transfer none): the not-medical-advice line, translated
 */
const char *
ac_advice_get_disclaimer (void)
{
  return _("General information only. Aftercare can't diagnose or replace a "
           "health professional. If you're worried, contact one; in an "
           "emergency, call your local emergency number.");
}
