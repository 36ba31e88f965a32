/* ac-guidance.c — from the journal to advice and statistics
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-date.h"
#include "ac-guidance-private.h"

/* The guidance engine: pure functions from a journal and a day to the
 * advice of GUIDANCE.md and to statistics. Today is always a parameter.
 *
 * Every call analyses the journal once (AcRecovery: done sessions by local
 * date, check-ins up to today, each check-in with its session) and hands
 * that to the rules, which are in ac-guidance-rules-*.c by concern. All of
 * it is O(n log n) in the size of the journal: sorting, bisection, and
 * single walks; a rule never scans the journal once per session.
 *
 * What GUIDANCE.md leaves open, and how it is read here:
 *
 * - A session is done when it is not planned and its local date is on or
 *   before today; a planned session counts when its local date is on or
 *   after today. Planned sessions in the past (bookings never marked done)
 *   and unplanned sessions after today are left out of every rule but
 *   first-session and new-therapist, which ask what else the journal
 *   holds.
 * - "The latest session" is the last done session by local date, then by
 *   start; "the next planned session" the first planned one.
 * - A check-in's `d` is counted from the latest done session on or before
 *   its date (ac-recovery.c), and check-ins after today are not known yet.
 * - "In the last N days" is today - (N - 1) … today. Soreness rules speak
 *   of check-ins in the last 7 days, as red flags do.
 * - Each rule's own reading is written at the rule.
 *
 * The rules run in the order safety, soreness, aftercare, load, peaks,
 * rhythm.
 * Between soreness and aftercare the hold is decided (cleared items go,
 * ac-guidance-hold.c), so that the later rules, rhythm last, can ask
 * whether it is on; after them the hold adds hold-massage and drops what it
 * does not show. The statistics come from the same run, so a suggested
 * date never stands beside a hold. */

static void
item_free (gpointer data)
{
  AcGuidanceItem *item = data;

  g_clear_object (&item->advice);
  g_free (item);
}

static int
compare_planned (gconstpointer a,
                 gconstpointer b)
{
  const AcGuidanceSession *pa = a;
  const AcGuidanceSession *pb = b;

  if (pa->day != pb->day)
    return pa->day < pb->day ? -1 : 1;
  return ac_session_compare (pa->session, pb->session, NULL);
}

static void
collect_planned (AcGuidanceContext *ctx)
{
  GListModel *sessions = ac_journal_get_sessions (ctx->journal);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      AcGuidanceSession planned;

      if (!ac_session_get_planned (session))
        continue;

      planned.day = _ac_session_get_day (session);
      if (planned.day < ctx->today_day)
        continue;

      /* The journal holds the session; the context lives shorter. */
      planned.session = session;
      g_array_append_val (ctx->planned, planned);
    }

  g_array_sort (ctx->planned, compare_planned);
}

static AcGuidanceContext *
context_new (AcJournal   *journal,
             const GDate *today)
{
  AcGuidanceContext *ctx = g_new0 (AcGuidanceContext, 1);

  ctx->journal = g_object_ref (journal);
  ctx->today = *today;
  ctx->today_day = g_date_get_julian (&ctx->today);
  ctx->recovery = ac_recovery_new (journal, today);
  ctx->done = _ac_recovery_get_entries (ctx->recovery, &ctx->n_done);
  ctx->checkins = _ac_recovery_get_checkins (ctx->recovery);
  ctx->checkin_days = _ac_recovery_get_checkin_days (ctx->recovery);
  ctx->planned = g_array_new (FALSE, FALSE, sizeof (AcGuidanceSession));
  ctx->items = g_ptr_array_new_with_free_func (item_free);
  ctx->hold.causes = g_ptr_array_new ();
  ctx->hold.postponed = g_array_new (FALSE, FALSE, sizeof (AcGuidanceSession));
  ctx->baseline = ac_recovery_get_baseline (ctx->recovery, NULL);

  collect_planned (ctx);
  _ac_guidance_read_clearances (ctx);
  _ac_guidance_find_soreness (ctx);
  _ac_guidance_compute_stats (ctx);

  return ctx;
}

static void
context_free (AcGuidanceContext *ctx)
{
  g_clear_pointer (&ctx->items, g_ptr_array_unref);
  g_clear_pointer (&ctx->hold.causes, g_ptr_array_unref);
  g_clear_pointer (&ctx->hold.postponed, g_array_unref);
  g_clear_pointer (&ctx->cleared, g_hash_table_unref);
  g_clear_pointer (&ctx->planned, g_array_unref);
  g_clear_pointer (&ctx->stats, ac_stats_free);
  g_clear_object (&ctx->recovery);
  g_clear_object (&ctx->journal);
  g_free (ctx);
}

/* GUIDANCE.md's order: red flags, soreness-severe, soreness-persistent,
 * referral-not-improving, hold-massage, then the rest. */
static int
item_tier (const AcGuidanceItem *item)
{
  static const char * const first[] = {
    "soreness-severe", "soreness-persistent", "referral-not-improving", "hold-massage",
  };
  const char *id = ac_advice_get_id (item->advice);

  if (g_str_has_prefix (id, "red-flag-"))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    if (strcmp (id, first[i]) == 0)
      return (int) i + 1;
  return G_N_ELEMENTS (first) + 1;
}

/* By tier, then by severity, strongest first (a red flag's after its
 * phase), then by rank: GUIDANCE.md's table order for red flags, the more
 * specific first for the rest. */
static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const AcGuidanceItem *ia = *(const AcGuidanceItem * const *)a;
  const AcGuidanceItem *ib = *(const AcGuidanceItem * const *)b;
  int ta = item_tier (ia);
  int tb = item_tier (ib);

  if (ta != tb)
    return ta - tb;
  if (ia->severity != ib->severity)
    return ia->severity > ib->severity ? -1 : 1;
  return ia->rank - ib->rank;
}

static GListModel *
context_take_advice (AcGuidanceContext *ctx)
{
  GListStore *store = g_list_store_new (AC_TYPE_ADVICE);
  g_autoptr(GPtrArray) advice = g_ptr_array_new ();

  for (guint i = 0; i < ctx->items->len; i++)
    g_ptr_array_add (advice, ((AcGuidanceItem *) g_ptr_array_index (ctx->items, i))->advice);
  g_list_store_splice (store, 0, 0, advice->pdata, advice->len);

  return G_LIST_MODEL (store);
}

/* Every rule, the hold, and the order: what advice and statistics both
 * need, since the hold changes the statistics. */
static void
run_rules (AcGuidanceContext *ctx)
{
  _ac_guidance_rules_safety (ctx);
  _ac_guidance_rules_soreness (ctx);
  _ac_guidance_find_hold (ctx);
  _ac_guidance_rules_booking (ctx);
  _ac_guidance_rules_aftercare (ctx);
  _ac_guidance_rules_load (ctx);
  _ac_guidance_rules_peaks (ctx);
  /* Last: next-session and predicted-soreness read what fired before. */
  _ac_guidance_rules_rhythm (ctx);
  _ac_guidance_apply_hold (ctx);

  g_ptr_array_sort (ctx->items, compare_items);
  _ac_guidance_collect_causes (ctx);
}

/**
 * ac_guidance_compute_advice:
 * @journal: the journal
 * @today: the day the advice is for
 *
 * Applies every rule of GUIDANCE.md to @journal as it stands on @today,
 * in its order: red flags, `soreness-severe`, `soreness-persistent`,
 * `referral-not-improving`, `hold-massage`, then the other items by
 * severity, strongest first. While a hold is on, only what GUIDANCE.md
 * shows during a hold is in the list.
 *
 * Returns: (transfer full): a #GListModel of #AcAdvice, possibly empty
 */
GListModel *
ac_guidance_compute_advice (AcJournal   *journal,
                            const GDate *today)
{
  return ac_guidance_compute (journal, today, NULL);
}

/**
 * ac_guidance_compute_stats:
 * @journal: the journal
 * @today: the day the statistics are for
 *
 * The rules run too: a hold (GUIDANCE.md) leaves no suggested date and no
 * prediction, and sets @hold.
 *
 * Returns: (transfer full): the statistics of @journal on @today
 */
AcStats *
ac_guidance_compute_stats (AcJournal   *journal,
                           const GDate *today)
{
  AcStats *stats = NULL;
  g_autoptr(GListModel) advice = NULL;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  advice = ac_guidance_compute (journal, today, &stats);
  return stats;
}

/**
 * ac_guidance_compute:
 * @journal: the journal
 * @today: the day the advice is for
 * @stats: (out) (optional) (transfer full): the statistics
 *
 * Both ac_guidance_compute_advice() and ac_guidance_compute_stats() from
 * one analysis of the journal.
 *
 * Returns: (transfer full): a #GListModel of #AcAdvice
 */
GListModel *
ac_guidance_compute (AcJournal    *journal,
                     const GDate  *today,
                     AcStats     **stats)
{
  return ac_guidance_compute_all (journal, today, stats, NULL);
}

/**
 * ac_guidance_compute_all:
 * @journal: the journal
 * @today: the day the advice is for
 * @stats: (out) (optional) (transfer full): the statistics
 * @hold: (out) (optional) (transfer full): the hold
 *
 * The advice, the statistics and the hold (ac_guidance_compute_hold())
 * from one run of the engine.
 *
 * Returns: (transfer full): a #GListModel of #AcAdvice
 */
GListModel *
ac_guidance_compute_all (AcJournal    *journal,
                         const GDate  *today,
                         AcStats     **stats,
                         AcHold      **hold)
{
  AcGuidanceContext *ctx;
  GListModel *advice;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  ctx = context_new (journal, today);
  run_rules (ctx);
  advice = context_take_advice (ctx);
  if (stats != NULL)
    *stats = g_steal_pointer (&ctx->stats);
  if (hold != NULL)
    *hold = _ac_guidance_make_hold (ctx);
  context_free (ctx);

  return advice;
}

static char **
ids_of (GPtrArray *records,
        GType      type)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **ids;

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (record, type))
        continue;
      g_strv_builder_add (builder, ac_record_get_id (record));
    }

  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/*
 * _ac_guidance_add_records:
 * @rule: the rule that fired
 * @body: (transfer full) (nullable): the advice, or %NULL for the rule's
 * @reason: (transfer full): the data that made it fire
 * @records: (nullable): the sessions and check-ins it is about
 */
void
_ac_guidance_add_records (AcGuidanceContext *ctx,
                          const AcRule      *rule,
                          char              *body,
                          char              *reason,
                          GPtrArray         *records)
{
  g_autofree char *owned_body = body;
  g_autofree char *owned_reason = reason;
  g_auto(GStrv) session_ids = ids_of (records, AC_TYPE_SESSION);
  g_auto(GStrv) checkin_ids = ids_of (records, AC_TYPE_CHECKIN);
  AcGuidanceItem *item = g_new0 (AcGuidanceItem, 1);

  g_assert (rule->body != NULL || body != NULL);

  item->advice = g_object_new (AC_TYPE_ADVICE,
                               "id", rule->id,
                               "severity", rule->severity,
                               "group", ac_advice_group_for_id (rule->id),
                               "evidence", rule->evidence,
                               "evidence-note", rule->evidence_note ? _(rule->evidence_note) : NULL,
                               "title", _(rule->title),
                               "body", owned_body ? owned_body : _(rule->body),
                               "reason", owned_reason,
                               "sources", rule->sources,
                               "session-ids", session_ids,
                               "checkin-ids", checkin_ids,
                               NULL);
  item->severity = rule->severity;
  item->rank = rule->rank;
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (AC_IS_CHECKIN (g_ptr_array_index (records, i)))
      item->latest_checkin = MAX (item->latest_checkin,
                                  ac_checkin_get_julian (g_ptr_array_index (records, i)));

  g_ptr_array_add (ctx->items, item);
}

/* The same, with the records as a NULL-terminated list. */
void
_ac_guidance_add (AcGuidanceContext *ctx,
                  const AcRule      *rule,
                  char              *body,
                  char              *reason,
                  ...)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  gpointer record;
  va_list args;

  va_start (args, reason);
  while ((record = va_arg (args, gpointer)) != NULL)
    g_ptr_array_add (records, record);
  va_end (args);

  _ac_guidance_add_records (ctx, rule, body, reason, records);
}

/* The latest done session, or NULL. */
const AcRecoveryEntry *
_ac_guidance_get_latest (AcGuidanceContext *ctx)
{
  return ctx->n_done > 0 ? &ctx->done[ctx->n_done - 1] : NULL;
}

/* The next planned session, or NULL. */
const AcGuidanceSession *
_ac_guidance_get_next_planned (AcGuidanceContext *ctx)
{
  return ctx->planned->len > 0 ? &g_array_index (ctx->planned, AcGuidanceSession, 0) : NULL;
}

/* The index of the first done session on or after @day, or n_done. */
guint
_ac_guidance_first_done_from (AcGuidanceContext *ctx,
                              guint32            day)
{
  guint lo = 0;
  guint hi = ctx->n_done;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ctx->done[mid].day < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The index of the last check-in on or before @day, or -1. */
int
_ac_guidance_last_checkin_until (AcGuidanceContext *ctx,
                                 guint32            day)
{
  guint lo = 0;
  guint hi = ctx->checkins->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ctx->checkin_days[mid] <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (int) lo - 1;
}

AcCheckin *
_ac_guidance_get_checkin (AcGuidanceContext *ctx,
                          int                index)
{
  g_assert (index >= 0 && (guint) index < ctx->checkins->len);

  return g_ptr_array_index (ctx->checkins, index);
}

/* overtreat-still-sore for a session on @day: the latest check-in within
 * the 2 days before it (@day - 2 and @day - 1: a check-in on the day itself
 * may come after the massage) has excess soreness 4 or more, whatever it
 * is attributed to. */
gboolean
_ac_guidance_is_sore_before (AcGuidanceContext *ctx,
                             guint32            day,
                             int               *checkin_index)
{
  int last = _ac_guidance_last_checkin_until (ctx, day - 1);
  int soreness;

  if (last < 0 || ctx->checkin_days[last] + 2 < day)
    return FALSE;
  soreness = ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, last));
  if (_ac_recovery_get_excess (ctx->recovery, soreness) < AC_MODERATE_SORENESS)
    return FALSE;

  if (checkin_index != NULL)
    *checkin_index = last;
  return TRUE;
}

/* Whether an item with @id has been added so far: the rules run in the
 * order of run_rules(). */
gboolean
_ac_guidance_has_item (AcGuidanceContext *ctx,
                       const char        *id)
{
  for (guint i = 0; i < ctx->items->len; i++)
    {
      AcGuidanceItem *item = g_ptr_array_index (ctx->items, i);

      if (g_strcmp0 (ac_advice_get_id (item->advice), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether @day is in the last 7 days, today - 6 … today. */
gboolean
_ac_guidance_is_recent (AcGuidanceContext *ctx,
                        guint32            day)
{
  return day <= ctx->today_day && day + (AC_RECENT_DAYS - 1) >= ctx->today_day;
}

int
_ac_round (double value)
{
  return (int) floor (value + 0.5);
}

/* A short date in the user's locale, with the year when it is not this
 * year's: "20 Nov", "3 Mar 2025". */
char *
_ac_guidance_format_day (AcGuidanceContext *ctx,
                         guint32            day)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 12, 0, 0);

  /* GDateTime ends with the year 9999; a suggestion can go past it. */
  if (dt == NULL)
    return ac_date_format_iso (&date);

  if (g_date_get_year (&date) == g_date_get_year (&ctx->today))
    /* Translators: a short date, "20 Nov"; see g_date_time_format() */
    return g_date_time_format (dt, C_("short date", "%-e %b"));
  /* Translators: a short date with the year, "20 Nov 2025" */
  return g_date_time_format (dt, C_("short date with year", "%-e %b %Y"));
}

/* A pressure as a word in a sentence: "your deep session". */
const char *
_ac_pressure_word (AcPressure pressure)
{
  switch (pressure)
    {
    case AC_PRESSURE_LIGHT:    return C_("pressure, in a sentence", "light");
    case AC_PRESSURE_MODERATE: return C_("pressure, in a sentence", "moderate");
    case AC_PRESSURE_DEEP:     return C_("pressure, in a sentence", "deep");
    default:                   g_return_val_if_reached ("");
    }
}

/* "Your deep session was yesterday, 20 Nov." */
char *
_ac_guidance_describe_when (AcGuidanceContext     *ctx,
                            const AcRecoveryEntry *entry)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, entry->day);
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (entry->session));
  int d = (int) (ctx->today_day - entry->day);

  if (d == 0)
    /* Translators: the pressure (light, moderate, deep), then a date */
    return g_strdup_printf (_("Your %s session was today, %s."), pressure, date);
  if (d == 1)
    /* Translators: the pressure (light, moderate, deep), then a date */
    return g_strdup_printf (_("Your %s session was yesterday, %s."), pressure, date);

  /* Translators: the pressure (light, moderate, deep), days, a date */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Your %s session was %d day ago, %s.",
                                       "Your %s session was %d days ago, %s.", d),
                          pressure, d, date);
}

/* "Soreness 5 on 24 Nov, 4 days after your deep session of 20 Nov." */
char *
_ac_guidance_describe_point (AcGuidanceContext     *ctx,
                             const AcRecoveryEntry *entry,
                             const AcRecoveryPoint *point)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, entry->day + point->day);
  g_autofree char *session_date = _ac_guidance_format_day (ctx, entry->day);
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (entry->session));

  if (point->day == 0)
    /* Translators: soreness 0–10, a date, the pressure (light, moderate, deep) */
    return g_strdup_printf (_("Soreness %d on %s, the day of your %s session."),
                            point->soreness, date, pressure);

  /* Translators: soreness 0–10, a date, days, the pressure (light,
   * moderate, deep), the session's date */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Soreness %d on %s, %d day after your %s session of %s.",
                                       "Soreness %d on %s, %d days after your %s session of %s.",
                                       point->day),
                          point->soreness, date, point->day, pressure, session_date);
}

/* A check-in as _ac_guidance_describe_point() says it when it is
 * attributed to a session, "Soreness 8 on 22 Nov." when it is not. */
char *
_ac_guidance_describe_checkin (AcGuidanceContext *ctx,
                               int                index)
{
  guint32 day = ctx->checkin_days[index];
  int soreness = ac_checkin_get_soreness (_ac_guidance_get_checkin (ctx, index));
  int owner = _ac_recovery_get_attributed (ctx->recovery, (guint) index);
  g_autofree char *date = NULL;

  if (owner >= 0)
    {
      const AcRecoveryEntry *entry = &ctx->done[owner];
      AcRecoveryPoint point = { (int) (day - entry->day), soreness, NULL };

      return _ac_guidance_describe_point (ctx, entry, &point);
    }

  date = _ac_guidance_format_day (ctx, day);
  /* Translators: soreness 0–10, then a date */
  return g_strdup_printf (_("Soreness %d on %s."), soreness, date);
}

/* Sentences, one after the other; @sentences (of char *) gets a NULL
 * terminator and is not for adding to after. */
char *
_ac_guidance_join (GPtrArray *sentences)
{
  g_ptr_array_add (sentences, NULL);
  return g_strjoinv (" ", (char **) sentences->pdata);
}

/* Phrases as a list in a sentence: "a", "a and b", "a, b and c". */
char *
_ac_guidance_join_list (GPtrArray *phrases)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < phrases->len; i++)
    {
      if (i > 0 && i + 1 == phrases->len)
        /* Translators: before the last item of a list, "a, b and c" */
        g_string_append (list, _(" and "));
      else if (i > 0)
        /* Translators: between items of a list, "a, b and c" */
        g_string_append (list, _(", "));
      g_string_append (list, g_ptr_array_index (phrases, i));
    }

  return g_string_free (list, FALSE);
}

/* "your deep session planned for 17 Jun", "your deep session of 12 Jun" */
char *
_ac_guidance_describe_session (AcGuidanceContext *ctx,
                               AcSession         *session,
                               guint32            day)
{
  g_autofree char *date = _ac_guidance_format_day (ctx, day);
  const char *pressure = _ac_pressure_word (ac_session_get_pressure (session));

  if (ac_session_get_planned (session))
    /* Translators: the pressure (light, moderate, deep), then a date */
    return g_strdup_printf (_("your %s session planned for %s"), pressure, date);
  /* Translators: the pressure (light, moderate, deep), then a date */
  return g_strdup_printf (_("your %s session of %s"), pressure, date);
}
