/* ac-guidance-private.h — what the guidance engine's files share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-advice.h"
#include "ac-guidance.h"
#include "ac-hold.h"
#include "ac-recovery-private.h"

G_BEGIN_DECLS

/* Thresholds of GUIDANCE.md. */
#define AC_LONG_GAP_DAYS          56   /* long-gap, expect-soreness */
#define AC_MODERATE_SORENESS       4   /* lingering, still-sore: excess */
#define AC_SEVERE_SORENESS         7   /* soreness-severe */
#define AC_ACUTE_LOAD_MIN        120   /* overtreat-load */
#define AC_RECENT_DAYS             7   /* red flags; soreness rules speak of now */
#define AC_NEXT_GAP_MIN            7   /* next-session clamp */
#define AC_NEXT_GAP_MAX           28
#define AC_LOAD_HISTORY_DAYS      34   /* overtreat-load: a done session this long ago */
#define AC_LOAD_WEEKS             12   /* overtreat-load: the weeks before the last 7 days */
#define AC_RED_FLAG_PRESENT_DAYS   2   /* red flags speak in the present on d 0–1 */
#define AC_HOLD_AHEAD_DAYS        14   /* hold-massage, booking-check: today … today + 14 */
#define AC_INJURY_COURSE_GAP      28   /* referral-not-improving: a longer break ends a course */
#define AC_PREDICTED_HIGH          7   /* predicted-soreness speaks as a caution */
#define AC_PERSISTENT_EXCESS       2   /* soreness-persistent; a real change */
#define AC_PERSISTENT_DAY          7   /* soreness-persistent: d 7–14 */

/* One rule of GUIDANCE.md's table (or one member of a family: a screening
 * condition, a red-flag symptom). Strings are N_() and translated when an
 * item is made. */
typedef struct
{
  const char  *id;
  AcSeverity   severity;
  AcEvidence   evidence;
  int          rank;           /* order among items of the same severity */
  const char  *title;
  const char  *body;           /* NULL when the rule writes its own */
  const char  *evidence_note;  /* or NULL */
  const char  *sources[5];
} AcRule;

/* A planned session, on or after today. */
typedef struct
{
  AcSession *session;          /* borrowed from the journal */
  guint32    day;              /* its local date, as a Julian day */
} AcGuidanceSession;

/* What the soreness rules find (ac-guidance-rules-soreness.c, where the
 * reading is): the latest session with attributed check-ins in the last
 * 7 days, and what its check-ins say. Points are NULL when nothing
 * qualifies. */
typedef struct
{
  const AcRecoveryEntry *entry;          /* that session, or NULL */
  const AcRecoveryPoint *points;         /* its attributed check-ins */
  guint                  n_points;
  guint                  current_from;   /* the first point that speaks of now */
  const AcRecoveryPoint *lingering;      /* the latest lingering point */
  const AcRecoveryPoint *late;           /* persistent: d 7–14 and excess ≥ 2 */
  const AcRecoveryPoint *rise_from;      /* persistent: a rise of 2 or more */
  const AcRecoveryPoint *rise_to;
  int                    usual_days;     /* usual recovery for its pressure, or -1 */
  guint                  usual_sessions; /* … the earlier sessions it rests on */
} AcGuidanceSoreness;

/* How the suggested next date came about, for the next-session reason. */
typedef struct
{
  gboolean   valid;
  guint32    day;
  int        gap;              /* the median gap, rounded */
  int        clamped_gap;      /* … clamped to 7–28 days */
  gboolean   from_today;       /* that date had passed: today instead */
  int        rising_push;      /* days added for overtreat-rising-peaks */
  int        sore_push;        /* days moved while overtreat-still-sore would fire */
  int        sore_checkin;     /* … the check-in that held it back, or -1 */
  guint32    sore_day;         /* … the first date it held back */
} AcGuidanceNext;

/* How predicted-soreness was reached. */
typedef struct
{
  gboolean   valid;            /* a session is planned */
  int        value;            /* -1 when there is nothing to go by */
  double     median;           /* median peak (excess) for that pressure, or -1 */
  guint      n_sessions;       /* the sessions of that pressure with a peak */
  int        latest_peak;      /* rising peaks: the latest peak used, or -1 */
  int        gap;              /* days since the latest session, or -1 */
  gboolean   long_gap;
  int        floor_checkin;    /* still sore before it: the check-in, or -1 */
  gboolean   clamped;          /* the number went past 10 */
} AcGuidancePrediction;

/* The hold of GUIDANCE.md, decided once the soreness rules have run (see
 * ac-guidance-hold.c). */
typedef struct
{
  gboolean    on;
  AcSeverity  severity;        /* the highest of its causes; INFO when off */
  GPtrArray  *causes;          /* WHAT ids (const char *, the items' ids), advice order */
  GArray     *postponed;       /* AcGuidanceSession: planned today … today + 14 */
} AcGuidanceHold;

/* One advice item as the engine keeps it until the list is made. */
typedef struct
{
  AcAdvice   *advice;
  AcSeverity  severity;
  int         rank;
  guint32     latest_checkin;  /* the latest of its check-ins' days, or 0 */
} AcGuidanceItem;

/* Everything the rules read, computed once per call: the recovery
 * analysis, the planned sessions, the check-ins up to today and the
 * statistics. Days are Julian day numbers, so `d` is a subtraction. */
typedef struct
{
  AcJournal              *journal;
  GDate                   today;
  guint32                 today_day;
  AcRecovery             *recovery;
  const AcRecoveryEntry  *done;          /* done sessions, by local date */
  guint                   n_done;
  GPtrArray              *checkins;      /* AcCheckin up to today, by date */
  const guint32          *checkin_days;
  GArray                 *planned;       /* AcGuidanceSession, by date */
  AcStats                *stats;
  guint                   load_28;       /* load of the last 28 days */
  AcGuidanceSoreness      soreness;
  AcGuidanceNext          next;
  AcGuidancePrediction    prediction;
  GPtrArray              *items;         /* AcGuidanceItem: the advice so far */
  GHashTable             *cleared;       /* WHAT → the latest clearance's day */
  AcGuidanceHold          hold;
  int                     baseline;      /* GUIDANCE.md's baseline (ac-recovery.c) */
  gboolean                lingering;     /* soreness-lingering fires */
} AcGuidanceContext;

void                     _ac_guidance_add                (AcGuidanceContext     *ctx,
                                                          const AcRule          *rule,
                                                          char                  *body,
                                                          char                  *reason,
                                                          ...) G_GNUC_NULL_TERMINATED;
void                     _ac_guidance_add_records        (AcGuidanceContext     *ctx,
                                                          const AcRule          *rule,
                                                          char                  *body,
                                                          char                  *reason,
                                                          GPtrArray             *records);

const AcRecoveryEntry   *_ac_guidance_get_latest         (AcGuidanceContext     *ctx);
const AcGuidanceSession *_ac_guidance_get_next_planned   (AcGuidanceContext     *ctx);
guint                    _ac_guidance_first_done_from    (AcGuidanceContext     *ctx,
                                                          guint32                day);
int                      _ac_guidance_last_checkin_until (AcGuidanceContext     *ctx,
                                                          guint32                day);
AcCheckin               *_ac_guidance_get_checkin        (AcGuidanceContext     *ctx,
                                                          int                    index);
gboolean                 _ac_guidance_is_sore_before     (AcGuidanceContext     *ctx,
                                                          guint32                day,
                                                          int                   *checkin_index);
gboolean                 _ac_guidance_is_recent          (AcGuidanceContext     *ctx,
                                                          guint32                day);
gboolean                 _ac_guidance_has_item           (AcGuidanceContext     *ctx,
                                                          const char            *id);

char                    *_ac_guidance_format_day         (AcGuidanceContext     *ctx,
                                                          guint32                day);
const char              *_ac_pressure_word               (AcPressure             pressure);
char                    *_ac_guidance_describe_when      (AcGuidanceContext     *ctx,
                                                          const AcRecoveryEntry *entry);
char                    *_ac_guidance_describe_point     (AcGuidanceContext     *ctx,
                                                          const AcRecoveryEntry *entry,
                                                          const AcRecoveryPoint *point);
char                    *_ac_guidance_describe_checkin   (AcGuidanceContext     *ctx,
                                                          int                    index);
char                    *_ac_guidance_join               (GPtrArray             *sentences);
char                    *_ac_guidance_join_list          (GPtrArray             *phrases);
char                    *_ac_guidance_describe_session   (AcGuidanceContext     *ctx,
                                                          AcSession             *session,
                                                          guint32                day);
int                      _ac_round                       (double                 value);

/* ac-guidance-stats.c */
void                     _ac_guidance_compute_stats      (AcGuidanceContext     *ctx);
void                     _ac_guidance_compute_next       (AcGuidanceContext     *ctx);
void                     _ac_guidance_compute_prediction (AcGuidanceContext     *ctx);

/* ac-guidance-rules-soreness.c */
void                     _ac_guidance_find_soreness      (AcGuidanceContext     *ctx);
void                     _ac_guidance_add_baseline       (AcGuidanceContext     *ctx,
                                                          GPtrArray             *reason);

/* ac-guidance-rules-peaks.c */
const AcRecoveryEntry   *_ac_guidance_get_latest_peak    (AcGuidanceContext     *ctx);

/* ac-guidance-hold.c */
void                     _ac_guidance_read_clearances    (AcGuidanceContext     *ctx);
guint32                  _ac_guidance_get_cleared_until  (AcGuidanceContext     *ctx,
                                                          const char            *what);
void                     _ac_guidance_find_hold          (AcGuidanceContext     *ctx);
gboolean                 _ac_guidance_is_hold_on         (AcGuidanceContext     *ctx);
void                     _ac_guidance_apply_hold         (AcGuidanceContext     *ctx);
void                     _ac_guidance_collect_causes     (AcGuidanceContext     *ctx);
const char              *_ac_guidance_describe_cause     (const char            *what);
AcHold                  *_ac_guidance_make_hold          (AcGuidanceContext     *ctx);

/* ac-guidance-rules-*.c */
void                     _ac_guidance_rules_aftercare    (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_soreness     (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_load         (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_peaks        (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_rhythm       (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_safety       (AcGuidanceContext     *ctx);
void                     _ac_guidance_rules_booking      (AcGuidanceContext     *ctx);

G_END_DECLS
