/* test-transfer-ics.c — sessions as calendar events and back: what libical
 * reads in the export, round trips, events from other calendars, and files
 * that are not iCalendar
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "ac-transfer-test.h"

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;

  return NULL;
}

static const char *
x_property (icalcomponent *event,
            const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_x (p);

  return NULL;
}

/* DTSTART and DTEND as libical reads them: the local time, the zone's
 * TZID and the zone's offset then. */
static void
assert_time (icalcomponent       *event,
             icalproperty_kind    kind,
             const char          *local,
             const char          *tzid,
             int                  offset)
{
  icalproperty *property = icalcomponent_get_first_property (event, kind);
  icalparameter *parameter;
  struct icaltimetype t;
  int is_daylight;

  g_assert_nonnull (property);
  parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  g_assert_nonnull (parameter);
  g_assert_cmpstr (icalparameter_get_tzid (parameter), ==, tzid);

  t = kind == ICAL_DTSTART_PROPERTY ? icalcomponent_get_dtstart (event) : icalcomponent_get_dtend (event);
  g_assert_cmpstr (icaltime_as_ical_string (t), ==, local);
  g_assert_nonnull (t.zone);
  g_assert_cmpstr (icaltimezone_get_tzid ((icaltimezone *) t.zone), ==, tzid);
  g_assert_cmpint (icaltimezone_get_utc_offset ((icaltimezone *) t.zone, &t, &is_daylight), ==, offset);
}

static void
test_export_parses (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_ICS, NULL);
  GListModel *sessions = ac_journal_get_sessions (journal);
  icalcomponent *calendar = icalparser_parse_string (text);
  icalcomponent *event;
  guint n_events = 0, n_zones = 0;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");

  /* One fixed-offset zone per offset in use: +02:00, -05:00, +00:00,
   * +01:00. */
  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    n_zones++;
  g_assert_cmpuint (n_zones, ==, 4);

  /* Every session is an event, planned ones too. */
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    n_events++;
  g_assert_cmpuint (n_events, ==, g_list_model_get_n_items (sessions));

  {
    g_autoptr(AcSession) first = g_list_model_get_item (sessions, 0);

    event = find_event (calendar, ac_session_get_id (first));
    g_assert_nonnull (event);
    assert_time (event, ICAL_DTSTART_PROPERTY, "20261003T183000", "UTC+02:00", 7200);
    assert_time (event, ICAL_DTEND_PROPERTY, "20261003T193000", "UTC+02:00", 7200);
    g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==, 3600);
    g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Massage with Zoë, \"Z\" O'Neil");
    g_assert_cmpstr (icalcomponent_get_description (event), ==, ac_session_get_notes (first));
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-PRESSURE"), ==, "deep");
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-PURPOSE"), ==, "sport");
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-THERAPIST"), ==, "Zoë, \"Z\" O'Neil");
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-AREAS"), ==, "neck;shoulders");
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-PLANNED"), ==, "FALSE");
  }
  {
    g_autoptr(AcSession) west = g_list_model_get_item (sessions, 1);

    event = find_event (calendar, ac_session_get_id (west));
    assert_time (event, ICAL_DTSTART_PROPERTY, "20261017T090000", "UTC-05:00", -5 * 3600);
    assert_time (event, ICAL_DTEND_PROPERTY, "20261017T094500", "UTC-05:00", -5 * 3600);
    g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Massage");
    g_assert_null (icalcomponent_get_first_property (event, ICAL_DESCRIPTION_PROPERTY));
  }
  {
    g_autoptr(AcSession) planned = g_list_model_get_item (sessions, 3);

    event = find_event (calendar, ac_session_get_id (planned));
    assert_time (event, ICAL_DTSTART_PROPERTY, "29990115T100000", "UTC+01:00", 3600);
    g_assert_cmpstr (x_property (event, "X-AFTERCARE-PLANNED"), ==, "TRUE");
    /* The same instant in UTC, as a calendar shows it elsewhere. */
    g_assert_cmpint (icaltime_as_timet_with_zone (icalcomponent_get_dtstart (event),
                                                  icalcomponent_get_dtstart (event).zone),
                     ==, g_date_time_to_unix (ac_session_get_start (planned)));
  }

  icalcomponent_free (calendar);
}

/* What iCalendar keeps of a note: its text has no CR (a CR LF line break
 * comes back as LF). The spaces at its start and end stay, as in CSV
 * (libical drops them; the import puts them back). */
static char *
as_ics_keeps (const char *notes)
{
  g_auto(GStrv) lines = g_strsplit (notes, "\r\n", -1);

  return g_strjoinv ("\n", lines);
}

/* Equal in every field, the start's instant and offset included, with the
 * notes as iCalendar keeps them. */
static void
assert_sessions_equal (AcJournal *a,
                       AcJournal *b)
{
  GListModel *sa = ac_journal_get_sessions (a);
  GListModel *sb = ac_journal_get_sessions (b);

  g_assert_cmpuint (g_list_model_get_n_items (sa), ==, g_list_model_get_n_items (sb));
  for (guint i = 0; i < g_list_model_get_n_items (sa); i++)
    {
      g_autoptr(AcSession) x = g_list_model_get_item (sa, i);
      g_autoptr(AcSession) y = g_list_model_get_item (sb, i);
      g_autoptr(AcSession) expected = ac_session_copy (x);
      g_autofree char *notes = as_ics_keeps (ac_session_get_notes (x));

      ac_session_set_notes (expected, notes);
      g_assert_true (g_date_time_equal (ac_session_get_start (x), ac_session_get_start (y)));
      g_assert_cmpint (g_date_time_get_utc_offset (ac_session_get_start (x)), ==,
                       g_date_time_get_utc_offset (ac_session_get_start (y)));
      g_assert_cmpint (ac_session_get_minutes (x), ==, ac_session_get_minutes (y));
      g_assert_true (ac_session_equal (expected, y));
    }
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (b)), ==, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autoptr(AcJournal) fixture = ac_transfer_test_fixture_new ();
  g_autofree char *text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_ICS, NULL);
  g_autofree char *fixture_text = ac_transfer_test_export (fixture, AC_TRANSFER_FORMAT_ICS, NULL);
  g_autoptr(AcJournal) back = ac_transfer_test_import (text, -1, "small.ics");
  g_autoptr(AcJournal) fixture_back = ac_transfer_test_import (fixture_text, -1, "fixture.ics");
  g_autoptr(AcSession) planned = g_list_model_get_item (ac_journal_get_sessions (back), 3);
  g_autoptr(AcSession) first = g_list_model_get_item (ac_journal_get_sessions (back), 0);
  g_autoptr(AcImportPlan) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (ac_session_get_notes (planned), ==, "Booked,\nconfirmed");
  g_assert_true (ac_session_get_planned (planned));
  g_assert_cmpstr (ac_session_get_notes (first), ==,
                   "Line one, with a comma\nLine \"two\"; a tab\there — ü 日本語 \\ backslash");
  g_assert_cmpstr (ac_session_get_therapist (first), ==, "Zoë, \"Z\" O'Neil");
  assert_sessions_equal (journal, back);
  assert_sessions_equal (fixture, fixture_back);

  /* Importing the events again finds every one. */
  again = ac_transfer_test_read (fixture, fixture_text, -1, "fixture.ics", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (again, AC_IMPORT_STATUS_DUPLICATE), ==,
                    g_list_model_get_n_items (ac_journal_get_sessions (fixture)));
}

/* libical's time constructors stop at the year 3000 and GDateTime at the
 * end of 9999: sessions near both edges still come back (found by
 * fuzz-import-ics). */
static void
test_far_future (void)
{
  const char *starts[] = {
    "1000-01-01T00:00:00+05:00",
    "3000-12-31T23:00:00+01:00",
    "3001-01-01T09:00:00-03:30",
    "5000-06-01T10:00:00Z",
    "9999-12-31T23:30:00Z",
  };
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) back = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (starts[i], NULL);
      g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_LIGHT);

      g_assert_true (ac_journal_add_session (journal, session, NULL));
    }

  text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_ICS, NULL);
  g_assert_nonnull (strstr (text, "DTSTART;TZID=\"UTC-03:30\":30010101T090000"));
  g_assert_nonnull (strstr (text, "DTEND;TZID=\"UTC+00:00\":50000601T110000"));
  /* The last session ends in the year 10000, which only a duration says. */
  g_assert_nonnull (strstr (text, "DTSTART;TZID=\"UTC+00:00\":99991231T233000\r\n"
                                  "DURATION:PT1H\r\n"));
  back = ac_transfer_test_import (text, -1, "far.ics");
  assert_sessions_equal (journal, back);
}

/* For a user in Berlin, sessions in Berlin's offset of the day are events
 * in Europe/Berlin, with libical's VTIMEZONE for it, so that a calendar
 * shows them in the user's zone; others keep a fixed offset. Either way
 * they come back the same. */
static void
test_user_zone (void)
{
  static const struct { const char *start; const char *tzid; const char *dtstart; const char *dtend; } cases[] = {
    { "2026-07-14T18:30:00+02:00", "Europe/Berlin", "20260714T183000", "20260714T193000" },
    { "2026-01-14T18:30:00+01:00", "Europe/Berlin", "20260114T183000", "20260114T193000" },
    /* Summer time begins at 02:00 during the session: it ends at 03:30. */
    { "2026-03-29T01:30:00+01:00", "Europe/Berlin", "20260329T013000", "20260329T033000" },
    /* Not Berlin's offset that day. */
    { "2026-07-15T18:30:00+05:30", "UTC+05:30", "20260715T183000", "20260715T193000" },
    /* 02:30 comes twice when summer time ends: first in summer time, then
     * in winter time. */
    { "2026-10-25T02:30:00+02:00", "UTC+02:00", "20261025T023000", "20261025T033000" },
    { "2026-10-25T02:30:00+01:00", "UTC+01:00", "20261025T023000", "20261025T033000" },
    /* Past libical's zone data. */
    { "2040-06-01T10:00:00+02:00", "UTC+02:00", "20400601T100000", "20400601T110000" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcJournal) back = NULL;
  g_autofree char *text = NULL;
  const char *ids[G_N_ELEMENTS (cases)];
  icalcomponent *calendar;
  guint n_zones = 0;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (cases[i].start, NULL);
      g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_LIGHT);

      g_assert_true (ac_journal_add_session (journal, session, NULL));
      ids[i] = ac_session_get_id (session);
    }

  text = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_ICS, NULL);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    n_zones++;
  g_assert_cmpuint (n_zones, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      icalcomponent *event = find_event (calendar, ids[i]);
      icalproperty *start = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalproperty *end = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
      const char *tzid = icalparameter_get_tzid (icalproperty_get_first_parameter (start, ICAL_TZID_PARAMETER));

      g_test_message ("%s: %s", cases[i].start, tzid);
      g_assert_true (g_str_has_suffix (tzid, cases[i].tzid));
      g_assert_cmpstr (icalvalue_as_ical_string (icalproperty_get_value (start)), ==, cases[i].dtstart);
      g_assert_cmpstr (icalvalue_as_ical_string (icalproperty_get_value (end)), ==, cases[i].dtend);
    }
  icalcomponent_free (calendar);

  back = ac_transfer_test_import (text, -1, "berlin.ics");
  assert_sessions_equal (journal, back);

  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");
}

static AcImportPlan *
read_data (AcJournal  *journal,
           const char *name)
{
  g_autofree char *path = ac_transfer_test_data_path (name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AcImportPlan *plan;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  plan = ac_transfer_test_read (journal, text, length, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
assert_session (AcImportCandidate *candidate,
                const char        *source,
                const char        *start,
                int                minutes,
                gboolean           planned,
                const char        *notes)
{
  AcSession *session = ac_import_candidate_get_session (candidate);
  g_autofree char *text = NULL;

  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NEW);
  g_assert_cmpstr (ac_import_candidate_get_source (candidate), ==, source);
  g_assert_nonnull (session);
  text = g_date_time_format (ac_session_get_start (session), "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (text, ==, start);
  g_assert_cmpint (ac_session_get_minutes (session), ==, minutes);
  g_assert_cmpint (ac_session_get_planned (session), ==, planned);
  g_assert_cmpint (ac_session_get_pressure (session), ==, AC_PRESSURE_MODERATE);
  g_assert_cmpint (ac_session_get_purpose (session), ==, AC_PURPOSE_OTHER);
  g_assert_cmpstr (ac_session_get_notes (session), ==, notes);
  g_assert_true (ac_import_candidate_get_selected (candidate));
}

static void
assert_rejected (AcImportCandidate *candidate,
                 const char        *source,
                 const char        *reason)
{
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NOT_IMPORTABLE);
  g_assert_cmpstr (ac_import_candidate_get_source (candidate), ==, source);
  if (!g_str_has_prefix (ac_import_candidate_get_reason (candidate), reason))
    g_error ("“%s” does not start with “%s”", ac_import_candidate_get_reason (candidate), reason);
  g_assert_false (ac_import_candidate_get_selected (candidate));
  g_assert_false (ac_import_candidate_get_can_select (candidate));
}

/* Events from another calendar: zones from the file and from the system,
 * UTC and floating times, and the events that cannot be sessions. */
static void
test_calendar_events (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = read_data (journal, "calendar.ics");
  g_autofree char *derived = NULL;
  guint n_added = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ac_import_plan_get_candidates (plan)), ==, 14);
  g_assert_cmpint (ac_import_plan_get_format (plan), ==, AC_TRANSFER_FORMAT_ICS);

  /* Summer and winter in Berlin: the offset of that instant. */
  assert_session (ac_transfer_test_candidate (plan, 0), "line 22 (event “Massage at the clinic”)",
                  "2026-07-14T18:30:00+02:00", 60, FALSE,
                  "Massage at the clinic\nAsk about\nthe shoulder");
  assert_session (ac_transfer_test_candidate (plan, 1), "line 30 (event “Sports massage”)",
                  "2026-11-10T10:00:00+01:00", 45, FALSE, "Sports massage");
  /* UTC and floating times take the local zone (UTC in the tests). */
  assert_session (ac_transfer_test_candidate (plan, 2), "line 37 (event “Massage (UTC)”)",
                  "2026-11-01T09:00:00+00:00", 60, FALSE, "Massage (UTC)");
  assert_session (ac_transfer_test_candidate (plan, 3), "line 44 (event “Floating massage”)",
                  "2026-11-05T17:00:00+00:00", 90, FALSE, "Floating massage");
  /* In the future: planned. The alarm's DURATION is not the event's. */
  assert_session (ac_transfer_test_candidate (plan, 4), "line 51 (event “Booked massage”)",
                  "2999-02-01T11:00:00+01:00", 60, TRUE, "Booked massage");

  assert_rejected (ac_transfer_test_candidate (plan, 5), "line 65 (event “Spa day”)",
                   "line 68: DTSTART: an all-day event has no time of day");
  assert_rejected (ac_transfer_test_candidate (plan, 6), "line 72 (event “Weekly massage”)",
                   "line 72: RRULE: repeating events are not imported");
  assert_rejected (ac_transfer_test_candidate (plan, 7), "line 80 (event “Cancelled massage”)",
                   "line 80: STATUS: the event is cancelled");
  assert_rejected (ac_transfer_test_candidate (plan, 8), "line 88 (event “Wellness day”)",
                   "line 92: minutes: 720 is out of range 1–600");
  assert_rejected (ac_transfer_test_candidate (plan, 9), "line 95 (event “Reminder to book”)",
                   "line 95: DTEND: missing: the event has no end");
  assert_rejected (ac_transfer_test_candidate (plan, 10), "line 101 (event “Typed by hand”)",
                   "line 104: DTSTART: “2026-10-04 10:00” is not a date-time");
  assert_rejected (ac_transfer_test_candidate (plan, 11), "line 108 (event “Massage on Mars”)",
                   "line 111: DTSTART: “Mars/Olympus_Mons” is not a time zone this system knows");
  assert_rejected (ac_transfer_test_candidate (plan, 12), "line 115 (event “Massage at the clinic (again)”)",
                   "line 115: UID: the event on line 22 has the same UID");
  /* The VTODO is not an event. */
  assert_session (ac_transfer_test_candidate (plan, 13), "line 127 (event “Straight after”)",
                  "2026-11-20T08:00:00+01:00", 30, FALSE, "Straight after");

  /* A UID that is a UUID is the id; any other gives a UUID of its own,
   * the same each time. */
  g_assert_cmpstr (ac_session_get_id (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 2))),
                   ==, "4b7e3c1a-2d5f-4e6a-9b8c-0d1e2f3a4b5c");
  derived = g_strdup (ac_session_get_id (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 0))));
  g_assert_true (g_uuid_string_is_valid (derived));
  g_assert_cmpint (derived[14], ==, '5');

  g_assert_true (ac_import_plan_apply (plan, journal, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 6);

  /* Read again: the same events are duplicates now, by id. */
  g_clear_object (&plan);
  plan = read_data (journal, "calendar.ics");
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_DUPLICATE), ==, 6);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW), ==, 0);
  g_assert_cmpstr (ac_session_get_id (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 0))),
                   ==, derived);
}

/* A session the journal has at the same time and for as long is the same
 * event, whatever its id; the same id at another time is a conflict. */
/* UUIDs compare without case: an event whose UID is another's in capitals
 * is the same event twice, and the plan still applies to an empty journal
 * (found by fuzz-import-ics). */
static void
test_uid_case (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:4b7e3c1a-2d5f-4e6a-9b8c-0d1e2f3a4b5c\r\nDTSTART:20260715T100000Z\r\n"
    "DURATION:PT1H\r\nSUMMARY:Lower\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:4B7E3C1A-2D5F-4E6A-9B8C-0D1E2F3A4B5C\r\nDTSTART:20260716T100000Z\r\n"
    "DURATION:PT1H\r\nSUMMARY:Upper\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = ac_transfer_test_read (journal, text, -1, "case.ics", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW), ==, 1);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NOT_IMPORTABLE), ==, 1);
  g_assert_cmpstr (ac_import_candidate_get_reason (ac_transfer_test_candidate (plan, 1)), ==,
                   "line 10: UID: the event on line 4 has the same UID");
  g_assert_true (ac_import_plan_apply (plan, journal, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, 1);
}

static void
test_same_time_duplicate (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-07-14T16:30:00Z", NULL);
  g_autoptr(AcSession) same = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(AcSession) moved = NULL;
  g_autoptr(GDateTime) later = NULL;
  AcImportCandidate *candidate;

  g_assert_true (ac_journal_add_session (journal, same, NULL));
  plan = read_data (journal, "calendar.ics");
  candidate = ac_transfer_test_candidate (plan, 0);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_DUPLICATE);
  g_assert_true (ac_import_candidate_get_existing (candidate) == G_OBJECT (same));
  g_assert_cmpstr (ac_import_candidate_get_reason (candidate), ==,
                   "The journal has a session at the same time and of the same length");

  /* The event's own id, at another time in the journal. */
  moved = ac_session_copy (ac_import_candidate_get_session (candidate));
  later = g_date_time_add_hours (ac_session_get_start (moved), 2);
  ac_session_set_start (moved, later);
  g_assert_true (ac_journal_remove (journal, ac_session_get_id (same), NULL));
  g_assert_true (ac_journal_add_session (journal, moved, NULL));
  ac_import_plan_classify (plan, journal);
  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_CONFLICT);
  g_assert_false (ac_import_candidate_get_selected (candidate));
  g_assert_true (ac_import_candidate_get_can_select (candidate));
}

static void
test_floating_in_local_zone (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:f@example.org\r\nDTSTART:20260715T100000\r\nDTEND:20260715T110000\r\n"
    "SUMMARY:Floating\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:u@example.org\r\nDTSTART:20260115T100000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Utc\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("TZ", "America/New_York", TRUE);
  plan = ac_transfer_test_read (journal, text, -1, "local.ics", &error);
  g_assert_no_error (error);
  assert_session (ac_transfer_test_candidate (plan, 0), "line 4 (event “Floating”)",
                  "2026-07-15T10:00:00-04:00", 60, FALSE, "Floating");
  assert_session (ac_transfer_test_candidate (plan, 1), "line 10 (event “Utc”)",
                  "2026-01-15T05:00:00-05:00", 60, FALSE, "Utc");

  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");
}

/* The start of a candidate that will be imported, and its note. */
static void
assert_start (AcImportPlan *plan,
              guint         index,
              const char   *start,
              const char   *note)
{
  AcImportCandidate *candidate = ac_transfer_test_candidate (plan, index);
  AcSession *session = ac_import_candidate_get_session (candidate);
  g_autofree char *text = NULL;

  g_assert_cmpint (ac_import_candidate_get_status (candidate), ==, AC_IMPORT_STATUS_NEW);
  g_assert_nonnull (session);
  text = g_date_time_format (ac_session_get_start (session), "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (text, ==, start);
  g_assert_cmpstr (ac_import_candidate_get_note (candidate), ==, note);
}

/* Exports whose VTIMEZONE is incomplete: a TZID the time zone database
 * knows is read in the real zone, and the candidate says so when the
 * file's definition disagrees. A name only the file defines (Outlook's)
 * is read in the file's VTIMEZONE, its yearly rules included. */
static void
test_incomplete_zones (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcImportPlan) plan = NULL;

  /* WordPress (The Events Calendar): Europe/Berlin with only the summer
   * observance of 2026, which libical applies to December too. Before it
   * (February) libical takes the offset it changes from, which is right. */
  plan = read_data (journal, "wordpress-berlin.ics");
  assert_start (plan, 0, "2026-12-08T18:00:00+01:00",
                "read in the time zone Europe/Berlin as this system knows it (+01:00); "
                "the file's own definition of “Europe/Berlin” gives +02:00");
  assert_start (plan, 1, "2026-07-14T18:30:00+02:00", NULL);
  assert_start (plan, 2, "2026-02-10T09:00:00+01:00", NULL);
  g_assert_cmpint (ac_session_get_minutes (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 2))),
                   ==, 45);
  g_clear_object (&plan);

  /* Australia/Sydney with only the winter observance from April 2026:
   * summer time after it (November) is +11:00 again. */
  plan = read_data (journal, "sydney.ics");
  assert_start (plan, 0, "2026-01-20T09:30:00+11:00", NULL);
  assert_start (plan, 1, "2026-07-21T09:30:00+10:00", NULL);
  assert_start (plan, 2, "2026-11-17T17:00:00+11:00",
                "read in the time zone Australia/Sydney as this system knows it (+11:00); "
                "the file's own definition of “Australia/Sydney” gives +10:00");
  g_clear_object (&plan);

  /* Outlook: “Eastern Standard Time” is no zone of the database; its
   * VTIMEZONE's rules from 1601 give summer time in June. */
  plan = read_data (journal, "outlook-eastern.ics");
  assert_start (plan, 0, "2026-06-16T17:00:00-04:00", NULL);
  assert_start (plan, 1, "2026-12-15T17:00:00-05:00", NULL);
  g_assert_cmpstr (ac_session_get_notes (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 0))),
                   ==, "Massage\nDeep tissue, ask for Dana");
  g_clear_object (&plan);

  /* GNOME Calendar's complete VTIMEZONE agrees with the database: no
   * note. */
  plan = read_data (journal, "calendar.ics");
  for (guint i = 0; i < g_list_model_get_n_items (ac_import_plan_get_candidates (plan)); i++)
    g_assert_null (ac_import_candidate_get_note (ac_transfer_test_candidate (plan, i)));
}

/* TZIDs with no VTIMEZONE: a global name ("/…/Europe/Berlin") is the
 * zone its tail names; names of files in the zone folder that are not
 * zones, paths and the leap-second zones are no time zone (and GLib is
 * never asked, so it does not warn). */
static void
test_zone_names (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261208T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:Mozilla\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTART;TZID=America/Argentina/Buenos_Aires:20260708T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:Three parts\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c@example.org\r\nDTSTART;TZID=leapseconds:20261208T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:Not a zone\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d@example.org\r\nDTSTART;TZID=../../../etc/passwd:20261208T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:A path\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:e@example.org\r\nDTSTART;TZID=right/Europe/Berlin:20261208T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:Leap seconds\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:f@example.org\r\nDTSTART;TZID=/dev/stdin:20261208T180000\r\n"
    "DURATION:PT1H\r\nSUMMARY:A device\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "names.ics", &error);

  g_assert_no_error (error);
  assert_start (plan, 0, "2026-12-08T18:00:00+01:00", NULL);
  assert_start (plan, 1, "2026-07-08T18:00:00-03:00", NULL);
  assert_rejected (ac_transfer_test_candidate (plan, 2), "line 16 (event “Not a zone”)",
                   "line 18: DTSTART: “leapseconds” is not a time zone this system knows");
  assert_rejected (ac_transfer_test_candidate (plan, 3), "line 22 (event “A path”)",
                   "line 24: DTSTART: “../../../etc/passwd” is not a time zone this system knows");
  assert_rejected (ac_transfer_test_candidate (plan, 4), "line 28 (event “Leap seconds”)",
                   "line 30: DTSTART: “right/Europe/Berlin” is not a time zone this system knows");
  assert_rejected (ac_transfer_test_candidate (plan, 5), "line 34 (event “A device”)",
                   "line 36: DTSTART: “/dev/stdin” is not a time zone this system knows");
}

/* A repeat rule libical cannot read (a typo: UNTL for UNTIL) is gone from
 * libical's event, which is still a repeating one: not importable, and
 * not one session. The same for an RDATE. */
static void
test_unreadable_rule (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTART:20261201T170000Z\r\nDURATION:PT1H\r\n"
    "RRULE:FREQ=WEEKLY;UNTL=20261231T000000Z\r\nSUMMARY:Weekly massage\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:dates@example.org\r\nDTSTART:20261202T170000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Some dates\r\nRDATE:next Tuesday\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:once@example.org\r\nDTSTART:20261203T170000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Once\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "rule.ics", &error);

  g_assert_no_error (error);
  assert_rejected (ac_transfer_test_candidate (plan, 0), "line 4 (event “Weekly massage”)",
                   "line 8: RRULE: “FREQ=WEEKLY;UNTL=20261231T000000Z” is not a repeat rule that can be "
                   "read, and repeating events are not imported");
  assert_rejected (ac_transfer_test_candidate (plan, 1), "line 11 (event “Some dates”)",
                   "line 16: RDATE: “next Tuesday” is not a repeat rule that can be read");
  assert_start (plan, 2, "2026-12-03T17:00:00+00:00", NULL);
  g_assert_cmpuint (ac_import_plan_count (plan, AC_IMPORT_STATUS_NEW), ==, 1);
}

/* Notes and therapist keep the spaces at their start and end, as in CSV
 * (libical drops them), in an export and in a file written by hand. */
static void
test_spaces_kept (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:spaces@example.org\r\nDTSTART:20261101T090000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Massage\r\nDESCRIPTION:  indented\\, and a line\\n  \r\n"
    "X-AFTERCARE-THERAPIST:\t Ana \r\nX-AFTERCARE-PRESSURE:deep\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-02T12:00:00+00:00", NULL);
  g_autoptr(AcSession) spaced = ac_session_new (start, 60, AC_PRESSURE_LIGHT);
  g_autoptr(AcJournal) back = NULL;
  g_autoptr(AcSession) session = NULL;
  g_autoptr(AcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  ac_session_set_therapist (spaced, "  Zoë, \"Z\"; O'Neil\\ ");
  ac_session_set_notes (spaced, " two words; a comma, \\n  ");
  g_assert_true (ac_journal_add_session (journal, spaced, NULL));
  exported = ac_transfer_test_export (journal, AC_TRANSFER_FORMAT_ICS, NULL);
  back = ac_transfer_test_import (exported, -1, "spaces.ics");
  session = g_list_model_get_item (ac_journal_get_sessions (back), 0);
  g_assert_cmpstr (ac_session_get_therapist (session), ==, "  Zoë, \"Z\"; O'Neil\\ ");
  g_assert_cmpstr (ac_session_get_notes (session), ==, " two words; a comma, \\n  ");

  plan = ac_transfer_test_read (journal, text, -1, "hand.ics", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ac_session_get_therapist (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 0))),
                   ==, "\t Ana ");
  g_assert_cmpstr (ac_session_get_notes (ac_import_candidate_get_session (ac_transfer_test_candidate (plan, 0))),
                   ==, "  indented, and a line\n  ");
}

typedef struct
{
  const char *what;
  const char *text;
  const char *message;
} BadFile;

static const BadFile bad_files[] = {
  { "not iCalendar",
    "BEGIN:VEVENT\r\nEND:VEVENT\r\n",
    "bad.ics: line 1: this is not an iCalendar file: it does not start with BEGIN:VCALENDAR" },
  { "END does not match",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n",
    "bad.ics: line 5: END:VCALENDAR does not close BEGIN:VEVENT of line 3" },
  { "never closed",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n",
    "bad.ics: line 1: BEGIN:VCALENDAR is never closed" },
  { "not a content line",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nMassage at six\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "bad.ics: line 4: “Massage at six” is not an iCalendar line (NAME:value)" },
  { "no colon after parameters",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=\"a:b\"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "bad.ics: line 3: DTSTART: the line has no “:” before its value" },
  { "text after the calendar",
    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:stray\r\n",
    "bad.ics: line 3: SUMMARY: a line after END:VCALENDAR" },
  { "not UTF-8, in a folded line",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:caf\r\n \xe9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "bad.ics: line 3: the text is not UTF-8" },
  { "a NUL byte",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a\0b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "bad.ics: line 3: the text holds a NUL byte" },
  { "nested too deep",
    "BEGIN:VCALENDAR\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\n"
    "BEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\nBEGIN:A\r\n",
    "bad.ics: line 17: components are nested too deep" },
};

static void
test_bad_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(AcJournal) journal = ac_journal_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(AcImportPlan) plan = NULL;
      gsize length = strlen (bad_files[i].text);

      /* The NUL case: the text goes on after it. */
      if (strstr (bad_files[i].what, "NUL") != NULL)
        length += 1 + strlen (bad_files[i].text + length + 1);

      g_test_message ("%s", bad_files[i].what);
      plan = ac_transfer_test_read (journal, bad_files[i].text, length, "bad.ics", &error);
      g_assert_null (plan);
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, bad_files[i].message))
        g_error ("%s: “%s” does not start with “%s”", bad_files[i].what, error->message,
                 bad_files[i].message);
    }
}

/* A folded line (as libical and others write long ones) is one line,
 * even when the fold splits a character of several bytes. */
static void
test_folded_lines (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:fold@example.org\r\nDTSTART:20261101T090000Z\r\n"
    "DURATION:PT1H\r\nSUMMARY:Massage \xc3\r\n \xa9 and a\n\t very long title\r\nEND:VEVENT\r\nEND:VCALENDAR";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "fold.ics", &error);

  g_assert_no_error (error);
  assert_session (ac_transfer_test_candidate (plan, 0), "line 3 (event “Massage é and a very long title”)",
                  "2026-11-01T09:00:00+00:00", 60, FALSE, "Massage é and a very long title");
}

/* A byte order mark before BEGIN:VCALENDAR, as some programs write. */
static void
test_byte_order_mark (void)
{
  const char *text =
    "\xef\xbb\xbf" "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:bom@example.org\r\nDTSTART:20261101T090000Z\r\n"
    "DURATION:PT50M\r\nSUMMARY:Massage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AcImportPlan) plan = ac_transfer_test_read (journal, text, -1, "bom", &error);

  g_assert_no_error (error);
  g_assert_cmpint (ac_import_plan_get_format (plan), ==, AC_TRANSFER_FORMAT_ICS);
  assert_session (ac_transfer_test_candidate (plan, 0), "line 3 (event “Massage”)",
                  "2026-11-01T09:00:00+00:00", 50, FALSE, "Massage");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transfer/ics/export-parses", test_export_parses);
  g_test_add_func ("/transfer/ics/round-trip", test_round_trip);
  g_test_add_func ("/transfer/ics/far-future", test_far_future);
  g_test_add_func ("/transfer/ics/user-zone", test_user_zone);
  g_test_add_func ("/transfer/ics/calendar-events", test_calendar_events);
  g_test_add_func ("/transfer/ics/same-time-duplicate", test_same_time_duplicate);
  g_test_add_func ("/transfer/ics/uid-case", test_uid_case);
  g_test_add_func ("/transfer/ics/floating-in-local-zone", test_floating_in_local_zone);
  g_test_add_func ("/transfer/ics/incomplete-zones", test_incomplete_zones);
  g_test_add_func ("/transfer/ics/zone-names", test_zone_names);
  g_test_add_func ("/transfer/ics/unreadable-rule", test_unreadable_rule);
  g_test_add_func ("/transfer/ics/spaces-kept", test_spaces_kept);
  g_test_add_func ("/transfer/ics/bad-files", test_bad_files);
  g_test_add_func ("/transfer/ics/folded-lines", test_folded_lines);
  g_test_add_func ("/transfer/ics/byte-order-mark", test_byte_order_mark);

  return g_test_run ();
}
