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

#include "ac-accessible-name.h"
#include "ac-adaptive-box.h"
#include "ac-chart-common-private.h"
#include "ac-date.h"
#include "ac-recovery-profile-chart.h"
#include "ac-recovery-view.h"
#include "ac-soreness-chart.h"

/* The soreness chart with its range switch, read-out, legend and summary
 * in words; beside it (below it when narrow) the recovery profile and the
 * median days to recover for each pressure. The recovery analysis is made
 * again after the journal changes, once per burst of changes, in an idle. */

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

/* "3", or "2.5" */
static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

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

/* The number for ngettext of a count of days that may be a half: the
 * plural of whole ones as usual, and for a half the form that 2 takes,
 * which is also what the languages with several plurals use for
 * fractions. */
static gulong
plural_of_days (double days)
{
  if (fabs (days - round (days)) < 0.05)
    return (gulong) round (days);
  return 2;
}

/* How many sessions each point of the profile rests on, in runs of days
 * with the same count: "3 sessions on days 0–3, 1 session on days 4–7".
 * NULL without points. */
static char *
points_text (AcRecovery *recovery,
             AcPressure  pressure)
{
  g_autoptr(GString) runs = g_string_new (NULL);
  guint d = 0;

  while (d < AC_RECOVERY_PROFILE_DAYS)
    {
      g_autofree char *run = NULL;
      guint first = d, n;

      ac_recovery_get_profile_mean (recovery, pressure, d, &n);
      for (d++; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          guint next;

          ac_recovery_get_profile_mean (recovery, pressure, d, &next);
          if (next != n)
            break;
        }
      if (n == 0)
        continue;

      if (d - 1 == first)
        /* Translators: the sessions behind a day of the recovery
         * profile: "2 sessions on day 5" */
        run = g_strdup_printf (ngettext ("%u session on day %u", "%u sessions on day %u", n), n, first);
      else
        /* Translators: the sessions behind a run of days of the recovery
         * profile: "3 sessions on days 0–3" */
        run = g_strdup_printf (ngettext ("%u session on days %u–%u", "%u sessions on days %u–%u", n),
                               n, first, d - 1);

      if (runs->len > 0)
        /* Translators: between the runs of days in "The chart's points
         * rest on 3 sessions on days 0–3, 1 session on days 4–7." */
        g_string_append (runs, C_("points runs", ", "));
      g_string_append (runs, run);
    }

  if (runs->len == 0)
    return NULL;

  /* Translators: how many sessions the points of a pressure's line in the
   * recovery profile rest on; %s is a list of runs of days, such as "3
   * sessions on days 0–3, 1 session on days 4–7" */
  return g_strdup_printf (_("The chart's points rest on %s."), runs->str);
}

/* How long soreness takes to pass after sessions of a pressure, against
 * GUIDANCE.md's usual 2–3 days, and what the profile's points rest on. */
static char *
recovery_text (AcRecovery *recovery,
               AcPressure  pressure,
               guint       n_sessions)
{
  guint n_days, n_peaks;
  double days = ac_recovery_get_median_days_to_recover (recovery, pressure, &n_days);
  double peak = ac_recovery_get_median_peak (recovery, pressure, &n_peaks);
  g_autofree char *points = points_text (recovery, pressure);
  g_autoptr(GString) text = g_string_new (NULL);

  if (days < 0)
    g_string_append_printf (text,
                            ngettext ("%u session, without enough check-ins after it yet to tell how long "
                                      "your soreness takes to pass.",
                                      "%u sessions, without enough check-ins after them yet to tell how long "
                                      "your soreness takes to pass.", n_sessions),
                            n_sessions);
  else
    {
      if (days < 0.5)
        /* Translators: the median number of days until soreness is 1 or
         * less after a session of a pressure, when that is the same day */
        g_string_append (text, _("Usually back to 1 or less on the day of the session"));
      else
        {
          g_autofree char *number = format_number (days);

          /* Translators: the median number of days until soreness is 1
           * or less after a session of a pressure: "Usually back to 1 or
           * less by 4 days after the session"; %s is a number, such as
           * 4 or 1.5 (a half takes the plural form of 2) */
          g_string_append_printf (text, ngettext ("Usually back to 1 or less by %s day after the session",
                                                  "Usually back to 1 or less by %s days after the session",
                                                  plural_of_days (days)),
                                  number);
        }

      g_string_append (text, _(", "));
      if (days < 2)
        g_string_append (text, _("sooner than the usual 2–3 days."));
      else if (days <= 3)
        g_string_append (text, _("within the usual 2–3 days."));
      else
        g_string_append (text, _("longer than the usual 2–3 days."));

      if (peak >= 0)
        {
          g_autofree char *number = format_number (peak);

          g_string_append (text, " ");
          /* Translators: the median of the highest soreness after sessions */
          g_string_append_printf (text, _("Typical peak %s."), number);
        }

      g_string_append (text, " ");
      g_string_append_printf (text, ngettext ("Median of %u session.", "Median of %u sessions.", n_days), n_days);
    }

  if (points != NULL)
    {
      g_string_append (text, " ");
      g_string_append (text, points);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_recovery_row (AcRecovery *recovery,
                   AcPressure  pressure,
                   guint       n_sessions)
{
  g_autofree char *subtitle = recovery_text (recovery, pressure, n_sessions);
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

static void
update_recovery (AcRecoveryView *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->recovery);
  if (self->journal != NULL)
    self->recovery = ac_recovery_new (self->journal, &self->today);

  ac_recovery_profile_chart_set_recovery (self->profile_chart, self->recovery);
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

/* A range the user picks ends at the latest days: the month the calendar
 * showed was where the chart started, not where the user wants to stay. */
static void
choose_range (AcRecoveryView *self,
              AcChartRange    range)
{
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
   * the user's pick: the range then ends at the latest days, even after
   * ac_recovery_view_show_month().
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
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
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
  summary_changed_cb (self);
  readout_changed_cb (self);
  update_recovery (self);
}

static void
ac_recovery_view_init (AcRecoveryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_cells (GTK_WIDGET (self));

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
 * Centres the chart's range on the month of @date; a range that would
 * reach past today still ends today. Until the user picks a range: that
 * ends at the latest days again.
 */
void
ac_recovery_view_show_month (AcRecoveryView *self,
                             const GDate    *date)
{
  g_return_if_fail (AC_IS_RECOVERY_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  ac_soreness_chart_set_anchor (self->chart, date);
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
