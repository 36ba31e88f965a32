/* ac-preferences-therapist.h — what a new therapist should know: the
 * health profile's areas to avoid and notes for a therapist
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_PREFERENCES_THERAPIST (ac_preferences_therapist_get_type ())

G_DECLARE_FINAL_TYPE (AcPreferencesTherapist, ac_preferences_therapist, AC, PREFERENCES_THERAPIST, AdwPreferencesGroup)

GtkWidget *ac_preferences_therapist_new         (void);
void       ac_preferences_therapist_set_journal (AcPreferencesTherapist *self,
                                                 AcJournal              *journal,
                                                 gboolean                writable);
gboolean   ac_preferences_therapist_save_notes  (AcPreferencesTherapist *self);

G_END_DECLS
