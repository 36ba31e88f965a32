/* ac-hold-banner.h — the banner every view shows while a hold is on
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_HOLD_BANNER (ac_hold_banner_get_type ())

G_DECLARE_FINAL_TYPE (AcHoldBanner, ac_hold_banner, AC, HOLD_BANNER, GtkWidget)

GtkWidget *ac_hold_banner_new         (AcContext    *context);
gboolean   ac_hold_banner_get_revealed (AcHoldBanner *self);

G_END_DECLS
