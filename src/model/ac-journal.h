/* ac-journal.h — the user's sessions, check-ins and profile
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-checkin.h"
#include "ac-clearance.h"
#include "ac-error.h"
#include "ac-profile.h"
#include "ac-session.h"

G_BEGIN_DECLS

#define AC_TYPE_JOURNAL (ac_journal_get_type ())

/* The version of the journal format this Aftercare reads and writes. */
#define AC_JOURNAL_FORMAT_VERSION 2

G_DECLARE_FINAL_TYPE (AcJournal, ac_journal, AC, JOURNAL, GObject)

/**
 * AcJournalChangeFlags:
 * @AC_JOURNAL_CHANGE_DEFAULT: refuse a check-in that would drop a symptom
 * @AC_JOURNAL_CHANGE_DROP_SYMPTOMS: the person said to drop the symptoms
 *   the replaced check-in lists
 */
typedef enum
{
  AC_JOURNAL_CHANGE_DEFAULT       = 0,
  AC_JOURNAL_CHANGE_DROP_SYMPTOMS = 1 << 0,
} AcJournalChangeFlags;

AcJournal   *ac_journal_new                     (void);
GFile       *ac_journal_get_default_file        (void);

GListModel  *ac_journal_get_sessions            (AcJournal            *self);
GListModel  *ac_journal_get_checkins            (AcJournal            *self);
GListModel  *ac_journal_get_clearances          (AcJournal            *self);
AcProfile   *ac_journal_get_profile             (AcJournal            *self);
gboolean     ac_journal_is_empty                (AcJournal            *self);
gboolean     ac_journal_get_read_only           (AcJournal            *self);
guint        ac_journal_get_file_version        (AcJournal            *self);
guint64      ac_journal_get_generation          (AcJournal            *self);

gboolean     ac_journal_add_session             (AcJournal            *self,
                                                 AcSession            *session,
                                                 GError              **error);
gboolean     ac_journal_update_session          (AcJournal            *self,
                                                 AcSession            *session,
                                                 GError              **error);
gboolean     ac_journal_add_checkin             (AcJournal            *self,
                                                 AcCheckin            *checkin,
                                                 GError              **error);
gboolean     ac_journal_update_checkin          (AcJournal            *self,
                                                 AcCheckin            *checkin,
                                                 GError              **error);
gboolean     ac_journal_add_checkin_full        (AcJournal            *self,
                                                 AcCheckin            *checkin,
                                                 AcJournalChangeFlags  flags,
                                                 GError              **error);
gboolean     ac_journal_update_checkin_full     (AcJournal            *self,
                                                 AcCheckin            *checkin,
                                                 AcJournalChangeFlags  flags,
                                                 GError              **error);
AcSymptom    ac_journal_get_dropped_symptoms    (AcJournal            *self,
                                                 AcCheckin            *checkin);
gboolean     ac_journal_add_clearance           (AcJournal            *self,
                                                 AcClearance          *clearance,
                                                 GError              **error);
gboolean     ac_journal_update_clearance        (AcJournal            *self,
                                                 AcClearance          *clearance,
                                                 GError              **error);
gboolean     ac_journal_remove                  (AcJournal            *self,
                                                 const char           *id,
                                                 GError              **error);
gboolean     ac_journal_set_conditions          (AcJournal            *self,
                                                 AcCondition           conditions,
                                                 GError              **error);
gboolean     ac_journal_set_avoid_areas         (AcJournal            *self,
                                                 AcArea                areas,
                                                 GError              **error);
gboolean     ac_journal_set_therapist_notes     (AcJournal            *self,
                                                 const char           *notes,
                                                 GError              **error);

AcSession   *ac_journal_lookup_session          (AcJournal            *self,
                                                 const char           *id);
AcCheckin   *ac_journal_lookup_checkin          (AcJournal            *self,
                                                 const char           *id);
AcClearance *ac_journal_lookup_clearance        (AcJournal            *self,
                                                 const char           *id);
AcCheckin   *ac_journal_lookup_checkin_for_date (AcJournal            *self,
                                                 const GDate          *date);

/* Files: ac-journal-storage.c */
GFile       *ac_journal_get_file                (AcJournal            *self);
AcJournal   *ac_journal_load                    (GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
void         ac_journal_load_async              (GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
AcJournal   *ac_journal_load_finish             (GAsyncResult         *result,
                                                 GError              **error);
gboolean     ac_journal_save                    (AcJournal            *self,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
void         ac_journal_save_async              (AcJournal            *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean     ac_journal_save_finish             (AcJournal            *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
/**
 * AcJournalChangeFunc:
 * @journal: a journal just read from its file
 * @user_data: the data given with the function
 * @error: where to say why the change cannot be made
 *
 * Makes one change to @journal (adds a record, removes one, …).
 *
 * Returns: %TRUE if made; on error @journal is unchanged
 */
typedef gboolean (*AcJournalChangeFunc)         (AcJournal            *journal,
                                                 gpointer              user_data,
                                                 GError              **error);
AcJournal   *ac_journal_save_change             (AcJournal            *self,
                                                 AcJournalChangeFunc   change,
                                                 gpointer              user_data,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
gboolean     ac_journal_has_unsaved_changes     (AcJournal            *self);
GFile       *ac_journal_get_backup_file         (AcJournal            *self);

/* JSON text: ac-journal-stream.c reads it, ac-journal-encode.c writes it */
AcJournal   *ac_journal_new_from_data           (const char           *data,
                                                 gssize                length,
                                                 const char           *source_name,
                                                 GError              **error);
char        *ac_journal_to_data                 (AcJournal            *self,
                                                 gsize                *length);

G_END_DECLS
