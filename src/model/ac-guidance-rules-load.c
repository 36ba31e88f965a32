/* ac-guidance-rules-load.c — too much massage, too close together
 * (overtreat-still-sore and -rising-peaks are in ac-guidance-rules-peaks.c)
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-load"

#include "config.h"

#include <string.h>

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
  N_("You've had much more massage in the last 7 days than in any week of "
     "the 12 weeks before. A sudden jump is when problems are more likely, "
     "so build up gradually and watch how you respond."),
  NULL,
  { "Gabbett 2016", "Sherman et al. 2014" },
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
 * names the latest pair, and says which of them is planned. */
static void
rule_deep_streak (AcGuidanceContext *ctx,
                  GArray            *sessions)
{
  const AcGuidanceSession *prev = NULL;
  const AcGuidanceSession *first = NULL;
  const AcGuidanceSession *second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  char *reason;

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
  if (ac_session_get_planned (first->session))
    /* Translators: two dates */
    reason = g_strdup_printf (_("Deep sessions planned for %s and %s."), a, b);
  else if (ac_session_get_planned (second->session))
    /* Translators: two dates */
    reason = g_strdup_printf (_("A deep session on %s, and another planned for %s."), a, b);
  else
    /* Translators: two dates */
    reason = g_strdup_printf (_("Deep sessions on %s and %s."), a, b);

  _ac_guidance_add (ctx, &deep_streak, NULL, reason, first->session, second->session, NULL);
}

/* The load of each 7-day block back from today, for overtreat-load:
 * block 0 is the last 7 days (today - 6 … today), block k is today - 7k - 6
 * … today - 7k, up to block 12 (today - 90 … today - 84). One walk over the
 * done sessions of those 91 days. */
typedef struct
{
  guint  load[AC_LOAD_WEEKS + 1];
  guint  n_sessions[AC_LOAD_WEEKS + 1];
  guint  minutes[AC_LOAD_WEEKS + 1];
  guint  first_session[AC_LOAD_WEEKS + 1];  /* index into ctx->done */
} AcLoadWeeks;

static void
count_load_weeks (AcGuidanceContext *ctx,
                  AcLoadWeeks       *weeks)
{
  guint32 span = 7 * AC_LOAD_WEEKS + 6;
  guint from = _ac_guidance_first_done_from (ctx, ctx->today_day > span ? ctx->today_day - span : 0);

  memset (weeks, 0, sizeof *weeks);
  for (guint i = from; i < ctx->n_done; i++)
    {
      guint block = (ctx->today_day - ctx->done[i].day) / 7;

      if (weeks->n_sessions[block]++ == 0)
        weeks->first_session[block] = i;
      weeks->load[block] += ac_session_get_load (ctx->done[i].session);
      weeks->minutes[block] += ac_session_get_minutes (ctx->done[i].session);
    }
}

/* "a 60-minute deep session on 14 Nov" */
static char *
describe_sized_session (AcGuidanceContext     *ctx,
                        const AcRecoveryEntry *entry)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, entry->day);
  int minutes = ac_session_get_minutes (entry->session);

  /* Translators: minutes, the pressure (light, moderate, deep), a date */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "a %d-minute %s session on %s",
                                       "a %d-minute %s session on %s",
                                       minutes),
                          minutes, _ac_pressure_word (ac_session_get_pressure (entry->session)),
                          date);
}

/* The sessions of one block, for a sentence: "2 sessions, 120 minutes in
 * all: a 60-minute deep session on 14 Nov and a 60-minute light session
 * on 16 Nov", or the one session. */
static char *
describe_week (AcGuidanceContext *ctx,
               const AcLoadWeeks *weeks,
               guint              block,
               GPtrArray         *records)
{
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  guint first = weeks->first_session[block];

  for (guint i = first; i < first + weeks->n_sessions[block]; i++)
    {
      g_ptr_array_add (phrases, describe_sized_session (ctx, &ctx->done[i]));
      if (records != NULL)
        g_ptr_array_add (records, ctx->done[i].session);
    }

  list = _ac_guidance_join_list (phrases);
  if (weeks->n_sessions[block] == 1)
    return g_steal_pointer (&list);

  /* Translators: sessions, minutes, then a list of sessions such as "a
   * 60-minute deep session on 14 Nov and a 60-minute light session on
   * 16 Nov"; the plural goes with the minutes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u sessions, %u minute in all: %s",
                                       "%u sessions, %u minutes in all: %s",
                                       weeks->minutes[block]),
                          weeks->n_sessions[block], weeks->minutes[block], list);
}

/* overtreat-load: the journal has a done session on or before today - 34
 * (28 days before the first of the last 7 days: four weeks of history),
 * the load of the last 7 days is ≥ 120, and it is more than 1.5 times the
 * highest week load of the 12 consecutive 7-day blocks before them
 * (today - 90 … today - 7), in whole numbers 2 × last > 3 × highest.
 * Against the highest week, not the average, a steady weekly, fortnightly
 * or monthly rhythm never fires it; a real jump does. The reason names the
 * sessions, minutes and pressures of the last 7 days and of the busiest
 * week before (the latest of equals), never a load. */
static void
rule_load (AcGuidanceContext *ctx)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) reason = NULL;
  g_autofree char *last = NULL;
  AcLoadWeeks weeks;
  guint busiest = 0;

  if (ctx->n_done == 0 || ctx->done[0].day + AC_LOAD_HISTORY_DAYS > ctx->today_day)
    return;

  count_load_weeks (ctx, &weeks);
  for (guint k = 1; k <= AC_LOAD_WEEKS; k++)
    if (busiest == 0 || weeks.load[k] > weeks.load[busiest])
      busiest = k;

  if (weeks.load[0] < AC_ACUTE_LOAD_MIN ||
      (guint64) weeks.load[0] * 2 <= (guint64) weeks.load[busiest] * 3)
    return;

  records = g_ptr_array_new ();
  reason = g_ptr_array_new_with_free_func (g_free);
  last = describe_week (ctx, &weeks, 0, records);
  /* Translators: one session, "a 90-minute deep session on 18 Nov", or
   * "2 sessions, 120 minutes in all: …" */
  g_ptr_array_add (reason, g_strdup_printf (_("In the last 7 days: %s."), last));
  if (weeks.n_sessions[busiest] == 0)
    g_ptr_array_add (reason, g_strdup (_("In the 12 weeks before, you had no sessions.")));
  else
    {
      g_autofree char *before = describe_week (ctx, &weeks, busiest, NULL);

      /* Translators: as in "In the last 7 days: %s." */
      g_ptr_array_add (reason, g_strdup_printf (_("Your busiest week in the 12 weeks before: %s."),
                                                before));
    }

  _ac_guidance_add_records (ctx, &load, NULL, _ac_guidance_join (reason), records);
}

void
_ac_guidance_rules_load (AcGuidanceContext *ctx)
{
  g_autoptr(GArray) sessions = recent_and_planned (ctx);

  rule_frequency (ctx, sessions);
  rule_deep_streak (ctx, sessions);
  rule_load (ctx);
}
