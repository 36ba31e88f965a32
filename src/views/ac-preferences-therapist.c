/* ac-preferences-therapist.c — what a new therapist should know: the
 * health profile's areas to avoid and notes for a therapist
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-preferences-therapist"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-body-map.h"
#include "ac-editor-common-private.h"
#include "ac-preferences-therapist.h"

/* Beside the conditions on the Health page. Like them, both change the
 * journal, and the keeper saves: the areas at once, the notes a moment
 * after the typing stops and when the focus leaves them, so that a
 * sentence is one change, not one per key. The Brief for a Therapist
 * shows both. */

/* How long the notes wait after the last key before they are saved. */
#define NOTES_SAVE_DELAY_MS 1000

struct _AcPreferencesTherapist
{
  AdwPreferencesGroup  parent_instance;

  AcBodyMap           *avoid_map;
  GtkTextView         *notes_view;
  GtkLabel            *notes_counter;

  AcJournal           *journal;        /* or NULL: none loaded */
  guint                notes_save_id;  /* the pause after the last key */
  guint                notes_dirty : 1;  /* the notes wait to be saved */
  guint                syncing : 1;
};

G_DEFINE_FINAL_TYPE (AcPreferencesTherapist, ac_preferences_therapist, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (AcPreferencesTherapist *self,
       const char             *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Not in a window any more (it is closing): the counter said so. */
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (title));
  else
    g_debug ("Not saved: %s", title);
}

static const char *
journal_notes (AcPreferencesTherapist *self)
{
  return ac_profile_get_therapist_notes (ac_journal_get_profile (self->journal));
}

static void
sync_from_journal (AcPreferencesTherapist *self)
{
  g_autofree char *shown = _ac_editor_get_text (self->notes_view);
  AcArea avoid = AC_AREA_NONE;
  const char *notes = "";

  if (self->journal != NULL)
    {
      avoid = ac_profile_get_avoid_areas (ac_journal_get_profile (self->journal));
      notes = journal_notes (self);
    }

  self->syncing = TRUE;
  ac_body_map_set_selected (self->avoid_map, avoid);
  /* Notes still waiting to be saved are the person's latest word. */
  if (!self->notes_dirty && g_strcmp0 (shown, notes) != 0)
    _ac_editor_set_text (self->notes_view, notes);
  self->syncing = FALSE;
}

static void
on_avoid_changed (AcPreferencesTherapist *self)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->journal == NULL)
    return;

  if (!ac_journal_set_avoid_areas (self->journal, ac_body_map_get_selected (self->avoid_map), &error))
    {
      toast (self, error->message);
      sync_from_journal (self);
    }
}

/**
 * ac_preferences_therapist_save_notes:
 *
 * Saves the notes now if they wait to be, as when the focus leaves them
 * or the window closes.
 *
 * Returns: %FALSE if the journal refused them (too long); a toast says why
 */
gboolean
ac_preferences_therapist_save_notes (AcPreferencesTherapist *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;

  g_return_val_if_fail (AC_IS_PREFERENCES_THERAPIST (self), FALSE);

  g_clear_handle_id (&self->notes_save_id, g_source_remove);
  if (!self->notes_dirty || self->journal == NULL)
    return TRUE;

  notes = _ac_editor_get_text (self->notes_view);
  if (!g_str_equal (notes, journal_notes (self)) &&
      !ac_journal_set_therapist_notes (self->journal, notes, &error))
    {
      /* Still the person's latest word: kept, not replaced by the
       * journal's. */
      toast (self, error->message);
      return FALSE;
    }

  self->notes_dirty = FALSE;
  return TRUE;
}

static gboolean
on_notes_save_timeout (gpointer user_data)
{
  AcPreferencesTherapist *self = user_data;
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);

  self->notes_save_id = 0;
  /* Too long: the counter says so; the toast waits for the focus to go. */
  if (g_utf8_strlen (notes, -1) <= AC_EDITOR_NOTES_MAX_CHARS)
    ac_preferences_therapist_save_notes (self);

  return G_SOURCE_REMOVE;
}

static void
on_notes_changed (AcPreferencesTherapist *self)
{
  g_autofree char *notes = _ac_editor_get_text (self->notes_view);

  _ac_editor_update_counter (self->notes_counter, notes);
  if (self->syncing || self->journal == NULL)
    return;

  self->notes_dirty = TRUE;
  g_clear_handle_id (&self->notes_save_id, g_source_remove);
  self->notes_save_id = g_timeout_add (NOTES_SAVE_DELAY_MS, on_notes_save_timeout, self);
}

/**
 * ac_preferences_therapist_set_journal:
 * @journal: (nullable): the journal loaded, or %NULL
 * @writable: whether it may be changed
 *
 * Shows what @journal's profile holds now, and changes it as the person
 * does. Called again whenever the journal changes.
 */
void
ac_preferences_therapist_set_journal (AcPreferencesTherapist *self,
                                      AcJournal              *journal,
                                      gboolean                writable)
{
  g_return_if_fail (AC_IS_PREFERENCES_THERAPIST (self));
  g_return_if_fail (journal == NULL || AC_IS_JOURNAL (journal));

  if (self->journal != journal)
    {
      /* Notes typed for the journal that goes stay with it. */
      ac_preferences_therapist_save_notes (self);
      self->notes_dirty = FALSE;
      g_set_object (&self->journal, journal);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self), journal != NULL && writable);
  sync_from_journal (self);
}

/* A heading, or the dim caption under one. */
static GtkWidget *
label_new (const char *text,
           gboolean    caption)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (caption)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
    }
  else
    gtk_widget_add_css_class (label, "heading");

  return label;
}

static void
add_avoid_map (AcPreferencesTherapist *self)
{
  GtkWidget *heading = label_new (_("Areas to Avoid"), FALSE);
  GtkWidget *caption = label_new (_("Where a therapist should not work, or only gently. A session that includes one is marked in the session editor."), TRUE);

  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_top (caption, 4);
  self->avoid_map = ac_body_map_new ();
  gtk_widget_set_margin_top (GTK_WIDGET (self->avoid_map), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->avoid_map),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Areas to avoid"),
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->avoid_map),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, caption, NULL,
                                  -1);
  g_signal_connect_object (self->avoid_map, "notify::selected", G_CALLBACK (on_avoid_changed),
                           self, G_CONNECT_SWAPPED);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), heading);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), caption);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->avoid_map));
}

static void
add_notes (AcPreferencesTherapist *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = label_new (_("Notes for a Therapist"), FALSE);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_margin_top (header, 24);
  self->notes_counter = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->notes_counter), GTK_ALIGN_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_counter), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_counter), "numeric");
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->notes_counter));

  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  g_object_set (self->notes_view,
                "wrap-mode", GTK_WRAP_WORD_CHAR,
                "accepts-tab", FALSE,
                "height-request", 120,
                "top-margin", 12, "bottom-margin", 12,
                "left-margin", 12, "right-margin", 12,
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes for a therapist"),
                                  -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (ac_preferences_therapist_save_notes),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);

  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  gtk_widget_add_css_class (frame, "ac-notes");
  gtk_widget_set_margin_top (frame, 12);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), header);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), frame);
  _ac_editor_update_counter (self->notes_counter, "");
}

static void
ac_preferences_therapist_unmap (GtkWidget *widget)
{
  ac_preferences_therapist_save_notes (AC_PREFERENCES_THERAPIST (widget));

  GTK_WIDGET_CLASS (ac_preferences_therapist_parent_class)->unmap (widget);
}

static void
ac_preferences_therapist_dispose (GObject *object)
{
  AcPreferencesTherapist *self = AC_PREFERENCES_THERAPIST (object);

  if (self->notes_view != NULL)
    ac_preferences_therapist_save_notes (self);
  g_clear_handle_id (&self->notes_save_id, g_source_remove);
  g_clear_object (&self->journal);
  self->notes_view = NULL;

  G_OBJECT_CLASS (ac_preferences_therapist_parent_class)->dispose (object);
}

static void
ac_preferences_therapist_class_init (AcPreferencesTherapistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_preferences_therapist_dispose;
  widget_class->unmap = ac_preferences_therapist_unmap;
}

static void
ac_preferences_therapist_init (AcPreferencesTherapist *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("For a Therapist"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("What a new therapist should know about your body. The Brief for a Therapist shows it, with your conditions."));
  add_avoid_map (self);
  add_notes (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ac_preferences_therapist_new (void)
{
  return g_object_new (AC_TYPE_PREFERENCES_THERAPIST, NULL);
}
