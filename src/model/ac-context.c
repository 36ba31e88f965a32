/* ac-context.c — what every view needs: the journal's keeper, the clock,
 * the settings, and the hold
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-context"

#include "config.h"

#include "ac-context.h"
#include "ac-guidance.h"
#include "ac-hold-private.h"

/* The application makes one context; the window, the views, the editors,
 * the preferences, the reminders and the import and export dialogs take
 * it when they are made and never another. They follow its parts instead
 * of being handed the same values through a chain of setters: the
 * journal, which the keeper swaps when it loads, restores or starts anew
 * (AcContext:journal follows it), and today, which changes with the
 * clock's AcClock::day-changed.
 *
 * The hold (GUIDANCE.md, "The hold") is the context's too: the banner,
 * the calendar, the Advice tab, the editors and the reminders all read
 * this one value, so they cannot disagree, and none computes it. */

struct _AcContext
{
  GObject          parent_instance;

  AcJournalKeeper *keeper;
  AcClock         *clock;
  GSettings       *settings;

  GSignalGroup    *journal_signals;
  AcHold          *hold;
  AcJournal       *hold_journal;     /* what the hold was computed from */
  guint64          hold_generation;
  GDate            hold_day;
};

G_DEFINE_FINAL_TYPE (AcContext, ac_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEEPER,
  PROP_CLOCK,
  PROP_SETTINGS,
  PROP_JOURNAL,
  PROP_HOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Computes the hold again when the journal, its contents or today are
 * not what it was computed from, and notifies when it says something
 * else. The getter calls it too: a handler of the same change (a journal
 * change, the clock's "now" before its "day-changed") may ask before the
 * context has heard of it. */
static void
refresh_hold (AcContext *self)
{
  AcJournal *journal = ac_journal_keeper_get_journal (self->keeper);
  g_autoptr(AcHold) hold = NULL;
  GDate today;

  ac_clock_get_today (self->clock, &today);
  if (self->hold != NULL && journal == self->hold_journal &&
      (journal == NULL || ac_journal_get_generation (journal) == self->hold_generation) &&
      g_date_valid (&self->hold_day) && g_date_compare (&today, &self->hold_day) == 0)
    return;

  g_set_object (&self->hold_journal, journal);
  self->hold_generation = journal != NULL ? ac_journal_get_generation (journal) : 0;
  self->hold_day = today;

  if (journal != NULL)
    hold = ac_guidance_compute_hold (journal, &today);
  else
    hold = _ac_hold_new (AC_SEVERITY_INFO, NULL, NULL, NULL);

  if (self->hold != NULL && ac_hold_equal (hold, self->hold))
    return;

  g_set_object (&self->hold, hold);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLD]);
}

static void
on_keeper_journal (AcContext *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
  refresh_hold (self);
}

static void
ac_context_constructed (GObject *object)
{
  AcContext *self = (AcContext *)object;

  G_OBJECT_CLASS (ac_context_parent_class)->constructed (object);

  g_assert (AC_IS_JOURNAL_KEEPER (self->keeper));
  g_assert (AC_IS_CLOCK (self->clock));

  g_signal_connect_object (self->keeper, "notify::journal", G_CALLBACK (on_keeper_journal),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clock, "day-changed", G_CALLBACK (refresh_hold),
                           self, G_CONNECT_SWAPPED);

  self->journal_signals = g_signal_group_new (AC_TYPE_JOURNAL);
  g_signal_group_connect_swapped (self->journal_signals, "changed", G_CALLBACK (refresh_hold), self);
  g_object_bind_property (self->keeper, "journal", self->journal_signals, "target", G_BINDING_SYNC_CREATE);
  refresh_hold (self);
}

static void
ac_context_dispose (GObject *object)
{
  AcContext *self = (AcContext *)object;

  g_clear_object (&self->journal_signals);
  g_clear_object (&self->hold);
  g_clear_object (&self->hold_journal);
  g_clear_object (&self->keeper);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ac_context_parent_class)->dispose (object);
}

static void
ac_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AcContext *self = AC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_KEEPER:
      g_value_set_object (value, self->keeper);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_JOURNAL:
      g_value_set_object (value, ac_context_get_journal (self));
      break;

    case PROP_HOLD:
      g_value_set_object (value, ac_context_get_hold (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AcContext *self = AC_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_KEEPER:
      self->keeper = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_context_class_init (AcContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ac_context_constructed;
  object_class->dispose = ac_context_dispose;
  object_class->get_property = ac_context_get_property;
  object_class->set_property = ac_context_set_property;

  /**
   * AcContext:keeper:
   *
   * The journal and its file.
   */
  properties[PROP_KEEPER] =
    g_param_spec_object ("keeper", NULL, NULL, AC_TYPE_JOURNAL_KEEPER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcContext:clock:
   *
   * Where "now" and "today" come from.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, AC_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcContext:settings:
   *
   * The app's GSettings (app.aftercare.Aftercare).
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcContext:journal:
   *
   * The keeper's journal, or %NULL while none is loaded; views follow it
   * with a #GSignalGroup bound to this property.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, AC_TYPE_JOURNAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcContext:hold:
   *
   * The hold of GUIDANCE.md for the journal on the clock's today, never
   * %NULL (off while no journal is loaded). Computed again when the
   * journal changes, when the keeper swaps it and when the day changes;
   * notified only when it says something else (ac_hold_equal()).
   */
  properties[PROP_HOLD] =
    g_param_spec_object ("hold", NULL, NULL, AC_TYPE_HOLD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ac_context_init (AcContext *self)
{
  g_date_clear (&self->hold_day, 1);
}

/**
 * ac_context_new:
 * @keeper: the journal and its file
 * @clock: where "now" and "today" come from
 * @settings: the app's settings
 *
 * Returns: (transfer full): a context
 */
AcContext *
ac_context_new (AcJournalKeeper *keeper,
                AcClock         *clock,
                GSettings       *settings)
{
  g_return_val_if_fail (AC_IS_JOURNAL_KEEPER (keeper), NULL);
  g_return_val_if_fail (AC_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (AC_TYPE_CONTEXT,
                       "keeper", keeper,
                       "clock", clock,
                       "settings", settings,
                       NULL);
}

/**
 * ac_context_get_keeper:
 *
 * Returns: (transfer none): the journal's keeper
 */
AcJournalKeeper *
ac_context_get_keeper (AcContext *self)
{
  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);

  return self->keeper;
}

/**
 * ac_context_get_journal:
 *
 * Returns: (transfer none) (nullable): the keeper's journal
 */
AcJournal *
ac_context_get_journal (AcContext *self)
{
  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);

  return ac_journal_keeper_get_journal (self->keeper);
}

/**
 * ac_context_get_clock:
 *
 * Returns: (transfer none): the clock
 */
AcClock *
ac_context_get_clock (AcContext *self)
{
  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);

  return self->clock;
}

/**
 * ac_context_get_settings:
 *
 * Returns: (transfer none): the app's settings
 */
GSettings *
ac_context_get_settings (AcContext *self)
{
  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * ac_context_get_today:
 * @today: (out caller-allocates): where to put the day
 *
 * The clock's today.
 */
void
ac_context_get_today (AcContext *self,
                      GDate     *today)
{
  g_return_if_fail (AC_IS_CONTEXT (self));

  ac_clock_get_today (self->clock, today);
}

/**
 * ac_context_follow_journal:
 * @changed: called as @instance's handler of AcJournal::changed
 * @bound: called with @instance and the journal when there is a new one
 * @unbound: called with @instance when the journal goes
 * @instance: the object that follows, which the handlers die with
 *
 * Follows the keeper's journal, now and whenever the keeper loads,
 * restores or starts another, without any setter: the handlers move with
 * the journal. Disconnect @instance's handlers from the group before
 * letting it go, which would unbind the journal.
 *
 * Returns: (transfer full): the signal group that does it
 */
GSignalGroup *
ac_context_follow_journal (AcContext *self,
                           GCallback  changed,
                           GCallback  bound,
                           GCallback  unbound,
                           gpointer   instance)
{
  GSignalGroup *group;

  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (instance), NULL);

  group = g_signal_group_new (AC_TYPE_JOURNAL);
  /* A signal group takes no handlers once it has a target. */
  g_signal_group_connect_swapped (group, "changed", changed, instance);
  g_signal_connect_object (group, "bind", bound, instance, G_CONNECT_SWAPPED);
  g_signal_connect_object (group, "unbind", unbound, instance, G_CONNECT_SWAPPED);
  g_object_bind_property (self, "journal", group, "target", G_BINDING_SYNC_CREATE);

  return group;
}

/**
 * ac_context_get_hold:
 *
 * Whether massage should wait, and why (GUIDANCE.md, "The hold"), for
 * the journal as it is now on the clock's today.
 *
 * Returns: (transfer none): the hold, on or off
 */
AcHold *
ac_context_get_hold (AcContext *self)
{
  g_return_val_if_fail (AC_IS_CONTEXT (self), NULL);

  refresh_hold (self);

  return self->hold;
}
