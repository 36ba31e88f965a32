/* ac-advice-card.c — one piece of advice: its severity, words, reason and
 * evidence
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-advice-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-adaptive-box.h"
#include "ac-advice-card.h"
#include "ac-chart-common-private.h"
#include "ac-date.h"
#include "ac-source-links.h"

/* A boxed list of two rows: the advice — an icon and a tag for its
 * severity, the title, the body, the reason drawn from the journal, and
 * links to the session and check-in it is about — and "Why we say this",
 * which opens on the evidence level and the sources. Urgent and
 * see-a-professional cards stand out by their colour (ui/style.css), and
 * say their severity in words as well. */

static const struct {
  const char *icon_name;
  const char *css_class;
} severities[] = {
  [AC_SEVERITY_INFO]             = { "dialog-information-symbolic", "info" },
  [AC_SEVERITY_TIP]              = { "starred-symbolic", "tip" },
  [AC_SEVERITY_CAUTION]          = { "dialog-warning-symbolic", "caution" },
  [AC_SEVERITY_SEE_PROFESSIONAL] = { "emblem-important-symbolic", "see-professional" },
  [AC_SEVERITY_URGENT]           = { "dialog-error-symbolic", "urgent" },
};

struct _AcAdviceCard
{
  GtkWidget       parent_instance;

  GtkListBox     *list;
  GtkWidget      *main_row;
  GtkImage       *icon;
  GtkLabel       *title;
  GtkLabel       *severity_label;
  GtkLabel       *body;
  GtkWidget      *reason_box;
  GtkLabel       *reason;
  AdwExpanderRow *why_row;
  GtkLabel       *evidence;
  GtkWidget      *sources_title;
  GtkLabel       *sources;

  AcAdvice       *advice;
  AcJournal      *journal;
  GPtrArray      *links;    /* the rows linking to the calendar */
};

G_DEFINE_FINAL_TYPE (AcAdviceCard, ac_advice_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVICE,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A row of the card that shows a day in the calendar. */
static GtkWidget *
make_link (const GDate *date,
           const char  *title,
           const char  *accessible_label)
{
  g_autofree char *target = ac_date_format_iso (date);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "x-office-calendar-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "link-to-day");
  gtk_widget_set_tooltip_text (row, _("Show in Calendar"));
  /* The title names the row; what activating it does is its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-day");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);

  return row;
}

/* Links go between the advice and "Why we say this". */
static void
append_link (AcAdviceCard *self,
             GtkWidget    *row)
{
  gtk_list_box_insert (self->list, row, 1 + self->links->len);
  g_ptr_array_add (self->links, row);
}

static const char *
last_id (const char * const *ids)
{
  guint n = ids != NULL ? g_strv_length ((char **) ids) : 0;

  return n > 0 ? ids[n - 1] : NULL;
}

/* Links to the latest session and the latest check-in the advice is
 * about, in the calendar. */
static void
update_links (AcAdviceCard *self)
{
  const char *session_id = last_id (ac_advice_get_session_ids (self->advice));
  const char *checkin_id = last_id (ac_advice_get_checkin_ids (self->advice));
  AcSession *session = NULL;
  AcCheckin *checkin = NULL;

  if (self->journal != NULL && session_id != NULL)
    session = ac_journal_lookup_session (self->journal, session_id);
  if (self->journal != NULL && checkin_id != NULL)
    checkin = ac_journal_lookup_checkin (self->journal, checkin_id);

  if (session != NULL)
    {
      GDate date;
      g_autofree char *day = NULL;
      g_autofree char *long_day = NULL;
      g_autofree char *label = NULL;
      g_autofree char *accessible = NULL;

      ac_session_get_local_date (session, &date);
      /* Translators: a day in a link of an advice card; see
       * g_date_time_format() */
      day = _ac_chart_format_date (&date, C_("advice link", "%-d %B"));
      long_day = _ac_chart_format_date (&date, C_("advice link", "%-d %B %Y"));
      /* Translators: a link from an advice card to a session in the
       * calendar: "Session of 20 November" */
      label = g_strdup_printf (_("Session of %s"), day);
      accessible = g_strdup_printf (_("Show the session of %s in the calendar"), long_day);
      append_link (self, make_link (&date, label, accessible));
    }

  if (checkin != NULL)
    {
      g_autofree char *day = _ac_chart_format_date (ac_checkin_get_date (checkin), C_("advice link", "%-d %B"));
      g_autofree char *long_day = _ac_chart_format_date (ac_checkin_get_date (checkin), C_("advice link", "%-d %B %Y"));
      /* Translators: a link from an advice card to a check-in */
      g_autofree char *label = g_strdup_printf (_("Check-In of %s"), day);
      g_autofree char *accessible = g_strdup_printf (_("Show the check-in of %s in the calendar"), long_day);

      append_link (self, make_link (ac_checkin_get_date (checkin), label, accessible));
    }
}

/* The subtitle of "Why we say this" names the level; opened, it says what
 * the level means. */
static const char *
evidence_meaning (AcEvidence evidence)
{
  switch (evidence)
    {
    case AC_EVIDENCE_STUDY:
      return _("Published research supports this");
    case AC_EVIDENCE_GUIDELINE:
      return _("Professional or public-health guidance says this");
    case AC_EVIDENCE_PRACTITIONER:
      return _("Massage practitioners say this from experience; it has not been tested");
    case AC_EVIDENCE_APP_RULE:
    default:
      return _("This is a threshold Aftercare chose, from the sources below");
    }
}

static void
update (AcAdviceCard *self)
{
  AcSeverity severity = ac_advice_get_severity (self->advice);
  const char *note = ac_advice_get_evidence_note (self->advice);
  const char * const *sources = ac_advice_get_sources (self->advice);
  const char *reason = ac_advice_get_reason (self->advice);
  g_autofree char *evidence = NULL;
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (self->icon, severities[severity].icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (self), severities[severity].css_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_label), severities[severity].css_class);
  gtk_label_set_text (self->severity_label, ac_severity_get_label (severity));
  gtk_label_set_text (self->title, ac_advice_get_title (self->advice));
  gtk_label_set_text (self->body, ac_advice_get_body (self->advice));
  gtk_label_set_text (self->reason, reason);
  gtk_widget_set_visible (self->reason_box, reason != NULL && reason[0] != '\0');

  if (note != NULL && note[0] != '\0')
    /* Translators: what an evidence level means, and its qualification:
     * "Published research supports this (exercise research, by analogy)." */
    evidence = g_strdup_printf (_("%s (%s)."), evidence_meaning (ac_advice_get_evidence (self->advice)), note);
  else
    /* Translators: what an evidence level means, as a sentence */
    evidence = g_strdup_printf (_("%s."), evidence_meaning (ac_advice_get_evidence (self->advice)));
  gtk_label_set_text (self->evidence, evidence);
  adw_expander_row_set_subtitle (self->why_row, ac_evidence_get_label (ac_advice_get_evidence (self->advice)));

  ac_source_links_show (self->sources, sources);
  gtk_widget_set_visible (self->sources_title, sources != NULL && sources[0] != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sources), sources != NULL && sources[0] != NULL);

  /* The severity is said with the title, not only shown. */
  /* Translators: an advice card's accessible name: its severity and title */
  accessible = g_strdup_printf (_("%s: %s"), ac_severity_get_label (severity), ac_advice_get_title (self->advice));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ac_severity_get_label (severity),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->main_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ac_advice_get_title (self->advice),
                                  -1);

  update_links (self);
}

static void
ac_advice_card_constructed (GObject *object)
{
  AcAdviceCard *self = (AcAdviceCard *)object;

  G_OBJECT_CLASS (ac_advice_card_parent_class)->constructed (object);

  g_assert (AC_IS_ADVICE (self->advice));
  update (self);
}

static void
ac_advice_card_dispose (GObject *object)
{
  AcAdviceCard *self = (AcAdviceCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_ADVICE_CARD);
  g_clear_object (&self->advice);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->links, g_ptr_array_unref);

  G_OBJECT_CLASS (ac_advice_card_parent_class)->dispose (object);
}

static void
ac_advice_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AcAdviceCard *self = AC_ADVICE_CARD (object);

  switch (prop_id)
    {
    case PROP_ADVICE:
      g_value_set_object (value, self->advice);
      break;

    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_advice_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AcAdviceCard *self = AC_ADVICE_CARD (object);

  switch (prop_id)
    {
    case PROP_ADVICE:
      self->advice = g_value_dup_object (value);
      break;

    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_advice_card_class_init (AcAdviceCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ac_advice_card_constructed;
  object_class->dispose = ac_advice_card_dispose;
  object_class->get_property = ac_advice_card_get_property;
  object_class->set_property = ac_advice_card_set_property;

  /**
   * AcAdviceCard:advice:
   *
   * The advice the card shows.
   */
  properties[PROP_ADVICE] =
    g_param_spec_object ("advice", NULL, NULL,
                         AC_TYPE_ADVICE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AcAdviceCard:journal:
   *
   * The journal the advice was drawn from, to find the days of the
   * sessions and check-ins it is about.
   */
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         AC_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_ADAPTIVE_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-advice-card.ui");
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, list);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, main_row);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, icon);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, title);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, severity_label);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, body);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, reason_box);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, reason);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, why_row);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, evidence);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, sources_title);
  gtk_widget_class_bind_template_child (widget_class, AcAdviceCard, sources);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "advicecard");
}

static void
ac_advice_card_init (AcAdviceCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->links = g_ptr_array_new ();
}

/**
 * ac_advice_card_new:
 * @advice: the advice to show
 * @journal: (nullable): the journal it was drawn from
 *
 * Returns: (transfer floating): a new card
 */
GtkWidget *
ac_advice_card_new (AcAdvice  *advice,
                    AcJournal *journal)
{
  g_return_val_if_fail (AC_IS_ADVICE (advice), NULL);
  g_return_val_if_fail (journal == NULL || AC_IS_JOURNAL (journal), NULL);

  return g_object_new (AC_TYPE_ADVICE_CARD,
                       "advice", advice,
                       "journal", journal,
                       NULL);
}

/**
 * ac_advice_card_get_advice:
 *
 * Returns: (transfer none): the advice shown
 */
AcAdvice *
ac_advice_card_get_advice (AcAdviceCard *self)
{
  g_return_val_if_fail (AC_IS_ADVICE_CARD (self), NULL);

  return self->advice;
}

/* Whether "Why we say this" is open. */
gboolean
ac_advice_card_get_expanded (AcAdviceCard *self)
{
  g_return_val_if_fail (AC_IS_ADVICE_CARD (self), FALSE);

  return adw_expander_row_get_expanded (self->why_row);
}

void
ac_advice_card_set_expanded (AcAdviceCard *self,
                             gboolean      expanded)
{
  g_return_if_fail (AC_IS_ADVICE_CARD (self));

  adw_expander_row_set_expanded (self->why_row, expanded);
}

/* How many links to the calendar the card has: its session's and its
 * check-in's. */
guint
ac_advice_card_get_n_links (AcAdviceCard *self)
{
  g_return_val_if_fail (AC_IS_ADVICE_CARD (self), 0);

  return self->links->len;
}

/**
 * ac_advice_card_get_link:
 *
 * Returns: (transfer none) (nullable): the @index-th link to the calendar,
 *   an activatable row
 */
GtkWidget *
ac_advice_card_get_link (AcAdviceCard *self,
                         guint         index)
{
  g_return_val_if_fail (AC_IS_ADVICE_CARD (self), NULL);

  return index < self->links->len ? g_ptr_array_index (self->links, index) : NULL;
}
