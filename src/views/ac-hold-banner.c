/* ac-hold-banner.c — the banner every view shows while a hold is on
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-hold-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-adaptive-box.h"
#include "ac-hold-banner.h"

/* GUIDANCE.md: while a hold is on, every view shows a banner that names
 * the symptom and leads to the advice. It sits in the window above the
 * view stack, so it is on every page. libadwaita 1.2 has no AdwBanner:
 * a revealer holds a sentence and two buttons, beside it when the window
 * is wide and under it when narrow. The buttons name the window's
 * actions: win.show-view "advice" and win.mark-checked. */

struct _AcHoldBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title;

  AcContext   *context;
};

G_DEFINE_FINAL_TYPE (AcHoldBanner, ac_hold_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_hold (AcHoldBanner *self)
{
  AcHold *hold = ac_context_get_hold (self->context);
  gboolean on = ac_hold_is_on (hold);

  /* The sentence stays while the banner slides away. */
  if (on)
    gtk_label_set_text (self->title, ac_hold_get_title (hold));
  if (on == gtk_revealer_get_reveal_child (self->revealer))
    return;

  gtk_revealer_set_reveal_child (self->revealer, on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

static void
ac_hold_banner_constructed (GObject *object)
{
  AcHoldBanner *self = AC_HOLD_BANNER (object);

  G_OBJECT_CLASS (ac_hold_banner_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "notify::hold", G_CALLBACK (on_hold),
                           self, G_CONNECT_SWAPPED);
  on_hold (self);
}

static void
ac_hold_banner_dispose (GObject *object)
{
  AcHoldBanner *self = AC_HOLD_BANNER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_HOLD_BANNER);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ac_hold_banner_parent_class)->dispose (object);
}

static void
ac_hold_banner_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcHoldBanner *self = AC_HOLD_BANNER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_REVEALED:
      g_value_set_boolean (value, ac_hold_banner_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_hold_banner_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcHoldBanner *self = AC_HOLD_BANNER (object);

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
ac_hold_banner_class_init (AcHoldBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_hold_banner_constructed;
  object_class->dispose = ac_hold_banner_dispose;
  object_class->get_property = ac_hold_banner_get_property;
  object_class->set_property = ac_hold_banner_set_property;

  /**
   * AcHoldBanner:context:
   *
   * Whose hold the banner shows.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcHoldBanner:revealed:
   *
   * Whether the banner is shown (or sliding in): while the context's
   * hold is on.
   */
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_ADAPTIVE_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-hold-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, AcHoldBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, AcHoldBanner, title);
  /* Not kept: for the tests, which press them. */
  gtk_widget_class_bind_template_child_full (widget_class, "advice_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "checked_button", FALSE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "holdbanner");
}

static void
ac_hold_banner_init (AcHoldBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ac_hold_banner_new:
 * @context: whose hold to show
 *
 * Returns: (transfer floating): a banner, hidden while the hold is off
 */
GtkWidget *
ac_hold_banner_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_HOLD_BANNER, "context", context, NULL);
}

gboolean
ac_hold_banner_get_revealed (AcHoldBanner *self)
{
  g_return_val_if_fail (AC_IS_HOLD_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}
