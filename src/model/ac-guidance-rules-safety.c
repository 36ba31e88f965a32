/* ac-guidance-rules-safety.c — red flags, screening, and when massage is
 * not the answer
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-safety"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-guidance-private.h"

/* GUIDANCE.md's red-flag list, in its order (the order of AcSymptom's
 * bits). Every body says what to do, as the list's "what to say" does. */
static const AcRule red_flags[] = {
  { "red-flag-leg-swelling", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 0,
    N_("Swelling in one leg"),
    N_("You've noted swelling in one leg. This should be checked by a health "
       "professional today. If you have chest pain or trouble breathing, call "
       "your local emergency number now."),
    NULL, { "NHS: deep vein thrombosis" } },
  { "red-flag-chest-pain-breathless", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 1,
    N_("Chest pain or trouble breathing"),
    N_("You've noted chest pain or trouble breathing. Call your local "
       "emergency number now."),
    NULL, { "NHS: deep vein thrombosis" } },
  { "red-flag-dark-urine", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 2,
    N_("Dark urine"),
    N_("You've noted dark, tea- or cola-coloured urine, or much less urine "
       "than usual. Get urgent care: it can be a sign of muscle breakdown."),
    NULL, { "Yin et al. 2014", "Ernst 2003" } },
  { "red-flag-severe-weakness", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 3,
    N_("Severe pain or weakness"),
    N_("You've noted muscle pain or weakness far worse than expected. Get "
       "urgent care."),
    NULL, { "Yin et al. 2014", "Ernst 2003" } },
  { "red-flag-numbness-tingling", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_GUIDELINE, 4,
    N_("Numbness or tingling"),
    N_("You've noted new numbness, tingling or weakness in a limb. See a "
       "doctor about it."),
    NULL, { "Ernst 2003", "NCCIH" } },
  { "red-flag-saddle-numbness", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 5,
    N_("Numbness around the buttocks or groin"),
    N_("You've noted numbness around the buttocks or genitals, or changes in "
       "your bladder or bowel. Call your local emergency number now."),
    NULL, { "NHS: back pain" } },
  { "red-flag-head-neck-neuro", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 6,
    N_("Headache, dizziness or vision changes"),
    N_("You've noted a sudden severe headache, dizziness, double vision, "
       "slurred speech or poor balance after neck work. Call your local "
       "emergency number now."),
    NULL, { "Ernst 2003", "Yin et al. 2014" } },
  { "red-flag-bruising", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_GUIDELINE, 7,
    N_("Large or unexplained bruising"),
    N_("You've noted large or unexplained bruising. See a doctor, and sooner "
       "if you take blood thinners."),
    NULL, { "Yin et al. 2014", "NCCIH" } },
};

/* GUIDANCE.md's screening list, in its order (AcCondition's bits). */
static const AcRule screenings[] = {
  { "screening-blood-thinners", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 40,
    N_("Blood thinners"),
    N_("Blood thinners make bruising more likely. Check with your doctor "
       "before massage, and tell your therapist so they can keep the "
       "pressure gentle."),
    NULL, { "NCCIH", "Mayo Clinic" } },
  { "screening-bleeding-disorder", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 41,
    N_("Bleeding disorder"),
    N_("With a bleeding disorder, firm pressure can cause bruising. Check "
       "with your doctor before massage, and tell your therapist about it."),
    NULL, { "NCCIH", "Mayo Clinic" } },
  { "screening-dvt-history", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 42,
    N_("History of blood clots"),
    N_("Because you've had a blood clot, check with your doctor before "
       "massage, and tell your therapist so they can take care with your "
       "legs."),
    NULL, { "NHS: deep vein thrombosis", "NCCIH" } },
  { "screening-pregnant", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 43,
    N_("Pregnancy"),
    N_("Check with your midwife or doctor before massage, and tell your "
       "therapist you're pregnant so they can adapt positions and pressure."),
    NULL, { "NCCIH", "Mayo Clinic" } },
  { "screening-cancer", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 44,
    N_("Cancer"),
    N_("Check with your doctor or care team before massage, and tell your "
       "therapist about your treatment so they can adapt the massage."),
    NULL, { "NCCIH", "Mayo Clinic" } },
  { "screening-osteoporosis", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 45,
    N_("Osteoporosis"),
    N_("Check with your doctor before massage, and tell your therapist: "
       "firm pressure may not be safe on fragile bones."),
    NULL, { "NCCIH", "Mayo Clinic" } },
  { "screening-recent-injury", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 46,
    N_("Recent injury"),
    N_("Don't have a fresh sprain or strain massaged for the first 2–3 days. "
       "Check with a doctor or physiotherapist, and tell your therapist where "
       "the injury is."),
    NULL, { "NHS: sprains and strains", "NCCIH" } },
};

static const AcRule referral = {
  "referral-not-improving", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_GUIDELINE, 34,
  N_("Not improving with massage"),
  N_("Your injury doesn't seem to be getting better with massage. It's worth "
     "seeing a doctor or physiotherapist: sometimes a different specialist "
     "can help, and massage can delay the treatment an injury needs."),
  NULL,
  { "NHS: back pain", "NHS: sprains and strains", "NCCIH" },
};

/* red-flag-<symptom>: a check-in in the last 7 days (today - 6 … today)
 * lists the symptom. One item per symptom; its reason names every check-in
 * of those days that lists it. */
static void
rule_red_flags (AcGuidanceContext *ctx)
{
  int from = _ac_guidance_last_checkin_until (ctx, ctx->today_day - AC_RECENT_DAYS) + 1;
  guint all = 0;

  for (guint i = (guint) from; i < ctx->checkins->len; i++)
    all |= ac_checkin_get_symptoms (_ac_guidance_get_checkin (ctx, i));

  for (guint s = 0; s < G_N_ELEMENTS (red_flags); s++)
    {
      guint bit = 1u << s;
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GString) dates = NULL;

      if ((all & bit) == 0)
        continue;

      records = g_ptr_array_new ();
      dates = g_string_new (NULL);
      for (guint i = (guint) from; i < ctx->checkins->len; i++)
        {
          AcCheckin *checkin = _ac_guidance_get_checkin (ctx, i);
          g_autofree char *date = NULL;

          if ((ac_checkin_get_symptoms (checkin) & bit) == 0)
            continue;

          date = _ac_guidance_format_day (ctx, ctx->checkin_days[i]);
          if (dates->len > 0)
            g_string_append (dates, _(", "));
          g_string_append (dates, date);
          g_ptr_array_add (records, checkin);
        }

      _ac_guidance_add_records (ctx, &red_flags[s], NULL,
                                /* Translators: one date, or a list of dates */
                                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "You noted it in your check-in of %s.",
                                                              "You noted it in your check-ins of %s.",
                                                              records->len),
                                                 dates->str),
                                records);
    }
}

/* screening-<condition>: the profile lists the condition. */
static void
rule_screening (AcGuidanceContext *ctx)
{
  AcCondition conditions = ac_profile_get_conditions (ac_journal_get_profile (ctx->journal));

  for (guint c = 0; c < G_N_ELEMENTS (screenings); c++)
    {
      guint bit = 1u << c;

      if ((conditions & bit) == 0)
        continue;

      _ac_guidance_add (ctx, &screenings[c], NULL,
                        /* Translators: a health condition, such as “Blood thinners” */
                        g_strdup_printf (_("Your health profile lists “%s”."),
                                         ac_condition_get_label (bit)),
                        NULL);
    }
}

static double
mean_soreness (AcGuidanceContext *ctx,
               guint32            from,
               guint32            to,
               guint             *n)
{
  double sum = 0;

  *n = 0;
  for (int i = _ac_guidance_last_checkin_until (ctx, from - 1) + 1;
       (guint) i < ctx->checkins->len && ctx->checkin_days[i] <= to;
       i++)
    {
      sum += ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, i));
      (*n)++;
    }

  return *n > 0 ? sum / *n : -1;
}

/* referral-not-improving: ≥ 6 done injury sessions, the first and the last
 * ≥ 28 days apart, and the mean soreness of the latest 14 days (today - 13
 * … today) is not ≥ 2 points below that of the first 14 (the first injury
 * session's day … + 13). Without a check-in in either window there is no
 * mean to compare, and the rule does not fire. */
static void
rule_referral (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = NULL;
  g_autofree char *first_date = NULL;
  g_autofree char *last_date = NULL;
  guint32 first = 0, last = 0;
  double mean_first, mean_last;
  guint n_first, n_last;

  for (guint i = 0; i < ctx->n_done; i++)
    {
      if (ac_session_get_purpose (ctx->done[i].session) != AC_PURPOSE_INJURY)
        continue;
      if (records->len == 0)
        first = ctx->done[i].day;
      last = ctx->done[i].day;
      g_ptr_array_add (records, ctx->done[i].session);
    }

  if (records->len < 6 || last - first < 28)
    return;

  mean_first = mean_soreness (ctx, first, first + 13, &n_first);
  mean_last = mean_soreness (ctx, ctx->today_day - 13, ctx->today_day, &n_last);
  if (n_first == 0 || n_last == 0 || mean_first - mean_last >= 2)
    return;

  first_date = _ac_guidance_format_day (ctx, first);
  last_date = _ac_guidance_format_day (ctx, last);
  reason = g_ptr_array_new_with_free_func (g_free);
  /* Translators: a number of sessions, then two dates */
  g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u injury session from %s to %s.",
                                                         "%u injury sessions from %s to %s.",
                                                         records->len),
                                            records->len, first_date, last_date));
  /* Translators: two mean soreness values, 0–10 */
  g_ptr_array_add (reason, g_strdup_printf (_("Your mean soreness was %.1f in the first 14 days "
                                              "and %.1f in the last 14 days."),
                                            mean_first, mean_last));

  _ac_guidance_add_records (ctx, &referral, NULL, _ac_guidance_join (reason), records);
}

void
_ac_guidance_rules_safety (AcGuidanceContext *ctx)
{
  rule_red_flags (ctx);
  rule_screening (ctx);
  rule_referral (ctx);
}
