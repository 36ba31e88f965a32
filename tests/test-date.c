/* test-date.c — calendar dates as the journal writes them: YYYY-MM-DD and
 * nothing else
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-date.h"

/* What is read is written back as it was. Years before 1000 are read:
 * the journal's rule on years says what is wrong with them. */
static void
test_parse_good (void)
{
  const char *good[] = { "2026-11-21", "2024-02-29", "2028-02-29", "2000-02-29", "1000-01-01",
                         "9999-12-31", "0999-12-31", "0001-01-01", "2026-01-05", "2026-12-31" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *again = NULL;

      g_test_message ("“%s”", good[i]);
      g_assert_true (ac_date_parse_iso (good[i], &date));
      g_assert_true (g_date_valid (&date));
      again = ac_date_format_iso (&date);
      g_assert_cmpstr (again, ==, good[i]);
    }

  g_assert_true (ac_date_parse_iso ("2028-02-29", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2028);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
}

/* Not a day that exists, not four-two-two digits, or anything before or
 * after it. A refused text leaves @date as it was. */
static void
test_parse_bad (void)
{
  const char *bad[] = {
    /* no such day */
    "2026-02-29", "2025-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
    "2026-11-31", "2026-04-31", "0000-01-01",
    /* not YYYY-MM-DD */
    "2026-1-05", "2026-01-5", "26-11-21", "20261-11-21", "2026-011-21", "2026--11-21",
    "2026-W47-6", "2026-325", "20261121", "2026/11/21", "2026.11.21", "2026-11",
    "+2026-11-21", "-2026-11-21", "２０２６-11-21", "2026‐11‐21",
    /* something before or after */
    " 2026-11-21", "  2026-11-21", "\t2026-11-21", "2026-11-21 ", "2026-11-21\n",
    "2026-11-21x", "2026-11-21T00:00", "2026-11-21Z", "2026-11-211",
    "",
  };
  GDate date;
  GDate before;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  before = date;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("“%s”", bad[i]);
      g_assert_false (ac_date_parse_iso (bad[i], &date));
      g_assert_cmpint (g_date_compare (&date, &before), ==, 0);
    }
  g_assert_false (ac_date_parse_iso (NULL, &date));
  /* The text ends where its NUL is: "2026-11-21" then more is refused
   * above; a NUL before the tenth character is too. */
  g_assert_false (ac_date_parse_iso ("2026-11-2\0" "1", &date));
}

static void
test_parse_no_date (void)
{
  if (g_test_undefined ())
    {
      g_test_expect_message ("ac-date", G_LOG_LEVEL_CRITICAL, "*date != NULL*");
      g_assert_false (ac_date_parse_iso ("2026-11-21", NULL));
      g_test_assert_expected_messages ();
    }
}

/* Four digits of year at least, two of month and day; a year past 9999
 * (a suggestion can go there) has all its digits. */
static void
test_format (void)
{
  struct { int year, month, day; const char *text; } cases[] = {
    { 2026, 3, 5, "2026-03-05" },
    { 2026, 12, 31, "2026-12-31" },
    { 999, 1, 9, "0999-01-09" },
    { 10000, 1, 1, "10000-01-01" },
  };
  GDate date, invalid;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, cases[i].day, cases[i].month, cases[i].year);
      text = ac_date_format_iso (&date);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  if (g_test_undefined ())
    {
      g_date_clear (&invalid, 1);
      g_test_expect_message ("ac-date", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
      g_assert_null (ac_date_format_iso (&invalid));
      g_test_assert_expected_messages ();
    }
}

/* The day of a date-time is the day in its own zone, not in UTC or the
 * local zone. */
static void
test_date_time (void)
{
  struct { const char *time; int year, month, day; } cases[] = {
    { "2026-11-21T23:30:00-05:00", 2026, 11, 21 },  /* 22 Nov in UTC */
    { "2026-11-22T00:30:00+01:00", 2026, 11, 22 },  /* 21 Nov in UTC */
    { "2028-02-29T12:00:00Z", 2028, 2, 29 },
    { "2026-12-31T23:59:59+14:00", 2026, 12, 31 },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (cases[i].time, NULL);

      g_assert_nonnull (time);
      ac_date_set_date_time (&date, time);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpint (g_date_get_year (&date), ==, cases[i].year);
      g_assert_cmpint (g_date_get_month (&date), ==, cases[i].month);
      g_assert_cmpint (g_date_get_day (&date), ==, cases[i].day);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse-good", test_parse_good);
  g_test_add_func ("/date/parse-bad", test_parse_bad);
  g_test_add_func ("/date/parse-no-date", test_parse_no_date);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/date-time", test_date_time);

  return g_test_run ();
}
