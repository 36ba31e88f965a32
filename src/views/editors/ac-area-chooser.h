/* ac-area-chooser.h — body areas as toggle chips
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_AREA_CHOOSER (ac_area_chooser_get_type ())

G_DECLARE_FINAL_TYPE (AcAreaChooser, ac_area_chooser, AC, AREA_CHOOSER, GtkWidget)

GtkWidget *ac_area_chooser_new       (void);
AcArea     ac_area_chooser_get_areas (AcAreaChooser *self);
void       ac_area_chooser_set_areas (AcAreaChooser *self,
                                      AcArea         areas);

G_END_DECLS
