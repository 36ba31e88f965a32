/* ac-json-reader-private.h — a fast reader for plain, strict JSON
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *_ac_json_read (const char *data,
                         gsize       length);

G_END_DECLS
