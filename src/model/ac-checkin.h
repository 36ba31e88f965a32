/* ac-checkin.h — one day's soreness check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-enums.h"
#include "ac-record.h"

G_BEGIN_DECLS

#define AC_TYPE_CHECKIN (ac_checkin_get_type ())

G_DECLARE_FINAL_TYPE (AcCheckin, ac_checkin, AC, CHECKIN, AcRecord)

AcCheckin   *ac_checkin_new            (const GDate  *date,
                                        int           soreness);

const GDate *ac_checkin_get_date       (AcCheckin    *self);
void         ac_checkin_set_date       (AcCheckin    *self,
                                        const GDate  *date);
guint32      ac_checkin_get_julian     (AcCheckin    *self);
int          ac_checkin_get_soreness   (AcCheckin    *self);
void         ac_checkin_set_soreness   (AcCheckin    *self,
                                        int           soreness);
AcArea       ac_checkin_get_areas      (AcCheckin    *self);
void         ac_checkin_set_areas      (AcCheckin    *self,
                                        AcArea        areas);
AcSymptom    ac_checkin_get_symptoms   (AcCheckin    *self);
void         ac_checkin_set_symptoms   (AcCheckin    *self,
                                        AcSymptom     symptoms);
int          ac_checkin_get_stress     (AcCheckin    *self);
void         ac_checkin_set_stress     (AcCheckin    *self,
                                        int           stress);
int          ac_checkin_get_sleep      (AcCheckin    *self);
void         ac_checkin_set_sleep      (AcCheckin    *self,
                                        int           sleep);
const char  *ac_checkin_get_notes      (AcCheckin    *self);
void         ac_checkin_set_notes      (AcCheckin    *self,
                                        const char   *notes);
int          ac_checkin_compare        (gconstpointer a,
                                        gconstpointer b,
                                        gpointer      user_data);
gboolean     ac_checkin_validate_day   (AcCheckin    *self,
                                        const GDate  *today,
                                        GError      **error);

/* What every record has is #AcRecord's; these are its functions, typed. */
static inline const char *ac_checkin_get_id    (AcCheckin *self) { return ac_record_get_id (AC_RECORD (self)); }
static inline void        ac_checkin_set_id    (AcCheckin *self, const char *id) { ac_record_set_id (AC_RECORD (self), id); }
static inline gboolean    ac_checkin_is_sealed (AcCheckin *self) { return ac_record_is_sealed (AC_RECORD (self)); }
static inline AcCheckin  *ac_checkin_copy      (AcCheckin *self) { return (AcCheckin *) ac_record_copy (AC_RECORD (self)); }
static inline gboolean    ac_checkin_equal     (AcCheckin *a, AcCheckin *b) { return ac_record_equal (AC_RECORD (a), AC_RECORD (b)); }
static inline gboolean    ac_checkin_validate  (AcCheckin *self, const char *path, GError **error) { return ac_record_validate (AC_RECORD (self), path, error); }

G_END_DECLS
