/* ac-finding-row.c — one finding of the insights: what is compared, the
 * sentence, and the sides' ranges
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-finding-row.h"

/* The title ("Peak soreness by pressure") with the verdict as a tag, the
 * finding in a sentence as the model words it, and the chart of its
 * sides. The caveat that every insight carries is said once, by the
 * view, not on every row. */

struct _AcFindingRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *title_label;
  GtkLabel      *verdict_label;
  GtkLabel      *finding_label;
  AcRangeChart  *chart;

  AcComparison  *comparison;
};

G_DEFINE_FINAL_TYPE (AcFindingRow, ac_finding_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_comparison (AcFindingRow *self,
                AcComparison *comparison)
{
  AcInsightVerdict verdict;

  if (comparison == NULL)
    return;
  verdict = ac_comparison_get_verdict (comparison);

  g_set_object (&self->comparison, comparison);
  gtk_label_set_text (self->title_label, ac_comparison_get_title (comparison));
  /* The row is a list item: named by its title, the finding read inside. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ac_comparison_get_title (comparison),
                                  -1);
  gtk_label_set_text (self->finding_label, ac_comparison_get_finding (comparison));
  ac_range_chart_set_comparison (self->chart, comparison);

  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), verdict != AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA);
  if (verdict == AC_INSIGHT_VERDICT_DIFFERENCE)
    {
      /* Translators: a tag on a finding whose ranges do not overlap */
      gtk_label_set_text (self->verdict_label, _("Clear difference"));
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "difference");
    }
  else
    /* Translators: a tag on a finding whose ranges overlap */
    gtk_label_set_text (self->verdict_label, _("No clear difference yet"));
}

static void
ac_finding_row_dispose (GObject *object)
{
  AcFindingRow *self = (AcFindingRow *)object;

  g_clear_object (&self->comparison);
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_FINDING_ROW);

  G_OBJECT_CLASS (ac_finding_row_parent_class)->dispose (object);
}

static void
ac_finding_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcFindingRow *self = AC_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_finding_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcFindingRow *self = AC_FINDING_ROW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_finding_row_class_init (AcFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_finding_row_dispose;
  object_class->get_property = ac_finding_row_get_property;
  object_class->set_property = ac_finding_row_set_property;

  /**
   * AcFindingRow:comparison:
   *
   * The comparison the row shows; it does not change.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         AC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_RANGE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AcFindingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AcFindingRow, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, AcFindingRow, finding_label);
  gtk_widget_class_bind_template_child (widget_class, AcFindingRow, chart);
}

static void
ac_finding_row_init (AcFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ac_finding_row_new:
 * @comparison: a finding
 *
 * Returns: (transfer floating): a row for @comparison
 */
GtkWidget *
ac_finding_row_new (AcComparison *comparison)
{
  g_return_val_if_fail (AC_IS_COMPARISON (comparison), NULL);

  return g_object_new (AC_TYPE_FINDING_ROW, "comparison", comparison, NULL);
}

/**
 * ac_finding_row_get_comparison:
 *
 * Returns: (transfer none): the comparison shown
 */
AcComparison *
ac_finding_row_get_comparison (AcFindingRow *self)
{
  g_return_val_if_fail (AC_IS_FINDING_ROW (self), NULL);

  return self->comparison;
}

/**
 * ac_finding_row_get_chart:
 *
 * Returns: (transfer none): the chart of the comparison's sides
 */
AcRangeChart *
ac_finding_row_get_chart (AcFindingRow *self)
{
  g_return_val_if_fail (AC_IS_FINDING_ROW (self), NULL);

  return self->chart;
}
