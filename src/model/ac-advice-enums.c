/* ac-advice-enums.c — the vocabularies of advice
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-advice-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-advice-enums.h"
#include "ac-enum-types.h"

static const char *
enum_to_string (GType type,
                int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

static gboolean
enum_from_string (GType       type,
                  const char *word,
                  int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev;

  if (word == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, word);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

/**
 * ac_severity_to_string:
 *
 * Returns: (transfer none): GUIDANCE.md's word for @severity, such as
 *   "see-professional"
 */
const char *
ac_severity_to_string (AcSeverity severity)
{
  return enum_to_string (AC_TYPE_SEVERITY, severity);
}

gboolean
ac_severity_from_string (const char *word,
                         AcSeverity *severity)
{
  int value;

  g_return_val_if_fail (severity != NULL, FALSE);

  if (!enum_from_string (AC_TYPE_SEVERITY, word, &value))
    return FALSE;
  *severity = value;
  return TRUE;
}

/**
 * ac_severity_get_label:
 *
 * Returns: (transfer none): a short label for @severity, translated
 */
const char *
ac_severity_get_label (AcSeverity severity)
{
  switch (severity)
    {
    case AC_SEVERITY_INFO:             return C_("severity", "Info");
    case AC_SEVERITY_TIP:              return C_("severity", "Tip");
    case AC_SEVERITY_CAUTION:          return C_("severity", "Caution");
    case AC_SEVERITY_SEE_PROFESSIONAL: return C_("severity", "See a professional");
    case AC_SEVERITY_URGENT:           return C_("severity", "Urgent");
    default:                           g_return_val_if_reached (NULL);
    }
}

/**
 * ac_evidence_to_string:
 *
 * Returns: (transfer none): GUIDANCE.md's word for @evidence, such as
 *   "app-rule"
 */
const char *
ac_evidence_to_string (AcEvidence evidence)
{
  return enum_to_string (AC_TYPE_EVIDENCE, evidence);
}

gboolean
ac_evidence_from_string (const char *word,
                         AcEvidence *evidence)
{
  int value;

  g_return_val_if_fail (evidence != NULL, FALSE);

  if (!enum_from_string (AC_TYPE_EVIDENCE, word, &value))
    return FALSE;
  *evidence = value;
  return TRUE;
}

/**
 * ac_evidence_get_label:
 *
 * Returns: (transfer none): a short label for @evidence, translated
 */
const char *
ac_evidence_get_label (AcEvidence evidence)
{
  switch (evidence)
    {
    case AC_EVIDENCE_STUDY:        return C_("evidence", "Research");
    case AC_EVIDENCE_GUIDELINE:    return C_("evidence", "Professional guidance");
    case AC_EVIDENCE_PRACTITIONER: return C_("evidence", "Practitioners' experience, not tested");
    case AC_EVIDENCE_APP_RULE:     return C_("evidence", "A rule of this app, from the sources named");
    default:                       g_return_val_if_reached (NULL);
    }
}

/**
 * ac_advice_group_to_string:
 *
 * Returns: (transfer none): the group's word in JSON output, such as
 *   "right-now"
 */
const char *
ac_advice_group_to_string (AcAdviceGroup group)
{
  return enum_to_string (AC_TYPE_ADVICE_GROUP, group);
}

/**
 * ac_advice_group_get_title:
 *
 * Returns: (transfer none): the heading of the advice view's section,
 *   translated
 */
const char *
ac_advice_group_get_title (AcAdviceGroup group)
{
  switch (group)
    {
    case AC_ADVICE_GROUP_RIGHT_NOW:   return _("Right now");
    case AC_ADVICE_GROUP_WATCH_OUT:   return _("Watch out");
    case AC_ADVICE_GROUP_RHYTHM:      return _("Your rhythm");
    case AC_ADVICE_GROUP_BEFORE_NEXT: return _("Before your next session");
    default:                          g_return_val_if_reached (NULL);
    }
}

/**
 * ac_tip_verdict_to_string:
 *
 * Returns: (transfer none): the verdict's word, such as "not-supported"
 */
const char *
ac_tip_verdict_to_string (AcTipVerdict verdict)
{
  return enum_to_string (AC_TYPE_TIP_VERDICT, verdict);
}

/**
 * ac_tip_verdict_get_label:
 *
 * Returns: (transfer none): a short label for @verdict, translated
 */
const char *
ac_tip_verdict_get_label (AcTipVerdict verdict)
{
  switch (verdict)
    {
    case AC_TIP_VERDICT_HOLDS:         return C_("tip verdict", "Holds");
    case AC_TIP_VERDICT_PLAUSIBLE:     return C_("tip verdict", "Plausible");
    case AC_TIP_VERDICT_UNTESTED:      return C_("tip verdict", "Untested");
    case AC_TIP_VERDICT_NOT_SUPPORTED: return C_("tip verdict", "Not supported");
    default:                           g_return_val_if_reached (NULL);
    }
}
