/* ac-checkin-editor.c — the dialog that adds or edits a day's check-in
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-checkin-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-area-chooser.h"
#include "ac-checkin-editor-private.h"
#include "ac-date-button.h"
#include "ac-editor-common-private.h"
#include "ac-enum-types.h"

/* There is one check-in a day, so the date picks what the form edits: a
 * date that has a check-in loads it, and saving replaces it. The form is
 * checked with the model's rules as it changes, as in the session editor. */

struct _AcCheckinEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesGroup *date_group;
  AdwActionRow        *date_row;
  AcDateButton        *date_button;
  GtkWidget           *soreness_row;
  GtkLabel            *soreness_value;
  GtkLabel            *band_label;
  GtkScale            *soreness_scale;
  AcAreaChooser       *area_chooser;
  AdwPreferencesGroup *symptoms_group;
  GtkRevealer         *red_flag_revealer;
  GtkImage            *red_flag_icon;
  GtkLabel            *red_flag_label;
  GtkFrame            *notes_frame;
  GtkTextView         *notes_view;
  GtkLabel            *notes_counter;

  GPtrArray           *symptom_checks;

  AcContext           *context;
  AcJournal           *journal;   /* the context's when the editor opened */
  AcCheckin           *checkin;
  GtkWidget           *error_widget;

  guint                loading : 1;
  guint                valid : 1;
};

G_DEFINE_FINAL_TYPE (AcCheckinEditor, ac_checkin_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CHECKIN,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GQuark symptom_quark;

/* What to do about each red flag, urgent ones first (GUIDANCE.md). */
static const struct {
  AcSymptom   symptom;
  gboolean    urgent;
  const char *advice;
} red_flags[] = {
  { AC_SYMPTOM_CHEST_PAIN_BREATHLESS, TRUE,
    N_("Chest pain or trouble breathing: call your local emergency number now.") },
  { AC_SYMPTOM_HEAD_NECK_NEURO, TRUE,
    N_("Headache, dizziness or vision changes after neck work: call your local emergency number now.") },
  { AC_SYMPTOM_SADDLE_NUMBNESS, TRUE,
    N_("Numbness around the buttocks or groin, or bladder or bowel changes: call your local emergency number now.") },
  { AC_SYMPTOM_LEG_SWELLING, TRUE,
    N_("Swelling in one leg: have it checked by a health professional today, as it can be a blood clot.") },
  { AC_SYMPTOM_DARK_URINE, TRUE,
    N_("Dark urine: get urgent care, as it can be a sign of muscle breakdown.") },
  { AC_SYMPTOM_SEVERE_WEAKNESS, TRUE,
    N_("Severe pain or weakness: get urgent care.") },
  { AC_SYMPTOM_NUMBNESS_TINGLING, FALSE,
    N_("Numbness or tingling: see a doctor.") },
  { AC_SYMPTOM_BRUISING, FALSE,
    N_("Large or unexplained bruising: see a doctor, sooner if you take blood thinners.") },
};

static AcSymptom
get_symptoms (AcCheckinEditor *self)
{
  AcSymptom symptoms = AC_SYMPTOM_NONE;

  for (guint i = 0; i < self->symptom_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->symptom_checks, i);

      if (gtk_check_button_get_active (check))
        symptoms |= GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (check), symptom_quark));
    }

  return symptoms;
}

static void
set_symptoms (AcCheckinEditor *self,
              AcSymptom        symptoms)
{
  for (guint i = 0; i < self->symptom_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->symptom_checks, i);
      AcSymptom symptom = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (check), symptom_quark));

      gtk_check_button_set_active (check, (symptoms & symptom) != 0);
    }
}

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

  ac_checkin_set_areas (checkin, ac_area_chooser_get_areas (self->area_chooser));
  ac_checkin_set_symptoms (checkin, get_symptoms (self));
  ac_checkin_set_notes (checkin, notes);

  return checkin;
}

static void
show_error (AcCheckinEditor *self,
            const GError    *error)
{
  struct {
    const char *field;
    GtkWidget  *widget;
    const char *label;
  } fields[] = {
    { "date",     GTK_WIDGET (self->date_row),       _("Date") },
    { "soreness", self->soreness_row,                _("Soreness") },
    { "areas",    GTK_WIDGET (self->area_chooser),   _("Areas") },
    { "symptoms", GTK_WIDGET (self->symptoms_group), _("Warning signs") },
    { "notes",    GTK_WIDGET (self->notes_frame),    _("Notes") },
  };
  g_autofree char *field = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *message = NULL;
  GtkWidget *widget = NULL;

  if (error == NULL)
    {
      gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
      gtk_label_set_label (self->error_label, "");
      _ac_editor_set_error_widget (&self->error_widget, NULL);
      return;
    }

  rest = _ac_editor_split_error (error, &field);
  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].field))
      {
        widget = fields[i].widget;
        /* Translators: a field's name, then what is wrong with it */
        message = g_strdup_printf (_("%s: %s"), fields[i].label, rest);
      }

  gtk_label_set_label (self->error_label, message ? message : error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  _ac_editor_set_error_widget (&self->error_widget, widget);
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
update_red_flags (AcCheckinEditor *self)
{
  AcSymptom symptoms = get_symptoms (self);
  g_autoptr(GString) note = NULL;
  gboolean urgent = FALSE;

  if (symptoms == AC_SYMPTOM_NONE)
    {
      gtk_revealer_set_reveal_child (self->red_flag_revealer, FALSE);
      return;
    }

  note = g_string_new (NULL);
  g_string_append_printf (note, "<b>%s</b>",
                          _("Aftercare will suggest that you see a health professional."));
  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      g_autofree char *escaped = NULL;

      if ((symptoms & red_flags[i].symptom) == 0)
        continue;

      escaped = g_markup_escape_text (_(red_flags[i].advice), -1);
      g_string_append_printf (note, "\n• %s", escaped);
      urgent |= red_flags[i].urgent;
    }

  gtk_label_set_markup (self->red_flag_label, note->str);
  gtk_image_set_from_icon_name (self->red_flag_icon,
                                urgent ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  if (urgent)
    gtk_widget_add_css_class (gtk_widget_get_parent (GTK_WIDGET (self->red_flag_label)), "urgent");
  else
    gtk_widget_remove_css_class (gtk_widget_get_parent (GTK_WIDGET (self->red_flag_label)), "urgent");
  gtk_revealer_set_reveal_child (self->red_flag_revealer, TRUE);
}

static void
update_state (AcCheckinEditor *self)
{
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);

  update_soreness (self);
  update_red_flags (self);
  _ac_editor_update_counter (self->notes_counter, notes);

  checkin = build_checkin (self);
  self->valid = ac_checkin_validate (checkin, NULL, &error);
  show_error (self, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

static void
update_title (AcCheckinEditor *self)
{
  const char *title = self->checkin ? _("Edit Check-in") : _("New Check-in");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);

  if (self->checkin != NULL)
    {
      g_autofree char *date = ac_date_format_long (ac_checkin_get_date (self->checkin));
      /* Translators: %s is a date, "Friday 20 November 2026" */
      g_autofree char *note = g_strdup_printf (_("Editing your check-in for %s"), date);

      adw_preferences_group_set_description (self->date_group, note);
    }
  else
    {
      adw_preferences_group_set_description (self->date_group, NULL);
    }
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
      ac_area_chooser_set_areas (self->area_chooser, ac_checkin_get_areas (checkin));
      set_symptoms (self, ac_checkin_get_symptoms (checkin));
      _ac_editor_set_text (self->notes_view, ac_checkin_get_notes (checkin));
    }
  else
    {
      gtk_range_set_value (GTK_RANGE (self->soreness_scale), 0);
      ac_area_chooser_set_areas (self->area_chooser, AC_AREA_NONE);
      set_symptoms (self, AC_SYMPTOM_NONE);
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
add_symptom_rows (AcCheckinEditor *self)
{
  guint all = ac_flags_get_all (AC_TYPE_SYMPTOM);

  for (guint bit = 1; bit != 0 && bit <= all; bit <<= 1)
    {
      const char *label = ac_symptom_get_label (bit);
      const char *meaning = ac_symptom_get_meaning (bit);
      GtkWidget *row;
      GtkWidget *check;

      if ((all & bit) == 0)
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning,
                                      -1);
      g_object_set_qdata (G_OBJECT (check), symptom_quark, GUINT_TO_POINTER (bit));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_form_changed),
                               self, G_CONNECT_SWAPPED);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      if (g_strcmp0 (label, meaning) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), meaning);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->symptoms_group, row);

      g_ptr_array_add (self->symptom_checks, check);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (widget);

  if (self->valid)
    _ac_checkin_editor_save (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
ac_checkin_editor_constructed (GObject *object)
{
  AcCheckinEditor *self = AC_CHECKIN_EDITOR (object);
  g_autoptr(AcCheckin) checkin = g_steal_pointer (&self->checkin);

  G_OBJECT_CLASS (ac_checkin_editor_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->journal = g_object_ref (ac_context_get_journal (self->context));

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

  self->error_widget = NULL;
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AcCheckinEditor::saved:
   * @self: the editor
   * @checkin: the check-in as the journal now holds it
   *
   * Emitted when the check-in has been added or updated, just before the
   * editor closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, AC_TYPE_CHECKIN);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, date_group);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_row);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_value);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, band_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, soreness_scale);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, area_chooser);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, symptoms_group);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_icon);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, red_flag_label);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_frame);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AcCheckinEditor, notes_counter);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_soreness_changed);

  symptom_quark = g_quark_from_static_string ("ac-checkin-editor-symptom");
}

static void
ac_checkin_editor_init (AcCheckinEditor *self)
{
  g_type_ensure (AC_TYPE_AREA_CHOOSER);
  g_type_ensure (AC_TYPE_DATE_BUTTON);

  /* Until constructed () fills the form, its signals change nothing. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->symptom_checks = g_ptr_array_new ();
  add_symptom_rows (self);

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
  if (day != NULL)
    ac_date_button_set_date (self->date_button, day);

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
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (AC_IS_JOURNAL (ac_context_get_journal (context)), NULL);
  g_return_val_if_fail (AC_IS_CHECKIN (checkin), NULL);

  return g_object_new (AC_TYPE_CHECKIN_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "checkin", checkin,
                       NULL);
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

/* Private API, for the tests */

void
_ac_checkin_editor_set_date (AcCheckinEditor *self,
                             const GDate     *date)
{
  ac_date_button_set_date (self->date_button, date);
}

void
_ac_checkin_editor_set_soreness (AcCheckinEditor *self,
                                 double           soreness)
{
  gtk_range_set_value (GTK_RANGE (self->soreness_scale), soreness);
}

int
_ac_checkin_editor_get_soreness (AcCheckinEditor *self)
{
  return get_soreness (self);
}

const char *
_ac_checkin_editor_get_band_label (AcCheckinEditor *self)
{
  return gtk_label_get_label (self->band_label);
}

GtkWidget *
_ac_checkin_editor_get_band_widget (AcCheckinEditor *self)
{
  return GTK_WIDGET (self->band_label);
}

void
_ac_checkin_editor_set_areas (AcCheckinEditor *self,
                              AcArea           areas)
{
  ac_area_chooser_set_areas (self->area_chooser, areas);
}

AcArea
_ac_checkin_editor_get_areas (AcCheckinEditor *self)
{
  return ac_area_chooser_get_areas (self->area_chooser);
}

void
_ac_checkin_editor_set_symptoms (AcCheckinEditor *self,
                                 AcSymptom        symptoms)
{
  set_symptoms (self, symptoms);
}

AcSymptom
_ac_checkin_editor_get_symptoms (AcCheckinEditor *self)
{
  return get_symptoms (self);
}

void
_ac_checkin_editor_set_notes (AcCheckinEditor *self,
                              const char      *notes)
{
  _ac_editor_set_text (self->notes_view, notes);
}

char *
_ac_checkin_editor_get_notes (AcCheckinEditor *self)
{
  return _ac_editor_get_text (self->notes_view);
}

GtkWidget *
_ac_checkin_editor_get_notes_widget (AcCheckinEditor *self)
{
  return GTK_WIDGET (self->notes_frame);
}

/**
 * _ac_checkin_editor_get_editing_note:
 *
 * Returns: (nullable): "Editing your check-in for …" when the form edits
 *   a check-in of the journal, else %NULL
 */
const char *
_ac_checkin_editor_get_editing_note (AcCheckinEditor *self)
{
  if (self->checkin == NULL)
    return NULL;

  return adw_preferences_group_get_description (self->date_group);
}

/**
 * _ac_checkin_editor_get_red_flag_note:
 *
 * Returns: (nullable): the text of the note shown when a warning sign is
 *   ticked, or %NULL when it is hidden
 */
const char *
_ac_checkin_editor_get_red_flag_note (AcCheckinEditor *self)
{
  if (!gtk_revealer_get_reveal_child (self->red_flag_revealer))
    return NULL;

  return gtk_label_get_text (self->red_flag_label);
}

/**
 * _ac_checkin_editor_get_field:
 * @name: "date", "soreness", "areas", "symptoms" (its first check box)
 *   or "notes"
 *
 * Returns: (transfer none): the control that takes the keyboard for the
 *   field @name
 */
GtkWidget *
_ac_checkin_editor_get_field (AcCheckinEditor *self,
                              const char      *name)
{
  if (g_str_equal (name, "date"))
    return GTK_WIDGET (self->date_button);
  if (g_str_equal (name, "soreness"))
    return GTK_WIDGET (self->soreness_scale);
  if (g_str_equal (name, "areas"))
    return GTK_WIDGET (self->area_chooser);
  if (g_str_equal (name, "symptoms"))
    return g_ptr_array_index (self->symptom_checks, 0);
  if (g_str_equal (name, "notes"))
    return GTK_WIDGET (self->notes_view);

  g_assert_not_reached ();
}

gboolean
_ac_checkin_editor_can_save (AcCheckinEditor *self)
{
  return self->valid && gtk_widget_is_sensitive (self->save_button);
}

/* Saves whatever the form holds, valid or not, so that the tests can see
 * the journal refuse it. Returns whether it saved (and closed). */
gboolean
_ac_checkin_editor_save (AcCheckinEditor *self)
{
  g_autoptr(AcCheckin) checkin = build_checkin (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->checkin != NULL)
    saved = ac_journal_update_checkin (self->journal, checkin, &error);
  else
    saved = ac_journal_add_checkin (self->journal, checkin, &error);

  if (!saved)
    {
      g_debug ("Could not save check-in %s: %s", ac_checkin_get_id (checkin), error->message);
      show_error (self, error);
      return FALSE;
    }

  g_debug ("Saved check-in %s", ac_checkin_get_id (checkin));
  g_signal_emit (self, signals[SAVED], 0, checkin);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

/**
 * _ac_checkin_editor_get_error:
 *
 * Returns: (nullable): the message shown above the form, or %NULL
 */
const char *
_ac_checkin_editor_get_error (AcCheckinEditor *self)
{
  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_label (self->error_label);
}
