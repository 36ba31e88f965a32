/* ac-date-button.c — a button that shows a date and picks it from a calendar
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-date-button.h"
#include "ac-date.h"

struct _AcDateButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  GDate          date;
  GDate          latest;   /* the last day that can be picked; cleared for any */
  guint          syncing : 1;
};

G_DEFINE_FINAL_TYPE (AcDateButton, ac_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
date_to_date_time (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date),
                                g_date_get_month (date),
                                g_date_get_day (date),
                                12, 0, 0);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) date_time = date_to_date_time (date);

  return g_date_time_format (date_time, format);
}

/**
 * ac_date_format_long:
 *
 * Returns: (transfer full): @date in words, such as "Friday 20 November 2026"
 */
char *
ac_date_format_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a date in full, see g_date_time_format();
   * "Friday 20 November 2026" */
  return format_date (date, _("%A %-d %B %Y"));
}

static void
sync_widgets (AcDateButton *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  /* Translators: a date on a button, see g_date_time_format();
   * "Fri 20 Nov 2026" */
  g_autofree char *label = format_date (&self->date, _("%a %-d %b %Y"));
  g_autofree char *long_date = ac_date_format_long (&self->date);
  /* Translators: the accessible name of the date button; %s is the date */
  g_autofree char *accessible = g_strdup_printf (_("Date: %s"), long_date);

  date_time = date_to_date_time (&self->date);
  gtk_menu_button_set_label (self->menu_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), long_date);

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date_time);
  self->syncing = FALSE;
}

static void
on_popover_show (AcDateButton *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
on_day_selected (AcDateButton *self)
{
  g_autoptr(GDateTime) picked = NULL;
  GDate date;

  if (self->syncing)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  ac_date_set_date_time (&date, picked);

  /* A day after the latest can't be picked: the calendar goes back to
   * the latest, with the error bell. */
  if (g_date_valid (&self->latest) && g_date_compare (&date, &self->latest) > 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      date = self->latest;
      ac_date_button_set_date (self, &date);
      sync_widgets (self);
      return;
    }

  ac_date_button_set_date (self, &date);
}

/* A click on a day picks it and closes; clicks on the month and year
 * arrows keep the calendar open. */
static void
on_calendar_released (AcDateButton *self,
                      int           n_press,
                      double        x,
                      double        y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    gtk_popover_popdown (self->popover);
}

static gboolean
on_calendar_key_pressed (AcDateButton    *self,
                         guint            keyval,
                         guint            keycode,
                         GdkModifierType  state)
{
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter ||
      keyval == GDK_KEY_ISO_Enter || keyval == GDK_KEY_space)
    {
      gtk_popover_popdown (self->popover);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
ac_date_button_grab_focus (GtkWidget *widget)
{
  AcDateButton *self = AC_DATE_BUTTON (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
}

/* Activating the row the button is in opens the calendar. */
static gboolean
ac_date_button_mnemonic_activate (GtkWidget *widget,
                                  gboolean   group_cycling)
{
  AcDateButton *self = AC_DATE_BUTTON (widget);

  gtk_menu_button_popup (self->menu_button);

  return TRUE;
}

static void
ac_date_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (ac_date_button_parent_class)->dispose (object);
}

static void
ac_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcDateButton *self = AC_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcDateButton *self = AC_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ac_date_button_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_date_button_class_init (AcDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_date_button_dispose;
  object_class->get_property = ac_date_button_get_property;
  object_class->set_property = ac_date_button_set_property;

  widget_class->grab_focus = ac_date_button_grab_focus;
  widget_class->mnemonic_activate = ac_date_button_mnemonic_activate;

  /**
   * AcDateButton:date:
   *
   * The date shown, a valid #GDate.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, AcDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AcDateButton, popover);
  gtk_widget_class_bind_template_child (widget_class, AcDateButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_released);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_key_pressed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "acdatebutton");
}

/* No date until its owner sets one: the editors and the export dialog
 * do as they make it, from the record or the clock's today. */
static void
ac_date_button_init (AcDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->date, 1);
  g_date_clear (&self->latest, 1);
}

GtkWidget *
ac_date_button_new (void)
{
  return g_object_new (AC_TYPE_DATE_BUTTON, NULL);
}

/**
 * ac_date_button_get_date:
 *
 * Returns: (transfer none): the date shown
 */
const GDate *
ac_date_button_get_date (AcDateButton *self)
{
  g_return_val_if_fail (AC_IS_DATE_BUTTON (self), NULL);

  return &self->date;
}

void
ac_date_button_set_date (AcDateButton *self,
                         const GDate  *date)
{
  g_return_if_fail (AC_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0)
    return;

  self->date = *date;
  sync_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ac_date_button_set_latest:
 * @latest: (nullable): the last day the calendar picks; %NULL for any
 *
 * The calendar shows later days, but picking one picks @latest. The date
 * set with ac_date_button_set_date() is not limited: the form says what
 * is wrong with it.
 */
void
ac_date_button_set_latest (AcDateButton *self,
                           const GDate  *latest)
{
  g_return_if_fail (AC_IS_DATE_BUTTON (self));
  g_return_if_fail (latest == NULL || g_date_valid (latest));

  if (latest != NULL)
    self->latest = *latest;
  else
    g_date_clear (&self->latest, 1);
}
