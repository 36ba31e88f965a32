/* ac-error.c — the model's error domain
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-error"

#include "config.h"

#include "ac-error.h"

G_DEFINE_QUARK (ac-journal-error-quark, ac_journal_error)
