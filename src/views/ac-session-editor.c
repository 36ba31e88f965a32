/* ac-session-editor.c — the dialog that adds or edits a massage session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-session-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ac-area-chooser.h"
#include "ac-date-button.h"
#include "ac-editor-common-private.h"
#include "ac-name-completion.h"
#include "ac-session-editor-private.h"

/* The form is checked with the model's own rules as it changes: Save is
 * enabled only when the session it would write is valid, and the rule that
 * fails is shown above the form with its field marked. A start in the
 * future is always planned. */

/* A new session's length, in minutes (the range; the journal's
 * is 1–600). */
#define NEW_SESSION_MIN_MINUTES 5
#define MAX_MINUTES 600

struct _AcSessionEditor
{
  AdwWindow         parent_instance;

  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwActionRow     *date_row;
  AcDateButton     *date_button;
  AdwActionRow     *time_row;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  AdwActionRow     *minutes_row;
  GtkSpinButton    *minutes_spin;
  AdwActionRow     *planned_row;
  GtkSwitch        *planned_switch;
  GtkToggleButton  *light_toggle;
  GtkToggleButton  *moderate_toggle;
  GtkToggleButton  *deep_toggle;
  AdwComboRow      *purpose_row;
  AdwEntryRow      *therapist_row;
  AcAreaChooser    *area_chooser;
  GtkFrame         *notes_frame;
  GtkTextView      *notes_view;
  GtkLabel         *notes_counter;

  AcContext        *context;
  AcJournal        *journal;   /* the context's when the editor opened */
  AcSession        *session;
  GTimeZone        *zone;
  AcNameCompletion *therapist_completion;
  GtkWidget        *error_widget;
  /* The spin button whose text was just refused, for as long as it
   * redisplays its value: the text stays as typed (see on_spin_input). */
  GtkSpinButton    *refused_spin;

  guint             loading : 1;
  guint             planned_by_user : 1;
  guint             valid : 1;
};

G_DEFINE_FINAL_TYPE (AcSessionEditor, ac_session_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SESSION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static AcPressure
get_pressure (AcSessionEditor *self)
{
  if (gtk_toggle_button_get_active (self->light_toggle))
    return AC_PRESSURE_LIGHT;
  if (gtk_toggle_button_get_active (self->deep_toggle))
    return AC_PRESSURE_DEEP;
  return AC_PRESSURE_MODERATE;
}

/* Reads a spin button's text as typed. A spin button takes its text only
 * on Enter or when it loses the focus, and Ctrl+Enter saves before
 * either: the text, not the value, is what the user sees and what the
 * form holds. Returns FALSE unless it is a whole number in the spin
 * button's range. */
static gboolean
read_spin (GtkSpinButton *spin,
           int           *value)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10,
                                   (guint64) gtk_adjustment_get_lower (adjustment),
                                   (guint64) gtk_adjustment_get_upper (adjustment),
                                   &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

/* Now, in the zone the editor shows times in. */
static GDateTime *
clock_now (AcSessionEditor *self)
{
  g_autoptr(GDateTime) now = ac_clock_get_now (ac_context_get_clock (self->context));

  return g_date_time_to_timezone (now, self->zone);
}

/* The typed number when it is one the spin button takes, else its value
 * (the form is then refused, see check_spins()). */
static int
get_spin_value (GtkSpinButton *spin)
{
  int value;

  if (read_spin (spin, &value))
    return value;

  return gtk_spin_button_get_value_as_int (spin);
}

/* Whether each spin button's text is a number in its range. If not, sets
 * @message to the rule it breaks and @widget to its row. */
static gboolean
check_spins (AcSessionEditor  *self,
             char            **message,
             GtkWidget       **widget)
{
  GtkSpinButton *spins[] = { self->hour_spin, self->minute_spin, self->minutes_spin };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    {
      GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spins[i]);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (spins[i]));
      int lower = (int) gtk_adjustment_get_lower (adjustment);
      int upper = (int) gtk_adjustment_get_upper (adjustment);
      g_autofree char *rule = NULL;
      int value;

      if (read_spin (spins[i], &value))
        continue;

      if (spins[i] == self->minutes_spin)
        /* Translators: the typed text, then the range, "“700” is not a number of minutes from 5 to 600" */
        rule = g_strdup_printf (_("“%s” is not a number of minutes from %d to %d"), text, lower, upper);
      else if (spins[i] == self->hour_spin)
        /* Translators: the typed text, then the range, "“25” is not an hour from 0 to 23" */
        rule = g_strdup_printf (_("“%s” is not an hour from %d to %d"), text, lower, upper);
      else
        /* Translators: the typed text, then the range, "“75” is not a minute from 0 to 59" */
        rule = g_strdup_printf (_("“%s” is not a minute from %d to %d"), text, lower, upper);

      /* Translators: a field's name, then what is wrong with it */
      *message = g_strdup_printf (_("%s: %s"),
                                  spins[i] == self->minutes_spin ? _("Length") : _("Start time"),
                                  rule);
      *widget = GTK_WIDGET (spins[i] == self->minutes_spin ? self->minutes_row : self->time_row);
      return FALSE;
    }

  return TRUE;
}

/* The start in the session's zone; an edited session whose date and time
 * are untouched keeps its start to the second. */
static GDateTime *
get_start (AcSessionEditor *self)
{
  const GDate *date = ac_date_button_get_date (self->date_button);
  int hour = get_spin_value (self->hour_spin);
  int minute = get_spin_value (self->minute_spin);

  if (self->session != NULL)
    {
      GDateTime *start = ac_session_get_start (self->session);

      if (g_date_time_get_year (start) == g_date_get_year (date) &&
          g_date_time_get_month (start) == (int) g_date_get_month (date) &&
          g_date_time_get_day_of_month (start) == g_date_get_day (date) &&
          g_date_time_get_hour (start) == hour &&
          g_date_time_get_minute (start) == minute)
        return g_date_time_ref (start);
    }

  return g_date_time_new (self->zone,
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date),
                          hour, minute, 0);
}

static gboolean
start_is_future (AcSessionEditor *self)
{
  g_autoptr(GDateTime) start = get_start (self);
  g_autoptr(GDateTime) now = clock_now (self);

  return start != NULL && g_date_time_compare (start, now) > 0;
}

static AcSession *
build_session (AcSessionEditor *self)
{
  g_autoptr(GDateTime) start = get_start (self);
  g_autofree char *therapist = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->therapist_row))));
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  int minutes = get_spin_value (self->minutes_spin);
  AcSession *session;

  /* The date is valid and the hour and minute in range (a number typed
   * out of range is not used, see get_spin_value()); the form is not
   * read once the editor is being disposed (ac_session_editor_dispose()). */
  g_assert (start != NULL);

  if (self->session != NULL)
    {
      session = ac_session_copy (self->session);
      ac_session_set_start (session, start);
      ac_session_set_minutes (session, minutes);
      ac_session_set_pressure (session, get_pressure (self));
    }
  else
    {
      session = ac_session_new (start, minutes, get_pressure (self));
    }

  ac_session_set_purpose (session, adw_combo_row_get_selected (self->purpose_row));
  ac_session_set_therapist (session, therapist);
  ac_session_set_areas (session, ac_area_chooser_get_areas (self->area_chooser));
  ac_session_set_planned (session, gtk_switch_get_active (self->planned_switch));
  ac_session_set_notes (session, notes);

  return session;
}

static GtkWidget *
widget_for_field (AcSessionEditor *self,
                  const char      *field,
                  const char     **label)
{
  struct {
    const char *field;
    GtkWidget  *widget;
    const char *label;
  } fields[] = {
    { "start",     GTK_WIDGET (self->date_row),      _("Date") },
    { "minutes",   GTK_WIDGET (self->minutes_row),   _("Length") },
    { "therapist", GTK_WIDGET (self->therapist_row), _("Therapist") },
    { "areas",     GTK_WIDGET (self->area_chooser),  _("Areas") },
    { "notes",     GTK_WIDGET (self->notes_frame),   _("Notes") },
  };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].field))
      {
        *label = fields[i].label;
        return fields[i].widget;
      }

  *label = NULL;
  return NULL;
}

/* Shows @message above the form and marks @widget, or hides the message
 * when it is %NULL. */
static void
show_message (AcSessionEditor *self,
              const char      *message,
              GtkWidget       *widget)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  _ac_editor_set_error_widget (&self->error_widget, message != NULL ? widget : NULL);
}

static void
show_error (AcSessionEditor *self,
            const GError    *error)
{
  g_autofree char *field = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *message = NULL;
  const char *label = NULL;
  GtkWidget *widget;

  if (error == NULL)
    {
      show_message (self, NULL, NULL);
      return;
    }

  rest = _ac_editor_split_error (error, &field);
  widget = widget_for_field (self, field, &label);
  if (label != NULL)
    /* Translators: a field's name, then what is wrong with it */
    message = g_strdup_printf (_("%s: %s"), label, rest);
  else
    message = g_strdup (error->message);

  show_message (self, message, widget);
}

static void
update_planned (AcSessionEditor *self)
{
  gboolean future = start_is_future (self);
  gboolean planned = future || self->planned_by_user;
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  gtk_switch_set_active (self->planned_switch, planned);
  self->loading = was_loading;

  gtk_widget_set_sensitive (GTK_WIDGET (self->planned_switch), !future);
  adw_action_row_set_subtitle (self->planned_row,
                               future ? _("A session in the future is always planned")
                                      : _("Booked, but it hasn’t happened yet"));
}

static void
update_state (AcSessionEditor *self)
{
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  g_autofree char *message = NULL;
  GtkWidget *widget = NULL;

  update_planned (self);
  _ac_editor_update_counter (self->notes_counter, notes);

  if (!check_spins (self, &message, &widget))
    {
      self->valid = FALSE;
      show_message (self, message, widget);
    }
  else
    {
      session = build_session (self);
      self->valid = ac_session_validate (session, NULL, &error);
      show_error (self, error);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

static void
on_form_changed (AcSessionEditor *self)
{
  if (self->loading)
    return;

  update_state (self);
}

static void
on_pressure_toggled (AcSessionEditor *self,
                     GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    on_form_changed (self);
}

static void
on_planned_toggled (AcSessionEditor *self)
{
  if (self->loading)
    return;

  self->planned_by_user = gtk_switch_get_active (self->planned_switch);
  update_state (self);
}

/* What a spin button takes from its text, on Enter or when it loses the
 * focus: the number typed, if it is one in range. Otherwise its value
 * stays, and so does the text, which the form then refuses by name
 * (check_spins()) rather than clamp or undo it unseen. */
static int
on_spin_input (GtkSpinButton   *spin,
               double          *new_value,
               AcSessionEditor *self)
{
  int value;

  if (read_spin (spin, &value))
    {
      *new_value = value;
      return TRUE;
    }

  /* The spin button redisplays the value it keeps, at once. */
  self->refused_spin = spin;
  *new_value = gtk_spin_button_get_value (spin);
  return TRUE;
}

static gboolean
keeps_refused_text (AcSessionEditor *self,
                    GtkSpinButton   *spin)
{
  if (self->refused_spin != spin)
    return FALSE;

  self->refused_spin = NULL;
  return TRUE;
}

static gboolean
on_minutes_spin_output (GtkSpinButton   *spin,
                        AcSessionEditor *self)
{
  return keeps_refused_text (self, spin);
}

static gboolean
on_time_spin_output (GtkSpinButton   *spin,
                     AcSessionEditor *self)
{
  g_autofree char *text = NULL;

  if (keeps_refused_text (self, spin))
    return TRUE;

  text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Every name the journal's sessions were with, the most recent first, for
 * the therapist's completion. */
static void
load_therapists (AcSessionEditor *self)
{
  GListModel *sessions = ac_journal_get_sessions (self->journal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = g_list_model_get_n_items (sessions); i > 0; i--)
    {
      g_autoptr(AcSession) session = g_list_model_get_item (sessions, i - 1);
      const char *name = ac_session_get_therapist (session);

      /* The journal's sessions hold their names as long as it lives. */
      if (name == NULL || name[0] == '\0' || !g_hash_table_add (seen, (gpointer) name))
        continue;
      g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  ac_name_completion_set_names (self->therapist_completion, (const char * const *) names->pdata);
}


static void
set_time (AcSessionEditor *self,
          const GDate     *date,
          int              hour,
          int              minute)
{
  ac_date_button_set_date (self->date_button, date);
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
}

/* A new session is 5 to 600 minutes long. One of 1 to 4 minutes, which
 * the journal allows and the command line and imports write, keeps its
 * length when edited: the lower bound comes down to it. */
static void
set_minutes_range (AcSessionEditor *self,
                   int              lower)
{
  /* Translators: how long a session may last, "In minutes, 5 to 600" */
  g_autofree char *subtitle = g_strdup_printf (_("In minutes, %d to %d"), lower, MAX_MINUTES);

  gtk_spin_button_set_range (self->minutes_spin, lower, MAX_MINUTES);
  adw_action_row_set_subtitle (self->minutes_row, subtitle);
}

static void
load_session (AcSessionEditor *self)
{
  self->loading = TRUE;

  if (self->session != NULL)
    {
      GDateTime *start = ac_session_get_start (self->session);
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date,
                      g_date_time_get_day_of_month (start),
                      g_date_time_get_month (start),
                      g_date_time_get_year (start));
      self->zone = g_time_zone_new_offset (g_date_time_get_utc_offset (start) / G_USEC_PER_SEC);
      set_time (self, &date, g_date_time_get_hour (start), g_date_time_get_minute (start));

      set_minutes_range (self, MIN (NEW_SESSION_MIN_MINUTES, ac_session_get_minutes (self->session)));
      gtk_spin_button_set_value (self->minutes_spin, ac_session_get_minutes (self->session));
      gtk_toggle_button_set_active (ac_session_get_pressure (self->session) == AC_PRESSURE_LIGHT ? self->light_toggle :
                                    ac_session_get_pressure (self->session) == AC_PRESSURE_DEEP ? self->deep_toggle :
                                    self->moderate_toggle,
                                    TRUE);
      adw_combo_row_set_selected (self->purpose_row, ac_session_get_purpose (self->session));
      gtk_editable_set_text (GTK_EDITABLE (self->therapist_row), ac_session_get_therapist (self->session));
      ac_area_chooser_set_areas (self->area_chooser, ac_session_get_areas (self->session));
      _ac_editor_set_text (self->notes_view, ac_session_get_notes (self->session));
      self->planned_by_user = ac_session_get_planned (self->session);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
      adw_window_title_set_title (self->window_title, _("Edit Session"));
    }
  else
    {
      g_autoptr(GDateTime) now = NULL;
      GDate today;

      self->zone = g_time_zone_new_local ();
      now = clock_now (self);
      g_date_clear (&today, 1);
      g_date_set_dmy (&today,
                      g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now),
                      g_date_time_get_year (now));
      /* Today's session is most often logged after it: this hour. */
      set_time (self, &today, g_date_time_get_hour (now), 0);
      set_minutes_range (self, NEW_SESSION_MIN_MINUTES);
      gtk_toggle_button_set_active (self->moderate_toggle, TRUE);
      adw_combo_row_set_selected (self->purpose_row, AC_PURPOSE_RELAXATION);
      self->planned_by_user = FALSE;
    }

  self->loading = FALSE;
  update_state (self);
}

static void
set_default_day (AcSessionEditor *self,
                 const GDate     *day)
{
  g_autoptr(GDateTime) now = clock_now (self);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (g_date_compare (day, &today) == 0)
    return;

  self->loading = TRUE;
  set_time (self, day, 10, 0);
  self->loading = FALSE;
  update_state (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (widget);
  GtkSpinButton *spins[] = { self->hour_spin, self->minute_spin, self->minutes_spin };

  /* Ctrl+Enter comes before a spin button has taken what was typed in
   * it: each takes it now (or keeps it to be refused), and the form is
   * checked again with it. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_update (spins[i]);
  update_state (self);

  if (self->valid)
    _ac_session_editor_save (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
therapist_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (widget);

  ac_name_completion_choose (self->therapist_completion, g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (self->therapist_row));
}

/* The text inside a spin button or an entry row is what has the focus:
 * it takes its name from the control, and Enter in it saves, as in the
 * other fields. */
static void
setup_text (GtkWidget *control)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (control));

  g_assert (GTK_IS_TEXT (delegate));

  gtk_text_set_activates_default (GTK_TEXT (delegate), TRUE);
  if (ADW_IS_PREFERENCES_ROW (control))
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (control)),
                                    -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, control, NULL,
                                    -1);
}

static void
ac_session_editor_constructed (GObject *object)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  G_OBJECT_CLASS (ac_session_editor_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->journal = g_object_ref (ac_context_get_journal (self->context));

  load_therapists (self);
  load_session (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_button));
}

static void
ac_session_editor_dispose (GObject *object)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  /* A spin button that loses the focus as the window goes takes its
   * text and says so: the form, half gone, must not follow. */
  self->loading = TRUE;
  self->error_widget = NULL;
  self->refused_spin = NULL;
  if (self->therapist_completion != NULL)
    ac_name_completion_detach (self->therapist_completion);
  g_clear_object (&self->therapist_completion);
  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_SESSION_EDITOR);

  G_OBJECT_CLASS (ac_session_editor_parent_class)->dispose (object);
}

static void
ac_session_editor_finalize (GObject *object)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->context);
  g_clear_object (&self->session);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (ac_session_editor_parent_class)->finalize (object);
}

static void
ac_session_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_session_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_session_editor_class_init (AcSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_session_editor_constructed;
  object_class->dispose = ac_session_editor_dispose;
  object_class->finalize = ac_session_editor_finalize;
  object_class->get_property = ac_session_editor_get_property;
  object_class->set_property = ac_session_editor_set_property;

  /**
   * AcSessionEditor:context:
   *
   * The journal to add the session to, or that holds it, and the clock
   * that says what is past and what is planned.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcSessionEditor:session: (nullable)
   *
   * The session being edited, as the journal holds it, or %NULL for a new
   * one.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         AC_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcSessionEditor::saved:
   * @self: the editor
   * @session: the session as the journal now holds it
   *
   * Emitted when the session has been added or updated, just before the
   * editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, AC_TYPE_SESSION);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.therapist", "s", therapist_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, planned_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, planned_switch);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, light_toggle);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, moderate_toggle);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, deep_toggle);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, therapist_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, area_chooser);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_frame);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_counter);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pressure_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_planned_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_input);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_spin_output);
}

static void
ac_session_editor_init (AcSessionEditor *self)
{
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);

  g_type_ensure (AC_TYPE_AREA_CHOOSER);
  g_type_ensure (AC_TYPE_DATE_BUTTON);

  /* Until constructed () fills the form, its signals change nothing. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (AcPurpose purpose = AC_PURPOSE_RELAXATION; purpose <= AC_PURPOSE_OTHER; purpose++)
    gtk_string_list_append (purposes, ac_purpose_get_label (purpose));
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));

  setup_text (GTK_WIDGET (self->hour_spin));
  setup_text (GTK_WIDGET (self->minute_spin));
  setup_text (GTK_WIDGET (self->minutes_spin));
  setup_text (GTK_WIDGET (self->therapist_row));
  /* Translators: the list of names offered as the user types a therapist */
  self->therapist_completion = ac_name_completion_new (self->therapist_row, _("Therapists you’ve seen"));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_form_changed), self, G_CONNECT_SWAPPED);
}

/**
 * ac_session_editor_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the journal to add the session to, or that holds @session;
 *   the clock
 * @session: (nullable): the session to edit, or %NULL for a new one
 * @day: (nullable): for a new session, its day; %NULL for today
 *
 * Returns: (transfer none): a new editor, not yet shown; it is owned by the
 *   window list and destroys itself when closed
 */
AcSessionEditor *
ac_session_editor_new (GtkWindow   *parent,
                       AcContext   *context,
                       AcSession   *session,
                       const GDate *day)
{
  AcSessionEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);
  g_return_val_if_fail (session == NULL || AC_IS_SESSION (session), NULL);
  g_return_val_if_fail (day == NULL || g_date_valid (day), NULL);

  self = g_object_new (AC_TYPE_SESSION_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "session", session,
                       NULL);

  if (session == NULL && day != NULL)
    set_default_day (self, day);

  return self;
}

/**
 * ac_session_editor_get_journal:
 *
 * Returns: (transfer none): the journal
 */
AcJournal *
ac_session_editor_get_journal (AcSessionEditor *self)
{
  g_return_val_if_fail (AC_IS_SESSION_EDITOR (self), NULL);

  return self->journal;
}

/**
 * ac_session_editor_get_session:
 *
 * Returns: (transfer none) (nullable): the session being edited, or %NULL
 *   for a new one
 */
AcSession *
ac_session_editor_get_session (AcSessionEditor *self)
{
  g_return_val_if_fail (AC_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}

/* Private API, for the tests */

void
_ac_session_editor_set_date (AcSessionEditor *self,
                             const GDate     *date)
{
  ac_date_button_set_date (self->date_button, date);
}

void
_ac_session_editor_set_time (AcSessionEditor *self,
                             int              hour,
                             int              minute)
{
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
}

void
_ac_session_editor_set_minutes (AcSessionEditor *self,
                                int              minutes)
{
  gtk_spin_button_set_value (self->minutes_spin, minutes);
}

int
_ac_session_editor_get_minutes (AcSessionEditor *self)
{
  return gtk_spin_button_get_value_as_int (self->minutes_spin);
}

void
_ac_session_editor_set_pressure (AcSessionEditor *self,
                                 AcPressure       pressure)
{
  GtkToggleButton *toggles[] = { self->light_toggle, self->moderate_toggle, self->deep_toggle };

  g_assert (pressure < G_N_ELEMENTS (toggles));
  gtk_toggle_button_set_active (toggles[pressure], TRUE);
}

void
_ac_session_editor_set_purpose (AcSessionEditor *self,
                                AcPurpose        purpose)
{
  adw_combo_row_set_selected (self->purpose_row, purpose);
}

void
_ac_session_editor_set_therapist (AcSessionEditor *self,
                                  const char      *therapist)
{
  gtk_editable_set_text (GTK_EDITABLE (self->therapist_row), therapist);
}

void
_ac_session_editor_set_areas (AcSessionEditor *self,
                              AcArea           areas)
{
  ac_area_chooser_set_areas (self->area_chooser, areas);
}

void
_ac_session_editor_set_notes (AcSessionEditor *self,
                              const char      *notes)
{
  _ac_editor_set_text (self->notes_view, notes);
}

void
_ac_session_editor_set_planned (AcSessionEditor *self,
                                gboolean         planned)
{
  gtk_switch_set_active (self->planned_switch, planned);
}

GtkSwitch *
_ac_session_editor_get_planned_switch (AcSessionEditor *self)
{
  return self->planned_switch;
}

GtkWidget *
_ac_session_editor_get_notes_widget (AcSessionEditor *self)
{
  return GTK_WIDGET (self->notes_frame);
}

GtkPopover *
_ac_session_editor_get_therapist_popover (AcSessionEditor *self)
{
  return ac_name_completion_get_popover (self->therapist_completion);
}

/**
 * _ac_session_editor_get_field:
 * @name: "date", "hour", "minute", "minutes", "planned", "pressure",
 *   "purpose", "therapist", "areas" or "notes"
 *
 * Returns: (transfer none): the control that takes the keyboard for the
 *   field @name
 */
GtkWidget *
_ac_session_editor_get_field (AcSessionEditor *self,
                              const char      *name)
{
  struct {
    const char *name;
    GtkWidget  *widget;
  } fields[] = {
    { "date",      GTK_WIDGET (self->date_button) },
    { "hour",      GTK_WIDGET (self->hour_spin) },
    { "minute",    GTK_WIDGET (self->minute_spin) },
    { "minutes",   GTK_WIDGET (self->minutes_spin) },
    { "planned",   GTK_WIDGET (self->planned_switch) },
    { "pressure",  GTK_WIDGET (self->deep_toggle) },
    { "purpose",   GTK_WIDGET (self->purpose_row) },
    { "therapist", GTK_WIDGET (self->therapist_row) },
    { "areas",     GTK_WIDGET (self->area_chooser) },
    { "notes",     GTK_WIDGET (self->notes_view) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (name, fields[i].name))
      return fields[i].widget;

  g_assert_not_reached ();
}

gboolean
_ac_session_editor_can_save (AcSessionEditor *self)
{
  return self->valid && gtk_widget_is_sensitive (self->save_button);
}

/* Saves whatever the form holds, valid or not, so that the tests can see
 * the journal refuse it. Returns whether it saved (and closed). */
gboolean
_ac_session_editor_save (AcSessionEditor *self)
{
  g_autoptr(AcSession) session = build_session (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->session != NULL)
    saved = ac_journal_update_session (self->journal, session, &error);
  else
    saved = ac_journal_add_session (self->journal, session, &error);

  if (!saved)
    {
      g_debug ("Could not save session %s: %s", ac_session_get_id (session), error->message);
      show_error (self, error);
      return FALSE;
    }

  g_debug ("Saved session %s", ac_session_get_id (session));
  g_signal_emit (self, signals[SAVED], 0, session);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

/**
 * _ac_session_editor_get_error:
 *
 * Returns: (nullable): the message shown above the form, or %NULL
 */
const char *
_ac_session_editor_get_error (AcSessionEditor *self)
{
  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_label (self->error_label);
}
