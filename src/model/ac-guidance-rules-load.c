/* ac-guidance-rules-load.c — too much massage, too close together
 * (overtreat-still-sore and -rising-peaks are in ac-guidance-rules-peaks.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-load"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

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

/* The sessions overtreat-frequency and -deep-streak look at:
 * the done ones of the last 7 days and the planned ones. Over the whole
 * journal they would fire for ever on something long past; GUIDANCE.md
 * names this window for overtreat-frequency, and -deep-streak uses it
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

void
_ac_guidance_rules_load (AcGuidanceContext *ctx)
{
  g_autoptr(GArray) sessions = recent_and_planned (ctx);

  rule_frequency (ctx, sessions);
  rule_deep_streak (ctx, sessions);
  rule_load (ctx);
}
