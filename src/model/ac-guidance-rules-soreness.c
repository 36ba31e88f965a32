/* ac-guidance-rules-soreness.c — how sore the user is, and for how long
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-soreness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule normal = {
  "soreness-normal", AC_SEVERITY_INFO, AC_EVIDENCE_STUDY, 25,
  N_("Mild soreness is normal"),
  N_("Some people feel mild soreness for a day or two after a massage, "
     "especially after deeper work or a first session. It usually eases on "
     "its own."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006" },
};

static const AcRule lingering = {
  "soreness-lingering", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 26,
  N_("Soreness is lingering"),
  N_("Your soreness is easing more slowly than usual. You could mention it "
     "to your therapist and ask for lighter pressure next time."),
  NULL,
  { "Cambron et al. 2007", "Palos et al. 2006", "Farrar et al. 2001" },
};

static const AcRule persistent = {
  "soreness-persistent", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_APP_RULE, 27,
  N_("Soreness that doesn't go away"),
  N_("If this is still there after a week, or getting worse, it's worth "
     "checking with a doctor or physiotherapist."),
  NULL,
  { "Carnes et al. 2010", "Farrar et al. 2001" },
};

static const AcRule severe = {
  "soreness-severe", AC_SEVERITY_SEE_PROFESSIONAL, AC_EVIDENCE_APP_RULE, 10,
  N_("Severe soreness"),
  N_("Soreness this strong is more than a massage usually leaves. Rest, and "
     "see a doctor if it isn't clearly easing by tomorrow. If your muscles "
     "feel very weak or your urine is dark, get urgent care."),
  NULL,
  { "Palos et al. 2006", "Ernst 2003", "Yin et al. 2014" },
};

/* soreness-normal: the latest check-in (the most recent on or before today)
 * is at d 0–2 of its session, with soreness 1–6, not higher than the day
 * before. "The day before" is the check-in of the previous calendar day
 * when there is one at d ≥ 0; at d 0, or with no check-in the day before,
 * there is nothing to be higher than, and the condition holds. */
static void
rule_normal (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *entry;
  const AcRecoveryPoint *point;
  const AcRecoveryPoint *before = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  guint n_points;
  int owner;

  if (ctx->checkins->len == 0)
    return;

  owner = _ac_recovery_find_entry_for_day (ctx->recovery, ctx->checkin_days[ctx->checkins->len - 1]);
  if (owner < 0)
    return;

  /* The latest check-in is the last point of its session. */
  entry = &ctx->done[owner];
  point = ac_recovery_get_points (ctx->recovery, owner, &n_points) + n_points - 1;
  if (point->day > 2 || point->soreness < 1 || point->soreness > 6)
    return;

  if (n_points >= 2 && point[-1].day == point->day - 1)
    {
      before = &point[-1];
      if (point->soreness > before->soreness)
        return;
    }

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, point));
  if (before != NULL)
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("The day before, it was %d."), before->soreness));

  _ac_guidance_add (ctx, &normal, NULL, _ac_guidance_join (reason),
                    entry->session,
                    before != NULL ? before->checkin : point->checkin,
                    before != NULL ? point->checkin : NULL,
                    NULL);
}

/* soreness-lingering and soreness-persistent look at the recovery from the
 * latest session: the check-ins since it. Over the whole journal they would
 * fire for ever on some old session; the latest recovery is the one the
 * advice can still help with.
 *
 * soreness-lingering: a check-in at d ≥ 3 with soreness ≥ 4, or at d 3 not
 * lower than the peak of d 0–2. The second needs a check-in at d 0–2, and
 * soreness of at least 1 at d 3: with none at all, nothing lingers. The
 * reason names the latest check-in that qualifies. */
static void
rule_lingering (AcGuidanceContext     *ctx,
                const AcRecoveryEntry *entry,
                const AcRecoveryPoint *points)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = NULL;
  const AcRecoveryPoint *named = NULL;
  gboolean named_by_peak = FALSE;
  int peak = -1;

  for (guint j = 0; j < entry->n_points; j++)
    {
      const AcRecoveryPoint *point = &points[j];
      gboolean by_peak;

      if (point->day <= 2)
        {
          peak = MAX (peak, point->soreness);
          continue;
        }

      by_peak = point->day == 3 && peak >= 0 && point->soreness >= peak && point->soreness >= 1;
      if (point->soreness >= AC_MODERATE_SORENESS || by_peak)
        {
          g_ptr_array_add (records, point->checkin);
          named = point;
          named_by_peak = by_peak;
        }
    }

  if (named == NULL)
    return;

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, named));
  if (named_by_peak)
    /* Translators: soreness 0–10 */
    g_ptr_array_add (reason, g_strdup_printf (_("That is no lower than your highest soreness "
                                                "in the days before (%d)."), peak));

  g_ptr_array_insert (records, 0, entry->session);
  _ac_guidance_add_records (ctx, &lingering, NULL, _ac_guidance_join (reason), records);
}

/* soreness-persistent: a check-in at d ≥ 7 with soreness ≥ 2, or a rise of
 * ≥ 2 points after d 2. A rise is read as a check-in at least 2 above an
 * earlier one, both at d ≥ 2 (so 2 at d 2 and 4 at d 4 is a rise): the
 * lowest point since d 2 is kept as the walk goes. */
static void
rule_persistent (AcGuidanceContext     *ctx,
                 const AcRecoveryEntry *entry,
                 const AcRecoveryPoint *points)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = NULL;
  const AcRecoveryPoint *late = NULL;
  const AcRecoveryPoint *low = NULL;
  const AcRecoveryPoint *rise_from = NULL;
  const AcRecoveryPoint *rise_to = NULL;

  for (guint j = 0; j < entry->n_points; j++)
    {
      const AcRecoveryPoint *point = &points[j];

      if (point->day >= 7 && point->soreness >= 2)
        late = point;

      if (point->day < 2)
        continue;
      if (low != NULL && point->soreness - low->soreness >= 2)
        {
          rise_from = low;
          rise_to = point;
        }
      if (low == NULL || point->soreness < low->soreness)
        low = point;
    }

  if (late == NULL && rise_to == NULL)
    return;

  reason = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (records, entry->session);
  if (rise_to != NULL)
    {
      g_autofree char *from = _ac_guidance_format_day (ctx, entry->day + rise_from->day);
      g_autofree char *to = _ac_guidance_format_day (ctx, entry->day + rise_to->day);

      /* Translators: soreness 0–10, a date, soreness, a date */
      g_ptr_array_add (reason, g_strdup_printf (_("Your soreness rose from %d on %s to %d on %s."),
                                                rise_from->soreness, from, rise_to->soreness, to));
      g_ptr_array_add (records, rise_from->checkin);
      g_ptr_array_add (records, rise_to->checkin);
    }
  if (late != NULL)
    {
      g_ptr_array_add (reason, _ac_guidance_describe_point (ctx, entry, late));
      if (late != rise_to)
        g_ptr_array_add (records, late->checkin);
    }

  _ac_guidance_add_records (ctx, &persistent, NULL, _ac_guidance_join (reason), records);
}

/* soreness-severe: a check-in in the last 3 days (today - 2 … today) with
 * soreness ≥ 7. Whether or not a session came before it. */
static void
rule_severe (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);
  int i = _ac_guidance_last_checkin_until (ctx, ctx->today_day - 3) + 1;

  for (; (guint) i < ctx->checkins->len; i++)
    {
      AcCheckin *checkin = _ac_guidance_get_checkin (ctx, i);
      g_autofree char *date = NULL;

      if (ac_checkin_get_soreness (checkin) < AC_SEVERE_SORENESS)
        continue;

      date = _ac_guidance_format_day (ctx, ctx->checkin_days[i]);
      if (list->len > 0)
        g_string_append (list, _(", "));
      /* Translators: soreness 0–10 on a date, in a list: "8 on 20 Nov" */
      g_string_append_printf (list, _("%d on %s"), ac_checkin_get_soreness (checkin), date);
      g_ptr_array_add (records, checkin);
    }

  if (records->len == 0)
    return;

  _ac_guidance_add_records (ctx, &severe, NULL,
                            /* Translators: a list such as "8 on 20 Nov, 7 on 21 Nov" */
                            g_strdup_printf (_("You noted soreness %s."), list->str),
                            records);
}

void
_ac_guidance_rules_soreness (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);

  rule_severe (ctx);
  rule_normal (ctx);

  if (latest != NULL && latest->n_points > 0)
    {
      guint n_points;
      const AcRecoveryPoint *points = ac_recovery_get_points (ctx->recovery, ctx->n_done - 1, &n_points);

      rule_lingering (ctx, latest, points);
      rule_persistent (ctx, latest, points);
    }
}
