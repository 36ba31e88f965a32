/* bench-body-map.c — drawing the body map
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-body-map"

#include "config.h"

#include "ac-bench.h"
#include "ac-body-map.h"
#include "ac-display-test.h"
#include "ac-resources.h"

/* DESIGN.md: the body map draws in 3 ms. The map, 600×500 pixels, is drawn
 * N_FRAMES times; medians (90th percentile):
 *  - snapshot: the map's snapshot() making its render nodes (the figures
 *    recorded with cairo, the captions);
 *  - render: those nodes drawn into pixels by the renderer the display
 *    tests use (cairo, in software);
 *  - draw: the two together, against the budget.
 * Twice: an editor's map (areas picked, some hatched, the focus ring on
 * one) and a map of where soreness sits (every area shaded, the one whose
 * sessions are listed outlined). The shapes
 * are made into paths once per process, when the first map is laid out:
 * that is timed on its own. */

#define N_FRAMES 300

static void
measure (GtkWidget  *map,
         const char *title)
{
  AcBenchDraw times;

  ac_bench_measure_draw (map, N_FRAMES, &times);
  g_print ("%s, %dx%d px\n", title, gtk_widget_get_width (map), gtk_widget_get_height (map));
  ac_bench_print_draw (&times);
}

int
main (int   argc,
      char *argv[])
{
  static const AcArea areas[] = {
    AC_AREA_HEAD, AC_AREA_NECK, AC_AREA_SHOULDERS, AC_AREA_UPPER_BACK, AC_AREA_LOWER_BACK,
    AC_AREA_CHEST, AC_AREA_ABDOMEN, AC_AREA_ARMS, AC_AREA_HANDS, AC_AREA_HIPS, AC_AREA_GLUTES,
    AC_AREA_THIGHS, AC_AREA_CALVES, AC_AREA_FEET,
  };
  AcBodyMap *map;
  GtkWindow *window;
  double start, made;

  /* Links the app's resources in from the static library. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  map = ac_body_map_new ();
  start = ac_bench_now_ms ();
  /* The first hit test makes the shapes' paths. */
  ac_body_map_area_at (map, 0, 0);
  made = ac_bench_now_ms () - start;
  window = ac_display_test_window_new (GTK_WIDGET (map), 600, 500);
  g_print ("the shapes made into paths, once: %.3f ms\n", made);

  ac_body_map_set_selected (map, AC_AREA_SHOULDERS | AC_AREA_UPPER_BACK | AC_AREA_CALVES | AC_AREA_HANDS);
  ac_body_map_set_hatched (map, AC_AREA_LOWER_BACK | AC_AREA_SHOULDERS | AC_AREA_ABDOMEN);
  gtk_widget_grab_focus (GTK_WIDGET (map));
  ac_display_test_send_key (window, "Down");
  ac_display_test_send_key (window, "Down");
  gtk_window_set_focus_visible (window, TRUE);
  ac_display_test_settle ();
  measure (GTK_WIDGET (map), "an editor's map: picked, hatched, focused");
  ac_display_test_render_png (GTK_WIDGET (map), "bench-body-map-editor");

  ac_body_map_set_editable (map, FALSE);
  ac_body_map_set_hatched (map, AC_AREA_NONE);
  ac_body_map_set_selected (map, AC_AREA_LOWER_BACK);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    ac_body_map_set_intensity (map, areas[i], (i + 1.0) / G_N_ELEMENTS (areas));
  gtk_window_set_focus (window, NULL);
  ac_display_test_settle ();
  measure (GTK_WIDGET (map), "where soreness sits: every area shaded, one outlined");
  ac_display_test_render_png (GTK_WIDGET (map), "bench-body-map-sore");
  g_print ("  budget: draw <= 3 ms\n");

  gtk_window_destroy (window);
  ac_display_test_settle ();

  return 0;
}
