/* ac-reminders-private.h — the reminders' clock, for tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-reminders.h"

G_BEGIN_DECLS

/* The reminders' timer wakes at this instant; the tests read it because
 * nothing a person sees tells when the next reminder is due before it is
 * sent. */
GDateTime *_ac_reminders_get_next_due (AcReminders *self);

G_END_DECLS
