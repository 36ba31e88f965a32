/* ac-insights-view.c — the Insights page: what the person's own sessions
 * show, and what massage cost
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-insights-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-advice.h"
#include "ac-finding-row.h"
#include "ac-insights-view.h"
#include "ac-sore-map.h"

/* GUIDANCE.md's "Benefits and insights", as AcInsights has them: the
 * headline; the findings, strongest first (the model's order), each a
 * sentence with a chart of its sides; the comparisons that need more
 * sessions, folded after them; what massage cost, per currency; and the
 * caveat, in view while there is a finding. Without a finding, a status
 * page says what to record to get one.
 *
 * The page computes nothing itself. It makes the insights again after the
 * journal or the day changes, once per burst of changes in an idle, and
 * only while it is shown: hidden, it notes that they are out of date and
 * makes them when it is shown again. The window builds the page the first
 * time it is shown, so start-up does not pay for it. */

struct _AcInsightsView
{
  GtkWidget           parent_instance;

  GtkLabel           *headline_label;
  AdwStatusPage      *empty_page;
  GtkWidget          *findings_section;
  GtkListBox         *findings_list;
  AcSoreMap          *sore_map;
  GtkWidget          *missing_list;
  AdwExpanderRow     *missing_expander;
  GtkWidget          *costs_section;
  GtkWidget          *costs_caption;
  GtkBox             *costs_box;
  GtkWidget          *caveat_bar;
  GtkLabel           *caveat_label;
  GtkLabel           *disclaimer_label;

  GtkFilterListModel *findings;       /* of the insights' comparisons */
  GtkFilterListModel *missing;
  GPtrArray          *missing_rows;   /* in missing_expander */

  AcContext          *context;
  GSignalGroup       *journal_signals;
  AcJournal          *journal;        /* the context's, while it has one */
  AcInsights         *insights;
  guint               update_id;
  gboolean            stale;          /* the journal or day changed while hidden */
};

G_DEFINE_FINAL_TYPE (AcInsightsView, ac_insights_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_INSIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_finding (gpointer item,
            gpointer user_data)
{
  return ac_comparison_get_verdict (item) != AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA;
}

static gboolean
is_missing (gpointer item,
            gpointer user_data)
{
  return !is_finding (item, user_data);
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  return ac_finding_row_new (item);
}

/* "120.00 EUR" */
static char *
format_amount (const AcCost *cost,
               gint64        amount)
{
  g_autofree char *number = ac_cost_format_amount (cost, amount);

  /* Translators: an amount of money and its currency code: "120.00 EUR" */
  return g_strdup_printf (C_("money", "%s %s"), number, cost->currency);
}

static GtkWidget *
make_value_row (const char *title,
                const char *subtitle,
                const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static GtkWidget *
make_cost_row (const char   *title,
               const char   *subtitle,
               const AcCost *cost,
               gint64        amount)
{
  g_autofree char *text = format_amount (cost, amount);

  return make_value_row (title, subtitle, text);
}

/* "4 sessions, 240 minutes", under the title: too long beside it at
 * 360 pixels. */
static GtkWidget *
make_time_row (const char *title,
               guint       n_sessions,
               guint       minutes)
{
  g_autofree char *sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", n_sessions), n_sessions);
  g_autofree char *text = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: how many sessions, and "240 minutes" */
  text = g_strdup_printf (ngettext ("%s, %u minute", "%s, %u minutes", minutes), sessions, minutes);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* The sessions and minutes of the same windows as the money, priced or
 * not. */
static GtkWidget *
make_time_group (const AcTimeSpent *time_spent)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Time"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_time_row (_("Last 30 days"), time_spent->sessions_30_days,
                                            time_spent->minutes_30_days));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_time_row (_("Last 365 days"), time_spent->sessions_365_days,
                                            time_spent->minutes_365_days));
  return group;
}

/* A group per currency, never added across currencies: the last 30 days,
 * the last 365, and the last 365 by therapist. */
static GtkWidget *
make_cost_group (const AcCost *cost)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = NULL;

  /* Translators: the heading of what massage cost in one currency; a
   * currency code, such as "EUR" */
  title = g_strdup_printf (_("In %s"), cost->currency);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_cost_row (_("Last 30 days"), NULL, cost, cost->last_30_days));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_cost_row (_("Last 365 days"), NULL, cost, cost->last_365_days));
  for (guint i = 0; i < cost->n_therapists; i++)
    {
      g_autofree char *name = NULL;

      /* Translators: what the sessions with a therapist cost; a name */
      name = g_strdup_printf (_("With %s"), cost->by_therapist[i].name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_cost_row (name, _("Last 365 days"), cost, cost->by_therapist[i].total));
    }

  return group;
}

/* Returns: whether there is anything to show: a session of the last 365
 * days, or a price */
static gboolean
update_costs (AcInsightsView *self)
{
  const AcCost *costs = NULL;
  guint n_costs = 0;
  AcTimeSpent time_spent = { 0 };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->costs_box))) != NULL)
    gtk_box_remove (self->costs_box, child);

  if (self->insights != NULL)
    {
      costs = ac_insights_get_costs (self->insights, &n_costs);
      ac_insights_get_time_spent (self->insights, &time_spent);
    }
  if (time_spent.sessions_365_days > 0)
    gtk_box_append (self->costs_box, make_time_group (&time_spent));
  for (guint i = 0; i < n_costs; i++)
    gtk_box_append (self->costs_box, make_cost_group (&costs[i]));

  if (n_costs == 0)
    {
      GtkWidget *label = gtk_label_new (_("No prices recorded for sessions of the last 365 days. "
                                          "Add a price to a session to see what massage costs you."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->costs_box, label);
    }
  gtk_widget_set_visible (self->costs_caption, n_costs > 0);

  return n_costs > 0 || time_spent.sessions_365_days > 0;
}

/* The comparisons that need more sessions, each with what is missing. */
static void
update_missing (AcInsightsView *self)
{
  GListModel *missing = G_LIST_MODEL (self->missing);
  guint n = g_list_model_get_n_items (missing);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->missing_rows->len; i++)
    adw_expander_row_remove (self->missing_expander, g_ptr_array_index (self->missing_rows, i));
  g_ptr_array_set_size (self->missing_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (missing, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ac_comparison_get_title (comparison));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ac_comparison_get_finding (comparison));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      adw_expander_row_add_row (self->missing_expander, row);
      g_ptr_array_add (self->missing_rows, row);
    }

  subtitle = g_strdup_printf (ngettext ("%u comparison needs more sessions",
                                        "%u comparisons need more sessions", n),
                              n);
  adw_expander_row_set_subtitle (self->missing_expander, subtitle);
}

static void
update (AcInsightsView *self)
{
  GListModel *comparisons = NULL;
  guint n_findings, n_missing;
  gboolean costs, anything;

  g_clear_handle_id (&self->update_id, g_source_remove);
  self->stale = FALSE;

  g_clear_object (&self->insights);
  if (self->journal != NULL)
    {
      GDate today;

      ac_context_get_today (self->context, &today);
      self->insights = ac_insights_new (self->journal, &today);
      comparisons = ac_insights_get_comparisons (self->insights);
      ac_sore_map_set_journal (self->sore_map, self->journal, &today);
    }
  else
    ac_sore_map_set_journal (self->sore_map, NULL, NULL);

  gtk_filter_list_model_set_model (self->findings, comparisons);
  gtk_filter_list_model_set_model (self->missing, comparisons);
  n_findings = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  n_missing = g_list_model_get_n_items (G_LIST_MODEL (self->missing));
  update_missing (self);
  costs = update_costs (self);
  anything = n_findings + n_missing > 0 || costs;

  gtk_label_set_text (self->headline_label,
                      self->insights != NULL ? ac_insights_get_headline (self->insights) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), anything);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), n_findings == 0);
  gtk_widget_set_visible (self->findings_section, n_findings > 0);
  gtk_widget_set_visible (self->missing_list, n_missing > 0);
  /* Without a finding, what is missing is the news: shown unfolded. */
  if (n_findings == 0)
    adw_expander_row_set_expanded (self->missing_expander, TRUE);
  gtk_widget_set_visible (self->costs_section, anything);
  gtk_widget_set_visible (GTK_WIDGET (self->sore_map), anything);
  gtk_widget_set_visible (GTK_WIDGET (self->caveat_label), n_findings > 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSIGHTS]);
}

static gboolean
update_idle (gpointer user_data)
{
  AcInsightsView *self = user_data;

  self->update_id = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

static void
queue_update (AcInsightsView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->update_id, g_source_remove);
      self->stale = TRUE;
      return;
    }

  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

static void
on_journal_bound (AcInsightsView *self,
                  AcJournal      *journal)
{
  g_set_object (&self->journal, journal);
  queue_update (self);
}

static void
on_journal_unbound (AcInsightsView *self)
{
  g_clear_object (&self->journal);
  queue_update (self);
}

static void
ac_insights_view_map (GtkWidget *widget)
{
  AcInsightsView *self = AC_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (ac_insights_view_parent_class)->map (widget);

  if (self->stale)
    update (self);
}

static void
ac_insights_view_constructed (GObject *object)
{
  AcInsightsView *self = AC_INSIGHTS_VIEW (object);

  G_OBJECT_CLASS (ac_insights_view_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  g_signal_connect_object (ac_context_get_clock (self->context), "day-changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  self->journal_signals =
    ac_context_follow_journal (self->context, G_CALLBACK (queue_update), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);
  /* Made when the page is first shown: the insights are made with it. */
  update (self);
}

static void
ac_insights_view_dispose (GObject *object)
{
  AcInsightsView *self = (AcInsightsView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->update_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->missing_rows, g_ptr_array_unref);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_INSIGHTS_VIEW);

  g_clear_object (&self->findings);
  g_clear_object (&self->missing);
  g_clear_object (&self->insights);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ac_insights_view_parent_class)->dispose (object);
}

static void
ac_insights_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AcInsightsView *self = AC_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_INSIGHTS:
      g_value_set_object (value, self->insights);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_insights_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AcInsightsView *self = AC_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_insights_view_class_init (AcInsightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_insights_view_constructed;
  object_class->dispose = ac_insights_view_dispose;
  object_class->get_property = ac_insights_view_get_property;
  object_class->set_property = ac_insights_view_set_property;
  widget_class->map = ac_insights_view_map;

  /**
   * AcInsightsView:context:
   *
   * The journal the page shows, and the clock that says which day is
   * today.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcInsightsView:insights:
   *
   * The insights shown, made again after the journal or the day changes;
   * %NULL without a journal.
   */
  properties[PROP_INSIGHTS] =
    g_param_spec_object ("insights", NULL, NULL,
                         AC_TYPE_INSIGHTS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_SORE_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-insights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, findings_section);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, sore_map);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, missing_list);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, missing_expander);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, costs_section);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, costs_caption);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, costs_box);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, caveat_bar);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, caveat_label);
  gtk_widget_class_bind_template_child (widget_class, AcInsightsView, disclaimer_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insightsview");
}

static void
ac_insights_view_init (AcInsightsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->missing_rows = g_ptr_array_new ();
  self->findings = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (is_finding, NULL, NULL)));
  self->missing = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (is_missing, NULL, NULL)));
  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->findings), create_finding_row, NULL, NULL);
  gtk_label_set_text (self->caveat_label, ac_insights_get_caveat ());
  gtk_label_set_text (self->disclaimer_label, ac_advice_get_disclaimer ());
}

/**
 * ac_insights_view_new:
 * @context: the journal to show, and the clock
 *
 * Returns: (transfer floating): an Insights page
 */
GtkWidget *
ac_insights_view_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_INSIGHTS_VIEW, "context", context, NULL);
}

/**
 * ac_insights_view_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
AcJournal *
ac_insights_view_get_journal (AcInsightsView *self)
{
  g_return_val_if_fail (AC_IS_INSIGHTS_VIEW (self), NULL);

  return self->journal;
}

/**
 * ac_insights_view_get_insights:
 *
 * Returns: (transfer none) (nullable): the insights shown, or %NULL
 *   without a journal
 */
AcInsights *
ac_insights_view_get_insights (AcInsightsView *self)
{
  g_return_val_if_fail (AC_IS_INSIGHTS_VIEW (self), NULL);

  return self->insights;
}
