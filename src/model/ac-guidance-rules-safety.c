/* ac-guidance-rules-safety.c — red flags, screening, and when massage is
 * not the answer
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-safety"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-guidance-private.h"

/* GUIDANCE.md's red-flag list, in its order (the rank). Every body says
 * what to do, as the list's "what to say" does: in the present for the
 * first 2 days, then of the past ("You noted … on <the latest check-in
 * that lists it>.", then past_body), one level lower but never below
 * see-professional. */
typedef struct
{
  AcSymptom    symptom;
  AcRule       rule;
  const char  *past_body;
} AcRedFlag;

static const AcRedFlag red_flags[] = {
  { AC_SYMPTOM_CHEST_PAIN_BREATHLESS,
    { "red-flag-chest-pain-breathless", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 0,
      N_("Chest pain or trouble breathing"),
      N_("You've noted chest pain or trouble breathing. Call your local "
         "emergency number now."),
      NULL, { "NHS: deep vein thrombosis" } },
    N_("If you haven't had this checked, do so today. If it comes back, "
       "call your local emergency number.") },
  { AC_SYMPTOM_HEAD_NECK_NEURO,
    { "red-flag-head-neck-neuro", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 1,
      N_("Headache, dizziness or vision changes"),
      N_("You've noted a sudden severe headache, dizziness, double vision, "
         "slurred speech or poor balance after neck work. Call your local "
         "emergency number now."),
      NULL, { "Ernst 2003", "Yin et al. 2014" } },
    N_("If you haven't had this checked, do so today. If it comes back, "
       "call your local emergency number.") },
  { AC_SYMPTOM_SADDLE_NUMBNESS,
    { "red-flag-saddle-numbness", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 2,
      N_("Numbness around the buttocks or groin"),
      N_("You've noted numbness around the buttocks or genitals, or changes in "
         "your bladder or bowel. Call your local emergency number now."),
      NULL, { "NHS: back pain" } },
    N_("If you haven't had this checked, do so today.") },
  { AC_SYMPTOM_LEG_SWELLING,
    { "red-flag-leg-swelling", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 3,
      N_("Swelling in one leg"),
      N_("You've noted swelling in one leg. This should be checked by a health "
         "professional today. If you have chest pain or trouble breathing, call "
         "your local emergency number now."),
      NULL, { "NHS: deep vein thrombosis" } },
    N_("If you haven't had this checked, do so today. If you have chest "
       "pain or trouble breathing, call your local emergency number now.") },
  { AC_SYMPTOM_DARK_URINE,
    { "red-flag-dark-urine", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 4,
      N_("Dark urine"),
      N_("You've noted dark, tea- or cola-coloured urine, or much less urine "
         "than usual. Get urgent care: it can be a sign of muscle breakdown. "
         "Avoid hard exercise until it has been checked."),
      NULL, { "Yin et al. 2014", "Ernst 2003" } },
    N_("If you haven't had this checked, do so today, and avoid hard "
       "exercise until you have.") },
  { AC_SYMPTOM_SEVERE_WEAKNESS,
    { "red-flag-severe-weakness", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 5,
      N_("Severe pain or weakness"),
      N_("You've noted muscle pain or weakness far worse than expected. Get "
         "urgent care."),
      NULL, { "Yin et al. 2014", "Ernst 2003" } },
    N_("If you haven't had this checked, do so today.") },
  { AC_SYMPTOM_NUMBNESS_TINGLING,
    { "red-flag-numbness-tingling", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_GUIDELINE, 6,
      N_("Numbness or tingling"),
      N_("You've noted new numbness, tingling or weakness in a limb. See a "
         "doctor about it."),
      NULL, { "Ernst 2003", "NCCIH" } },
    N_("If you haven't had this checked, see a doctor about it.") },
  { AC_SYMPTOM_BRUISING,
    { "red-flag-bruising", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_GUIDELINE, 7,
      N_("Large or unexplained bruising"),
      N_("You've noted large or unexplained bruising. See a doctor about it."),
      NULL, { "Yin et al. 2014", "NCCIH" } },
    N_("If you haven't had this checked, see a doctor about it.") },
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

/* The body of a red flag: the present or the past one, and for bruising
 * with blood thinners in the profile, "sooner". */
static char *
red_flag_body (AcGuidanceContext *ctx,
               const AcRedFlag   *flag,
               gboolean           present,
               guint32            latest)
{
  const char *what = flag->rule.id + strlen ("red-flag-");
  const char *past_body = _(flag->past_body);
  g_autofree char *date = NULL;
  g_autofree char *noted = NULL;
  gboolean thinners = ac_profile_has_condition (ac_journal_get_profile (ctx->journal),
                                                AC_CONDITION_BLOOD_THINNERS);

  if (flag->symptom == AC_SYMPTOM_BRUISING && thinners)
    {
      if (present)
        return g_strdup (_("You've noted large or unexplained bruising. See a doctor about "
                           "it — sooner, since you take blood thinners."));
      past_body = _("If you haven't had this checked, see a doctor about it soon, since "
                    "you take blood thinners.");
    }

  if (present)
    return g_strdup (_(flag->rule.body));

  date = _ac_guidance_format_day (ctx, latest);
  /* Translators: a symptom, "swelling in one leg", then a date; another
   * sentence follows */
  noted = g_strdup_printf (_("You noted %s on %s."), _ac_guidance_describe_cause (what), date);
  return g_strconcat (noted, " ", past_body, NULL);
}

/* One red flag: the check-ins of the last 7 days that list @flag's symptom
 * and are not cleared. The latest of them sets the phase. */
static void
add_red_flag (AcGuidanceContext *ctx,
              const AcRedFlag   *flag,
              guint              from)
{
  const char *what = flag->rule.id + strlen ("red-flag-");
  guint32 cleared = _ac_guidance_get_cleared_until (ctx, what);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GString) dates = g_string_new (NULL);
  AcRule rule = flag->rule;
  guint32 latest = 0;
  gboolean present;

  for (guint i = from; i < ctx->checkins->len; i++)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, i);
      g_autofree char *date = NULL;

      if ((ac_checkin_get_symptoms (checkin) & flag->symptom) == 0 || ctx->checkin_days[i] <= cleared)
        continue;

      date = _ac_guidance_format_day (ctx, ctx->checkin_days[i]);
      if (dates->len > 0)
        g_string_append (dates, _(", "));
      g_string_append (dates, date);
      g_ptr_array_add (records, checkin);
      latest = ctx->checkin_days[i];
    }

  if (records->len == 0)
    return;

  present = ctx->today_day - latest < AC_RED_FLAG_PRESENT_DAYS;
  if (!present)
    rule.severity = MAX (rule.severity - 1, AC_SEVERITY_SEE_PROFESSIONAL);

  _ac_guidance_add_records (ctx, &rule, red_flag_body (ctx, flag, present, latest),
                            /* Translators: one date, or a list of dates */
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "You noted it in your check-in of %s.",
                                                          "You noted it in your check-ins of %s.",
                                                          records->len),
                                             dates->str),
                            records);
}

/* red-flag-<symptom>: a check-in in the last 7 days (today - 6 … today)
 * lists the symptom, and no clearance of it is dated on or after that
 * check-in. One item per symptom; its reason names every such check-in. */
static void
rule_red_flags (AcGuidanceContext *ctx)
{
  int from = _ac_guidance_last_checkin_until (ctx, ctx->today_day - AC_RECENT_DAYS) + 1;
  guint all = 0;

  for (guint i = (guint) from; i < ctx->checkins->len; i++)
    all |= ac_checkin_get_symptoms (_ac_guidance_get_checkin (ctx, i));

  for (guint s = 0; s < G_N_ELEMENTS (red_flags); s++)
    if ((all & red_flags[s].symptom) != 0)
      add_red_flag (ctx, &red_flags[s], (guint) from);
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

/* The mean soreness of the check-ins of @from … @to; they go in @records
 * when it is not %NULL. */
static double
mean_soreness (AcGuidanceContext *ctx,
               guint32            from,
               guint32            to,
               guint             *n,
               GPtrArray         *records)
{
  double sum = 0;

  *n = 0;
  for (int i = _ac_guidance_last_checkin_until (ctx, from - 1) + 1;
       (guint) i < ctx->checkins->len && ctx->checkin_days[i] <= to;
       i++)
    {
      sum += ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, i));
      (*n)++;
      if (records != NULL)
        g_ptr_array_add (records, _ac_guidance_get_checkin (ctx, i));
    }

  return *n > 0 ? sum / *n : -1;
}

/* referral-not-improving: ≥ 6 done injury sessions over ≥ 28 days, and
 * the mean soreness of the latest 14 days (today - 13 … today) is not ≥ 2
 * points below that of the first 14 (the first injury session's day …
 * + 13). Without a check-in in either window there is no mean to compare,
 * and the rule does not fire.
 *
 * The injury sessions are those of the current course of treatment: the
 * latest run of done injury sessions each within 28 days of the one
 * before, the last of them in the last 28 days. Over the whole journal,
 * an injury treated and healed years ago would be "not improving" for
 * ever, and anyone who books now and then for an injury would be held for
 * good. A latest mean of 1 or less is recovered (GUIDANCE.md's word),
 * which is not "not improving" whatever the first was.
 *
 * The item lists the injury sessions and the check-ins of the latest 14
 * days: those are what a clearance of it covers (ac-guidance-hold.c), so
 * it holds again once the latest 14 days hold a check-in after the
 * clearance and still show no improvement. */
static void
rule_referral (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = NULL;
  g_autofree char *first_date = NULL;
  g_autofree char *last_date = NULL;
  guint32 first = 0, last = 0;
  double mean_first, mean_last;
  guint n_first, n_last, n_sessions;
  guint course = ctx->n_done;

  /* The course, walking back from the latest injury session. */
  for (guint i = ctx->n_done; i > 0; i--)
    {
      const AcRecoveryEntry *entry = &ctx->done[i - 1];

      if (ac_session_get_purpose (entry->session) != AC_PURPOSE_INJURY)
        continue;
      if (course == ctx->n_done ? entry->day + AC_INJURY_COURSE_GAP <= ctx->today_day
                                : entry->day + AC_INJURY_COURSE_GAP < ctx->done[course].day)
        break;
      course = i - 1;
    }

  for (guint i = course; i < ctx->n_done; i++)
    {
      if (ac_session_get_purpose (ctx->done[i].session) != AC_PURPOSE_INJURY)
        continue;
      if (records->len == 0)
        first = ctx->done[i].day;
      last = ctx->done[i].day;
      g_ptr_array_add (records, ctx->done[i].session);
    }

  n_sessions = records->len;
  if (n_sessions < 6 || last - first < 28)
    return;

  mean_first = mean_soreness (ctx, first, first + 13, &n_first, NULL);
  mean_last = mean_soreness (ctx, ctx->today_day - 13, ctx->today_day, &n_last, NULL);
  if (n_first == 0 || n_last == 0 || mean_first - mean_last >= 2 || mean_last <= 1)
    return;
  mean_soreness (ctx, ctx->today_day - 13, ctx->today_day, &n_last, records);

  first_date = _ac_guidance_format_day (ctx, first);
  last_date = _ac_guidance_format_day (ctx, last);
  reason = g_ptr_array_new_with_free_func (g_free);
  /* Translators: a number of sessions, then two dates */
  g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u injury session from %s to %s.",
                                                         "%u injury sessions from %s to %s.",
                                                         n_sessions),
                                            n_sessions, first_date, last_date));
  /* Translators: two average soreness values, 0–10 */
  g_ptr_array_add (reason, g_strdup_printf (_("Your soreness averaged %.1f in the first 14 days "
                                              "and %.1f in the last 14 days."),
                                            mean_first, mean_last));

  _ac_guidance_add_records (ctx, &referral, NULL, _ac_guidance_join (reason), records);
}

/* What a session and the profile call for (booking-check), one sentence
 * of the body each, and whether the reason must say the session is deep
 * or includes the legs. */
typedef struct
{
  AcCondition  conditions;     /* any of them, in the profile */
  gboolean     deep;           /* … and a deep session */
  AcArea       areas;          /* … and any of these areas, or 0 */
  const char  *advice;
} AcBookingMatch;

#define AC_AREA_LEGS (AC_AREA_THIGHS | AC_AREA_CALVES | AC_AREA_FEET)

static const AcBookingMatch booking_matches[] = {
  { AC_CONDITION_BLOOD_THINNERS, TRUE, 0,
    N_("Because you take blood thinners, ask for lighter pressure: deep work "
       "bruises more easily.") },
  { AC_CONDITION_BLEEDING_DISORDER, TRUE, 0,
    N_("Because of your bleeding disorder, ask for lighter pressure: deep "
       "work bruises more easily.") },
  { AC_CONDITION_OSTEOPOROSIS, TRUE, 0,
    N_("Because of osteoporosis, ask for lighter pressure: firm pressure may "
       "not be safe on fragile bones.") },
  { AC_CONDITION_DVT_HISTORY, FALSE, AC_AREA_LEGS,
    N_("Because you've had a blood clot, check with your doctor before your "
       "legs are massaged, and tell your therapist about it.") },
  { AC_CONDITION_RECENT_INJURY, FALSE, 0,
    N_("Ask your therapist to avoid the injured area for the first 2–3 days "
       "after the injury.") },
  { AC_CONDITION_PREGNANT, FALSE, 0,
    N_("Tell your therapist you're pregnant, and ask for a side-lying "
       "position.") },
};

static const AcRule booking_check = {
  "booking-check", AC_SEVERITY_CAUTION, AC_EVIDENCE_GUIDELINE, 28,
  N_("Take care with this session"),
  NULL,
  NULL,
  { "NCCIH", "Mayo Clinic", "NHS: deep vein thrombosis", "NHS: sprains and strains" },
};

/* Whether the hold names @session as one to postpone. */
static gboolean
is_postponed (AcGuidanceContext *ctx,
              AcSession         *session)
{
  const GArray *postponed = ctx->hold.postponed;

  if (!ctx->hold.on || postponed == NULL)
    return FALSE;
  for (guint i = 0; i < postponed->len; i++)
    if (g_array_index (postponed, AcGuidanceSession, i).session == session)
      return TRUE;
  return FALSE;
}

/* booking-check for one session on @day: one item naming each match. */
static void
check_booking (AcGuidanceContext *ctx,
               AcSession         *session,
               guint32            day,
               AcCondition        conditions)
{
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  gboolean deep = ac_session_get_pressure (session) == AC_PRESSURE_DEEP;
  AcArea areas = ac_session_get_areas (session);
  gboolean legs = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (booking_matches); i++)
    {
      const AcBookingMatch *match = &booking_matches[i];

      if ((conditions & match->conditions) == 0 ||
          (match->deep && !deep) ||
          (match->areas != 0 && (areas & match->areas) == 0))
        continue;

      legs |= match->areas != 0;
      g_ptr_array_add (body, g_strdup (_(match->advice)));
      /* Translators: a health condition, such as “Blood thinners”, in a list */
      g_ptr_array_add (labels, g_strdup_printf (_("“%s”"), ac_condition_get_label (match->conditions)));
    }

  if (body->len == 0)
    return;

  /* The hold says to postpone it: what to ask for is for later. */
  if (is_postponed (ctx, session))
    g_ptr_array_insert (body, 0, g_strdup (_("After the check, when this session goes ahead:")));

  if (day == ctx->today_day && !ac_session_get_planned (session))
    /* Translators: the pressure (light, moderate, deep) */
    g_ptr_array_add (reason, g_strdup_printf (_("You had a %s session today."),
                                              _ac_pressure_word (ac_session_get_pressure (session))));
  else
    {
      g_autofree char *date = _ac_guidance_format_day (ctx, day);

      /* Translators: the pressure (light, moderate, deep), then a date */
      g_ptr_array_add (reason, g_strdup_printf (_("You have a %s session planned for %s."),
                                                _ac_pressure_word (ac_session_get_pressure (session)),
                                                date));
    }
  if (legs)
    g_ptr_array_add (reason, g_strdup (_("It includes your legs.")));
  list = _ac_guidance_join_list (labels);
  /* Translators: one or more health conditions, such as “Blood thinners” */
  g_ptr_array_add (reason, g_strdup_printf (_("Your health profile lists %s."), list));

  _ac_guidance_add (ctx, &booking_check, _ac_guidance_join (body), _ac_guidance_join (reason),
                    session, NULL);
}

/* booking-check: a session dated today, done or planned, or a planned one
 * dated today + 1 … today + 14, meets the profile (booking_matches). */
static void
rule_booking_check (AcGuidanceContext *ctx)
{
  AcCondition conditions = ac_profile_get_conditions (ac_journal_get_profile (ctx->journal));

  if (conditions == 0)
    return;

  for (guint i = _ac_guidance_first_done_from (ctx, ctx->today_day); i < ctx->n_done; i++)
    check_booking (ctx, ctx->done[i].session, ctx->done[i].day, conditions);

  for (guint i = 0; i < ctx->planned->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (ctx->planned, AcGuidanceSession, i);

      if (s->day > ctx->today_day + AC_HOLD_AHEAD_DAYS)
        break;
      check_booking (ctx, s->session, s->day, conditions);
    }
}

void
_ac_guidance_rules_safety (AcGuidanceContext *ctx)
{
  rule_red_flags (ctx);
  rule_screening (ctx);
  rule_referral (ctx);
}

/* After the hold is known: a session it postpones is spoken of as one
 * that goes ahead after the check (one voice). */
void
_ac_guidance_rules_booking (AcGuidanceContext *ctx)
{
  rule_booking_check (ctx);
}
