/* ac-import-ics-zone.c — the time zone an event's times are read in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TZID that names a zone of the time zone database ("Europe/Berlin", or
 * a global name whose tail does: "/mozilla.org/20050126_1/Europe/Berlin")
 * is read in that zone, whatever the file's VTIMEZONE of it says: exports
 * often hold only the observances of a year or two, or only the summer
 * one. When the file's definition gives another offset, the event's note
 * says which zone was used. Only a name nobody knows ("Eastern Standard
 * Time") is read in the file's VTIMEZONE; UTC and floating times take the
 * local zone. The time is then kept in the fixed offset it has at that
 * instant.
 */

#define G_LOG_DOMAIN "ac-import-ics-zone"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-import-ics-private.h"
#include "ac-record-private.h"

#define ZONEINFO_DIR "/usr/share/zoneinfo"

/* Whether @name has the form of a name of the time zone database
 * ("Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5"), with
 * nothing that leads out of its folder. The leap-second zones ("right/")
 * and "localtime" are not the time of a place. */
static gboolean
is_zone_name (const char *name)
{
  gsize length = strlen (name);

  if (length == 0 || length > 255 || name[0] == '/' || name[length - 1] == '/' ||
      strstr (name, "//") != NULL || g_str_has_prefix (name, "right/") ||
      g_str_equal (name, "localtime"))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("/_+-", *p) == NULL)
      return FALSE;

  return TRUE;
}

/* The zone of the time zone database (as GLib and libical read it) called
 * @name, or NULL. GLib would open any file, and warns about one that is
 * not a zone: only a regular file that starts as a zone does ("TZif") is
 * given to it. */
static GTimeZone *
database_zone (const char *name)
{
  const char *dir = g_getenv ("TZDIR");
  g_autofree char *path = NULL;
  struct stat info;
  char magic[4];
  gssize n = 0;
  int fd;

  if (!is_zone_name (name))
    return NULL;
  path = g_build_filename (dir != NULL && dir[0] != '\0' ? dir : ZONEINFO_DIR, name, NULL);
  if ((fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0)) < 0)
    return NULL;
  if (fstat (fd, &info) == 0 && S_ISREG (info.st_mode))
    n = read (fd, magic, sizeof magic);
  close (fd);
  if (n != sizeof magic || memcmp (magic, "TZif", sizeof magic) != 0)
    return NULL;

  return g_time_zone_new_identifier (name);
}

static void
zone_unref (gpointer zone)
{
  if (zone != NULL)
    g_time_zone_unref (zone);
}

/**
 * _ac_ics_zones_new:
 *
 * Returns: (transfer full): a table for #AcIcsEvent's zones: each TZID of
 *   the file and the database's zone it names, or %NULL
 */
GHashTable *
_ac_ics_zones_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, zone_unref);
}

/* The zone of the database a TZID names, or NULL for a name nobody knows
 * (“Eastern Standard Time”), which only the file's VTIMEZONE defines. A
 * TZID that starts with "/" is a global name whose tail names the zone:
 * libical's “/freeassociation.sourceforge.net/Europe/Berlin”, Mozilla's
 * “/mozilla.org/20050126_1/Europe/Berlin”. */
static GTimeZone *
known_zone (GHashTable *zones,
            const char *tzid)
{
  GTimeZone *zone = NULL;
  gpointer found;

  if (g_hash_table_lookup_extended (zones, tzid, NULL, &found))
    return found;

  if (tzid[0] != '/')
    zone = database_zone (tzid);
  else
    for (const char *p = tzid; zone == NULL && p != NULL; p = strchr (p + 1, '/'))
      if (strchr (p + 1, '/') != NULL)
        zone = database_zone (p + 1);

  g_hash_table_insert (zones, g_strdup (tzid), zone);
  return zone;
}

/* "+01:00", or "+00:53:28" for an offset of seconds. */
static char *
format_offset (int offset)
{
  int magnitude = ABS (offset);

  if (magnitude % 60 != 0)
    return g_strdup_printf ("%c%02d:%02d:%02d", offset < 0 ? '-' : '+',
                            magnitude / 3600, magnitude / 60 % 60, magnitude % 60);
  return g_strdup_printf ("%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 3600, magnitude / 60 % 60);
}

/* An event read in a zone of the database whose VTIMEZONE in the file
 * gives another offset at that time (a VTIMEZONE with only some of the
 * zone's observances) says so. */
static void
compare_file_zone (AcIcsEvent          *ev,
                   struct icaltimetype  t,
                   const char          *tzid,
                   icaltimezone        *defined,
                   GTimeZone           *known,
                   GDateTime           *time)
{
  g_autofree char *used = NULL;
  g_autofree char *theirs = NULL;
  int offset, file_offset, is_daylight = 0;

  if (ev->note != NULL || defined == NULL)
    return;

  offset = (int) (g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND);
  file_offset = icaltimezone_get_utc_offset (defined, &t, &is_daylight);
  if (offset == file_offset)
    return;

  used = format_offset (offset);
  theirs = format_offset (file_offset);
  /* Translators: a zone ("Europe/Berlin"), an offset ("+01:00"), the
   * file's name of the zone, the offset the file's definition gives */
  ev->note = g_strdup_printf (_("read in the time zone %s as this system knows it (%s); "
                                "the file's own definition of “%s” gives %s"),
                              g_time_zone_get_identifier (known), used, tzid, theirs);
}

/* A date-time of the file in the offset it has at that instant: in the
 * zone of the database when its TZID names one, else in the file's
 * VTIMEZONE @defined, else (a floating time) in the local zone. */
static GDateTime *
to_date_time (struct icaltimetype  t,
              GTimeZone           *local,
              GTimeZone           *known,
              icaltimezone        *defined)
{
  g_autoptr(GTimeZone) zone = NULL;
  int offset, is_daylight = 0;

  if (t.year < AC_YEAR_MIN || t.year > AC_YEAR_MAX)
    return NULL;

  if (icaltime_is_utc (t))
    {
      g_autoptr(GDateTime) utc = g_date_time_new_utc (t.year, t.month, t.day,
                                                      t.hour, t.minute, t.second);

      return utc ? g_date_time_to_timezone (utc, local) : NULL;
    }

  if (known != NULL)
    {
      g_autoptr(GDateTime) real = g_date_time_new (known, t.year, t.month, t.day,
                                                   t.hour, t.minute, t.second);

      if (real == NULL)
        return NULL;
      zone = g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (real) / G_TIME_SPAN_SECOND));
      return g_date_time_to_timezone (real, zone);
    }

  if (defined == NULL)
    return g_date_time_new (local, t.year, t.month, t.day, t.hour, t.minute, t.second);

  offset = icaltimezone_get_utc_offset (defined, &t, &is_daylight);
  if (ABS (offset) >= 24 * 3600)
    return NULL;
  zone = g_time_zone_new_offset (offset);
  return g_date_time_new (zone, t.year, t.month, t.day, t.hour, t.minute, t.second);
}

/**
 * _ac_ics_read_time:
 * @t: the value of @property as libical read it
 * @field: "DTSTART" or "DTEND", for the reason
 * @line: the line of @property, or 0
 * @local: the zone of UTC and floating times
 *
 * DTSTART or DTEND as a date-time with an offset. When the zone it is read
 * in gives another offset than the file's own definition of it, @ev's note
 * says so.
 *
 * Returns: (transfer full) (nullable): the date-time, or %NULL with @ev's
 *   reason
 */
GDateTime *
_ac_ics_read_time (AcIcsEvent          *ev,
                   icalproperty        *property,
                   struct icaltimetype  t,
                   const char          *field,
                   guint                line,
                   GTimeZone           *local)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  const char *tzid = NULL;
  icalcomponent *calendar = icalcomponent_get_parent (ev->event);
  icaltimezone *defined = NULL;
  GTimeZone *known = NULL;
  GDateTime *time;

  if (parameter != NULL)
    tzid = icalparameter_get_tzid (parameter) != NULL ? icalparameter_get_tzid (parameter) : "";

  if (t.is_date)
    {
      _ac_ics_reject (ev, line, field, _("an all-day event has no time of day"));
      return NULL;
    }
  /* libical also knows zones of its own for names that are no zone of the
   * database ("right/Europe/Berlin", hours off): only the file's are
   * used. */
  if (tzid != NULL && !icaltime_is_utc (t))
    {
      known = known_zone (ev->zones, tzid);
      if (calendar != NULL)
        defined = icalcomponent_get_timezone (calendar, tzid);
    }
  if (tzid != NULL && known == NULL && defined == NULL && !icaltime_is_utc (t))
    {
      _ac_ics_reject (ev, line, field, _("“%s” is not a time zone this system knows"), tzid);
      return NULL;
    }
  if (t.year < AC_YEAR_MIN || t.year > AC_YEAR_MAX)
    {
      _ac_ics_reject (ev, line, field, _("year %d is out of range %d–%d"), t.year, AC_YEAR_MIN, AC_YEAR_MAX);
      return NULL;
    }
  if (!(time = to_date_time (t, local, known, defined)))
    _ac_ics_reject (ev, line, field, _("not a date-time this system can place in time"));
  else if (known != NULL)
    compare_file_zone (ev, t, tzid, defined, known, time);

  return time;
}
