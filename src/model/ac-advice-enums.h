/* ac-advice-enums.h — the vocabularies of advice
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* As in ac-enums.h, the nicks glib-mkenums derives from these names are the
 * words of GUIDANCE.md and of `aftercare-cli advice --json`:
 * "see-professional", "app-rule", "right-now", "not-supported". */

/**
 * AcSeverity:
 * @AC_SEVERITY_INFO: something worth knowing
 * @AC_SEVERITY_TIP: something worth doing
 * @AC_SEVERITY_CAUTION: something to watch
 * @AC_SEVERITY_SEE_PROFESSIONAL: a health professional should look at it
 * @AC_SEVERITY_URGENT: get help now
 *
 * How strongly an advice item speaks, weakest first, so that severities
 * compare as numbers.
 */
typedef enum
{
  AC_SEVERITY_INFO,
  AC_SEVERITY_TIP,
  AC_SEVERITY_CAUTION,
  AC_SEVERITY_SEE_PROFESSIONAL,
  AC_SEVERITY_URGENT,
} AcSeverity;

/**
 * AcEvidence:
 * @AC_EVIDENCE_STUDY: published research
 * @AC_EVIDENCE_GUIDELINE: professional or public-health guidance
 * @AC_EVIDENCE_PRACTITIONER: practitioners' experience, not tested
 * @AC_EVIDENCE_APP_RULE: a threshold this app chose, from the sources named
 *
 * What backs an advice item or a tip.
 */
typedef enum
{
  AC_EVIDENCE_STUDY,
  AC_EVIDENCE_GUIDELINE,
  AC_EVIDENCE_PRACTITIONER,
  AC_EVIDENCE_APP_RULE,
} AcEvidence;

/**
 * AcAdviceGroup:
 * @AC_ADVICE_GROUP_RIGHT_NOW: how you are now and what to do today
 * @AC_ADVICE_GROUP_WATCH_OUT: patterns and conditions to be careful about
 * @AC_ADVICE_GROUP_RHYTHM: how often you go, and when to go next
 * @AC_ADVICE_GROUP_BEFORE_NEXT: what to know before your next session
 *
 * The sections of the advice view. ac_advice_group_for_id() maps every
 * advice id to one of them.
 */
typedef enum
{
  AC_ADVICE_GROUP_RIGHT_NOW,
  AC_ADVICE_GROUP_WATCH_OUT,
  AC_ADVICE_GROUP_RHYTHM,
  AC_ADVICE_GROUP_BEFORE_NEXT,
} AcAdviceGroup;

#define AC_N_ADVICE_GROUPS 4

/**
 * AcTipVerdict:
 * @AC_TIP_VERDICT_HOLDS: the evidence supports the tip, at least roughly
 * @AC_TIP_VERDICT_PLAUSIBLE: likely, but borrowed from other research or
 *   thinly supported
 * @AC_TIP_VERDICT_UNTESTED: sensible, but nobody has tested it
 * @AC_TIP_VERDICT_NOT_SUPPORTED: the evidence speaks against it
 *
 * What the evidence says of a piece of practitioner advice in the tips
 * library, in one word.
 */
typedef enum
{
  AC_TIP_VERDICT_HOLDS,
  AC_TIP_VERDICT_PLAUSIBLE,
  AC_TIP_VERDICT_UNTESTED,
  AC_TIP_VERDICT_NOT_SUPPORTED,
} AcTipVerdict;

const char *ac_severity_to_string      (AcSeverity     severity);
gboolean    ac_severity_from_string    (const char    *word,
                                        AcSeverity    *severity);
const char *ac_severity_get_label      (AcSeverity     severity);

const char *ac_evidence_to_string      (AcEvidence     evidence);
gboolean    ac_evidence_from_string    (const char    *word,
                                        AcEvidence    *evidence);
const char *ac_evidence_get_label      (AcEvidence     evidence);

const char *ac_advice_group_to_string  (AcAdviceGroup  group);
const char *ac_advice_group_get_title  (AcAdviceGroup  group);

const char *ac_tip_verdict_to_string   (AcTipVerdict   verdict);
const char *ac_tip_verdict_get_label   (AcTipVerdict   verdict);

G_END_DECLS
