/* test-editors-map.c — the body map in the session and check-in editors
 * (clicks, keys, what is saved), the areas to avoid (hatched, the warning
 * at its edge), and Preferences' areas to avoid and notes for a therapist
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-editors-map"

#include "config.h"

#include "ac-body-map.h"
#include "ac-body-map-region.h"
#include "ac-checkin-editor-private.h"
#include "ac-display-test.h"
#include "ac-preferences-therapist.h"
#include "ac-preferences-window.h"
#include "ac-resources.h"
#include "ac-session-editor-private.h"

/* The tests' today: every context's clock stands at noon on it. */
static GDate *
today_new (void)
{
  return g_date_new_dmy (22, 11, 2026);
}

/* A context whose keeper holds a copy of @journal (NULL: an empty one);
 * the test reads what the editors did in ac_context_get_journal(). */
static AcContext *
context_new (AcArea avoid)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GDate) today = today_new ();

  g_assert_true (ac_journal_set_avoid_areas (journal, avoid, NULL));
  return ac_display_test_context_new (journal, today);
}

/* The main window the editors and Preferences stand over: made once. */
static GtkWindow *main_window;

static void
show (GtkWindow *window,
      int        width,
      int        height)
{
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  ac_display_test_settle ();
}

static AcBodyMap *
map_of (gpointer editor)
{
  GObject *map = gtk_widget_get_template_child (GTK_WIDGET (editor), G_OBJECT_TYPE (editor), "area_map");

  g_assert_true (AC_IS_BODY_MAP (map));
  return AC_BODY_MAP (map);
}

static GtkWidget *
region_of (AcBodyMap *map,
           AcArea     area)
{
  GtkWidget *region = ac_display_test_find_named (GTK_WIDGET (map), AC_TYPE_BODY_MAP_REGION,
                                                  ac_area_get_label (area));

  g_assert_nonnull (region);
  return region;
}

/* A point of the map where @area is hit, found as a person finds it: by
 * looking (here, by the map's own hit test on a grid). */
static graphene_point_t
point_of (AcBodyMap *map,
          AcArea     area)
{
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));

  g_assert_cmpint (width, >, 0);
  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      if (ac_body_map_area_at (map, x, y) == area)
        return GRAPHENE_POINT_INIT (x, y);

  g_error ("%s is nowhere on the map", ac_area_get_label (area));
}

/* A click on @area as the map's click gesture reports it: GTK 4 makes no
 * pointer events for a test. */
static void
click_area (AcBodyMap *map,
            AcArea     area)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));
  graphene_point_t point = point_of (map, area);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE_CLICK (controller))
        continue;
      g_signal_emit_by_name (controller, "pressed", 1, (double) point.x, (double) point.y);
      g_signal_emit_by_name (controller, "released", 1, (double) point.x, (double) point.y);
      ac_display_test_settle ();
      return;
    }

  g_error ("the map has no click gesture");
}

static AcArea
focused_area (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (AC_IS_BODY_MAP_REGION (focus));
  return ac_body_map_region_get_area (AC_BODY_MAP_REGION (focus));
}

/* AcSessionEditor::saved and AcCheckinEditor::saved: the record kept. */
static void
on_saved (gpointer   editor,
          GObject   *record,
          GObject  **out)
{
  g_set_object (out, record);
}

/* Picks on the map by clicks and keys; returns what the map then holds,
 * which the test expects to be saved. */
static AcArea
pick_areas (GtkWindow *editor,
            AcBodyMap *map)
{
  AcArea expected;
  AcArea moved_to;

  /* A click toggles; a second click takes it back. */
  click_area (map, AC_AREA_NECK);
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_NECK);
  click_area (map, AC_AREA_FEET);
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_NECK | AC_AREA_FEET);
  click_area (map, AC_AREA_NECK);
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_FEET);

  /* Space toggles the focused region; an arrow moves to another. */
  g_assert_true (gtk_widget_grab_focus (region_of (map, AC_AREA_HEAD)));
  g_assert_true (ac_display_test_send_key (editor, "space"));
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_FEET | AC_AREA_HEAD);
  g_assert_true (ac_display_test_send_key (editor, "Down"));
  moved_to = focused_area (editor);
  g_assert_cmphex (moved_to, !=, AC_AREA_HEAD);
  g_assert_true (ac_display_test_send_key (editor, "space"));
  expected = AC_AREA_FEET | AC_AREA_HEAD | moved_to;
  g_assert_cmphex (ac_body_map_get_selected (map), ==, expected);

  return expected;
}

/* The session editor: clicks and keys pick areas, and the session saved
 * holds exactly those. */
static void
test_session_picks (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_NONE);
  g_autoptr(AcSession) saved = NULL;
  AcSessionEditor *editor = ac_session_editor_new (main_window, context, NULL, NULL);
  AcArea expected;

  show (GTK_WINDOW (editor), 480, 1400);
  g_assert_cmphex (ac_body_map_get_hatched (map_of (editor)), ==, AC_AREA_NONE);
  expected = pick_areas (GTK_WINDOW (editor), map_of (editor));

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  g_assert_true (_ac_session_editor_save (editor));
  g_assert_nonnull (saved);
  g_assert_cmphex (ac_session_get_areas (saved), ==, expected);
}

/* The check-in editor does the same. */
static void
test_checkin_picks (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_NECK);
  g_autoptr(AcCheckin) saved = NULL;
  AcCheckinEditor *editor = ac_checkin_editor_new (main_window, context, NULL);
  GListModel *checkins = ac_journal_get_checkins (ac_context_get_journal (context));
  g_autoptr(AcCheckin) stored = NULL;
  AcArea expected;

  show (GTK_WINDOW (editor), 480, 1400);
  expected = pick_areas (GTK_WINDOW (editor), map_of (editor));

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  g_assert_true (_ac_checkin_editor_save (editor));
  g_assert_nonnull (saved);
  g_assert_cmphex (ac_checkin_get_areas (saved), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 1);
  stored = g_list_model_get_item (checkins, 0);
  g_assert_cmphex (ac_checkin_get_areas (stored), ==, expected);
}

static gboolean
warning_shown (AcSessionEditor *editor)
{
  GObject *revealer = gtk_widget_get_template_child (GTK_WIDGET (editor), AC_TYPE_SESSION_EDITOR,
                                                     "avoid_revealer");
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (editor), AC_TYPE_SESSION_EDITOR,
                                                  "avoid_label");
  g_autofree char *warning = _ac_session_editor_dup_avoid_warning (editor);

  /* The revealer shows the words the editor means. */
  g_assert_cmpint (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)), ==, warning != NULL);
  if (warning != NULL)
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, warning);

  return warning != NULL;
}

/* What the Areas group says under its title. */
static const char *
areas_description (AcSessionEditor *editor)
{
  GObject *group = gtk_widget_get_template_child (GTK_WIDGET (editor), AC_TYPE_SESSION_EDITOR, "areas_group");

  return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
}

static void
assert_warning_names (AcSessionEditor *editor,
                      const char      *expected)
{
  g_autofree char *warning = _ac_session_editor_dup_avoid_warning (editor);

  g_assert_true (warning_shown (editor));
  g_assert_cmpstr (warning, ==, expected);
}

/* The profile's areas to avoid are hatched; the warning shows when the
 * session includes one of them, and only then, and Save stays possible. */
static void
test_avoid_warning (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_LOWER_BACK | AC_AREA_NECK);
  g_autoptr(AcSession) saved = NULL;
  AcSessionEditor *editor = ac_session_editor_new (main_window, context, NULL, NULL);
  AcBodyMap *map = map_of (editor);
  gboolean valid;

  show (GTK_WINDOW (editor), 480, 1400);
  g_assert_cmphex (ac_body_map_get_hatched (map), ==, AC_AREA_LOWER_BACK | AC_AREA_NECK);
  g_assert_cmpstr (areas_description (editor), ==,
                   "Where the therapist worked. Hatched: areas your health profile says to avoid.");
  g_assert_false (warning_shown (editor));

  /* Next to an area to avoid, not on it: no warning. */
  click_area (map, AC_AREA_UPPER_BACK);
  click_area (map, AC_AREA_GLUTES);
  g_assert_false (warning_shown (editor));

  /* On it: the warning names it. */
  click_area (map, AC_AREA_LOWER_BACK);
  assert_warning_names (editor, "Your health profile says to avoid this area: Lower back.");
  click_area (map, AC_AREA_NECK);
  assert_warning_names (editor, "Your health profile says to avoid these areas: Neck, Lower back.");

  /* Off again, one at a time. */
  click_area (map, AC_AREA_LOWER_BACK);
  assert_warning_names (editor, "Your health profile says to avoid this area: Neck.");
  click_area (map, AC_AREA_NECK);
  g_assert_false (warning_shown (editor));

  /* A warning, not a refusal. */
  click_area (map, AC_AREA_LOWER_BACK);
  g_object_get (editor, "valid", &valid, NULL);
  g_assert_true (valid);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  g_assert_true (_ac_session_editor_save (editor));
  g_assert_cmphex (ac_session_get_areas (saved), ==,
                   AC_AREA_UPPER_BACK | AC_AREA_GLUTES | AC_AREA_LOWER_BACK);
}

/* Editing a session that includes an area to avoid shows the warning at
 * once; with no areas to avoid, no area warns. */
static void
test_avoid_warning_on_load (void)
{
  g_autoptr(AcContext) avoiding = context_new (AC_AREA_FEET);
  g_autoptr(AcContext) not_avoiding = context_new (AC_AREA_NONE);
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T10:00:00+01:00", NULL);
  g_autoptr(AcSession) session = ac_session_new (start, 60, AC_PRESSURE_DEEP);
  AcSessionEditor *editor;

  ac_session_set_areas (session, AC_AREA_FEET | AC_AREA_CALVES);
  editor = ac_session_editor_new (main_window, avoiding, session, NULL);
  show (GTK_WINDOW (editor), 480, 1400);
  assert_warning_names (editor, "Your health profile says to avoid this area: Feet.");
  gtk_window_destroy (GTK_WINDOW (editor));

  ac_session_set_areas (session, (AcArea) ((1u << 14) - 1));
  editor = ac_session_editor_new (main_window, not_avoiding, session, NULL);
  show (GTK_WINDOW (editor), 480, 1400);
  g_assert_cmphex (ac_body_map_get_hatched (map_of (editor)), ==, AC_AREA_NONE);
  g_assert_cmpstr (areas_description (editor), ==, "Where the therapist worked");
  g_assert_false (warning_shown (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Scrolls the editor's page so that the map is at its top, with the
 * group's title above it. */
static void
scroll_to_map (AcBodyMap *map)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (map), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                            &bounds));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - 60);
  ac_display_test_settle ();
}

/* Pictures to look at: the session editor with the map, an area to avoid
 * hatched and picked (the warning shown), wide, at 360 px and dark. */
static void
test_pictures (void)
{
  static const struct {
    const char *name;
    int         width;
    gboolean    dark;
  } pictures[] = {
    { "session-editor-map",             480, FALSE },
    { "session-editor-map-narrow",      360, FALSE },
    { "session-editor-map-narrow-dark", 360, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autoptr(AcContext) context = context_new (AC_AREA_LOWER_BACK | AC_AREA_NECK);
      AcSessionEditor *editor = ac_session_editor_new (main_window, context, NULL, NULL);

      ac_display_test_set_dark (pictures[i].dark);
      show (GTK_WINDOW (editor), pictures[i].width, 900);
      ac_body_map_set_selected (map_of (editor), AC_AREA_SHOULDERS | AC_AREA_LOWER_BACK | AC_AREA_CALVES);
      ac_display_test_settle ();
      scroll_to_map (map_of (editor));
      g_assert_true (warning_shown (editor));
      /* The map fits: no wider than the editor. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map_of (editor))), <=, pictures[i].width);
      ac_display_test_render_png (GTK_WIDGET (editor), pictures[i].name);
      gtk_window_destroy (GTK_WINDOW (editor));
    }
  ac_display_test_set_dark (FALSE);
}

/* Preferences ------------------------------------------------------------ */

static AcPreferencesTherapist *
therapist_group (AcPreferencesWindow *preferences)
{
  GObject *group = gtk_widget_get_template_child (GTK_WIDGET (preferences), AC_TYPE_PREFERENCES_WINDOW,
                                                  "therapist_group");

  g_assert_true (AC_IS_PREFERENCES_THERAPIST (group));
  return AC_PREFERENCES_THERAPIST (group);
}

static GtkTextView *
notes_view (AcPreferencesTherapist *group)
{
  GtkWidget *view = ac_display_test_find_named (GTK_WIDGET (group), GTK_TYPE_TEXT_VIEW,
                                                "Notes for a therapist");

  g_assert_nonnull (view);
  return GTK_TEXT_VIEW (view);
}

static gboolean
is_body_map (GtkWidget     *widget,
             gconstpointer  data)
{
  return AC_IS_BODY_MAP (widget);
}

static AcBodyMap *
avoid_map (AcPreferencesTherapist *group)
{
  GtkWidget *map = ac_display_test_find_widget (GTK_WIDGET (group), is_body_map, NULL);

  g_assert_nonnull (map);
  return AC_BODY_MAP (map);
}

static AcProfile *
profile_of (AcContext *context)
{
  return ac_journal_get_profile (ac_context_get_journal (context));
}

/* What the keeper wrote, read back from its file. */
static AcProfile *
profile_on_disk (AcContext *context)
{
  AcJournalKeeper *keeper = ac_context_get_keeper (context);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AcJournal) journal = NULL;
  gsize length;

  g_assert_true (ac_journal_keeper_flush (keeper, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (g_file_peek_path (ac_journal_keeper_get_file (keeper)),
                                      &contents, &length, &error));
  journal = ac_journal_new_from_data (contents, length, "journal.json", &error);
  g_assert_no_error (error);

  return g_object_ref (ac_journal_get_profile (journal));
}

/* Areas to avoid are picked on the map, by click and key, and saved; the
 * notes are saved when the focus leaves them, and when the window goes;
 * a change made elsewhere shows. */
static void
test_preferences (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_HIPS);
  AcPreferencesWindow *preferences = ac_preferences_window_new (main_window, context);
  AcPreferencesTherapist *group = therapist_group (preferences);
  g_autoptr(AcProfile) on_disk = NULL;
  AcBodyMap *map = avoid_map (group);
  GtkTextView *view = notes_view (group);

  show (GTK_WINDOW (preferences), 640, 1600);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (group)));
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_HIPS);

  click_area (map, AC_AREA_LOWER_BACK);
  g_assert_cmphex (ac_profile_get_avoid_areas (profile_of (context)), ==, AC_AREA_HIPS | AC_AREA_LOWER_BACK);
  g_assert_true (gtk_widget_grab_focus (region_of (map, AC_AREA_HIPS)));
  g_assert_true (ac_display_test_send_key (GTK_WINDOW (preferences), "space"));
  g_assert_cmphex (ac_profile_get_avoid_areas (profile_of (context)), ==, AC_AREA_LOWER_BACK);

  /* Typing is not saved key by key; leaving the notes saves them. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Old disc injury at L4.\nNo deep work on the lower back.", -1);
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile_of (context)), ==, "");
  g_assert_true (ac_preferences_therapist_save_notes (group));
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile_of (context)), ==,
                   "Old disc injury at L4.\nNo deep work on the lower back.");

  on_disk = profile_on_disk (context);
  g_assert_cmphex (ac_profile_get_avoid_areas (on_disk), ==, AC_AREA_LOWER_BACK);
  g_assert_cmpstr (ac_profile_get_therapist_notes (on_disk), ==,
                   "Old disc injury at L4.\nNo deep work on the lower back.");

  /* A change elsewhere (the CLI, another window) shows here. */
  g_assert_true (ac_journal_set_avoid_areas (ac_context_get_journal (context), AC_AREA_FEET, NULL));
  g_assert_true (ac_journal_set_therapist_notes (ac_context_get_journal (context), "Ticklish feet", NULL));
  ac_display_test_settle ();
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_FEET);
  {
    g_autofree char *shown = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
    shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Ticklish feet");
  }

  /* Notes typed and the window closed at once: saved as it goes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Prefers a quiet room", -1);
  gtk_window_destroy (GTK_WINDOW (preferences));
  ac_display_test_settle ();
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile_of (context)), ==, "Prefers a quiet room");
}

/* Notes at the limit are saved; one character more is refused with a
 * toast, and the text stays for the person to shorten. */
static void
test_preferences_notes_limit (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_NONE);
  AcPreferencesWindow *preferences = ac_preferences_window_new (main_window, context);
  AcPreferencesTherapist *group = therapist_group (preferences);
  GtkTextView *view = notes_view (group);
  g_autofree char *at_limit = g_strnfill (4000, 'a');
  g_autofree char *over = g_strnfill (4001, 'b');

  show (GTK_WINDOW (preferences), 640, 1600);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), at_limit, -1);
  g_assert_true (ac_preferences_therapist_save_notes (group));
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile_of (context)), ==, at_limit);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), over, -1);
  g_assert_false (ac_preferences_therapist_save_notes (group));
  g_assert_cmpstr (ac_profile_get_therapist_notes (profile_of (context)), ==, at_limit);
  /* A change of the areas does not put the saved notes back over them. */
  g_assert_true (ac_journal_set_avoid_areas (ac_context_get_journal (context), AC_AREA_HEAD, NULL));
  ac_display_test_settle ();
  {
    g_autofree char *shown = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
    shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, over);
  }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "", -1);
  gtk_window_destroy (GTK_WINDOW (preferences));
  ac_display_test_settle ();
}

/* The Health page with the map and the notes, to look at. */
static void
test_preferences_picture (void)
{
  g_autoptr(AcContext) context = context_new (AC_AREA_LOWER_BACK | AC_AREA_NECK);
  AcPreferencesWindow *preferences = ac_preferences_window_new (main_window, context);

  g_assert_true (ac_journal_set_therapist_notes (ac_context_get_journal (context),
                                                 "Old disc injury at L4. Please ask before deep work on the lower back.",
                                                 NULL));
  show (GTK_WINDOW (preferences), 360, 900);
  scroll_to_map (avoid_map (therapist_group (preferences)));
  ac_display_test_render_png (GTK_WIDGET (preferences), "preferences-therapist-narrow");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  /* Links the app's resources in from the static library. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);
  main_window = ac_display_test_window_new (gtk_label_new ("Aftercare"), 800, 600);

  g_test_add_func ("/editors-map/session-picks", test_session_picks);
  g_test_add_func ("/editors-map/checkin-picks", test_checkin_picks);
  g_test_add_func ("/editors-map/avoid-warning", test_avoid_warning);
  g_test_add_func ("/editors-map/avoid-warning-on-load", test_avoid_warning_on_load);
  g_test_add_func ("/editors-map/pictures", test_pictures);
  g_test_add_func ("/editors-map/preferences", test_preferences);
  g_test_add_func ("/editors-map/preferences-notes-limit", test_preferences_notes_limit);
  g_test_add_func ("/editors-map/preferences-picture", test_preferences_picture);

  return g_test_run ();
}
