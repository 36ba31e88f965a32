/* ac-accessible-names.h — what a screen reader hears, for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char    *ac_accessible_names_get_name          (GtkWidget  *widget);
gboolean ac_accessible_names_is_presented      (GtkWidget  *widget);
char    *ac_accessible_names_check_tree        (GtkWidget  *root,
                                                guint      *n_checked);
void     ac_accessible_names_assert_tree       (GtkWidget  *root,
                                                const char *what);

G_END_DECLS
