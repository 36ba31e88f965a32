/* ac-recovery-profile-chart.c — average soreness by day after a session,
 * one line per pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-recovery-profile-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-chart-common-private.h"
#include "ac-recovery-profile-chart.h"

/* Days 0 to 7 after a session across, average soreness up; a line for
 * each pressure that has check-ins on those days, its points the larger
 * the more sessions they rest on. Only check-ins the model attributes to
 * a session count (GUIDANCE.md: sore calves after a neck massage are not
 * the massage's). The usual window of GUIDANCE.md — soreness passes in
 * 2–3 days — is shaded for comparison, fading out over day 2 to day 3, on
 * the card alone: soreness bands under it made a muddy mix, in the dark
 * style most. The person's everyday soreness (the baseline), when it is
 * above 0, is a dashed line: back to normal is back near it. The same in
 * words is the accessible description. */

#define TOP_MARGIN   8
#define RIGHT_MARGIN 8
#define LABEL_GAP    8

typedef struct
{
  double mean;      /* -1 without check-ins */
  guint  n;         /* sessions behind it */
} ProfilePoint;

struct _AcRecoveryProfileChart
{
  GtkWidget          parent_instance;

  AcRecovery        *recovery;
  ProfilePoint       profile[AC_N_PRESSURES][AC_RECOVERY_PROFILE_DAYS];
  gboolean           has_line[AC_N_PRESSURES];
  int                y_max;
  int                baseline;  /* everyday soreness, 0 when unknown */
  char              *summary;

  graphene_rect_t    plot;
  gboolean           colors_valid;
  AcChartColors      colors;
  AcChartTextCache  *texts;
};

G_DEFINE_FINAL_TYPE (AcRecoveryProfileChart, ac_recovery_profile_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECOVERY,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe (AcRecoveryProfileChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    {
      if (!self->has_line[p])
        continue;

      if (text->len > 0)
        g_string_append (text, " ");
      /* Translators: the start of a pressure's line in the recovery
       * profile's description: "Deep pressure: " */
      g_string_append_printf (text, _("%s pressure: "), ac_pressure_get_label (p));
      for (guint d = 0, n = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          const ProfilePoint *point = &self->profile[p][d];

          if (point->n == 0)
            continue;
          if (n++ > 0)
            g_string_append (text, _("; "));
          /* Translators: a point of the recovery profile: "day 2, 4.5
           * from 3 sessions" */
          g_string_append_printf (text, ngettext ("day %u, %.1f from %u session",
                                                  "day %u, %.1f from %u sessions", point->n),
                                  d, point->mean, point->n);
        }
      g_string_append (text, _("."));
    }

  if (text->len == 0)
    return g_strdup (_("No check-ins on the days after a session yet."));

  if (self->baseline > 0)
    /* Translators: the person's soreness away from sessions, in the
     * recovery profile's description */
    g_string_append_printf (text, _(" Your everyday soreness: %d."), self->baseline);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update (AcRecoveryProfileChart *self)
{
  double highest = 0;

  memset (self->profile, 0, sizeof self->profile);
  memset (self->has_line, 0, sizeof self->has_line);
  self->baseline = self->recovery != NULL ? ac_recovery_get_baseline (self->recovery, NULL) : 0;

  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
      {
        ProfilePoint *point = &self->profile[p][d];

        point->mean = self->recovery != NULL
          ? ac_recovery_get_profile_mean (self->recovery, p, d, &point->n)
          : -1;
        if (point->n > 0)
          {
            self->has_line[p] = TRUE;
            highest = MAX (highest, point->mean);
          }
      }

  /* Room above the highest line, in steps of 2: 4 at least, 10 at most. */
  highest = MAX (highest, self->baseline);
  self->y_max = CLAMP (2 * (int) ceil ((highest + 1) / 2), 4, 10);

  g_free (self->summary);
  self->summary = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
x_of (AcRecoveryProfileChart *self,
      double                  day)
{
  return self->plot.origin.x + (day + 0.5) * self->plot.size.width / AC_RECOVERY_PROFILE_DAYS;
}

static double
y_of (AcRecoveryProfileChart *self,
      double                  soreness)
{
  return self->plot.origin.y + self->plot.size.height * (1.0 - soreness / self->y_max);
}

static void
layout_plot (AcRecoveryProfileChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int label_width, label_height;

  _ac_chart_text_cache_get (self->texts, widget, "10", &label_width, &label_height);
  self->plot = GRAPHENE_RECT_INIT (label_width + LABEL_GAP, TOP_MARGIN,
                                   MAX (1, width - label_width - LABEL_GAP - RIGHT_MARGIN),
                                   MAX (1, height - TOP_MARGIN - 2 * label_height - 12));
}

static void
snapshot_background (AcRecoveryProfileChart *self,
                     GtkSnapshot            *snapshot)
{
  const graphene_rect_t *plot = &self->plot;
  double solid = round (x_of (self, 2));
  double gone = round (x_of (self, 3));
  GdkRGBA clear = self->colors.usual;

  /* The usual window: soreness passes in 2–3 days, so the tint is whole
   * to day 2 and fades out by day 3. */
  clear.alpha = 0;
  _ac_chart_append_rect (snapshot, &self->colors.usual, plot->origin.x, plot->origin.y,
                         solid - plot->origin.x, plot->size.height);
  gtk_snapshot_append_linear_gradient (snapshot,
                                       &GRAPHENE_RECT_INIT (solid, plot->origin.y, gone - solid, plot->size.height),
                                       &GRAPHENE_POINT_INIT (solid, 0), &GRAPHENE_POINT_INIT (gone, 0),
                                       (GskColorStop[]) { { 0, self->colors.usual }, { 1, clear } }, 2);

  for (int value = 0; value <= self->y_max; value += 2)
    _ac_chart_append_rect (snapshot, value == 0 ? &self->colors.baseline : &self->colors.grid,
                           plot->origin.x, round (y_of (self, value)) - (value == 0 ? 0 : 0.5),
                           plot->size.width, 1);
}

/* Where the usual window ends, dashed down; and the person's everyday
 * soreness, dashed across. */
static void
draw_dashed (AcRecoveryProfileChart *self,
             cairo_t                *cr)
{
  static const double dashes[] = { 5, 4 };
  double x = round (x_of (self, 3)) + 0.5;
  double y = round (y_of (self, self->baseline)) + 0.5;

  cairo_move_to (cr, x, self->plot.origin.y);
  cairo_line_to (cr, x, self->plot.origin.y + self->plot.size.height);
  _ac_chart_set_source (cr, &self->colors.usual_edge);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);

  if (self->baseline <= 0)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }

  cairo_move_to (cr, self->plot.origin.x, y);
  cairo_line_to (cr, self->plot.origin.x + self->plot.size.width, y);
  _ac_chart_set_source (cr, &self->colors.axis);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_lines (AcRecoveryProfileChart *self,
            cairo_t                *cr)
{
  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    {
      gboolean started = FALSE;

      if (!self->has_line[p])
        continue;

      for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          const ProfilePoint *point = &self->profile[p][d];

          if (point->n == 0)
            continue;
          if (started)
            cairo_line_to (cr, x_of (self, d), y_of (self, point->mean));
          else
            cairo_move_to (cr, x_of (self, d), y_of (self, point->mean));
          started = TRUE;
        }
      _ac_chart_set_source (cr, &self->colors.pressure[p]);
      cairo_set_line_width (cr, self->colors.line_width + 0.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);

      /* Points the larger, the more sessions they rest on. */
      for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          const ProfilePoint *point = &self->profile[p][d];
          double radius = 2.5 + 3.5 * MIN (point->n, 20) / 20.0;

          if (point->n == 0)
            continue;
          cairo_new_sub_path (cr);
          cairo_arc (cr, x_of (self, d), y_of (self, point->mean), radius + 1.5, 0, 2 * G_PI);
          _ac_chart_set_source (cr, &self->colors.surface);
          cairo_fill (cr);
          cairo_arc (cr, x_of (self, d), y_of (self, point->mean), radius, 0, 2 * G_PI);
          _ac_chart_set_source (cr, &self->colors.pressure[p]);
          cairo_fill (cr);
        }
    }
}

static void
snapshot_labels (AcRecoveryProfileChart *self,
                 GtkSnapshot            *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const graphene_rect_t *plot = &self->plot;
  double bottom = plot->origin.y + plot->size.height;
  int width, height;
  PangoLayout *layout;

  for (int value = 0; value <= self->y_max; value += 2)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);

      layout = _ac_chart_text_cache_get (self->texts, widget, text, &width, &height);
      _ac_chart_append_text (snapshot, layout, &self->colors.axis,
                             plot->origin.x - LABEL_GAP - width,
                             round (y_of (self, value) - height / 2.0));
    }

  for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
    {
      g_autofree char *text = g_strdup_printf ("%u", d);

      layout = _ac_chart_text_cache_get (self->texts, widget, text, &width, &height);
      _ac_chart_append_text (snapshot, layout, &self->colors.axis,
                             round (x_of (self, d) - width / 2.0), round (bottom + 4));
    }

  /* Translators: the title of the recovery profile's time axis */
  layout = _ac_chart_text_cache_get (self->texts, widget, _("Days after the session"), &width, NULL);
  _ac_chart_append_text (snapshot, layout, &self->colors.axis,
                         round (plot->origin.x + (plot->size.width - width) / 2),
                         round (bottom + 6 + height));
}

static void
ac_recovery_profile_chart_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  AcRecoveryProfileChart *self = AC_RECOVERY_PROFILE_CHART (widget);
  cairo_t *cr;

  if (!self->colors_valid)
    {
      _ac_chart_colors_lookup (&self->colors, widget);
      self->colors_valid = TRUE;
    }
  layout_plot (self);

  snapshot_background (self, snapshot);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  draw_dashed (self, cr);
  draw_lines (self, cr);
  cairo_destroy (cr);
  snapshot_labels (self, snapshot);
}

static void
ac_recovery_profile_chart_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 200;
}

static gboolean
ac_recovery_profile_chart_query_tooltip (GtkWidget  *widget,
                                         int         x,
                                         int         y,
                                         gboolean    keyboard_mode,
                                         GtkTooltip *tooltip)
{
  AcRecoveryProfileChart *self = AC_RECOVERY_PROFILE_CHART (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  double column = self->plot.size.width / AC_RECOVERY_PROFILE_DAYS;
  int d = (int) floor ((x - self->plot.origin.x) / column);

  if (d < 0 || d >= AC_RECOVERY_PROFILE_DAYS)
    return FALSE;

  if (d == 0)
    g_string_append (text, _("The day of the session"));
  else
    g_string_append_printf (text, ngettext ("%d day after the session", "%d days after the session", d), d);

  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    {
      const ProfilePoint *point = &self->profile[p][d];

      if (point->n == 0)
        continue;
      g_string_append_c (text, '\n');
      /* Translators: a line of the recovery profile's tooltip: "Deep:
       * soreness 4.5 on average, from 3 sessions" */
      g_string_append_printf (text, ngettext ("%s: soreness %.1f on average, from %u session",
                                              "%s: soreness %.1f on average, from %u sessions", point->n),
                              ac_pressure_get_label (p), point->mean, point->n);
    }

  gtk_tooltip_set_text (tooltip, text->str);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (self->plot.origin.x + d * column), (int) self->plot.origin.y,
                              MAX (1, (int) column), (int) self->plot.size.height });

  return TRUE;
}

static void
ac_recovery_profile_chart_css_changed (GtkWidget         *widget,
                                       GtkCssStyleChange *change)
{
  AcRecoveryProfileChart *self = AC_RECOVERY_PROFILE_CHART (widget);

  GTK_WIDGET_CLASS (ac_recovery_profile_chart_parent_class)->css_changed (widget, change);

  self->colors_valid = FALSE;
  _ac_chart_text_cache_clear (self->texts);
  gtk_widget_queue_draw (widget);
}

static void
style_changed_cb (AcRecoveryProfileChart *self)
{
  self->colors_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ac_recovery_profile_chart_finalize (GObject *object)
{
  AcRecoveryProfileChart *self = (AcRecoveryProfileChart *)object;

  g_clear_object (&self->recovery);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->texts, _ac_chart_text_cache_free);

  G_OBJECT_CLASS (ac_recovery_profile_chart_parent_class)->finalize (object);
}

static void
ac_recovery_profile_chart_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AcRecoveryProfileChart *self = AC_RECOVERY_PROFILE_CHART (object);

  switch (prop_id)
    {
    case PROP_RECOVERY:
      g_value_set_object (value, self->recovery);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_recovery_profile_chart_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AcRecoveryProfileChart *self = AC_RECOVERY_PROFILE_CHART (object);

  switch (prop_id)
    {
    case PROP_RECOVERY:
      ac_recovery_profile_chart_set_recovery (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_recovery_profile_chart_class_init (AcRecoveryProfileChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ac_recovery_profile_chart_finalize;
  object_class->get_property = ac_recovery_profile_chart_get_property;
  object_class->set_property = ac_recovery_profile_chart_set_property;

  widget_class->snapshot = ac_recovery_profile_chart_snapshot;
  widget_class->measure = ac_recovery_profile_chart_measure;
  widget_class->query_tooltip = ac_recovery_profile_chart_query_tooltip;
  widget_class->css_changed = ac_recovery_profile_chart_css_changed;

  /**
   * AcRecoveryProfileChart:recovery:
   *
   * The recovery analysis whose profiles by pressure the chart draws.
   */
  properties[PROP_RECOVERY] =
    g_param_spec_object ("recovery", NULL, NULL,
                         AC_TYPE_RECOVERY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcRecoveryProfileChart:summary:
   *
   * Every point of the chart in words; its accessible description.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "recoveryprofilechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ac_recovery_profile_chart_init (AcRecoveryProfileChart *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->texts = _ac_chart_text_cache_new ();
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Average soreness by day after a session"),
                                  -1);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
ac_recovery_profile_chart_new (void)
{
  return g_object_new (AC_TYPE_RECOVERY_PROFILE_CHART, NULL);
}

/**
 * ac_recovery_profile_chart_set_recovery:
 * @recovery: (nullable): the recovery analysis to draw
 */
void
ac_recovery_profile_chart_set_recovery (AcRecoveryProfileChart *self,
                                        AcRecovery             *recovery)
{
  g_return_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self));
  g_return_if_fail (recovery == NULL || AC_IS_RECOVERY (recovery));

  if (!g_set_object (&self->recovery, recovery))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY]);
}

/**
 * ac_recovery_profile_chart_get_recovery:
 *
 * Returns: (transfer none) (nullable): the recovery analysis drawn
 */
AcRecovery *
ac_recovery_profile_chart_get_recovery (AcRecoveryProfileChart *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self), NULL);

  return self->recovery;
}

/**
 * ac_recovery_profile_chart_has_data:
 *
 * Returns: whether any pressure has a check-in on the days after a session
 */
gboolean
ac_recovery_profile_chart_has_data (AcRecoveryProfileChart *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self), FALSE);

  return self->has_line[AC_PRESSURE_LIGHT] || self->has_line[AC_PRESSURE_MODERATE] ||
         self->has_line[AC_PRESSURE_DEEP];
}

/**
 * ac_recovery_profile_chart_has_line:
 * @pressure: a pressure
 *
 * Returns: whether the chart draws a line for @pressure: whether its
 *   sessions have check-ins on the days after them
 */
gboolean
ac_recovery_profile_chart_has_line (AcRecoveryProfileChart *self,
                                    AcPressure              pressure)
{
  g_return_val_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self), FALSE);
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, FALSE);

  return self->has_line[pressure];
}

/**
 * ac_recovery_profile_chart_get_baseline:
 *
 * Returns: the person's everyday soreness the chart draws, or 0 when it
 *   draws none
 */
int
ac_recovery_profile_chart_get_baseline (AcRecoveryProfileChart *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self), 0);

  return self->baseline;
}

/**
 * ac_recovery_profile_chart_get_summary:
 *
 * Returns: (transfer none): every point of the chart in words
 */
const char *
ac_recovery_profile_chart_get_summary (AcRecoveryProfileChart *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY_PROFILE_CHART (self), NULL);

  return self->summary;
}
