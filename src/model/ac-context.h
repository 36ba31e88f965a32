/* ac-context.h — what every view needs: the journal's keeper, the clock,
 * the settings
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-clock.h"
#include "ac-hold.h"
#include "ac-journal-keeper.h"

G_BEGIN_DECLS

#define AC_TYPE_CONTEXT (ac_context_get_type ())

G_DECLARE_FINAL_TYPE (AcContext, ac_context, AC, CONTEXT, GObject)

AcContext       *ac_context_new          (AcJournalKeeper *keeper,
                                          AcClock         *clock,
                                          GSettings       *settings);

AcJournalKeeper *ac_context_get_keeper   (AcContext       *self);
AcJournal       *ac_context_get_journal  (AcContext       *self);
AcClock         *ac_context_get_clock    (AcContext       *self);
GSettings       *ac_context_get_settings (AcContext       *self);
void             ac_context_get_today    (AcContext       *self,
                                          GDate           *today);
AcHold          *ac_context_get_hold     (AcContext       *self);
GSignalGroup    *ac_context_follow_journal (AcContext     *self,
                                            GCallback      changed,
                                            GCallback      bound,
                                            GCallback      unbound,
                                            gpointer       instance);

G_END_DECLS
