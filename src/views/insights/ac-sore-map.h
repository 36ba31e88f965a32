/* ac-sore-map.h — "Where it gets sore": a body map shaded by where
 * soreness sits after sessions, with a legend, the same in words, and the
 * check-ins behind an area
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-journal.h"
#include "ac-sore-areas.h"

G_BEGIN_DECLS

#define AC_TYPE_SORE_MAP (ac_sore_map_get_type ())

G_DECLARE_FINAL_TYPE (AcSoreMap, ac_sore_map, AC, SORE_MAP, GtkWidget)

GtkWidget   *ac_sore_map_new           (void);
void         ac_sore_map_set_journal   (AcSoreMap   *self,
                                        AcJournal   *journal,
                                        const GDate *today);
void         ac_sore_map_set_range     (AcSoreMap   *self,
                                        AcSoreRange  range);
void         ac_sore_map_set_pressure  (AcSoreMap   *self,
                                        int          pressure);
AcSoreAreas *ac_sore_map_get_areas     (AcSoreMap   *self);
void         ac_sore_map_select_area   (AcSoreMap   *self,
                                        AcArea       area);
AcArea       ac_sore_map_get_selected  (AcSoreMap   *self);

G_END_DECLS
