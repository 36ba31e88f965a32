/* ac-session-overlap.c — a session that overlaps another in the journal
 *
 * Two sessions at once, or a 10-hour one over the next, is most often a
 * typing slip. It is allowed (a journal may hold it), but the editor and
 * the command line say which session it overlaps.
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-session-overlap"

#include "config.h"

#include "ac-session-overlap.h"

static GDateTime *
end_of (AcSession *session)
{
  return g_date_time_add_minutes (ac_session_get_start (session), ac_session_get_minutes (session));
}

/**
 * ac_journal_find_overlapping_session:
 * @session: a session, in the journal or not; one of the journal with its
 *   id is not compared with itself
 *
 * A session overlaps another when each starts before the other ends: one
 * that starts as the other ends does not.
 *
 * Returns: (transfer none) (nullable): the journal's earliest session
 *   that overlaps @session, or %NULL
 */
AcSession *
ac_journal_find_overlapping_session (AcJournal *journal,
                                     AcSession *session)
{
  g_autoptr(GDateTime) end = NULL;
  GListModel *sessions;
  GDateTime *start;
  guint n;

  g_return_val_if_fail (AC_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (AC_IS_SESSION (session), NULL);

  start = ac_session_get_start (session);
  end = end_of (session);
  sessions = ac_journal_get_sessions (journal);
  n = g_list_model_get_n_items (sessions);

  /* In order of start: the first that starts at or after @session's end
   * ends the search. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcSession) other = g_list_model_get_item (sessions, i);
      g_autoptr(GDateTime) other_end = NULL;

      if (g_date_time_compare (ac_session_get_start (other), end) >= 0)
        break;
      if (g_strcmp0 (ac_session_get_id (other), ac_session_get_id (session)) == 0)
        continue;

      other_end = end_of (other);
      if (g_date_time_compare (start, other_end) < 0)
        return ac_journal_lookup_session (journal, ac_session_get_id (other));
    }

  return NULL;
}
