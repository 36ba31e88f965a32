/* ac-session-editor-fields.c — when a session is: its date, start time,
 * length, and whether it is planned
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-session-editor-fields"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-date.h"
#include "ac-session-editor-private.h"
#include "ac-usual-start.h"

/* The start is read from the date button and the hour and minute spin
 * buttons as typed (_ac_editor_get_spin_value()); a start in the future is
 * always planned, so the editor's "future" property turns the switch on
 * and, bound in the .ui, makes it insensitive and says why. */

/* The hours a new session may start at when the person has no usual time. */
#define DAY_FIRST_HOUR 8
#define DAY_LAST_HOUR  20

/* A new session's length, in minutes (the range; the journal's
 * is 1–600). */
#define NEW_SESSION_MIN_MINUTES 5
#define MAX_MINUTES 600

/* Now, in the zone the editor shows times in. */
static GDateTime *
clock_now (AcSessionEditor *self)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (ac_context_get_clock (self->context));

  return g_date_time_to_timezone (now, self->zone);
}

static void
date_of (GDateTime *time,
         GDate     *date)
{
  ac_date_set_date_time (date, time);
}

/* Whether each spin button's text is a number in its range. If not, sets
 * @message to the rule it breaks and @widget to its row. */
gboolean
_ac_session_editor_check_spins (AcSessionEditor  *self,
                                char            **message,
                                GtkWidget       **widget)
{
  GtkSpinButton *spins[] = { self->hour_spin, self->minute_spin, self->minutes_spin };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    {
      GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spins[i]);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (spins[i]));
      int lower = (int) gtk_adjustment_get_lower (adjustment);
      int upper = (int) gtk_adjustment_get_upper (adjustment);
      g_autofree char *rule = NULL;
      int value;

      if (_ac_editor_read_spin (spins[i], &value))
        continue;

      if (spins[i] == self->minutes_spin)
        /* Translators: the typed text, then the range, "“700” is not a number of minutes from 5 to 600" */
        rule = g_strdup_printf (_("“%s” is not a number of minutes from %d to %d"), text, lower, upper);
      else if (spins[i] == self->hour_spin)
        /* Translators: the typed text, then the range, "“25” is not an hour from 0 to 23" */
        rule = g_strdup_printf (_("“%s” is not an hour from %d to %d"), text, lower, upper);
      else
        /* Translators: the typed text, then the range, "“75” is not a minute from 0 to 59" */
        rule = g_strdup_printf (_("“%s” is not a minute from %d to %d"), text, lower, upper);

      *message = _ac_editor_field_message (spins[i] == self->minutes_spin ? _("Length") : _("Start time"),
                                           rule);
      *widget = GTK_WIDGET (spins[i] == self->minutes_spin ? self->minutes_row : self->time_row);
      return FALSE;
    }

  return TRUE;
}

/* Ctrl+Enter comes before a spin button has taken what was typed in it:
 * each takes it now (or keeps it to be refused). */
void
_ac_session_editor_take_spin_texts (AcSessionEditor *self)
{
  GtkSpinButton *spins[] = { self->hour_spin, self->minute_spin, self->minutes_spin };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_update (spins[i]);
}

/* The start in the session's zone; an edited session whose date and time
 * are untouched keeps its start to the second. */
GDateTime *
_ac_session_editor_get_start (AcSessionEditor *self)
{
  const GDate *date = ac_date_button_get_date (self->date_button);
  int hour = _ac_editor_get_spin_value (self->hour_spin);
  int minute = _ac_editor_get_spin_value (self->minute_spin);

  if (self->session != NULL)
    {
      GDateTime *start = ac_session_get_start (self->session);

      if (g_date_time_get_year (start) == g_date_get_year (date) &&
          g_date_time_get_month (start) == (int) g_date_get_month (date) &&
          g_date_time_get_day_of_month (start) == g_date_get_day (date) &&
          g_date_time_get_hour (start) == hour &&
          g_date_time_get_minute (start) == minute)
        return g_date_time_ref (start);
    }

  return g_date_time_new (self->zone,
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date),
                          hour, minute, 0);
}

/* The length as typed (see _ac_editor_get_spin_value()). */
int
_ac_session_editor_get_length (AcSessionEditor *self)
{
  return _ac_editor_get_spin_value (self->minutes_spin);
}

static gboolean
start_is_future (AcSessionEditor *self)
{
  g_autoptr(GDateTime) start = _ac_session_editor_get_start (self);
  g_autoptr(GDateTime) now = clock_now (self);

  return start != NULL && g_date_time_compare (start, now) > 0;
}

/* A session in the future is planned; one in the past is planned only if
 * the user says so. */
void
_ac_session_editor_update_planned (AcSessionEditor *self)
{
  gboolean future = start_is_future (self);
  gboolean was_loading = self->loading;

  _ac_session_editor_set_future (self, future);

  self->loading = TRUE;
  gtk_switch_set_active (self->planned_switch, future || self->planned_by_user);
  self->loading = was_loading;
}

static void
on_planned_toggled (AcSessionEditor *self)
{
  if (self->loading)
    return;

  self->planned_by_user = gtk_switch_get_active (self->planned_switch);
  _ac_session_editor_update_state (self);
}

/* The planned row's subtitle, bound to the editor's "future". */
static char *
planned_subtitle (gpointer instance,
                  gboolean future)
{
  return g_strdup (future ? _("A session in the future is always planned")
                          : _("Booked, but it hasn’t happened yet"));
}

static gboolean
on_minutes_spin_output (GtkSpinButton *spin)
{
  return _ac_editor_spin_keeps_text (spin);
}

/* Hours and minutes show two digits, "08:05". */
static gboolean
on_time_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = NULL;

  if (_ac_editor_spin_keeps_text (spin))
    return TRUE;

  text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
set_time (AcSessionEditor *self,
          const GDate     *date,
          int              hour,
          int              minute)
{
  ac_date_button_set_date (self->date_button, date);
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
}

/* A new session is 5 to 600 minutes long. One of 1 to 4 minutes, which
 * the journal allows and the command line and imports write, keeps its
 * length when edited: the lower bound comes down to it. */
static void
set_minutes_range (AcSessionEditor *self,
                   int              lower)
{
  /* Translators: how long a session may last, "In minutes, 5 to 600" */
  g_autofree char *subtitle = g_strdup_printf (_("In minutes, %d to %d"), lower, MAX_MINUTES);

  gtk_spin_button_set_range (self->minutes_spin, lower, MAX_MINUTES);
  adw_action_row_set_subtitle (self->minutes_row, subtitle);
}

/* Fills the date, time, length and planned fields from the session, or
 * with this hour of today for a new one. The caller holds the form. */
void
_ac_session_editor_load_when (AcSessionEditor *self)
{
  g_assert (self->loading);

  if (self->session != NULL)
    {
      GDateTime *start = ac_session_get_start (self->session);
      int minutes = ac_session_get_minutes (self->session);
      GDate date;

      date_of (start, &date);
      self->zone = g_time_zone_new_offset (g_date_time_get_utc_offset (start) / G_USEC_PER_SEC);
      set_time (self, &date, g_date_time_get_hour (start), g_date_time_get_minute (start));
      set_minutes_range (self, MIN (NEW_SESSION_MIN_MINUTES, minutes));
      gtk_spin_button_set_value (self->minutes_spin, minutes);
      self->planned_by_user = ac_session_get_planned (self->session);
    }
  else
    {
      g_autoptr(GDateTime) now = NULL;
      GDate today;

      int hour, minute;

      self->zone = g_time_zone_new_local ();
      now = clock_now (self);
      date_of (now, &today);
      /* The person's usual time; else the next whole hour, in the day
       * (not 01:00 for a form opened at night). */
      if (!ac_usual_start_time (ac_context_get_journal (self->context), &hour, &minute))
        {
          hour = CLAMP (g_date_time_get_hour (now) + 1, DAY_FIRST_HOUR, DAY_LAST_HOUR);
          minute = 0;
        }
      set_time (self, &today, hour, minute);
      set_minutes_range (self, NEW_SESSION_MIN_MINUTES);
      self->planned_by_user = FALSE;
    }
}

/* A new session on another day than today starts at the person's usual
 * time, else at 10:00. */
void
_ac_session_editor_set_default_day (AcSessionEditor *self,
                                    const GDate     *day)
{
  g_autoptr(GDateTime) now = clock_now (self);
  int hour = 10, minute = 0;
  GDate today;

  date_of (now, &today);
  if (g_date_compare (day, &today) == 0)
    return;

  ac_usual_start_time (ac_context_get_journal (self->context), &hour, &minute);
  self->loading = TRUE;
  set_time (self, day, hour, minute);
  self->loading = FALSE;
  _ac_session_editor_update_state (self);
}

void
_ac_session_editor_fields_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_planned_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, planned_subtitle);
}

void
_ac_session_editor_fields_init (AcSessionEditor *self)
{
  _ac_editor_setup_spin (self->hour_spin);
  _ac_editor_setup_spin (self->minute_spin);
  _ac_editor_setup_spin (self->minutes_spin);
}
