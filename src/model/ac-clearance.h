/* ac-clearance.h — a note that a warning symptom or hold rule was checked
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-record.h"

G_BEGIN_DECLS

#define AC_TYPE_CLEARANCE (ac_clearance_get_type ())

G_DECLARE_FINAL_TYPE (AcClearance, ac_clearance, AC, CLEARANCE, AcRecord)

AcClearance *ac_clearance_new            (const GDate   *date,
                                          const char    *what);

const GDate *ac_clearance_get_date       (AcClearance   *self);
void         ac_clearance_set_date       (AcClearance   *self,
                                          const GDate   *date);
guint32      ac_clearance_get_julian     (AcClearance   *self);
const char  *ac_clearance_get_what       (AcClearance   *self);
void         ac_clearance_set_what       (AcClearance   *self,
                                          const char    *what);
const char  *ac_clearance_get_note       (AcClearance   *self);
void         ac_clearance_set_note       (AcClearance   *self,
                                          const char    *note);
gboolean     ac_clearance_is_valid_what  (const char    *what);
char        *ac_clearance_dup_valid_whats (void);
int          ac_clearance_compare        (gconstpointer  a,
                                          gconstpointer  b,
                                          gpointer       user_data);

/* What every record has is #AcRecord's; these are its functions, typed. */
static inline const char  *ac_clearance_get_id    (AcClearance *self) { return ac_record_get_id (AC_RECORD (self)); }
static inline void         ac_clearance_set_id    (AcClearance *self, const char *id) { ac_record_set_id (AC_RECORD (self), id); }
static inline gboolean     ac_clearance_is_sealed (AcClearance *self) { return ac_record_is_sealed (AC_RECORD (self)); }
static inline AcClearance *ac_clearance_copy      (AcClearance *self) { return (AcClearance *) ac_record_copy (AC_RECORD (self)); }
static inline gboolean     ac_clearance_equal     (AcClearance *a, AcClearance *b) { return ac_record_equal (AC_RECORD (a), AC_RECORD (b)); }
static inline gboolean     ac_clearance_validate  (AcClearance *self, const char *path, GError **error) { return ac_record_validate (AC_RECORD (self), path, error); }

G_END_DECLS
