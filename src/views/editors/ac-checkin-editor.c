/* ac-checkin-editor.c — the dialog that adds or edits a day's check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-checkin-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-dialog-fit.h"
#include "ac-checkin-editor-private.h"
#include "ac-enum-types.h"

/* There is one check-in a day, so the date picks what the form edits: a
 * date that has a check-in loads it, and saving replaces it. The form is
 * checked with the model's rules as it changes, as in the session editor:
 * the editor is "valid" only when the check-in it would write is. The
 * warning signs are in ac-checkin-editor-symptoms.c. */

G_DEFINE_FINAL_TYPE (AcCheckinEditor, ac_checkin_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CHECKIN,
  PROP_EDITING_NOTE,
  PROP_VALID,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
get_soreness (AcCheckinEditor *self)
{
  return (int) gtk_range_get_value (GTK_RANGE (self->soreness_scale));
}

static AcCheckin *
build_checkin (AcCheckinEditor *self)
{
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  AcCheckin *checkin;

  if (self->checkin != NULL)
    {
      checkin = ac_checkin_copy (self->checkin);
      ac_checkin_set_date (checkin, ac_date_button_get_date (self->date_button));
      ac_checkin_set_soreness (checkin, get_soreness (self));
    }
  else
    {
      checkin = ac_checkin_new (ac_date_button_get_date (self->date_button), get_soreness (self));
    }

  ac_checkin_set_areas (checkin, ac_body_map_get_selected (self->area_map));
  ac_checkin_set_symptoms (checkin, _ac_checkin_editor_read_symptoms (self));
  ac_checkin_set_stress (checkin, _ac_editor_get_rating (self->stress_row));
  ac_checkin_set_sleep (checkin, _ac_editor_get_rating (self->sleep_row));
  ac_checkin_set_notes (checkin, notes);

  return checkin;
}

/* The symptoms the check-in of the journal lists and the form no longer
 * ticks: the model's answer, which would refuse to save without them. */
AcSymptom
_ac_checkin_editor_get_dropped (AcCheckinEditor *self)
{
  g_autoptr(AcCheckin) checkin = build_checkin (self);

  return ac_journal_get_dropped_symptoms (self->journal, checkin);
}

static void
show_error (AcCheckinEditor *self,
            const GError    *error)
{
  const AcEditorField fields[] = {
    { "date",     GTK_WIDGET (self->date_row),       _("Date") },
    { "soreness", self->soreness_row,                _("Soreness") },
    { "areas",    GTK_WIDGET (self->area_map),      _("Areas") },
    { "symptoms", GTK_WIDGET (self->symptoms_group), _("Warning signs") },
    { "notes",    GTK_WIDGET (self->notes_frame),    _("Notes") },
  };

  _ac_editor_message_show_error (&self->message, error, fields, G_N_ELEMENTS (fields));
}

static void
update_soreness (AcCheckinEditor *self)
{
  static const char *band_classes[] = { "none", "mild", "moderate", "severe" };
  int soreness = get_soreness (self);
  AcSorenessBand band = ac_soreness_band_for_value (soreness);
  const char *label = ac_soreness_band_get_label (band);
  g_autofree char *value = g_strdup_printf ("%d", soreness);
  /* Translators: the spoken value of the soreness scale, "4, moderate" */
  g_autofree char *value_text = g_strdup_printf (_("%d, %s"), soreness, label);

  gtk_label_set_label (self->soreness_value, value);
  gtk_label_set_label (self->band_label, label);
  for (guint i = 0; i < G_N_ELEMENTS (band_classes); i++)
    {
      if (i == band)
        gtk_widget_add_css_class (GTK_WIDGET (self->band_label), band_classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->band_label), band_classes[i]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->soreness_scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text,
                                  -1);
}

static void
update_state (AcCheckinEditor *self)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);
  gboolean valid;
  GDate today;

  update_soreness (self);
  _ac_checkin_editor_update_red_flags (self);
  _ac_editor_update_counter (self->notes_counter, notes);

  checkin = build_checkin (self);
  ac_context_get_today (self->context, &today);
  valid = ac_checkin_validate (checkin, NULL, &error) &&
          ac_checkin_validate_day (checkin, &today, &error);
  show_error (self, error);
  _ac_editor_set_valid (GTK_WIDGET (self), &self->valid, valid, properties[PROP_VALID]);
}

/* The title says whether the form edits a check-in of the journal, and
 * the note under the date (the "editing-note", bound in the .ui) which. */
static void
update_title (AcCheckinEditor *self)
{
  g_autofree char *note = NULL;

  gtk_window_set_title (GTK_WINDOW (self), self->checkin ? _("Edit Check-In") : _("New Check-In"));

  if (self->checkin != NULL && self->opened_as_new)
    {
      g_autofree char *date = ac_date_format_long (ac_checkin_get_date (self->checkin));

      /* A day picked in a new check-in's form that has one already: its
       * check-in is what the form now changes. Translators: %s is a
       * date, "Wednesday 2 December 2026" */
      note = g_strdup_printf (_("You already checked in on %s; this changes that check-in"), date);
    }
  else if (self->checkin != NULL)
    {
      g_autofree char *date = ac_date_format_long (ac_checkin_get_date (self->checkin));

      /* Translators: %s is a date, "Friday 20 November 2026" */
      note = g_strdup_printf (_("Editing your check-in for %s"), date);
    }

  if (g_strcmp0 (note, self->editing_note) == 0)
    return;

  g_free (self->editing_note);
  self->editing_note = g_steal_pointer (&note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING_NOTE]);
}

/* Fills the form from @checkin, or empties it for a new one. */
static void
load_checkin (AcCheckinEditor *self,
              AcCheckin       *checkin)
{
  self->loading = TRUE;

  g_set_object (&self->checkin, checkin);
  if (checkin != NULL)
    {
      ac_date_button_set_date (self->date_button, ac_checkin_get_date (checkin));
      gtk_range_set_value (GTK_RANGE (self->soreness_scale), ac_checkin_get_soreness (checkin));
      ac_body_map_set_selected (self->area_map, ac_checkin_get_areas (checkin));
      _ac_checkin_editor_check_symptoms (self, ac_checkin_get_symptoms (checkin));
      _ac_editor_set_rating (self->stress_row, ac_checkin_get_stress (checkin));
      _ac_editor_set_rating (self->sleep_row, ac_checkin_get_sleep (checkin));
      _ac_editor_set_text (self->notes_view, ac_checkin_get_notes (checkin));
      /* What the check-in holds is shown, whatever the person's habit. */
      if (ac_checkin_get_stress (checkin) != AC_SCALE_UNSET || ac_checkin_get_sleep (checkin) != AC_SCALE_UNSET)
        adw_expander_row_set_expanded (self->wellbeing_expander, TRUE);
    }
  else
    {
      gtk_range_set_value (GTK_RANGE (self->soreness_scale), 0);
      ac_body_map_set_selected (self->area_map, AC_AREA_NONE);
      _ac_checkin_editor_check_symptoms (self, AC_SYMPTOM_NONE);
      _ac_editor_set_rating (self->stress_row, AC_SCALE_UNSET);
      _ac_editor_set_rating (self->sleep_row, AC_SCALE_UNSET);
      _ac_editor_set_text (self->notes_view, "");
    }

  self->loading = FALSE;
  update_title (self);
  update_state (self);
}

static void
on_date_changed (AcCheckinEditor *self)
{
  AcCheckin *existing;

  if (self->loading)
    return;

  existing = ac_journal_lookup_checkin_for_date (self->journal,
                                                 ac_date_button_get_date (self->date_button));
  if (existing != NULL)
    {
      load_checkin (self, existing);
    }
  else if (self->checkin != NULL)
    {
      /* The form held another day's check-in: start this day afresh
       * rather than copy it over. */
      load_checkin (self, NULL);
    }
  else
    {
      /* A new check-in keeps what was entered before the date. */
      update_title (self);
      update_state (self);
    }
}

/* Whether stress and sleep are shown is remembered: a person who records
 * them finds them open, one who doesn't is not slowed down by them. */
static void
on_wellbeing_expanded (AcCheckinEditor *self)
{
  GSettings *settings = ac_context_get_settings (self->context);

  if (self->loading || settings == NULL)
    return;
  g_settings_set_boolean (settings, "checkin-stress-sleep-shown",
                          adw_expander_row_get_expanded (self->wellbeing_expander));
}

static void
on_form_changed (AcCheckinEditor *self)
{
  if (self->loading)
    return;

  update_state (self);
}

static void
on_soreness_changed (AcCheckinEditor *self)
{
  double value = gtk_range_get_value (GTK_RANGE (self->soreness_scale));

  /* The scale steps by whole points, also when dragged. */
  if (value != (int) (value + 0.5))
    {
      gtk_range_set_value (GTK_RANGE (self->soreness_scale), (int) (value + 0.5));
      return;
    }

  update_soreness (self);
  on_form_changed (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (widget);
  AcSymptom dropped;

  if (!self->valid)
    return;

  dropped = _ac_checkin_editor_get_dropped (self);
  if (dropped != AC_SYMPTOM_NONE)
    _ac_checkin_editor_ask_drop (self, dropped);
  else
    _ac_checkin_editor_save (self);
}

static void
ac_checkin_editor_constructed (GObject *object)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);
  g_autoptr(AcCheckin) checkin = g_steal_pointer (&self->checkin);

  G_OBJECT_CLASS (ac_checkin_editor_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->journal = g_object_ref (ac_context_get_journal (self->context));

  /* A check-in is for a day that has come: the calendar stops at today. */
  {
    GDate today;

    ac_context_get_today (self->context, &today);
    ac_date_button_set_latest (self->date_button, &today);
  }

  /* Stress and sleep open or closed as the person left them. */
  if (ac_context_get_settings (self->context) != NULL)
    adw_expander_row_set_expanded (self->wellbeing_expander,
                                   g_settings_get_boolean (ac_context_get_settings (self->context),
                                                           "checkin-stress-sleep-shown"));

  self->loading = FALSE;
  if (checkin != NULL)
    load_checkin (self, checkin);
  else
    {
      GDate today;

      /* Today, unless ac_checkin_editor_new() is given another day. */
      ac_context_get_today (self->context, &today);
      ac_date_button_set_date (self->date_button, &today);
      on_date_changed (self);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->soreness_scale));
}

static void
ac_checkin_editor_dispose (GObject *object)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);

  _ac_editor_message_clear (&self->message);
  g_clear_pointer (&self->symptom_checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_CHECKIN_EDITOR);

  G_OBJECT_CLASS (ac_checkin_editor_parent_class)->dispose (object);
}

static void
ac_checkin_editor_finalize (GObject *object)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->checkin);
  g_clear_object (&self->context);
  g_clear_pointer (&self->editing_note, g_free);

  G_OBJECT_CLASS (ac_checkin_editor_parent_class)->finalize (object);
}

static void
ac_checkin_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_CHECKIN:
      g_value_set_object (value, self->checkin);
      break;

    case PROP_EDITING_NOTE:
      g_value_set_string (value, self->editing_note);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_checkin_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_CHECKIN:
      self->checkin = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_checkin_editor_class_init (AcCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_checkin_editor_constructed;
  object_class->dispose = ac_checkin_editor_dispose;
  object_class->finalize = ac_checkin_editor_finalize;
  object_class->get_property = ac_checkin_editor_get_property;
  object_class->set_property = ac_checkin_editor_set_property;

  /**
   * AcCheckinEditor:context:
   *
   * The journal to add the check-in to, or that holds it, and the clock
   * whose today a new check-in is for.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcCheckinEditor:checkin: (nullable)
   *
   * The check-in the form edits, as the journal holds it: the one for the
   * chosen date, or %NULL when that date has none yet.
   */
  properties[PROP_CHECKIN] =
    g_param_spec_object ("checkin", NULL, NULL,
                         AC_TYPE_CHECKIN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcCheckinEditor:editing-note: (nullable)
   *
   * "Editing your check-in for …" when the form edits a check-in of the
   * journal, else %NULL; shown under the date.
   */
  properties[PROP_EDITING_NOTE] =
    g_param_spec_string ("editing-note", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AcCheckinEditor:valid:
   *
   * Whether the form holds a check-in the journal takes; Save is enabled
   * only then.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcCheckinEditor::saved:
   * @self: the editor
   * @checkin: the check-in as the journal now holds it
   *
   * Emitted when the check-in has been added or updated, just before the
   * editor closes.
   */
  signals[SAVED] = _ac_editor_saved_signal_new (AC_TYPE_CHECKIN_EDITOR, AC_TYPE_CHECKIN);

  _ac_editor_class_setup (widget_class, save_action);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_value);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, band_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_scale);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, area_map);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, symptoms_group);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_icon);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_frame);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, wellbeing_expander);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, stress_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, sleep_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_counter);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_wellbeing_expanded);
  gtk_widget_class_bind_template_callback (widget_class, on_soreness_changed);
}

static void
ac_checkin_editor_init (AcCheckinEditor *self)
{
  g_type_ensure (AC_TYPE_BODY_MAP);
  g_type_ensure (AC_TYPE_DATE_BUTTON);

  /* Until constructed () fills the form, its signals change nothing. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  _ac_editor_init (GTK_WIDGET (self), &self->message, self->error_revealer, self->error_label);
  self->symptom_checks = g_ptr_array_new ();
  _ac_checkin_editor_add_symptom_rows (self, G_CALLBACK (on_form_changed));
  /* Translators: the ends of the stress rating */
  _ac_editor_setup_rating (self->stress_row, C_("stress", "calm"), C_("stress", "very stressed"));
  /* Translators: the ends of the rating of last night's sleep */
  _ac_editor_setup_rating (self->sleep_row, C_("sleep", "very poor"), C_("sleep", "very good"));

  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *mark = g_strdup_printf ("%d", i);

      gtk_scale_add_mark (self->soreness_scale, i, GTK_POS_BOTTOM, mark);
    }

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_form_changed), self, G_CONNECT_SWAPPED);
}

/**
 * ac_checkin_editor_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the journal to add the check-in to, and the clock
 * @day: (nullable): the check-in's day; %NULL for the clock's today. If the journal
 *   has a check-in for it, the editor edits that one.
 *
 * Returns: (transfer none): a new editor, not yet shown; it is owned by the
 *   window list and destroys itself when closed
 */
AcCheckinEditor *
ac_checkin_editor_new (GtkWindow   *parent,
                       AcContext   *context,
                       const GDate *day)
{
  AcCheckinEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);
  g_return_val_if_fail (day == NULL || g_date_valid (day), NULL);

  self = g_object_new (AC_TYPE_CHECKIN_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  ac_dialog_fit_parent (GTK_WINDOW (self));
  self->opened_as_new = TRUE;
  if (day != NULL)
    ac_date_button_set_date (self->date_button, day);
  update_title (self);

  return self;
}

/**
 * ac_checkin_editor_new_for_checkin:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the journal that holds @checkin, and the clock
 * @checkin: the check-in to edit
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
AcCheckinEditor *
ac_checkin_editor_new_for_checkin (GtkWindow *parent,
                                   AcContext *context,
                                   AcCheckin *checkin)
{
  AcCheckinEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);
  g_return_val_if_fail (AC_IS_CHECKIN (checkin), NULL);

  self = g_object_new (AC_TYPE_CHECKIN_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "checkin", checkin,
                       NULL);
  ac_dialog_fit_parent (GTK_WINDOW (self));

  return self;
}

/**
 * ac_checkin_editor_get_journal:
 *
 * Returns: (transfer none): the journal
 */
AcJournal *
ac_checkin_editor_get_journal (AcCheckinEditor *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN_EDITOR (self), NULL);

  return self->journal;
}

/**
 * ac_checkin_editor_get_checkin:
 *
 * Returns: (transfer none) (nullable): the check-in the form edits, or
 *   %NULL for a new one
 */
AcCheckin *
ac_checkin_editor_get_checkin (AcCheckinEditor *self)
{
  g_return_val_if_fail (AC_IS_CHECKIN_EDITOR (self), NULL);

  return self->checkin;
}

/* Saves whatever the form holds, valid or not, so that the tests can see
 * the journal refuse it; a symptom the check-in of the journal lists and
 * the form does not only with @drop_symptoms, the person's yes. Returns
 * whether it saved (and closed). */
gboolean
_ac_checkin_editor_save_full (AcCheckinEditor *self,
                              gboolean         drop_symptoms)
{
  g_autoptr(AcCheckin) checkin = build_checkin (self);
  g_autoptr(GError) error = NULL;
  AcJournalChangeFlags flags = drop_symptoms ? AC_JOURNAL_CHANGE_DROP_SYMPTOMS : AC_JOURNAL_CHANGE_DEFAULT;
  gboolean saved;

  if (self->checkin != NULL)
    saved = ac_journal_update_checkin_full (self->journal, checkin, flags, &error);
  else
    saved = ac_journal_add_checkin_full (self->journal, checkin, flags, &error);

  if (!saved)
    {
      g_debug ("Could not save check-in %s: %s", ac_checkin_get_id (checkin), error->message);
      show_error (self, error);
      return FALSE;
    }

  g_debug ("Saved check-in %s", ac_checkin_get_id (checkin));
  _ac_editor_saved (GTK_WIDGET (self), signals[SAVED], checkin);

  return TRUE;
}


gboolean
_ac_checkin_editor_save (AcCheckinEditor *self)
{
  return _ac_checkin_editor_save_full (self, FALSE);
}

/* Records that @symptoms have been checked, today, so that they no
 * longer hold massage. */
gboolean
_ac_checkin_editor_record_checked (AcCheckinEditor *self,
                                   AcSymptom        symptoms)
{
  g_autoptr(GStrvBuilder) whats = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  for (guint bit = 1; bit != 0 && bit <= symptoms; bit <<= 1)
    if (symptoms & bit)
      g_strv_builder_add (whats, ac_flag_to_string (AC_TYPE_SYMPTOM, bit));
  list = g_strv_builder_end (whats);

  ac_context_get_today (self->context, &today);
  ids = ac_journal_keeper_add_clearances (ac_context_get_keeper (self->context), &today,
                                          (const char * const *) list, NULL, &error);
  if (ids == NULL)
    {
      g_debug ("Could not record a clearance: %s", error->message);
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}
