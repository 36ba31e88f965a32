/* ac-day-details.c — the sessions and check-in of one day
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-day-details"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-day-details.h"
#include "ac-enum-types.h"
#include "ac-hold-words.h"

/* The panel beside (or below) the month grid. Its buttons change nothing
 * themselves: they name the window's actions (win.new-session,
 * win.check-in with the day as "YYYY-MM-DD"; win.edit, win.delete with a
 * record's id), so they are insensitive where the window disables them. */

static const char * const pressure_classes[] = { "light", "moderate", "deep" };
static const char * const band_classes[] = { "soreness-none", "soreness-mild", "soreness-moderate", "soreness-severe" };

struct _AcDayDetails
{
  GtkWidget   parent_instance;

  GtkLabel   *title;
  GtkLabel   *subtitle;
  GtkBox     *records;
  GtkWidget  *empty;
  GtkLabel   *empty_title;
  GtkLabel   *empty_description;
  GtkButton  *add_session_button;
  GtkButton  *check_in_button;

  AcDayIndex   *index;
  AcClock      *clock;
  AcHold       *hold;        /* or NULL until set */
  GSignalGroup *clearance_signals;
  GDate       date;
  GDate       today;       /* the clock's, as seen last */
  GDate       suggested;   /* invalid when there is none */
  guint       n_records;
};

G_DEFINE_FINAL_TYPE (AcDayDetails, ac_day_details, GTK_TYPE_WIDGET)

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

/* Short text on one line, ellipsized if it must; long text (areas, notes,
 * what a symptom means) wraps. Wrapping labels are measured again at each
 * width, which costs a new Pango layout each time, so only those that need
 * it wrap. */
static GtkWidget *
make_label (const char *text,
            const char *css_class,
            gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_tag (const char *text,
          const char *css_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "tag");
  gtk_widget_add_css_class (tag, css_class);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);

  return tag;
}

static GtkWidget *
make_button (const char *icon_name,
             const char *tooltip,
             const char *accessible_label,
             const char *action_name,
             const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);

  return button;
}

/* A card: a heading with Edit and Delete buttons; the caller adds the
 * lines below. */
static GtkWidget *
make_card (const char *heading,
           const char *edit_tooltip,
           const char *edit_label,
           const char *delete_tooltip,
           const char *delete_label,
           const char *id)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = make_label (heading, "heading", FALSE);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "record");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), make_button ("document-edit-symbolic", edit_tooltip,
                                                 edit_label, "win.edit", id));
  gtk_box_append (GTK_BOX (header), make_button ("user-trash-symbolic", delete_tooltip,
                                                 delete_label, "win.delete", id));
  gtk_box_append (GTK_BOX (card), header);

  return card;
}

static char *
areas_text (AcArea areas)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint bit = 1; bit <= AC_AREA_FEET; bit <<= 1)
    {
      if ((areas & bit) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, _(", "));
      g_string_append (text, ac_area_get_label (bit));
    }

  if (text->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* GUIDANCE.md: each planned session within the next 14 days of a hold
 * carries a "postpone" mark, and says why. */
static void
add_postpone (GtkWidget *card,
              GtkWidget *tags,
              AcHold    *hold)
{
  g_autofree char *causes = ac_hold_words_causes (hold);
  /* Translators: under a planned session while a warning sign holds
   * massage; %s names the warning signs, "Swelling in one leg" */
  g_autofree char *why = g_strdup_printf (_("Hold off massage until this has been checked: %s."), causes);
  GtkWidget *line = make_label (why, "postpone", TRUE);

  /* Translators: a tag on a planned session that a warning sign asks to
   * move to a later day */
  gtk_box_append (GTK_BOX (tags), make_tag (C_("session", "Postpone"), "postpone"));
  gtk_box_append (GTK_BOX (card), line);
}

static GtkWidget *
make_session_card (AcSession *session,
                   AcHold    *hold)
{
  int minutes = ac_session_get_minutes (session);
  AcPressure pressure = ac_session_get_pressure (session);
  const char *therapist = ac_session_get_therapist (session);
  const char *notes = ac_session_get_notes (session);
  g_autofree char *time = NULL;
  g_autofree char *length = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  g_autofree char *areas = areas_text (ac_session_get_areas (session));
  GtkWidget *card, *tags;

  /* Translators: a session's start time; see g_date_time_format() */
  time = g_date_time_format (ac_session_get_start (session), C_("session time", "%H:%M"));
  length = g_strdup_printf (ngettext ("%d minute", "%d minutes", minutes), minutes);
  /* Translators: a session's heading: its start time and length */
  heading = g_strdup_printf (C_("session heading", "%s · %s"), time, length);
  /* Translators: %s is a session's start time */
  edit_label = g_strdup_printf (_("Edit the session of %s"), time);
  /* Translators: %s is a session's start time */
  delete_label = g_strdup_printf (_("Delete the session of %s"), time);

  card = make_card (heading, _("Edit Session"), edit_label,
                    _("Delete Session"), delete_label,
                    ac_session_get_id (session));
  gtk_widget_add_css_class (card, "session");
  gtk_widget_add_css_class (card, pressure_classes[pressure]);

  tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (tags), make_tag (ac_pressure_get_label (pressure), pressure_classes[pressure]));
  if (ac_session_get_planned (session))
    gtk_box_append (GTK_BOX (tags), make_tag (C_("session", "Planned"), "planned"));
  gtk_box_append (GTK_BOX (tags), make_label (ac_purpose_get_label (ac_session_get_purpose (session)), NULL, FALSE));
  gtk_box_append (GTK_BOX (card), tags);
  if (hold != NULL && ac_hold_is_postponed (hold, ac_session_get_id (session)))
    add_postpone (card, tags, hold);

  if (therapist != NULL && *therapist != '\0')
    {
      /* Translators: %s is the therapist's name */
      g_autofree char *with = g_strdup_printf (_("With %s"), therapist);

      gtk_box_append (GTK_BOX (card), make_label (with, "dim-label", FALSE));
    }
  if (areas != NULL)
    gtk_box_append (GTK_BOX (card), make_label (areas, "dim-label", TRUE));
  if (notes != NULL && *notes != '\0')
    gtk_box_append (GTK_BOX (card), make_label (notes, "notes", TRUE));

  return card;
}

/* "Checked on 23 Nov — GP looked at it: fine" */
static char *
checked_text (AcClearance *clearance)
{
  /* Translators: the day a warning sign was checked; see g_date_time_format() */
  g_autofree char *day = format_date (ac_clearance_get_date (clearance), C_("clearance", "%-d %b"));
  const char *note = ac_clearance_get_note (clearance);

  if (note != NULL && *note != '\0')
    /* Translators: %1$s is a day, "23 Nov"; %2$s the person's note */
    return g_strdup_printf (_("Checked on %1$s — %2$s"), day, note);

  /* Translators: %s is a day, "23 Nov" */
  return g_strdup_printf (_("Checked on %s"), day);
}

/* GUIDANCE.md: a clearance on date C covers its symptom for every
 * check-in dated on or before C. The earliest that covers @what on
 * @date, or NULL. */
static AcClearance *
find_clearance (GListModel  *clearances,
                const char  *what,
                const GDate *date)
{
  for (guint i = 0, n = g_list_model_get_n_items (clearances); i < n; i++)
    {
      g_autoptr(AcClearance) clearance = g_list_model_get_item (clearances, i);

      if (g_date_compare (ac_clearance_get_date (clearance), date) >= 0 &&
          g_str_equal (ac_clearance_get_what (clearance), what))
        return clearance;
    }

  return NULL;
}

static GtkWidget *
make_symptom (AcSymptom    symptom,
              AcClearance *clearance)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  const char *label = ac_symptom_get_label (symptom);
  const char *meaning = ac_symptom_get_meaning (symptom);

  gtk_widget_add_css_class (box, "symptom");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "red-flag");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning symptom"),
                                  -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (text), make_label (label, "heading", TRUE));
  if (g_strcmp0 (label, meaning) != 0)
    gtk_box_append (GTK_BOX (text), make_label (meaning, NULL, TRUE));
  if (clearance != NULL)
    {
      g_autofree char *checked = checked_text (clearance);

      gtk_box_append (GTK_BOX (text), make_label (checked, "cleared", TRUE));
      gtk_widget_add_css_class (box, "cleared");
    }
  gtk_box_append (GTK_BOX (box), text);

  return box;
}

static GtkWidget *
make_checkin_card (AcCheckin  *checkin,
                   GListModel *clearances)
{
  int soreness = ac_checkin_get_soreness (checkin);
  AcSorenessBand band = ac_soreness_band_for_value (soreness);
  AcSymptom symptoms = ac_checkin_get_symptoms (checkin);
  const char *notes = ac_checkin_get_notes (checkin);
  g_autofree char *areas = areas_text (ac_checkin_get_areas (checkin));
  g_autofree char *level = NULL;
  GtkWidget *card, *tags;

  card = make_card (_("Check-In"), _("Edit Check-In"), _("Edit the check-in"),
                    _("Delete Check-In"), _("Delete the check-in"),
                    ac_checkin_get_id (checkin));
  gtk_widget_add_css_class (card, "checkin");

  /* Translators: the soreness of a check-in, 0–10, and its band */
  level = g_strdup_printf (_("Soreness %d · %s"), soreness, ac_soreness_band_get_label (band));
  tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (tags), make_tag (level, band_classes[band]));
  gtk_box_append (GTK_BOX (card), tags);

  if (areas != NULL)
    gtk_box_append (GTK_BOX (card), make_label (areas, "dim-label", TRUE));

  for (guint bit = 1; bit <= AC_SYMPTOM_BRUISING; bit <<= 1)
    if (symptoms & bit)
      {
        AcClearance *clearance = NULL;

        if (clearances != NULL)
          clearance = find_clearance (clearances, ac_flag_to_string (AC_TYPE_SYMPTOM, bit),
                                      ac_checkin_get_date (checkin));
        gtk_box_append (GTK_BOX (card), make_symptom (bit, clearance));
      }

  if (notes != NULL && *notes != '\0')
    gtk_box_append (GTK_BOX (card), make_label (notes, "notes", TRUE));

  return card;
}

/* The clearances made on the day: what was checked, and the note. */
static GtkWidget *
make_clearances_card (GPtrArray *clearances)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "record");
  gtk_widget_add_css_class (card, "clearance");
  /* Translators: the heading of the warning signs that were said to
   * have been checked by a health professional on a day */
  gtk_box_append (GTK_BOX (card), make_label (_("Checked"), "heading", FALSE));
  for (guint i = 0; i < clearances->len; i++)
    {
      AcClearance *clearance = g_ptr_array_index (clearances, i);
      const char *note = ac_clearance_get_note (clearance);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_add_css_class (line, "cleared");
      gtk_box_append (GTK_BOX (line), icon);
      gtk_box_append (GTK_BOX (text), make_label (ac_hold_words_cause_label (ac_clearance_get_what (clearance)),
                                                  NULL, TRUE));
      if (note != NULL && *note != '\0')
        gtk_box_append (GTK_BOX (text), make_label (note, "dim-label", TRUE));
      gtk_box_append (GTK_BOX (line), text);
      gtk_box_append (GTK_BOX (card), line);
    }

  return card;
}

/* The clearances dated @date, in the journal's order. */
static GPtrArray *
clearances_on (GListModel  *clearances,
               const GDate *date)
{
  GPtrArray *on_day = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0, n = clearances != NULL ? g_list_model_get_n_items (clearances) : 0; i < n; i++)
    {
      AcClearance *clearance = g_list_model_get_item (clearances, i);

      if (g_date_compare (ac_clearance_get_date (clearance), date) == 0)
        g_ptr_array_add (on_day, clearance);
      else
        g_object_unref (clearance);
    }

  return on_day;
}

static void
update_heading (AcDayDetails *self)
{
  /* Translators: the heading of the selected day; see g_date_time_format() */
  g_autofree char *title = format_date (&self->date, C_("day details", "%A %-d %B"));
  gboolean is_today = g_date_compare (&self->date, &self->today) == 0;
  gboolean is_suggested = g_date_valid (&self->suggested) &&
                          g_date_compare (&self->date, &self->suggested) == 0;
  const char *subtitle = NULL;

  gtk_label_set_text (self->title, title);

  if (is_today && is_suggested)
    subtitle = _("Today · Suggested day for your next session");
  else if (is_today)
    subtitle = _("Today");
  else if (is_suggested)
    subtitle = _("Suggested day for your next session");

  gtk_label_set_text (self->subtitle, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), subtitle != NULL);
}

static void
update_records (AcDayDetails *self)
{
  guint32 julian = g_date_get_julian (&self->date);
  GPtrArray *sessions = self->index != NULL ? ac_day_index_get_sessions (self->index, julian) : NULL;
  AcCheckin *checkin = self->index != NULL ? ac_day_index_get_checkin (self->index, julian) : NULL;
  gboolean future = g_date_compare (&self->date, &self->today) > 0;
  g_autoptr(GListModel) clearances = g_signal_group_dup_target (self->clearance_signals);
  g_autoptr(GPtrArray) cleared = clearances_on (clearances, &self->date);
  g_autofree char *iso = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->records))) != NULL)
    gtk_box_remove (self->records, child);
  self->n_records = 0;

  for (guint i = 0; sessions != NULL && i < sessions->len; i++, self->n_records++)
    gtk_box_append (self->records, make_session_card (g_ptr_array_index (sessions, i), self->hold));
  if (checkin != NULL)
    {
      gtk_box_append (self->records, make_checkin_card (checkin, clearances));
      self->n_records++;
    }
  if (cleared->len > 0)
    {
      gtk_box_append (self->records, make_clearances_card (cleared));
      self->n_records++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->records), self->n_records > 0);
  gtk_widget_set_visible (self->empty, self->n_records == 0);
  if (future)
    {
      gtk_label_set_text (self->empty_title, _("Nothing Planned"));
      gtk_label_set_text (self->empty_description, _("Plan a session for this day."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, _("Nothing Recorded"));
      gtk_label_set_text (self->empty_description, _("Add a session or check in to keep track of this day."));
    }

  /* There is nothing to check in about in the future, and a day that has
   * a check-in changes it with Edit. */
  gtk_widget_set_visible (GTK_WIDGET (self->check_in_button), !future && checkin == NULL);
  iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&self->date),
                         g_date_get_month (&self->date), g_date_get_day (&self->date));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_session_button), "s", iso);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->check_in_button), "s", iso);
}

static void
day_changed_cb (AcDayDetails *self,
                guint         julian,
                AcDayIndex   *index)
{
  if (julian == 0 || julian == g_date_get_julian (&self->date))
    update_records (self);
}

static void
clearances_changed_cb (AcDayDetails *self)
{
  if (self->clock != NULL)
    update_records (self);
}

/* The clearances of the index's journal. */
static gboolean
journal_to_clearances (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  AcJournal *journal = g_value_get_object (from);

  g_value_set_object (to, journal != NULL ? ac_journal_get_clearances (journal) : NULL);
  return TRUE;
}

static void
ac_day_details_dispose (GObject *object)
{
  AcDayDetails *self = (AcDayDetails *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_object (&self->clock);
  g_clear_object (&self->hold);
  g_clear_object (&self->clearance_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_DAY_DETAILS);

  G_OBJECT_CLASS (ac_day_details_parent_class)->dispose (object);
}

static void
ac_day_details_class_init (AcDayDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_day_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-day-details.ui");
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, title);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, subtitle);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, records);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, empty);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, empty_title);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, empty_description);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, add_session_button);
  gtk_widget_class_bind_template_child (widget_class, AcDayDetails, check_in_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "daydetails");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ac_day_details_init (AcDayDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  g_date_clear (&self->date, 1);
  g_date_clear (&self->suggested, 1);

  /* A clearance changes what the day's check-in says about its
   * symptoms; the day index knows sessions and check-ins only. */
  self->clearance_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->clearance_signals, "items-changed",
                                  G_CALLBACK (clearances_changed_cb), self);
}

GtkWidget *
ac_day_details_new (void)
{
  return g_object_new (AC_TYPE_DAY_DETAILS, NULL);
}

/**
 * ac_day_details_set_index:
 * @index: (nullable): where to look the day's records up
 *
 * The panel follows the index's changes.
 */
void
ac_day_details_set_index (AcDayDetails *self,
                          AcDayIndex   *index)
{
  g_return_if_fail (AC_IS_DAY_DETAILS (self));
  g_return_if_fail (index == NULL || AC_IS_DAY_INDEX (index));

  if (self->index == index)
    return;

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_set_object (&self->index, index);
  g_object_set (self->clearance_signals, "target", NULL, NULL);
  if (index != NULL)
    {
      g_signal_connect_object (index, "day-changed", G_CALLBACK (day_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_object_bind_property_full (index, "journal", self->clearance_signals, "target",
                                   G_BINDING_SYNC_CREATE, journal_to_clearances, NULL, NULL, NULL);
    }

  if (self->clock != NULL)
    update_records (self);
}

void
ac_day_details_set_date (AcDayDetails *self,
                         const GDate  *date)
{
  g_return_if_fail (AC_IS_DAY_DETAILS (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (date, &self->date) == 0)
    return;

  self->date = *date;
  if (self->clock == NULL)
    return;
  update_heading (self);
  update_records (self);
}

static void
on_day_changed (AcDayDetails *self)
{
  ac_clock_get_today (self->clock, &self->today);
  update_heading (self);
  update_records (self);
}

/**
 * ac_day_details_set_clock:
 * @clock: where today comes from
 *
 * Set once, by the calendar view that holds the panel, which then shows
 * today until another day is set.
 */
void
ac_day_details_set_clock (AcDayDetails *self,
                          AcClock      *clock)
{
  g_return_if_fail (AC_IS_DAY_DETAILS (self));
  g_return_if_fail (AC_IS_CLOCK (clock));
  g_return_if_fail (self->clock == NULL);

  self->clock = g_object_ref (clock);
  g_signal_connect_object (clock, "day-changed", G_CALLBACK (on_day_changed),
                           self, G_CONNECT_SWAPPED);
  ac_clock_get_today (clock, &self->today);
  if (!g_date_valid (&self->date))
    self->date = self->today;
  update_heading (self);
  update_records (self);
}

/**
 * ac_day_details_set_suggested:
 * @date: (nullable): the suggested date of the next session
 */
void
ac_day_details_set_suggested (AcDayDetails *self,
                              const GDate  *date)
{
  g_return_if_fail (AC_IS_DAY_DETAILS (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (date != NULL)
    self->suggested = *date;
  else
    g_date_clear (&self->suggested, 1);
  if (self->clock != NULL)
    update_heading (self);
}

/**
 * ac_day_details_set_hold:
 * @hold: (nullable): the hold, whose planned sessions to postpone are
 *   marked
 */
void
ac_day_details_set_hold (AcDayDetails *self,
                         AcHold       *hold)
{
  g_return_if_fail (AC_IS_DAY_DETAILS (self));
  g_return_if_fail (hold == NULL || AC_IS_HOLD (hold));

  if (!g_set_object (&self->hold, hold))
    return;
  if (self->clock != NULL)
    update_records (self);
}
