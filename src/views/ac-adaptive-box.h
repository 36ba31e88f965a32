/* ac-adaptive-box.h — two children side by side when there is room,
 * stacked when there is not
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AC_TYPE_ADAPTIVE_BOX (ac_adaptive_box_get_type ())

G_DECLARE_FINAL_TYPE (AcAdaptiveBox, ac_adaptive_box, AC, ADAPTIVE_BOX, GtkWidget)

GtkWidget  *ac_adaptive_box_new             (void);
GtkWidget  *ac_adaptive_box_get_start_child (AcAdaptiveBox *self);
void        ac_adaptive_box_set_start_child (AcAdaptiveBox *self,
                                             GtkWidget     *child);
GtkWidget  *ac_adaptive_box_get_end_child   (AcAdaptiveBox *self);
void        ac_adaptive_box_set_end_child   (AcAdaptiveBox *self,
                                             GtkWidget     *child);
int         ac_adaptive_box_get_breakpoint  (AcAdaptiveBox *self);
void        ac_adaptive_box_set_breakpoint  (AcAdaptiveBox *self,
                                             int            breakpoint);
int         ac_adaptive_box_get_end_width   (AcAdaptiveBox *self);
void        ac_adaptive_box_set_end_width   (AcAdaptiveBox *self,
                                             int            end_width);
int         ac_adaptive_box_get_spacing     (AcAdaptiveBox *self);
void        ac_adaptive_box_set_spacing     (AcAdaptiveBox *self,
                                             int            spacing);
gboolean    ac_adaptive_box_get_wide        (AcAdaptiveBox *self);

G_END_DECLS
