/* ac-body-map-region.h — one area of the body map, as a screen reader and
 * the keyboard find it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_BODY_MAP_REGION (ac_body_map_region_get_type ())

G_DECLARE_FINAL_TYPE (AcBodyMapRegion, ac_body_map_region, AC, BODY_MAP_REGION, GtkWidget)

GtkWidget *ac_body_map_region_new         (AcArea           area,
                                           gboolean         toggle);
AcArea     ac_body_map_region_get_area    (AcBodyMapRegion *self);
gboolean   ac_body_map_region_get_toggle  (AcBodyMapRegion *self);
void       ac_body_map_region_set_checked (AcBodyMapRegion *self,
                                           gboolean         checked);
void       ac_body_map_region_set_avoid   (AcBodyMapRegion *self,
                                           gboolean         avoid);

G_END_DECLS
