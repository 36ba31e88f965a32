/* ac-price.h — what a session cost, as the journal writes it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most digits after the decimal point a price may have. */
#define AC_PRICE_MAX_DECIMALS 3

gboolean ac_price_parse    (const char *text,
                            gint64     *minor_units,
                            int        *decimals,
                            char        currency[4]);
gboolean ac_price_is_valid (const char *text);

G_END_DECLS
