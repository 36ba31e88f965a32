/* ac-import-ics-private.h — what the files of the iCalendar import share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ac-import-ics.c       events as candidate sessions: their fields, their
 *                       text, the reasons one cannot be imported
 * ac-import-ics-scan.c  the first pass over the text: the lines libical
 *                       does not report, and the form of the file
 * ac-import-ics-zone.c  the time zone of a DTSTART or DTEND: a zone of the
 *                       database, the file's VTIMEZONE, or the local one
 */

#pragma once

#include <libical/ical.h>

#include "ac-import-private.h"

G_BEGIN_DECLS

/* Where an event's lines are, from the first pass. */
typedef struct
{
  guint  begin;
  guint  dtstart;
  guint  dtend;
  guint  duration;
  guint  repeat;             /* the first RRULE or RDATE */
  char  *dtstart_value;
  char  *dtend_value;
  char  *duration_value;
  char  *repeat_name;
  char  *repeat_value;
  /* Text values as written: libical drops the spaces around them. */
  char  *description_value;
  char  *therapist_value;
} AcIcsEventLines;

/* An event of the file being read into a session. */
typedef struct
{
  icalcomponent   *event;
  AcIcsEventLines *lines;      /* or NULL when the passes disagree */
  GHashTable      *zones;      /* TZID → the database's GTimeZone, or NULL */
  const char      *summary;
  char            *reason;
  char            *note;       /* the zone it was read in, when that matters */
} AcIcsEvent;

GArray     *_ac_ics_scan       (const char           *name,
                                const char           *data,
                                gsize                 length,
                                GError              **error);
char       *_ac_ics_shorten    (const char           *text);
gboolean    _ac_ics_reject     (AcIcsEvent           *ev,
                                guint                 line,
                                const char           *field,
                                const char           *format,
                                ...) G_GNUC_PRINTF (4, 5);
GHashTable *_ac_ics_zones_new  (void);
GDateTime  *_ac_ics_read_time  (AcIcsEvent           *ev,
                                icalproperty         *property,
                                struct icaltimetype   t,
                                const char           *field,
                                guint                 line,
                                GTimeZone            *local);

G_END_DECLS
