/* ac-insights-test.c — small journals for the insights tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights-test"

#include "config.h"

#include "ac-date.h"
#include "ac-insights-test.h"

static void
parse_date (const char *text,
            GDate      *date)
{
  if (!ac_date_parse_iso (text, date))
    g_error ("“%s” is not a date", text);
}

/* Returns: (transfer full): @date moved by @days, "2026-11-20" */
char *
ac_test_insights_day (const char *date,
                      int         days)
{
  GDate day;

  parse_date (date, &day);
  if (days >= 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);
  return ac_date_format_iso (&day);
}

/* Returns: (transfer none): the session, now in @journal */
AcSession *
ac_test_insights_add_session (AcJournal           *journal,
                              const AcTestSession *spec)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = g_strconcat (spec->date, "T12:00:00Z", NULL);
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, utc);
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AcPressure pressure = AC_PRESSURE_MODERATE;
  AcPurpose purpose = AC_PURPOSE_RELAXATION;

  g_assert_nonnull (start);
  g_assert_true (spec->pressure == NULL || ac_pressure_from_string (spec->pressure, &pressure));
  g_assert_true (spec->purpose == NULL || ac_purpose_from_string (spec->purpose, &purpose));

  session = ac_session_new (start, spec->minutes > 0 ? spec->minutes : 60, pressure);
  ac_session_set_purpose (session, purpose);
  ac_session_set_therapist (session, spec->therapist);
  ac_session_set_felt (session, spec->felt);
  ac_session_set_price (session, spec->price);
  ac_session_set_planned (session, spec->planned);
  ac_journal_add_session (journal, session, &error);
  g_assert_no_error (error);

  return session;
}

/* A done session on @date and a check-in the day after with soreness
 * @peak: with no baseline, its peak. A @peak of 1 or less is also
 * recovered on d 1.
 *
 * Returns: (transfer none): the session */
AcSession *
ac_test_insights_add_peak (AcJournal  *journal,
                           const char *date,
                           const char *pressure,
                           int         peak)
{
  AcTestSession spec = { date, 0, pressure, NULL, NULL, -1, NULL, FALSE };
  g_autofree char *next = ac_test_insights_day (date, 1);
  AcSession *session = ac_test_insights_add_session (journal, &spec);

  ac_test_insights_add_checkin (journal, next, peak, -1, -1);
  return session;
}

/* @stress and @sleep may be -1: not told. */
void
ac_test_insights_add_checkin (AcJournal  *journal,
                              const char *date,
                              int         soreness,
                              int         stress,
                              int         sleep)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  parse_date (date, &day);
  checkin = ac_checkin_new (&day, soreness);
  ac_checkin_set_stress (checkin, stress);
  ac_checkin_set_sleep (checkin, sleep);
  ac_journal_add_checkin (journal, checkin, &error);
  g_assert_no_error (error);
}

/* Returns: (transfer full): the insights of @journal on AC_TEST_TODAY */
AcInsights *
ac_test_insights_new (AcJournal *journal)
{
  GDate today;

  parse_date (AC_TEST_TODAY, &today);
  return ac_insights_new (journal, &today);
}

/* Returns: (transfer none) (nullable): the comparison of @group and
 * @measure; @insights holds it */
AcComparison *
ac_test_insights_find (AcInsights       *insights,
                       AcInsightGroup    group,
                       AcInsightMeasure  measure)
{
  GListModel *comparisons = ac_insights_get_comparisons (insights);

  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      if (ac_comparison_get_group (comparison) == group &&
          ac_comparison_get_measure (comparison) == measure)
        return comparison;
    }

  return NULL;
}

/* Returns: (transfer full): the sides as "label count middle low–high",
 * separated by "; " */
char *
ac_test_insights_sides (AcComparison *comparison)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ac_comparison_get_n_sides (comparison); i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (comparison, i);

      g_string_append_printf (out, "%s%s %u %g %g–%g", i > 0 ? "; " : "",
                              side->label, side->count, side->middle, side->low, side->high);
    }

  return g_string_free (out, FALSE);
}
