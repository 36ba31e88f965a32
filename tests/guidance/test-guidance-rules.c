/* test-guidance-rules.c — every rule of GUIDANCE.md, each red flag and each
 * screening item: severity, evidence, words and sources, made to fire on a
 * small journal
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-guidance-rules"

#include "config.h"

#include "ac-enum-types.h"
#include "ac-test-journal.h"

/* GUIDANCE.md's source list, each as the advice names it. */
static const char * const guidance_sources[] = {
  "Cambron et al. 2007", "Carnes et al. 2010", "Cleveland Clinic 2024",
  "Palos et al. 2006", "Farrar et al. 2001", "Nosaka et al. 2005",
  "Sherman et al. 2014", "Perlman et al. 2012", "Cherkin et al. 2011",
  "Ernst 2003", "Yin et al. 2014", "Gabbett 2016",
  "NHS: deep vein thrombosis", "NHS: back pain", "NHS: sprains and strains", "NHS: water",
  "Mayo Clinic", "NCCIH",
  NULL
};

/* Red flags, soreness-severe, screening, deep streak and the hold (today
 * 20 Nov). */
static AcJournal *
journal_alarming (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_set_conditions (journal, ac_flags_get_all (AC_TYPE_CONDITION));
  ac_test_add_session_full (journal, "2026-11-05", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-18", 60, "deep", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-19", 60, "deep", NULL, "Ben", FALSE);
  ac_test_add_checkin_symptoms (journal, "2026-11-19", 7, ac_flags_get_all (AC_TYPE_SYMPTOM));
  ac_test_add_checkin (journal, "2026-11-20", 6);

  return journal;
}

/* What the days after a deep session bring, without a hold (today 20 Nov). */
static AcJournal *
journal_after_deep (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session_full (journal, "2026-11-05", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-12", 60, "moderate", NULL, "Ana", FALSE);
  ac_test_add_session_full (journal, "2026-11-19", 60, "deep", NULL, "Ben", FALSE);
  ac_test_add_checkin (journal, "2026-11-19", 5);
  ac_test_add_checkin (journal, "2026-11-20", 4);

  return journal;
}

/* Light 60 minutes every week, then deep 90 (today 20 Nov). */
static AcJournal *
journal_jump (void)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29", "2026-11-05", "2026-11-12" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session (journal, days[i], 60, "light");
  ac_test_add_session (journal, "2026-11-19", 90, "deep");

  return journal;
}

/* Blood thinners and a deep session booked (today 20 Nov). */
static AcJournal *
journal_booking (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS);
  ac_test_add_session (journal, "2026-11-10", 60, "moderate");
  ac_test_add_planned (journal, "2026-11-24", 60, "deep");

  return journal;
}

/* One session (today 25 Nov). */
static AcJournal *
journal_first (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-20", 60, "moderate");

  return journal;
}

/* 56 days between sessions (today 30 Nov). */
static AcJournal *
journal_long_gap (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-09-25", 60, "light");
  ac_test_add_session (journal, "2026-11-20", 60, "light");

  return journal;
}

/* 4 on d 3 and 2 on d 7 (today 27 Nov). */
static AcJournal *
journal_lingering (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-06", 60, "moderate");
  ac_test_add_session (journal, "2026-11-20", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-21", 5);
  ac_test_add_checkin (journal, "2026-11-23", 4);
  ac_test_add_checkin (journal, "2026-11-27", 2);

  return journal;
}

/* A session booked for tomorrow, sore today (today 20 Nov). */
static AcJournal *
journal_still_sore (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-11-18", 60, "deep");
  ac_test_add_checkin (journal, "2026-11-20", 4);
  ac_test_add_planned (journal, "2026-11-21", 60, "moderate");

  return journal;
}

/* 4 sessions in 7 days (today 20 Nov). */
static AcJournal *
journal_frequent (void)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-11-14", "2026-11-16", "2026-11-18", "2026-11-20" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session (journal, days[i], 30, "light");

  return journal;
}

/* Peaks 2, 3 and 4 (today 20 Nov). */
static AcJournal *
journal_rising (void)
{
  AcJournal *journal = ac_test_journal_new ();

  ac_test_add_session (journal, "2026-10-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-10-02", 2);
  ac_test_add_session (journal, "2026-10-20", 60, "moderate");
  ac_test_add_checkin (journal, "2026-10-21", 3);
  ac_test_add_session (journal, "2026-11-01", 60, "moderate");
  ac_test_add_checkin (journal, "2026-11-02", 4);

  return journal;
}

/* 6 weekly injury sessions, soreness 5 then 4 (today 20 Nov). */
static AcJournal *
journal_injury (void)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29", "2026-11-05" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session_full (journal, days[i], 45, "moderate", "injury", NULL, FALSE);
  ac_test_add_checkin (journal, "2026-10-02", 5);
  ac_test_add_checkin (journal, "2026-11-19", 4);

  return journal;
}

/* Gaps of 13, 42 and 20 days (today 20 Nov). */
static AcJournal *
journal_irregular (void)
{
  AcJournal *journal = ac_test_journal_new ();
  const char *days[] = { "2026-08-01", "2026-08-14", "2026-09-25", "2026-10-15" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    ac_test_add_session (journal, days[i], 60, "light");

  return journal;
}

#define INFO             AC_SEVERITY_INFO
#define TIP              AC_SEVERITY_TIP
#define CAUTION          AC_SEVERITY_CAUTION
#define SEE_PROFESSIONAL AC_SEVERITY_SEE_PROFESSIONAL
#define URGENT           AC_SEVERITY_URGENT
#define STUDY            AC_EVIDENCE_STUDY
#define GUIDELINE        AC_EVIDENCE_GUIDELINE
#define PRACTITIONER     AC_EVIDENCE_PRACTITIONER
#define APP_RULE         AC_EVIDENCE_APP_RULE

/* GUIDANCE.md's tables, in their order: id, severity, evidence; then the
 * evidence note, the sources, and a journal and day on which it fires. */
static const struct {
  const char  *id;
  AcSeverity   severity;
  AcEvidence   evidence;
  const char  *evidence_note;
  const char  *sources[5];
  AcJournal *(*journal) (void);
  const char  *today;
} rules[] = {
  { "aftercare-hydrate", TIP, GUIDELINE, NULL,
    { "NHS: water", "Cleveland Clinic 2024" }, journal_after_deep, "2026-11-20" },
  { "aftercare-rest", TIP, PRACTITIONER, NULL,
    { "Cleveland Clinic 2024" }, journal_after_deep, "2026-11-20" },
  { "expect-soreness", INFO, PRACTITIONER, NULL,
    { "Cambron et al. 2007", "Nosaka et al. 2005", "Cleveland Clinic 2024" }, journal_after_deep, "2026-11-20" },
  { "first-session", INFO, PRACTITIONER, NULL,
    { "Cambron et al. 2007", "Nosaka et al. 2005" }, journal_first, "2026-11-25" },
  { "long-gap", INFO, STUDY, "Exercise research, by analogy",
    { "Nosaka et al. 2005" }, journal_long_gap, "2026-11-30" },
  { "soreness-normal", INFO, STUDY, NULL,
    { "Cambron et al. 2007", "Palos et al. 2006" }, journal_after_deep, "2026-11-20" },
  { "soreness-lingering", CAUTION, APP_RULE, NULL,
    { "Cambron et al. 2007", "Palos et al. 2006", "Farrar et al. 2001" }, journal_lingering, "2026-11-27" },
  { "soreness-persistent", SEE_PROFESSIONAL, APP_RULE, NULL,
    { "Carnes et al. 2010", "Farrar et al. 2001" }, journal_lingering, "2026-11-27" },
  { "soreness-severe", SEE_PROFESSIONAL, APP_RULE, NULL,
    { "Palos et al. 2006", "Ernst 2003", "Yin et al. 2014" }, journal_alarming, "2026-11-20" },
  { "overtreat-still-sore", CAUTION, APP_RULE, NULL,
    { "Cambron et al. 2007", "Ernst 2003" }, journal_still_sore, "2026-11-20" },
  { "overtreat-frequency", CAUTION, APP_RULE, NULL,
    { "Sherman et al. 2014", "Perlman et al. 2012", "Ernst 2003" }, journal_frequent, "2026-11-20" },
  { "overtreat-deep-streak", CAUTION, APP_RULE, NULL,
    { "Ernst 2003", "Yin et al. 2014" }, journal_alarming, "2026-11-20" },
  { "overtreat-load", CAUTION, APP_RULE, NULL,
    { "Gabbett 2016", "Sherman et al. 2014" }, journal_jump, "2026-11-20" },
  { "overtreat-rising-peaks", CAUTION, APP_RULE, NULL,
    { "Farrar et al. 2001", "Ernst 2003" }, journal_rising, "2026-11-20" },
  { "referral-not-improving", SEE_PROFESSIONAL, GUIDELINE, NULL,
    { "NHS: back pain", "NHS: sprains and strains", "NCCIH" }, journal_injury, "2026-11-20" },
  { "new-therapist", TIP, PRACTITIONER, NULL,
    { "Mayo Clinic", "NCCIH" }, journal_after_deep, "2026-11-20" },
  { "rhythm-summary", INFO, APP_RULE, NULL,
    { "Sherman et al. 2014", "Perlman et al. 2012" }, journal_after_deep, "2026-11-20" },
  { "rhythm-irregular", TIP, PRACTITIONER, NULL,
    { "Nosaka et al. 2005" }, journal_irregular, "2026-11-20" },
  { "next-session", INFO, APP_RULE, NULL,
    { "Sherman et al. 2014", "Perlman et al. 2012" }, journal_after_deep, "2026-11-20" },
  { "predicted-soreness", INFO, APP_RULE, NULL,
    { "Cambron et al. 2007", "Nosaka et al. 2005" }, journal_still_sore, "2026-11-20" },
  { "booking-check", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic", "NHS: deep vein thrombosis", "NHS: sprains and strains" },
    journal_booking, "2026-11-20" },
  { "hold-massage", URGENT, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },

  { "screening-blood-thinners", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },
  { "screening-bleeding-disorder", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },
  { "screening-dvt-history", CAUTION, GUIDELINE, NULL,
    { "NHS: deep vein thrombosis", "NCCIH" }, journal_alarming, "2026-11-20" },
  { "screening-pregnant", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },
  { "screening-cancer", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },
  { "screening-osteoporosis", CAUTION, GUIDELINE, NULL,
    { "NCCIH", "Mayo Clinic" }, journal_alarming, "2026-11-20" },
  { "screening-recent-injury", CAUTION, GUIDELINE, NULL,
    { "NHS: sprains and strains", "NCCIH" }, journal_alarming, "2026-11-20" },

  { "red-flag-leg-swelling", URGENT, GUIDELINE, NULL,
    { "NHS: deep vein thrombosis" }, journal_alarming, "2026-11-20" },
  { "red-flag-chest-pain-breathless", URGENT, GUIDELINE, NULL,
    { "NHS: deep vein thrombosis" }, journal_alarming, "2026-11-20" },
  { "red-flag-dark-urine", URGENT, GUIDELINE, NULL,
    { "Yin et al. 2014", "Ernst 2003" }, journal_alarming, "2026-11-20" },
  { "red-flag-severe-weakness", URGENT, GUIDELINE, NULL,
    { "Yin et al. 2014", "Ernst 2003" }, journal_alarming, "2026-11-20" },
  { "red-flag-numbness-tingling", SEE_PROFESSIONAL, GUIDELINE, NULL,
    { "Ernst 2003", "NCCIH" }, journal_alarming, "2026-11-20" },
  { "red-flag-saddle-numbness", URGENT, GUIDELINE, NULL,
    { "NHS: back pain" }, journal_alarming, "2026-11-20" },
  { "red-flag-head-neck-neuro", URGENT, GUIDELINE, NULL,
    { "Ernst 2003", "Yin et al. 2014" }, journal_alarming, "2026-11-20" },
  { "red-flag-bruising", SEE_PROFESSIONAL, GUIDELINE, NULL,
    { "Yin et al. 2014", "NCCIH" }, journal_alarming, "2026-11-20" },
};

static void
test_every_rule (void)
{
  /* 22 rules by name, and the two families: one item per screening
   * condition and per red-flag symptom. */
  g_assert_cmpuint (G_N_ELEMENTS (rules), ==,
                    22 + g_bit_nth_msf (ac_flags_get_all (AC_TYPE_CONDITION), -1) + 1
                       + g_bit_nth_msf (ac_flags_get_all (AC_TYPE_SYMPTOM), -1) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(AcJournal) journal = rules[i].journal ();
      g_autoptr(GListModel) advice = ac_test_advice (journal, rules[i].today);
      AcAdvice *item = ac_test_find (advice, rules[i].id);
      const char * const *sources;

      g_test_message ("%s", rules[i].id);
      g_assert_nonnull (item);
      g_assert_cmpstr (ac_severity_to_string (ac_advice_get_severity (item)), ==,
                       ac_severity_to_string (rules[i].severity));
      g_assert_cmpstr (ac_evidence_to_string (ac_advice_get_evidence (item)), ==,
                       ac_evidence_to_string (rules[i].evidence));
      g_assert_cmpstr (ac_advice_get_evidence_note (item), ==, rules[i].evidence_note);
      g_assert_cmpstr (ac_advice_get_title (item), !=, "");
      g_assert_cmpstr (ac_advice_get_body (item), !=, "");
      g_assert_cmpstr (ac_advice_get_reason (item), !=, "");

      sources = ac_advice_get_sources (item);
      g_assert_cmpstrv (sources, rules[i].sources);
      for (guint s = 0; sources[s] != NULL; s++)
        g_assert_true (g_strv_contains (guidance_sources, sources[s]));

      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (rules[j].id, !=, rules[i].id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guidance/rules/every-rule", test_every_rule);

  return g_test_run ();
}
