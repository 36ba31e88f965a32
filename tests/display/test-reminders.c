/* test-reminders.c — the reminders: which notification at which time and
 * in which state of the journal, the timer's next wake, the autostart
 * entry while a reminder is on
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reminders"

#include "config.h"

#include "ac-display-test.h"
#include "ac-reminders-private.h"

/* The XDG folders of this run. */
static char *scratch;

typedef struct
{
  char            *folder;
  char            *path;
  GFile           *file;
  GSettings       *settings;
  AcJournalKeeper *keeper;
  AcContext       *context;
  AcReminders     *reminders;
  GPtrArray       *sent;       /* ids of the notifications sent */
  GPtrArray       *withdrawn;  /* ids withdrawn */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-reminders-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
  f->settings = g_settings_new (APP_ID);
  f->sent = g_ptr_array_new_with_free_func (g_free);
  f->withdrawn = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Reminders off while the reminders watch: the autostart entry goes. */
  g_settings_reset (f->settings, "checkin-reminder-enabled");
  g_settings_reset (f->settings, "checkin-reminder-time");
  g_settings_reset (f->settings, "aftercare-reminder-enabled");
  g_clear_object (&f->reminders);
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  g_clear_object (&f->settings);
  ac_display_test_remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
  g_clear_pointer (&f->sent, g_ptr_array_unref);
  g_clear_pointer (&f->withdrawn, g_ptr_array_unref);
}

static AcJournal *
journal_of (Fixture *f)
{
  return ac_journal_keeper_get_journal (f->keeper);
}

static AcSession *
session_at (const char *iso,
            gboolean    planned)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);
  AcSession *session = ac_session_new (start, 60, AC_PRESSURE_DEEP);

  ac_session_set_planned (session, planned);

  return session;
}

static void
on_sent (Fixture       *f,
         const char    *id,
         GNotification *notification)
{
  g_assert_true (G_IS_NOTIFICATION (notification));
  g_ptr_array_add (f->sent, g_strdup (id));
}

static void
on_withdrawn (Fixture    *f,
              const char *id)
{
  g_ptr_array_add (f->withdrawn, g_strdup (id));
}

/* A context on a new keeper of f->file, its clock stopped before the
 * test's days. */
static void
make_context (Fixture *f)
{
  g_autoptr(GDateTime) before = g_date_time_new_from_iso8601 ("2026-11-01T00:00:00Z", NULL);
  g_autoptr(AcClock) clock = ac_clock_new_fixed (before);

  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  f->keeper = ac_journal_keeper_new (f->file);
  f->context = ac_context_new (f->keeper, clock, f->settings);
}

/* Sets the context's clock: the reminders look at what is due then, and
 * set their timer from it. */
static void
set_now (Fixture   *f,
         GDateTime *now)
{
  ac_clock_set_now (ac_context_get_clock (f->context), now);
}

/* The reminders, with the clock stopped before the test's days, then the
 * journal. */
static void
start_reminders (Fixture *f)
{
  make_context (f);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  f->reminders = ac_reminders_new (f->context);
  g_signal_connect_swapped (f->reminders, "send-notification", G_CALLBACK (on_sent), f);
  g_signal_connect_swapped (f->reminders, "withdraw-notification", G_CALLBACK (on_withdrawn), f);
  g_assert_cmpuint (f->sent->len, ==, 0);
  ac_journal_keeper_load (f->keeper);
  ac_display_test_wait_keeper (f->keeper);
}

/* What the reminders send when the clock says @iso: the ids, joined by
 * spaces, or "". */
static char *
sent_at (Fixture    *f,
         const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  GString *ids = g_string_new (NULL);

  g_assert_nonnull (now);
  g_ptr_array_set_size (f->sent, 0);
  set_now (f, now);
  for (guint i = 0; i < f->sent->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", (char *) g_ptr_array_index (f->sent, i));

  return g_string_free (ids, FALSE);
}

#define assert_sent(f, iso, expected) G_STMT_START { \
    g_autofree char *_ids = sent_at (f, iso); \
    g_assert_cmpstr (_ids, ==, expected); \
  } G_STMT_END

static void
add_checkin (Fixture *f,
             int      day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, 11, 2026);
  g_autoptr(AcCheckin) checkin = ac_checkin_new (date, 3);

  g_assert_true (ac_journal_add_checkin (journal_of (f), checkin, NULL));
}

/* The check-in reminder comes at its time, once a day, only on a day
 * with no check-in; a check-in withdraws it. */
static void
test_checkin_reminder (Fixture       *f,
                       gconstpointer  data)
{
  start_reminders (f);
  g_assert_false (ac_reminders_get_active (f->reminders));
  assert_sent (f, "2026-11-22T20:00:00Z", "");

  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  g_assert_true (ac_reminders_get_active (f->reminders));
  assert_sent (f, "2026-11-23T19:59:59Z", "");
  assert_sent (f, "2026-11-23T20:00:00Z", AC_REMINDER_CHECKIN);
  assert_sent (f, "2026-11-23T20:10:00Z", "");
  assert_sent (f, "2026-11-23T23:59:00Z", "");
  g_assert_cmpuint (f->withdrawn->len, ==, 0);

  /* Answered: the reminder goes. */
  add_checkin (f, 23);
  g_assert_cmpuint (f->withdrawn->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->withdrawn, 0), ==, AC_REMINDER_CHECKIN);

  /* A day that has its check-in before the time is not reminded. */
  assert_sent (f, "2026-11-24T08:00:00Z", "");
  add_checkin (f, 24);
  assert_sent (f, "2026-11-24T20:00:00Z", "");

  /* The computer was off at the time: the first check catches up, the
   * same day only. */
  assert_sent (f, "2026-11-25T22:15:00Z", AC_REMINDER_CHECKIN);
  assert_sent (f, "2026-11-27T08:00:00Z", "");

  /* Another time. */
  g_settings_set_string (f->settings, "checkin-reminder-time", "07:30");
  assert_sent (f, "2026-11-28T07:29:00Z", "");
  assert_sent (f, "2026-11-28T07:30:00Z", AC_REMINDER_CHECKIN);

  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", FALSE);
  g_assert_false (ac_reminders_get_active (f->reminders));
  assert_sent (f, "2026-11-29T07:30:00Z", "");
}

/* Turning a reminder on, or moving its time, after its time does not
 * send today's at once. */
static void
test_no_catch_up_on_change (Fixture       *f,
                            gconstpointer  data)
{
  start_reminders (f);
  assert_sent (f, "2026-11-22T21:00:00Z", "");
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  assert_sent (f, "2026-11-22T21:00:01Z", "");
  assert_sent (f, "2026-11-22T23:00:00Z", "");
  assert_sent (f, "2026-11-23T20:00:00Z", AC_REMINDER_CHECKIN);

  assert_sent (f, "2026-11-24T10:00:00Z", "");
  g_settings_set_string (f->settings, "checkin-reminder-time", "09:00");
  assert_sent (f, "2026-11-24T10:00:01Z", "");
  assert_sent (f, "2026-11-25T09:00:00Z", AC_REMINDER_CHECKIN);
}

/* The aftercare reminder: 09:00 the morning after a session that took
 * place; not after a planned one, not when the day is checked in. */
static void
test_aftercare_reminder (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) done = session_at ("2026-11-21T18:30:00Z", FALSE);
  g_autoptr(AcSession) planned = session_at ("2026-11-24T18:30:00Z", TRUE);
  g_autoptr(AcSession) late = session_at ("2026-11-26T23:30:00Z", FALSE);
  g_autoptr(AcSession) later = session_at ("2026-12-01T10:00:00Z", FALSE);

  g_assert_true (ac_journal_add_session (journal, done, NULL));
  g_assert_true (ac_journal_add_session (journal, planned, NULL));
  g_assert_true (ac_journal_add_session (journal, late, NULL));
  g_assert_true (ac_journal_add_session (journal, later, NULL));
  ac_display_test_write_journal (journal, f->path);
  start_reminders (f);
  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", TRUE);

  assert_sent (f, "2026-11-21T20:00:00Z", "");
  assert_sent (f, "2026-11-22T08:59:59Z", "");
  assert_sent (f, "2026-11-22T09:00:00Z", AC_REMINDER_AFTERCARE);
  assert_sent (f, "2026-11-22T12:00:00Z", "");
  assert_sent (f, "2026-11-23T09:00:00Z", "");          /* two days after */
  assert_sent (f, "2026-11-25T09:00:00Z", "");          /* after a planned one */
  assert_sent (f, "2026-11-27T09:30:00Z", AC_REMINDER_AFTERCARE);

  /* Already checked in that morning: nothing to remind. */
  add_checkin (f, 2);
  g_assert_cmpuint (f->withdrawn->len, ==, 0);
  {
    g_autoptr(GDate) december = g_date_new_dmy (2, 12, 2026);
    g_autoptr(AcCheckin) checkin = ac_checkin_new (december, 1);

    g_assert_true (ac_journal_add_checkin (journal_of (f), checkin, NULL));
  }
  assert_sent (f, "2026-12-02T09:00:00Z", "");

  /* Both on: both on the morning after, one at a time. */
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  g_settings_set_string (f->settings, "checkin-reminder-time", "09:00");
  assert_sent (f, "2026-11-27T08:00:00Z", "");
  assert_sent (f, "2026-11-27T09:00:00Z", AC_REMINDER_AFTERCARE " " AC_REMINDER_CHECKIN);
}

/* While a hold is on, the aftercare reminder's routine advice is not
 * sent; the check-in reminder still is. Swelling in one leg noted on
 * 21 November holds massage until the 27th (day 6), not on the 28th. */
static void
test_quiet_during_hold (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(AcSession) first = session_at ("2026-11-21T10:00:00Z", FALSE);
  g_autoptr(AcSession) day6 = session_at ("2026-11-26T10:00:00Z", FALSE);
  g_autoptr(AcSession) day7 = session_at ("2026-11-27T10:00:00Z", FALSE);
  g_autoptr(GDate) date = g_date_new_dmy (21, 11, 2026);
  g_autoptr(AcCheckin) swelling = ac_checkin_new (date, 2);

  ac_checkin_set_symptoms (swelling, AC_SYMPTOM_LEG_SWELLING);
  g_assert_true (ac_journal_add_session (journal, first, NULL));
  g_assert_true (ac_journal_add_checkin (journal, swelling, NULL));
  g_assert_true (ac_journal_add_session (journal, day6, NULL));
  g_assert_true (ac_journal_add_session (journal, day7, NULL));
  ac_display_test_write_journal (journal, f->path);
  start_reminders (f);
  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", TRUE);
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  g_settings_set_string (f->settings, "checkin-reminder-time", "09:00");

  assert_sent (f, "2026-11-22T08:00:00Z", "");
  g_assert_true (ac_hold_is_on (ac_context_get_hold (f->context)));
  assert_sent (f, "2026-11-22T09:00:00Z", AC_REMINDER_CHECKIN);
  assert_sent (f, "2026-11-27T09:00:00Z", AC_REMINDER_CHECKIN);
  g_assert_true (ac_hold_is_on (ac_context_get_hold (f->context)));

  /* The day the hold ends: the reminder after the session of the 27th
   * comes, straight from a clock set across the day. */
  assert_sent (f, "2026-11-28T09:00:00Z", AC_REMINDER_AFTERCARE " " AC_REMINDER_CHECKIN);
  g_assert_false (ac_hold_is_on (ac_context_get_hold (f->context)));
}

static char *
next_due_after (Fixture    *f,
                const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) next = NULL;

  set_now (f, now);
  next = _ac_reminders_get_next_due (f->reminders);

  return next ? g_date_time_format_iso8601 (next) : g_strdup ("none");
}

#define assert_next(f, iso, expected) G_STMT_START { \
    g_autofree char *_next = next_due_after (f, iso); \
    g_assert_cmpstr (_next, ==, expected); \
  } G_STMT_END

/* The timer wakes for the next reminder due. */
static void
test_next_due (Fixture       *f,
               gconstpointer  data)
{
  start_reminders (f);
  assert_next (f, "2026-11-22T08:00:00Z", "none");
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  assert_next (f, "2026-11-22T08:00:00Z", "2026-11-22T20:00:00Z");
  assert_next (f, "2026-11-22T20:00:00Z", "2026-11-23T20:00:00Z");
  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", TRUE);
  assert_next (f, "2026-11-22T08:00:00Z", "2026-11-22T09:00:00Z");
  assert_next (f, "2026-11-22T10:00:00Z", "2026-11-22T20:00:00Z");
  assert_next (f, "2026-11-22T21:00:00Z", "2026-11-23T09:00:00Z");
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", FALSE);
  assert_next (f, "2026-11-22T10:00:00Z", "2026-11-23T09:00:00Z");
}

/* The autostart entry is there while a reminder is on, and a copy of
 * the one installed with the app. */
static void
test_autostart (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = ac_reminders_get_autostart_file ();
  g_autofree char *expected_path = g_build_filename (scratch, "config", "autostart",
                                                     APP_ID ".desktop", NULL);
  g_autoptr(GBytes) template = g_resources_lookup_data (APP_PATH "/autostart.desktop", 0, NULL);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autofree char *contents = NULL;
  g_autofree char *exec = NULL;
  gsize length;

  g_assert_cmpstr (g_file_peek_path (file), ==, expected_path);
  start_reminders (f);
  g_assert_false (g_file_query_exists (file, NULL));

  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  g_assert_true (g_file_get_contents (expected_path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (template, NULL), g_bytes_get_size (template));
  g_assert_true (g_key_file_load_from_data (entry, contents, length, G_KEY_FILE_NONE, NULL));
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  /* The installed app by its full path: the session's PATH may not
   * hold the prefix. */
  g_assert_cmpstr (exec, ==, BINDIR "/aftercare --gapplication-service");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));

  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", TRUE);
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", FALSE);
  g_assert_true (g_file_query_exists (file, NULL));
  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", FALSE);
  g_assert_false (g_file_query_exists (file, NULL));
}

/* Settings changed while the app was closed: at start-up the entry is
 * written when a reminder is on, and removed when none is. */
static void
test_autostart_at_start (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = ac_reminders_get_autostart_file ();
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GBytes) template = g_resources_lookup_data (APP_PATH "/autostart.desktop", 0, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", TRUE);
  g_assert_false (g_file_query_exists (file, NULL));
  make_context (f);
  f->reminders = ac_reminders_new (f->context);
  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (template, NULL), g_bytes_get_size (template));
  g_clear_object (&f->reminders);

  g_settings_set_boolean (f->settings, "aftercare-reminder-enabled", FALSE);
  g_assert_true (g_file_query_exists (file, NULL));
  make_context (f);
  f->reminders = ac_reminders_new (f->context);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_true (g_file_query_exists (folder, NULL));
}

/* Times that are and are not HH:MM. */
static void
test_parse_time (void)
{
  int hour = -1, minute = -1;

  g_assert_true (ac_reminders_parse_time ("20:00", &hour, &minute));
  g_assert_cmpint (hour, ==, 20);
  g_assert_cmpint (minute, ==, 0);
  g_assert_true (ac_reminders_parse_time ("7:05", &hour, &minute));
  g_assert_cmpint (hour, ==, 7);
  g_assert_cmpint (minute, ==, 5);
  g_assert_true (ac_reminders_parse_time ("23:59", &hour, &minute));
  g_assert_true (ac_reminders_parse_time ("00:00", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("24:00", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("12:60", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("12:5", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("120:00", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("12:00 ", &hour, &minute));
  g_assert_false (ac_reminders_parse_time (" 12:00", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("-1:00", &hour, &minute));
  g_assert_false (ac_reminders_parse_time ("", &hour, &minute));
  g_assert_false (ac_reminders_parse_time (NULL, &hour, &minute));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  scratch = ac_display_test_isolate_xdg ();
  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/reminders/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("check-in", test_checkin_reminder);
  ADD ("no-catch-up-on-change", test_no_catch_up_on_change);
  ADD ("aftercare", test_aftercare_reminder);
  ADD ("quiet-during-hold", test_quiet_during_hold);
  ADD ("next-due", test_next_due);
  ADD ("autostart", test_autostart);
  ADD ("autostart-at-start", test_autostart_at_start);
#undef ADD
  g_test_add_func ("/reminders/parse-time", test_parse_time);

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);
  g_free (scratch);

  return status;
}
