/* ac-display-test.c — helpers for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-display-test"

#include "config.h"

#include "ac-display-test.h"

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
