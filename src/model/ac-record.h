/* ac-record.h — what every record of a journal is
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define AC_TYPE_RECORD (ac_record_get_type ())

/* An optional 0–10 member (felt, stress, sleep) that was not given. */
#define AC_SCALE_UNSET (-1)

G_DECLARE_DERIVABLE_TYPE (AcRecord, ac_record, AC, RECORD, GObject)

/**
 * AcRecordClass:
 * @copy_members: copies the subclass's own members from @self into @copy,
 *   a new unsealed record of the same type (the base copies the id and
 *   the unknown members)
 * @equal_members: whether the subclass's own members of @a and @b, two
 *   records of the same type, are the same (the base compares the ids)
 * @validate_members: checks the subclass's own members against the rules
 *   of the journal format (the base checks the id), naming @path in the
 *   message
 *
 * A record of the journal: sessions and check-ins, and any later kind,
 * which subclasses this and fills in these three functions. The codec,
 * the merge and the journal's id table handle every kind through them.
 */
struct _AcRecordClass
{
  GObjectClass parent_class;

  void     (*copy_members)     (AcRecord    *self,
                                AcRecord    *copy);
  gboolean (*equal_members)    (AcRecord    *a,
                                AcRecord    *b);
  gboolean (*validate_members) (AcRecord    *self,
                                const char  *path,
                                GError     **error);

  /*< private >*/
  gpointer padding[8];
};

const char *ac_record_get_id    (AcRecord    *self);
void        ac_record_set_id    (AcRecord    *self,
                                 const char  *id);
gboolean    ac_record_is_sealed (AcRecord    *self);
AcRecord   *ac_record_copy      (AcRecord    *self);
gboolean    ac_record_equal     (AcRecord    *a,
                                 AcRecord    *b);
gboolean    ac_record_validate  (AcRecord    *self,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
