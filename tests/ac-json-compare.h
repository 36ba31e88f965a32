/* ac-json-compare.h — whether two json-glib trees are the same, to the bit
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *ac_json_compare (JsonNode *a,
                       JsonNode *b);

G_END_DECLS
