/* ac-display-test.c — helpers for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-display-test"

#include "config.h"

#include <glib/gstdio.h>

#include "ac-display-test.h"

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

static void
check_labelled (GtkWidget *widget,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labelled (child, n_checked);

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_focusable (widget))
    return;
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) &&
      !GTK_IS_SWITCH (widget))
    return;

  (*n_checked)++;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL) ||
      gtk_widget_get_tooltip_text (widget) != NULL ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return;

  /* A button whose child is a label is named by it. */
  if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
    return;

  g_error ("%s %p has no accessible name", G_OBJECT_TYPE_NAME (widget), widget);
}

/**
 * ac_display_test_assert_labelled:
 * @root: a shown widget
 *
 * Fails unless every button and switch on screen under @root has an
 * accessible name.
 *
 * Returns: how many were checked
 */
guint
ac_display_test_assert_labelled (GtkWidget *root)
{
  guint n_checked = 0;

  check_labelled (root, &n_checked);

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
