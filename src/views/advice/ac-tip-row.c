/* ac-tip-row.c — a tip of the aftercare library and what the evidence
 * says of it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-tip-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-source-links.h"
#include "ac-tip-row.h"

/* The tip as its title, the evidence note under it and the verdict in a
 * tag; opened, the evidence level and the sources. */

static const char * const verdict_classes[] = { "holds", "plausible", "untested", "not-supported" };

struct _AcTipRow
{
  AdwExpanderRow  parent_instance;

  GtkLabel       *verdict;
  GtkLabel       *evidence;
  GtkLabel       *sources;

  AcTip          *tip;
};

G_DEFINE_FINAL_TYPE (AcTipRow, ac_tip_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_TIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
sources_text (AcTip *tip)
{
  const char * const *sources = ac_tip_get_sources (tip);

  return g_strjoinv ("\n", (char **) sources);
}

static void
ac_tip_row_constructed (GObject *object)
{
  AcTipRow *self = (AcTipRow *)object;
  AcTipVerdict verdict = ac_tip_get_verdict (self->tip);

  G_OBJECT_CLASS (ac_tip_row_parent_class)->constructed (object);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ac_tip_get_title (self->tip));
  /* An expander row is a list item that libadwaita 1.2 leaves unnamed. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ac_tip_get_title (self->tip),
                                  -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), ac_tip_get_evidence_note (self->tip));
  gtk_label_set_text (self->verdict, ac_tip_verdict_get_label (verdict));
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict), verdict_classes[verdict]);
  gtk_label_set_text (self->evidence, ac_evidence_get_label (ac_tip_get_evidence (self->tip)));
  ac_source_links_show (self->sources, ac_tip_get_sources (self->tip));
}

static void
ac_tip_row_dispose (GObject *object)
{
  AcTipRow *self = (AcTipRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_TIP_ROW);
  g_clear_object (&self->tip);

  G_OBJECT_CLASS (ac_tip_row_parent_class)->dispose (object);
}

static void
ac_tip_row_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AcTipRow *self = AC_TIP_ROW (object);

  switch (prop_id)
    {
    case PROP_TIP:
      g_value_set_object (value, self->tip);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_tip_row_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AcTipRow *self = AC_TIP_ROW (object);

  switch (prop_id)
    {
    case PROP_TIP:
      self->tip = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_tip_row_class_init (AcTipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_tip_row_constructed;
  object_class->dispose = ac_tip_row_dispose;
  object_class->get_property = ac_tip_row_get_property;
  object_class->set_property = ac_tip_row_set_property;

  /**
   * AcTipRow:tip:
   *
   * The tip the row shows.
   */
  properties[PROP_TIP] =
    g_param_spec_object ("tip", NULL, NULL,
                         AC_TYPE_TIP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-tip-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AcTipRow, verdict);
  gtk_widget_class_bind_template_child (widget_class, AcTipRow, evidence);
  gtk_widget_class_bind_template_child (widget_class, AcTipRow, sources);
}

static void
ac_tip_row_init (AcTipRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "tip-row");
}

/**
 * ac_tip_row_new:
 * @tip: the tip
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ac_tip_row_new (AcTip *tip)
{
  g_return_val_if_fail (AC_IS_TIP (tip), NULL);

  return g_object_new (AC_TYPE_TIP_ROW, "tip", tip, NULL);
}

/**
 * ac_tip_row_get_tip:
 *
 * Returns: (transfer none): the tip shown
 */
AcTip *
ac_tip_row_get_tip (AcTipRow *self)
{
  g_return_val_if_fail (AC_IS_TIP_ROW (self), NULL);

  return self->tip;
}

/**
 * ac_tip_matches:
 * @search: (nullable): words to look for
 *
 * Returns: whether every word of @search starts a word of the tip's
 *   title, evidence note, verdict or sources, whatever their case and
 *   accents
 */
gboolean
ac_tip_matches (AcTip      *tip,
                const char *search)
{
  g_autofree char *sources = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (AC_IS_TIP (tip), FALSE);

  if (search == NULL || search[0] == '\0')
    return TRUE;

  sources = sources_text (tip);
  text = g_strjoin (" ", ac_tip_get_title (tip), ac_tip_get_evidence_note (tip),
                    ac_tip_verdict_get_label (ac_tip_get_verdict (tip)), sources, NULL);

  return g_str_match_string (search, text, TRUE);
}
