/* test-narrow.c — Aftercare on a phone-sized screen, 360 px wide, light
 * and dark: the day a person taps comes before the folded legend, the
 * editors fit the screen, the disclaimer is one short line; each screen
 * rendered to look at
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-narrow"

#include "config.h"

#include "ac-checkin-editor.h"
#include "ac-day-details.h"
#include "ac-display-test.h"
#include "ac-export-dialog.h"
#include "ac-sample-journal.h"
#include "ac-session-editor.h"
#include "ac-window-private.h"

#define NARROW_WIDTH  360
#define NARROW_HEIGHT 720

typedef struct
{
  AcContext *context;
  AcWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AcJournal) journal = ac_sample_journal_new ();

  ac_display_test_set_dark (GPOINTER_TO_INT (data));
  f->window = ac_display_test_open_window (journal, NARROW_WIDTH, NARROW_HEIGHT, &f->context);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ac_display_test_close_window (f->window, f->context);
  ac_display_test_set_dark (FALSE);
}

static char *
picture_name (const char    *what,
              gconstpointer  data)
{
  return g_strdup_printf ("narrow-%s-%s", what, GPOINTER_TO_INT (data) ? "dark" : "light");
}

/* Nothing in the window asks for more than a phone's width. */
static void
assert_fits (Fixture *f)
{
  int minimum;

  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, NARROW_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, NARROW_WIDTH);
}

static gboolean
is_expander (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_EXPANDER (widget);
}

static gboolean
is_details (GtkWidget     *widget,
            gconstpointer  data)
{
  return AC_IS_DAY_DETAILS (widget);
}

/* The selected day's details start on the first screen, before the
 * folded legend. */
static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDate) deep = g_date_new_dmy (20, 11, 2026);
  g_autofree char *name = picture_name ("calendar", data);
  GtkWidget *details, *legend;
  graphene_rect_t details_bounds, legend_bounds;

  ac_calendar_view_select_date (f->window->calendar_view, deep);
  ac_display_test_settle ();
  details = ac_display_test_find_widget (GTK_WIDGET (f->window), is_details, NULL);
  legend = ac_display_test_find_widget (GTK_WIDGET (f->window), is_expander, NULL);
  g_assert_nonnull (details);
  g_assert_nonnull (legend);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (legend)));
  g_assert_true (gtk_widget_compute_bounds (details, GTK_WIDGET (f->window), &details_bounds));
  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (f->window), &legend_bounds));
  g_assert_cmpfloat (details_bounds.origin.y, <, legend_bounds.origin.y);
  g_assert_cmpfloat (details_bounds.origin.y, <, NARROW_HEIGHT);
  assert_fits (f);
  ac_display_test_render_png (GTK_WIDGET (f->window), name);
}

static void
test_advice (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *name = picture_name ("advice", data);

  ac_window_show_view (f->window, "advice");
  ac_display_test_settle ();
  assert_fits (f);
  ac_display_test_render_png (GTK_WIDGET (f->window), name);
}

/* Each editor opens as wide as the window, not 480 px. */
static void
test_editors (Fixture       *f,
              gconstpointer  data)
{
  const struct {
    const char *action;
    GType       type;
    const char *what;
  } editors[] = {
    { "win.new-session", AC_TYPE_SESSION_EDITOR, "session-editor" },
    { "win.check-in", AC_TYPE_CHECKIN_EDITOR, "checkin-editor" },
    { "win.export", AC_TYPE_EXPORT_DIALOG, "export" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      g_autofree char *name = picture_name (editors[i].what, data);
      GtkWindow *editor;

      if (editors[i].type == AC_TYPE_EXPORT_DIALOG)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), editors[i].action, NULL));
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), editors[i].action, "s", "2026-11-20"));
      ac_display_test_settle ();
      editor = ac_display_test_find_toplevel (editors[i].type);
      g_assert_nonnull (editor);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (editor)), <=, NARROW_WIDTH);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editor)), <=, NARROW_HEIGHT);
      ac_display_test_render_png (GTK_WIDGET (editor), name);
      gtk_window_destroy (editor);
      ac_display_test_settle ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *scratch = ac_display_test_isolate_xdg ();
  int status;

  ac_display_test_init (&argc, &argv);

  for (int dark = 0; dark <= 1; dark++)
    {
#define ADD(name, func) \
  { \
    g_autofree char *path = g_strdup_printf ("/narrow/%s/" name, dark ? "dark" : "light"); \
    g_test_add (path, Fixture, GINT_TO_POINTER (dark), fixture_set_up, func, fixture_tear_down); \
  }
      ADD ("calendar", test_calendar);
      ADD ("advice", test_advice);
      ADD ("editors", test_editors);
#undef ADD
    }

  status = g_test_run ();
  ac_display_test_remove_tree (scratch);

  return status;
}
