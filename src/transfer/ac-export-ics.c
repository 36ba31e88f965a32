/* ac-export-ics.c — sessions as calendar events
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every session, planned or done, becomes a VEVENT that GNOME Calendar and
 * other calendars show:
 *
 *   UID          the session's id (a UUID), so importing it back finds it
 *   DTSTART      the start in the user's own time zone ("Europe/Berlin",
 *   DTEND        libical's VTIMEZONE of it) when the session's offset is
 *                that zone's at the time, so that a calendar shows it in
 *                the user's zone and moves it right across a change of
 *                summer time; else in the session's own offset: iCalendar
 *                has no numeric offsets, so each such offset gets a
 *                VTIMEZONE of its own with that fixed offset, "UTC+05:30"
 *   SUMMARY      “Massage”, or “Massage with Ana”
 *   DESCRIPTION  the notes, when there are any
 *   X-AFTERCARE-PRESSURE, -PURPOSE, -THERAPIST, -AREAS (words separated by
 *                ";"), -PLANNED (TRUE or FALSE): what a calendar has no
 *                field for, so that the import gives back the same session
 *
 * iCalendar text has no carriage returns: a CR LF line break in the notes
 * comes back as LF.
 */

#define G_LOG_DOMAIN "ac-export-ics"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "ac-enum-types.h"
#include "ac-transfer-private.h"

/* Before any session a journal may hold (years 1000–9999). */
#define ZONE_START "10000101T000000"

static char *
zone_name (int offset)
{
  int minutes = ABS (offset) / 60;
  int seconds = ABS (offset) % 60;

  if (seconds != 0)
    return g_strdup_printf ("UTC%c%02d:%02d:%02d", offset < 0 ? '-' : '+',
                            minutes / 60, minutes % 60, seconds);
  return g_strdup_printf ("UTC%c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

/* A VTIMEZONE whose offset never changes. */
static icaltimezone *
fixed_zone_new (int offset)
{
  g_autofree char *name = zone_name (offset);
  icalcomponent *vtimezone = icalcomponent_new_vtimezone ();
  icalcomponent *standard = icalcomponent_new_xstandard ();
  icaltimezone *zone = icaltimezone_new ();

  icalcomponent_add_property (standard,
                              icalproperty_new_dtstart (icaltime_from_string (ZONE_START)));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetfrom (offset));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetto (offset));
  icalcomponent_add_property (standard, icalproperty_new_tzname (name));
  icalcomponent_add_property (vtimezone, icalproperty_new_tzid (name));
  icalcomponent_add_component (vtimezone, standard);

  /* The zone owns the component. */
  icaltimezone_set_component (zone, vtimezone);
  return zone;
}

static void
zone_free (gpointer zone)
{
  icaltimezone_free (zone, TRUE);
}

/* The user's time zone as libical knows it, or NULL: a place
 * ("Europe/Berlin"), not UTC, which the fixed zones say as well. */
static icaltimezone *
named_zone_for (GTimeZone *local)
{
  const char *identifier = g_time_zone_get_identifier (local);

  if (strchr (identifier, '/') == NULL || g_str_has_prefix (identifier, "Etc/"))
    return NULL;
  return icaltimezone_get_builtin_timezone (identifier);
}

/* Whether @start's wall-clock time in @local is the same instant: the
 * offset is the zone's then, and the time is not in the hour a change of
 * summer time makes twice (a calendar could read it as either). Only
 * within libical's zone data, which ends in 2037. */
static gboolean
in_named_zone (GTimeZone *local,
               GDateTime *start)
{
  gint64 offset = g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND;
  gint64 wall = g_date_time_to_unix (start) + offset;
  int year = g_date_time_get_year (start);
  int as_standard, as_summer;

  if (year < 1970 || year > 2037)
    return FALSE;
  as_standard = g_time_zone_find_interval (local, G_TIME_TYPE_STANDARD, wall);
  as_summer = g_time_zone_find_interval (local, G_TIME_TYPE_DAYLIGHT, wall);
  return as_standard >= 0 && as_standard == as_summer && g_time_zone_get_offset (local, as_standard) == offset;
}

/* DTSTART or DTEND: the wall-clock time of @time in @zone (@time is in
 * that zone's offset then). The value goes in as text because libical's
 * time constructors refuse years after 3000, which a journal may hold. */
static icalproperty *
time_property (icalproperty_kind  kind,
               GDateTime         *time,
               icaltimezone      *zone)
{
  g_autofree char *text = g_date_time_format (time, "%Y%m%dT%H%M%S");
  icalproperty *property = icalproperty_new (kind);

  icalproperty_set_value (property, icalvalue_new_from_string (ICAL_DATETIME_VALUE, text));
  icalproperty_add_parameter (property, icalparameter_new_tzid (icaltimezone_get_tzid (zone)));
  return property;
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (event, property);
}

/* @local: the user's zone when @zone is it, else NULL */
static icalcomponent *
session_event (AcSession           *session,
               icaltimezone        *zone,
               GTimeZone           *local,
               struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  GDateTime *start = ac_session_get_start (session);
  /* NULL when the session ends after the year 9999, which DTEND cannot
   * say and DURATION can. In the user's zone, the end may be in another
   * offset than the start (summer time began or ended). */
  g_autoptr(GDateTime) end_in_offset = g_date_time_add_minutes (start, ac_session_get_minutes (session));
  g_autoptr(GDateTime) end = end_in_offset != NULL && local != NULL
                             ? g_date_time_to_timezone (end_in_offset, local)
                             : g_steal_pointer (&end_in_offset);
  const char *therapist = ac_session_get_therapist (session);
  const char *notes = ac_session_get_notes (session);
  g_autofree char *summary = NULL;
  g_autofree char *areas = NULL;

  if (therapist[0] != '\0')
    summary = g_strdup_printf (_("Massage with %s"), therapist);
  else
    summary = g_strdup (_("Massage"));

  icalcomponent_add_property (event, icalproperty_new_uid (ac_session_get_id (session)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY, start, zone));
  if (end != NULL)
    icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, end, zone));
  else
    icalcomponent_add_property (event,
                                icalproperty_new_duration (icaldurationtype_from_int (ac_session_get_minutes (session) * 60)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (notes[0] != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (notes));

  add_x (event, "X-AFTERCARE-PRESSURE", ac_pressure_to_string (ac_session_get_pressure (session)));
  add_x (event, "X-AFTERCARE-PURPOSE", ac_purpose_to_string (ac_session_get_purpose (session)));
  if (therapist[0] != '\0')
    add_x (event, "X-AFTERCARE-THERAPIST", therapist);
  if (ac_session_get_areas (session) != AC_AREA_NONE)
    {
      areas = _ac_transfer_flags_to_words (AC_TYPE_AREA, ac_session_get_areas (session));
      add_x (event, "X-AFTERCARE-AREAS", areas);
    }
  add_x (event, "X-AFTERCARE-PLANNED", ac_session_get_planned (session) ? "TRUE" : "FALSE");

  return event;
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  int x = GPOINTER_TO_INT (a);
  int y = GPOINTER_TO_INT (b);

  return (x > y) - (x < y);
}

static void
free_ical_string (gpointer text)
{
  icalmemory_free_buffer (text);
}

/**
 * _ac_export_ics:
 * @now: the time of the export, for DTSTAMP
 * @progress: (nullable): where to report progress and find cancellation
 *
 * Returns: (transfer full) (nullable): the iCalendar text, or %NULL if
 *   cancelled
 */
GBytes *
_ac_export_ics (AcJournalSnapshot  *snapshot,
                GDateTime          *now,
                AcProgress         *progress,
                GError            **error)
{
  g_autoptr(GHashTable) zones = g_hash_table_new_full (NULL, NULL, NULL, zone_free);
  GTimeZone *local = g_date_time_get_timezone (now);
  icaltimezone *named = named_zone_for (local);
  g_autofree gboolean *in_named = g_new0 (gboolean, snapshot->sessions->len);
  gboolean named_used = FALSE;
  g_autofree char *prodid = g_strdup_printf ("-//Aftercare//Aftercare %s//EN", PACKAGE_VERSION);
  g_autoptr(GList) offsets = NULL;
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  struct icaltimetype stamp;
  GBytes *bytes = NULL;
  char *text;
  guint n = snapshot->sessions->len;

  stamp = icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (now), 0,
                                         icaltimezone_get_utc_timezone ());

  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  add_x (calendar, "X-WR-CALNAME", "Aftercare");

  /* The zones first, as calendars expect them before the events. */
  for (guint i = 0; i < n; i++)
    {
      GDateTime *start = ac_session_get_start (g_ptr_array_index (snapshot->sessions, i));
      int offset = (int) (g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND);

      in_named[i] = named != NULL && in_named_zone (local, start);
      if (in_named[i])
        named_used = TRUE;
      else if (!g_hash_table_contains (zones, GINT_TO_POINTER (offset)))
        g_hash_table_insert (zones, GINT_TO_POINTER (offset), fixed_zone_new (offset));
    }
  if (named_used)
    icalcomponent_add_component (calendar, icalcomponent_new_clone (icaltimezone_get_component (named)));
  offsets = g_list_sort (g_hash_table_get_keys (zones), compare_offsets);
  for (GList *l = offsets; l != NULL; l = l->next)
    {
      icaltimezone *zone = g_hash_table_lookup (zones, l->data);

      icalcomponent_add_component (calendar,
                                   icalcomponent_new_clone (icaltimezone_get_component (zone)));
    }

  for (guint i = 0; i < n; i++)
    {
      AcSession *session = g_ptr_array_index (snapshot->sessions, i);
      GDateTime *start = ac_session_get_start (session);
      int offset = (int) (g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND);

      if (i % 256 == 0 && !_ac_progress_update (progress, 0.8 * i / n, error))
        goto out;
      if (in_named[i])
        icalcomponent_add_component (calendar, session_event (session, named, local, stamp));
      else
        icalcomponent_add_component (calendar,
                                     session_event (session,
                                                    g_hash_table_lookup (zones, GINT_TO_POINTER (offset)),
                                                    NULL, stamp));
    }

  text = icalcomponent_as_ical_string_r (calendar);
  bytes = g_bytes_new_with_free_func (text, strlen (text), free_ical_string, text);

  if (!_ac_progress_update (progress, 1.0, error))
    g_clear_pointer (&bytes, g_bytes_unref);

out:
  icalcomponent_free (calendar);
  return bytes;
}
