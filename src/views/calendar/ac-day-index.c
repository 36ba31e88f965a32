/* ac-day-index.c — a journal's sessions and check-ins by day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-day-index"

#include "config.h"

#include "ac-day-index.h"

/* The calendar asks for 42 days at a time, and must not scan 22,000
 * records to do it (DESIGN.md: a month switch in 8 ms). The index is built
 * once when the journal is set, then kept up to date from the journal's
 * items-changed signals. A GListModel does not say which items it removed,
 * so the index keeps a mirror of each list, in the same order, to know. */

typedef struct
{
  GPtrArray *sessions;   /* AcSession, by start; NULL when none */
  AcCheckin *checkin;    /* borrowed from the mirror */
} Day;

struct _AcDayIndex
{
  GObject     parent_instance;

  AcJournal  *journal;
  GPtrArray  *session_mirror;   /* AcSession, owned, in the model's order */
  GPtrArray  *checkin_mirror;   /* AcCheckin, owned, in the model's order */
  GHashTable *days;             /* julian day → Day */
  GArray     *changed;          /* julian days changed by one items-changed */
};

G_DEFINE_FINAL_TYPE (AcDayIndex, ac_day_index, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
day_free (gpointer data)
{
  Day *day = data;

  g_clear_pointer (&day->sessions, g_ptr_array_unref);
  g_free (day);
}

static Day *
lookup_day (AcDayIndex *self,
            guint32     julian,
            gboolean    create)
{
  Day *day = g_hash_table_lookup (self->days, GUINT_TO_POINTER (julian));

  if (day == NULL && create)
    {
      day = g_new0 (Day, 1);
      g_hash_table_insert (self->days, GUINT_TO_POINTER (julian), day);
    }

  return day;
}

static void
drop_day_if_empty (AcDayIndex *self,
                   guint32     julian,
                   Day        *day)
{
  if (day->checkin == NULL && (day->sessions == NULL || day->sessions->len == 0))
    g_hash_table_remove (self->days, GUINT_TO_POINTER (julian));
}

static guint32
session_julian (AcSession *session)
{
  GDate date;

  ac_session_get_local_date (session, &date);

  return g_date_get_julian (&date);
}

static void
note_changed (AcDayIndex *self,
              guint32     julian)
{
  if (self->changed->len == 0 ||
      g_array_index (self->changed, guint32, self->changed->len - 1) != julian)
    g_array_append_val (self->changed, julian);
}

static void
add_session (AcDayIndex *self,
             AcSession  *session)
{
  guint32 julian = session_julian (session);
  Day *day = lookup_day (self, julian, TRUE);
  guint position;

  if (day->sessions == NULL)
    day->sessions = g_ptr_array_new_full (1, g_object_unref);

  for (position = day->sessions->len; position > 0; position--)
    if (ac_session_compare (g_ptr_array_index (day->sessions, position - 1), session, NULL) <= 0)
      break;
  g_ptr_array_insert (day->sessions, position, g_object_ref (session));
  note_changed (self, julian);
}

static void
remove_session (AcDayIndex *self,
                AcSession  *session)
{
  guint32 julian = session_julian (session);
  Day *day = lookup_day (self, julian, FALSE);

  g_return_if_fail (day != NULL && day->sessions != NULL);

  g_ptr_array_remove (day->sessions, session);
  drop_day_if_empty (self, julian, day);
  note_changed (self, julian);
}

static void
add_checkin (AcDayIndex *self,
             AcCheckin  *checkin)
{
  guint32 julian = ac_checkin_get_julian (checkin);

  lookup_day (self, julian, TRUE)->checkin = checkin;
  note_changed (self, julian);
}

static void
remove_checkin (AcDayIndex *self,
                AcCheckin  *checkin)
{
  guint32 julian = ac_checkin_get_julian (checkin);
  Day *day = lookup_day (self, julian, FALSE);

  g_return_if_fail (day != NULL);

  if (day->checkin == checkin)
    day->checkin = NULL;
  drop_day_if_empty (self, julian, day);
  note_changed (self, julian);
}

static void
emit_changed (AcDayIndex *self)
{
  g_autoptr(GArray) changed = g_steal_pointer (&self->changed);

  self->changed = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < changed->len; i++)
    g_signal_emit (self, signals[DAY_CHANGED], 0, g_array_index (changed, guint32, i));
}

static void
sessions_changed_cb (AcDayIndex *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  for (guint i = 0; i < removed; i++)
    remove_session (self, g_ptr_array_index (self->session_mirror, position + i));
  g_ptr_array_remove_range (self->session_mirror, position, removed);

  for (guint i = 0; i < added; i++)
    {
      AcSession *session = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (self->session_mirror, position + i, session);
      add_session (self, session);
    }

  emit_changed (self);
}

static void
checkins_changed_cb (AcDayIndex *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  for (guint i = 0; i < removed; i++)
    remove_checkin (self, g_ptr_array_index (self->checkin_mirror, position + i));
  g_ptr_array_remove_range (self->checkin_mirror, position, removed);

  for (guint i = 0; i < added; i++)
    {
      AcCheckin *checkin = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (self->checkin_mirror, position + i, checkin);
      add_checkin (self, checkin);
    }

  emit_changed (self);
}

static void
clear (AcDayIndex *self)
{
  if (self->journal != NULL)
    {
      g_signal_handlers_disconnect_by_data (ac_journal_get_sessions (self->journal), self);
      g_signal_handlers_disconnect_by_data (ac_journal_get_checkins (self->journal), self);
    }
  g_clear_object (&self->journal);
  g_hash_table_remove_all (self->days);
  g_ptr_array_set_size (self->session_mirror, 0);
  g_ptr_array_set_size (self->checkin_mirror, 0);
}

static void
ac_day_index_dispose (GObject *object)
{
  AcDayIndex *self = (AcDayIndex *)object;

  clear (self);

  G_OBJECT_CLASS (ac_day_index_parent_class)->dispose (object);
}

static void
ac_day_index_finalize (GObject *object)
{
  AcDayIndex *self = (AcDayIndex *)object;

  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->session_mirror, g_ptr_array_unref);
  g_clear_pointer (&self->checkin_mirror, g_ptr_array_unref);
  g_clear_pointer (&self->changed, g_array_unref);

  G_OBJECT_CLASS (ac_day_index_parent_class)->finalize (object);
}

static void
ac_day_index_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AcDayIndex *self = AC_DAY_INDEX (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_day_index_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AcDayIndex *self = AC_DAY_INDEX (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      ac_day_index_set_journal (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_day_index_class_init (AcDayIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_day_index_dispose;
  object_class->finalize = ac_day_index_finalize;
  object_class->get_property = ac_day_index_get_property;
  object_class->set_property = ac_day_index_set_property;

  /**
   * AcDayIndex:journal:
   *
   * The journal whose records are indexed, or %NULL.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         AC_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcDayIndex::day-changed:
   * @julian: the julian day whose sessions or check-in changed, or 0 when
   *   every day may have changed (another journal was set)
   *
   * Emitted after the index is up to date again.
   */
  signals[DAY_CHANGED] =
    g_signal_new ("day-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ac_day_index_init (AcDayIndex *self)
{
  self->days = g_hash_table_new_full (NULL, NULL, NULL, day_free);
  self->session_mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->checkin_mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->changed = g_array_new (FALSE, FALSE, sizeof (guint32));
}

AcDayIndex *
ac_day_index_new (void)
{
  return g_object_new (AC_TYPE_DAY_INDEX, NULL);
}

/**
 * ac_day_index_set_journal:
 * @journal: (nullable): the journal to index
 *
 * Indexes every record of @journal, and follows its changes.
 */
void
ac_day_index_set_journal (AcDayIndex *self,
                          AcJournal  *journal)
{
  GListModel *sessions, *checkins;
  guint n_sessions, n_checkins;

  g_return_if_fail (AC_IS_DAY_INDEX (self));
  g_return_if_fail (journal == NULL || AC_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  clear (self);

  if (journal != NULL)
    {
      self->journal = g_object_ref (journal);
      sessions = ac_journal_get_sessions (journal);
      checkins = ac_journal_get_checkins (journal);
      n_sessions = g_list_model_get_n_items (sessions);
      n_checkins = g_list_model_get_n_items (checkins);

      for (guint i = 0; i < n_sessions; i++)
        {
          AcSession *session = g_list_model_get_item (sessions, i);

          g_ptr_array_add (self->session_mirror, session);
          add_session (self, session);
        }
      for (guint i = 0; i < n_checkins; i++)
        {
          AcCheckin *checkin = g_list_model_get_item (checkins, i);

          g_ptr_array_add (self->checkin_mirror, checkin);
          add_checkin (self, checkin);
        }
      g_array_set_size (self->changed, 0);

      g_signal_connect_object (sessions, "items-changed",
                               G_CALLBACK (sessions_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (checkins, "items-changed",
                               G_CALLBACK (checkins_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_signal_emit (self, signals[DAY_CHANGED], 0, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/**
 * ac_day_index_get_journal:
 *
 * Returns: (transfer none) (nullable): the indexed journal
 */
AcJournal *
ac_day_index_get_journal (AcDayIndex *self)
{
  g_return_val_if_fail (AC_IS_DAY_INDEX (self), NULL);

  return self->journal;
}

/**
 * ac_day_index_get_sessions:
 * @julian: a julian day (g_date_get_julian())
 *
 * Returns: (transfer none) (nullable) (element-type AcSession): the
 *   sessions on that local date, by start, or %NULL when there are none
 */
GPtrArray *
ac_day_index_get_sessions (AcDayIndex *self,
                           guint32     julian)
{
  Day *day;

  g_return_val_if_fail (AC_IS_DAY_INDEX (self), NULL);

  day = lookup_day (self, julian, FALSE);
  if (day == NULL || day->sessions == NULL || day->sessions->len == 0)
    return NULL;

  return day->sessions;
}

/**
 * ac_day_index_get_checkin:
 * @julian: a julian day (g_date_get_julian())
 *
 * Returns: (transfer none) (nullable): the check-in of that date
 */
AcCheckin *
ac_day_index_get_checkin (AcDayIndex *self,
                          guint32     julian)
{
  Day *day;

  g_return_val_if_fail (AC_IS_DAY_INDEX (self), NULL);

  day = lookup_day (self, julian, FALSE);

  return day != NULL ? day->checkin : NULL;
}
