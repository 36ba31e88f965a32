/* ac-guidance-rules-peaks.c — still sore before a session, soreness that
 * builds up from session to session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-peaks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

/* The soreness may come from anything (GUIDANCE.md: soreness before a
 * session matters wherever it came from), so the body doesn't blame the
 * last massage. */
static const AcRule still_sore = {
  "overtreat-still-sore", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 29,
  N_("Still sore before a session"),
  N_("A massage while you're still sore can add to the soreness. If you "
     "can, wait until it has eased, or ask for lighter pressure on the sore "
     "areas."),
  NULL,
  { "Cambron et al. 2007", "Ernst 2003" },
};

static const AcRule rising_peaks = {
  "overtreat-rising-peaks", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 33,
  N_("Soreness is building up"),
  N_("Each of your last sessions has left you sorer than the one before. "
     "Mention it to your therapist, and consider lighter pressure or more "
     "time between sessions."),
  NULL,
  { "Farrar et al. 2001", "Ernst 2003" },
};

/* How many days ahead a planned session is looked at. */
#define PLANNED_DAYS 14

/* "You were still sore before your deep session of 12 Jun: soreness 5 on
 * 11 Jun.", or for a booking "Your deep session on 16 Jun is planned while
 * you are still sore: soreness 6 on 14 Jun." */
static char *
describe_still_sore (AcGuidanceContext *ctx,
                     AcSession         *session,
                     guint32            day,
                     int                sore)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, day);
  g_autofree char *sore_date = _ac_guidance_format_day (ctx, ctx->checkin_days[sore]);
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (session));
  int soreness = ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, sore));

  if (ac_session_get_planned (session))
    /* Translators: the pressure (light, moderate, deep), a date, soreness
     * 0–10, a date */
    return g_strdup_printf (_("Your %s session on %s is planned while you are still sore: "
                              "soreness %d on %s."), pressure, date, soreness, sore_date);

  /* Translators: the pressure (light, moderate, deep), a date, soreness
   * 0–10, a date */
  return g_strdup_printf (_("You were still sore before your %s session of %s: soreness %d on %s."),
                          pressure, date, soreness, sore_date);
}

static void
add_if_still_sore (AcGuidanceContext *ctx,
                   AcSession         *session,
                   guint32            day,
                   GPtrArray         *reason,
                   GPtrArray         *records)
{
  AcCheckin *checkin;
  int sore;

  if (!_ac_guidance_is_sore_before (ctx, day, &sore))
    return;

  checkin = _ac_guidance_get_checkin (ctx, sore);
  g_ptr_array_add (reason, describe_still_sore (ctx, session, day, sore));
  if (!g_ptr_array_find (records, checkin, NULL))
    g_ptr_array_add (records, checkin);
  g_ptr_array_add (records, session);
}

/* overtreat-still-sore: a session, done in the last 7 days or planned
 * within the next 14 (today … today + 14), whose latest check-in within
 * the 2 days before it has excess ≥ 4, whatever the check-in is
 * attributed to (_ac_guidance_is_sore_before()). Over the whole journal
 * it would fire for ever on something long past. Check-ins after today
 * are not known, so a booking more than 2 days ahead can't fire it yet. */
static void
rule_still_sore (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);

  for (guint i = _ac_guidance_first_done_from (ctx, ctx->today_day - (AC_RECENT_DAYS - 1)); i < ctx->n_done; i++)
    add_if_still_sore (ctx, ctx->done[i].session, ctx->done[i].day, reason, records);

  for (guint i = 0; i < ctx->planned->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (ctx->planned, AcGuidanceSession, i);

      if (s->day > ctx->today_day + PLANNED_DAYS)
        break;
      add_if_still_sore (ctx, s->session, s->day, reason, records);
    }

  if (reason->len == 0)
    return;

  _ac_guidance_add_baseline (ctx, reason);
  _ac_guidance_add_records (ctx, &still_sore, NULL, _ac_guidance_join (reason), records);
}

/* The latest done session with a peak, or NULL. */
const AcRecoveryEntry *
_ac_guidance_get_latest_peak (AcGuidanceContext *ctx)
{
  for (guint i = ctx->n_done; i > 0; i--)
    if (ctx->done[i - 1].peak >= 0)
      return &ctx->done[i - 1];

  return NULL;
}

/* The check-in at @entry's peak. */
static const AcRecoveryPoint *
get_peak_point (AcGuidanceContext     *ctx,
                const AcRecoveryEntry *entry)
{
  const AcRecoveryPoint *points = _ac_recovery_get_entry_points (ctx->recovery, entry);

  return &points[entry->peak_point - (int) entry->first_point];
}

/* overtreat-rising-peaks: the last 3 done sessions that have a peak (an
 * attributed check-in at d 0–3; "sessions with peaks"), each peak higher
 * than the one before, and the last ≥ 2 above the first; peaks are excess
 * soreness. The reason names each session with the soreness the person
 * noted at its peak. */
static void
rule_rising_peaks (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *last[3];
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  char *what[3];
  int soreness[3];
  guint n = 0;

  for (guint i = ctx->n_done; i > 0 && n < 3; i--)
    if (ctx->done[i - 1].peak >= 0)
      last[2 - n++] = &ctx->done[i - 1];

  if (n < 3 ||
      !(last[0]->peak < last[1]->peak && last[1]->peak < last[2]->peak) ||
      last[2]->peak - last[0]->peak < AC_PERSISTENT_EXCESS)
    return;

  records = g_ptr_array_new ();
  for (guint i = 0; i < 3; i++)
    {
      const AcRecoveryPoint *peak = get_peak_point (ctx, last[i]);
      g_autofree char *date = _ac_guidance_format_day (ctx, last[i]->day);

      g_ptr_array_add (records, last[i]->session);
      g_ptr_array_add (records, peak->checkin);
      soreness[i] = peak->soreness;
      /* Translators: the pressure (light, moderate, deep), then a date */
      what[i] = g_strdup_printf (_("your %s session of %s"),
                                 _ac_pressure_word (ac_session_get_pressure (last[i]->session)), date);
    }

  reason = g_ptr_array_new_with_free_func (g_free);
  /* Translators: soreness 0–10 after "your moderate session of 1 Oct",
   * three times, oldest first */
  g_ptr_array_add (reason, g_strdup_printf (_("Your highest soreness was %d after %s, %d after %s "
                                              "and %d after %s."),
                                            soreness[0], what[0], soreness[1], what[1],
                                            soreness[2], what[2]));
  for (guint i = 0; i < 3; i++)
    g_free (what[i]);
  _ac_guidance_add_baseline (ctx, reason);

  _ac_guidance_add_records (ctx, &rising_peaks, NULL, _ac_guidance_join (reason), records);
}

void
_ac_guidance_rules_peaks (AcGuidanceContext *ctx)
{
  rule_still_sore (ctx);
  rule_rising_peaks (ctx);
}
