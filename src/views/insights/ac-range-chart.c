/* ac-range-chart.c — the sides of one comparison as ranges on one scale
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-range-chart"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-chart-common-private.h"
#include "ac-range-chart.h"

/* One row per side, in the comparison's order: the side's name and count
 * above a bar. The bar is the side's middle half (25th to 75th
 * percentile) as a pill on a track across the scale, its median a dot,
 * and the median's value beside it; all rows share the scale, whose ticks
 * are under the last row. The two sides the finding names are drawn in
 * the accent colour, a side with too few sessions to take part hollow.
 *
 * A person reads at a glance whether the pills overlap, which is what the
 * verdict rests on. A screen reader reads the same numbers in words: the
 * chart is an image whose name is the comparison's title and whose
 * description is every side's count, middle and range. */

#define PILL_HEIGHT   8
#define DOT_RADIUS    5.5
#define BAR_HEIGHT    16   /* the row of a bar, its dot included */
#define NAME_GAP      3    /* between a side's name and its bar */
#define SIDE_GAP      10
#define VALUE_GAP     8
#define COUNT_GAP     12
#define AXIS_GAP      3
#define INSET         8    /* the scale's ends from the widget's */

typedef struct
{
  PangoLayout *name;
  PangoLayout *count;
  gboolean     stacked;   /* the count under the name, not beside it */
  double       name_y;
  double       count_x;
  double       count_y;
  double       bar_y;     /* the centre of the bar */
} SideLayout;

struct _AcRangeChart
{
  GtkWidget          parent_instance;

  AcComparison      *comparison;
  char              *summary;
  double             scale_low;
  double             scale_high;
  int                first;      /* the pair the finding names, or -1 */
  int                second;

  gboolean           colors_valid;
  AcChartColors      colors;
  AcChartTextCache  *texts;      /* values and ticks: one line each */
};

G_DEFINE_FINAL_TYPE (AcRangeChart, ac_range_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_change (AcInsightMeasure measure)
{
  return measure == AC_INSIGHT_MEASURE_STRESS_CHANGE || measure == AC_INSIGHT_MEASURE_SLEEP_CHANGE;
}

/* "deep sessions" → "Deep sessions": a label at the start of a line. */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char upper[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), upper);
  return g_strconcat (upper, g_utf8_next_char (text), NULL);
}

static gboolean
side_takes_part (const AcComparisonSide *side)
{
  return side->count >= AC_INSIGHT_MIN_SESSIONS;
}

static char *
describe_count (const AcComparisonSide *side)
{
  if (side_takes_part (side))
    return g_strdup_printf (ngettext ("%u session", "%u sessions", side->count), side->count);

  /* Translators: a side of a comparison with fewer sessions than it
   * takes to compare */
  return g_strdup_printf (ngettext ("%u session, too few to compare", "%u sessions, too few to compare",
                                    side->count),
                          side->count);
}

/* Every side in words: the chart's accessible description. */
static char *
describe (AcRangeChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  AcInsightMeasure measure;

  if (self->comparison == NULL)
    return g_strdup ("");

  measure = ac_comparison_get_measure (self->comparison);
  for (guint i = 0; i < ac_comparison_get_n_sides (self->comparison); i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (self->comparison, i);
      g_autofree char *name = capitalize (side->description);
      g_autofree char *middle = ac_insight_measure_format_value (measure, side->middle);
      g_autofree char *low = ac_insight_measure_format_value (measure, side->low);
      g_autofree char *high = ac_insight_measure_format_value (measure, side->high);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: a side of a comparison in the chart's description
       * for screen readers: "Deep sessions: 4 sessions, middle 5, range 4
       * to 6." The range is the middle half of the sessions. */
      g_string_append_printf (text, ngettext ("%s: %u session, middle %s, range %s to %s.",
                                              "%s: %u sessions, middle %s, range %s to %s.",
                                              side->count),
                              name, side->count, middle, low, high);
      if (!side_takes_part (side))
        {
          g_string_append_c (text, ' ');
          g_string_append (text, _("Too few to compare."));
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (AcRangeChart *self)
{
  guint first, second;

  self->first = self->second = -1;
  if (self->comparison != NULL)
    {
      ac_comparison_get_scale (self->comparison, &self->scale_low, &self->scale_high);
      if (ac_comparison_get_pair (self->comparison, &first, &second))
        {
          self->first = (int) first;
          self->second = (int) second;
        }
    }

  g_free (self->summary);
  self->summary = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->comparison != NULL ? ac_comparison_get_title (self->comparison) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static double
x_of (AcRangeChart *self,
      double        width,
      double        value)
{
  double span = self->scale_high - self->scale_low;

  return INSET + (CLAMP (value, self->scale_low, self->scale_high) - self->scale_low) / span *
                 MAX (1, width - 2 * INSET);
}

static PangoLayout *
wrapped_layout (GtkWidget  *widget,
                const char *text,
                int         width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_set_width (layout, MAX (1, width) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
side_layout_clear (SideLayout *side)
{
  g_clear_object (&side->name);
  g_clear_object (&side->count);
}

/* Where each side's text and bar go at @width, and the height of it all
 * with the ticks. The count goes beside the name while it takes at most
 * two fifths of the width, under it after that. */
static GArray *
lay_out (AcRangeChart *self,
         int           width,
         int          *height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->comparison != NULL ? ac_comparison_get_n_sides (self->comparison) : 0;
  GArray *sides = g_array_sized_new (FALSE, TRUE, sizeof (SideLayout), n);
  int tick_height;
  double y = 0;

  g_array_set_clear_func (sides, (GDestroyNotify) side_layout_clear);
  for (guint i = 0; i < n; i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (self->comparison, i);
      g_autofree char *name = capitalize (side->description);
      g_autofree char *count = describe_count (side);
      SideLayout layout = { 0 };
      int name_width, name_height, count_width, count_height;

      layout.count = gtk_widget_create_pango_layout (widget, count);
      pango_layout_get_pixel_size (layout.count, &count_width, &count_height);
      layout.stacked = count_width + COUNT_GAP > width * 2 / 5;
      layout.name = wrapped_layout (widget, name, layout.stacked ? width : width - count_width - COUNT_GAP);
      pango_layout_get_pixel_size (layout.name, &name_width, &name_height);

      layout.name_y = y;
      if (layout.stacked)
        {
          pango_layout_set_width (layout.count, MAX (1, width) * PANGO_SCALE);
          pango_layout_set_wrap (layout.count, PANGO_WRAP_WORD_CHAR);
          pango_layout_get_pixel_size (layout.count, &count_width, &count_height);
          layout.count_x = 0;
          layout.count_y = y + name_height;
          y += name_height + count_height;
        }
      else
        {
          layout.count_x = width - count_width;
          layout.count_y = y;
          y += MAX (name_height, count_height);
        }
      layout.bar_y = y + NAME_GAP + BAR_HEIGHT / 2.0;
      y += NAME_GAP + BAR_HEIGHT + SIDE_GAP;
      g_array_append_val (sides, layout);
    }

  _ac_chart_text_cache_get (self->texts, widget, "0", NULL, &tick_height);
  *height = (int) ceil (y - (n > 0 ? SIDE_GAP : 0) + AXIS_GAP + tick_height);

  return sides;
}

static void
ensure_colors (AcRangeChart *self)
{
  if (!self->colors_valid)
    {
      _ac_chart_colors_lookup (&self->colors, GTK_WIDGET (self));
      self->colors_valid = TRUE;
    }
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA faded = *color;

  faded.alpha *= alpha;
  return faded;
}

static void
draw_pill (cairo_t       *cr,
           double         left,
           double         right,
           double         y,
           const GdkRGBA *color)
{
  double radius = PILL_HEIGHT / 2.0;

  /* A range of one value is as wide as it is high. */
  if (right - left < PILL_HEIGHT)
    {
      double centre = (left + right) / 2;

      left = centre - radius;
      right = centre + radius;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, left + radius, y, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, right - radius, y, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  _ac_chart_set_source (cr, color);
  cairo_fill (cr);
}

static void
draw_bars (AcRangeChart *self,
           cairo_t      *cr,
           GArray       *layouts,
           int           width)
{
  const AcChartColors *colors = &self->colors;

  for (guint i = 0; i < layouts->len; i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (self->comparison, i);
      const SideLayout *layout = &g_array_index (layouts, SideLayout, i);
      gboolean named = (int) i == self->first || (int) i == self->second;
      double y = layout->bar_y;
      double x = x_of (self, width, side->middle);
      GdkRGBA track = with_alpha (&colors->fg, 0.08);
      GdkRGBA pill, dot;

      if (!side_takes_part (side))
        {
          pill = with_alpha (&colors->fg, 0.12);
          dot = with_alpha (&colors->fg, 0.55);
        }
      else if (named)
        {
          pill = with_alpha (&colors->cursor, 0.4);
          dot = colors->cursor;
        }
      else
        {
          pill = with_alpha (&colors->fg, 0.22);
          dot = with_alpha (&colors->fg, 0.7);
        }

      draw_pill (cr, x_of (self, width, self->scale_low) - 2, x_of (self, width, self->scale_high) + 2,
                 y, &track);
      draw_pill (cr, x_of (self, width, side->low), x_of (self, width, side->high), y, &pill);

      /* The middle: a dot ringed with the surface, hollow when the side
       * has too few sessions to count. */
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, DOT_RADIUS + 1.5, 0, 2 * G_PI);
      _ac_chart_set_source (cr, &colors->surface);
      cairo_fill (cr);
      cairo_new_sub_path (cr);
      if (side_takes_part (side))
        {
          cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
          _ac_chart_set_source (cr, &dot);
          cairo_fill (cr);
        }
      else
        {
          cairo_arc (cr, x, y, DOT_RADIUS - 1, 0, 2 * G_PI);
          _ac_chart_set_source (cr, &dot);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
    }
}

/* The median's value beside the pill: after it where there is room,
 * else before it. */
static void
snapshot_values (AcRangeChart *self,
                 GtkSnapshot  *snapshot,
                 GArray       *layouts,
                 int           width)
{
  AcInsightMeasure measure = ac_comparison_get_measure (self->comparison);
  GtkWidget *widget = GTK_WIDGET (self);

  for (guint i = 0; i < layouts->len; i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (self->comparison, i);
      const SideLayout *layout = &g_array_index (layouts, SideLayout, i);
      g_autofree char *text = ac_insight_measure_format_value (measure, side->middle);
      double right = MAX (x_of (self, width, side->high), x_of (self, width, side->middle) + DOT_RADIUS);
      double left = MIN (x_of (self, width, side->low), x_of (self, width, side->middle) - DOT_RADIUS);
      int text_width, text_height;
      PangoLayout *value = _ac_chart_text_cache_get (self->texts, widget, text, &text_width, &text_height);
      double x = right + VALUE_GAP + text_width <= width ? right + VALUE_GAP : left - VALUE_GAP - text_width;

      _ac_chart_append_text (snapshot, value, &self->colors.fg, round (MAX (0, x)),
                             round (layout->bar_y - text_height / 2.0));
    }
}

static void
snapshot_text (AcRangeChart *self,
               GtkSnapshot  *snapshot,
               GArray       *layouts,
               int           width,
               int           height)
{
  AcInsightMeasure measure = ac_comparison_get_measure (self->comparison);
  GtkWidget *widget = GTK_WIDGET (self);
  double ticks[] = { self->scale_low, (self->scale_low + self->scale_high) / 2, self->scale_high };

  for (guint i = 0; i < layouts->len; i++)
    {
      const SideLayout *layout = &g_array_index (layouts, SideLayout, i);

      _ac_chart_append_text (snapshot, layout->name, &self->colors.fg, 0, layout->name_y);
      _ac_chart_append_text (snapshot, layout->count, &self->colors.axis, layout->count_x, layout->count_y);
    }

  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = ac_insight_measure_format_value (measure, ticks[i]);
      int text_width, text_height;
      PangoLayout *tick = _ac_chart_text_cache_get (self->texts, widget, text, &text_width, &text_height);
      double x = CLAMP (x_of (self, width, ticks[i]) - text_width / 2.0, 0, width - text_width);

      _ac_chart_append_text (snapshot, tick, &self->colors.axis, round (x), height - text_height);
    }
}

static void
ac_range_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  AcRangeChart *self = AC_RANGE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height;
  g_autoptr(GArray) layouts = NULL;
  cairo_t *cr;

  if (self->comparison == NULL || width <= 0)
    return;

  ensure_colors (self);
  layouts = lay_out (self, width, &height);

  /* No change is the line the bars of a change are read against. */
  if (is_change (ac_comparison_get_measure (self->comparison)) && layouts->len > 0)
    {
      double top = g_array_index (layouts, SideLayout, 0).bar_y - BAR_HEIGHT / 2.0;
      double bottom = g_array_index (layouts, SideLayout, layouts->len - 1).bar_y + BAR_HEIGHT / 2.0;

      _ac_chart_append_rect (snapshot, &self->colors.baseline, round (x_of (self, width, 0)) - 0.5, top,
                             1, bottom - top);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
  draw_bars (self, cr, layouts, width);
  cairo_destroy (cr);
  snapshot_values (self, snapshot, layouts, width);
  snapshot_text (self, snapshot, layouts, width, height);
}

static GtkSizeRequestMode
ac_range_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ac_range_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  AcRangeChart *self = AC_RANGE_CHART (widget);
  g_autoptr(GArray) layouts = NULL;
  int height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 360;
      return;
    }

  layouts = lay_out (self, for_size > 0 ? for_size : 360, &height);
  *minimum = *natural = height;
}

static void
ac_range_chart_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  AcRangeChart *self = AC_RANGE_CHART (widget);

  GTK_WIDGET_CLASS (ac_range_chart_parent_class)->css_changed (widget, change);

  self->colors_valid = FALSE;
  _ac_chart_text_cache_clear (self->texts);
  gtk_widget_queue_resize (widget);
}

static void
style_changed_cb (AcRangeChart *self)
{
  self->colors_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ac_range_chart_finalize (GObject *object)
{
  AcRangeChart *self = (AcRangeChart *)object;

  g_clear_object (&self->comparison);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->texts, _ac_chart_text_cache_free);

  G_OBJECT_CLASS (ac_range_chart_parent_class)->finalize (object);
}

static void
ac_range_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcRangeChart *self = AC_RANGE_CHART (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_range_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcRangeChart *self = AC_RANGE_CHART (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      ac_range_chart_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_range_chart_class_init (AcRangeChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ac_range_chart_finalize;
  object_class->get_property = ac_range_chart_get_property;
  object_class->set_property = ac_range_chart_set_property;

  widget_class->snapshot = ac_range_chart_snapshot;
  widget_class->get_request_mode = ac_range_chart_get_request_mode;
  widget_class->measure = ac_range_chart_measure;
  widget_class->css_changed = ac_range_chart_css_changed;

  /**
   * AcRangeChart:comparison:
   *
   * The comparison whose sides the chart draws.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         AC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcRangeChart:summary:
   *
   * Every side's count, middle and range in words; the chart's accessible
   * description.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "rangechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ac_range_chart_init (AcRangeChart *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->texts = _ac_chart_text_cache_new ();
  self->first = self->second = -1;
  /* Focusable, so that a keyboard and a screen reader reach it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * ac_range_chart_new:
 * @comparison: (nullable): the comparison to draw
 *
 * Returns: (transfer floating): a chart of @comparison's sides
 */
GtkWidget *
ac_range_chart_new (AcComparison *comparison)
{
  g_return_val_if_fail (comparison == NULL || AC_IS_COMPARISON (comparison), NULL);

  return g_object_new (AC_TYPE_RANGE_CHART, "comparison", comparison, NULL);
}

/**
 * ac_range_chart_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison drawn
 */
AcComparison *
ac_range_chart_get_comparison (AcRangeChart *self)
{
  g_return_val_if_fail (AC_IS_RANGE_CHART (self), NULL);

  return self->comparison;
}

/**
 * ac_range_chart_set_comparison:
 * @comparison: (nullable): the comparison to draw
 */
void
ac_range_chart_set_comparison (AcRangeChart *self,
                               AcComparison *comparison)
{
  g_return_if_fail (AC_IS_RANGE_CHART (self));
  g_return_if_fail (comparison == NULL || AC_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * ac_range_chart_get_summary:
 *
 * Returns: (transfer none): every side's count, middle and range in words
 */
const char *
ac_range_chart_get_summary (AcRangeChart *self)
{
  g_return_val_if_fail (AC_IS_RANGE_CHART (self), NULL);

  return self->summary;
}
