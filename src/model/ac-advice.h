/* ac-advice.h — one piece of advice drawn from the journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ac-advice-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_ADVICE (ac_advice_get_type ())

G_DECLARE_FINAL_TYPE (AcAdvice, ac_advice, AC, ADVICE, GObject)

AcAdvice           *ac_advice_new                (const char         *id,
                                                  AcSeverity          severity,
                                                  AcEvidence          evidence,
                                                  const char         *title,
                                                  const char         *body,
                                                  const char         *reason,
                                                  const char * const *sources,
                                                  const char * const *session_ids,
                                                  const char * const *checkin_ids);

const char         *ac_advice_get_id             (AcAdvice           *self);
AcSeverity          ac_advice_get_severity       (AcAdvice           *self);
AcAdviceGroup       ac_advice_get_group          (AcAdvice           *self);
const char         *ac_advice_get_title          (AcAdvice           *self);
const char         *ac_advice_get_body           (AcAdvice           *self);
const char         *ac_advice_get_reason         (AcAdvice           *self);
AcEvidence          ac_advice_get_evidence       (AcAdvice           *self);
const char         *ac_advice_get_evidence_note  (AcAdvice           *self);
const char * const *ac_advice_get_sources        (AcAdvice           *self);
const char * const *ac_advice_get_session_ids    (AcAdvice           *self);
const char * const *ac_advice_get_checkin_ids    (AcAdvice           *self);
gboolean            ac_advice_is_alert           (AcAdvice           *self);

AcAdviceGroup       ac_advice_group_for_id       (const char         *id);
const char         *ac_advice_get_disclaimer     (void);

G_END_DECLS
