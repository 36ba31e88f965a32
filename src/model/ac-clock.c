/* ac-clock.c — the one source of "now" and "today"
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-clock"

#include "config.h"

#include <gio/gio.h>

#include "ac-clock.h"
#include "ac-date.h"

/* No other code in Aftercare reads the system clock: the views, the
 * editors, the reminders, the exporters and the CLI ask an AcClock. A
 * clock either follows the system's time or stands at a time it was given
 * (a fixed clock, for tests and for the CLI's --today), which moves only
 * when it is set or advanced.
 *
 * The day changes at midnight, and also while the computer sleeps, when
 * timeouts stand still (they run on the monotonic clock), or when the
 * time zone changes. A following clock looks at the time every minute, on
 * the minute, after logind says the computer woke up, when /etc/localtime
 * changes, and when ac_clock_check() asks it to (the window does when it
 * becomes active); it emits AcClock::day-changed when the day is not the
 * one it saw last. */

struct _AcClock
{
  GObject          parent_instance;

  GDateTime       *fixed;            /* a fixed clock's time, or NULL */
  GTimeZone       *zone;
  GDate            today;

  guint            tick_id;
  GFileMonitor    *zone_monitor;
  GDBusConnection *system_bus;
  guint            sleep_subscription;
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (AcClock, ac_clock, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NOW,
  PROP_TODAY,
  PROP_TIMEZONE,
  N_PROPS
};

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_tick (AcClock *self);

/* Notifies "now", and "today" and AcClock::day-changed when the day is
 * another than the one seen last. */
static void
update (AcClock *self)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (self);
  g_autofree char *day = NULL;
  GDate today;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);

  ac_date_set_date_time (&today, now);
  if (g_date_valid (&self->today) && g_date_compare (&today, &self->today) == 0)
    return;

  day = ac_date_format_iso (&today);
  g_debug ("The day is now %s", day);
  self->today = today;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}

static gboolean
on_tick (gpointer data)
{
  AcClock *self = data;

  self->tick_id = 0;
  update (self);
  schedule_tick (self);

  return G_SOURCE_REMOVE;
}

/* Just after the next minute starts: midnight is one of them. */
static void
schedule_tick (AcClock *self)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (self);
  guint wait_ms = 60000 - (guint) (g_date_time_get_second (now) * 1000.0) % 60000;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->tick_id = g_timeout_add (CLAMP (wait_ms, 10, 60000) + 20, on_tick, self);
}

static void
on_zone_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 AcClock           *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_DELETED)
    return;

  /* g_time_zone_new_local() keeps the zone it read first for the life of
   * the process; an identifier of NULL reads /etc/localtime again. */
  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = g_time_zone_new_identifier (NULL);
  if (self->zone == NULL)
    self->zone = g_time_zone_new_utc ();
  g_debug ("The time zone is now %s", g_time_zone_get_identifier (self->zone));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEZONE]);
  ac_clock_check (self);
}

/* logind's PrepareForSleep (FALSE) comes when the computer has woken. */
static void
on_prepare_for_sleep (GDBusConnection *connection,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  AcClock *self = user_data;
  gboolean going_to_sleep = FALSE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    ac_clock_check (self);
}

static void
on_system_bus (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  AcClock *self;

  if (bus == NULL)
    {
      /* No system bus (a container, a test): the minute's look still
       * finds the day within a minute of waking up. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no word of suspend and resume: %s", error->message);
      return;
    }

  self = AC_CLOCK (user_data);
  self->system_bus = bus;
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_prepare_for_sleep,
                                        self, NULL);
}

static void
follow_system (AcClock *self)
{
  g_autoptr(GFile) localtime = g_file_new_for_path ("/etc/localtime");

  self->zone_monitor = g_file_monitor_file (localtime, G_FILE_MONITOR_WATCH_HARD_LINKS, NULL, NULL);
  if (self->zone_monitor != NULL)
    g_signal_connect_object (self->zone_monitor, "changed", G_CALLBACK (on_zone_changed),
                             self, 0);

  self->cancellable = g_cancellable_new ();
  /* The callback holds no reference: the clock cancels it on dispose. */
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus, self);

  schedule_tick (self);
}

static void
ac_clock_dispose (GObject *object)
{
  AcClock *self = (AcClock *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  self->sleep_subscription = 0;
  g_clear_object (&self->system_bus);
  if (self->zone_monitor != NULL)
    g_file_monitor_cancel (self->zone_monitor);
  g_clear_object (&self->zone_monitor);

  G_OBJECT_CLASS (ac_clock_parent_class)->dispose (object);
}

static void
ac_clock_finalize (GObject *object)
{
  AcClock *self = (AcClock *)object;

  g_clear_pointer (&self->fixed, g_date_time_unref);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (ac_clock_parent_class)->finalize (object);
}

static void
ac_clock_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  AcClock *self = AC_CLOCK (object);

  switch (prop_id)
    {
    case PROP_NOW:
      g_value_take_boxed (value, ac_clock_get_now (self));
      break;

    case PROP_TODAY:
      g_value_set_boxed (value, &self->today);
      break;

    case PROP_TIMEZONE:
      g_value_set_boxed (value, self->zone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_clock_class_init (AcClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_clock_dispose;
  object_class->finalize = ac_clock_finalize;
  object_class->get_property = ac_clock_get_property;

  /**
   * AcClock:now:
   *
   * The time; notified every minute by a clock that follows the system's,
   * and whenever a fixed clock is set or advanced.
   */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcClock:today:
   *
   * The day, in the clock's time zone.
   */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcClock:timezone:
   *
   * The time zone the clock tells the time in: the system's, or a fixed
   * clock's own.
   */
  properties[PROP_TIMEZONE] =
    g_param_spec_boxed ("timezone", NULL, NULL, G_TYPE_TIME_ZONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcClock::day-changed:
   *
   * Emitted when today becomes another day: at midnight, after the
   * computer wakes up on another day, when the time zone changes the
   * date, or when a fixed clock is set or advanced to another day.
   */
  signals[DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ac_clock_init (AcClock *self)
{
  g_date_clear (&self->today, 1);
}

/**
 * ac_clock_new:
 *
 * Returns: (transfer full): a clock that follows the system's time
 */
AcClock *
ac_clock_new (void)
{
  AcClock *self = g_object_new (AC_TYPE_CLOCK, NULL);
  g_autoptr(GDateTime) now = NULL;

  self->zone = g_time_zone_new_local ();
  now = ac_clock_get_now (self);
  ac_date_set_date_time (&self->today, now);
  follow_system (self);

  return self;
}

/**
 * ac_clock_new_stopped:
 *
 * For a program that does one thing and ends, such as aftercare-cli: one
 * command sees one day, even if it runs across midnight, and nothing
 * watches the system.
 *
 * Returns: (transfer full): a fixed clock that stands at the system's
 *   time when it was made
 */
AcClock *
ac_clock_new_stopped (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);

  return ac_clock_new_fixed (now);
}

/**
 * ac_clock_new_fixed:
 * @now: the time the clock stands at, in the time zone it keeps
 *
 * Returns: (transfer full): a clock that moves only when set or advanced
 */
AcClock *
ac_clock_new_fixed (GDateTime *now)
{
  AcClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (AC_TYPE_CLOCK, NULL);
  self->fixed = g_date_time_ref (now);
  self->zone = g_time_zone_ref (g_date_time_get_timezone (now));
  ac_date_set_date_time (&self->today, now);

  return self;
}

/**
 * ac_clock_get_now:
 *
 * Returns: (transfer full): the time, in the clock's time zone
 */
GDateTime *
ac_clock_get_now (AcClock *self)
{
  g_return_val_if_fail (AC_IS_CLOCK (self), NULL);

  if (self->fixed != NULL)
    return g_date_time_ref (self->fixed);

  return g_date_time_new_now (self->zone);
}

/**
 * ac_clock_get_today:
 * @today: (out caller-allocates): where to put the day
 *
 * The day as the clock saw it last: it changes together with
 * AcClock::day-changed, never between two of them.
 */
void
ac_clock_get_today (AcClock *self,
                    GDate   *today)
{
  g_return_if_fail (AC_IS_CLOCK (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * ac_clock_get_timezone:
 *
 * Returns: (transfer none): the zone the clock tells the time in
 */
GTimeZone *
ac_clock_get_timezone (AcClock *self)
{
  g_return_val_if_fail (AC_IS_CLOCK (self), NULL);

  return self->zone;
}

/**
 * ac_clock_is_fixed:
 *
 * Returns: whether the clock stands at a time it was given
 */
gboolean
ac_clock_is_fixed (AcClock *self)
{
  g_return_val_if_fail (AC_IS_CLOCK (self), FALSE);

  return self->fixed != NULL;
}

/**
 * ac_clock_set_now:
 * @now: the time the clock stands at from now on
 *
 * Stops the clock at @now (a following clock stops following the system),
 * and emits AcClock::day-changed if that is another day.
 */
void
ac_clock_set_now (AcClock   *self,
                  GDateTime *now)
{
  g_return_if_fail (AC_IS_CLOCK (self));
  g_return_if_fail (now != NULL);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->fixed, g_date_time_unref);
  self->fixed = g_date_time_ref (now);
  if (g_date_time_get_timezone (now) != self->zone)
    {
      g_clear_pointer (&self->zone, g_time_zone_unref);
      self->zone = g_time_zone_ref (g_date_time_get_timezone (now));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEZONE]);
    }
  update (self);
}

/**
 * ac_clock_advance:
 * @span: how far to move a fixed clock, in microseconds
 *
 * Moves a fixed clock on (or back, for a negative @span).
 */
void
ac_clock_advance (AcClock   *self,
                  GTimeSpan  span)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (AC_IS_CLOCK (self));
  g_return_if_fail (self->fixed != NULL);

  now = g_date_time_add (self->fixed, span);
  g_return_if_fail (now != NULL);
  ac_clock_set_now (self, now);
}

/**
 * ac_clock_check:
 *
 * Looks at the time now, not at the next minute: for moments when the day
 * may have changed unseen, such as the window becoming active again.
 * Cheap when the day has not changed.
 */
void
ac_clock_check (AcClock *self)
{
  g_return_if_fail (AC_IS_CLOCK (self));

  update (self);
  if (self->fixed == NULL)
    schedule_tick (self);
}
