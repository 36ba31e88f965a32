/* ac-name-completion.c — names offered under an entry row as the user types
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-name-completion"

#include "config.h"

#include <string.h>

#include "ac-name-completion.h"

/* GtkEntryCompletion cannot attach to an AdwEntryRow, so the row gets a
 * popover of its own: as the user types, the names that hold the text
 * (those that start with it first, then in the order given, the most
 * recent first for the session editor's therapists) show under the row.
 * Up and Down move in the list, Enter or a click fills the name in,
 * Escape closes the list. The text keeps the keyboard all along, as
 * GtkEntryCompletion's does; screen readers follow the active row. */

/* Names offered at most. */
#define MAX_SUGGESTIONS 8

struct _AcNameCompletion
{
  GObject        parent_instance;

  AdwEntryRow        *row;       /* borrowed: the row owns the popover */
  GtkEventController *keys;      /* on the row */
  GtkPopover         *popover;
  GtkListBox         *list;
  GPtrArray          *names;     /* every name, in the order given */
  GtkStringList      *matches;   /* the names the list shows */
  gboolean            choosing;  /* the row's text is a name chosen, not typed */
};

G_DEFINE_FINAL_TYPE (AcNameCompletion, ac_name_completion, G_TYPE_OBJECT)

static GtkText *
row_text (AcNameCompletion *self)
{
  return GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->row)));
}

static gboolean
is_shown (AcNameCompletion *self)
{
  return self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover));
}

static void
hide_list (AcNameCompletion *self)
{
  if (!is_shown (self))
    return;

  gtk_popover_popdown (self->popover);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row_text (self)),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row_text (self)),
                                 GTK_ACCESSIBLE_RELATION_ACTIVE_DESCENDANT);
}

/* The names that hold @typed, case aside: those that start with it, then
 * the others, each in the order given. An empty @typed matches every
 * name. A name the text already is, is not offered. */
static void
match_names (AcNameCompletion *self,
             const char       *typed)
{
  g_autofree char *key = g_utf8_casefold (typed, -1);
  g_autoptr(GPtrArray) starting = g_ptr_array_new ();
  g_autoptr(GPtrArray) containing = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) matches = NULL;

  for (guint i = 0; i < self->names->len; i++)
    {
      const char *name = g_ptr_array_index (self->names, i);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      if (g_str_equal (folded, key))
        continue;
      if (g_str_has_prefix (folded, key))
        g_ptr_array_add (starting, (gpointer) name);
      else if (strstr (folded, key) != NULL)
        g_ptr_array_add (containing, (gpointer) name);
    }

  for (guint i = 0; i < starting->len + containing->len && i < MAX_SUGGESTIONS; i++)
    g_strv_builder_add (builder, i < starting->len ? g_ptr_array_index (starting, i)
                                                   : g_ptr_array_index (containing, i - starting->len));
  matches = g_strv_builder_end (builder);
  gtk_string_list_splice (self->matches, 0, g_list_model_get_n_items (G_LIST_MODEL (self->matches)),
                          (const char * const *) matches);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The list shows under the row while it has the keyboard, when there is
 * something in it. */
static void
show_list (AcNameCompletion *self)
{
  GtkWidget *row = GTK_WIDGET (self->row);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) == 0 ||
      !gtk_widget_get_mapped (row) || !has_focus_within (row))
    {
      hide_list (self);
      return;
    }

  /* Under the row, as wide as it. */
  gtk_popover_set_pointing_to (self->popover,
                               &(GdkRectangle) { 0, 0, gtk_widget_get_width (row), gtk_widget_get_height (row) });
  gtk_widget_set_size_request (GTK_WIDGET (self->list), gtk_widget_get_width (row), -1);
  gtk_popover_popup (self->popover);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row_text (self)),
                               GTK_ACCESSIBLE_STATE_EXPANDED, TRUE,
                               -1);
}

static char *
typed_text (AcNameCompletion *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->row))));
}

static void
on_changed (AcNameCompletion *self)
{
  g_autofree char *typed = NULL;

  if (self->choosing || self->row == NULL)
    return;

  typed = typed_text (self);
  if (typed[0] == '\0')
    {
      hide_list (self);
      return;
    }

  match_names (self, typed);
  gtk_list_box_unselect_all (self->list);
  show_list (self);
}

static void
on_row_activated (AcNameCompletion *self,
                  GtkListBoxRow    *row)
{
  ac_name_completion_choose (self, gtk_string_list_get_string (self->matches,
                                                               gtk_list_box_row_get_index (row)));
}

/* Down and Up move in the list; Down opens it on what is typed, or on
 * every name when nothing is. */
static gboolean
move (AcNameCompletion *self,
      int               step)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  GtkListBoxRow *row;
  int index;

  if (!is_shown (self))
    {
      g_autofree char *typed = NULL;

      if (step < 0)
        return FALSE;
      typed = typed_text (self);
      match_names (self, typed);
      show_list (self);
      return is_shown (self);
    }

  index = selected != NULL ? gtk_list_box_row_get_index (selected) + step : (step > 0 ? 0 : (int) n - 1);
  row = gtk_list_box_get_row_at_index (self->list, CLAMP (index, 0, (int) n - 1));
  gtk_list_box_select_row (self->list, row);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row_text (self)),
                                  GTK_ACCESSIBLE_RELATION_ACTIVE_DESCENDANT, row,
                                  -1);

  return TRUE;
}

static gboolean
move_down (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  return move (user_data, 1);
}

static gboolean
move_up (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  return move (user_data, -1);
}

/* Enter fills in the name chosen; with none chosen it does what Enter
 * does in the other fields. */
static gboolean
take (GtkWidget *widget,
      GVariant  *args,
      gpointer   user_data)
{
  AcNameCompletion *self = user_data;
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);

  if (!is_shown (self) || selected == NULL)
    {
      hide_list (self);
      return FALSE;
    }

  on_row_activated (self, selected);
  return TRUE;
}

static gboolean
close_list (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  AcNameCompletion *self = user_data;

  if (!is_shown (self))
    return FALSE;

  hide_list (self);
  return TRUE;
}

/* The list goes when the keyboard leaves the row. */
static void
on_focus_changed (AcNameCompletion *self)
{
  if (self->row != NULL && !has_focus_within (GTK_WIDGET (self->row)))
    hide_list (self);
}

static GtkWidget *
make_row (gpointer item,
          gpointer user_data)
{
  const char *name = gtk_string_object_get_string (item);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  /* The text keeps the keyboard; the list is for the mouse and for
   * screen readers, which follow the active row. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  return row;
}

static void
ac_name_completion_dispose (GObject *object)
{
  ac_name_completion_detach (AC_NAME_COMPLETION (object));

  G_OBJECT_CLASS (ac_name_completion_parent_class)->dispose (object);
}

static void
ac_name_completion_finalize (GObject *object)
{
  AcNameCompletion *self = AC_NAME_COMPLETION (object);

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_object (&self->matches);

  G_OBJECT_CLASS (ac_name_completion_parent_class)->finalize (object);
}

static void
ac_name_completion_class_init (AcNameCompletionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ac_name_completion_dispose;
  object_class->finalize = ac_name_completion_finalize;
}

static void
ac_name_completion_init (AcNameCompletion *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->matches = gtk_string_list_new (NULL);
}

/**
 * ac_name_completion_new:
 * @row: the row to complete, already in its window
 * @list_name: what screen readers call the list, such as "Therapists
 *   you've seen"
 *
 * Returns: (transfer full): the completion; @row's popover lives until
 *   ac_name_completion_detach() or the completion's end
 */
AcNameCompletion *
ac_name_completion_new (AdwEntryRow *row,
                        const char  *list_name)
{
  AcNameCompletion *self;
  GtkRoot *root;
  struct {
    const char      *trigger;
    GtkShortcutFunc  func;
  } shortcuts[] = {
    { "Down", move_down },
    { "Up", move_up },
    { "Return|KP_Enter", take },
    { "Escape", close_list },
  };

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);
  root = gtk_widget_get_root (GTK_WIDGET (row));
  g_return_val_if_fail (root != NULL, NULL);

  self = g_object_new (AC_TYPE_NAME_COMPLETION, NULL);
  self->row = row;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_name,
                                  -1);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->matches), make_row, NULL, NULL);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated),
                           self, G_CONNECT_SWAPPED);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (self->popover, FALSE);
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_widget_set_can_focus (GTK_WIDGET (self->popover), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->popover), "ac-completion");
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->list));
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (row));

  /* Before the text and the window see the keys. */
  self->keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (self->keys),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                                            gtk_callback_action_new (shortcuts[i].func, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (row), self->keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row_text (self)),
                                  GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE, GTK_ACCESSIBLE_AUTOCOMPLETE_LIST,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row_text (self)),
                                  GTK_ACCESSIBLE_RELATION_CONTROLS, self->list, NULL,
                                  -1);

  g_signal_connect_object (row, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (on_focus_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * ac_name_completion_set_names:
 * @names: (array zero-terminated=1): the names to offer, the first
 *   preferred among equals (for the session editor, the most recent)
 */
void
ac_name_completion_set_names (AcNameCompletion   *self,
                              const char * const *names)
{
  g_return_if_fail (AC_IS_NAME_COMPLETION (self));

  g_ptr_array_set_size (self->names, 0);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_ptr_array_add (self->names, g_strdup (names[i]));
}

/**
 * ac_name_completion_choose:
 *
 * Fills @name in, as choosing it in the list does, and closes the list.
 */
void
ac_name_completion_choose (AcNameCompletion *self,
                           const char       *name)
{
  g_return_if_fail (AC_IS_NAME_COMPLETION (self));

  hide_list (self);
  self->choosing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->row), name);
  gtk_editable_set_position (GTK_EDITABLE (self->row), -1);
  self->choosing = FALSE;
}

/**
 * ac_name_completion_detach:
 *
 * Takes the popover and the keys off the row, for the row's dispose: a
 * widget must not keep children it did not add.
 */
void
ac_name_completion_detach (AcNameCompletion *self)
{
  g_return_if_fail (AC_IS_NAME_COMPLETION (self));

  if (self->row == NULL)
    return;

  gtk_widget_remove_controller (GTK_WIDGET (self->row), g_steal_pointer (&self->keys));
  g_signal_handlers_disconnect_by_data (self->row, self);
  gtk_widget_unparent (GTK_WIDGET (self->popover));
  self->popover = NULL;
  self->list = NULL;
  self->row = NULL;
}
