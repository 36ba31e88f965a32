/* ac-guidance-rules-load.c — too much massage, too close together
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-load"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule still_sore = {
  "overtreat-still-sore", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 29,
  N_("Still sore before a session"),
  N_("Another massage while you're still sore from the last one can add to "
     "the soreness. If you can, wait until it has eased, or ask for lighter "
     "pressure on the sore areas."),
  NULL,
  { "Cambron et al. 2007", "Ernst 2003" },
};

static const AcRule frequency = {
  "overtreat-frequency", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 30,
  N_("Many sessions close together"),
  N_("Trials have used up to three massages a week. More than that is a lot: "
     "no safe limit is known, so watch how you respond, and space them out "
     "if soreness builds up."),
  NULL,
  { "Sherman et al. 2014", "Perlman et al. 2012", "Ernst 2003" },
};

static const AcRule deep_streak = {
  "overtreat-deep-streak", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 31,
  N_("Deep sessions on consecutive days"),
  N_("Deep work on two days in a row gives your body little time to recover. "
     "Leave a day or two between deep sessions, or make one of them lighter."),
  NULL,
  { "Ernst 2003", "Yin et al. 2014" },
};

static const AcRule load = {
  "overtreat-load", AC_SEVERITY_CAUTION, AC_EVIDENCE_APP_RULE, 32,
  N_("More massage than usual this week"),
  N_("You've had much more massage this week than in recent weeks. A sudden "
     "jump in load is when problems are more likely, so build up gradually."),
  NULL,
  { "Gabbett 2016" },
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

/* The sessions overtreat-still-sore, -frequency and -deep-streak look at:
 * the done ones of the last 7 days and the planned ones. Over the whole
 * journal they would fire for ever on something long past; GUIDANCE.md
 * names this window for overtreat-frequency, and the other two use it
 * too. Done sessions all come on or before today and planned ones on or
 * after, so the list is in date order. */
static GArray *
recent_and_planned (AcGuidanceContext *ctx)
{
  GArray *sessions = g_array_new (FALSE, FALSE, sizeof (AcGuidanceSession));

  for (guint i = _ac_guidance_first_done_from (ctx, ctx->today_day - 6); i < ctx->n_done; i++)
    {
      AcGuidanceSession recent = { ctx->done[i].session, ctx->done[i].day };

      g_array_append_val (sessions, recent);
    }
  g_array_append_vals (sessions, ctx->planned->data, ctx->planned->len);

  return sessions;
}

static char *
describe_session (AcGuidanceContext       *ctx,
                  const AcGuidanceSession *s)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, s->day);
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (s->session));

  if (ac_session_get_planned (s->session))
    /* Translators: the pressure (light, moderate, deep), then a date */
    return g_strdup_printf (_("your %s session planned for %s"), pressure, date);
  /* Translators: the pressure (light, moderate, deep), then a date */
  return g_strdup_printf (_("your %s session of %s"), pressure, date);
}

/* overtreat-still-sore: a session (done in the last 7 days, or planned)
 * whose latest check-in within the 2 days before it is ≥ 4. A planned
 * session more than 2 days ahead has no such check-in yet. */
static void
rule_still_sore (AcGuidanceContext *ctx,
                 GArray            *sessions)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < sessions->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (sessions, AcGuidanceSession, i);
      g_autofree char *what = NULL;
      g_autofree char *date = NULL;
      AcCheckin *checkin;
      int sore;

      if (!_ac_guidance_is_sore_before (ctx, s->day, &sore))
        continue;

      checkin = _ac_guidance_get_checkin (ctx, sore);
      what = describe_session (ctx, s);
      date = _ac_guidance_format_day (ctx, ctx->checkin_days[sore]);
      /* Translators: "your deep session of 20 Nov", soreness 0–10, a date */
      g_ptr_array_add (reason, g_strdup_printf (_("You were still sore before %s: soreness %d on %s."),
                                                what, ac_checkin_get_soreness (checkin), date));
      if (!g_ptr_array_find (records, checkin, NULL))
        g_ptr_array_add (records, checkin);
      g_ptr_array_add (records, s->session);
    }

  if (reason->len > 0)
    _ac_guidance_add_records (ctx, &still_sore, NULL, _ac_guidance_join (reason), records);
}

/* overtreat-frequency: more than 3 sessions within 7 consecutive days,
 * among the done ones of the last 7 days and the planned ones. A sliding
 * window; the reason names the fullest window, the earliest of equals. */
static void
rule_frequency (AcGuidanceContext *ctx,
                GArray            *sessions)
{
  const AcGuidanceSession *s = (const AcGuidanceSession *) (gpointer) sessions->data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint best_from = 0, best_n = 0, n_planned = 0;

  for (guint from = 0, to = 0; to < sessions->len; to++)
    {
      while (s[to].day - s[from].day >= 7)
        from++;
      if (to - from + 1 > best_n)
        {
          best_n = to - from + 1;
          best_from = from;
        }
    }

  if (best_n <= 3)
    return;

  records = g_ptr_array_new ();
  for (guint i = best_from; i < best_from + best_n; i++)
    {
      g_ptr_array_add (records, s[i].session);
      if (ac_session_get_planned (s[i].session))
        n_planned++;
    }

  first = _ac_guidance_format_day (ctx, s[best_from].day);
  last = _ac_guidance_format_day (ctx, s[best_from + best_n - 1].day);
  reason = g_ptr_array_new_with_free_func (g_free);
  /* Translators: a number of sessions, then two dates */
  g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u session between %s and %s.",
                                                         "%u sessions between %s and %s.",
                                                         best_n),
                                            best_n, first, last));
  if (n_planned > 0)
    g_ptr_array_add (reason, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u of them is planned.",
                                                           "%u of them are planned.",
                                                           n_planned),
                                              n_planned));

  _ac_guidance_add_records (ctx, &frequency, NULL, _ac_guidance_join (reason), records);
}

/* overtreat-deep-streak: deep sessions on two consecutive days (local
 * dates one apart; two on the same day are not "two consecutive days"),
 * among the done ones of the last 7 days and the planned ones. The reason
 * names the latest pair. */
static void
rule_deep_streak (AcGuidanceContext *ctx,
                  GArray            *sessions)
{
  const AcGuidanceSession *prev = NULL;
  const AcGuidanceSession *first = NULL;
  const AcGuidanceSession *second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (guint i = 0; i < sessions->len; i++)
    {
      const AcGuidanceSession *s = &g_array_index (sessions, AcGuidanceSession, i);

      if (ac_session_get_pressure (s->session) != AC_PRESSURE_DEEP)
        continue;
      if (prev != NULL && s->day - prev->day == 1)
        {
          first = prev;
          second = s;
        }
      prev = s;
    }

  if (second == NULL)
    return;

  a = _ac_guidance_format_day (ctx, first->day);
  b = _ac_guidance_format_day (ctx, second->day);
  _ac_guidance_add (ctx, &deep_streak, NULL,
                    /* Translators: two dates */
                    g_strdup_printf (_("Deep sessions on %s and %s."), a, b),
                    first->session, second->session, NULL);
}

/* overtreat-load: acute load > 1.5 × chronic load and acute load ≥ 120
 * (_ac_guidance_is_load_high()). With no sessions before the last 7 days,
 * any week of 120 or more fires: that is what the ratio says of a first
 * week. */
static void
rule_load (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *chronic = NULL;
  g_autofree char *ratio = NULL;
  guint acute = ctx->stats->acute_load;

  if (!_ac_guidance_is_load_high (acute, ctx->load_28))
    return;

  records = g_ptr_array_new ();
  for (guint i = _ac_guidance_first_done_from (ctx, ctx->today_day - 6); i < ctx->n_done; i++)
    g_ptr_array_add (records, ctx->done[i].session);

  chronic = g_strdup_printf ("%.10g", ctx->stats->chronic_load);
  ratio = g_strdup_printf ("%.1f", ctx->stats->load_ratio);
  _ac_guidance_add_records (ctx, &load, NULL,
                            /* Translators: a load (minutes × pressure weight: light 1,
                             * moderate 2, deep 3), the weekly average of the last 4 weeks,
                             * and how many times that the first is */
                            g_strdup_printf (_("Load of the last 7 days: %u (minutes × pressure "
                                               "weight), against a weekly average of %s over the "
                                               "last 4 weeks: %s times as much."),
                                             acute, chronic, ratio),
                            records);
}

/* overtreat-rising-peaks: the last 3 done sessions that have a peak (a
 * check-in at d 0–3; "sessions that have check-ins"), each peak higher
 * than the one before, and the last ≥ 2 above the first. The reason names
 * each session with its pressure. */
static void
rule_rising_peaks (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *last[3];
  g_autoptr(GPtrArray) records = NULL;
  char *what[3];
  guint n = 0;

  for (guint i = ctx->n_done; i > 0 && n < 3; i--)
    if (ctx->done[i - 1].peak >= 0)
      last[2 - n++] = &ctx->done[i - 1];

  if (n < 3 ||
      !(last[0]->peak < last[1]->peak && last[1]->peak < last[2]->peak) ||
      last[2]->peak - last[0]->peak < 2)
    return;

  records = g_ptr_array_new ();
  for (guint i = 0; i < 3; i++)
    {
      const AcGuidanceSession session = { last[i]->session, last[i]->day };
      guint n_points;
      const AcRecoveryPoint *points = ac_recovery_get_points (ctx->recovery,
                                                              (guint) (last[i] - ctx->done),
                                                              &n_points);

      g_ptr_array_add (records, last[i]->session);
      g_ptr_array_add (records, points[last[i]->peak_point - (int) last[i]->first_point].checkin);
      what[i] = describe_session (ctx, &session);
    }

  _ac_guidance_add_records (ctx, &rising_peaks, NULL,
                            /* Translators: soreness 0–10 after "your moderate session of
                             * 1 Oct", three times, oldest first */
                            g_strdup_printf (_("Your highest soreness was %d after %s, %d after %s "
                                               "and %d after %s."),
                                             last[0]->peak, what[0], last[1]->peak, what[1],
                                             last[2]->peak, what[2]),
                            records);
  for (guint i = 0; i < 3; i++)
    g_free (what[i]);
}

void
_ac_guidance_rules_load (AcGuidanceContext *ctx)
{
  g_autoptr(GArray) sessions = recent_and_planned (ctx);

  rule_still_sore (ctx, sessions);
  rule_frequency (ctx, sessions);
  rule_deep_streak (ctx, sessions);
  rule_load (ctx);
  rule_rising_peaks (ctx);
}
