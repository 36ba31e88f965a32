/* ac-chart-common.c — what the soreness chart and the recovery profile
 * chart share: colours from the style, cached text, dates
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-chart-common"

#include "config.h"

#include <adwaita.h>

#include "ac-chart-common-private.h"

static void
lookup (GtkWidget     *widget,
        const char    *name,
        GdkRGBA       *color,
        const char    *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    {
      g_debug ("No colour %s in the style; using %s", name, fallback);
      gdk_rgba_parse (color, fallback);
    }
}

/* In high contrast, tints and thin lines are made stronger: libadwaita
 * changes borders and outlines there, not these. */
static void
strengthen (GdkRGBA *color,
            double   factor)
{
  color->alpha = MIN (1.0, color->alpha * factor);
}

/**
 * _ac_chart_colors_lookup:
 * @colors: (out caller-allocates): the colours
 * @widget: a chart, whose style is asked
 *
 * The named colours of ui/style.css, resolved against libadwaita's
 * colours of the current style.
 */
void
_ac_chart_colors_lookup (AcChartColors *colors,
                         GtkWidget     *widget)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  lookup (widget, "ac_chart_fg", &colors->fg, "#2e3436");
  lookup (widget, "ac_chart_axis", &colors->axis, "rgba(0,0,0,0.6)");
  lookup (widget, "ac_chart_grid", &colors->grid, "rgba(0,0,0,0.08)");
  lookup (widget, "ac_chart_baseline", &colors->baseline, "rgba(0,0,0,0.3)");
  lookup (widget, "ac_chart_surface", &colors->surface, "#ffffff");
  colors->band[0] = (GdkRGBA) { 0, 0, 0, 0 };
  lookup (widget, "ac_chart_band_mild", &colors->band[AC_SORENESS_MILD], "rgba(38,162,105,0.1)");
  lookup (widget, "ac_chart_band_moderate", &colors->band[AC_SORENESS_MODERATE], "rgba(205,147,9,0.12)");
  lookup (widget, "ac_chart_band_severe", &colors->band[AC_SORENESS_SEVERE], "rgba(224,27,36,0.1)");
  lookup (widget, "ac_chart_window", &colors->window, "rgba(53,132,228,0.1)");
  lookup (widget, "ac_chart_usual", &colors->usual, "rgba(53,132,228,0.12)");
  lookup (widget, "ac_chart_usual_edge", &colors->usual_edge, "#1c71d8");
  lookup (widget, "ac_chart_range", &colors->range, "rgba(0,0,0,0.2)");
  lookup (widget, "ac_chart_stress", &colors->stress, "#c64600");
  lookup (widget, "ac_chart_sleep", &colors->sleep, "#1a7f8e");
  lookup (widget, "ac_chart_future", &colors->future, "rgba(0,0,0,0.03)");
  lookup (widget, "ac_chart_today", &colors->today, "#3584e4");
  lookup (widget, "ac_chart_cursor", &colors->cursor, "#3584e4");
  lookup (widget, "ac_chart_light", &colors->pressure[AC_PRESSURE_LIGHT], "#99c1f1");
  lookup (widget, "ac_chart_moderate", &colors->pressure[AC_PRESSURE_MODERATE], "#1c71d8");
  lookup (widget, "ac_chart_deep", &colors->pressure[AC_PRESSURE_DEEP], "#9141ac");
  lookup (widget, "ac_chart_red_flag", &colors->red_flag, "#c01c28");
  colors->line_width = 2.0;

  if (high_contrast)
    {
      strengthen (&colors->axis, 1.6);
      strengthen (&colors->grid, 2.5);
      strengthen (&colors->baseline, 2.0);
      for (guint i = AC_SORENESS_MILD; i <= AC_SORENESS_SEVERE; i++)
        strengthen (&colors->band[i], 1.8);
      strengthen (&colors->window, 1.8);
      strengthen (&colors->usual, 1.8);
      strengthen (&colors->range, 1.6);
      strengthen (&colors->future, 2.0);
      colors->line_width = 3.0;
    }
}

typedef struct
{
  PangoLayout *layout;
  int          width;
  int          height;
} CachedText;

struct _AcChartTextCache
{
  GHashTable *texts;   /* char * → CachedText */
};

static void
cached_text_free (gpointer data)
{
  CachedText *text = data;

  g_clear_object (&text->layout);
  g_free (text);
}

AcChartTextCache *
_ac_chart_text_cache_new (void)
{
  AcChartTextCache *cache = g_new0 (AcChartTextCache, 1);

  cache->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_text_free);

  return cache;
}

void
_ac_chart_text_cache_free (AcChartTextCache *cache)
{
  if (cache == NULL)
    return;

  g_clear_pointer (&cache->texts, g_hash_table_unref);
  g_free (cache);
}

void
_ac_chart_text_cache_clear (AcChartTextCache *cache)
{
  g_hash_table_remove_all (cache->texts);
}

/* A chart asks for a few dozen texts; one that has been resized through
 * many ranges may have piled up more. Call it when no layout of the cache
 * is held. */
void
_ac_chart_text_cache_trim (AcChartTextCache *cache,
                           guint             max_texts)
{
  if (g_hash_table_size (cache->texts) > max_texts)
    g_hash_table_remove_all (cache->texts);
}

/**
 * _ac_chart_text_cache_get:
 * @width: (out) (optional): the text's width in pixels
 * @height: (out) (optional): its height
 *
 * Returns: (transfer none): a layout of @text in @widget's font, made the
 *   first time it is asked for
 */
PangoLayout *
_ac_chart_text_cache_get (AcChartTextCache *cache,
                          GtkWidget        *widget,
                          const char       *text,
                          int              *width,
                          int              *height)
{
  CachedText *cached = g_hash_table_lookup (cache->texts, text);

  if (cached == NULL)
    {
      cached = g_new0 (CachedText, 1);
      cached->layout = gtk_widget_create_pango_layout (widget, text);
      pango_layout_get_pixel_size (cached->layout, &cached->width, &cached->height);
      g_hash_table_insert (cache->texts, g_strdup (text), cached);
    }

  if (width != NULL)
    *width = cached->width;
  if (height != NULL)
    *height = cached->height;

  return cached->layout;
}

/* @format as g_date_time_format() takes it, in the user's locale. */
char *
_ac_chart_format_date (const GDate *date,
                       const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

void
_ac_chart_append_rect (GtkSnapshot   *snapshot,
                       const GdkRGBA *color,
                       double         x,
                       double         y,
                       double         width,
                       double         height)
{
  if (width <= 0 || height <= 0 || color->alpha <= 0)
    return;

  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

void
_ac_chart_append_text (GtkSnapshot   *snapshot,
                       PangoLayout   *layout,
                       const GdkRGBA *color,
                       double         x,
                       double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
_ac_chart_set_source (cairo_t       *cr,
                      const GdkRGBA *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
