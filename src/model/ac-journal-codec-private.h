/* ac-journal-codec-private.h — what the journal codec's files share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ac-journal-private.h"
#include "ac-record-private.h"

G_BEGIN_DECLS

#define AC_JOURNAL_FORMAT_NAME "aftercare-journal"

/* Unknown members are kept as their own text: each is a string node
 * holding the member's value as the file wrote it, JSON text that the
 * encoder writes back as it stands. */

/* What decoding the records of one file shares. Errors are about a
 * place in the text; its line is worked out only when one is told. */
typedef struct
{
  const char *data;    /* the whole text */
  gsize       length;
  GHashTable *ids;     /* id → path of its first use, both owned */
  GHashTable *days;    /* julian day → index of its check-in */
  const char *where;   /* what the last error is about */
} AcDecoder;

/* The kinds of record a file lists, in the order of their lists. */
typedef enum
{
  AC_RECORD_KIND_SESSION,
  AC_RECORD_KIND_CHECKIN,
  AC_RECORD_KIND_CLEARANCE,
  AC_N_RECORD_KINDS
} AcRecordKind;

/* The members of a record or the profile, as read: known
 * ones by index (NULL when missing or null), with where they start. */
enum { AC_RECORD_MAX_MEMBERS = 11 };

typedef struct
{
  JsonNode   *nodes[AC_RECORD_MAX_MEMBERS];
  const char *at[AC_RECORD_MAX_MEMBERS];
  const char *object_at;
  JsonObject *extra;
} AcMembers;

extern const char * const _ac_session_members[];
extern const char * const _ac_checkin_members[];
extern const char * const _ac_clearance_members[];
extern const char * const _ac_record_lists[];
extern const char * const * const _ac_record_members[];
extern const char * const _ac_profile_members[];

void        _ac_decoder_init            (AcDecoder     *dec,
                                         const char    *data,
                                         gsize          length);
void        _ac_decoder_clear           (AcDecoder     *dec);
void        _ac_members_clear           (AcMembers     *members);
int         _ac_member_index            (const char * const *names,
                                         const char    *name);
const char *_ac_describe_node           (JsonNode      *node);
gboolean    _ac_decoder_fail            (AcDecoder     *dec,
                                         const char    *at,
                                         GError       **error,
                                         const char    *where,
                                         const char    *format,
                                         ...) G_GNUC_PRINTF (5, 6);
gboolean    _ac_decoder_wrong_type      (AcDecoder     *dec,
                                         const char    *at,
                                         JsonNode      *node,
                                         const char    *where,
                                         const char    *expected,
                                         GError       **error);
gpointer    _ac_decode_record           (AcDecoder     *dec,
                                         AcMembers     *members,
                                         AcRecordKind   kind,
                                         guint          index,
                                         GError       **error);
AcProfile  *_ac_decode_profile          (AcDecoder     *dec,
                                         AcMembers     *members,
                                         GError       **error);
AcJournal  *_ac_journal_assemble        (guint          version,
                                         GPtrArray     *sessions,
                                         GPtrArray     *checkins,
                                         GPtrArray     *clearances,
                                         AcProfile     *profile,
                                         JsonObject    *extra);

G_END_DECLS
