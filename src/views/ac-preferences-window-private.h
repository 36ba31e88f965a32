/* ac-preferences-window-private.h — the preferences' parts, for tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-preferences-window.h"

G_BEGIN_DECLS

GtkSwitch *_ac_preferences_window_get_condition_switch (AcPreferencesWindow  *self,
                                                        AcCondition           condition);
GFile     *_ac_preferences_window_delete_all           (AcPreferencesWindow  *self,
                                                        GError              **error);

G_END_DECLS
