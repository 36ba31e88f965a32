/* ac-soreness-chart.c — daily soreness over time, against sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-soreness-chart"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-chart-common-private.h"
#include "ac-soreness-chart-private.h"

/* The chart draws, in its snapshot:
 *  - the soreness bands (mild 1–3, moderate 4–6, severe 7–10) as tints
 *    behind everything, and the days after today shaded;
 *  - the days a done session's soreness lasts (until back to normal,
 *    from the check-ins the model attributes to it; else the usual
 *    2–3 days);
 *  - daily soreness as a line with points; a check-in with a warning
 *    symptom as a red point, with the calendar's warning mark above the
 *    plot; and, when asked, stress and sleep beside it;
 *  - a mark for each session under the time axis, coloured by pressure,
 *    hollow when planned;
 *  - the axes: soreness ticks, and dates in the user's locale chosen so
 *    that labels never overlap.
 *
 * What it shows is made when the journal, today or the range change
 * (AcChartData, ac-soreness-chart-data.c), and where it goes when the
 * size changes (ac-soreness-chart-layout.c): a frame only appends nodes
 * (ac-soreness-chart-draw.c), with text from a cache of layouts. Where a
 * day would be narrower than a few pixels, a column is a calendar week,
 * month, quarter or year, drawn as the middle value of its check-ins and
 * their range; the summary and read-outs then speak of those bands.
 *
 * This file: the object, its data, the cursor, keyboard, pointer and
 * tooltip, and what screen readers are told. */

G_DEFINE_ENUM_TYPE (AcChartRange, ac_chart_range,
  G_DEFINE_ENUM_VALUE (AC_CHART_RANGE_4_WEEKS, "4-weeks"),
  G_DEFINE_ENUM_VALUE (AC_CHART_RANGE_3_MONTHS, "3-months"),
  G_DEFINE_ENUM_VALUE (AC_CHART_RANGE_YEAR, "year"),
  G_DEFINE_ENUM_VALUE (AC_CHART_RANGE_ALL, "all"))

G_DEFINE_ENUM_TYPE (AcChartBand, ac_chart_band,
  G_DEFINE_ENUM_VALUE (AC_CHART_BAND_DAY, "day"),
  G_DEFINE_ENUM_VALUE (AC_CHART_BAND_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (AC_CHART_BAND_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (AC_CHART_BAND_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (AC_CHART_BAND_YEAR, "year"))

G_DEFINE_FINAL_TYPE (AcSorenessChart, ac_soreness_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RANGE,
  PROP_SUMMARY,
  PROP_READOUT,
  PROP_ANCHORED,
  PROP_RECOVERY,
  PROP_STRESS_SLEEP,
  PROP_BAND,
  N_PROPS
};

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

static void
invalidate_geometry (AcSorenessChart *self)
{
  self->geometry_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_description (AcSorenessChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->readout != NULL
                                    ? self->readout
                                    : _("Use the arrow keys to read the chart day by day, and Enter to open a day in the calendar"),
                                  -1);
}

/* The read-out is the widget's accessible description: a screen reader
 * speaks it when it changes while the chart has the focus. Without a
 * cursor (none yet, or the window moved past it) there is none, and the
 * description says how to get one. */
void
_ac_soreness_chart_update_readout (AcSorenessChart *self)
{
  g_autofree char *readout = NULL;

  if (self->cursor != 0 && self->data != NULL)
    readout = _ac_soreness_chart_describe (self, self->cursor, FALSE);

  if (g_strcmp0 (readout, self->readout) == 0)
    return;

  g_free (self->readout);
  self->readout = g_steal_pointer (&readout);
  set_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
}

/* The data's summary, with how bands are drawn at this width and, while
 * shown, stress and sleep. */
static char *
compose_summary (AcSorenessChart *self)
{
  g_autoptr(GString) text = g_string_new (self->data->summary);
  g_autofree char *band = _ac_chart_band_sentence (self->told_band);

  if (self->journal == NULL || ac_journal_is_empty (self->journal))
    return g_string_free (g_steal_pointer (&text), FALSE);

  if (band != NULL)
    g_string_append_printf (text, " %s", band);
  if (self->stress_sleep)
    {
      g_autofree char *stress_sleep = _ac_chart_stress_sleep_sentence (self->data);

      g_string_append_printf (text, " %s", stress_sleep);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The summary (the accessible name) and the read-out, again: after the
 * data, the band or what is shown changed. */
static void
update_words (AcSorenessChart *self)
{
  g_autofree char *summary = NULL;
  AcChartBand band = _ac_soreness_chart_band_for_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gboolean band_changed = band != self->told_band;

  g_clear_handle_id (&self->words_id, g_source_remove);
  self->told_band = band;
  summary = compose_summary (self);
  if (g_strcmp0 (summary, self->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                      -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
  if (band_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND]);

  /* The day's words may have changed with the journal, or the cursor
   * may have gone with the days it was on: against the words before. */
  _ac_soreness_chart_update_readout (self);
}

static gboolean
words_idle (gpointer user_data)
{
  AcSorenessChart *self = user_data;

  self->words_id = 0;
  update_words (self);

  return G_SOURCE_REMOVE;
}

static void
update_data (AcSorenessChart *self)
{
  gboolean was_anchored = self->data != NULL && self->data->anchored;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->data, _ac_chart_data_free);
  self->data = _ac_chart_data_new (self->journal, self->recovery, &self->today, self->range,
                                   g_date_valid (&self->anchor) ? &self->anchor : NULL);

  if (self->cursor != 0 && (self->cursor < self->data->first || self->cursor > self->data->last))
    self->cursor = 0;
  self->hover = 0;
  invalidate_geometry (self);

  if (was_anchored != self->data->anchored)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANCHORED]);
  update_words (self);
}

static gboolean
update_idle (gpointer user_data)
{
  AcSorenessChart *self = user_data;

  self->update_id = 0;
  update_data (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a merge, an import): one update for them all. */
static void
journal_changed_cb (AcSorenessChart *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

static void
ac_soreness_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  _ac_soreness_chart_draw (AC_SORENESS_CHART (widget), snapshot);
}

static void
ac_soreness_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 260;
    }
}

static void
ac_soreness_chart_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  AcSorenessChart *self = AC_SORENESS_CHART (widget);

  self->geometry_valid = FALSE;

  /* Narrower or wider, the chart may draw other bands: its words follow,
   * after the layout, which a label must not change. */
  if (self->words_id == 0 && _ac_soreness_chart_band_for_width (self, width) != self->told_band)
    self->words_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, words_idle, self, NULL);
}

static void
ac_soreness_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  AcSorenessChart *self = AC_SORENESS_CHART (widget);

  GTK_WIDGET_CLASS (ac_soreness_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed too. */
  self->colors_valid = FALSE;
  g_array_set_size (self->ticks, 0);
  g_array_set_size (self->y_ticks, 0);
  _ac_chart_text_cache_clear (self->texts);
  invalidate_geometry (self);
}

static void
style_changed_cb (AcSorenessChart *self)
{
  self->colors_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Emits AcSorenessChart::day-activated for the cursor's day, if any. */
void
_ac_soreness_chart_activate_day (AcSorenessChart *self)
{
  GDate date;

  if (self->cursor == 0)
    return;

  set_julian (&date, self->cursor);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, &date);
}

/* GObject */

static void
ac_soreness_chart_dispose (GObject *object)
{
  AcSorenessChart *self = (AcSorenessChart *)object;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_handle_id (&self->words_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  g_clear_object (&self->recovery);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ac_soreness_chart_parent_class)->dispose (object);
}

static void
ac_soreness_chart_finalize (GObject *object)
{
  AcSorenessChart *self = (AcSorenessChart *)object;

  g_clear_pointer (&self->data, _ac_chart_data_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->readout, g_free);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->stress_points, g_array_unref);
  g_clear_pointer (&self->sleep_points, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->warnings, g_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->y_ticks, g_array_unref);
  g_clear_pointer (&self->texts, _ac_chart_text_cache_free);
  g_clear_object (&self->warning_icon);

  G_OBJECT_CLASS (ac_soreness_chart_parent_class)->finalize (object);
}

static void
ac_soreness_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AcSorenessChart *self = AC_SORENESS_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_RANGE:
      g_value_set_enum (value, self->range);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, ac_soreness_chart_get_summary (self));
      break;

    case PROP_READOUT:
      g_value_set_string (value, self->readout);
      break;

    case PROP_ANCHORED:
      g_value_set_boolean (value, self->data != NULL && self->data->anchored);
      break;

    case PROP_RECOVERY:
      g_value_set_object (value, self->recovery);
      break;

    case PROP_STRESS_SLEEP:
      g_value_set_boolean (value, self->stress_sleep);
      break;

    case PROP_BAND:
      g_value_set_enum (value, self->told_band);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_soreness_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AcSorenessChart *self = AC_SORENESS_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      if (g_value_get_object (value) != NULL)
        ac_soreness_chart_set_context (self, g_value_get_object (value));
      break;

    case PROP_RANGE:
      ac_soreness_chart_set_range (self, g_value_get_enum (value));
      break;

    case PROP_RECOVERY:
      ac_soreness_chart_set_recovery (self, g_value_get_object (value));
      break;

    case PROP_STRESS_SLEEP:
      ac_soreness_chart_set_stress_sleep (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_soreness_chart_class_init (AcSorenessChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_soreness_chart_dispose;
  object_class->finalize = ac_soreness_chart_finalize;
  object_class->get_property = ac_soreness_chart_get_property;
  object_class->set_property = ac_soreness_chart_set_property;

  widget_class->snapshot = ac_soreness_chart_snapshot;
  widget_class->measure = ac_soreness_chart_measure;
  widget_class->size_allocate = ac_soreness_chart_size_allocate;
  widget_class->css_changed = ac_soreness_chart_css_changed;

  /**
   * AcSorenessChart:context:
   *
   * Whose journal's soreness and sessions the chart shows, and whose
   * clock says which day is today; set once.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:range:
   *
   * How much of the journal the chart shows.
   */
  properties[PROP_RANGE] =
    g_param_spec_enum ("range", NULL, NULL,
                       AC_TYPE_CHART_RANGE, AC_CHART_RANGE_3_MONTHS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:summary:
   *
   * What the chart shows, in a sentence; its accessible label.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:readout:
   *
   * The cursor's day in words, or %NULL without a cursor; its accessible
   * description.
   */
  properties[PROP_READOUT] =
    g_param_spec_string ("readout", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:anchored:
   *
   * Whether the range is scrolled to show a day (ac_soreness_chart_set_anchor())
   * rather than ending today.
   */
  properties[PROP_ANCHORED] =
    g_param_spec_boolean ("anchored", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:recovery:
   *
   * The journal's recovery analysis: the shading after a session covers
   * the days until it was back to normal, from the check-ins attributed
   * to it. Without one, the usual 2–3 days.
   */
  properties[PROP_RECOVERY] =
    g_param_spec_object ("recovery", NULL, NULL,
                         AC_TYPE_RECOVERY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:stress-sleep:
   *
   * Whether the chart draws, tells and reads out stress and sleep beside
   * soreness.
   */
  properties[PROP_STRESS_SLEEP] =
    g_param_spec_boolean ("stress-sleep", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSorenessChart:band:
   *
   * What a column holds at the chart's width: a day, or a band of days
   * drawn as its middle value and range.
   */
  properties[PROP_BAND] =
    g_param_spec_enum ("band", NULL, NULL,
                       AC_TYPE_CHART_BAND, AC_CHART_BAND_DAY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcSorenessChart::day-activated:
   * @date: the day
   *
   * Emitted when the cursor's day is activated: Enter, Space or a double
   * click.
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  _ac_soreness_chart_class_add_cursor (widget_class);

  gtk_widget_class_set_css_name (widget_class, "sorenesschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ac_soreness_chart_init (AcSorenessChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->range = AC_CHART_RANGE_3_MONTHS;
  g_date_clear (&self->anchor, 1);
  g_date_clear (&self->today, 1);
  self->columns = g_array_new (FALSE, FALSE, sizeof (AcChartColumn));
  self->points = g_array_new (FALSE, FALSE, sizeof (AcChartPoint));
  self->stress_points = g_array_new (FALSE, FALSE, sizeof (AcChartPoint));
  self->sleep_points = g_array_new (FALSE, FALSE, sizeof (AcChartPoint));
  self->marks = g_array_new (FALSE, FALSE, sizeof (AcChartMark));
  self->warnings = g_array_new (FALSE, FALSE, sizeof (double));
  self->ticks = g_array_new (FALSE, FALSE, sizeof (AcChartTick));
  self->y_ticks = g_array_new (FALSE, FALSE, sizeof (AcChartYTick));
  self->texts = _ac_chart_text_cache_new ();

  gtk_widget_set_has_tooltip (widget, TRUE);
  _ac_soreness_chart_init_cursor (self);

  /* Named colours resolve against libadwaita's, which change with these
   * without every widget's own style changing. */
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  set_description (self);
}

/**
 * ac_soreness_chart_new:
 * @context: the journal to chart, and the clock
 *
 * Returns: (transfer floating): a soreness chart
 */
GtkWidget *
ac_soreness_chart_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_SORENESS_CHART, "context", context, NULL);
}

static void
on_journal_bound (AcSorenessChart *self,
                  AcJournal       *journal)
{
  g_set_object (&self->journal, journal);
  self->cursor = 0;
  update_data (self);
}

static void
on_journal_unbound (AcSorenessChart *self)
{
  g_clear_object (&self->journal);
  self->cursor = 0;
  update_data (self);
}

static void
on_day_changed (AcSorenessChart *self)
{
  ac_clock_get_today (ac_context_get_clock (self->context), &self->today);
  update_data (self);
}

/**
 * ac_soreness_chart_set_context:
 * @context: the journal to chart, and the clock
 *
 * Set once: by ac_soreness_chart_new(), or by the view whose template
 * holds the chart. The chart then follows the context's journal and day.
 */
void
ac_soreness_chart_set_context (AcSorenessChart *self,
                               AcContext       *context)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (AC_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  ac_clock_get_today (ac_context_get_clock (context), &self->today);
  g_signal_connect_object (ac_context_get_clock (context), "day-changed",
                           G_CALLBACK (on_day_changed), self, G_CONNECT_SWAPPED);

  self->journal_signals =
    ac_context_follow_journal (context, G_CALLBACK (journal_changed_cb), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);
  if (self->data == NULL)
    update_data (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * ac_soreness_chart_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal charted
 */
AcJournal *
ac_soreness_chart_get_journal (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  return self->journal;
}

void
ac_soreness_chart_set_range (AcSorenessChart *self,
                             AcChartRange     range)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (range <= AC_CHART_RANGE_ALL);

  if (self->range == range)
    return;

  self->range = range;
  update_data (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

AcChartRange
ac_soreness_chart_get_range (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), AC_CHART_RANGE_3_MONTHS);

  return self->range;
}

/**
 * ac_soreness_chart_set_anchor:
 * @anchor: (nullable): a day to show, or %NULL for a range that ends
 *   today
 *
 * Scrolls the range to show @anchor: a day the chart shows already
 * leaves it where it is; another is put in the middle of a window as
 * long as the range's, unless that reaches the latest days, which the
 * range then shows as usual. The range stays what it is.
 */
void
ac_soreness_chart_set_anchor (AcSorenessChart *self,
                              const GDate     *anchor)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (anchor == NULL || g_date_valid (anchor));

  if (anchor == NULL && !g_date_valid (&self->anchor))
    return;
  if (anchor != NULL && g_date_valid (&self->anchor) && g_date_compare (anchor, &self->anchor) == 0)
    return;
  if (anchor != NULL && self->data != NULL &&
      g_date_get_julian (anchor) >= self->data->first && g_date_get_julian (anchor) <= self->data->last)
    return;

  if (anchor != NULL)
    self->anchor = *anchor;
  else
    g_date_clear (&self->anchor, 1);
  update_data (self);
}

/**
 * ac_soreness_chart_get_anchor:
 * @anchor: (out caller-allocates) (optional): the day the range was
 *   scrolled to show
 *
 * Returns: whether the range is scrolled away from the latest days
 */
gboolean
ac_soreness_chart_get_anchor (AcSorenessChart *self,
                              GDate           *anchor)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), FALSE);

  if (anchor != NULL)
    *anchor = self->anchor;

  return self->data->anchored;
}

/**
 * ac_soreness_chart_get_window:
 * @first: (out caller-allocates): the first day shown
 * @last: (out caller-allocates): the last day shown
 */
void
ac_soreness_chart_get_window (AcSorenessChart *self,
                              GDate           *first,
                              GDate           *last)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (first != NULL && last != NULL);

  set_julian (first, self->data->first);
  set_julian (last, self->data->last);
}

/**
 * ac_soreness_chart_get_summary:
 *
 * Returns: (transfer none): what the chart shows, in a sentence
 */
const char *
ac_soreness_chart_get_summary (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  return self->summary;
}

/**
 * ac_soreness_chart_get_band:
 *
 * Returns: what a column holds at the chart's width: a day, or a band
 */
AcChartBand
ac_soreness_chart_get_band (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), AC_CHART_BAND_DAY);

  return self->told_band;
}

/**
 * ac_soreness_chart_set_recovery:
 * @recovery: (nullable): the journal's recovery analysis, for the same
 *   day as the chart's
 *
 * The shading after each session then covers the days until it was back
 * to normal, from the check-ins the model attributes to it, and a day's
 * read-out says when its soreness is in other areas than the session
 * worked.
 */
void
ac_soreness_chart_set_recovery (AcSorenessChart *self,
                                AcRecovery      *recovery)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));
  g_return_if_fail (recovery == NULL || AC_IS_RECOVERY (recovery));

  if (!g_set_object (&self->recovery, recovery))
    return;

  update_data (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY]);
}

/**
 * ac_soreness_chart_set_stress_sleep:
 * @stress_sleep: whether to show stress and sleep
 *
 * Stress and sleep (0–10, where recorded) beside soreness: drawn, in the
 * summary and in each read-out.
 */
void
ac_soreness_chart_set_stress_sleep (AcSorenessChart *self,
                                    gboolean         stress_sleep)
{
  g_return_if_fail (AC_IS_SORENESS_CHART (self));

  stress_sleep = !!stress_sleep;
  if (self->stress_sleep == stress_sleep)
    return;

  self->stress_sleep = stress_sleep;
  if (self->data != NULL)
    update_words (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRESS_SLEEP]);
}

gboolean
ac_soreness_chart_get_stress_sleep (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), FALSE);

  return self->stress_sleep;
}

/**
 * ac_soreness_chart_get_readout:
 *
 * Returns: (transfer none) (nullable): the cursor's day in words
 */
const char *
ac_soreness_chart_get_readout (AcSorenessChart *self)
{
  g_return_val_if_fail (AC_IS_SORENESS_CHART (self), NULL);

  return self->readout;
}
