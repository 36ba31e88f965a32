/* ac-session-editor.c — the dialog that adds or edits a massage session
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-dialog-fit.h"
#include <locale.h>
#include <string.h>

#include "ac-price.h"
#include "ac-session-editor-private.h"
#include "ac-session-overlap.h"

/* The form is checked with the model's own rules as it changes: the editor
 * is "valid" only when the session it would write is, and Save follows
 * that; the rule that fails is shown above the form with its field marked.
 * The date, time, length and planned fields are in
 * ac-session-editor-fields.c. */

G_DEFINE_FINAL_TYPE (AcSessionEditor, ac_session_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SESSION,
  PROP_FUTURE,
  PROP_VALID,
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

/* The currency a price typed without one is in: the last one typed with
 * a price, else the locale's (LC_MONETARY), else none, and the form says
 * that the price needs one. */
static char *
default_currency (AcSessionEditor *self)
{
  GSettings *settings = ac_context_get_settings (self->context);
  g_autofree char *remembered = settings ? g_settings_get_string (settings, "price-currency") : NULL;
  const char *locale = localeconv ()->int_curr_symbol;

  if (remembered != NULL && strlen (remembered) == 3)
    return g_steal_pointer (&remembered);
  if (locale != NULL && strlen (locale) >= 3 && g_ascii_isalpha (locale[0]))
    return g_strndup (locale, 3);
  return NULL;
}

/* The price as typed: empty for none; an amount alone takes the default
 * currency ("60" → "60 EUR"). The model says what is wrong with the rest. */
static char *
read_price (AcSessionEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->price_row))));
  g_autofree char *currency = NULL;

  if (text[0] == '\0')
    return NULL;
  if (g_ascii_isalpha (text[strlen (text) - 1]) || (currency = default_currency (self)) == NULL)
    return g_steal_pointer (&text);
  return g_strdup_printf ("%s %s", text, currency);
}

/* A price saved with its currency makes that currency the default. */
static void
remember_currency (AcSessionEditor *self,
                   AcSession       *session)
{
  GSettings *settings = ac_context_get_settings (self->context);
  const char *price = ac_session_get_price (session);
  gint64 minor;
  int decimals;
  char currency[4];

  if (settings != NULL && price != NULL && ac_price_parse (price, &minor, &decimals, currency))
    g_settings_set_string (settings, "price-currency", currency);
}

static AcSession *
build_session (AcSessionEditor *self)
{
  g_autoptr(GDateTime) start = _ac_session_editor_get_start (self);
  g_autofree char *therapist = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->therapist_row))));
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  g_autofree char *price = read_price (self);
  int minutes = _ac_session_editor_get_length (self);
  AcSession *session;

  /* The date is valid and the hour and minute in range (a number typed
   * out of range is not used, see _ac_editor_get_spin_value()); the form
   * is not read once the editor is being disposed
   * (ac_session_editor_dispose()). */
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
  ac_session_set_areas (session, ac_body_map_get_selected (self->area_map));
  ac_session_set_planned (session, gtk_switch_get_active (self->planned_switch));
  ac_session_set_felt (session, _ac_editor_get_rating (self->felt_row));
  ac_session_set_price (session, price);
  ac_session_set_notes (session, notes);

  return session;
}

static void
show_error (AcSessionEditor *self,
            const GError    *error)
{
  const AcEditorField fields[] = {
    { "start",     GTK_WIDGET (self->date_row),      _("Date") },
    { "minutes",   GTK_WIDGET (self->minutes_row),   _("Length") },
    { "therapist", GTK_WIDGET (self->therapist_row), _("Therapist") },
    { "areas",     GTK_WIDGET (self->area_map),     _("Areas") },
    { "felt",      GTK_WIDGET (self->felt_row),      _("How did it feel?") },
    { "price",     GTK_WIDGET (self->price_row),     _("Price") },
    { "notes",     GTK_WIDGET (self->notes_frame),   _("Notes") },
  };

  _ac_editor_message_show_error (&self->message, error, fields, G_N_ELEMENTS (fields));
}

void
_ac_session_editor_set_future (AcSessionEditor *self,
                               gboolean         future)
{
  future = !!future;
  if (self->future == future)
    return;

  self->future = future;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUTURE]);
}

/* Checks the form as it is now. */
/* A session that overlaps another is allowed, but the start time's row
 * says which, since it is most often a slip of the keys. */
static void
update_overlap (AcSessionEditor *self,
                AcSession       *session)
{
  AcSession *other = session ? ac_journal_find_overlapping_session (self->journal, session) : NULL;
  g_autofree char *subtitle = NULL;

  if (other != NULL)
    {
      g_autoptr(GDateTime) start = g_date_time_ref (ac_session_get_start (other));
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, ac_session_get_minutes (other));
      /* Translators: a session's day and start, see g_date_time_format();
       * "Tue 3 Nov 2026, 18:30" */
      g_autofree char *from = g_date_time_format (start, _("%a %-d %b %Y, %H:%M"));
      /* Translators: when a session ends, see g_date_time_format(); "19:30" */
      g_autofree char *to = g_date_time_format (end, _("%H:%M"));

      /* Translators: the other session's start, then its end, "Overlaps
       * your session of Tue 3 Nov 2026, 18:30–19:30" */
      subtitle = g_strdup_printf (_("Overlaps your session of %s–%s"), from, to);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->time_row), subtitle ? subtitle : "");
  if (other != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "overlap");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "overlap");
}

void
_ac_session_editor_update_state (AcSessionEditor *self)
{
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  g_autofree char *message = NULL;
  GtkWidget *widget = NULL;
  gboolean valid = FALSE;

  _ac_session_editor_update_planned (self);
  _ac_editor_update_counter (self->notes_counter, notes);

  if (!_ac_session_editor_check_spins (self, &message, &widget))
    {
      _ac_editor_message_show (&self->message, message, widget);
    }
  else
    {
      session = build_session (self);
      valid = ac_session_validate (session, NULL, &error);
      show_error (self, error);
    }
  _ac_editor_set_valid (GTK_WIDGET (self), &self->valid, valid, properties[PROP_VALID]);
  update_overlap (self, valid ? session : NULL);
}

static void
on_form_changed (AcSessionEditor *self)
{
  if (self->loading)
    return;

  _ac_session_editor_update_state (self);
}

/* "Your health profile says to avoid this area: Lower back." for the
 * areas of the session that the profile's are to avoid, or NULL. The
 * session can still be saved: the person may have agreed it with their
 * therapist. */
char *
_ac_session_editor_dup_avoid_warning (AcSessionEditor *self)
{
  AcArea avoided = ac_body_map_get_selected (self->area_map) & ac_body_map_get_hatched (self->area_map);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0;

  for (AcArea area = 1; area != 0 && area <= avoided; area <<= 1)
    {
      if ((avoided & area) == 0)
        continue;
      if (n++ > 0)
        /* Translators: between the names of two areas in a list */
        g_string_append (names, _(", "));
      g_string_append (names, ac_area_get_label (area));
    }

  if (n == 0)
    return NULL;

  /* Translators: %s is one area or a list of them: "Lower back" or "Neck, Lower back" */
  return g_strdup_printf (ngettext ("Your health profile says to avoid this area: %s.",
                                    "Your health profile says to avoid these areas: %s.",
                                    n),
                          names->str);
}

static void
update_avoid_warning (AcSessionEditor *self)
{
  g_autofree char *warning = _ac_session_editor_dup_avoid_warning (self);

  if (warning != NULL)
    gtk_label_set_label (self->avoid_label, warning);
  gtk_revealer_set_reveal_child (self->avoid_revealer, warning != NULL);
}

static void
on_areas_changed (AcSessionEditor *self)
{
  update_avoid_warning (self);
  on_form_changed (self);
}

static void
on_pressure_toggled (AcSessionEditor *self,
                     GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    on_form_changed (self);
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
load_session (AcSessionEditor *self)
{
  self->loading = TRUE;

  _ac_session_editor_load_when (self);
  if (self->session != NULL)
    {
      AcPressure pressure = ac_session_get_pressure (self->session);

      gtk_toggle_button_set_active (pressure == AC_PRESSURE_LIGHT ? self->light_toggle :
                                    pressure == AC_PRESSURE_DEEP ? self->deep_toggle :
                                    self->moderate_toggle,
                                    TRUE);
      adw_combo_row_set_selected (self->purpose_row, ac_session_get_purpose (self->session));
      gtk_editable_set_text (GTK_EDITABLE (self->therapist_row), ac_session_get_therapist (self->session));
      _ac_editor_set_rating (self->felt_row, ac_session_get_felt (self->session));
      gtk_editable_set_text (GTK_EDITABLE (self->price_row),
                             ac_session_get_price (self->session) ? ac_session_get_price (self->session) : "");
      ac_body_map_set_selected (self->area_map, ac_session_get_areas (self->session));
      _ac_editor_set_text (self->notes_view, ac_session_get_notes (self->session));

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
    }
  else
    {
      gtk_toggle_button_set_active (self->moderate_toggle, TRUE);
      adw_combo_row_set_selected (self->purpose_row, AC_PURPOSE_RELAXATION);
    }

  self->loading = FALSE;
  _ac_session_editor_update_state (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (widget);

  /* The form is checked again with what the spin buttons take now. */
  _ac_session_editor_take_spin_texts (self);
  _ac_session_editor_update_state (self);

  if (self->valid)
    _ac_session_editor_save (self);
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

static void
ac_session_editor_constructed (GObject *object)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);
  AcArea avoid;

  G_OBJECT_CLASS (ac_session_editor_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->journal = g_object_ref (ac_context_get_journal (self->context));

  load_therapists (self);
  avoid = ac_profile_get_avoid_areas (ac_journal_get_profile (self->journal));
  ac_body_map_set_hatched (self->area_map, avoid);
  adw_preferences_group_set_description (self->areas_group,
                                         avoid != AC_AREA_NONE
                                         ? _("Where the therapist worked. Hatched: areas your health profile says to avoid.")
                                         : _("Where the therapist worked"));
  load_session (self);
  update_avoid_warning (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_button));
}

static void
ac_session_editor_dispose (GObject *object)
{
  AcSessionEditor *self = AC_SESSION_EDITOR (object);

  /* A spin button that loses the focus as the window goes takes its
   * text and says so: the form, half gone, must not follow. */
  self->loading = TRUE;
  _ac_editor_message_clear (&self->message);
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

    case PROP_FUTURE:
      g_value_set_boolean (value, self->future);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
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

  /**
   * AcSessionEditor:future:
   *
   * Whether the start in the form is later than the clock's now: such a
   * session is always planned, and the planned switch cannot be turned
   * off.
   */
  properties[PROP_FUTURE] =
    g_param_spec_boolean ("future", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcSessionEditor:valid:
   *
   * Whether the form holds a session the journal takes; Save is enabled
   * only then.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcSessionEditor::saved:
   * @self: the editor
   * @session: the session as the journal now holds it
   *
   * Emitted when the session has been added or updated, just before the
   * editor closes.
   */
  signals[SAVED] = _ac_editor_saved_signal_new (AC_TYPE_SESSION_EDITOR, AC_TYPE_SESSION);

  _ac_editor_class_setup (widget_class, save_action);
  gtk_widget_class_install_action (widget_class, "editor.therapist", "s", therapist_action);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-session-editor.ui");
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
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, felt_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, areas_group);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, area_map);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, avoid_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, avoid_label);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_frame);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AcSessionEditor, notes_counter);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pressure_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_areas_changed);
  _ac_session_editor_fields_class_init (widget_class);
}

static void
ac_session_editor_init (AcSessionEditor *self)
{
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);

  g_type_ensure (AC_TYPE_BODY_MAP);
  g_type_ensure (AC_TYPE_DATE_BUTTON);

  /* Until constructed () fills the form, its signals change nothing. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  for (AcPurpose purpose = AC_PURPOSE_RELAXATION; purpose <= AC_PURPOSE_OTHER; purpose++)
    gtk_string_list_append (purposes, ac_purpose_get_label (purpose));
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));
  /* Translators: the ends of the rating of how a session felt */
  _ac_editor_setup_rating (self->felt_row, C_("felt", "not good at all"), C_("felt", "very good"));

  _ac_editor_init (GTK_WIDGET (self), &self->message, self->error_revealer, self->error_label);
  _ac_session_editor_fields_init (self);
  _ac_editor_setup_text (GTK_WIDGET (self->therapist_row));
  _ac_editor_setup_text (GTK_WIDGET (self->price_row));
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
  ac_dialog_fit_parent (GTK_WINDOW (self));

  if (session == NULL && day != NULL)
    _ac_session_editor_set_default_day (self, day);

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
  remember_currency (self, session);
  _ac_editor_saved (GTK_WIDGET (self), signals[SAVED], session);

  return TRUE;
}

