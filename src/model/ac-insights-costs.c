/* ac-insights-costs.c — what massage cost, per currency
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ac-insights-private.h"
#include "ac-price.h"

/* GUIDANCE.md: per currency, never added across currencies, the last 30
 * days (today − 29 … today), the last 365 days (today − 364 … today) and
 * per therapist over the last 365 days; only done sessions count, which
 * are the recovery analysis's sessions (not planned, on or before today).
 *
 * Prices are added as integers in thousandths, the finest a price may be
 * written in, and brought back to the most decimals a price in that
 * currency had: exact, with no floating point. A currency is listed when a
 * done session of the last 365 days has a price in it; currencies by
 * their code. */

#define LAST_30_DAYS   30
#define LAST_365_DAYS 365

/* Amounts in thousandths, while adding up. */
typedef struct
{
  char        currency[4];
  int         decimals;
  gint64      last_30_days;
  gint64      last_365_days;
  GHashTable *by_therapist;  /* name (borrowed) → gint64 * */
} Tally;

static void
tally_free (Tally *tally)
{
  g_hash_table_unref (tally->by_therapist);
  g_free (tally);
}

static gint64
power_of_ten (int exponent)
{
  gint64 value = 1;

  while (exponent-- > 0)
    value *= 10;
  return value;
}

static Tally *
lookup_tally (GHashTable *tallies,
              const char *currency)
{
  Tally *tally = g_hash_table_lookup (tallies, currency);

  if (tally == NULL)
    {
      tally = g_new0 (Tally, 1);
      memcpy (tally->currency, currency, sizeof tally->currency);
      tally->by_therapist = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_hash_table_insert (tallies, tally->currency, tally);
    }

  return tally;
}

static void
add_price (Tally      *tally,
           AcSession  *session,
           gint64      thousandths,
           gboolean    last_30_days)
{
  const char *therapist = ac_session_get_therapist (session);

  tally->last_365_days += thousandths;
  if (last_30_days)
    tally->last_30_days += thousandths;

  if (therapist != NULL && therapist[0] != '\0')
    {
      gint64 *total = g_hash_table_lookup (tally->by_therapist, therapist);

      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (tally->by_therapist, (gpointer) therapist, total);
        }
      *total += thousandths;
    }
}

static int
compare_therapists (gconstpointer a,
                    gconstpointer b)
{
  const AcTherapistCost *x = a;
  const AcTherapistCost *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return strcmp (x->name, y->name);
}

static void
cost_clear (AcCost *cost)
{
  for (guint i = 0; i < cost->n_therapists; i++)
    g_free (cost->by_therapist[i].name);
  g_clear_pointer (&cost->by_therapist, g_free);
}

static AcCost
finish_tally (Tally *tally)
{
  gint64 unit = power_of_ten (AC_PRICE_MAX_DECIMALS - tally->decimals);
  AcCost cost = { "", tally->decimals, 0, 0, 0, NULL };
  GHashTableIter iter;
  gpointer name, total;
  guint i = 0;

  memcpy (cost.currency, tally->currency, sizeof cost.currency);
  /* Every price had at most @decimals decimals: these divide exactly. */
  cost.last_30_days = tally->last_30_days / unit;
  cost.last_365_days = tally->last_365_days / unit;
  cost.n_therapists = g_hash_table_size (tally->by_therapist);
  cost.by_therapist = g_new0 (AcTherapistCost, MAX (cost.n_therapists, 1));

  g_hash_table_iter_init (&iter, tally->by_therapist);
  while (g_hash_table_iter_next (&iter, &name, &total))
    {
      cost.by_therapist[i].name = g_strdup (name);
      cost.by_therapist[i].total = *(gint64 *) total / unit;
      i++;
    }
  qsort (cost.by_therapist, cost.n_therapists, sizeof (AcTherapistCost), compare_therapists);

  return cost;
}

static int
compare_costs (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const AcCost *) a)->currency, ((const AcCost *) b)->currency);
}

/**
 * _ac_insights_compute_costs:
 * @today: today's Julian day
 *
 * Returns: (transfer full) (element-type AcCost): the costs by currency
 */
GArray *
_ac_insights_compute_costs (AcRecovery *recovery,
                            guint32     today)
{
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) tally_free);
  GArray *costs = g_array_new (FALSE, FALSE, sizeof (AcCost));
  const AcRecoveryEntry *entries;
  GHashTableIter iter;
  gpointer tally;
  guint n;

  g_array_set_clear_func (costs, (GDestroyNotify) cost_clear);
  entries = _ac_recovery_get_entries (recovery, &n);

  /* The entries are by date: the last 365 days are a tail of them. */
  for (guint i = n; i > 0 && entries[i - 1].day + LAST_365_DAYS > today; i--)
    {
      AcSession *session = entries[i - 1].session;
      char currency[4];
      gint64 units;
      int decimals;
      Tally *found;

      if (!ac_price_parse (ac_session_get_price (session), &units, &decimals, currency))
        continue;

      found = lookup_tally (tallies, currency);
      found->decimals = MAX (found->decimals, decimals);
      add_price (found, session, units * power_of_ten (AC_PRICE_MAX_DECIMALS - decimals),
                 entries[i - 1].day + LAST_30_DAYS > today);
    }

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, &tally))
    {
      AcCost cost = finish_tally (tally);

      g_array_append_val (costs, cost);
    }
  g_array_sort (costs, compare_costs);

  return costs;
}

/**
 * _ac_insights_compute_time:
 * @today: today's Julian day
 * @time_spent: (out caller-allocates): the sessions and minutes of the
 *   same windows as the costs, priced or not
 */
void
_ac_insights_compute_time (AcRecovery  *recovery,
                           guint32      today,
                           AcTimeSpent *time_spent)
{
  const AcRecoveryEntry *entries;
  guint n;

  *time_spent = (AcTimeSpent) { 0 };
  entries = _ac_recovery_get_entries (recovery, &n);
  for (guint i = n; i > 0 && entries[i - 1].day + LAST_365_DAYS > today; i--)
    {
      guint minutes = (guint) MAX (0, ac_session_get_minutes (entries[i - 1].session));

      time_spent->sessions_365_days++;
      time_spent->minutes_365_days += minutes;
      if (entries[i - 1].day + LAST_30_DAYS > today)
        {
          time_spent->sessions_30_days++;
          time_spent->minutes_30_days += minutes;
        }
    }
}

/**
 * ac_cost_format_amount:
 * @cost: the costs of one currency
 * @amount: one of its amounts
 *
 * Writes an amount as the journal writes prices, without the currency:
 * "120.00" for 12000 with 2 decimals.
 *
 * Returns: (transfer full): the amount
 */
char *
ac_cost_format_amount (const AcCost *cost,
                       gint64        amount)
{
  gint64 unit;

  g_return_val_if_fail (cost != NULL, NULL);
  g_return_val_if_fail (amount >= 0, NULL);

  if (cost->decimals == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, amount);

  unit = power_of_ten (cost->decimals);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT,
                          amount / unit, cost->decimals, amount % unit);
}
