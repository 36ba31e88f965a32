/* ac-guidance-hold.c — clearances, the hold, hold-massage, and the AcHold
 * that every view reads
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-hold"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-enum-types.h"
#include "ac-guidance-private.h"
#include "ac-hold-private.h"

/* GUIDANCE.md, "The hold": while a warning is current and not cleared,
 * the advice says one thing, have it checked and hold off massage.
 *
 * - A clearance of WHAT on day C covers every check-in dated on or before
 *   C. Red flags drop the check-ins it covers (ac-guidance-rules-safety.c);
 *   an item of soreness-severe, soreness-persistent or referral-not-
 *   improving is cleared when all of its check-ins are dated on or before
 *   the latest clearance of its rule (an item without check-ins cannot be
 *   cleared; none of the three is made without). A clearance dated after
 *   today is not known yet on today, as a check-in after today is not.
 * - The causes are the red flags of severity see-professional or more
 *   (every red flag, in either phase) and those three rules. While one is
 *   shown, the hold is on, and they are all the items before hold-massage.
 * - During a hold only items of severity caution or more, and the
 *   screening items, are shown; the routine ones of GUIDANCE.md's list are
 *   dropped whatever their severity (predicted-soreness at caution too),
 *   and the statistics have no suggested date and no prediction. */

static const AcRule hold_massage = {
  "hold-massage", AC_SEVERITY_URGENT, AC_EVIDENCE_GUIDELINE, 0,
  N_("Hold off massage"),
  N_("Hold off massage until this has been checked."),
  NULL,
  { "NCCIH", "Mayo Clinic" },
};

static const char * const cause_rules[] = {
  "soreness-severe", "soreness-persistent", "referral-not-improving",
};

/* What a hold does not show, even at caution. */
static const char * const routine_prefixes[] = {
  "aftercare-", "rhythm-",
};
static const char * const routine_ids[] = {
  "soreness-normal", "expect-soreness", "next-session", "predicted-soreness",
  "first-session", "long-gap", "new-therapist",
};

#define RED_FLAG_PREFIX "red-flag-"

/* The latest clearance of each WHAT dated on or before today, in one walk
 * over the journal's clearances. The keys are the journal's strings: the
 * journal outlives the context. */
void
_ac_guidance_read_clearances (AcGuidanceContext *ctx)
{
  GListModel *clearances = ac_journal_get_clearances (ctx->journal);
  guint n = g_list_model_get_n_items (clearances);

  ctx->cleared = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcClearance) clearance = g_list_model_get_item (clearances, i);
      guint32 day = ac_clearance_get_julian (clearance);
      const char *what = ac_clearance_get_what (clearance);

      if (day > ctx->today_day || day <= _ac_guidance_get_cleared_until (ctx, what))
        continue;
      g_hash_table_insert (ctx->cleared, (gpointer) what, GUINT_TO_POINTER (day));
    }
}

/* The day of the latest clearance of @what on or before today, or 0. */
guint32
_ac_guidance_get_cleared_until (AcGuidanceContext *ctx,
                                const char        *what)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->cleared, what));
}

static gboolean
is_cause_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (cause_rules); i++)
    if (strcmp (id, cause_rules[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The WHAT of a cause item (a symptom or a rule id), or NULL when @item
 * does not hold. */
static const char *
cause_of (const AcGuidanceItem *item)
{
  const char *id = ac_advice_get_id (item->advice);

  if (g_str_has_prefix (id, RED_FLAG_PREFIX))
    return item->severity >= AC_SEVERITY_SEE_PROFESSIONAL ? id + strlen (RED_FLAG_PREFIX) : NULL;
  return is_cause_rule (id) ? id : NULL;
}

static gboolean
is_cleared (AcGuidanceContext    *ctx,
            const AcGuidanceItem *item)
{
  const char *id = ac_advice_get_id (item->advice);

  return is_cause_rule (id) && item->latest_checkin != 0 &&
         item->latest_checkin <= _ac_guidance_get_cleared_until (ctx, id);
}

/* After the safety and soreness rules: drops the cleared items, and turns
 * the hold on while a cause is left. The later rules may ask
 * _ac_guidance_is_hold_on(). */
void
_ac_guidance_find_hold (AcGuidanceContext *ctx)
{
  AcGuidanceHold *hold = &ctx->hold;

  hold->severity = AC_SEVERITY_INFO;
  for (guint i = ctx->items->len; i > 0; i--)
    {
      const AcGuidanceItem *item = g_ptr_array_index (ctx->items, i - 1);

      if (is_cleared (ctx, item))
        {
          g_ptr_array_remove_index (ctx->items, i - 1);
          continue;
        }
      if (cause_of (item) == NULL)
        continue;

      hold->on = TRUE;
      hold->severity = MAX (hold->severity, item->severity);
    }

  if (!hold->on)
    return;

  for (guint i = 0; i < ctx->planned->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (ctx->planned, AcGuidanceSession, i);

      if (s->day > ctx->today_day + AC_HOLD_AHEAD_DAYS)
        break;
      g_array_append_val (hold->postponed, *s);
    }
}

gboolean
_ac_guidance_is_hold_on (AcGuidanceContext *ctx)
{
  return ctx->hold.on;
}

static gboolean
is_shown_during_hold (const AcGuidanceItem *item)
{
  const char *id = ac_advice_get_id (item->advice);

  if (g_str_has_prefix (id, "screening-"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (routine_prefixes); i++)
    if (g_str_has_prefix (id, routine_prefixes[i]))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (routine_ids); i++)
    if (strcmp (id, routine_ids[i]) == 0)
      return FALSE;
  return item->severity >= AC_SEVERITY_CAUTION;
}

/* After every rule: during a hold, drops what it does not show, and takes
 * the suggested date and the prediction out of the statistics. */
void
_ac_guidance_apply_hold (AcGuidanceContext *ctx)
{
  AcStats *stats = ctx->stats;

  stats->hold = ctx->hold.on;
  if (!ctx->hold.on)
    return;

  for (guint i = ctx->items->len; i > 0; i--)
    if (!is_shown_during_hold (g_ptr_array_index (ctx->items, i - 1)))
      g_ptr_array_remove_index (ctx->items, i - 1);

  g_date_clear (&stats->suggested_next, 1);
  stats->predicted_soreness = -1;
  stats->predicted_soreness_sessions = 0;
}

/**
 * _ac_guidance_describe_cause:
 * @what: a symptom, or one of the rules that hold
 *
 * Returns: a phrase for @what in a sentence ("swelling in one leg"),
 *   translated
 */
const char *
_ac_guidance_describe_cause (const char *what)
{
  static const struct {
    const char *what;
    const char *phrase;
  } causes[] = {
    { "chest-pain-breathless",  N_("chest pain or trouble breathing") },
    { "head-neck-neuro",        N_("a sudden headache, dizziness or vision changes") },
    { "saddle-numbness",        N_("numbness around the buttocks or groin") },
    { "leg-swelling",           N_("swelling in one leg") },
    { "dark-urine",             N_("dark urine") },
    { "severe-weakness",        N_("severe muscle pain or weakness") },
    { "numbness-tingling",      N_("numbness or tingling") },
    { "bruising",               N_("large or unexplained bruising") },
    { "soreness-severe",        N_("severe soreness") },
    { "soreness-persistent",    N_("soreness that doesn't go away") },
    { "referral-not-improving", N_("an injury that isn't improving with massage") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (causes); i++)
    if (strcmp (causes[i].what, what) == 0)
      return _(causes[i].phrase);

  g_return_val_if_reached (what);
}

/* The causes, in a list for a sentence: "swelling in one leg and dark
 * urine". */
static char *
describe_causes (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ctx->hold.causes->len; i++)
    g_ptr_array_add (phrases, g_strdup (_ac_guidance_describe_cause (g_ptr_array_index (ctx->hold.causes, i))));
  return _ac_guidance_join_list (phrases);
}

/* hold-massage: the body says what to do, as GUIDANCE.md's example does
 * ("Hold off massage until this has been checked. Postpone your deep
 * session planned for 17 Jun."); the reason names the causes and every
 * planned session of today … today + 14. */
static void
add_hold_massage (AcGuidanceContext *ctx,
                  guint              position)
{
  const AcGuidanceHold *hold = &ctx->hold;
  AcRule rule = hold_massage;
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *causes = describe_causes (ctx);
  g_autofree char *list = NULL;

  rule.severity = hold->severity;
  g_ptr_array_add (body, g_strdup (_(hold_massage.body)));
  /* Translators: a list of symptoms or problems, "swelling in one leg and
   * dark urine" */
  g_ptr_array_add (reason, g_strdup_printf (_("Not marked as checked yet: %s."), causes));

  for (guint i = 0; i < hold->postponed->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (hold->postponed, AcGuidanceSession, i);

      g_ptr_array_add (sessions, _ac_guidance_describe_session (ctx, s->session, s->day));
      g_ptr_array_add (records, s->session);
    }

  if (sessions->len > 0)
    {
      list = _ac_guidance_join_list (sessions);
      /* Translators: one or more of "your deep session planned for 17 Jun" */
      g_ptr_array_add (body, g_strdup_printf (_("Postpone %s."), list));
      /* Translators: a number of days, then one or more of "your deep
       * session planned for 17 Jun" */
      g_ptr_array_add (reason, g_strdup_printf (_("Within the next %d days: %s."),
                                                AC_HOLD_AHEAD_DAYS, list));
    }
  else
    g_ptr_array_add (reason, g_strdup_printf (_("You have no session planned in the next %d days."),
                                              AC_HOLD_AHEAD_DAYS));

  _ac_guidance_add_records (ctx, &rule, _ac_guidance_join (body), _ac_guidance_join (reason), records);
  g_ptr_array_insert (ctx->items, (int) position,
                      g_ptr_array_steal_index (ctx->items, ctx->items->len - 1));
}

/**
 * _ac_guidance_collect_causes:
 *
 * Once the items are in order: the causes of the hold, which are the
 * items before everything else, and hold-massage right after them.
 */
void
_ac_guidance_collect_causes (AcGuidanceContext *ctx)
{
  guint n = 0;

  if (!ctx->hold.on)
    return;

  for (; n < ctx->items->len; n++)
    {
      const char *what = cause_of (g_ptr_array_index (ctx->items, n));

      if (what == NULL)
        break;
      g_ptr_array_add (ctx->hold.causes, (gpointer) what);
    }

  g_assert (ctx->hold.causes->len > 0);
  add_hold_massage (ctx, n);
}

/* What a cause is called in the banner's sentence. */
static const char *
label_of (const char *what)
{
  guint symptom = ac_flag_from_string (AC_TYPE_SYMPTOM, what);

  if (symptom != 0)
    return ac_symptom_get_label (symptom);
  if (strcmp (what, "soreness-severe") == 0)
    return _("Severe soreness");
  if (strcmp (what, "soreness-persistent") == 0)
    return _("Soreness that doesn't go away");
  return _("An injury that isn't improving with massage");
}

static char *
make_title (GPtrArray *causes)
{
  g_autoptr(GString) names = g_string_new (label_of (g_ptr_array_index (causes, 0)));

  for (guint i = 1; i < causes->len; i++)
    {
      const char *label = label_of (g_ptr_array_index (causes, i));

      /* Translators: joins the names of two warning signs, "Dark urine; Severe soreness" */
      g_string_append_printf (names, _("; %s"), label);
    }

  /* Translators: %s names the warning signs, "Swelling in one leg" */
  return g_strdup_printf (_("%s: have it checked, and hold off massage."), names->str);
}

/* The AcHold of the engine's run: the same causes, in the same order, as
 * the items before hold-massage. */
AcHold *
_ac_guidance_make_hold (AcGuidanceContext *ctx)
{
  const AcGuidanceHold *hold = &ctx->hold;
  g_autoptr(GPtrArray) causes = NULL;
  g_autoptr(GPtrArray) postponed = NULL;
  g_autofree char *title = NULL;

  if (!hold->on)
    return _ac_hold_new (AC_SEVERITY_INFO, NULL, NULL, NULL);

  title = make_title (hold->causes);
  causes = g_ptr_array_copy (hold->causes, NULL, NULL);
  g_ptr_array_add (causes, NULL);
  postponed = g_ptr_array_new ();
  for (guint i = 0; i < hold->postponed->len; i++)
    g_ptr_array_add (postponed,
                     (gpointer) ac_session_get_id (g_array_index (hold->postponed, AcGuidanceSession, i).session));
  g_ptr_array_add (postponed, NULL);

  return _ac_hold_new (hold->severity, (const char * const *) causes->pdata, title,
                       (const char * const *) postponed->pdata);
}

/**
 * ac_guidance_compute_hold:
 * @journal: the journal
 * @today: the day the hold is for
 *
 * Whether massage should wait (GUIDANCE.md, "The hold"), why, and which
 * planned sessions to postpone: the same run of the engine as the advice,
 * so the advice's hold-massage, the calendar, the banner, the reminders
 * and the report agree. ac_guidance_compute_all() gives it with the
 * advice and the statistics.
 *
 * Returns: (transfer full): the hold, on or off
 */
AcHold *
ac_guidance_compute_hold (AcJournal   *journal,
                          const GDate *today)
{
  g_autoptr(GListModel) advice = NULL;
  AcHold *hold = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  advice = ac_guidance_compute_all (journal, today, NULL, &hold);
  return hold;
}
