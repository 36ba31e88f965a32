/* test-preferences.c — the preferences window on a real file: the health
 * profile, the reminders' settings, delete all data; the app's
 * preferences, check-in and about actions; pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "ac-application.h"
#include "ac-checkin-editor.h"
#include "ac-display-test.h"
#include "ac-enum-types.h"
#include "ac-export-dialog.h"
#include "ac-fixture.h"
#include "ac-preferences-window.h"
#include "ac-reminders.h"
#include "ac-window.h"

typedef struct
{
  char                *folder;
  char                *path;
  GFile               *file;
  GSettings           *settings;
  AcJournalKeeper     *keeper;
  AcContext           *context;
  AcPreferencesWindow *preferences;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->folder = g_dir_make_tmp ("aftercare-preferences-XXXXXX", NULL);
  f->path = g_build_filename (f->folder, "journal.json", NULL);
  f->file = g_file_new_for_path (f->path);
  f->settings = g_settings_new (APP_ID);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (f->preferences));
  g_clear_object (&f->context);
  g_clear_object (&f->keeper);
  g_settings_reset (f->settings, "checkin-reminder-enabled");
  g_settings_reset (f->settings, "checkin-reminder-time");
  g_settings_reset (f->settings, "aftercare-reminder-enabled");
  g_clear_object (&f->settings);
  ac_display_test_remove_tree (f->folder);
  g_free (f->folder);
  g_free (f->path);
  g_clear_object (&f->file);
}

static AcJournal *
journal_of (Fixture *f)
{
  return ac_journal_keeper_get_journal (f->keeper);
}

static void
open_preferences (Fixture *f,
                  int      width,
                  int      height)
{
  f->keeper = ac_journal_keeper_new (f->file);
  ac_journal_keeper_set_autosave_delay (f->keeper, 10);
  ac_journal_keeper_load (f->keeper);
  ac_display_test_wait_keeper (f->keeper);
  {
    g_autoptr(GDate) today = g_date_new_dmy (22, 11, 2026);

    f->context = ac_display_test_context_for_keeper (f->keeper, today);
  }
  f->preferences = ac_preferences_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->preferences), width, height);
  gtk_window_present (GTK_WINDOW (f->preferences));
  ac_display_test_wait_keeper (f->keeper);
}

static GtkWidget *
part (Fixture    *f,
      const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->preferences),
                                                   AC_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);

  return GTK_WIDGET (object);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The switch of the row titled with @condition's name. */
static GtkSwitch *
condition_switch (Fixture     *f,
                  AcCondition  condition)
{
  GtkWidget *row = ac_display_test_find_widget (GTK_WIDGET (f->preferences), is_row_titled,
                                                ac_condition_get_label (condition));

  g_assert_nonnull (row);

  return GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static AcJournal *
realistic_journal (void)
{
  g_autoptr(GDate) end = g_date_new_dmy (22, 11, 2026);
  AcFixtureSpec spec;
  AcJournal *journal;

  ac_fixture_spec_typical (&spec, end);
  spec.years = 1;
  journal = ac_fixture_generate (&spec);
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_OSTEOPOROSIS, NULL));

  return journal;
}

/* With every kind of record and every member of the profile, as Delete
 * All Data must empty it all. */
static AcJournal *
full_journal (void)
{
  AcJournal *journal = realistic_journal ();
  const char *whats[] = { "bruising", "soreness-severe" };

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      g_autoptr(GDate) day = g_date_new_dmy (10 + i, G_DATE_NOVEMBER, 2026);
      g_autoptr(AcClearance) clearance = ac_clearance_new (day, whats[i]);

      ac_clearance_set_note (clearance, "Checked by the GP");
      g_assert_true (ac_journal_add_clearance (journal, clearance, NULL));
    }
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_LOWER_BACK | AC_AREA_NECK, NULL));
  g_assert_true (ac_journal_set_therapist_notes (journal, "No deep work on the left shoulder", NULL));

  return journal;
}

/* Health profile ------------------------------------------------------- */

/* One switch per screening condition, each with its plain-language line;
 * a switch changes the journal's profile and the keeper saves it; a
 * change made elsewhere moves the switch. */
static void
test_conditions (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) start = ac_journal_new ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 ("2026-11-20T18:30:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (when, 60, AC_PRESSURE_DEEP);
  guint all = ac_flags_get_all (AC_TYPE_CONDITION);
  AcCondition expected = AC_CONDITION_NONE;
  GtkSwitch *toggle;

  g_assert_true (ac_journal_add_session (start, session, NULL));
  ac_display_test_write_journal (start, f->path);
  open_preferences (f, 640, 700);

  g_assert_cmpuint (all, ==, 0x7f);
  for (guint bit = 1; bit <= all; bit <<= 1)
    {
      g_autoptr(AcJournal) on_disk = NULL;
      GtkWidget *row;

      toggle = condition_switch (f, bit);
      row = gtk_widget_get_ancestor (GTK_WIDGET (toggle), ADW_TYPE_ACTION_ROW);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       ac_condition_get_label (bit));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       ac_condition_get_meaning (bit));
      g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (toggle)));
      g_assert_false (gtk_switch_get_active (toggle));

      /* As a user does: activating the row flips its switch. */
      adw_action_row_activate (ADW_ACTION_ROW (row));
      expected |= bit;
      g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal_of (f))), ==, expected);
      ac_display_test_wait_keeper (f->keeper);
      on_disk = ac_journal_load (f->file, NULL, NULL);
      g_assert_nonnull (on_disk);
      g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (on_disk)), ==, expected);
    }

  toggle = condition_switch (f, AC_CONDITION_PREGNANT);
  gtk_switch_set_active (toggle, FALSE);
  expected &= ~AC_CONDITION_PREGNANT;
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal_of (f))), ==, expected);

  /* The CLI or a merge changes the profile: the switches follow. */
  g_assert_true (ac_journal_set_conditions (journal_of (f), AC_CONDITION_CANCER, NULL));
  for (guint bit = 1; bit <= all; bit <<= 1)
    g_assert_cmpint (gtk_switch_get_active (condition_switch (f, bit)),
                     ==, bit == AC_CONDITION_CANCER);
  g_assert_true (gtk_widget_is_sensitive (part (f, "delete_row")));
}

/* A journal from a newer Aftercare can't be changed: nothing here lets
 * it be. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  const char *newer = "{\"format\":\"aftercare-journal\",\"version\":3,"
                      "\"profile\":{\"conditions\":[\"pregnant\"]},\"checkins\":["
                      "{\"id\":\"8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\",\"date\":\"2026-11-21\",\"soreness\":4}]}";
  GtkSwitch *toggle;

  g_assert_true (g_file_set_contents (f->path, newer, -1, NULL));
  open_preferences (f, 640, 700);
  toggle = condition_switch (f, AC_CONDITION_PREGNANT);
  g_assert_true (gtk_switch_get_active (toggle));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (toggle)));
  g_assert_false (gtk_widget_is_sensitive (part (f, "delete_row")));
  g_assert_false (gtk_widget_is_sensitive (part (f, "import_row")));
  g_assert_true (gtk_widget_is_sensitive (part (f, "export_row")));
  /* Nothing can ask to delete it. */
  g_assert_false (gtk_widget_is_sensitive (part (f, "delete_button")));
  g_assert_false (ac_journal_is_empty (journal_of (f)));
}

/* A journal that does not load: nothing to change or delete. */
static void
test_load_failure (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "{\"format\":", -1, NULL));
  open_preferences (f, 640, 700);
  g_assert_cmpint (ac_journal_keeper_get_state (f->keeper), ==, AC_KEEPER_FAILED);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (condition_switch (f, AC_CONDITION_CANCER))));
  g_assert_false (gtk_widget_is_sensitive (part (f, "delete_row")));
  g_assert_false (gtk_widget_is_sensitive (part (f, "export_row")));
}

/* Data ------------------------------------------------------------------- */

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static char *
find_backup (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;
  char *found = NULL;

  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "journal.json.deleted-"))
      {
        g_assert_null (found);
        found = g_build_filename (f->folder, name, NULL);
      }

  return found;
}

/* Delete All Data asks first; Cancel keeps everything. Delete keeps a
 * private backup beside the journal that holds it all, empties the
 * journal, and says where the backup is. */
static void
test_delete_all (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(AcJournal) generated = full_journal ();
  g_autoptr(AcJournal) backed_up = NULL;
  g_autoptr(AcJournal) on_disk = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  AdwMessageDialog *dialog;
  AcJournal *journal;
  GStatBuf st;
  guint n_sessions, n_checkins;

  ac_display_test_write_journal (generated, f->path);
  open_preferences (f, 640, 700);
  journal = journal_of (f);
  n_sessions = g_list_model_get_n_items (ac_journal_get_sessions (journal));
  n_checkins = g_list_model_get_n_items (ac_journal_get_checkins (journal));
  g_assert_cmpuint (n_sessions, >, 40);
  g_assert_cmpuint (n_checkins, >, 40);
  before = ac_journal_to_data (journal, NULL);

  g_assert_true (gtk_widget_is_sensitive (part (f, "delete_row")));
  g_signal_emit_by_name (part (f, "delete_button"), "clicked");
  ac_display_test_settle ();
  dialog = find_dialog ("Delete All Data?");
  g_assert_nonnull (dialog);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  ac_display_test_render_png (GTK_WIDGET (dialog), "preferences-delete-confirm-light");
  adw_message_dialog_response (dialog, "cancel");
  ac_display_test_settle ();
  g_assert_null (find_backup (f));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, n_sessions);

  g_signal_emit_by_name (part (f, "delete_button"), "clicked");
  ac_display_test_settle ();
  adw_message_dialog_response (find_dialog ("Delete All Data?"), "delete");
  ac_display_test_wait_keeper (f->keeper);

  /* The backup: only the user can read it, and it holds everything. */
  backup = find_backup (f);
  g_assert_nonnull (backup);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, before);
  backed_up = ac_journal_new_from_data (kept, -1, backup, NULL);
  g_assert_nonnull (backed_up);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (backed_up)), ==, n_sessions);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (backed_up)), ==, n_checkins);
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (backed_up)), ==, 2);
  g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (backed_up)), ==, AC_CONDITION_OSTEOPOROSIS);
  g_assert_cmpuint (ac_profile_get_avoid_areas (ac_journal_get_profile (backed_up)), ==,
                    AC_AREA_LOWER_BACK | AC_AREA_NECK);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (backed_up)), ==,
                   "No deep work on the left shoulder");

  /* The journal, in memory and on disk, is empty: no record of any kind,
   * nothing in the profile. */
  g_assert_true (ac_journal_is_empty (journal));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (journal)), ==, 0);
  g_assert_true (ac_profile_is_empty (ac_journal_get_profile (journal)));
  on_disk = ac_journal_load (f->file, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_true (ac_journal_is_empty (on_disk));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (on_disk)), ==, 0);
  g_assert_true (ac_profile_is_empty (ac_journal_get_profile (on_disk)));
  g_assert_false (gtk_widget_is_sensitive (part (f, "delete_row")));

  /* And the user is told where the backup is. */
  dialog = find_dialog ("All Data Deleted");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), backup));
  ac_display_test_render_png (GTK_WIDGET (dialog), "preferences-deleted-light");
  adw_message_dialog_response (dialog, "close");
  ac_display_test_settle ();

  /* One step to undo, which brings back every record and the profile. */
  {
    AcUndoStack *stack = ac_journal_keeper_get_undo_stack (f->keeper);
    g_autofree char *undone = NULL;

    g_assert_cmpstr (ac_undo_stack_get_undo_label (stack), ==, "All data deleted");
    undone = ac_undo_stack_undo (stack, NULL);
    g_assert_cmpstr (undone, ==, "All data deleted");
    ac_display_test_wait_keeper (f->keeper);
    g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_sessions (journal)), ==, n_sessions);
    g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_checkins (journal)), ==, n_checkins);
    g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (journal)), ==, 2);
    g_assert_cmpuint (ac_profile_get_conditions (ac_journal_get_profile (journal)), ==, AC_CONDITION_OSTEOPOROSIS);
    g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==,
                     "No deep work on the left shoulder");
  }
}

/* A journal of a clearance and notes for a therapist, nothing else, is not
 * empty: it can be deleted, and then it is empty. */
static void
test_delete_clearance_and_notes (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(AcJournal) start = ac_journal_new ();
  g_autoptr(GDate) day = g_date_new_dmy (20, G_DATE_NOVEMBER, 2026);
  g_autoptr(AcClearance) clearance = ac_clearance_new (day, "bruising");
  g_autofree char *backup = NULL;
  AcJournal *journal;

  g_assert_true (ac_journal_add_clearance (start, clearance, NULL));
  g_assert_true (ac_journal_set_therapist_notes (start, "No oils", NULL));
  ac_display_test_write_journal (start, f->path);
  open_preferences (f, 640, 700);
  journal = journal_of (f);

  /* The clearance gone (as by the CLI's remove): the notes alone are
   * something to delete. */
  g_assert_true (gtk_widget_is_sensitive (part (f, "delete_row")));
  g_assert_true (ac_journal_remove (journal, ac_clearance_get_id (clearance), NULL));
  g_assert_true (gtk_widget_is_sensitive (part (f, "delete_row")));
  {
    g_autoptr(AcClearance) again = ac_clearance_copy (clearance);

    g_assert_true (ac_journal_add_clearance (journal, again, NULL));
  }

  g_signal_emit_by_name (part (f, "delete_button"), "clicked");
  ac_display_test_settle ();
  adw_message_dialog_response (find_dialog ("Delete All Data?"), "delete");
  ac_display_test_wait_keeper (f->keeper);

  g_assert_true (ac_journal_is_empty (journal));
  g_assert_cmpuint (g_list_model_get_n_items (ac_journal_get_clearances (journal)), ==, 0);
  g_assert_cmpstr (ac_profile_get_therapist_notes (ac_journal_get_profile (journal)), ==, "");
  g_assert_false (gtk_widget_is_sensitive (part (f, "delete_row")));
  backup = find_backup (f);
  g_assert_nonnull (backup);
  adw_message_dialog_response (find_dialog ("All Data Deleted"), "close");
  ac_display_test_settle ();
}

/* Where the journal is, under ~ when it is under the home folder. */
static void
test_location (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcJournal) journal = realistic_journal ();
  GtkWidget *row;

  ac_display_test_write_journal (journal, f->path);
  open_preferences (f, 640, 700);
  row = part (f, "location_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, f->path);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, f->path);
  g_assert_true (gtk_widget_is_sensitive (part (f, "open_folder_button")));
}

/* Reminders' settings -------------------------------------------------- */

/* The switches and the time are GSettings, both ways; the time row only
 * matters while the check-in reminder is on. */
static void
test_reminder_settings (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *time = NULL;
  GtkSpinButton *hour, *minute;

  open_preferences (f, 640, 700);
  hour = GTK_SPIN_BUTTON (part (f, "hour_spin"));
  minute = GTK_SPIN_BUTTON (part (f, "minute_spin"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (part (f, "checkin_switch"))));
  g_assert_false (gtk_widget_get_sensitive (part (f, "time_row")));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (part (f, "time_button"))), ==, "20:00");

  gtk_switch_set_active (GTK_SWITCH (part (f, "checkin_switch")), TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "checkin-reminder-enabled"));
  g_assert_true (gtk_widget_get_sensitive (part (f, "time_row")));
  gtk_switch_set_active (GTK_SWITCH (part (f, "aftercare_switch")), TRUE);
  g_assert_true (g_settings_get_boolean (f->settings, "aftercare-reminder-enabled"));

  gtk_spin_button_set_value (hour, 7);
  gtk_spin_button_set_value (minute, 5);
  time = g_settings_get_string (f->settings, "checkin-reminder-time");
  g_assert_cmpstr (time, ==, "07:05");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (part (f, "time_button"))), ==, "07:05");

  g_settings_set_string (f->settings, "checkin-reminder-time", "21:30");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 21);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minute), ==, 30);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (part (f, "time_button"))), ==, "21:30");

  /* Not a time: shown as the default, as the reminders treat it. */
  g_settings_set_string (f->settings, "checkin-reminder-time", "25:00");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (part (f, "time_button"))), ==, "20:00");

  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (part (f, "checkin_switch"))));
}

/* The application ---------------------------------------------------------- */

static void
wait_for_state (AcJournalKeeper *keeper)
{
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING)
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

/* app.preferences opens the preferences over the window, whose switches
 * the app's reminders follow and whose Export… is the window's;
 * app.check-in, the reminders' action, opens the check-in of its day, even
 * before the journal is loaded; app.about names the app with its icon. */
static void
test_app_actions (void)
{
  g_autoptr(AcApplication) app = ac_application_new ();
  g_autoptr(GFile) autostart = ac_reminders_get_autostart_file ();
  g_autoptr(GError) error = NULL;
  GtkWindow *window, *preferences, *editor, *about, *export;
  GObject *aftercare_switch, *export_row;
  AcJournalKeeper *keeper;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (app), "check-in", g_variant_new_string ("2026-11-21"));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (AC_IS_WINDOW (window));
  keeper = ac_window_get_keeper (AC_WINDOW (window));
  wait_for_state (keeper);
  editor = ac_display_test_find_toplevel (AC_TYPE_CHECKIN_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == window);
  gtk_window_destroy (editor);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  ac_display_test_settle ();
  preferences = ac_display_test_find_toplevel (AC_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == window);
  g_assert_true (ac_preferences_window_get_keeper (AC_PREFERENCES_WINDOW (preferences)) == keeper);

  /* The app's reminders follow the switches: the autostart entry is
   * there while one is on. */
  aftercare_switch = gtk_widget_get_template_child (GTK_WIDGET (preferences), AC_TYPE_PREFERENCES_WINDOW,
                                                    "aftercare_switch");
  g_assert_false (g_file_query_exists (autostart, NULL));
  gtk_switch_set_active (GTK_SWITCH (aftercare_switch), TRUE);
  g_assert_true (g_file_query_exists (autostart, NULL));
  gtk_switch_set_active (GTK_SWITCH (aftercare_switch), FALSE);
  g_assert_false (g_file_query_exists (autostart, NULL));

  /* Export… runs the window's export. */
  export_row = gtk_widget_get_template_child (GTK_WIDGET (preferences), AC_TYPE_PREFERENCES_WINDOW,
                                              "export_row");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (export_row)));
  adw_action_row_activate (ADW_ACTION_ROW (export_row));
  ac_display_test_settle ();
  export = ac_display_test_find_toplevel (AC_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (export);
  g_assert_true (gtk_window_get_transient_for (export) == window);
  gtk_window_destroy (export);
  gtk_window_destroy (preferences);

  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");

    g_assert_cmpstr (accels[0], ==, "<Control>comma");
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  ac_display_test_settle ();
  about = ac_display_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()), APP_ID));
  gtk_window_set_default_size (about, 360, 560);
  ac_display_test_settle ();
  ac_display_test_render_png (GTK_WIDGET (about), "about-light");
  gtk_window_destroy (about);

  gtk_window_destroy (window);
  ac_display_test_settle ();
}

/* Pictures ------------------------------------------------------------------ */

/* Each page, light and dark, wide and at phone width, on a real journal;
 * every button and switch on screen has a name. */
static void
test_pictures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(AcJournal) generated = realistic_journal ();
  struct { const char *page; int width; gboolean dark; const char *name; } shots[] = {
    { "health", 640, FALSE, "preferences-health-light" },
    { "health", 640, TRUE, "preferences-health-dark" },
    { "health", 360, FALSE, "preferences-health-narrow-light" },
    { "reminders", 640, FALSE, "preferences-reminders-light" },
    { "reminders", 640, TRUE, "preferences-reminders-dark" },
    { "reminders", 360, TRUE, "preferences-reminders-narrow-dark" },
    { "data", 640, FALSE, "preferences-data-light" },
    { "data", 640, TRUE, "preferences-data-dark" },
    { "data", 360, FALSE, "preferences-data-narrow-light" },
  };

  ac_display_test_write_journal (generated, f->path);
  g_settings_set_boolean (f->settings, "checkin-reminder-enabled", TRUE);
  open_preferences (f, 640, 760);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      ac_display_test_set_dark (shots[i].dark);
      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->preferences),
                                                    shots[i].page);
      gtk_window_set_default_size (GTK_WINDOW (f->preferences), shots[i].width, 760);
      ac_display_test_settle ();
      g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (f->preferences)), >=, 2);
      ac_display_test_render_png (GTK_WIDGET (f->preferences), shots[i].name);
    }
  ac_display_test_set_dark (FALSE);

  /* The time popover. */
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->preferences), "reminders");
  gtk_window_set_default_size (GTK_WINDOW (f->preferences), 640, 760);
  gtk_menu_button_popup (GTK_MENU_BUTTON (part (f, "time_button")));
  ac_display_test_settle ();
  ac_display_test_render_png (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (part (f, "time_button")))),
                              "preferences-time-popover-light");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (part (f, "time_button")));
  /* Closed for good before the window goes: GTK 4.8's tooltips can
   * otherwise keep the popover, and ask where the pointer is over a
   * surface that is gone. */
  ac_display_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = ac_display_test_isolate_xdg ();
  int status;

  ac_display_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/preferences/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("conditions", test_conditions);
  ADD ("read-only", test_read_only);
  ADD ("load-failure", test_load_failure);
  ADD ("delete-all", test_delete_all);
  ADD ("delete-clearance-and-notes", test_delete_clearance_and_notes);
  ADD ("location", test_location);
  ADD ("reminder-settings", test_reminder_settings);
  ADD ("pictures", test_pictures);
#undef ADD
  g_test_add_func ("/preferences/app-actions", test_app_actions);

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
