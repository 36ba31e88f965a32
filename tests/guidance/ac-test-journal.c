/* ac-test-journal.c — small journals for the guidance tests, in a line each
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-test-journal"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ac-enum-types.h"
#include "ac-test-journal.h"

AcJournal *
ac_test_journal_new (void)
{
  return ac_journal_new ();
}

/* "2026-11-20" is noon UTC; anything longer is ISO 8601 with an offset,
 * "2026-11-20T23:30:00+02:00". */
static GDateTime *
parse_start (const char *start)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *full = NULL;
  GDateTime *dt;

  if (strlen (start) == 10)
    full = g_strconcat (start, "T12:00:00Z", NULL);
  else
    full = g_strdup (start);

  dt = g_date_time_new_from_iso8601 (full, utc);
  if (dt == NULL)
    g_error ("“%s” is not a start", start);
  return dt;
}

static AcSession *
add_session (AcJournal  *journal,
             const char *start,
             int         minutes,
             const char *pressure,
             const char *purpose,
             const char *therapist,
             gboolean    planned,
             AcArea      areas)
{
  g_autoptr(GDateTime) dt = parse_start (start);
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AcPressure p;
  AcPurpose u = AC_PURPOSE_RELAXATION;

  g_assert_true (ac_pressure_from_string (pressure, &p));
  g_assert_true (purpose == NULL || ac_purpose_from_string (purpose, &u));

  session = ac_session_new (dt, minutes, p);
  ac_session_set_purpose (session, u);
  ac_session_set_therapist (session, therapist);
  ac_session_set_planned (session, planned);
  ac_session_set_areas (session, areas);
  ac_journal_add_session (journal, session, &error);
  g_assert_no_error (error);

  return session;
}

/**
 * ac_test_add_session_full:
 * @purpose: (nullable): a purpose word, or %NULL for relaxation
 * @therapist: (nullable): a name
 *
 * Returns: (transfer none): the session, now in @journal
 */
AcSession *
ac_test_add_session_full (AcJournal  *journal,
                          const char *start,
                          int         minutes,
                          const char *pressure,
                          const char *purpose,
                          const char *therapist,
                          gboolean    planned)
{
  return add_session (journal, start, minutes, pressure, purpose, therapist, planned, AC_AREA_NONE);
}

/* Returns: (transfer none): a done session on @areas, now in @journal */
AcSession *
ac_test_add_session_areas (AcJournal  *journal,
                           const char *start,
                           int         minutes,
                           const char *pressure,
                           AcArea      areas)
{
  return add_session (journal, start, minutes, pressure, NULL, NULL, FALSE, areas);
}

/* Returns: (transfer none): a done session, now in @journal */
AcSession *
ac_test_add_session (AcJournal  *journal,
                     const char *start,
                     int         minutes,
                     const char *pressure)
{
  return ac_test_add_session_full (journal, start, minutes, pressure, NULL, NULL, FALSE);
}

/* Returns: (transfer none): a planned session, now in @journal */
AcSession *
ac_test_add_planned (AcJournal  *journal,
                     const char *start,
                     int         minutes,
                     const char *pressure)
{
  return ac_test_add_session_full (journal, start, minutes, pressure, NULL, NULL, TRUE);
}

/* "2026-11-20" */
void
ac_test_date (const char *text,
              GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (sscanf (text, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    g_error ("“%s” is not a date", text);
  g_date_set_dmy (date, d, m, y);
}

static AcCheckin *
add_checkin (AcJournal  *journal,
             const char *date,
             int         soreness,
             AcSymptom   symptoms,
             AcArea      areas)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  ac_test_date (date, &day);
  checkin = ac_checkin_new (&day, soreness);
  ac_checkin_set_symptoms (checkin, symptoms);
  ac_checkin_set_areas (checkin, areas);
  ac_journal_add_checkin (journal, checkin, &error);
  g_assert_no_error (error);

  return checkin;
}

/* Returns: (transfer none): the check-in, now in @journal */
AcCheckin *
ac_test_add_checkin_symptoms (AcJournal  *journal,
                              const char *date,
                              int         soreness,
                              AcSymptom   symptoms)
{
  return add_checkin (journal, date, soreness, symptoms, AC_AREA_NONE);
}

/* Returns: (transfer none): the check-in of soreness in @areas, now in
 * @journal */
AcCheckin *
ac_test_add_checkin_areas (AcJournal  *journal,
                           const char *date,
                           int         soreness,
                           AcArea      areas)
{
  return add_checkin (journal, date, soreness, AC_SYMPTOM_NONE, areas);
}

/* Returns: (transfer none): the check-in, now in @journal */
AcCheckin *
ac_test_add_checkin (AcJournal  *journal,
                     const char *date,
                     int         soreness)
{
  return ac_test_add_checkin_symptoms (journal, date, soreness, AC_SYMPTOM_NONE);
}

void
ac_test_set_conditions (AcJournal   *journal,
                        AcCondition  conditions)
{
  g_autoptr(GError) error = NULL;

  ac_journal_set_conditions (journal, conditions, &error);
  g_assert_no_error (error);
}

/* Returns: (transfer full): the advice for @today */
GListModel *
ac_test_advice (AcJournal  *journal,
                const char *today)
{
  GDate day;

  ac_test_date (today, &day);
  return ac_guidance_compute_advice (journal, &day);
}

/* Returns: (transfer full): the statistics for @today */
AcStats *
ac_test_stats (AcJournal  *journal,
               const char *today)
{
  GDate day;

  ac_test_date (today, &day);
  return ac_guidance_compute_stats (journal, &day);
}

/* Returns: (transfer none) (nullable): the item with @id; @advice holds it */
AcAdvice *
ac_test_find (GListModel *advice,
              const char *id)
{
  guint n = g_list_model_get_n_items (advice);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      if (g_strcmp0 (ac_advice_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}

/* Returns: (transfer full): the ids of @advice in order, space-separated */
char *
ac_test_ids (GListModel *advice)
{
  GString *ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (advice);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, ac_advice_get_id (item));
    }

  return g_string_free (ids, FALSE);
}

gboolean
ac_test_fires (AcJournal  *journal,
               const char *today,
               const char *id)
{
  g_autoptr(GListModel) advice = ac_test_advice (journal, today);

  return ac_test_find (advice, id) != NULL;
}

/**
 * Returns: (transfer full) (nullable): the reason of rule @id, or %NULL
 *   when it does not fire
 */
char *
ac_test_reason (AcJournal  *journal,
                const char *today,
                const char *id)
{
  g_autoptr(GListModel) advice = ac_test_advice (journal, today);
  AcAdvice *item = ac_test_find (advice, id);

  return item != NULL ? g_strdup (ac_advice_get_reason (item)) : NULL;
}
