/* ac-advice-view.c — the Advice page: advice from the journal by group,
 * the aftercare tips, and the not-medical-advice line
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-advice-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-advice-card.h"
#include "ac-advice-enums.h"
#include "ac-advice-view.h"
#include "ac-chart-common-private.h"
#include "ac-guidance.h"
#include "ac-tip-row.h"

/* The guidance engine's advice, in its order, under four headings: Right
 * now, Watch out, Your rhythm, Before your next session. A heading with
 * nothing under it is hidden, except Watch out, which then says there is
 * nothing to watch out for. Below, the tips library with a search. The
 * not-medical-advice line sits under the scrolled part, always visible.
 *
 * Advice is computed again when the day changes, and after the journal
 * changes in an idle, once for a burst of changes (about 11 ms for the
 * heavy journal, so never in a signal handler of the journal). */

typedef struct
{
  GtkWidget *section;
  GtkWidget *cards;
} Group;

struct _AcAdviceView
{
  GtkWidget          parent_instance;

  GtkLabel          *date_label;
  GtkWidget         *empty_page;
  GtkBox            *groups_box;
  GtkListBox        *tips_list;
  GtkSearchEntry    *tips_search;
  GtkLabel          *disclaimer_label;
  GtkLabel          *disclaimer_whole;
  GtkWidget         *disclaimer_short;
  GtkWidget         *disclaimer_more;

  Group              groups[AC_N_ADVICE_GROUPS];
  GtkWidget         *watch_out_empty;
  GtkCustomFilter   *tips_filter;

  AcContext         *context;
  GSignalGroup      *journal_signals;
  AcJournal         *journal;      /* the context's, while it has one */
  GListModel        *advice;
  GDate              today;        /* the clock's, as seen last */
  guint              update_id;
};

G_DEFINE_FINAL_TYPE (AcAdviceView, ac_advice_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ADVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_section (AcAdviceGroup group,
              Group        *parts)
{
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "label", ac_advice_group_get_title (group),
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  parts->section = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 12,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 NULL);
  gtk_widget_add_css_class (parts->section, "advice-group");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (parts->section), title);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (parts->section),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  -1);

  parts->cards = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (parts->section), parts->cards);

  return parts->section;
}

/* Watch out with nothing in it says so. */
static GtkWidget *
make_watch_out_empty (void)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "nothing-to-watch");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to watch out for"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Your sessions are not too close together or too heavy, and your health "
                                 "profile lists nothing to check before a massage."));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (icon, "all-clear");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return list;
}

static void
clear_cards (AcAdviceView *self,
             GHashTable   *expanded)
{
  for (guint g = 0; g < AC_N_ADVICE_GROUPS; g++)
    {
      GtkWidget *card;

      while ((card = gtk_widget_get_first_child (self->groups[g].cards)) != NULL)
        {
          if (AC_IS_ADVICE_CARD (card) && ac_advice_card_get_expanded (AC_ADVICE_CARD (card)))
            g_hash_table_add (expanded, g_strdup (ac_advice_get_id (ac_advice_card_get_advice (AC_ADVICE_CARD (card)))));
          gtk_box_remove (GTK_BOX (self->groups[g].cards), card);
        }
    }
}

static void
update_date_label (AcAdviceView *self)
{
  /* Translators: the day the advice is for; see g_date_time_format() */
  g_autofree char *day = _ac_chart_format_date (&self->today, C_("advice date", "%A %-d %B"));
  g_autofree char *text = NULL;
  guint n = self->advice != NULL ? g_list_model_get_n_items (self->advice) : 0;

  if (n == 0)
    /* Translators: above the advice; %s is today */
    text = g_strdup_printf (_("Advice for %s, from your journal."), day);
  else
    text = g_strdup_printf (ngettext ("%u piece of advice for %s, from your journal.",
                                      "%u pieces of advice for %s, from your journal.", n),
                            n, day);
  gtk_label_set_text (self->date_label, text);
}

static void
update_advice (AcAdviceView *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean empty = self->journal == NULL || ac_journal_is_empty (self->journal);
  guint n;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->advice);
  if (!empty)
    self->advice = ac_guidance_compute_advice (self->journal, &self->today);

  clear_cards (self, expanded);

  n = self->advice != NULL ? g_list_model_get_n_items (self->advice) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) advice = g_list_model_get_item (self->advice, i);
      GtkWidget *card = ac_advice_card_new (advice, self->journal);

      if (g_hash_table_contains (expanded, ac_advice_get_id (advice)))
        ac_advice_card_set_expanded (AC_ADVICE_CARD (card), TRUE);
      gtk_box_append (GTK_BOX (self->groups[ac_advice_get_group (advice)].cards), card);
    }

  for (guint g = 0; g < AC_N_ADVICE_GROUPS; g++)
    {
      gboolean has_cards = gtk_widget_get_first_child (self->groups[g].cards) != NULL;

      gtk_widget_set_visible (self->groups[g].cards, has_cards);
      gtk_widget_set_visible (self->groups[g].section, has_cards || g == AC_ADVICE_GROUP_WATCH_OUT);
    }
  gtk_widget_set_visible (self->watch_out_empty,
                          gtk_widget_get_first_child (self->groups[AC_ADVICE_GROUP_WATCH_OUT].cards) == NULL);

  gtk_widget_set_visible (self->empty_page, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_box), !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), !empty);
  update_date_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE]);
}

static gboolean
update_idle (gpointer user_data)
{
  AcAdviceView *self = user_data;

  self->update_id = 0;
  update_advice (self);

  return G_SOURCE_REMOVE;
}

static void
journal_changed_cb (AcAdviceView *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

static gboolean
tip_filter_func (gpointer item,
                 gpointer user_data)
{
  AcAdviceView *self = user_data;

  return ac_tip_matches (AC_TIP (item), gtk_editable_get_text (GTK_EDITABLE (self->tips_search)));
}

static void
search_changed_cb (AcAdviceView *self)
{
  gtk_filter_changed (GTK_FILTER (self->tips_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWidget *
create_tip_row (gpointer item,
                gpointer user_data)
{
  return ac_tip_row_new (AC_TIP (item));
}

static void
ac_advice_view_dispose (GObject *object)
{
  AcAdviceView *self = (AcAdviceView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->update_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  g_clear_object (&self->advice);
  g_clear_object (&self->context);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  gtk_widget_dispose_template (GTK_WIDGET (object), AC_TYPE_ADVICE_VIEW);
  self->tips_filter = NULL;

  G_OBJECT_CLASS (ac_advice_view_parent_class)->dispose (object);
}

static void
ac_advice_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcAdviceView *self = AC_ADVICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_ADVICE:
      g_value_set_object (value, self->advice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_advice_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcAdviceView *self = AC_ADVICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void ac_advice_view_constructed (GObject *object);

static void
ac_advice_view_class_init (AcAdviceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_advice_view_constructed;
  object_class->dispose = ac_advice_view_dispose;
  object_class->get_property = ac_advice_view_get_property;
  object_class->set_property = ac_advice_view_set_property;

  /**
   * AcAdviceView:context:
   *
   * The journal the advice is drawn from, and the clock that says which
   * day it is for.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcAdviceView:advice:
   *
   * The advice shown, a #GListModel of #AcAdvice in the guidance engine's
   * order, or %NULL for an empty journal.
   */
  properties[PROP_ADVICE] =
    g_param_spec_object ("advice", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-advice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, date_label);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, tips_list);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, tips_search);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, disclaimer_whole);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, disclaimer_short);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceView, disclaimer_more);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "adviceview");
}

static void
on_journal_bound (AcAdviceView *self,
                  AcJournal    *journal)
{
  g_set_object (&self->journal, journal);
  update_advice (self);
}

static void
on_journal_unbound (AcAdviceView *self)
{
  g_clear_object (&self->journal);
  update_advice (self);
}

static void
on_day_changed (AcAdviceView *self)
{
  ac_context_get_today (self->context, &self->today);
  update_advice (self);
}

static void
ac_advice_view_constructed (GObject *object)
{
  AcAdviceView *self = AC_ADVICE_VIEW (object);

  G_OBJECT_CLASS (ac_advice_view_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  ac_context_get_today (self->context, &self->today);
  g_signal_connect_object (ac_context_get_clock (self->context), "day-changed",
                           G_CALLBACK (on_day_changed), self, G_CONNECT_SWAPPED);

  self->journal_signals =
    ac_context_follow_journal (self->context, G_CALLBACK (journal_changed_cb), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);
  if (self->journal == NULL)
    update_advice (self);
}

static void
ac_advice_view_init (AcAdviceView *self)
{
  GtkFilterListModel *tips;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);

  for (AcAdviceGroup g = AC_ADVICE_GROUP_RIGHT_NOW; g <= AC_ADVICE_GROUP_BEFORE_NEXT; g++)
    gtk_box_append (self->groups_box, make_section (g, &self->groups[g]));
  self->watch_out_empty = make_watch_out_empty ();
  gtk_box_append (GTK_BOX (self->groups[AC_ADVICE_GROUP_WATCH_OUT].section), self->watch_out_empty);

  gtk_label_set_text (self->disclaimer_label, ac_advice_get_disclaimer ());
  gtk_label_set_text (self->disclaimer_whole, ac_advice_get_disclaimer ());

  self->tips_filter = gtk_custom_filter_new (tip_filter_func, self, NULL);
  tips = gtk_filter_list_model_new (ac_tips_get_library (), GTK_FILTER (self->tips_filter));
  gtk_list_box_bind_model (self->tips_list, G_LIST_MODEL (tips), create_tip_row, NULL, NULL);
  g_object_unref (tips);

  placeholder = gtk_label_new (_("No tips match your search"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->tips_list, placeholder);
}

/**
 * ac_advice_view_new:
 * @context: the journal to draw advice from, and the clock
 *
 * Returns: (transfer floating): an Advice page
 */
GtkWidget *
ac_advice_view_new (AcContext *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_ADVICE_VIEW, "context", context, NULL);
}

/**
 * ac_advice_view_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal advice is drawn from
 */
AcJournal *
ac_advice_view_get_journal (AcAdviceView *self)
{
  g_return_val_if_fail (AC_IS_ADVICE_VIEW (self), NULL);

  return self->journal;
}

/**
 * ac_advice_view_get_advice:
 *
 * Returns: (transfer none) (nullable): the advice shown, in the guidance
 *   engine's order
 */
GListModel *
ac_advice_view_get_advice (AcAdviceView *self)
{
  g_return_val_if_fail (AC_IS_ADVICE_VIEW (self), NULL);

  return self->advice;
}
