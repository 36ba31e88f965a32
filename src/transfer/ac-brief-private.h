/* ac-brief-private.h — the briefs, shared by their files
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ac-brief.c                the object: a snapshot of the journal, and
 *                           writing the briefs
 * ac-brief-therapist.c      what the therapist's brief says, and its
 *                           sentences, for the PDF and the text alike
 * ac-brief-therapist-page.c the therapist's page
 * ac-brief-text.c           the therapist's brief as plain text
 * ac-brief-page.c           what the pages of both share
 * ac-brief-figure.c         the front and back figure, areas hatched
 * ac-brief-doctor.c         what the doctor's brief says
 * ac-brief-doctor-page.c    the doctor's pages
 */

#pragma once

#include "ac-body-shapes-private.h"
#include "ac-brief.h"
#include "ac-report-private.h"

G_BEGIN_DECLS

/* How the person responds to one pressure, from their own data
 * (GUIDANCE.md, "Peak", "Usual recovery"). */
typedef struct
{
  guint n_sessions;  /* done sessions of the pressure with attributed check-ins */
  int   worst;       /* the usual peak plus the baseline, 0–10; -1: too few */
  int   days;        /* the usual days to recover; -1: too few */
} AcBriefResponse;

/* "Usual" needs this many sessions with the measure, as GUIDANCE.md's
 * usual recovery does. */
#define AC_BRIEF_MIN_SESSIONS 3

/* How many sessions the brief lists, newest first. */
#define AC_BRIEF_LAST_SESSIONS 3

/* What the therapist's brief says, in the PDF and in the text alike. */
typedef struct
{
  GDate            today;
  AcCondition      conditions;
  AcArea           avoid_areas;
  char            *notes;                         /* never NULL */
  char            *hold_title;                    /* NULL: no hold */
  int              baseline;                      /* 0–10 */
  AcBriefResponse  response[AC_N_PRESSURES];
  guint            n_deep;                        /* deep sessions with sore areas named */
  guint            deep_areas[AC_BODY_N_AREAS];   /* of them, how many name each area */
  GPtrArray       *last_sessions;                 /* AcSession, newest first */
} AcBriefTherapist;

AcBriefTherapist *_ac_brief_therapist_new        (AcJournal              *journal,
                                                  const GDate            *today);
void              _ac_brief_therapist_free       (AcBriefTherapist       *therapist);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcBriefTherapist, _ac_brief_therapist_free)

const char       *_ac_brief_condition_for_massage (AcCondition            condition);
char             *_ac_brief_response_sentence    (const AcBriefTherapist *therapist,
                                                  AcPressure              pressure);
GPtrArray        *_ac_brief_response_items       (const AcBriefTherapist *therapist);
char             *_ac_brief_baseline_sentence    (const AcBriefTherapist *therapist);
char             *_ac_brief_deep_areas_sentence  (const AcBriefTherapist *therapist);
char             *_ac_brief_areas_text           (AcArea                  areas);
char             *_ac_brief_felt_text            (AcSession              *session);
char             *_ac_brief_prepared_text        (const GDate            *today);

/* ac-brief-therapist-page.c */
GBytes           *_ac_brief_therapist_render     (AcBriefTherapist       *therapist,
                                                  AcReportInput          *input,
                                                  GError                **error);

/* ac-brief-text.c */
char             *_ac_brief_therapist_text       (AcBriefTherapist       *therapist);

/* ac-brief-page.c */
#define AC_BRIEF_FONT_HEADING AC_REPORT_FONT " Bold 12"

typedef struct
{
  char *date;
  char *length;
  char *pressure;
  char *areas;
} AcBriefSessionCells;

void              _ac_brief_heading              (AcReport               *r,
                                                  const char             *text);
void              _ac_brief_plain                (AcReport               *r,
                                                  const char             *text,
                                                  guint32                 color,
                                                  double                  gap);
void              _ac_brief_draw_title           (AcReport               *r,
                                                  const char             *title,
                                                  const char             *intro);
const char       *_ac_brief_pressure_label       (guint                   value);
const char       *_ac_brief_area_label_at        (guint                   index);
void              _ac_brief_session_cells_init   (AcBriefSessionCells    *cells,
                                                  AcSession              *session);
void              _ac_brief_session_cells_clear  (AcBriefSessionCells    *cells);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AcBriefSessionCells, _ac_brief_session_cells_clear)

/* ac-brief-figure.c: draws at canvas->y, returns the height drawn. */
double            _ac_brief_draw_figure          (AcReportCanvas         *canvas,
                                                  double                  x,
                                                  double                  width,
                                                  AcArea                  hatched);

/* The warning signs that a doctor's brief is about: red-flag symptoms
 * noted in a check-in, and the hold's rules (GUIDANCE.md, the hold). */
typedef enum
{
  AC_BRIEF_RULE_SEVERE     = 1 << 0,  /* soreness-severe */
  AC_BRIEF_RULE_PERSISTENT = 1 << 1,  /* soreness-persistent */
  AC_BRIEF_RULE_REFERRAL   = 1 << 2,  /* referral-not-improving */
} AcBriefRule;

#define AC_BRIEF_N_RULES 3

typedef struct
{
  GDate      date;
  AcSymptom  symptoms;   /* noted in that day's check-in */
  guint      rules;      /* AcBriefRule: the hold's rules it made fire */
  int        soreness;   /* that day's check-in, or -1 */
  gboolean   earlier;    /* a rule already held on the first of the 90 days */
} AcBriefWarning;

/* Warning signs at most 14 days apart, and the sessions from 14 days
 * before the first to the last. */
typedef struct
{
  guint      first;      /* index of its first warning */
  guint      n_warnings;
  GDate      from;
  GPtrArray *sessions;   /* AcSession, done, by start */
} AcBriefEpisode;

#define AC_BRIEF_DAYS_BEFORE 14

typedef struct
{
  GDate        today;
  GDate        first_day;    /* of the 90 days */
  AcCondition  conditions;
  char        *hold_title;   /* today's, or NULL */
  GArray      *warnings;     /* AcBriefWarning, by date */
  GArray      *episodes;     /* AcBriefEpisode, by date */
  GPtrArray   *clearances;   /* AcClearance of the 90 days, by date */
  GDate        chart_from;
  GDate        chart_to;
} AcBriefDoctor;

AcBriefDoctor    *_ac_brief_doctor_new           (AcJournal              *journal,
                                                  const GDate            *today);
void              _ac_brief_doctor_free          (AcBriefDoctor          *doctor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AcBriefDoctor, _ac_brief_doctor_free)

const char       *_ac_brief_rule_to_string       (AcBriefRule             rule);
const char       *_ac_brief_rule_get_label       (AcBriefRule             rule);

/* ac-brief-doctor-page.c */
GBytes           *_ac_brief_doctor_render        (AcBriefDoctor          *doctor,
                                                  AcReportInput          *input,
                                                  GError                **error);

G_END_DECLS
