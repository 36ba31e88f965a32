/* test-body-map.c — the body map: hit testing on both figures, keyboard,
 * accessibility, hatching and shading, and pictures
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-body-map"

#include "config.h"

#include "ac-body-map.h"
#include "ac-body-map-region.h"
#include "ac-display-test.h"
#include "ac-resources.h"

typedef struct
{
  AcBodyMap *map;
  GtkWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *fixture,
                int      width,
                int      height)
{
  fixture->map = ac_body_map_new ();
  g_object_ref_sink (fixture->map);
  fixture->window = ac_display_test_window_new (GTK_WIDGET (fixture->map), width, height);
}

static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  ac_display_test_settle ();
  g_assert_finalize_object (fixture->map);
}

#define WIDE_WIDTH  600
#define WIDE_HEIGHT 520

/* The areas each figure shows (ac-body-shapes.c says why). */
#define FRONT_ONLY (AC_AREA_CHEST | AC_AREA_ABDOMEN)
#define BACK_ONLY  (AC_AREA_NECK | AC_AREA_UPPER_BACK | AC_AREA_LOWER_BACK | AC_AREA_GLUTES | AC_AREA_CALVES)
#define ALL_AREAS  ((AcArea) ((1u << 14) - 1))

static const AcArea areas[] = {
  AC_AREA_HEAD, AC_AREA_NECK, AC_AREA_SHOULDERS, AC_AREA_UPPER_BACK, AC_AREA_LOWER_BACK,
  AC_AREA_CHEST, AC_AREA_ABDOMEN, AC_AREA_ARMS, AC_AREA_HANDS, AC_AREA_HIPS, AC_AREA_GLUTES,
  AC_AREA_THIGHS, AC_AREA_CALVES, AC_AREA_FEET,
};

static GtkWidget *
region (Fixture *fixture,
        AcArea   area)
{
  return ac_display_test_find_named (GTK_WIDGET (fixture->map), AC_TYPE_BODY_MAP_REGION,
                                     ac_area_get_label (area));
}

static graphene_rect_t
region_bounds (Fixture *fixture,
               AcArea   area)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (region (fixture, area), GTK_WIDGET (fixture->map), &bounds));

  return bounds;
}

static AcArea
area_at (Fixture *fixture,
         double   x,
         double   y)
{
  return ac_body_map_area_at (fixture->map, x, y);
}

static void
assert_area_at (Fixture    *fixture,
                double      x,
                double      y,
                AcArea      expected)
{
  AcArea found = area_at (fixture, x, y);

  if (found != expected)
    g_error ("at %.1f, %.1f: %s, not %s", x, y,
             found ? ac_area_get_label (found) : "nothing",
             expected ? ac_area_get_label (expected) : "nothing");
}

/* Which areas the hit test finds on the left half of the map (the front,
 * wide and left to right) and on the right (the back), on a grid. */
static void
scan_halves (Fixture *fixture,
             AcArea  *front,
             AcArea  *back)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->map));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->map));

  *front = *back = AC_AREA_NONE;
  for (int y = 0; y < height; y += 3)
    for (int x = 0; x < width; x += 3)
      {
        if (x < width / 2)
          *front |= area_at (fixture, x, y);
        else
          *back |= area_at (fixture, x, y);
      }
}

/* Each area on the figure where it lies: chest and abdomen on the front
 * only, the back, glutes, neck and calves on the back only, the others on
 * both; nothing beside the figures. */
static void
test_hit_sides (void)
{
  Fixture fixture;
  AcArea front, back;
  int width, height;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  width = gtk_widget_get_width (GTK_WIDGET (fixture.map));
  height = gtk_widget_get_height (GTK_WIDGET (fixture.map));

  scan_halves (&fixture, &front, &back);
  g_assert_cmphex (front, ==, ALL_AREAS & ~BACK_ONLY);
  g_assert_cmphex (back, ==, ALL_AREAS & ~FRONT_ONLY);

  assert_area_at (&fixture, 1, 1, AC_AREA_NONE);
  assert_area_at (&fixture, width / 2.0, height / 2.0, AC_AREA_NONE);
  assert_area_at (&fixture, width - 2, height - 2, AC_AREA_NONE);
  assert_area_at (&fixture, -5, 100, AC_AREA_NONE);

  fixture_tear_down (&fixture);
}

/* Where a region's box (as a screen reader gets it) meets its shape: 2 px
 * inside is the area, 2 px outside the next one or nothing. */
static void
test_hit_edges (void)
{
  Fixture fixture;
  graphene_rect_t head, chest, thighs, back_head = { { 0 } };
  double middle, head_y;
  gboolean found_back = FALSE;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);

  /* The front's head: background above, the front of the neck (no
   * region) below. */
  head = region_bounds (&fixture, AC_AREA_HEAD);
  middle = head.origin.x + head.size.width / 2;
  g_assert_cmpfloat (middle, <, WIDE_WIDTH / 2.0);
  assert_area_at (&fixture, middle, head.origin.y + 2, AC_AREA_HEAD);
  assert_area_at (&fixture, middle, head.origin.y - 2, AC_AREA_NONE);
  assert_area_at (&fixture, middle, head.origin.y + head.size.height - 2, AC_AREA_HEAD);
  assert_area_at (&fixture, middle, head.origin.y + head.size.height + 2, AC_AREA_NONE);
  assert_area_at (&fixture, head.origin.x + 2, head.origin.y + head.size.height / 2, AC_AREA_HEAD);
  assert_area_at (&fixture, head.origin.x - 2, head.origin.y + head.size.height / 2, AC_AREA_NONE);

  /* The chest meets the shoulders at the middle of its top. */
  chest = region_bounds (&fixture, AC_AREA_CHEST);
  middle = chest.origin.x + chest.size.width / 2;
  assert_area_at (&fixture, middle, chest.origin.y + 2, AC_AREA_CHEST);
  assert_area_at (&fixture, middle, chest.origin.y - 2, AC_AREA_SHOULDERS);

  /* Between the thighs, below the hips: nothing. */
  thighs = region_bounds (&fixture, AC_AREA_THIGHS);
  assert_area_at (&fixture, thighs.origin.x + thighs.size.width - 2,
                  thighs.origin.y + thighs.size.height * 0.6, AC_AREA_NONE);

  /* The same head on the back: the line through the front head's middle
   * meets a second head on the right half. */
  head_y = head.origin.y + head.size.height / 2;
  for (double x = WIDE_WIDTH / 2.0; x < WIDE_WIDTH; x += 0.5)
    {
      if (!found_back && area_at (&fixture, x, head_y) == AC_AREA_HEAD)
        {
          found_back = TRUE;
          back_head.origin.x = x;
        }
      else if (found_back && area_at (&fixture, x, head_y) != AC_AREA_HEAD)
        {
          back_head.size.width = x - back_head.origin.x;
          break;
        }
    }
  g_assert_true (found_back);
  g_assert_cmpfloat_with_epsilon (back_head.size.width, head.size.width, 2);
  middle = back_head.origin.x + back_head.size.width / 2;
  assert_area_at (&fixture, middle, head.origin.y + 2, AC_AREA_HEAD);
  assert_area_at (&fixture, middle, head.origin.y - 2, AC_AREA_NONE);
  /* Under the back's head: the neck, which is the back's. */
  assert_area_at (&fixture, middle, head.origin.y + head.size.height + 2, AC_AREA_NECK);
  /* Where the front has its chest, the back has its upper back. */
  assert_area_at (&fixture, middle, chest.origin.y + 4, AC_AREA_UPPER_BACK);

  fixture_tear_down (&fixture);
}

/* The map as it draws itself (its figures, without the background that
 * its style gives it), in pixels. */
typedef struct
{
  guchar *data;
  int     width;
  int     height;
} Picture;

static void
picture_take (Picture *picture,
              Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->map);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  picture->width = gtk_widget_get_width (widget);
  picture->height = gtk_widget_get_height (widget);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width, picture->height));
  picture->data = g_malloc (picture->width * picture->height * 4);
  gdk_texture_download (texture, picture->data, picture->width * 4);
}

typedef enum
{
  PIXEL_BLUE,   /* the accent colour of a picked area */
  PIXEL_RED,    /* the sore colour of a shaded one */
  PIXEL_RING,   /* the focus ring: the accent colour, faded; with no
                 * area picked, nothing else is blue */
} PixelKind;

static gboolean
pixel_is (const Picture *picture,
          int            x,
          int            y,
          PixelKind      kind)
{
  guint32 pixel = *(const guint32 *) (picture->data + (y * picture->width + x) * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  switch (kind)
    {
    case PIXEL_BLUE: return b > r + 80 && b > g + 40 && r < 100;
    case PIXEL_RING: return b > r + 40 && r >= 100;
    case PIXEL_RED:  return r > g + 50 && r > b + 30;
    default:         g_assert_not_reached ();
    }
}

/* How many pixels of @kind the left half (the front) and the right half
 * (the back) show. */
static void
count_pixels (Fixture   *fixture,
              PixelKind  kind,
              guint     *front,
              guint     *back)
{
  Picture picture;

  picture_take (&picture, fixture);
  *front = *back = 0;
  for (int y = 0; y < picture.height; y++)
    for (int x = 0; x < picture.width; x++)
      if (pixel_is (&picture, x, y, kind))
        {
          if (x < picture.width / 2)
            (*front)++;
          else
            (*back)++;
        }
  g_free (picture.data);
}

/* A picked or shaded area lights up where it lies and nowhere else: a
 * front-only area never on the back (Privacy Friendly Pain Diary #49),
 * an area on both figures on both. Counted in the drawn pixels. */
static void
test_drawn_sides (void)
{
  Fixture fixture;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  gtk_window_set_focus (fixture.window, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    for (PixelKind kind = PIXEL_BLUE; kind <= PIXEL_RED; kind++)
      {
        guint front, back;

        ac_body_map_clear_intensity (fixture.map);
        ac_body_map_set_selected (fixture.map, AC_AREA_NONE);
        if (kind == PIXEL_BLUE)
          ac_body_map_set_selected (fixture.map, areas[i]);
        else
          ac_body_map_set_intensity (fixture.map, areas[i], 1.0);

        count_pixels (&fixture, kind, &front, &back);
        g_test_message ("%s, %s: %u pixels on the front, %u on the back", ac_area_get_label (areas[i]),
                        kind == PIXEL_BLUE ? "picked" : "shaded", front, back);
        if ((areas[i] & BACK_ONLY) != 0)
          g_assert_cmpuint (front, ==, 0);
        else
          g_assert_cmpuint (front, >, 50);
        if ((areas[i] & FRONT_ONLY) != 0)
          g_assert_cmpuint (back, ==, 0);
        else
          g_assert_cmpuint (back, >, 50);
      }

  /* Nothing picked, nothing shaded: neither colour anywhere. */
  ac_body_map_clear_intensity (fixture.map);
  ac_body_map_set_selected (fixture.map, AC_AREA_NONE);
  for (PixelKind kind = PIXEL_BLUE; kind <= PIXEL_RED; kind++)
    {
      guint front, back;

      count_pixels (&fixture, kind, &front, &back);
      g_assert_cmpuint (front + back, ==, 0);
    }

  fixture_tear_down (&fixture);
}

static AcArea
focused_area (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_true (AC_IS_BODY_MAP_REGION (focus));
  g_assert_true (gtk_widget_get_parent (focus) == GTK_WIDGET (fixture->map));

  return ac_body_map_region_get_area (AC_BODY_MAP_REGION (focus));
}

/* The figure the focused region lies over: its widget moves with it. */
static gboolean
focus_on_back (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (focus, GTK_WIDGET (fixture->map), &bounds));

  return bounds.origin.x + bounds.size.width / 2 > gtk_widget_get_width (GTK_WIDGET (fixture->map)) / 2.0;
}

/* Presses @key and checks where the focus went. */
static void
press_and_expect (Fixture    *fixture,
                  const char *key,
                  AcArea      expected,
                  gboolean    on_back)
{
  AcArea found;

  g_assert_true (ac_display_test_send_key (fixture->window, key));
  found = focused_area (fixture);
  if (found != expected || focus_on_back (fixture) != on_back)
    g_error ("%s went to %s on the %s, not %s on the %s", key, ac_area_get_label (found),
             focus_on_back (fixture) ? "back" : "front", ac_area_get_label (expected),
             on_back ? "back" : "front");
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* The arrow keys move from region to region as they lie, across the
 * figures too; at an edge they stay; they never pick. */
static void
test_keyboard_moves (void)
{
  Fixture fixture;
  guint notified = 0;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  g_signal_connect_swapped (fixture.map, "notify::selected", G_CALLBACK (count_notify), &notified);

  /* Nothing picked: the map takes the focus on the head. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture.map));
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_HEAD);
  g_assert_false (focus_on_back (&fixture));

  /* Down the front: the front of the neck and the shins are no region. */
  press_and_expect (&fixture, "Up", AC_AREA_HEAD, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_SHOULDERS, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_CHEST, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_ABDOMEN, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_HIPS, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_THIGHS, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_FEET, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_FEET, FALSE);

  /* Out to the side: the arm, the hand below it, and back. */
  press_and_expect (&fixture, "Up", AC_AREA_THIGHS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_HIPS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_ABDOMEN, FALSE);
  press_and_expect (&fixture, "Left", AC_AREA_ARMS, FALSE);
  press_and_expect (&fixture, "Left", AC_AREA_ARMS, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_HANDS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_ARMS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_SHOULDERS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_HEAD, FALSE);

  /* Across to the back's head, and down the back. */
  press_and_expect (&fixture, "Right", AC_AREA_HEAD, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_NECK, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_SHOULDERS, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_UPPER_BACK, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_LOWER_BACK, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_GLUTES, TRUE);
  press_and_expect (&fixture, "Left", AC_AREA_HIPS, TRUE);
  press_and_expect (&fixture, "Right", AC_AREA_GLUTES, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_THIGHS, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_CALVES, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_FEET, TRUE);

  /* And back to the front. */
  press_and_expect (&fixture, "Up", AC_AREA_CALVES, TRUE);
  press_and_expect (&fixture, "Up", AC_AREA_THIGHS, TRUE);
  /* Above the thigh, as seen: the outer side of the pelvis. */
  press_and_expect (&fixture, "Up", AC_AREA_HIPS, TRUE);
  press_and_expect (&fixture, "Right", AC_AREA_GLUTES, TRUE);
  press_and_expect (&fixture, "Up", AC_AREA_LOWER_BACK, TRUE);
  press_and_expect (&fixture, "Left", AC_AREA_ARMS, TRUE);
  press_and_expect (&fixture, "Left", AC_AREA_ARMS, FALSE);

  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_NONE);

  fixture_tear_down (&fixture);
}

/* Space and Enter toggle the focused area, one notification each; an area
 * on both figures is one area, from either. */
static void
test_keyboard_toggles (void)
{
  Fixture fixture;
  guint notified = 0;

  /* Picked before it is shown: the window's first focus comes in on the
   * first area picked. */
  fixture.map = g_object_ref_sink (ac_body_map_new ());
  ac_body_map_set_selected (fixture.map, AC_AREA_CHEST | AC_AREA_FEET);
  fixture.window = ac_display_test_window_new (GTK_WIDGET (fixture.map), WIDE_WIDTH, WIDE_HEIGHT);
  ac_body_map_set_selected (fixture.map, AC_AREA_CHEST);
  g_signal_connect_swapped (fixture.map, "notify::selected", G_CALLBACK (count_notify), &notified);

  gtk_widget_grab_focus (GTK_WIDGET (fixture.map));
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_CHEST);

  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_NONE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (ac_display_test_send_key (fixture.window, "Return"));
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_CHEST);
  g_assert_cmpuint (notified, ==, 2);

  /* The head, from the back: the same area as the front's. */
  press_and_expect (&fixture, "Up", AC_AREA_SHOULDERS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_HEAD, FALSE);
  press_and_expect (&fixture, "Right", AC_AREA_HEAD, TRUE);
  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_CHEST | AC_AREA_HEAD);
  press_and_expect (&fixture, "Left", AC_AREA_HEAD, FALSE);
  g_assert_true (ac_display_test_send_key (fixture.window, "KP_Space"));
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_CHEST);
  g_assert_cmpuint (notified, ==, 4);

  /* Set from code: one notification; the same value again: none. */
  ac_body_map_set_selected (fixture.map, AC_AREA_FEET | AC_AREA_HANDS);
  ac_body_map_set_selected (fixture.map, AC_AREA_FEET | AC_AREA_HANDS);
  g_assert_cmpuint (notified, ==, 5);

  fixture_tear_down (&fixture);
}

/* The map is one Tab stop: Tab comes in on a region and goes on out;
 * Shift+Tab comes back to the region last focused. */
static void
test_tab (void)
{
  Fixture fixture;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *before = gtk_button_new_with_label ("Before");
  GtkWidget *after = gtk_button_new_with_label ("After");

  fixture.map = g_object_ref_sink (ac_body_map_new ());
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture.map));
  gtk_box_append (GTK_BOX (box), after);
  fixture.window = ac_display_test_window_new (box, WIDE_WIDTH, WIDE_HEIGHT + 100);

  gtk_widget_grab_focus (before);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_FORWARD));
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_HEAD);
  press_and_expect (&fixture, "Down", AC_AREA_SHOULDERS, FALSE);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture.window)) == after);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_BACKWARD));
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_SHOULDERS);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture.window)) == before);

  fixture_tear_down (&fixture);
}

/* How much of @bounds the hit test gives to @area. */
static double
share_of_box (Fixture               *fixture,
              const graphene_rect_t *bounds,
              AcArea                 area)
{
  guint inside = 0, all = 0;

  for (double y = bounds->origin.y + 0.5; y < bounds->origin.y + bounds->size.height; y += 1)
    for (double x = bounds->origin.x + 0.5; x < bounds->origin.x + bounds->size.width; x += 1)
      {
        inside += area_at (fixture, x, y) == area;
        all++;
      }

  return all > 0 ? (double) inside / all : 0;
}

static void
assert_checked (GtkWidget *widget,
                gboolean   checked)
{
  gtk_test_accessible_assert_state (widget, GTK_ACCESSIBLE_STATE_CHECKED,
                                    checked ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE);
}

/* Each of the 14 areas is a check box named after it, checked when
 * picked, described as to avoid when hatched; the map is a group. */
static void
test_accessible (void)
{
  Fixture fixture;
  AcArea picked = AC_AREA_SHOULDERS | AC_AREA_FEET | AC_AREA_LOWER_BACK;
  guint n_regions = 0;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (fixture.map), GTK_ACCESSIBLE_ROLE_GROUP));
  ac_display_test_assert_label_contains (GTK_WIDGET (fixture.map), "Body areas");

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture.map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_regions += AC_IS_BODY_MAP_REGION (child);
  g_assert_cmpuint (n_regions, ==, G_N_ELEMENTS (areas));

  ac_body_map_set_selected (fixture.map, picked);
  ac_body_map_set_hatched (fixture.map, AC_AREA_SHOULDERS | AC_AREA_ABDOMEN);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *widget = region (&fixture, areas[i]);
      graphene_rect_t bounds = region_bounds (&fixture, areas[i]);
      gboolean hatched = (areas[i] & (AC_AREA_SHOULDERS | AC_AREA_ABDOMEN)) != 0;

      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_CHECKBOX));
      g_assert_true (gtk_widget_get_focusable (widget));
      assert_checked (widget, (picked & areas[i]) != 0);
      g_assert_cmpint (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION), ==, hatched);
      if (hatched)
        gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "To avoid");

      /* It lies over its area, so that a magnifier follows the focus:
       * much of its box is the area. */
      g_assert_cmpfloat (share_of_box (&fixture, &bounds, areas[i]), >, 0.2);
      g_assert_cmpfloat (bounds.size.width, >, 4);
    }

  /* Toggled from the keyboard, the state follows. */
  gtk_widget_grab_focus (region (&fixture, AC_AREA_CHEST));
  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  assert_checked (region (&fixture, AC_AREA_CHEST), TRUE);
  ac_body_map_set_selected (fixture.map, AC_AREA_NONE);
  assert_checked (region (&fixture, AC_AREA_CHEST), FALSE);
  assert_checked (region (&fixture, AC_AREA_FEET), FALSE);

  g_assert_cmpuint (ac_display_test_assert_labelled (GTK_WIDGET (fixture.map)), >=, G_N_ELEMENTS (areas));

  fixture_tear_down (&fixture);
}

/* Hatching and shading change what is drawn, never what is picked. */
static void
test_hatched_and_intensity (void)
{
  Fixture fixture;
  guint selected_notified = 0, hatched_notified = 0;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  ac_body_map_set_selected (fixture.map, AC_AREA_NECK);
  g_signal_connect_swapped (fixture.map, "notify::selected", G_CALLBACK (count_notify), &selected_notified);
  g_signal_connect_swapped (fixture.map, "notify::hatched", G_CALLBACK (count_notify), &hatched_notified);

  ac_body_map_set_hatched (fixture.map, AC_AREA_NECK | AC_AREA_CHEST);
  ac_body_map_set_hatched (fixture.map, AC_AREA_NECK | AC_AREA_CHEST);
  g_assert_cmphex (ac_body_map_get_hatched (fixture.map), ==, AC_AREA_NECK | AC_AREA_CHEST);
  g_assert_cmpuint (hatched_notified, ==, 1);

  ac_body_map_set_intensity (fixture.map, AC_AREA_CHEST, 1.0);
  ac_body_map_set_intensity (fixture.map, AC_AREA_NECK, 0.0);
  ac_body_map_set_intensity (fixture.map, AC_AREA_FEET, 0.5);
  ac_body_map_clear_intensity (fixture.map);
  ac_body_map_set_hatched (fixture.map, AC_AREA_NONE);

  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_NECK);
  g_assert_cmpuint (selected_notified, ==, 0);
  g_assert_cmpuint (hatched_notified, ==, 2);
  assert_checked (region (&fixture, AC_AREA_NECK), TRUE);
  assert_checked (region (&fixture, AC_AREA_CHEST), FALSE);

  fixture_tear_down (&fixture);
}

static void
record_area (AcArea  *activated,
             AcArea   area)
{
  *activated |= area;
}

/* A map that only shows: its regions are buttons; Space activates the
 * area and picks nothing. */
static void
test_not_editable (void)
{
  Fixture fixture;
  AcArea activated = AC_AREA_NONE;
  guint selected_notified = 0;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  g_assert_true (ac_body_map_get_editable (fixture.map));
  ac_body_map_set_selected (fixture.map, AC_AREA_HIPS);
  ac_body_map_set_editable (fixture.map, FALSE);
  g_assert_false (ac_body_map_get_editable (fixture.map));
  g_signal_connect_swapped (fixture.map, "area-activated", G_CALLBACK (record_area), &activated);
  g_signal_connect_swapped (fixture.map, "notify::selected", G_CALLBACK (count_notify), &selected_notified);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (region (&fixture, areas[i])),
                                                 GTK_ACCESSIBLE_ROLE_BUTTON));

  /* Focus given to a region (as a screen reader can): the keys go on
   * from there. */
  gtk_widget_grab_focus (region (&fixture, AC_AREA_HIPS));
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_HIPS);
  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  g_assert_cmphex (activated, ==, AC_AREA_HIPS);
  press_and_expect (&fixture, "Down", AC_AREA_THIGHS, FALSE);
  g_assert_true (ac_display_test_send_key (fixture.window, "Return"));
  g_assert_cmphex (activated, ==, AC_AREA_HIPS | AC_AREA_THIGHS);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_HIPS);
  g_assert_cmpuint (selected_notified, ==, 0);

  /* Editable again: check boxes, and the focus stays where it was. */
  ac_body_map_set_editable (fixture.map, TRUE);
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_THIGHS);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (region (&fixture, AC_AREA_THIGHS)),
                                               GTK_ACCESSIBLE_ROLE_CHECKBOX));
  assert_checked (region (&fixture, AC_AREA_HIPS), TRUE);
  g_assert_true (ac_display_test_send_key (fixture.window, "space"));
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_HIPS | AC_AREA_THIGHS);
  g_assert_cmphex (activated, ==, AC_AREA_HIPS | AC_AREA_THIGHS);

  fixture_tear_down (&fixture);
}

static GtkGesture *
click_gesture (Fixture *fixture)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->map));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }

  g_error ("the map has no click gesture");
}

/* A press at @x, @y and a release at @x2, @y2, as the map's click gesture
 * reports them: GTK 4 makes no pointer events for a test. */
static void
press_release (Fixture *fixture,
               double   x,
               double   y,
               double   x2,
               double   y2)
{
  GtkGesture *gesture = click_gesture (fixture);

  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x2, y2);
  ac_display_test_settle ();
}

static void
click (Fixture *fixture,
       double   x,
       double   y)
{
  press_release (fixture, x, y, x, y);
}

/* The middle of @area's region on the back: the front's middle moved by
 * the distance between the heads. */
static graphene_point_t
middle_on_back (Fixture *fixture,
                AcArea   front_area)
{
  graphene_rect_t head = region_bounds (fixture, AC_AREA_HEAD);
  graphene_rect_t bounds = region_bounds (fixture, front_area);
  double head_y = head.origin.y + head.size.height / 2;
  double shift = 0;

  for (double x = gtk_widget_get_width (GTK_WIDGET (fixture->map)) / 2.0; shift == 0; x += 0.5)
    if (area_at (fixture, x, head_y) == AC_AREA_HEAD)
      shift = x - head.origin.x;

  return GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width / 2 + shift,
                              bounds.origin.y + bounds.size.height / 2);
}

/* A click toggles the area under it, on either figure, and takes the
 * focus there; a press that ends on another area, or a click beside the
 * figures or on a part that is no area, does nothing. */
static void
test_click (void)
{
  Fixture fixture;
  graphene_rect_t chest, abdomen, feet;
  graphene_point_t back_head;
  guint notified = 0;
  double shin_x, shin_y;

  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  g_signal_connect_swapped (fixture.map, "notify::selected", G_CALLBACK (count_notify), &notified);
  chest = region_bounds (&fixture, AC_AREA_CHEST);
  abdomen = region_bounds (&fixture, AC_AREA_ABDOMEN);

  click (&fixture, chest.origin.x + chest.size.width / 2, chest.origin.y + chest.size.height / 2);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_CHEST);
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_CHEST);

  back_head = middle_on_back (&fixture, AC_AREA_HEAD);
  g_assert_cmphex (area_at (&fixture, back_head.x, back_head.y), ==, AC_AREA_HEAD);
  click (&fixture, back_head.x, back_head.y);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_CHEST | AC_AREA_HEAD);
  g_assert_cmphex (focused_area (&fixture), ==, AC_AREA_HEAD);
  g_assert_true (focus_on_back (&fixture));

  click (&fixture, chest.origin.x + chest.size.width / 2, chest.origin.y + chest.size.height / 2);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_HEAD);
  g_assert_cmpuint (notified, ==, 3);

  /* Pressed on the chest, let go on the abdomen: a drag, not a click. */
  press_release (&fixture, chest.origin.x + chest.size.width / 2, chest.origin.y + chest.size.height / 2,
                 abdomen.origin.x + abdomen.size.width / 2, abdomen.origin.y + abdomen.size.height / 2);
  /* Beside the figures, and on the front's shin, just above the foot. */
  click (&fixture, 2, 2);
  feet = region_bounds (&fixture, AC_AREA_FEET);
  shin_x = feet.origin.x + feet.size.width / 2;
  shin_y = feet.origin.y - 8;
  g_assert_cmphex (area_at (&fixture, shin_x, shin_y), ==, AC_AREA_NONE);
  g_assert_cmphex (area_at (&fixture, shin_x, shin_y - 20), ==, AC_AREA_NONE);
  click (&fixture, shin_x, shin_y);
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_HEAD);
  g_assert_cmpuint (notified, ==, 3);

  /* Not editable: a click tells, and picks nothing. */
  ac_body_map_set_editable (fixture.map, FALSE);
  {
    AcArea activated = AC_AREA_NONE;

    g_signal_connect_swapped (fixture.map, "area-activated", G_CALLBACK (record_area), &activated);
    click (&fixture, back_head.x, back_head.y);
    g_assert_cmphex (activated, ==, AC_AREA_HEAD);
    click (&fixture, 2, 2);
    g_assert_cmphex (activated, ==, AC_AREA_HEAD);
  }
  g_assert_cmphex (ac_body_map_get_selected (fixture.map), ==, AC_AREA_HEAD);
  g_assert_cmpuint (notified, ==, 3);

  fixture_tear_down (&fixture);
}

/* The focused region shows a ring, on its own figure, once the focus is
 * to be seen (after a key, not a click). Counted in the drawn pixels. */
static void
test_focus_ring (void)
{
  Fixture fixture;
  guint front, back;

  /* Nothing picked: the ring is the only blue. */
  fixture_set_up (&fixture, WIDE_WIDTH, WIDE_HEIGHT);
  gtk_widget_grab_focus (region (&fixture, AC_AREA_CHEST));

  gtk_window_set_focus_visible (fixture.window, FALSE);
  count_pixels (&fixture, PIXEL_RING, &front, &back);
  g_assert_cmpuint (front + back, ==, 0);

  gtk_window_set_focus_visible (fixture.window, TRUE);
  count_pixels (&fixture, PIXEL_RING, &front, &back);
  g_test_message ("ring round the chest: %u pixels on the front, %u on the back", front, back);
  g_assert_cmpuint (front, >, 150);
  g_assert_cmpuint (back, ==, 0);

  /* Over to the back's shoulders: the ring goes with the focus. */
  press_and_expect (&fixture, "Up", AC_AREA_SHOULDERS, FALSE);
  press_and_expect (&fixture, "Up", AC_AREA_HEAD, FALSE);
  press_and_expect (&fixture, "Right", AC_AREA_HEAD, TRUE);
  press_and_expect (&fixture, "Down", AC_AREA_NECK, TRUE);
  gtk_window_set_focus_visible (fixture.window, TRUE);
  count_pixels (&fixture, PIXEL_RING, &front, &back);
  g_assert_cmpuint (front, ==, 0);
  g_assert_cmpuint (back, >, 50);

  gtk_window_set_focus (fixture.window, NULL);
  count_pixels (&fixture, PIXEL_RING, &front, &back);
  g_assert_cmpuint (front + back, ==, 0);

  fixture_tear_down (&fixture);
}

/* Right to left, the front stands on the right; the arrow keys still go
 * the way they point. */
static void
test_right_to_left (void)
{
  Fixture fixture;
  AcArea left, right;

  fixture.map = g_object_ref_sink (ac_body_map_new ());
  gtk_widget_set_direction (GTK_WIDGET (fixture.map), GTK_TEXT_DIR_RTL);
  fixture.window = ac_display_test_window_new (GTK_WIDGET (fixture.map), WIDE_WIDTH, WIDE_HEIGHT);

  scan_halves (&fixture, &left, &right);
  g_assert_cmphex (left, ==, ALL_AREAS & ~FRONT_ONLY);
  g_assert_cmphex (right, ==, ALL_AREAS & ~BACK_ONLY);

  gtk_widget_grab_focus (region (&fixture, AC_AREA_HEAD));
  g_assert_true (focus_on_back (&fixture));   /* the right half: the front */
  press_and_expect (&fixture, "Left", AC_AREA_HEAD, FALSE);
  press_and_expect (&fixture, "Down", AC_AREA_NECK, FALSE);

  fixture_tear_down (&fixture);
}

/* Side by side down to about 220 px; narrower, the back stands under the
 * front. The height asked for follows the width. */
static void
test_layout (void)
{
  g_autoptr(AcBodyMap) map = g_object_ref_sink (ac_body_map_new ());
  int minimum, natural, narrow_height, wide_height, stacked_height;
  Fixture fixture;
  graphene_rect_t head, feet;
  AcArea front, back;

  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 200);
  g_assert_cmpint (natural, >=, 320);
  g_assert_cmpint (natural, <=, 400);
  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_VERTICAL, 320, NULL, &narrow_height, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_VERTICAL, 600, NULL, &wide_height, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_VERTICAL, 200, NULL, &stacked_height, NULL, NULL);
  g_assert_cmpint (narrow_height, >, 300);
  g_assert_cmpint (wide_height, >, narrow_height);
  g_assert_cmpint (stacked_height, >, wide_height);

  /* 320 px: side by side. */
  fixture_set_up (&fixture, 320, narrow_height);
  scan_halves (&fixture, &front, &back);
  g_assert_cmphex (front, ==, ALL_AREAS & ~BACK_ONLY);
  g_assert_cmphex (back, ==, ALL_AREAS & ~FRONT_ONLY);
  fixture_tear_down (&fixture);

  /* 200 px: the back's head under the front's feet. */
  fixture_set_up (&fixture, 200, stacked_height);
  head = region_bounds (&fixture, AC_AREA_HEAD);
  feet = region_bounds (&fixture, AC_AREA_FEET);
  g_assert_cmpfloat (feet.origin.y, >, head.origin.y);
  for (double y = feet.origin.y + feet.size.height; y < stacked_height; y += 1)
    if (area_at (&fixture, head.origin.x + head.size.width / 2, y) == AC_AREA_HEAD)
      {
        g_test_message ("the back's head at %.0f px", y);
        fixture_tear_down (&fixture);
        return;
      }
  g_error ("no head under the front's feet");
}

static void
test_preconditions (void)
{
  g_autoptr(AcBodyMap) map = g_object_ref_sink (ac_body_map_new ());

  g_test_expect_message ("ac-body-map", G_LOG_LEVEL_CRITICAL, "*is_one_area*");
  ac_body_map_set_intensity (map, AC_AREA_HEAD | AC_AREA_NECK, 0.5);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ac-body-map", G_LOG_LEVEL_CRITICAL, "*value <= 1*");
  ac_body_map_set_intensity (map, AC_AREA_HEAD, 1.01);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ac-body-map", G_LOG_LEVEL_CRITICAL, "*value >= 0*");
  ac_body_map_set_intensity (map, AC_AREA_HEAD, -0.01);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ac-body-map", G_LOG_LEVEL_CRITICAL, "*ALL_AREAS*");
  ac_body_map_set_selected (map, 1u << 14);
  g_test_assert_expected_messages ();
  g_assert_cmphex (ac_body_map_get_selected (map), ==, AC_AREA_NONE);

  /* At the ends of the range: taken. */
  ac_body_map_set_intensity (map, AC_AREA_HEAD, 0.0);
  ac_body_map_set_intensity (map, AC_AREA_HEAD, 1.0);
  ac_body_map_set_selected (map, ALL_AREAS);
  g_assert_cmphex (ac_body_map_get_selected (map), ==, ALL_AREAS);
}

/* Pictures to look at: an editor's map (areas picked, areas to avoid
 * hatched, the focus on one) and a map of where soreness sits, wide and
 * narrow, light and dark. They assert nothing of how it looks. */
static void
render (int         width,
        int         height,
        gboolean    dark,
        const char *name)
{
  Fixture fixture;
  g_autofree char *editor_name = g_strdup_printf ("body-map-%s-%s", name, dark ? "dark" : "light");
  g_autofree char *sore_name = g_strdup_printf ("body-map-sore-%s-%s", name, dark ? "dark" : "light");

  ac_display_test_set_dark (dark);
  fixture_set_up (&fixture, width, height);

  ac_body_map_set_selected (fixture.map, AC_AREA_SHOULDERS | AC_AREA_UPPER_BACK | AC_AREA_CALVES | AC_AREA_HANDS);
  ac_body_map_set_hatched (fixture.map, AC_AREA_LOWER_BACK | AC_AREA_SHOULDERS | AC_AREA_ABDOMEN);
  gtk_widget_grab_focus (GTK_WIDGET (fixture.map));
  ac_display_test_send_key (fixture.window, "Down");
  ac_display_test_send_key (fixture.window, "Down");
  /* As after a key press: GTK shows the focus ring. */
  gtk_window_set_focus_visible (fixture.window, TRUE);
  ac_display_test_render_png (GTK_WIDGET (fixture.map), editor_name);

  ac_body_map_set_editable (fixture.map, FALSE);
  ac_body_map_set_hatched (fixture.map, AC_AREA_NONE);
  ac_body_map_set_selected (fixture.map, AC_AREA_LOWER_BACK);
  ac_body_map_set_intensity (fixture.map, AC_AREA_LOWER_BACK, 1.0);
  ac_body_map_set_intensity (fixture.map, AC_AREA_NECK, 0.7);
  ac_body_map_set_intensity (fixture.map, AC_AREA_SHOULDERS, 0.5);
  ac_body_map_set_intensity (fixture.map, AC_AREA_THIGHS, 0.25);
  ac_body_map_set_intensity (fixture.map, AC_AREA_CALVES, 0.1);
  gtk_window_set_focus (fixture.window, NULL);
  ac_display_test_render_png (GTK_WIDGET (fixture.map), sore_name);

  fixture_tear_down (&fixture);
}

static void
test_render (void)
{
  render (600, 520, FALSE, "wide");
  render (600, 520, TRUE, "wide");
  render (320, 420, FALSE, "narrow");
  render (320, 420, TRUE, "narrow");
  ac_display_test_set_dark (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  /* Links the app's resources in from the static library: nothing else
   * refers to them. */
  g_assert_nonnull (ac_get_resource ());
  ac_display_test_init (&argc, &argv);

  g_test_add_func ("/body-map/hit-sides", test_hit_sides);
  g_test_add_func ("/body-map/hit-edges", test_hit_edges);
  g_test_add_func ("/body-map/drawn-sides", test_drawn_sides);
  g_test_add_func ("/body-map/keyboard-moves", test_keyboard_moves);
  g_test_add_func ("/body-map/keyboard-toggles", test_keyboard_toggles);
  g_test_add_func ("/body-map/tab", test_tab);
  g_test_add_func ("/body-map/accessible", test_accessible);
  g_test_add_func ("/body-map/hatched-and-intensity", test_hatched_and_intensity);
  g_test_add_func ("/body-map/not-editable", test_not_editable);
  g_test_add_func ("/body-map/click", test_click);
  g_test_add_func ("/body-map/focus-ring", test_focus_ring);
  g_test_add_func ("/body-map/right-to-left", test_right_to_left);
  g_test_add_func ("/body-map/layout", test_layout);
  g_test_add_func ("/body-map/preconditions", test_preconditions);
  g_test_add_func ("/body-map/render", test_render);

  return g_test_run ();
}
