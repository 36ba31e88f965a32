/* ac-source-links.h — the sources under a piece of advice or a tip, each
 * a link to where it can be read
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ac_source_links_show (GtkLabel           *label,
                           const char * const *sources);

G_END_DECLS
