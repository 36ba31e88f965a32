/* ac-day-cell.c — one day of the month grid
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-day-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-day-cell.h"

/* Chips shown at most; more sessions on one day show as "+N". */
#define N_CHIPS 3
/* Vertical space between the lines of a cell, in pixels. */
#define LINE_SPACING 2

static const char * const pressure_classes[] = { "light", "moderate", "deep" };
static const char * const band_classes[] = { NULL, "soreness-mild", "soreness-moderate", "soreness-severe" };

/* A month shows 42 cells and most days hold nothing, so a cell starts
 * with its day number and one chip, which gives the height of a line; the
 * other parts are made the first time a day needs them, and kept. */
struct _AcDayCell
{
  GtkWidget       parent_instance;

  GtkLabel       *day_label;
  GtkImage       *mark;                  /* or NULL until a red flag */
  GtkLabel       *suggested;             /* or NULL until suggested */
  GtkLabel       *more;                  /* or NULL until "+N" */
  GtkLabel       *chips_long[N_CHIPS];   /* "18:30 · 60′", when the cell is wide */
  GtkLabel       *chips_short[N_CHIPS];  /* "60′"; the first always exists */

  GDate           date;
  char           *records;               /* the day's records in words, or NULL */
  AcDayCellFlags  flags;
  guint           n_sessions;
  AcSorenessBand  band;
  guint           red_flag : 1;
};

G_DEFINE_FINAL_TYPE (AcDayCell, ac_day_cell, GTK_TYPE_WIDGET)

static void
set_css_class (GtkWidget  *widget,
               const char *name,
               gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* 0 for a part not made yet. */
static int
measure_size (GtkWidget      *child,
              GtkOrientation  orientation,
              gboolean        natural)
{
  int minimum, natural_size;

  if (child == NULL)
    return 0;
  gtk_widget_measure (child, orientation, -1, &minimum, &natural_size, NULL, NULL);

  return natural ? natural_size : minimum;
}

static int
header_height (AcDayCell *self)
{
  return MAX (measure_size (GTK_WIDGET (self->day_label), GTK_ORIENTATION_VERTICAL, TRUE),
              measure_size (GTK_WIDGET (self->mark), GTK_ORIENTATION_VERTICAL, TRUE));
}

static int
line_height (AcDayCell *self)
{
  return measure_size (GTK_WIDGET (self->chips_short[0]), GTK_ORIENTATION_VERTICAL, TRUE);
}

/* The size of a cell does not depend on what the day holds, so that the
 * grid keeps its shape from month to month: room for the day number and
 * one line of chips at least, two lines naturally. */
static void
ac_day_cell_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  AcDayCell *self = AC_DAY_CELL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int mark_min = measure_size (GTK_WIDGET (self->mark), orientation, FALSE);
      int mark_nat = measure_size (GTK_WIDGET (self->mark), orientation, TRUE);

      *minimum = measure_size (GTK_WIDGET (self->day_label), orientation, FALSE) + mark_min;
      *natural = measure_size (GTK_WIDGET (self->day_label), orientation, TRUE) + mark_nat;

      for (guint i = 0; i < N_CHIPS; i++)
        {
          *minimum = MAX (*minimum, measure_size (GTK_WIDGET (self->chips_short[i]), orientation, FALSE));
          *natural = MAX (*natural, measure_size (GTK_WIDGET (self->chips_long[i]), orientation, TRUE));
        }
      *minimum = MAX (*minimum, measure_size (GTK_WIDGET (self->more), orientation, FALSE));
      *natural = MAX (*natural, *minimum);
    }
  else
    {
      int header = header_height (self);
      int line = line_height (self);

      *minimum = header + LINE_SPACING + line;
      *natural = header + 2 * (LINE_SPACING + line);
    }
}

static void
hide (gpointer child)
{
  if (child != NULL)
    gtk_widget_set_child_visible (child, FALSE);
}

static void
place (GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height)
{
  gtk_widget_set_child_visible (child, TRUE);
  width = MAX (width, measure_size (child, GTK_ORIENTATION_HORIZONTAL, FALSE));
  height = MAX (height, measure_size (child, GTK_ORIENTATION_VERTICAL, FALSE));
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

/* Shows as much as fits: the suggested tag only when every chip fits too,
 * the long form of a chip ("18:30 · 60′") when the cell is wide enough,
 * and when not all chips fit, the first one and "+N" for the others. */
static void
ac_day_cell_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  AcDayCell *self = AC_DAY_CELL (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int header = header_height (self);
  int line = line_height (self);
  int day_width = measure_size (GTK_WIDGET (self->day_label), GTK_ORIENTATION_HORIZONTAL, TRUE);
  int rows, y;
  guint n_shown, n_more;
  gboolean show_suggested;

  place (GTK_WIDGET (self->day_label), rtl ? width - day_width : 0, 0, day_width, header);

  if (self->red_flag)
    {
      int mark_width = measure_size (GTK_WIDGET (self->mark), GTK_ORIENTATION_HORIZONTAL, TRUE);
      int mark_height = measure_size (GTK_WIDGET (self->mark), GTK_ORIENTATION_VERTICAL, TRUE);

      place (GTK_WIDGET (self->mark), rtl ? 0 : width - mark_width,
             (header - mark_height) / 2, mark_width, mark_height);
    }
  else
    hide (self->mark);

  y = header + LINE_SPACING;
  rows = MAX (0, (height - y + LINE_SPACING) / (line + LINE_SPACING));

  show_suggested = (self->flags & AC_DAY_CELL_SUGGESTED) != 0 &&
                   rows > (int) self->n_sessions &&
                   measure_size (GTK_WIDGET (self->suggested), GTK_ORIENTATION_HORIZONTAL, TRUE) <= width;
  if (show_suggested)
    {
      place (GTK_WIDGET (self->suggested), 0, y, width, line);
      y += line + LINE_SPACING;
      rows--;
    }
  else
    hide (self->suggested);

  /* All the chips, or the first and "+N" for the others. */
  if (self->n_sessions <= MIN ((guint) rows, N_CHIPS))
    n_shown = self->n_sessions;
  else
    n_shown = MIN ((guint) rows, 1);
  n_more = rows >= 2 ? self->n_sessions - n_shown : 0;

  for (guint i = 0; i < N_CHIPS; i++)
    {
      GtkWidget *chip_long = GTK_WIDGET (self->chips_long[i]);
      GtkWidget *chip_short = GTK_WIDGET (self->chips_short[i]);
      gboolean fits_long;

      if (i >= n_shown)
        {
          hide (chip_long);
          hide (chip_short);
          continue;
        }

      fits_long = measure_size (chip_long, GTK_ORIENTATION_HORIZONTAL, TRUE) <= width;
      place (fits_long ? chip_long : chip_short, 0, y, width, line);
      hide (fits_long ? chip_short : chip_long);
      y += line + LINE_SPACING;
    }

  if (n_more > 0)
    place (GTK_WIDGET (self->more), 0, y, width, line);
  else
    hide (self->more);
}

static void
ac_day_cell_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ac_day_cell_parent_class)->dispose (object);
}

static void
ac_day_cell_finalize (GObject *object)
{
  AcDayCell *self = AC_DAY_CELL (object);

  g_clear_pointer (&self->records, g_free);

  G_OBJECT_CLASS (ac_day_cell_parent_class)->finalize (object);
}

static void
ac_day_cell_class_init (AcDayCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_day_cell_dispose;
  object_class->finalize = ac_day_cell_finalize;

  widget_class->measure = ac_day_cell_measure;
  widget_class->size_allocate = ac_day_cell_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "daycell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

/* A part of the cell: hidden from screen readers, as the cell's own
 * label says everything, and not shown until placed. */
static GtkWidget *
add_part (AcDayCell  *self,
          GtkWidget  *part,
          const char *style_class,
          const char *second_class)
{
  gtk_widget_add_css_class (part, style_class);
  if (second_class != NULL)
    gtk_widget_add_css_class (part, second_class);
  gtk_accessible_update_state (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_child_visible (part, FALSE);
  gtk_widget_set_parent (part, GTK_WIDGET (self));

  return part;
}

static GtkLabel *
add_label (AcDayCell  *self,
           const char *text,
           const char *style_class,
           const char *second_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return GTK_LABEL (add_part (self, label, style_class, second_class));
}

static GtkLabel *
ensure_chip (AcDayCell  *self,
             GtkLabel  **chip)
{
  if (*chip == NULL)
    *chip = add_label (self, NULL, "chip", "numeric");
  return *chip;
}

static void
ac_day_cell_init (AcDayCell *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->day_label = add_label (self, NULL, "day-number", "numeric");
  gtk_label_set_xalign (self->day_label, 0.5);
  ensure_chip (self, &self->chips_short[0]);

  g_date_clear (&self->date, 1);
}

GtkWidget *
ac_day_cell_new (void)
{
  return g_object_new (AC_TYPE_DAY_CELL, NULL);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

static void
append_part (GString    *text,
             const char *part)
{
  g_string_append (text, text->len > 0 ? "; " : "");
  g_string_append (text, part);
}

/* "1 session, deep, 60 minutes; soreness 4, moderate; warning symptom
 * noted": what the day holds, in words, or NULL when nothing. */
static char *
describe_records (AcDayCell *self,
                  GPtrArray *sessions,
                  AcCheckin *checkin,
                  AcHold    *hold)
{
  g_autoptr(GString) parts = g_string_new (NULL);

  if (sessions != NULL && sessions->len > 0)
    {
      g_autoptr(GString) part = g_string_new (NULL);

      g_string_printf (part, ngettext ("%u session", "%u sessions", sessions->len), sessions->len);
      for (guint i = 0; i < sessions->len; i++)
        {
          AcSession *session = g_ptr_array_index (sessions, i);
          g_autofree char *pressure = g_utf8_strdown (ac_pressure_get_label (ac_session_get_pressure (session)), -1);
          int minutes = ac_session_get_minutes (session);

          g_string_append_printf (part, ", %s, ", pressure);
          g_string_append_printf (part, ngettext ("%d minute", "%d minutes", minutes), minutes);
          if (ac_session_get_planned (session))
            g_string_append_printf (part, ", %s", C_("session", "planned"));
          if (hold != NULL && ac_hold_is_postponed (hold, ac_session_get_id (session)))
            /* Translators: read out for a planned session that a warning
             * sign asks to postpone */
            g_string_append_printf (part, ", %s", _("to postpone until the warning sign has been checked"));
        }
      append_part (parts, part->str);
    }

  if (checkin != NULL)
    {
      int soreness = ac_checkin_get_soreness (checkin);
      g_autofree char *band = g_utf8_strdown (ac_soreness_band_get_label (self->band), -1);
      g_autofree char *part = g_strdup_printf (_("soreness %d, %s"), soreness, band);

      append_part (parts, part);
      if (self->red_flag)
        append_part (parts, _("warning symptom noted"));
    }

  return parts->len > 0 ? g_string_free (g_steal_pointer (&parts), FALSE) : NULL;
}

/* "Friday 20 November: today; 1 session, deep, 60 minutes; soreness 4,
 * moderate" — the whole cell in words, for screen readers. Today and the
 * suggestion come from the flags, so that a new day or a new suggestion
 * is told without describing the records again. */
static void
update_label (AcDayCell *self)
{
  /* Translators: a day of the calendar, read by screen readers; see
   * g_date_time_format() for the codes */
  g_autofree char *day = format_date (&self->date, C_("calendar day", "%A %-d %B"));
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *label = NULL;

  if (self->flags & AC_DAY_CELL_TODAY)
    append_part (parts, _("today"));
  if (self->records != NULL)
    append_part (parts, self->records);
  if (self->flags & AC_DAY_CELL_SUGGESTED)
    append_part (parts, _("suggested day for the next session"));
  if (parts->len == 0)
    append_part (parts, _("nothing recorded"));

  label = g_strdup_printf ("%s: %s", day, parts->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update_chip (AcDayCell *self,
             guint      index,
             AcSession *session,
             gboolean   postpone)
{
  GtkWidget *chips[] = {
    GTK_WIDGET (ensure_chip (self, &self->chips_long[index])),
    GTK_WIDGET (ensure_chip (self, &self->chips_short[index])),
  };
  AcPressure pressure = ac_session_get_pressure (session);
  gboolean planned = ac_session_get_planned (session);
  int minutes = ac_session_get_minutes (session);
  g_autofree char *time = NULL;
  g_autofree char *text_long = NULL;
  g_autofree char *text_short = NULL;

  /* Translators: a session's length on the calendar, "60′" is 60 minutes */
  text_short = g_strdup_printf (C_("calendar chip", "%d′"), minutes);
  /* Translators: a session's start time on the calendar; see
   * g_date_time_format() for the codes */
  time = g_date_time_format (ac_session_get_start (session), C_("calendar chip", "%H:%M"));
  /* Translators: a session on the calendar: its start time and length */
  text_long = g_strdup_printf (C_("calendar chip", "%s · %s"), time, text_short);

  set_label_text (self->chips_long[index], text_long);
  set_label_text (self->chips_short[index], text_short);

  for (guint c = 0; c < G_N_ELEMENTS (chips); c++)
    {
      for (guint p = 0; p < G_N_ELEMENTS (pressure_classes); p++)
        set_css_class (chips[c], pressure_classes[p], p == pressure);
      set_css_class (chips[c], "planned", planned);
      set_css_class (chips[c], "postpone", postpone);
    }
}

static void
apply_flags (AcDayCell *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if ((self->flags & AC_DAY_CELL_SUGGESTED) && self->suggested == NULL)
    /* Translators: a small tag on the calendar's day that is the
     * suggested date of the next session */
    self->suggested = add_label (self, C_("calendar", "Suggested"), "chip", "suggested");

  set_css_class (widget, "other-month", self->flags & AC_DAY_CELL_OTHER_MONTH);
  set_css_class (widget, "today", self->flags & AC_DAY_CELL_TODAY);
  set_css_class (widget, "selected", self->flags & AC_DAY_CELL_SELECTED);
  set_css_class (widget, "suggested", self->flags & AC_DAY_CELL_SUGGESTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, (self->flags & AC_DAY_CELL_SELECTED) != 0,
                               -1);
}

/**
 * ac_day_cell_update:
 * @date: the day the cell shows
 * @sessions: (nullable) (element-type AcSession): the day's sessions, by start
 * @checkin: (nullable): the day's check-in
 * @hold: (nullable): the hold, whose planned sessions to postpone are
 *   marked
 * @flags: how the day relates to the grid
 *
 * Shows a day, in place: the cell's widgets are reused.
 */
void
ac_day_cell_update (AcDayCell      *self,
                    const GDate    *date,
                    GPtrArray      *sessions,
                    AcCheckin      *checkin,
                    AcHold         *hold,
                    AcDayCellFlags  flags)
{
  GtkWidget *widget = GTK_WIDGET (self);
  char number[8];

  g_return_if_fail (AC_IS_DAY_CELL (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
  self->flags = flags;
  self->n_sessions = sessions != NULL ? sessions->len : 0;
  self->band = checkin != NULL ? ac_soreness_band_for_value (ac_checkin_get_soreness (checkin)) : AC_SORENESS_NONE;
  self->red_flag = checkin != NULL && ac_checkin_get_symptoms (checkin) != AC_SYMPTOM_NONE;
  if (self->red_flag && self->mark == NULL)
    self->mark = GTK_IMAGE (add_part (self, gtk_image_new_from_icon_name ("dialog-warning-symbolic"),
                                      "red-flag", NULL));

  g_snprintf (number, sizeof number, "%u", g_date_get_day (date));
  set_label_text (self->day_label, number);

  for (guint i = 0; i < MIN (self->n_sessions, N_CHIPS); i++)
    {
      AcSession *session = g_ptr_array_index (sessions, i);

      update_chip (self, i, session,
                   hold != NULL && ac_hold_is_postponed (hold, ac_session_get_id (session)));
    }

  if (self->n_sessions > 1)
    {
      /* Translators: sessions on a calendar day that do not fit in it */
      g_autofree char *more = g_strdup_printf (_("+%u"), self->n_sessions - 1);

      if (self->more == NULL)
        self->more = add_label (self, NULL, "more", NULL);
      set_label_text (self->more, more);
    }

  for (guint b = 1; b < G_N_ELEMENTS (band_classes); b++)
    set_css_class (widget, band_classes[b], b == self->band);
  set_css_class (widget, "has-checkin", checkin != NULL);

  apply_flags (self);

  g_free (self->records);
  self->records = describe_records (self, sessions, checkin, hold);
  update_label (self);

  gtk_widget_queue_allocate (widget);
}

/**
 * ac_day_cell_set_flags:
 *
 * Changes only how the day relates to the grid (selected, today…), which
 * is cheaper than ac_day_cell_update().
 */
void
ac_day_cell_set_flags (AcDayCell      *self,
                       AcDayCellFlags  flags)
{
  AcDayCellFlags changed;

  g_return_if_fail (AC_IS_DAY_CELL (self));

  changed = self->flags ^ flags;
  if (changed == 0)
    return;

  self->flags = flags;
  apply_flags (self);
  /* The label says "today" and "suggested": at midnight, the old day
   * stops being today and the new one starts. */
  if (changed & (AC_DAY_CELL_TODAY | AC_DAY_CELL_SUGGESTED))
    update_label (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

AcDayCellFlags
ac_day_cell_get_flags (AcDayCell *self)
{
  g_return_val_if_fail (AC_IS_DAY_CELL (self), AC_DAY_CELL_NONE);

  return self->flags;
}

/**
 * ac_day_cell_get_date:
 *
 * Returns: (transfer none): the day the cell shows
 */
const GDate *
ac_day_cell_get_date (AcDayCell *self)
{
  g_return_val_if_fail (AC_IS_DAY_CELL (self), NULL);

  return &self->date;
}
