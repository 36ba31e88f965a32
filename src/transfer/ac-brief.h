/* ac-brief.h — a one-page brief for a new therapist, and the facts around
 * a warning sign for a doctor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-journal.h"
#include "ac-transfer-enums.h"

G_BEGIN_DECLS

#define AC_TYPE_BRIEF (ac_brief_get_type ())

G_DECLARE_FINAL_TYPE (AcBrief, ac_brief, AC, BRIEF, GObject)

/**
 * AcBriefAudience:
 * @AC_BRIEF_FOR_THERAPIST: one page for a new therapist: conditions, areas
 *   to avoid, notes, how the person responds, the last sessions, any hold
 * @AC_BRIEF_FOR_DOCTOR: one or two pages around the warning signs of the
 *   last 90 days: their dates, the sessions before them, the soreness
 *   around them, the conditions and the clearances
 *
 * Who a brief is for; the words are those of `aftercare-cli brief --for`.
 */
typedef enum
{
  AC_BRIEF_FOR_THERAPIST,
  AC_BRIEF_FOR_DOCTOR,
} AcBriefAudience;

#define AC_BRIEF_ERROR (ac_brief_error_quark ())

/**
 * AcBriefError:
 * @AC_BRIEF_ERROR_NOTHING_TO_REPORT: a doctor's brief was asked for, and
 *   no warning sign was noted, nor a hold on, in the last 90 days
 */
typedef enum
{
  AC_BRIEF_ERROR_NOTHING_TO_REPORT,
} AcBriefError;

/* A warning sign counts for a doctor's brief when it lies in the last
 * this many days, today included. */
#define AC_BRIEF_DOCTOR_DAYS 90

GQuark      ac_brief_error_quark           (void);
const char *ac_brief_audience_to_string    (AcBriefAudience       audience);
gboolean    ac_brief_audience_from_string  (const char           *word,
                                            AcBriefAudience      *audience);

AcBrief    *ac_brief_new                   (AcJournal            *journal,
                                            const GDate          *today);
void        ac_brief_get_today             (AcBrief              *self,
                                            GDate                *today);
gboolean    ac_brief_has_warnings          (AcBrief              *self);
char       *ac_brief_dup_text              (AcBrief              *self);
GBytes     *ac_brief_render_pdf            (AcBrief              *self,
                                            AcBriefAudience       audience,
                                            AcPaper               paper,
                                            GError              **error);
gboolean    ac_brief_write_pdf             (AcBrief              *self,
                                            AcBriefAudience       audience,
                                            AcPaper               paper,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GError              **error);
void        ac_brief_write_pdf_async       (AcBrief              *self,
                                            AcBriefAudience       audience,
                                            AcPaper               paper,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    ac_brief_write_pdf_finish      (AcBrief              *self,
                                            GAsyncResult         *result,
                                            GError              **error);
gboolean    ac_brief_write_text            (AcBrief              *self,
                                            GFile                *file,
                                            GCancellable         *cancellable,
                                            GError              **error);

G_END_DECLS
