/* ac-reminders.c — the daily check-in and aftercare notifications
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-reminders"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ac-date.h"
#include "ac-reminders-private.h"

/* Two reminders, both off until the user turns them on (GSettings):
 *
 * - the check-in reminder, each day at `checkin-reminder-time`, sent only
 *   when that day has no check-in yet;
 * - the aftercare reminder, at 09:00 on the day after a session that took
 *   place (not a planned one), unless that day already has a check-in, or
 *   a hold is on: its routine advice (drink, take it easy) is what
 *   GUIDANCE.md keeps quiet while a warning sign waits to be checked.
 *
 * Each reminder is considered once a day, at the first check at or after
 * its time of day, and then sent or not; a day that is over is not
 * reminded of. The first check after start-up catches up on the day so
 * far (the computer was off at the time); a change of the settings does
 * not, so turning a reminder on at 21:00 does not fire the one of 20:00.
 * The timer sleeps until the next due time, but never longer than ten
 * minutes: a timer does not count the time the computer is suspended, and
 * the clock or the time zone can change. A check-in recorded after a
 * reminder withdraws it.
 *
 * While a reminder is on, the user's session starts the app at log-in as a
 * background service, through an autostart entry in the user's config
 * folder, so that reminders come while Aftercare is closed. */

#define AFTERCARE_HOUR    9
#define DEFAULT_HOUR      20
#define MAX_SLEEP_SECONDS (10 * 60)

struct _AcReminders
{
  GObject          parent_instance;

  AcContext       *context;
  GSettings       *settings;       /* the context's */
  AcClock         *clock;          /* the context's */
  GSignalGroup    *journal_signals;
  AcJournal       *journal;        /* the keeper's, followed */
  GDate            checkin_day;    /* the last day each reminder was */
  GDate            aftercare_day;  /* considered on, or cleared */
  guint            timeout_id;
  guint            active : 1;
  guint            shown_checkin : 1;
  guint            shown_aftercare : 1;
};

G_DEFINE_FINAL_TYPE (AcReminders, ac_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

enum {
  SEND_NOTIFICATION,
  WITHDRAW_NOTIFICATION,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
get_now (AcReminders *self)
{
  return ac_clock_get_now (self->clock);
}

/* @hour:@minute on the day of @now, in its time zone. */
static GDateTime *
day_at (GDateTime *now,
        int        hour,
        int        minute)
{
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);

  return g_date_time_new (g_date_time_get_timezone (now), y, m, d, hour, minute, 0);
}

/**
 * ac_reminders_parse_time:
 * @text: a time of day, "HH:MM" in 24-hour form
 *
 * Returns: %TRUE if @text is a time from 00:00 to 23:59
 */
gboolean
ac_reminders_parse_time (const char *text,
                         int        *hour,
                         int        *minute)
{
  char *end;
  guint64 h, m;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  h = g_ascii_strtoull (text, &end, 10);
  if (end - text > 2 || end[0] != ':' || !g_ascii_isdigit (end[1]))
    return FALSE;
  text = end + 1;
  m = g_ascii_strtoull (text, &end, 10);
  if (end - text != 2 || end[0] != '\0' || h > 23 || m > 59)
    return FALSE;

  *hour = (int) h;
  *minute = (int) m;

  return TRUE;
}

static GDateTime *
checkin_due (AcReminders *self,
             GDateTime   *now)
{
  g_autofree char *text = g_settings_get_string (self->settings, "checkin-reminder-time");
  int hour = DEFAULT_HOUR, minute = 0;

  if (!ac_reminders_parse_time (text, &hour, &minute))
    {
      g_debug ("Reminder time “%s” is not HH:MM; using %02d:00", text, DEFAULT_HOUR);
      hour = DEFAULT_HOUR;
      minute = 0;
    }

  return day_at (now, hour, minute);
}

/* Whether @due has come and its day was not considered yet; the day is
 * considered from now on. */
static gboolean
fell_due (GDate     *considered,
          GDateTime *due,
          GDateTime *now)
{
  GDate day;

  if (g_date_time_compare (due, now) > 0)
    return FALSE;

  /* Equal, not later: a clock set back is not a reason to stay quiet. */
  ac_date_set_date_time (&day, due);
  if (g_date_valid (considered) && g_date_compare (considered, &day) == 0)
    return FALSE;
  *considered = day;

  return TRUE;
}

static gboolean
had_session_on (AcJournal   *journal,
                const GDate *day)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  guint32 julian = g_date_get_julian (day);

  /* Sorted by start: from the newest back to the day. Local dates
   * with other offsets can be a day out of order. */
  for (guint i = g_list_model_get_n_items (sessions); i > 0; i--)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i - 1);
      GDate date;

      ac_session_get_local_date (session, &date);
      if (g_date_get_julian (&date) + 1 < julian)
        break;
      if (g_date_get_julian (&date) == julian && !ac_session_get_planned (session))
        return TRUE;
    }

  return FALSE;
}

static void
send (AcReminders  *self,
      const char   *id,
      const char   *title,
      const char   *body,
      const GDate  *day)
{
  g_autoptr(GNotification) notification = g_notification_new (title);
  g_autofree char *date = ac_date_format_iso (day);

  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.check-in", "s", date);
  /* The daily reminder answers itself in one click for a day of no
   * soreness; after a session the person has something to say. */
  if (g_strcmp0 (id, AC_REMINDER_CHECKIN) == 0)
    g_notification_add_button_with_target (notification, _("Not Sore"), "app.not-sore", "s", date);
  g_notification_add_button_with_target (notification, _("Check In…"), "app.check-in", "s", date);

  g_debug ("Sending %s for %s", id, date);
  g_signal_emit (self, signals[SEND_NOTIFICATION], 0, id, notification);
}

static void
withdraw (AcReminders *self)
{
  if (self->shown_checkin)
    g_signal_emit (self, signals[WITHDRAW_NOTIFICATION], 0, AC_REMINDER_CHECKIN);
  if (self->shown_aftercare)
    g_signal_emit (self, signals[WITHDRAW_NOTIFICATION], 0, AC_REMINDER_AFTERCARE);
  self->shown_checkin = self->shown_aftercare = FALSE;
}

static void
check (AcReminders *self,
       GDateTime   *now)
{
  GDate today;
  gboolean checked_in;

  /* Nothing is known before the journal is loaded; it is checked then. */
  if (self->journal == NULL || ac_journal_keeper_get_state (ac_context_get_keeper (self->context)) != AC_KEEPER_READY)
    return;

  ac_date_set_date_time (&today, now);
  checked_in = ac_journal_lookup_checkin_for_date (self->journal, &today) != NULL;
  if (checked_in)
    withdraw (self);

  if (g_settings_get_boolean (self->settings, "aftercare-reminder-enabled"))
    {
      g_autoptr(GDateTime) due = day_at (now, AFTERCARE_HOUR, 0);
      GDate yesterday = today;

      g_date_subtract_days (&yesterday, 1);
      if (fell_due (&self->aftercare_day, due, now) && !checked_in &&
          had_session_on (self->journal, &yesterday) &&
          !ac_hold_is_on (ac_context_get_hold (self->context)))
        {
          send (self, AC_REMINDER_AFTERCARE,
                _("How do you feel after yesterday’s massage?"),
                _("Drink to thirst today, and take it easy if you feel sore. A quick "
                  "check-in helps you see how you recover."),
                &today);
          self->shown_aftercare = TRUE;
        }
    }

  if (g_settings_get_boolean (self->settings, "checkin-reminder-enabled"))
    {
      g_autoptr(GDateTime) due = checkin_due (self, now);

      if (fell_due (&self->checkin_day, due, now) && !checked_in)
        {
          send (self, AC_REMINDER_CHECKIN,
                _("How do you feel today?"),
                _("You haven’t checked in today. Noting your soreness takes a moment, "
                  "and helps you see how you recover."),
                &today);
          self->shown_checkin = TRUE;
        }
    }
}

/* The next time a reminder falls due, after now.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL when no
 *   reminder is on
 */
GDateTime *
_ac_reminders_get_next_due (AcReminders *self)
{
  g_autoptr(GDateTime) now = get_now (self);
  GDateTime *due[2] = { NULL, NULL };
  GDateTime *next = NULL;

  g_return_val_if_fail (AC_IS_REMINDERS (self), NULL);

  if (g_settings_get_boolean (self->settings, "checkin-reminder-enabled"))
    due[0] = checkin_due (self, now);
  if (g_settings_get_boolean (self->settings, "aftercare-reminder-enabled"))
    due[1] = day_at (now, AFTERCARE_HOUR, 0);

  for (guint i = 0; i < G_N_ELEMENTS (due); i++)
    {
      if (due[i] == NULL)
        continue;
      if (g_date_time_compare (due[i], now) <= 0)
        {
          GDateTime *tomorrow = g_date_time_add_days (due[i], 1);

          g_date_time_unref (due[i]);
          due[i] = tomorrow;
        }
      if (next == NULL || g_date_time_compare (due[i], next) < 0)
        next = due[i];
    }

  if (next != NULL)
    g_date_time_ref (next);
  for (guint i = 0; i < G_N_ELEMENTS (due); i++)
    g_clear_pointer (&due[i], g_date_time_unref);

  return next;
}

static void rearm (AcReminders *self);

static gboolean
on_timeout (gpointer data)
{
  AcReminders *self = data;
  g_autoptr(GDateTime) now = get_now (self);

  self->timeout_id = 0;
  check (self, now);
  rearm (self);

  return G_SOURCE_REMOVE;
}

static void
rearm (AcReminders *self)
{
  g_autoptr(GDateTime) next = _ac_reminders_get_next_due (self);
  g_autoptr(GDateTime) now = NULL;
  gint64 seconds;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (next == NULL)
    return;

  now = get_now (self);
  seconds = g_date_time_difference (next, now) / G_USEC_PER_SEC + 1;
  seconds = CLAMP (seconds, 1, MAX_SLEEP_SECONDS);
  self->timeout_id = g_timeout_add_seconds ((guint) seconds, on_timeout, self);
  g_source_set_name_by_id (self->timeout_id, "[aftercare] reminders");
}

/**
 * ac_reminders_get_autostart_file:
 *
 * Returns: (transfer full): the entry that starts the reminders' service
 *   when the user logs in, in their config folder
 */
GFile *
ac_reminders_get_autostart_file (void)
{
  return g_file_new_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/* The entry is the one installed with the app (data/), from the
 * resources: a copy while a reminder is on, none while both are off. */
static void
sync_autostart (AcReminders *self)
{
  g_autoptr(GFile) file = ac_reminders_get_autostart_file ();
  g_autoptr(GError) error = NULL;

  if (self->active)
    {
      g_autoptr(GBytes) entry = g_resources_lookup_data (APP_PATH "/autostart.desktop",
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_autofree char *folder = g_path_get_dirname (g_file_peek_path (file));

      if (entry == NULL ||
          g_mkdir_with_parents (folder, 0700) != 0 ||
          !g_file_replace_contents (file, g_bytes_get_data (entry, NULL), g_bytes_get_size (entry),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
        g_warning ("Could not write %s, so reminders will not come while Aftercare is "
                   "closed: %s", g_file_peek_path (file),
                   error ? error->message : g_strerror (errno));
    }
  else if (!g_file_delete (file, NULL, &error) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_warning ("Could not remove %s: %s", g_file_peek_path (file), error->message);
}

static gboolean
compute_active (AcReminders *self)
{
  return g_settings_get_boolean (self->settings, "checkin-reminder-enabled") ||
         g_settings_get_boolean (self->settings, "aftercare-reminder-enabled");
}

static void
on_settings_changed (AcReminders *self,
                     const char  *key,
                     GSettings   *settings)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) checkin = NULL;
  g_autoptr(GDateTime) aftercare = NULL;
  gboolean active;

  if (!g_str_equal (key, "checkin-reminder-enabled") &&
      !g_str_equal (key, "checkin-reminder-time") &&
      !g_str_equal (key, "aftercare-reminder-enabled"))
    return;

  /* What fell due before the change is not sent now. */
  now = get_now (self);
  checkin = checkin_due (self, now);
  aftercare = day_at (now, AFTERCARE_HOUR, 0);
  fell_due (&self->checkin_day, checkin, now);
  fell_due (&self->aftercare_day, aftercare, now);
  rearm (self);

  active = compute_active (self);
  if (active != self->active)
    {
      self->active = active;
      sync_autostart (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }
}

static void
on_journal_changed (AcReminders *self,
                    AcJournal   *journal)
{
  g_autoptr(GDateTime) now = get_now (self);

  /* A check-in withdraws the day's reminders. */
  check (self, now);
}

static void
on_journal_bound (AcReminders *self,
                  AcJournal   *journal)
{
  g_autoptr(GDateTime) now = get_now (self);

  g_set_object (&self->journal, journal);
  check (self, now);
}

static void
on_journal_unbound (AcReminders *self)
{
  g_clear_object (&self->journal);
}

/* The journal is bound before the keeper says it is ready. */
static void
on_keeper_state (AcReminders *self)
{
  g_autoptr(GDateTime) now = get_now (self);

  check (self, now);
}

/* Every minute, or whenever a test's clock is set: what is due now, and
 * the timer again from the clock's time. At a new day the clock tells
 * "now" before "day-changed", and the context's hold is that of the
 * clock's today: the check waits for the day. */
static void
on_clock_now (AcReminders *self)
{
  g_autoptr(GDateTime) now = get_now (self);
  GDate day, today;

  ac_date_set_date_time (&day, now);
  ac_clock_get_today (self->clock, &today);
  if (g_date_compare (&day, &today) != 0)
    return;

  check (self, now);
  rearm (self);
}

static void
ac_reminders_dispose (GObject *object)
{
  AcReminders *self = (AcReminders *)object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to act on. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ac_reminders_parent_class)->dispose (object);
}

static void
ac_reminders_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AcReminders *self = AC_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_reminders_class_init (AcRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_reminders_dispose;
  object_class->get_property = ac_reminders_get_property;

  /**
   * AcReminders:active:
   *
   * Whether a reminder is on, so that the app should stay running.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcReminders::send-notification:
   * @id: %AC_REMINDER_CHECKIN or %AC_REMINDER_AFTERCARE
   * @notification: what to show; its actions are `app.check-in`
   *
   * Emitted when a reminder is due; the application sends it with
   * g_application_send_notification().
   */
  signals[SEND_NOTIFICATION] =
    g_signal_new ("send-notification",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_NOTIFICATION);

  /**
   * AcReminders::withdraw-notification:
   * @id: the id of a reminder sent today
   *
   * Emitted when a reminder sent today is answered by a check-in.
   */
  signals[WITHDRAW_NOTIFICATION] =
    g_signal_new ("withdraw-notification",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ac_reminders_init (AcReminders *self)
{
  g_date_clear (&self->checkin_day, 1);
  g_date_clear (&self->aftercare_day, 1);
}

/**
 * ac_reminders_new:
 * @context: the app's settings, with the reminders' keys; the journal,
 *   asked whether a day has a check-in or a session; and the clock
 *
 * Returns: (transfer full): the reminders, running
 */
AcReminders *
ac_reminders_new (AcContext *context)
{
  AcReminders *self;

  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  self = g_object_new (AC_TYPE_REMINDERS, NULL);
  self->context = g_object_ref (context);
  self->settings = g_object_ref (ac_context_get_settings (context));
  self->clock = g_object_ref (ac_context_get_clock (context));
  self->active = compute_active (self);
  /* The settings may have changed while the app was closed (or the entry
   * been removed, or be from an older install): make the entry agree. */
  sync_autostart (self);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clock, "notify::now", G_CALLBACK (on_clock_now),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clock, "day-changed", G_CALLBACK (on_clock_now),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ac_context_get_keeper (context), "notify::state",
                           G_CALLBACK (on_keeper_state), self, G_CONNECT_SWAPPED);
  self->journal_signals =
    ac_context_follow_journal (context, G_CALLBACK (on_journal_changed), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);
  rearm (self);

  return self;
}

/**
 * ac_reminders_get_active:
 *
 * Returns: whether a reminder is on
 */
gboolean
ac_reminders_get_active (AcReminders *self)
{
  g_return_val_if_fail (AC_IS_REMINDERS (self), FALSE);

  return self->active;
}

