/* ac-accessible-name.h — one name for each button, heard once
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ac_accessible_name_mnemonic_buttons (GtkWidget *root);
void ac_accessible_name_cells            (GtkWidget *root);

G_END_DECLS
