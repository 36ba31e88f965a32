/* ac-session.h — one massage session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-enums.h"
#include "ac-record.h"

G_BEGIN_DECLS

#define AC_TYPE_SESSION (ac_session_get_type ())

G_DECLARE_FINAL_TYPE (AcSession, ac_session, AC, SESSION, AcRecord)

AcSession   *ac_session_new            (GDateTime   *start,
                                        int          minutes,
                                        AcPressure   pressure);

GDateTime   *ac_session_get_start      (AcSession   *self);
void         ac_session_set_start      (AcSession   *self,
                                        GDateTime   *start);
void         ac_session_get_local_date (AcSession   *self,
                                        GDate       *date);
int          ac_session_get_minutes    (AcSession   *self);
void         ac_session_set_minutes    (AcSession   *self,
                                        int          minutes);
AcPressure   ac_session_get_pressure   (AcSession   *self);
void         ac_session_set_pressure   (AcSession   *self,
                                        AcPressure   pressure);
AcPurpose    ac_session_get_purpose    (AcSession   *self);
void         ac_session_set_purpose    (AcSession   *self,
                                        AcPurpose    purpose);
const char  *ac_session_get_therapist  (AcSession   *self);
void         ac_session_set_therapist  (AcSession   *self,
                                        const char  *therapist);
AcArea       ac_session_get_areas      (AcSession   *self);
void         ac_session_set_areas      (AcSession   *self,
                                        AcArea       areas);
gboolean     ac_session_get_planned    (AcSession   *self);
void         ac_session_set_planned    (AcSession   *self,
                                        gboolean     planned);
int          ac_session_get_felt       (AcSession   *self);
void         ac_session_set_felt       (AcSession   *self,
                                        int          felt);
const char  *ac_session_get_price      (AcSession   *self);
void         ac_session_set_price      (AcSession   *self,
                                        const char  *price);
const char  *ac_session_get_notes      (AcSession   *self);
void         ac_session_set_notes      (AcSession   *self,
                                        const char  *notes);
guint        ac_session_get_load       (AcSession   *self);
int          ac_session_compare        (gconstpointer a,
                                        gconstpointer b,
                                        gpointer      user_data);

/* What every record has is #AcRecord's; these are its functions, typed. */
static inline const char *ac_session_get_id    (AcSession *self) { return ac_record_get_id (AC_RECORD (self)); }
static inline void        ac_session_set_id    (AcSession *self, const char *id) { ac_record_set_id (AC_RECORD (self), id); }
static inline gboolean    ac_session_is_sealed (AcSession *self) { return ac_record_is_sealed (AC_RECORD (self)); }
static inline AcSession   *ac_session_copy      (AcSession *self) { return (AcSession *) ac_record_copy (AC_RECORD (self)); }
static inline gboolean    ac_session_equal     (AcSession *a, AcSession *b) { return ac_record_equal (AC_RECORD (a), AC_RECORD (b)); }
static inline gboolean    ac_session_validate  (AcSession *self, const char *path, GError **error) { return ac_record_validate (AC_RECORD (self), path, error); }

G_END_DECLS
