/* ac-sources.h — where each source GUIDANCE.md names can be read
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *ac_source_get_uri (const char *source);

G_END_DECLS
