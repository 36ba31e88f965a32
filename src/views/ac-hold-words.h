/* ac-hold-words.h — what the views call the causes of a hold
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-hold.h"

G_BEGIN_DECLS

const char *ac_hold_words_cause_label (const char         *what);
char       *ac_hold_words_list        (const char * const *labels);
char       *ac_hold_words_causes      (AcHold             *hold);

G_END_DECLS
