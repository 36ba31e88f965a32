/* ac-display-test.c — helpers for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-display-test"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ac-accessible-names.h"
#include "ac-display-test.h"
#include "ac-sample-journal.h"

/**
 * ac_display_test_isolate_xdg:
 *
 * Points the XDG data and config folders at a new temporary folder, so
 * that a test never touches the user's journal, settings or autostart
 * entries. GLib reads them once: call this first in main(), before
 * anything asks.
 *
 * Returns: (transfer full): the temporary folder, for
 *   ac_display_test_remove_tree() at the end
 */
char *
ac_display_test_isolate_xdg (void)
{
  char *scratch = g_dir_make_tmp ("aftercare-xdg-XXXXXX", NULL);
  g_autofree char *config = NULL;
  g_autofree char *data = NULL;

  g_assert_nonnull (scratch);
  config = g_build_filename (scratch, "config", NULL);
  data = g_build_filename (scratch, "data", NULL);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);

  return scratch;
}

/* Initialises GTK, libadwaita and the app's resources and styles, as the
 * app does, with a fixed locale and time zone set by meson. */
void
ac_display_test_init (int    *argc,
                      char ***argv)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  gtk_css_provider_load_from_resource (provider, APP_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* What GtkApplication does for the app: its icons from its resources. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    APP_PATH "/icons");
}

void
ac_display_test_set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  ac_display_test_settle ();
}

/**
 * ac_display_test_window_new:
 * @child: the widget under test
 *
 * Returns: (transfer none): a shown window of the given size holding @child
 */
GtkWindow *
ac_display_test_window_new (GtkWidget *child,
                            int        width,
                            int        height)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  ac_display_test_settle ();

  return window;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Lets GTK map, lay out and draw: a few frames' worth of main loop. */
void
ac_display_test_settle (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (150, quit_loop, loop);
  g_main_loop_run (loop);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
render_png (GtkWidget  *widget,
            const char *name,
            gboolean    background)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  const char *folder = g_getenv ("AC_SCREENSHOT_DIR");
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  ac_display_test_settle ();
  if (background)
    {
      GdkRGBA color;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                                     "window_bg_color", &color));
      G_GNUC_END_IGNORE_DEPRECATIONS
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (folder == NULL)
    folder = "screenshots";
  g_mkdir_with_parents (folder, 0755);
  path = g_build_filename (folder, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("rendered %s (%dx%d)", path, width, height);
}

/**
 * ac_display_test_render_png:
 * @name: the file's name, without folder or extension
 *
 * Renders @widget as it is on screen to `$AC_SCREENSHOT_DIR/NAME.png`
 * (the build's tests/screenshots by default), for a person to look at.
 */
void
ac_display_test_render_png (GtkWidget  *widget,
                            const char *name)
{
  render_png (widget, name, FALSE);
}

/**
 * ac_display_test_render_png_on_window:
 * @name: the file's name, without folder or extension
 *
 * Like ac_display_test_render_png(), on the window's background colour:
 * for a part of a window, such as the whole of a scrolled page, whose own
 * background is the window's and would otherwise come out transparent.
 */
void
ac_display_test_render_png_on_window (GtkWidget  *widget,
                                      const char *name)
{
  render_png (widget, name, TRUE);
}

/**
 * ac_display_test_load_fixture:
 * @name: a file in tests/fixtures
 *
 * Returns: (transfer full): the journal, loaded from a copy so that the
 *   fixture is never written
 */
AcJournal *
ac_display_test_load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  AcJournal *journal;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  journal = ac_journal_new_from_data (contents, length, name, &error);
  g_assert_no_error (error);

  return journal;
}

/* A name for screen readers: an accessible label, a widget that labels
 * it, or for a button and a row the text they show. A tooltip is not one:
 * GTK 4.8 makes it the description. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkWidget *child;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;

  /* GTK has a button labelled by its child, which for an icon-only
   * button is a nameless image. */
  if (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))
    return FALSE;

  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (GTK_IS_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      child = gtk_button_get_child (GTK_BUTTON (widget));
      return (label != NULL && label[0] != '\0' && gtk_button_get_icon_name (GTK_BUTTON (widget)) == NULL) ||
             (GTK_IS_LABEL (child) && gtk_label_get_text (GTK_LABEL (child))[0] != '\0');
    }
  if (GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));

      return label != NULL && label[0] != '\0';
    }
  if (GTK_IS_MENU_BUTTON (widget))
    {
      const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));

      return label != NULL && label[0] != '\0';
    }
  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

      return title != NULL && title[0] != '\0';
    }

  return FALSE;
}

/* Widgets that take the keyboard only to hand it on, and labels, which
 * their text names. */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) || GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_VIEWPORT (widget) ||
      GTK_IS_LIST_BOX (widget) || GTK_IS_FLOW_BOX (widget) || GTK_IS_STACK (widget) ||
      GTK_IS_POPOVER (widget) || GTK_IS_WINDOW (widget))
    return FALSE;

  /* A combo row is the control, named by its title; the lists in it show
   * its current item and its choices. */
  if (!ADW_IS_COMBO_ROW (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL)
    return FALSE;

  return TRUE;
}

/* Focusable, and neither it nor a widget it is in refuses the focus
 * (as a spin button does for its + and - buttons). */
gboolean
ac_display_test_takes_keyboard (GtkWidget *widget)
{
  if (!gtk_widget_get_focusable (widget))
    return FALSE;

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_can_focus (widget))
      return FALSE;

  return TRUE;
}

static void
check_named (GtkWidget *widget,
             guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_named (child, n_checked);

  if (!gtk_widget_get_mapped (widget) || !ac_display_test_takes_keyboard (widget) || !is_control (widget))
    return;

  /* libadwaita 1.2's own search button in a preferences window has only
   * a tooltip; Aftercare's preferences window adds no toggle buttons to
   * the header bar. */
  if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL &&
      gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW) != NULL)
    return;

  (*n_checked)++;
  if (!has_accessible_name (widget))
    g_error ("%s %p (tooltip: %s) has no accessible name", G_OBJECT_TYPE_NAME (widget), widget,
             gtk_widget_get_tooltip_text (widget));
}

/**
 * ac_display_test_assert_labelled:
 * @root: a shown widget
 *
 * Fails unless every control on screen under @root that takes the
 * keyboard has an accessible name (GTK_A11Y=test).
 *
 * Returns: how many were checked
 */
guint
ac_display_test_assert_labelled (GtkWidget *root)
{
  guint n_checked = 0;

  check_named (root, &n_checked);

  return n_checked;
}

/**
 * ac_display_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a visible toplevel of @type
 */
GtkWindow *
ac_display_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 GtkShortcutTrigger *wanted)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), wanted) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), wanted);

  return gtk_shortcut_trigger_equal (trigger, wanted);
}

/* The first of @widget's shortcuts in @phase (or any, for
 * GTK_PHASE_NONE) that @wanted sets off. */
static GtkShortcut *
find_shortcut_in_phase (GtkWidget          *widget,
                        GtkShortcutTrigger *wanted,
                        GtkPropagationPhase phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          (phase != GTK_PHASE_NONE && gtk_event_controller_get_propagation_phase (controller) != phase))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          /* The controller keeps it. */
          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), wanted))
            return shortcut;
        }
    }

  return NULL;
}

/**
 * ac_display_test_find_shortcut:
 * @trigger: as gtk_shortcut_trigger_parse_string() reads it, "<Control>q"
 *
 * Returns: (transfer none) (nullable): the first of @widget's own
 *   shortcuts that @trigger sets off
 */
GtkShortcut *
ac_display_test_find_shortcut (GtkWidget  *widget,
                               const char *trigger)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  g_assert_nonnull (wanted);

  return find_shortcut_in_phase (widget, wanted, GTK_PHASE_NONE);
}

static gboolean
run_shortcut (GtkWidget          *widget,
              GtkShortcutTrigger *wanted,
              GtkPropagationPhase phase)
{
  GtkShortcut *shortcut = find_shortcut_in_phase (widget, wanted, phase);

  return shortcut != NULL &&
         gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                       gtk_shortcut_get_arguments (shortcut));
}

/**
 * ac_display_test_send_key:
 * @trigger: the key, "<Control>q"
 *
 * Presses a key in @window as far as its shortcuts go, in GTK's order:
 * the capture phase from the window down to the focus widget (or the
 * window), then the bubble phase back up; the first shortcut that takes
 * the key ends it. Key bindings, the application's accelerators and the
 * shortcut controllers of the widgets are all shortcuts; what a widget
 * does with a key in its own key handler is not. GTK 4 has no public way
 * to make a key event.
 *
 * Returns: whether a shortcut took the key
 */
gboolean
ac_display_test_send_key (GtkWindow  *window,
                          const char *trigger)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean handled = FALSE;

  g_assert_nonnull (wanted);

  for (GtkWidget *w = focus != NULL ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);

  for (guint i = 0; i < path->len && !handled; i++)
    handled = run_shortcut (g_ptr_array_index (path, i), wanted, GTK_PHASE_CAPTURE);
  for (guint i = path->len; i > 0 && !handled; i--)
    handled = (i == path->len && run_shortcut (g_ptr_array_index (path, i - 1), wanted, GTK_PHASE_TARGET)) ||
              run_shortcut (g_ptr_array_index (path, i - 1), wanted, GTK_PHASE_BUBBLE);

  if (handled)
    ac_display_test_settle ();

  return handled;
}

/**
 * ac_display_test_find_widget:
 * @match: says whether a widget is the one
 *
 * Returns: (transfer none) (nullable): the first widget under @root, depth
 *   first, that @match takes
 */
GtkWidget *
ac_display_test_find_widget (GtkWidget          *root,
                             AcDisplayTestMatch  match,
                             gconstpointer       data)
{
  return ac_display_test_find_nth (root, match, data, 0);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Returns: (transfer none) (nullable): a label under @root that reads @text */
GtkWidget *
ac_display_test_find_label (GtkWidget  *root,
                            const char *text)
{
  return ac_display_test_find_widget (root, is_label_with_text, text);
}

/**
 * ac_display_test_get_accessible_label:
 *
 * GTK 4.8 has no getter for an accessible property; the test AT context
 * (GTK_A11Y=test) gives the value it holds when asked to compare it with
 * one it cannot hold.
 *
 * Returns: (transfer full) (nullable): the label a screen reader reads for
 *   @widget, or NULL when it has none
 */
char *
ac_display_test_get_accessible_label (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  return gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* Fails unless the accessible label of @widget contains @text. */
void
ac_display_test_assert_label_contains (GtkWidget  *widget,
                                       const char *text)
{
  g_autofree char *label = ac_display_test_get_accessible_label (widget);

  g_assert_nonnull (label);
  if (strstr (label, text) == NULL)
    g_error ("accessible label \"%s\" does not say \"%s\"", label, text);
}

typedef struct {
  GType       type;
  const char *name;
} NamedWidget;

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  data)
{
  const NamedWidget *wanted = data;
  g_autofree char *label = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type))
    return FALSE;

  label = ac_accessible_names_get_name (widget);
  return g_strcmp0 (label, wanted->name) == 0;
}

/**
 * ac_display_test_find_named:
 * @type: the widget's type, %GTK_TYPE_CHECK_BUTTON
 * @name: its accessible name, as a screen reader reads it
 *
 * Returns: (transfer none): the first widget of @type under @root whose
 *   accessible label is @name; fails when there is none
 */
GtkWidget *
ac_display_test_find_named (GtkWidget  *root,
                            GType       type,
                            const char *name)
{
  NamedWidget wanted = { type, name };
  GtkWidget *widget = ac_display_test_find_widget (root, is_named, &wanted);

  if (widget == NULL)
    g_error ("no %s named \"%s\"", g_type_name (type), name);

  return widget;
}

static gboolean
is_cell_of_day (GtkWidget     *widget,
                gconstpointer  date)
{
  return AC_IS_DAY_CELL (widget) && g_date_compare (ac_day_cell_get_date (AC_DAY_CELL (widget)), date) == 0;
}

/* Returns: (transfer none) (nullable): the cell under @root showing @date */
AcDayCell *
ac_display_test_find_day_cell (GtkWidget   *root,
                               const GDate *date)
{
  return AC_DAY_CELL (ac_display_test_find_widget (root, is_cell_of_day, date));
}

static GtkWidget *
find_nth (GtkWidget          *root,
          AcDisplayTestMatch  match,
          gconstpointer       data,
          guint              *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data) && (*n)-- == 0)
        return child;
      if ((found = find_nth (child, match, data, n)) != NULL)
        return found;
    }

  return NULL;
}

/**
 * ac_display_test_find_nth:
 *
 * Returns: (transfer none) (nullable): the @n-th widget (from 0) under
 *   @root, depth first, that @match takes
 */
GtkWidget *
ac_display_test_find_nth (GtkWidget          *root,
                          AcDisplayTestMatch  match,
                          gconstpointer       data,
                          guint               n)
{
  return find_nth (root, match, data, &n);
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

/* Returns: (transfer none) (nullable): the @n-th widget (from 0) under
 * @root, depth first, with @css_class */
GtkWidget *
ac_display_test_find_nth_with_class (GtkWidget  *root,
                                     const char *css_class,
                                     guint       n)
{
  return ac_display_test_find_nth (root, has_css_class, css_class, n);
}

/* How many sessions the accessible label of @cell tells: "Friday 20
 * November: 2 sessions, light, 60 minutes, …". */
guint
ac_display_test_cell_n_sessions (AcDayCell *cell)
{
  g_autofree char *label = ac_display_test_get_accessible_label (GTK_WIDGET (cell));
  g_auto(GStrv) parts = NULL;
  const char *records;

  g_assert_nonnull (label);
  records = strstr (label, ": ");
  g_assert_nonnull (records);
  parts = g_strsplit (records + 2, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_ascii_isdigit (parts[i][0]) && strstr (parts[i], " session") != NULL)
      return (guint) g_ascii_strtoull (parts[i], NULL, 10);

  return 0;
}

/* Whether the accessible label of @cell tells a warning symptom. */
gboolean
ac_display_test_cell_has_red_flag (AcDayCell *cell)
{
  g_autofree char *label = ac_display_test_get_accessible_label (GTK_WIDGET (cell));

  g_assert_nonnull (label);

  return strstr (label, "warning symptom noted") != NULL;
}

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  graphene_rect_t bounds_a, bounds_b;
  GtkWidget *widget_a = *(GtkWidget **) a;
  GtkWidget *widget_b = *(GtkWidget **) b;

  g_assert_true (gtk_widget_compute_bounds (widget_a, gtk_widget_get_parent (widget_a), &bounds_a));
  g_assert_true (gtk_widget_compute_bounds (widget_b, gtk_widget_get_parent (widget_b), &bounds_b));

  return (bounds_a.origin.y > bounds_b.origin.y) - (bounds_a.origin.y < bounds_b.origin.y);
}

/* The session chips @cell shows, from the top; it places them when laid
 * out. */
static GPtrArray *
shown_chips (AcDayCell *cell)
{
  GPtrArray *shown = g_ptr_array_new ();

  ac_display_test_settle ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (cell)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "chip") && !gtk_widget_has_css_class (child, "suggested") &&
        gtk_widget_get_child_visible (child))
      g_ptr_array_add (shown, child);
  g_ptr_array_sort (shown, compare_y);

  return shown;
}

/* Fails unless the @index-th chip shown in @cell, from the top, is of
 * @pressure, and outlined when @planned. */
void
ac_display_test_assert_chip (AcDayCell  *cell,
                             guint       index,
                             const char *pressure,
                             gboolean    planned)
{
  const char *pressures[] = { "light", "moderate", "deep" };
  g_autoptr(GPtrArray) shown = shown_chips (cell);
  GtkWidget *chip;

  g_assert_cmpuint (index, <, shown->len);
  chip = g_ptr_array_index (shown, index);
  g_assert_cmpint (gtk_widget_has_css_class (chip, "planned"), ==, planned);
  for (guint i = 0; i < G_N_ELEMENTS (pressures); i++)
    g_assert_cmpint (gtk_widget_has_css_class (chip, pressures[i]), ==, g_str_equal (pressures[i], pressure));
}

/* The text of the @index-th chip shown in @cell, from the top. */
const char *
ac_display_test_chip_text (AcDayCell *cell,
                           guint      index)
{
  g_autoptr(GPtrArray) shown = shown_chips (cell);

  g_assert_cmpuint (index, <, shown->len);
  return gtk_label_get_text (g_ptr_array_index (shown, index));
}

/* How many chips @cell shows. */
guint
ac_display_test_cell_n_chips (AcDayCell *cell)
{
  g_autoptr(GPtrArray) shown = shown_chips (cell);

  return shown->len;
}

/**
 * ac_display_test_get_part:
 * @type: the class whose template has @id
 *
 * Returns: (transfer none): the child @id of @widget's template
 */
gpointer
ac_display_test_get_part (GtkWidget  *widget,
                          GType       type,
                          const char *id)
{
  GObject *part = gtk_widget_get_template_child (widget, type, id);

  if (part == NULL)
    g_error ("%s has no template child %s", g_type_name (type), id);

  return part;
}

/**
 * ac_display_test_add_session:
 * @iso_start: the start, "2026-11-20T18:30:00+01:00"
 *
 * Adds a session for sport with Ana, on the neck and shoulders.
 *
 * Returns: (transfer none): the session, as the journal holds it
 */
AcSession *
ac_display_test_add_session (AcJournal  *journal,
                             const char *iso_start,
                             int         minutes,
                             AcPressure  pressure,
                             gboolean    planned)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso_start, NULL);
  g_autoptr(AcSession) session = ac_session_new (start, minutes, pressure);
  g_autoptr(GError) error = NULL;

  ac_session_set_planned (session, planned);
  ac_session_set_purpose (session, AC_PURPOSE_SPORT);
  ac_session_set_therapist (session, "Ana");
  ac_session_set_areas (session, AC_AREA_NECK | AC_AREA_SHOULDERS);
  g_assert_true (ac_journal_add_session (journal, session, &error));
  g_assert_no_error (error);

  return session;
}

/**
 * ac_display_test_add_checkin:
 * @iso_date: the day, "2026-11-21"
 *
 * Adds a check-in of the neck.
 *
 * Returns: (transfer none): the check-in, as the journal holds it
 */
AcCheckin *
ac_display_test_add_checkin (AcJournal  *journal,
                             const char *iso_date,
                             int         soreness,
                             AcSymptom   symptoms)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  int year, month, day;
  GDate date;

  g_assert_cmpint (sscanf (iso_date, "%d-%d-%d", &year, &month, &day), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_areas (checkin, AC_AREA_NECK);
  ac_checkin_set_symptoms (checkin, symptoms);
  g_assert_true (ac_journal_add_checkin (journal, checkin, &error));
  g_assert_no_error (error);

  return checkin;
}

/**
 * ac_display_test_month_journal_new:
 *
 * November 2026, for the calendar: sessions of every pressure, two on the
 * 12th, a deep one on the 20th with a moderate soreness and a warning
 * symptom, a severe day after it, nothing left on the 22nd, and planned
 * sessions on 27 November and 2 December.
 *
 * Returns: (transfer full): the journal
 */
AcJournal *
ac_display_test_month_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();

  ac_display_test_add_session (journal, "2026-11-03T10:00:00+01:00", 30, AC_PRESSURE_LIGHT, FALSE);
  ac_display_test_add_session (journal, "2026-11-10T18:30:00+01:00", 60, AC_PRESSURE_MODERATE, FALSE);
  ac_display_test_add_checkin (journal, "2026-11-11", 2, AC_SYMPTOM_NONE);
  ac_display_test_add_session (journal, "2026-11-12T17:00:00+01:00", 90, AC_PRESSURE_MODERATE, FALSE);
  ac_display_test_add_session (journal, "2026-11-12T09:00:00+01:00", 45, AC_PRESSURE_LIGHT, FALSE);
  ac_display_test_add_session (journal, "2026-11-20T18:30:00+01:00", 60, AC_PRESSURE_DEEP, FALSE);
  ac_display_test_add_checkin (journal, "2026-11-20", 4, AC_SYMPTOM_BRUISING);
  ac_display_test_add_checkin (journal, "2026-11-21", 7, AC_SYMPTOM_NONE);
  ac_display_test_add_checkin (journal, "2026-11-22", 0, AC_SYMPTOM_NONE);
  ac_display_test_add_session (journal, "2026-11-27T11:00:00+01:00", 60, AC_PRESSURE_DEEP, TRUE);
  ac_display_test_add_session (journal, "2026-12-02T11:00:00+01:00", 45, AC_PRESSURE_LIGHT, TRUE);

  return journal;
}

/* Writes @journal to @path, as the app would. */
void
ac_display_test_write_journal (AcJournal  *journal,
                               const char *path)
{
  g_autofree char *data = ac_journal_to_data (journal, NULL);

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
}

/* Until @keeper has loaded and saved what it had to, then a few frames. */
void
ac_display_test_wait_keeper (AcJournalKeeper *keeper)
{
  while (ac_journal_keeper_get_state (keeper) == AC_KEEPER_LOADING ||
         ac_journal_keeper_get_busy (keeper))
    g_main_context_iteration (NULL, TRUE);
  ac_display_test_settle ();
}

/* Removes @path and, if it is a folder, everything in it. */
void
ac_display_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || (dir = g_dir_open (path, 0, NULL)) == NULL)
    {
      g_unlink (path);
      return;
    }

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      ac_display_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* A clock that stands at noon, local time, on @today. */
AcClock *
ac_display_test_clock_new (const GDate *today)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) noon =
    g_date_time_new (zone, g_date_get_year (today), g_date_get_month (today),
                     g_date_get_day (today), 12, 0, 0);

  return ac_clock_new_fixed (noon);
}

/* Moves @context's clock to noon on @today. */
void
ac_display_test_set_today (AcContext   *context,
                           const GDate *today)
{
  g_autoptr(AcClock) clock = ac_display_test_clock_new (today);
  g_autoptr(GDateTime) noon = ac_clock_get_now (clock);

  ac_clock_set_now (ac_context_get_clock (context), noon);
}

/* A context on @keeper, with the app's settings and a clock that stands at
 * noon on @today. */
AcContext *
ac_display_test_context_for_keeper (AcJournalKeeper *keeper,
                                    const GDate     *today)
{
  g_autoptr(AcClock) clock = ac_display_test_clock_new (today);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return ac_context_new (keeper, clock, settings);
}

/* A context as the app makes one, but with a clock that stands at noon on
 * @today: its keeper has loaded @journal (NULL: an empty journal) from a
 * file of its own, in a new folder under the user data folder (which the
 * test run makes and removes). The journal shown is then
 * ac_context_get_journal(), not @journal. */
AcContext *
ac_display_test_context_new (AcJournal   *journal,
                             const GDate *today)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "test-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AcJournalKeeper) keeper = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_nonnull (g_mkdtemp_full (folder, 0700));
  path = g_build_filename (folder, "journal.json", NULL);
  if (journal != NULL)
    ac_display_test_write_journal (journal, path);
  file = g_file_new_for_path (path);
  keeper = ac_journal_keeper_new (file);
  ac_journal_keeper_load (keeper);
  ac_display_test_wait_keeper (keeper);
  g_assert_cmpint (ac_journal_keeper_get_state (keeper), ==, AC_KEEPER_READY);

  return ac_display_test_context_for_keeper (keeper, today);
}

/* Lets @context go, after its keeper has saved, and checks that nothing
 * else holds it, its keeper or its journal. */
void
ac_display_test_context_free (AcContext *context)
{
  g_autoptr(AcJournalKeeper) keeper = g_object_ref (ac_context_get_keeper (context));
  AcJournal *journal = ac_journal_keeper_get_journal (keeper);

  g_assert_true (ac_journal_keeper_flush (keeper, NULL));
  ac_display_test_wait_keeper (keeper);
  if (journal != NULL)
    g_object_add_weak_pointer (G_OBJECT (journal), (gpointer *) &journal);
  g_assert_finalize_object (context);
  g_assert_finalize_object (g_steal_pointer (&keeper));
  g_assert_null (journal);
}

/**
 * ac_display_test_open_window:
 * @journal: what the window shows, as of the sample journal's today
 *
 * Returns: (transfer none): the app's window on a context of its own
 *   (ac_display_test_context_new()), @width by @height, shown, its
 *   journal loaded; close it with ac_display_test_close_window()
 */
AcWindow *
ac_display_test_open_window (AcJournal  *journal,
                             int         width,
                             int         height,
                             AcContext **context)
{
  AcWindow *window;
  GDate today;

  ac_sample_today (&today);
  *context = ac_display_test_context_new (journal, &today);
  window = ac_window_new (NULL, *context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ac_display_test_wait_keeper (ac_context_get_keeper (*context));
  ac_display_test_settle ();

  return window;
}

/* Closes @window and lets its @context go (ac_display_test_context_free()). */
void
ac_display_test_close_window (AcWindow  *window,
                              AcContext *context)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ac_display_test_settle ();
  ac_display_test_context_free (context);
}
