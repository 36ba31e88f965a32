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

typedef struct _AcJsonReader AcJsonReader;

AcJsonReader *_ac_json_reader_new          (const char    *data,
                                            gsize          length);
void          _ac_json_reader_free         (AcJsonReader  *reader);
gboolean      _ac_json_reader_failed       (AcJsonReader  *reader);
gboolean      _ac_json_reader_begin_object (AcJsonReader  *reader);
gboolean      _ac_json_reader_begin_array  (AcJsonReader  *reader);
gboolean      _ac_json_reader_next_member  (AcJsonReader  *reader,
                                            const char   **name);
gboolean      _ac_json_reader_next_element (AcJsonReader  *reader);
gboolean      _ac_json_reader_take_null    (AcJsonReader  *reader);
JsonNode     *_ac_json_reader_read_value   (AcJsonReader  *reader);
gboolean      _ac_json_reader_at_end       (AcJsonReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcJsonReader, _ac_json_reader_free)

G_END_DECLS
