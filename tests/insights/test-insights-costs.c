/* test-insights-costs.c — what massage cost: per currency and never added
 * across them, the 30- and 365-day windows at their edges, by therapist,
 * only done sessions, exact amounts
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights-costs"

#include "config.h"

#include "ac-insights-test.h"

static void
add_priced (AcJournal  *journal,
            int         days_ago,
            const char *price,
            const char *therapist,
            gboolean    planned)
{
  g_autofree char *date = ac_test_insights_day (AC_TEST_TODAY, -days_ago);
  AcTestSession spec = { date, 0, "moderate", NULL, therapist, -1, price, planned };

  ac_test_insights_add_session (journal, &spec);
}

static char *
amount (const AcCost *cost,
        gint64        value)
{
  return ac_cost_format_amount (cost, value);
}

#define assert_amount(cost, value, expected) \
  G_STMT_START { \
    g_autofree char *amount_ = amount ((cost), (value)); \
    g_assert_cmpstr (amount_, ==, (expected)); \
  } G_STMT_END

/* "Ana 115.25, Bo 40.50" */
static char *
describe_therapists (const AcCost *cost)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < cost->n_therapists; i++)
    {
      g_autofree char *total = amount (cost, cost->by_therapist[i].total);

      g_string_append_printf (out, "%s%s %s", i > 0 ? ", " : "", cost->by_therapist[i].name, total);
    }

  return g_string_free (out, FALSE);
}

#define assert_therapists(cost, expected) \
  G_STMT_START { \
    g_autofree char *therapists_ = describe_therapists (cost); \
    g_assert_cmpstr (therapists_, ==, (expected)); \
  } G_STMT_END

static void
test_windows_and_currencies (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  const AcCost *costs;
  guint n;

  add_priced (journal, 0, "60.00 EUR", "Ana", FALSE);
  add_priced (journal, 29, "40.5 EUR", "Bo", FALSE);     /* last day of 30 */
  add_priced (journal, 30, "55.25 EUR", "Ana", FALSE);   /* first day out of 30 */
  add_priced (journal, 364, "10.00 EUR", NULL, FALSE);   /* last day of 365 */
  add_priced (journal, 365, "99.00 EUR", "Bo", FALSE);   /* out */
  add_priced (journal, 1, "70 USD", "Ana", FALSE);
  add_priced (journal, 400, "20.00 GBP", "Ana", FALSE);  /* only long ago */
  add_priced (journal, 10, NULL, "Ana", FALSE);          /* no price */
  add_priced (journal, 2, "500.00 EUR", "Ana", TRUE);    /* planned, in the past */
  add_priced (journal, -3, "500.00 EUR", "Ana", TRUE);   /* planned */
  add_priced (journal, -1, "500.00 EUR", "Bo", FALSE);   /* after today */
  insights = ac_test_insights_new (journal);
  costs = ac_insights_get_costs (insights, &n);

  g_assert_cmpuint (n, ==, 2);

  g_assert_cmpstr (costs[0].currency, ==, "EUR");
  g_assert_cmpint (costs[0].decimals, ==, 2);
  g_assert_cmpint (costs[0].last_30_days, ==, 10050);
  g_assert_cmpint (costs[0].last_365_days, ==, 16575);
  assert_amount (&costs[0], costs[0].last_30_days, "100.50");
  assert_amount (&costs[0], costs[0].last_365_days, "165.75");
  assert_therapists (&costs[0], "Ana 115.25, Bo 40.50");

  g_assert_cmpstr (costs[1].currency, ==, "USD");
  g_assert_cmpint (costs[1].decimals, ==, 0);
  assert_amount (&costs[1], costs[1].last_30_days, "70");
  assert_amount (&costs[1], costs[1].last_365_days, "70");
  assert_therapists (&costs[1], "Ana 70");

  /* The time the same windows took, priced or not: 0, 1, 10 and 29 days
   * ago in 30 days, and 30 and 364 too in 365; an hour each. */
  {
    AcTimeSpent time_spent;

    ac_insights_get_time_spent (insights, &time_spent);
    g_assert_cmpuint (time_spent.sessions_30_days, ==, 4);
    g_assert_cmpuint (time_spent.minutes_30_days, ==, 240);
    g_assert_cmpuint (time_spent.sessions_365_days, ==, 6);
    g_assert_cmpuint (time_spent.minutes_365_days, ==, 360);
  }
}

/* Thousandths add up exactly: no 0.1 + 0.2 here. */
static void
test_exact (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  const AcCost *costs;
  guint n;

  add_priced (journal, 1, "0.1 KWD", "Ana", FALSE);
  add_priced (journal, 2, "0.2 KWD", "Ana", FALSE);
  add_priced (journal, 3, "1.125 KWD", "Bo", FALSE);
  add_priced (journal, 4, "999999999.999 CHF", NULL, FALSE);
  add_priced (journal, 5, "999999999.999 CHF", NULL, FALSE);
  insights = ac_test_insights_new (journal);
  costs = ac_insights_get_costs (insights, &n);

  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (costs[0].currency, ==, "CHF");
  assert_amount (&costs[0], costs[0].last_30_days, "1999999999.998");
  assert_therapists (&costs[0], "");
  g_assert_cmpstr (costs[1].currency, ==, "KWD");
  assert_amount (&costs[1], costs[1].last_30_days, "1.425");
  assert_therapists (&costs[1], "Bo 1.125, Ana 0.300");
}

static void
test_no_prices (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcInsights) insights = NULL;
  guint n = 99;

  add_priced (journal, 1, NULL, "Ana", FALSE);
  insights = ac_test_insights_new (journal);
  ac_insights_get_costs (insights, &n);
  g_assert_cmpuint (n, ==, 0);

  /* Time is counted without a price. */
  {
    AcTimeSpent time_spent;

    ac_insights_get_time_spent (insights, &time_spent);
    g_assert_cmpuint (time_spent.sessions_30_days, ==, 1);
    g_assert_cmpuint (time_spent.minutes_365_days, ==, 60);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/insights/costs/windows-and-currencies", test_windows_and_currencies);
  g_test_add_func ("/insights/costs/exact", test_exact);
  g_test_add_func ("/insights/costs/no-prices", test_no_prices);

  return g_test_run ();
}
