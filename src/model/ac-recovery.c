/* ac-recovery.c — how the user recovers after each session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-recovery"

#include "config.h"

#include <stdlib.h>

#include "ac-recovery-private.h"

/* The recovery analysis of a journal as it stands on one day.
 *
 * Done sessions are those that are not planned and whose local date is on
 * or before today (GUIDANCE.md's "latest session" uses the same test); they
 * are ordered by local date, then by start. Check-ins after today are not
 * known yet and are left out.
 *
 * A check-in is attributed to the latest done session on or before its
 * date when it lies at d 0–14 of it and, when both list areas, they share
 * one (GUIDANCE.md, "Attributed"); a session's curve holds only the
 * check-ins attributed to it, so the curves of two sessions never share a
 * check-in: a check-in the day after a second session is d 1 of that
 * session, not d 3 of the one before. Sore calves after a neck massage are
 * on no curve.
 *
 * The baseline is the median soreness of the check-ins of the last 90 days
 * (today - 89 … today) that lie outside d 0–6 of every session, when there
 * are at least 5 of them, and 0 otherwise; a median between two whole
 * numbers rounds up, as the engine's other medians do. Excess is soreness
 * minus baseline, never below 0. Peaks and recovery are read in excess, so
 * a daily back pain of 3 is not the massage's soreness; the profile by
 * pressure stays in soreness, as the person noted it.
 *
 * All of it is two walks over the sorted sessions and check-ins. The
 * object is immutable: build it once, and share it. */
struct _AcRecovery
{
  GObject    parent_instance;

  GDate      today;
  GArray    *entries;      /* AcRecoveryEntry, by local date then start */
  GPtrArray *sessions;     /* AcSession references behind the entries */
  GArray    *points;       /* AcRecoveryPoint, grouped by entry */
  GPtrArray *checkins;     /* AcCheckin on or before today, by date */
  GArray    *checkin_days; /* guint32, parallel to checkins */
  GArray    *attributed;   /* int, parallel to checkins: the entry, or -1 */
  int        baseline;
  guint      n_baseline;   /* the check-ins it rests on */

  double     profile_sum[AC_N_PRESSURES][AC_RECOVERY_PROFILE_DAYS];
  guint      profile_n[AC_N_PRESSURES][AC_RECOVERY_PROFILE_DAYS];
  double     median_peak[AC_N_PRESSURES];
  guint      n_peaks[AC_N_PRESSURES];
  double     median_days[AC_N_PRESSURES];
  guint      n_days[AC_N_PRESSURES];
};

G_DEFINE_FINAL_TYPE (AcRecovery, ac_recovery, G_TYPE_OBJECT)

static void
ac_recovery_finalize (GObject *object)
{
  AcRecovery *self = (AcRecovery *)object;

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->checkins, g_ptr_array_unref);
  g_clear_pointer (&self->checkin_days, g_array_unref);
  g_clear_pointer (&self->attributed, g_array_unref);

  G_OBJECT_CLASS (ac_recovery_parent_class)->finalize (object);
}

static void
ac_recovery_class_init (AcRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ac_recovery_finalize;
}

static void
ac_recovery_init (AcRecovery *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (AcRecoveryEntry));
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->points = g_array_new (FALSE, FALSE, sizeof (AcRecoveryPoint));
  self->checkins = g_ptr_array_new_with_free_func (g_object_unref);
  self->checkin_days = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->attributed = g_array_new (FALSE, FALSE, sizeof (int));
  g_date_clear (&self->today, 1);
}

/* The Julian day number of a session's local date. */
guint32
_ac_session_get_day (AcSession *session)
{
  GDate date;

  ac_session_get_local_date (session, &date);
  return g_date_get_julian (&date);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The median of @values, which it sorts; -1 for none. */
double
_ac_median (double *values,
            guint   n_values)
{
  if (n_values == 0)
    return -1;

  qsort (values, n_values, sizeof (double), compare_doubles);
  if (n_values % 2 == 1)
    return values[n_values / 2];
  return (values[n_values / 2 - 1] + values[n_values / 2]) / 2;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const AcRecoveryEntry *ea = a;
  const AcRecoveryEntry *eb = b;

  if (ea->day != eb->day)
    return ea->day < eb->day ? -1 : 1;
  return ac_session_compare (ea->session, eb->session, NULL);
}

static void
collect_sessions (AcRecovery *self,
                  GListModel *sessions,
                  guint32     today)
{
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i);
      AcRecoveryEntry entry = { 0 };

      if (ac_session_get_planned (session))
        continue;

      entry.day = _ac_session_get_day (session);
      if (entry.day > today)
        continue;

      entry.session = session;
      entry.peak = -1;
      entry.peak_point = -1;
      entry.days_to_recover = -1;
      g_ptr_array_add (self->sessions, g_steal_pointer (&session));
      g_array_append_val (self->entries, entry);
    }

  /* The journal orders by instant; a session's day is in its own offset,
   * so two sessions in different offsets can swap places. */
  g_array_sort (self->entries, compare_entries);
}

static void
collect_checkins (AcRecovery *self,
                  GListModel *checkins,
                  guint32     today)
{
  guint n = g_list_model_get_n_items (checkins);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      guint32 day = ac_checkin_get_julian (checkin);

      /* The journal keeps check-ins by date. */
      if (day > today)
        break;

      g_array_append_val (self->checkin_days, day);
      g_ptr_array_add (self->checkins, g_steal_pointer (&checkin));
    }
}

/* The latest session on or before each check-in's day, or -1: one walk
 * over both sorted lists. */
static int *
find_owners (AcRecovery *self)
{
  const AcRecoveryEntry *entries = (const AcRecoveryEntry *) (gpointer) self->entries->data;
  const guint32 *days = (const guint32 *) (gpointer) self->checkin_days->data;
  int *owners = g_new (int, MAX (self->checkins->len, 1));
  int owner = -1;

  for (guint i = 0; i < self->checkins->len; i++)
    {
      while ((guint) (owner + 1) < self->entries->len && entries[owner + 1].day <= days[i])
        owner++;
      owners[i] = owner;
    }

  return owners;
}

/* The check-ins of the last 90 days outside d 0–6 of every session: the
 * latest session on or before one is the nearest, so it alone decides. */
static void
compute_baseline (AcRecovery *self,
                  const int  *owners,
                  guint32     today)
{
  const AcRecoveryEntry *entries = (const AcRecoveryEntry *) (gpointer) self->entries->data;
  const guint32 *days = (const guint32 *) (gpointer) self->checkin_days->data;
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = self->checkins->len; i > 0 && days[i - 1] + (AC_BASELINE_DAYS - 1) >= today; i--)
    {
      double soreness;

      if (owners[i - 1] >= 0 && days[i - 1] - entries[owners[i - 1]].day <= AC_BASELINE_AWAY_DAYS)
        continue;

      soreness = ac_checkin_get_soreness (g_ptr_array_index (self->checkins, i - 1));
      g_array_append_val (values, soreness);
    }

  self->n_baseline = values->len;
  if (values->len >= AC_BASELINE_MIN)
    self->baseline = (int) (_ac_median ((double *) (gpointer) values->data, values->len) + 0.5);
}

/* GUIDANCE.md: "when both list areas, they share at least one area". */
static gboolean
shares_area (AcSession *session,
             AcCheckin *checkin)
{
  AcArea worked = ac_session_get_areas (session);
  AcArea sore = ac_checkin_get_areas (checkin);

  return worked == AC_AREA_NONE || sore == AC_AREA_NONE || (worked & sore) != 0;
}

/* Each check-in attributed to a session is a point on its curve. */
static void
assign_points (AcRecovery *self,
               const int  *owners)
{
  AcRecoveryEntry *entries = (AcRecoveryEntry *) (gpointer) self->entries->data;
  const guint32 *days = (const guint32 *) (gpointer) self->checkin_days->data;

  for (guint i = 0; i < self->checkins->len; i++)
    {
      int owner = owners[i];
      AcRecoveryPoint point;

      point.checkin = g_ptr_array_index (self->checkins, i);
      if (owner >= 0 &&
          (days[i] - entries[owner].day > AC_ATTRIBUTION_DAYS ||
           !shares_area (entries[owner].session, point.checkin)))
        owner = -1;
      g_array_append_val (self->attributed, owner);
      if (owner < 0)
        continue;

      point.day = (int) (days[i] - entries[owner].day);
      point.soreness = ac_checkin_get_soreness (point.checkin);
      point.excess = _ac_recovery_get_excess (self, point.soreness);

      if (entries[owner].n_points == 0)
        entries[owner].first_point = self->points->len;
      entries[owner].n_points++;
      g_array_append_val (self->points, point);
    }
}

/* The peak is the highest excess at d 0–3, at its first day.
 *
 * Days to recover: the first d, from the peak on, with excess 1 or less.
 * Starting at the peak keeps a quiet evening after the session (0 at d 0,
 * then 5 at d 1, as delayed soreness goes) from counting as recovered; with
 * no check-in at d 0–3, the first check-in at 1 or less counts. */
static void
analyse_entry (AcRecovery      *self,
               AcRecoveryEntry *entry)
{
  const AcRecoveryPoint *points = _ac_recovery_get_entry_points (self, entry);
  AcPressure pressure = ac_session_get_pressure (entry->session);
  guint from = 0;

  for (guint j = 0; j < entry->n_points && points[j].day <= AC_PEAK_DAYS; j++)
    {
      if (points[j].excess > entry->peak)
        {
          entry->peak = points[j].excess;
          entry->peak_point = (int) (entry->first_point + j);
          from = j;
        }
    }

  for (guint j = from; j < entry->n_points; j++)
    {
      if (points[j].excess <= AC_RECOVERED_EXCESS)
        {
          entry->days_to_recover = points[j].day;
          break;
        }
    }

  for (guint j = 0; j < entry->n_points && points[j].day < AC_RECOVERY_PROFILE_DAYS; j++)
    {
      self->profile_sum[pressure][points[j].day] += points[j].soreness;
      self->profile_n[pressure][points[j].day]++;
    }
}

static void
analyse (AcRecovery *self)
{
  GArray *peaks[AC_N_PRESSURES];
  GArray *days[AC_N_PRESSURES];

  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      peaks[p] = g_array_new (FALSE, FALSE, sizeof (double));
      days[p] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      AcRecoveryEntry *entry = &g_array_index (self->entries, AcRecoveryEntry, i);
      AcPressure pressure = ac_session_get_pressure (entry->session);
      double value;

      analyse_entry (self, entry);

      if (entry->peak >= 0)
        {
          value = entry->peak;
          g_array_append_val (peaks[pressure], value);
        }
      if (entry->days_to_recover >= 0)
        {
          value = entry->days_to_recover;
          g_array_append_val (days[pressure], value);
        }
    }

  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      self->n_peaks[p] = peaks[p]->len;
      self->median_peak[p] = _ac_median ((double *) (gpointer) peaks[p]->data, peaks[p]->len);
      self->n_days[p] = days[p]->len;
      self->median_days[p] = _ac_median ((double *) (gpointer) days[p]->data, days[p]->len);
      g_array_unref (peaks[p]);
      g_array_unref (days[p]);
    }
}

/**
 * ac_recovery_new:
 * @journal: the journal
 * @today: the day the analysis is for; later sessions and check-ins are
 *   left out
 *
 * Analyses how the user recovered after each done session: the check-ins
 * attributed to it by day after the session, the peak excess soreness over
 * d 0–3, the days until the excess first fell to 1 or less, and the mean
 * curve for each pressure; and the baseline the excess is measured from.
 * O(n log n) in the size of the journal.
 *
 * Returns: (transfer full): the analysis
 */
AcRecovery *
ac_recovery_new (AcJournal   *journal,
                 const GDate *today)
{
  AcRecovery *self;
  g_autofree int *owners = NULL;
  guint32 today_day;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (AC_TYPE_RECOVERY, NULL);
  self->today = *today;
  today_day = g_date_get_julian (&self->today);

  collect_sessions (self, ac_journal_get_sessions (journal), today_day);
  collect_checkins (self, ac_journal_get_checkins (journal), today_day);
  owners = find_owners (self);
  compute_baseline (self, owners, today_day);
  assign_points (self, owners);
  analyse (self);

  return self;
}

/**
 * ac_recovery_get_today:
 * @today: (out caller-allocates): the day of the analysis
 */
void
ac_recovery_get_today (AcRecovery *self,
                       GDate      *today)
{
  g_return_if_fail (AC_IS_RECOVERY (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * ac_recovery_get_baseline:
 * @n_checkins: (out) (optional): how many check-ins of the last 90 days
 *   lie outside d 0–6 of every session
 *
 * The person's own soreness away from massage: the median soreness of
 * those check-ins when there are at least 5, else 0. Peaks and days to
 * recover are measured above it.
 *
 * Returns: the baseline, 0–10
 */
int
ac_recovery_get_baseline (AcRecovery *self,
                          guint      *n_checkins)
{
  if (n_checkins != NULL)
    *n_checkins = 0;
  g_return_val_if_fail (AC_IS_RECOVERY (self), 0);

  if (n_checkins != NULL)
    *n_checkins = self->n_baseline;
  return self->baseline;
}

/**
 * ac_recovery_get_n_sessions:
 *
 * Returns: how many done sessions the analysis holds
 */
guint
ac_recovery_get_n_sessions (AcRecovery *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY (self), 0);

  return self->entries->len;
}

#define RETURN_VAL_IF_BAD_INDEX(self, index, val) \
  g_return_val_if_fail (AC_IS_RECOVERY (self), val); \
  g_return_val_if_fail ((index) < (self)->entries->len, val)

static inline AcRecoveryEntry *
entry_at (AcRecovery *self,
          guint       index)
{
  return &g_array_index (self->entries, AcRecoveryEntry, index);
}

/**
 * ac_recovery_get_session:
 * @index: a session's position, oldest first
 *
 * Returns: (transfer none): the session
 */
AcSession *
ac_recovery_get_session (AcRecovery *self,
                         guint       index)
{
  RETURN_VAL_IF_BAD_INDEX (self, index, NULL);

  return entry_at (self, index)->session;
}

/**
 * ac_recovery_get_session_date:
 * @date: (out caller-allocates): the session's local date
 */
void
ac_recovery_get_session_date (AcRecovery *self,
                              guint       index,
                              GDate      *date)
{
  g_return_if_fail (AC_IS_RECOVERY (self));
  g_return_if_fail (index < self->entries->len);
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_julian (date, entry_at (self, index)->day);
}

/**
 * ac_recovery_get_points:
 * @n_points: (out): how many points there are
 *
 * The session's recovery curve: the check-ins attributed to it, by day
 * after the session.
 *
 * Returns: (transfer none) (array length=n_points) (nullable): the points,
 *   by day, or %NULL when the session has no check-in
 */
const AcRecoveryPoint *
ac_recovery_get_points (AcRecovery *self,
                        guint       index,
                        guint      *n_points)
{
  AcRecoveryEntry *entry;

  g_return_val_if_fail (n_points != NULL, NULL);
  *n_points = 0;
  RETURN_VAL_IF_BAD_INDEX (self, index, NULL);

  entry = entry_at (self, index);
  *n_points = entry->n_points;
  return _ac_recovery_get_entry_points (self, entry);
}

/**
 * ac_recovery_get_peak:
 *
 * Returns: the highest excess soreness at d 0–3 after the session, or -1
 *   when no attributed check-in falls on those days
 */
int
ac_recovery_get_peak (AcRecovery *self,
                      guint       index)
{
  RETURN_VAL_IF_BAD_INDEX (self, index, -1);

  return entry_at (self, index)->peak;
}

/**
 * ac_recovery_get_days_to_recover:
 *
 * Returns: the first d, from the peak on, on which the excess soreness was
 *   1 or less, or -1 when it is not known
 */
int
ac_recovery_get_days_to_recover (AcRecovery *self,
                                 guint       index)
{
  RETURN_VAL_IF_BAD_INDEX (self, index, -1);

  return entry_at (self, index)->days_to_recover;
}

/* The index of the last entry on or before @day, or -1. */
int
_ac_recovery_find_entry_for_day (AcRecovery *self,
                                 guint32     day)
{
  guint lo = 0;
  guint hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (entry_at (self, mid)->day <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return (int) lo - 1;
}

/**
 * ac_recovery_lookup_session:
 * @session: a session of the journal
 * @index: (out) (optional): its position
 *
 * Returns: %TRUE if @session is one of the done sessions of the analysis
 */
gboolean
ac_recovery_lookup_session (AcRecovery *self,
                            AcSession  *session,
                            guint      *index)
{
  guint32 day;

  g_return_val_if_fail (AC_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (AC_IS_SESSION (session), FALSE);

  day = _ac_session_get_day (session);
  for (int i = _ac_recovery_find_entry_for_day (self, day);
       i >= 0 && entry_at (self, i)->day == day;
       i--)
    {
      if (entry_at (self, i)->session == session)
        {
          if (index != NULL)
            *index = (guint) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ac_recovery_find_session_for_date:
 * @date: a day
 * @index: (out) (optional): the position of the session
 *
 * Finds the session a check-in on @date belongs to: the latest done
 * session on or before it.
 *
 * Returns: %TRUE if there is one
 */
gboolean
ac_recovery_find_session_for_date (AcRecovery  *self,
                                   const GDate *date,
                                   guint       *index)
{
  int found;

  g_return_val_if_fail (AC_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  found = _ac_recovery_find_entry_for_day (self, g_date_get_julian (date));
  if (found < 0)
    return FALSE;
  if (index != NULL)
    *index = (guint) found;
  return TRUE;
}

/**
 * ac_recovery_get_profile_mean:
 * @pressure: a pressure
 * @day: the day after the session, 0 to %AC_RECOVERY_PROFILE_DAYS - 1
 * @n_sessions: (out) (optional): how many sessions stand behind the point
 *
 * The recovery profile of a pressure: the mean soreness of the attributed
 * check-ins on a day after sessions of that pressure.
 *
 * Returns: the mean soreness, or -1 when no session has a check-in then
 */
double
ac_recovery_get_profile_mean (AcRecovery *self,
                              AcPressure  pressure,
                              guint       day,
                              guint      *n_sessions)
{
  guint n;

  if (n_sessions != NULL)
    *n_sessions = 0;
  g_return_val_if_fail (AC_IS_RECOVERY (self), -1);
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, -1);
  g_return_val_if_fail (day < AC_RECOVERY_PROFILE_DAYS, -1);

  n = self->profile_n[pressure][day];
  if (n_sessions != NULL)
    *n_sessions = n;
  return n > 0 ? self->profile_sum[pressure][day] / n : -1;
}

/**
 * ac_recovery_get_median_peak:
 * @n_sessions: (out) (optional): how many sessions have a peak
 *
 * Returns: the median peak (excess) soreness after sessions of @pressure,
 *   or -1
 */
double
ac_recovery_get_median_peak (AcRecovery *self,
                             AcPressure  pressure,
                             guint      *n_sessions)
{
  if (n_sessions != NULL)
    *n_sessions = 0;
  g_return_val_if_fail (AC_IS_RECOVERY (self), -1);
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, -1);

  if (n_sessions != NULL)
    *n_sessions = self->n_peaks[pressure];
  return self->median_peak[pressure];
}

/**
 * ac_recovery_get_median_days_to_recover:
 * @n_sessions: (out) (optional): how many sessions have a known recovery
 *
 * Returns: the median days to recover after sessions of @pressure, or -1
 */
double
ac_recovery_get_median_days_to_recover (AcRecovery *self,
                                        AcPressure  pressure,
                                        guint      *n_sessions)
{
  if (n_sessions != NULL)
    *n_sessions = 0;
  g_return_val_if_fail (AC_IS_RECOVERY (self), -1);
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, -1);

  if (n_sessions != NULL)
    *n_sessions = self->n_days[pressure];
  return self->median_days[pressure];
}

const AcRecoveryEntry *
_ac_recovery_get_entries (AcRecovery *self,
                          guint      *n_entries)
{
  g_assert (AC_IS_RECOVERY (self));

  *n_entries = self->entries->len;
  return (const AcRecoveryEntry *) (gpointer) self->entries->data;
}

GPtrArray *
_ac_recovery_get_checkins (AcRecovery *self)
{
  g_assert (AC_IS_RECOVERY (self));

  return self->checkins;
}

const guint32 *
_ac_recovery_get_checkin_days (AcRecovery *self)
{
  g_assert (AC_IS_RECOVERY (self));

  return (const guint32 *) (gpointer) self->checkin_days->data;
}

/* The entry check-in @checkin (an index into the check-ins) is attributed
 * to, or -1. */
int
_ac_recovery_get_attributed (AcRecovery *self,
                             guint       checkin)
{
  g_assert (AC_IS_RECOVERY (self));
  g_assert (checkin < self->attributed->len);

  return g_array_index (self->attributed, int, checkin);
}

/* Soreness above the baseline, never below 0. */
int
_ac_recovery_get_excess (AcRecovery *self,
                         int         soreness)
{
  return MAX (soreness - self->baseline, 0);
}

/* The points of @entry, or NULL when it has none. */
const AcRecoveryPoint *
_ac_recovery_get_entry_points (AcRecovery            *self,
                               const AcRecoveryEntry *entry)
{
  if (entry->n_points == 0)
    return NULL;
  return &g_array_index (self->points, AcRecoveryPoint, entry->first_point);
}
