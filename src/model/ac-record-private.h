/* ac-record-private.h — what the journal and its codec share about records
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ac-checkin.h"
#include "ac-clearance.h"
#include "ac-profile.h"
#include "ac-record.h"
#include "ac-session.h"

G_BEGIN_DECLS

/* Notes and therapist names hold at most this many characters. */
#define AC_TEXT_MAX_CHARS 4000
#define AC_MINUTES_MIN 1
#define AC_MINUTES_MAX 600
#define AC_SORENESS_MAX 10
#define AC_YEAR_MIN 1000
#define AC_YEAR_MAX 9999
/* felt, stress and sleep: 0–10, or AC_SCALE_UNSET when not told. */
#define AC_SCALE_MAX 10

/* A sealed record belongs to a journal and never changes again, so a
 * snapshot of the journal is a list of references that a worker thread may
 * read while the main thread goes on. */
void        _ac_record_seal          (AcRecord    *self);
void        _ac_record_take_id       (AcRecord    *self,
                                      char        *id);

/* Members of the file that this version does not know, written back as
 * they were read. */
JsonObject *_ac_record_get_extra     (AcRecord    *self);
void        _ac_record_set_extra     (AcRecord    *self,
                                      JsonObject  *extra);

/* For records read from a file: no random id to throw away. */
AcSession   *_ac_session_new_with_id   (const char  *id,
                                        GDateTime   *start,
                                        int          minutes,
                                        AcPressure   pressure);
AcCheckin   *_ac_checkin_new_with_id   (const char  *id,
                                        const GDate *date,
                                        int          soreness);
AcClearance *_ac_clearance_new_with_id (const char  *id,
                                        const GDate *date,
                                        const char  *what);

JsonObject *_ac_profile_get_extra    (AcProfile   *self);
AcProfile  *_ac_profile_new_full     (AcCondition  conditions,
                                      JsonObject  *extra);
void        _ac_profile_seal         (AcProfile   *self);

guint       _ac_id_hash              (gconstpointer id);
gboolean    _ac_id_equal             (gconstpointer a,
                                      gconstpointer b);
gboolean    _ac_validate_id          (const char  *id,
                                      const char  *path,
                                      GError     **error);
gboolean    _ac_validate_text        (const char  *text,
                                      const char  *path,
                                      const char  *field,
                                      GError     **error);
gboolean    _ac_validate_areas       (AcArea       areas,
                                      const char  *path,
                                      GError     **error);
gboolean    _ac_validate_area_field  (AcArea       areas,
                                      const char  *path,
                                      const char  *field,
                                      GError     **error);
gboolean    _ac_validate_scale       (int          value,
                                      const char  *path,
                                      const char  *field,
                                      GError     **error);
gboolean    _ac_validate_price       (const char  *price,
                                      const char  *path,
                                      GError     **error);
gboolean    _ac_validate_year        (int          year,
                                      const char  *path,
                                      const char  *field,
                                      GError     **error);
char       *_ac_field_path           (const char  *path,
                                      const char  *field);

G_END_DECLS
