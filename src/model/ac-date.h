/* ac-date.h — calendar dates as the journal writes them
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  ac_date_parse_iso      (const char  *text,
                                  GDate       *date);
char     *ac_date_format_iso     (const GDate *date);
void      ac_date_set_date_time  (GDate       *date,
                                  GDateTime   *time);

G_END_DECLS
