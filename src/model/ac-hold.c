/* ac-hold.c — "have it checked, hold off massage": the one thing the app says
 * while a warning symptom is current
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-hold"

#include "config.h"

#include "ac-hold-private.h"

/* GUIDANCE.md's hold, as the guidance engine found it on one day. The
 * advice, the calendar, the banner, the reminders and the PDF report all
 * read this one object, so they cannot disagree. Immutable. */
struct _AcHold
{
  GObject     parent_instance;

  AcSeverity  severity;
  char      **causes;       /* WHAT ids: a symptom nick or a rule id */
  char       *title;        /* NULL when the hold is off */
  char      **postponed;    /* ids of planned sessions within 14 days */
};

G_DEFINE_FINAL_TYPE (AcHold, ac_hold, G_TYPE_OBJECT)

static void
ac_hold_finalize (GObject *object)
{
  AcHold *self = (AcHold *)object;

  g_clear_pointer (&self->causes, g_strfreev);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->postponed, g_strfreev);

  G_OBJECT_CLASS (ac_hold_parent_class)->finalize (object);
}

static void
ac_hold_class_init (AcHoldClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ac_hold_finalize;
}

static void
ac_hold_init (AcHold *self)
{
  self->severity = AC_SEVERITY_INFO;
}

static char **
copy_strv (const char * const *strv)
{
  static const char * const empty[] = { NULL };

  return g_strdupv ((char **) (strv != NULL ? strv : empty));
}

/* @causes: (nullable): empty or %NULL makes a hold that is off. */
AcHold *
_ac_hold_new (AcSeverity          severity,
              const char * const *causes,
              const char         *title,
              const char * const *postponed_session_ids)
{
  AcHold *self = g_object_new (AC_TYPE_HOLD, NULL);

  self->causes = copy_strv (causes);
  if (self->causes[0] != NULL)
    {
      self->severity = severity;
      self->title = g_strdup (title);
      self->postponed = copy_strv (postponed_session_ids);
    }
  else
    {
      self->postponed = copy_strv (NULL);
    }

  return self;
}

gboolean
ac_hold_is_on (AcHold *self)
{
  g_return_val_if_fail (AC_IS_HOLD (self), FALSE);

  return self->causes[0] != NULL;
}

/* The highest severity among the causes; %AC_SEVERITY_INFO when off. */
AcSeverity
ac_hold_get_severity (AcHold *self)
{
  g_return_val_if_fail (AC_IS_HOLD (self), AC_SEVERITY_INFO);

  return self->severity;
}

/**
 * ac_hold_get_causes:
 *
 * What holds massage, in the advice's order: symptom nicks
 * (`leg-swelling`) and rule ids (`soreness-severe`, `soreness-persistent`,
 * `referral-not-improving`) — the values a clearance's `what` takes.
 *
 * Returns: (transfer none): the causes; empty when the hold is off
 */
const char * const *
ac_hold_get_causes (AcHold *self)
{
  g_return_val_if_fail (AC_IS_HOLD (self), NULL);

  return (const char * const *) self->causes;
}

/**
 * ac_hold_get_title:
 *
 * Returns: (nullable): one sentence naming what holds massage, for a
 *   banner; %NULL when the hold is off
 */
const char *
ac_hold_get_title (AcHold *self)
{
  g_return_val_if_fail (AC_IS_HOLD (self), NULL);

  return self->title;
}

/**
 * ac_hold_get_postponed_session_ids:
 *
 * Returns: (transfer none): the ids of the planned sessions from today to
 *   14 days ahead, which the hold asks to postpone; empty when off
 */
const char * const *
ac_hold_get_postponed_session_ids (AcHold *self)
{
  g_return_val_if_fail (AC_IS_HOLD (self), NULL);

  return (const char * const *) self->postponed;
}

gboolean
ac_hold_is_postponed (AcHold     *self,
                      const char *session_id)
{
  g_return_val_if_fail (AC_IS_HOLD (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->postponed, session_id);
}

/* Whether two holds would show the same: views redraw only on a change. */
gboolean
ac_hold_equal (AcHold *a,
               AcHold *b)
{
  g_return_val_if_fail (AC_IS_HOLD (a), FALSE);
  g_return_val_if_fail (AC_IS_HOLD (b), FALSE);

  return a->severity == b->severity &&
         g_strv_equal ((const char * const *) a->causes, (const char * const *) b->causes) &&
         g_strcmp0 (a->title, b->title) == 0 &&
         g_strv_equal ((const char * const *) a->postponed, (const char * const *) b->postponed);
}
