/* ac-checkin.h — one day's soreness check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_CHECKIN (ac_checkin_get_type ())

G_DECLARE_FINAL_TYPE (AcCheckin, ac_checkin, AC, CHECKIN, GObject)

AcCheckin   *ac_checkin_new            (const GDate  *date,
                                        int           soreness);
AcCheckin   *ac_checkin_copy           (AcCheckin    *self);
gboolean     ac_checkin_equal          (AcCheckin    *a,
                                        AcCheckin    *b);
gboolean     ac_checkin_validate       (AcCheckin    *self,
                                        const char   *path,
                                        GError      **error);
gboolean     ac_checkin_is_sealed      (AcCheckin    *self);

const char  *ac_checkin_get_id         (AcCheckin    *self);
void         ac_checkin_set_id         (AcCheckin    *self,
                                        const char   *id);
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
const char  *ac_checkin_get_notes      (AcCheckin    *self);
void         ac_checkin_set_notes      (AcCheckin    *self,
                                        const char   *notes);
int          ac_checkin_compare        (gconstpointer a,
                                        gconstpointer b,
                                        gpointer      user_data);

G_END_DECLS
