/* test-guidance-model.c — AcRecovery, AcStats, AcAdvice, the tips library
 * and the advice vocabularies
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-model"

#include "config.h"

#include "ac-enum-types.h"
#include "ac-recovery.h"
#include "ac-test-journal.h"
#include "ac-tips.h"

static AcRecovery *
recovery_for (AcJournal  *journal,
              const char *today)
{
  GDate day;

  ac_test_date (today, &day);
  return ac_recovery_new (journal, &day);
}

static void
test_recovery_curve (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  const AcRecoveryPoint *points;
  AcSession *session;
  guint n_points, index;
  GDate date;

  session = ac_test_add_session (journal, "2026-11-10", 60, "deep");
  /* A quiet evening, then delayed soreness: recovered on d 3, not d 0. */
  ac_test_add_checkin (journal, "2026-11-10", 0);
  ac_test_add_checkin (journal, "2026-11-11", 5);
  ac_test_add_checkin (journal, "2026-11-12", 2);
  ac_test_add_checkin (journal, "2026-11-13", 1);
  ac_test_add_checkin (journal, "2026-11-15", 0);
  /* Not known yet on 14 Nov. */
  recovery = recovery_for (journal, "2026-11-14");

  g_assert_cmpuint (ac_recovery_get_n_sessions (recovery), ==, 1);
  g_assert_true (ac_recovery_get_session (recovery, 0) == session);
  points = ac_recovery_get_points (recovery, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 4);
  for (guint i = 0; i < n_points; i++)
    {
      g_assert_cmpint (points[i].day, ==, (int) i);
      g_assert_nonnull (points[i].checkin);
      g_assert_cmpint (points[i].soreness, ==, ac_checkin_get_soreness (points[i].checkin));
    }
  g_assert_cmpint (ac_recovery_get_peak (recovery, 0), ==, 5);
  g_assert_cmpint (ac_recovery_get_days_to_recover (recovery, 0), ==, 3);

  g_assert_true (ac_recovery_lookup_session (recovery, session, &index));
  g_assert_cmpuint (index, ==, 0);
  ac_test_date ("2026-11-09", &date);
  g_assert_false (ac_recovery_find_session_for_date (recovery, &date, NULL));
  ac_test_date ("2026-11-30", &date);
  g_assert_true (ac_recovery_find_session_for_date (recovery, &date, &index));
  g_assert_cmpuint (index, ==, 0);
  ac_recovery_get_today (recovery, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 14);
}

static void
test_recovery_unknown (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  AcSession *planned;
  guint n_points;

  ac_test_add_session (journal, "2026-11-01", 60, "light");
  ac_test_add_session (journal, "2026-11-10", 60, "light");
  ac_test_add_checkin (journal, "2026-11-15", 0);
  ac_test_add_session (journal, "2026-11-20", 60, "light");
  ac_test_add_checkin (journal, "2026-11-21", 3);
  planned = ac_test_add_planned (journal, "2026-11-30", 60, "light");
  recovery = recovery_for (journal, "2026-11-22");

  g_assert_cmpuint (ac_recovery_get_n_sessions (recovery), ==, 3);
  /* No check-in at all. */
  g_assert_null (ac_recovery_get_points (recovery, 0, &n_points));
  g_assert_cmpuint (n_points, ==, 0);
  g_assert_cmpint (ac_recovery_get_peak (recovery, 0), ==, -1);
  g_assert_cmpint (ac_recovery_get_days_to_recover (recovery, 0), ==, -1);
  /* Only d 5: no peak, recovered by d 5. */
  g_assert_cmpint (ac_recovery_get_peak (recovery, 1), ==, -1);
  g_assert_cmpint (ac_recovery_get_days_to_recover (recovery, 1), ==, 5);
  /* Still sore. */
  g_assert_cmpint (ac_recovery_get_peak (recovery, 2), ==, 3);
  g_assert_cmpint (ac_recovery_get_days_to_recover (recovery, 2), ==, -1);
  /* Planned sessions are not in the analysis. */
  g_assert_false (ac_recovery_lookup_session (recovery, planned, NULL));
}

static void
test_recovery_profile (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcRecovery) recovery = NULL;
  guint n;

  ac_test_add_session (journal, "2026-11-01", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-02", 4);
  ac_test_add_checkin (journal, "2026-11-03", 1);
  ac_test_add_session (journal, "2026-11-10", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-11", 6);
  ac_test_add_checkin (journal, "2026-11-17", 2);
  ac_test_add_checkin (journal, "2026-11-18", 0);
  recovery = recovery_for (journal, "2026-11-20");

  g_assert_cmpfloat (ac_recovery_get_profile_mean (recovery, AC_PRESSURE_DEEP, 1, &n), ==, 5);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (ac_recovery_get_profile_mean (recovery, AC_PRESSURE_DEEP, 2, &n), ==, 1);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (ac_recovery_get_profile_mean (recovery, AC_PRESSURE_DEEP, 7, &n), ==, 2);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (ac_recovery_get_profile_mean (recovery, AC_PRESSURE_DEEP, 0, &n), ==, -1);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (ac_recovery_get_profile_mean (recovery, AC_PRESSURE_LIGHT, 1, &n), ==, -1);
  g_assert_cmpuint (n, ==, 0);

  g_assert_cmpfloat (ac_recovery_get_median_peak (recovery, AC_PRESSURE_DEEP, &n), ==, 5);
  g_assert_cmpuint (n, ==, 2);
  /* Recovered on d 2 and d 8. */
  g_assert_cmpfloat (ac_recovery_get_median_days_to_recover (recovery, AC_PRESSURE_DEEP, &n), ==, 5);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (ac_recovery_get_median_days_to_recover (recovery, AC_PRESSURE_LIGHT, &n), ==, -1);
}

static void
test_stats (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcStats) stats = NULL;
  g_autoptr(AcStats) copy = NULL;

  /* Today 20 Nov: 22 Oct is day 30, 21 Oct is not; 23 Aug is day 90. */
  ac_test_add_session (journal, "2026-08-22", 30, "deep");
  ac_test_add_session (journal, "2026-08-23", 30, "deep");
  ac_test_add_session (journal, "2026-10-21", 60, "light");
  ac_test_add_session (journal, "2026-10-22", 90, "light");
  ac_test_add_session (journal, "2026-11-05", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-06", 3);
  ac_test_add_checkin (journal, "2026-11-07", 1);
  ac_test_add_planned (journal, "2026-11-26", 60, "deep");

  stats = ac_test_stats (journal, "2026-11-20");
  g_assert_cmpuint (stats->n_sessions, ==, 5);
  g_assert_cmpuint (stats->n_planned, ==, 1);
  g_assert_cmpuint (stats->sessions_last_30_days, ==, 2);
  g_assert_cmpuint (stats->sessions_last_90_days, ==, 4);
  /* Gaps 1, 59, 1, 14: median 7.5. */
  g_assert_cmpfloat (stats->median_gap_days, ==, 7.5);
  g_assert_cmpfloat (stats->typical_minutes, ==, 60);
  /* Deep 3, light 2. */
  g_assert_cmpint (stats->typical_pressure, ==, AC_PRESSURE_DEEP);
  g_assert_cmpuint (stats->acute_load, ==, 0);
  /* The 28 days start on 24 Oct. */
  g_assert_cmpfloat (stats->chronic_load, ==, 180 / 4.0);
  g_assert_cmpfloat (stats->load_ratio, ==, 0);
  g_assert_cmpfloat (stats->median_days_to_recover[AC_PRESSURE_DEEP], ==, 2);
  g_assert_cmpuint (stats->n_days_to_recover[AC_PRESSURE_DEEP], ==, 1);
  g_assert_false (g_date_valid (&stats->suggested_next));
  g_assert_cmpint (g_date_get_day (&stats->next_planned), ==, 26);
  /* One deep session with a peak: too few to expect anything from. */
  g_assert_cmpint (stats->predicted_soreness, ==, -1);
  g_assert_cmpuint (stats->predicted_soreness_sessions, ==, 1);
  /* Fewer than 5 check-ins away from sessions. */
  g_assert_cmpint (stats->baseline, ==, 0);

  copy = g_boxed_copy (AC_TYPE_STATS, stats);
  g_assert_cmpmem (copy, sizeof *copy, stats, sizeof *stats);
}

static void
test_stats_typical_pressure_tie (void)
{
  g_autoptr(AcJournal) journal = ac_test_journal_new ();
  g_autoptr(AcStats) stats = NULL;

  /* One each: the most recent wins. */
  ac_test_add_session (journal, "2026-11-01", 60, "deep");
  ac_test_add_session (journal, "2026-11-08", 60, "light");
  ac_test_add_session (journal, "2026-11-15", 60, "moderate");
  stats = ac_test_stats (journal, "2026-11-20");
  g_assert_cmpint (stats->typical_pressure, ==, AC_PRESSURE_MODERATE);
}

static void
test_advice_object (void)
{
  const char *sources[] = { "Gabbett 2016", NULL };
  const char *sessions[] = { "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f", NULL };
  g_autoptr(AcAdvice) advice = ac_advice_new ("overtreat-load", AC_SEVERITY_CAUTION,
                                              AC_EVIDENCE_APP_RULE, "Title", "Body", "Reason",
                                              sources, sessions, NULL);
  g_autofree char *id = NULL;
  g_auto(GStrv) got = NULL;
  AcSeverity severity;

  g_assert_cmpstr (ac_advice_get_id (advice), ==, "overtreat-load");
  g_assert_cmpint (ac_advice_get_severity (advice), ==, AC_SEVERITY_CAUTION);
  g_assert_cmpint (ac_advice_get_evidence (advice), ==, AC_EVIDENCE_APP_RULE);
  g_assert_cmpint (ac_advice_get_group (advice), ==, AC_ADVICE_GROUP_WATCH_OUT);
  g_assert_cmpstr (ac_advice_get_title (advice), ==, "Title");
  g_assert_cmpstr (ac_advice_get_body (advice), ==, "Body");
  g_assert_cmpstr (ac_advice_get_reason (advice), ==, "Reason");
  g_assert_null (ac_advice_get_evidence_note (advice));
  g_assert_cmpstrv (ac_advice_get_sources (advice), sources);
  g_assert_cmpstrv (ac_advice_get_session_ids (advice), sessions);
  g_assert_cmpuint (g_strv_length ((char **) ac_advice_get_checkin_ids (advice)), ==, 0);
  g_assert_false (ac_advice_is_alert (advice));

  g_object_get (advice, "id", &id, "severity", &severity, "sources", &got, NULL);
  g_assert_cmpstr (id, ==, "overtreat-load");
  g_assert_cmpint (severity, ==, AC_SEVERITY_CAUTION);
  g_assert_cmpstrv (got, sources);

  g_assert_finalize_object (g_steal_pointer (&advice));
}

static void
test_advice_groups (void)
{
  const struct { const char *id; AcAdviceGroup group; } map[] = {
    { "aftercare-hydrate", AC_ADVICE_GROUP_RIGHT_NOW },
    { "aftercare-rest", AC_ADVICE_GROUP_RIGHT_NOW },
    { "expect-soreness", AC_ADVICE_GROUP_RIGHT_NOW },
    { "first-session", AC_ADVICE_GROUP_BEFORE_NEXT },
    { "long-gap", AC_ADVICE_GROUP_BEFORE_NEXT },
    { "soreness-normal", AC_ADVICE_GROUP_RIGHT_NOW },
    { "soreness-lingering", AC_ADVICE_GROUP_RIGHT_NOW },
    { "soreness-persistent", AC_ADVICE_GROUP_RIGHT_NOW },
    { "soreness-severe", AC_ADVICE_GROUP_RIGHT_NOW },
    { "overtreat-still-sore", AC_ADVICE_GROUP_WATCH_OUT },
    { "overtreat-frequency", AC_ADVICE_GROUP_WATCH_OUT },
    { "overtreat-deep-streak", AC_ADVICE_GROUP_WATCH_OUT },
    { "overtreat-load", AC_ADVICE_GROUP_WATCH_OUT },
    { "overtreat-rising-peaks", AC_ADVICE_GROUP_WATCH_OUT },
    { "referral-not-improving", AC_ADVICE_GROUP_WATCH_OUT },
    { "new-therapist", AC_ADVICE_GROUP_BEFORE_NEXT },
    { "rhythm-summary", AC_ADVICE_GROUP_RHYTHM },
    { "rhythm-irregular", AC_ADVICE_GROUP_RHYTHM },
    { "next-session", AC_ADVICE_GROUP_RHYTHM },
    { "predicted-soreness", AC_ADVICE_GROUP_BEFORE_NEXT },
    { "screening-pregnant", AC_ADVICE_GROUP_WATCH_OUT },
    { "red-flag-bruising", AC_ADVICE_GROUP_RIGHT_NOW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    g_assert_cmpint (ac_advice_group_for_id (map[i].id), ==, map[i].group);

  g_assert_cmpstr (ac_advice_group_get_title (AC_ADVICE_GROUP_RIGHT_NOW), ==, "Right now");
  g_assert_cmpstr (ac_advice_group_get_title (AC_ADVICE_GROUP_WATCH_OUT), ==, "Watch out");
  g_assert_cmpstr (ac_advice_group_get_title (AC_ADVICE_GROUP_RHYTHM), ==, "Your rhythm");
  g_assert_cmpstr (ac_advice_group_get_title (AC_ADVICE_GROUP_BEFORE_NEXT), ==, "Before your next session");
}

static void
test_vocabularies (void)
{
  const char *severities[] = { "info", "tip", "caution", "see-professional", "urgent" };
  const char *evidence[] = { "study", "guideline", "practitioner", "app-rule" };
  const char *groups[] = { "right-now", "watch-out", "rhythm", "before-next" };

  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    {
      AcSeverity severity;

      g_assert_cmpstr (ac_severity_to_string (i), ==, severities[i]);
      g_assert_true (ac_severity_from_string (severities[i], &severity));
      g_assert_cmpint (severity, ==, i);
      g_assert_nonnull (ac_severity_get_label (i));
    }
  for (guint i = 0; i < G_N_ELEMENTS (evidence); i++)
    {
      AcEvidence e;

      g_assert_cmpstr (ac_evidence_to_string (i), ==, evidence[i]);
      g_assert_true (ac_evidence_from_string (evidence[i], &e));
      g_assert_cmpint (e, ==, i);
      g_assert_nonnull (ac_evidence_get_label (i));
    }
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    g_assert_cmpstr (ac_advice_group_to_string (i), ==, groups[i]);

  g_assert_false (ac_severity_from_string ("alarming", &(AcSeverity) { 0 }));
  g_assert_cmpstr (ac_tip_verdict_to_string (AC_TIP_VERDICT_NOT_SUPPORTED), ==, "not-supported");
  g_assert_true (g_str_has_prefix (ac_advice_get_disclaimer (), "General information only."));
}

static void
test_tips (void)
{
  g_autoptr(GListModel) tips = ac_tips_get_library ();
  g_autoptr(AcTip) first = NULL;
  g_autoptr(AcTip) toxins = NULL;

  g_assert_true (g_list_model_get_item_type (tips) == AC_TYPE_TIP);
  /* Every row of GUIDANCE.md's tips table. */
  g_assert_cmpuint (g_list_model_get_n_items (tips), ==, 10);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(AcTip) tip = g_list_model_get_item (tips, i);

      g_assert_cmpstr (ac_tip_get_id (tip), !=, "");
      g_assert_cmpstr (ac_tip_get_title (tip), !=, "");
      g_assert_cmpstr (ac_tip_get_evidence_note (tip), !=, "");
      g_assert_nonnull (ac_tip_get_sources (tip)[0]);
    }

  first = g_list_model_get_item (tips, 0);
  g_assert_cmpstr (ac_tip_get_title (first), ==, "Soreness is usually gone in 2–3 days");
  g_assert_cmpint (ac_tip_get_verdict (first), ==, AC_TIP_VERDICT_HOLDS);

  toxins = g_list_model_get_item (tips, 5);
  g_assert_cmpstr (ac_tip_get_id (toxins), ==, "flush-toxins");
  g_assert_cmpstr (ac_tip_get_title (toxins), ==, "Drink water to flush toxins");
  g_assert_cmpstr (ac_tip_get_evidence_note (toxins), ==, "A myth: drink to thirst.");
  g_assert_cmpint (ac_tip_get_evidence (toxins), ==, AC_EVIDENCE_GUIDELINE);
  g_assert_cmpint (ac_tip_get_verdict (toxins), ==, AC_TIP_VERDICT_NOT_SUPPORTED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/model/recovery-curve", test_recovery_curve);
  g_test_add_func ("/guidance/model/recovery-unknown", test_recovery_unknown);
  g_test_add_func ("/guidance/model/recovery-profile", test_recovery_profile);
  g_test_add_func ("/guidance/model/stats", test_stats);
  g_test_add_func ("/guidance/model/stats-typical-pressure-tie", test_stats_typical_pressure_tie);
  g_test_add_func ("/guidance/model/advice-object", test_advice_object);
  g_test_add_func ("/guidance/model/advice-groups", test_advice_groups);
  g_test_add_func ("/guidance/model/vocabularies", test_vocabularies);
  g_test_add_func ("/guidance/model/tips", test_tips);

  return g_test_run ();
}
