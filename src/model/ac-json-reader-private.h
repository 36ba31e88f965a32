/* ac-json-reader-private.h — a strict JSON reader (RFC 8259), walked as a
 * cursor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Lists and objects nest at most this deep (DESIGN.md); a journal needs
 * four levels. */
#define AC_JSON_MAX_DEPTH 64

typedef enum
{
  AC_JSON_OK = 0,
  /* Not JSON: the text is at fault. */
  AC_JSON_SYNTAX,
  /* Lists and objects nested deeper than AC_JSON_MAX_DEPTH. */
  AC_JSON_TOO_DEEP,
  /* JSON that Aftercare cannot keep (a string holding U+0000, half of a
   * surrogate pair, a number too large): the value is at fault, and the
   * message is about it, for the caller to name the field. */
  AC_JSON_UNKEEPABLE,
} AcJsonProblem;

typedef struct _AcJsonReader AcJsonReader;

AcJsonReader *_ac_json_reader_new          (const char    *data,
                                            gsize          length);
void          _ac_json_reader_free         (AcJsonReader  *reader);
AcJsonProblem _ac_json_reader_get_problem  (AcJsonReader  *reader,
                                            const char   **position,
                                            const char   **message);
const char   *_ac_json_reader_get_position (AcJsonReader  *reader);
char          _ac_json_reader_peek         (AcJsonReader  *reader);
gboolean      _ac_json_reader_begin_object (AcJsonReader  *reader);
gboolean      _ac_json_reader_begin_array  (AcJsonReader  *reader);
gboolean      _ac_json_reader_next_member  (AcJsonReader  *reader,
                                            const char   **name);
gboolean      _ac_json_reader_next_element (AcJsonReader  *reader);
gboolean      _ac_json_reader_take_null    (AcJsonReader  *reader);
JsonNode     *_ac_json_reader_read_value   (AcJsonReader  *reader);
gboolean      _ac_json_reader_skip_value   (AcJsonReader  *reader,
                                            const char   **text,
                                            gsize         *length);
gboolean      _ac_json_reader_at_end       (AcJsonReader  *reader);

void          _ac_json_position_to_line    (const char    *data,
                                            const char    *position,
                                            guint         *line,
                                            guint         *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcJsonReader, _ac_json_reader_free)

G_END_DECLS
