/* ac-body-map.h — body areas on a front and a back figure: to pick them,
 * to mark those to avoid, to shade where soreness sits
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_BODY_MAP (ac_body_map_get_type ())

G_DECLARE_FINAL_TYPE (AcBodyMap, ac_body_map, AC, BODY_MAP, GtkWidget)

AcBodyMap *ac_body_map_new             (void);
AcArea     ac_body_map_get_selected    (AcBodyMap *self);
void       ac_body_map_set_selected    (AcBodyMap *self,
                                        AcArea     areas);
gboolean   ac_body_map_get_editable    (AcBodyMap *self);
void       ac_body_map_set_editable    (AcBodyMap *self,
                                        gboolean   editable);
AcArea     ac_body_map_get_hatched     (AcBodyMap *self);
void       ac_body_map_set_hatched     (AcBodyMap *self,
                                        AcArea     areas);
void       ac_body_map_set_intensity   (AcBodyMap *self,
                                        AcArea     area,
                                        double     value);
void       ac_body_map_clear_intensity (AcBodyMap *self);
AcArea     ac_body_map_area_at         (AcBodyMap *self,
                                        double     x,
                                        double     y);

G_END_DECLS
