/* ac-recovery-view.c — the Recovery page: soreness over time against
 * sessions, and how the user recovers after each pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-recovery-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-adaptive-box.h"
#include "ac-chart-common-private.h"
#include "ac-date.h"
#include "ac-insights.h"
#include "ac-recovery-profile-chart.h"
#include "ac-recovery-view-private.h"
#include "ac-recovery-view.h"
#include "ac-soreness-chart.h"

/* First, a sentence from the person's own data: how long they usually
 * take to get back to normal (the model's headline). Then the soreness
 * chart with its range switch, read-out, legend and summary in words;
 * beside it (below it when narrow) the recovery profile and, for each
 * pressure, how long it usually takes to get back to normal. The
 * recovery analysis and the headline are made again after the journal
 * changes, once per burst of changes, in an idle.
 *
 * The range buttons decide the range: the one the person picked, which
 * GSettings remembers, or until they pick one, one that fits their
 * records (a first week fills half of "All", not the end of "3 Months").
 * A day chosen in the calendar may scroll the range to show it, never
 * change it; a labelled button brings back the latest days. */

static const char * const pressure_classes[] = { "light", "moderate", "deep" };

struct _AcRecoveryView
{
  GtkWidget               parent_instance;

  AcSorenessChart        *chart;
  AcRecoveryProfileChart *profile_chart;
  GtkStack               *profile_stack;
  GtkWidget              *profile_empty;
  GtkLabel               *profile_empty_label;
  GtkListBox             *recovery_list;
  GtkLabel               *summary_label;
  GtkLabel               *readout_label;
  GtkLabel               *period_label;
  GtkWidget              *latest_button;
  GtkDropDown            *range_dropdown;
  GtkLabel               *headline_label;
  GtkWidget              *stress_sleep_button;
  GtkWidget              *window_legend;
  GtkWidget              *band_legend;
  GtkLabel               *band_legend_label;
  GtkWidget              *everyday_legend;
  GtkWidget              *profile_legend[AC_N_PRESSURES];

  AcContext              *context;
  GSignalGroup           *journal_signals;
  AcJournal              *journal;      /* the context's, while it has one */
  AcRecovery             *recovery;
  GDate                   today;        /* the clock's, as seen last */
  guint                   update_id;
  gboolean                syncing_range;
};

G_DEFINE_FINAL_TYPE (AcRecoveryView, ac_recovery_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
pressure_title (AcPressure pressure)
{
  switch (pressure)
    {
    case AC_PRESSURE_LIGHT:    return _("Light pressure");
    case AC_PRESSURE_MODERATE: return _("Moderate pressure");
    case AC_PRESSURE_DEEP:
    default:                   return _("Deep pressure");
    }
}

static GtkWidget *
make_recovery_row (AcRecovery *recovery,
                   AcPressure  pressure,
                   guint       n_sessions)
{
  g_autofree char *subtitle = _ac_recovery_view_describe_pressure (recovery, pressure, n_sessions);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pressure_title (pressure));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_add_css_class (dot, "line");
  gtk_widget_add_css_class (dot, pressure_classes[pressure]);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);

  return row;
}

static void
update_recovery_list (AcRecoveryView *self)
{
  guint n_sessions[AC_N_PRESSURES] = { 0 };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list))) != NULL)
    gtk_list_box_remove (self->recovery_list, child);

  if (self->recovery != NULL)
    for (guint i = 0; i < ac_recovery_get_n_sessions (self->recovery); i++)
      n_sessions[ac_session_get_pressure (ac_recovery_get_session (self->recovery, i))]++;

  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    if (n_sessions[p] > 0)
      gtk_list_box_append (self->recovery_list, make_recovery_row (self->recovery, p, n_sessions[p]));

  gtk_widget_set_visible (GTK_WIDGET (self->recovery_list), gtk_widget_get_first_child (GTK_WIDGET (self->recovery_list)) != NULL);
}

static AcChartRange
range_by_nick (const char *nick,
               AcChartRange fallback)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (AC_TYPE_CHART_RANGE);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return value != NULL ? (AcChartRange) value->value : fallback;
}

/* While every record is of the last 4 weeks, all of them ("All" starts at
 * the first, two weeks at least): a first week fills half the chart, not
 * a corner of "3 Months". A longer journal starts on its last 3 months. */
static AcChartRange
range_for_data (AcRecoveryView *self)
{
  guint32 since = g_date_get_julian (&self->today) - 27;
  guint32 first = G_MAXUINT32;
  GListModel *list;

  if (self->journal == NULL)
    return AC_CHART_RANGE_ALL;

  list = ac_journal_get_sessions (self->journal);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (list, 0);
      GDate date;

      ac_session_get_local_date (session, &date);
      first = g_date_get_julian (&date);
    }
  list = ac_journal_get_checkins (self->journal);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (list, 0);

      first = MIN (first, ac_checkin_get_julian (checkin));
    }

  return first >= since ? AC_CHART_RANGE_ALL : AC_CHART_RANGE_3_MONTHS;
}

/* The range the person picked, remembered; else the one that fits the
 * data. */
static void
apply_range (AcRecoveryView *self)
{
  GSettings *settings = ac_context_get_settings (self->context);
  g_autoptr(GVariant) picked = settings != NULL ? g_settings_get_user_value (settings, "chart-range") : NULL;
  AcChartRange range = range_for_data (self);

  if (picked != NULL)
    range = range_by_nick (g_variant_get_string (picked, NULL), range);
  ac_soreness_chart_set_range (self->chart, range);
}

/* Stress and sleep can be shown once the journal has any (format 2): the
 * latest check-ins are the likeliest to. */
static gboolean
has_stress_sleep (AcJournal *journal)
{
  GListModel *checkins = ac_journal_get_checkins (journal);

  for (guint i = g_list_model_get_n_items (checkins); i > 0; i--)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i - 1);

      if (ac_checkin_get_stress (checkin) >= 0 || ac_checkin_get_sleep (checkin) >= 0)
        return TRUE;
    }

  return FALSE;
}

static void
update_stress_sleep (AcRecoveryView *self)
{
  gboolean can = gtk_widget_get_visible (self->stress_sleep_button);

  ac_soreness_chart_set_stress_sleep (self->chart,
                                      can && gtk_check_button_get_active (GTK_CHECK_BUTTON (self->stress_sleep_button)));
}

static void
update_recovery (AcRecoveryView *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->recovery);
  if (self->journal != NULL)
    {
      /* The model's headline from the analysis the page draws: the
       * insights' comparisons are the Insights view's. */
      g_autofree char *headline = NULL;

      self->recovery = ac_recovery_new (self->journal, &self->today);
      headline = ac_insights_describe_headline (self->recovery);
      gtk_label_set_text (self->headline_label, headline);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), self->recovery != NULL);

  apply_range (self);
  ac_soreness_chart_set_recovery (self->chart, self->recovery);
  gtk_widget_set_visible (self->stress_sleep_button, self->journal != NULL && has_stress_sleep (self->journal));
  update_stress_sleep (self);

  ac_recovery_profile_chart_set_recovery (self->profile_chart, self->recovery);
  gtk_widget_set_visible (self->everyday_legend, ac_recovery_profile_chart_get_baseline (self->profile_chart) > 0);
  /* The legend names the lines drawn. */
  for (AcPressure p = AC_PRESSURE_LIGHT; p <= AC_PRESSURE_DEEP; p++)
    gtk_widget_set_visible (self->profile_legend[p], ac_recovery_profile_chart_has_line (self->profile_chart, p));
  gtk_stack_set_visible_child_name (self->profile_stack,
                                    ac_recovery_profile_chart_has_data (self->profile_chart) ? "profile" : "empty");
  update_recovery_list (self);
}

static gboolean
update_idle (gpointer user_data)
{
  AcRecoveryView *self = user_data;

  self->update_id = 0;
  update_recovery (self);

  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (AcRecoveryView *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

static void
summary_changed_cb (AcRecoveryView *self)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *period = NULL;
  GDate first, last;

  gtk_label_set_text (self->summary_label, ac_soreness_chart_get_summary (self->chart));

  ac_soreness_chart_get_window (self->chart, &first, &last);
  /* Translators: the first day of the chart's period, in "3 Nov – 1 Dec
   * 2026"; see g_date_time_format() */
  first_text = _ac_chart_format_date (&first, g_date_get_year (&first) == g_date_get_year (&last)
                                              ? C_("chart period", "%-d %b")
                                              : C_("chart period", "%-d %b %Y"));
  /* Translators: the last day of the chart's period */
  last_text = _ac_chart_format_date (&last, C_("chart period", "%-d %b %Y"));
  /* Translators: the chart's period: "3 Nov – 1 Dec 2026" */
  period = g_strdup_printf (_("%s – %s"), first_text, last_text);
  gtk_label_set_text (self->period_label, period);
}

/* The legend of a banded chart says what a band is; the shading after
 * sessions is not drawn then. */
static void
band_changed_cb (AcRecoveryView *self)
{
  AcChartBand band = ac_soreness_chart_get_band (self->chart);
  const char *text;

  switch (band)
    {
    case AC_CHART_BAND_WEEK:    text = _("Each week: middle value and range"); break;
    case AC_CHART_BAND_MONTH:   text = _("Each month: middle value and range"); break;
    case AC_CHART_BAND_QUARTER: text = _("Each 3 months: middle value and range"); break;
    case AC_CHART_BAND_YEAR:    text = _("Each year: middle value and range"); break;
    case AC_CHART_BAND_DAY:
    default:                    text = NULL; break;
    }

  if (text != NULL)
    gtk_label_set_text (self->band_legend_label, text);
  gtk_widget_set_visible (self->band_legend, text != NULL);
  gtk_widget_set_visible (self->window_legend, text == NULL);
}

static void
readout_changed_cb (AcRecoveryView *self)
{
  const char *readout = ac_soreness_chart_get_readout (self->chart);

  if (readout != NULL)
    {
      gtk_label_set_text (self->readout_label, readout);
      gtk_widget_remove_css_class (GTK_WIDGET (self->readout_label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->readout_label,
                          _("Point at a day, or select the chart and use the arrow keys, to read it."));
      gtk_widget_add_css_class (GTK_WIDGET (self->readout_label), "dim-label");
    }
}

/* Activating a day of the chart shows it in the calendar. */
static void
day_activated_cb (AcRecoveryView *self,
                  const GDate    *date)
{
  g_autofree char *text = ac_date_format_iso (date);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-day", "s", text);
}

/* A range the person picks is remembered, and ends at the latest days:
 * the day the calendar showed was where the chart started, not where
 * they want to stay. */
static void
choose_range (AcRecoveryView *self,
              AcChartRange    range)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (AC_TYPE_CHART_RANGE);
  GSettings *settings = ac_context_get_settings (self->context);

  if (settings != NULL)
    g_settings_set_string (settings, "chart-range", g_enum_get_value (enum_class, range)->value_nick);
  ac_soreness_chart_set_anchor (self->chart, NULL);
  ac_soreness_chart_set_range (self->chart, range);
}

static void
sync_dropdown (AcRecoveryView *self)
{
  self->syncing_range = TRUE;
  gtk_drop_down_set_selected (self->range_dropdown, ac_soreness_chart_get_range (self->chart));
  self->syncing_range = FALSE;
}

static void
dropdown_selected_cb (AcRecoveryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  if (self->chart == NULL || self->syncing_range || selected > AC_CHART_RANGE_ALL)
    return;

  choose_range (self, selected);
}

static void
range_changed_cb (AcRecoveryView *self)
{
  sync_dropdown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

static void
show_latest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ac_recovery_view_show_latest (AC_RECOVERY_VIEW (widget));
}

static const char *
get_range_nick (AcRecoveryView *self)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (AC_TYPE_CHART_RANGE);
  GEnumValue *value = g_enum_get_value (enum_class, ac_soreness_chart_get_range (self->chart));

  return value != NULL ? value->value_nick : NULL;
}

static void
set_range_nick (AcRecoveryView *self,
                const char     *nick)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (AC_TYPE_CHART_RANGE);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  if (value == NULL)
    {
      g_warning ("No chart range called %s", nick);
      return;
    }

  choose_range (self, value->value);
}

static void
stress_sleep_toggled_cb (AcRecoveryView *self)
{
  update_stress_sleep (self);
}

static void
ac_recovery_view_dispose (GObject *object)
{
  AcRecoveryView *self = (AcRecoveryView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->update_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  g_clear_object (&self->recovery);
  g_clear_object (&self->context);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_RECOVERY_VIEW);

  G_OBJECT_CLASS (ac_recovery_view_parent_class)->dispose (object);
}

static void
ac_recovery_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AcRecoveryView *self = AC_RECOVERY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_RANGE:
      g_value_set_string (value, get_range_nick (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_recovery_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AcRecoveryView *self = AC_RECOVERY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_RANGE:
      set_range_nick (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void ac_recovery_view_constructed (GObject *object);

static void
ac_recovery_view_class_init (AcRecoveryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_recovery_view_constructed;
  object_class->dispose = ac_recovery_view_dispose;
  object_class->get_property = ac_recovery_view_get_property;
  object_class->set_property = ac_recovery_view_set_property;

  /**
   * AcRecoveryView:context:
   *
   * The journal the page shows, and the clock that says which day is
   * today.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcRecoveryView:range:
   *
   * The chart's range by its name ("4-weeks", "3-months", "year", "all"),
   * for the `recovery.range` action of the range switch. Setting it is
   * the person's pick: remembered in the settings, and the range then
   * ends at the latest days, even after ac_recovery_view_show_month().
   */
  properties[PROP_RANGE] =
    g_param_spec_string ("range", NULL, NULL, "3-months",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_ADAPTIVE_BOX);
  g_type_ensure (AC_TYPE_SORENESS_CHART);
  g_type_ensure (AC_TYPE_RECOVERY_PROFILE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-recovery-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, chart);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, profile_chart);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, profile_stack);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, profile_empty);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, profile_empty_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, recovery_list);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, readout_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, period_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, latest_button);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, stress_sleep_button);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, window_legend);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, band_legend);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, band_legend_label);
  gtk_widget_class_bind_template_child (widget_class, AcRecoveryView, everyday_legend);
  gtk_widget_class_bind_template_child_full (widget_class, "profile_legend_light", FALSE,
                                             G_STRUCT_OFFSET (AcRecoveryView, profile_legend[AC_PRESSURE_LIGHT]));
  gtk_widget_class_bind_template_child_full (widget_class, "profile_legend_moderate", FALSE,
                                             G_STRUCT_OFFSET (AcRecoveryView, profile_legend[AC_PRESSURE_MODERATE]));
  gtk_widget_class_bind_template_child_full (widget_class, "profile_legend_deep", FALSE,
                                             G_STRUCT_OFFSET (AcRecoveryView, profile_legend[AC_PRESSURE_DEEP]));
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, band_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stress_sleep_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, readout_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_selected_cb);

  gtk_widget_class_install_property_action (widget_class, "recovery.range", "range");
  gtk_widget_class_install_action (widget_class, "recovery.show-latest", NULL, show_latest_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recoveryview");
}

static void
on_journal_bound (AcRecoveryView *self,
                  AcJournal      *journal)
{
  g_set_object (&self->journal, journal);
  update_recovery (self);
}

static void
on_journal_unbound (AcRecoveryView *self)
{
  g_clear_object (&self->journal);
  update_recovery (self);
}

static void
on_day_changed (AcRecoveryView *self)
{
  ac_context_get_today (self->context, &self->today);
  update_recovery (self);
}

static void
ac_recovery_view_constructed (GObject *object)
{
  AcRecoveryView *self = AC_RECOVERY_VIEW (object);

  G_OBJECT_CLASS (ac_recovery_view_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  ac_context_get_today (self->context, &self->today);
  g_signal_connect_object (ac_context_get_clock (self->context), "day-changed",
                           G_CALLBACK (on_day_changed), self, G_CONNECT_SWAPPED);
  ac_soreness_chart_set_context (self->chart, self->context);

  self->journal_signals =
    ac_context_follow_journal (self->context, G_CALLBACK (journal_changed_cb), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);
  if (ac_context_get_settings (self->context) != NULL)
    g_settings_bind (ac_context_get_settings (self->context), "chart-stress-sleep",
                     self->stress_sleep_button, "active", G_SETTINGS_BIND_DEFAULT);
  summary_changed_cb (self);
  readout_changed_cb (self);
  band_changed_cb (self);
  update_recovery (self);
}

static void
ac_recovery_view_init (AcRecoveryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  g_signal_connect_object (self->chart, "notify::range", G_CALLBACK (range_changed_cb),
                           self, G_CONNECT_SWAPPED);
  sync_dropdown (self);
}

/**
 * ac_recovery_view_new:
 * @context: the journal to show, and the clock
 *
 * Returns: (transfer floating): a Recovery page
 */
GtkWidget *
ac_recovery_view_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_RECOVERY_VIEW, "context", context, NULL);
}

/**
 * ac_recovery_view_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
AcJournal *
ac_recovery_view_get_journal (AcRecoveryView *self)
{
  g_return_val_if_fail (AC_IS_RECOVERY_VIEW (self), NULL);

  return self->journal;
}

/**
 * ac_recovery_view_show_month:
 * @date: a day, such as the calendar's selected one
 *
 * Shows @date in the chart, its read-out on it: a day the chart shows
 * already leaves the range where it is; another scrolls it, as long as
 * it was, to have the day in its middle. The range stays the one the
 * buttons say, and "Latest" brings back the latest days.
 */
void
ac_recovery_view_show_month (AcRecoveryView *self,
                             const GDate    *date)
{
  g_return_if_fail (AC_IS_RECOVERY_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  ac_soreness_chart_set_anchor (self->chart, date);
  ac_soreness_chart_set_cursor (self->chart, date);
}

/**
 * ac_recovery_view_show_latest:
 *
 * The chart's range ends today again.
 */
void
ac_recovery_view_show_latest (AcRecoveryView *self)
{
  g_return_if_fail (AC_IS_RECOVERY_VIEW (self));

  ac_soreness_chart_set_anchor (self->chart, NULL);
}
