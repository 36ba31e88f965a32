/* ac-window.c — the main window
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-accessible-name.h"
#include "ac-guidance.h"
#include "ac-window-private.h"

G_DEFINE_FINAL_TYPE (AcWindow, ac_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_title_visible (AcWindow *self);
static void on_visible_view  (AcWindow *self);
static void add_view         (AcWindow   *self,
                              GtkWidget  *child,
                              const char *name,
                              const char *title,
                              const char *icon_name);

/* The welcome and failed pages, built the first time one is shown: most
 * starts show neither. */
static void
ensure_page (AcWindow   *self,
             const char *name)
{
  const char *id = g_str_equal (name, "welcome") ? "welcome_page" : "failed_page";
  const char *ids[] = { id, NULL };
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  if (!g_str_equal (name, "welcome") && !g_str_equal (name, "failed"))
    return;
  if (gtk_stack_get_child_by_name (self->main_stack, name) != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_objects_from_resource (builder, APP_PATH "/ac-window-pages.ui", ids, &error))
    g_error ("%s", error->message);
  page = GTK_WIDGET (gtk_builder_get_object (builder, id));
  gtk_stack_add_named (self->main_stack, page, name);

  if (g_str_equal (name, "failed"))
    {
      self->failed_page = ADW_STATUS_PAGE (page);
      self->restore_button = GTK_BUTTON (gtk_builder_get_object (builder, "restore_button"));
    }
}

static void
update_page (AcWindow *self)
{
  const char *page = "loading";

  switch (ac_journal_keeper_get_state (self->keeper))
    {
    case AC_KEEPER_LOADING:
      page = "loading";
      break;

    case AC_KEEPER_FAILED:
      {
        const GError *error = ac_journal_keeper_get_load_error (self->keeper);
        gboolean has_backup = ac_journal_keeper_has_backup (self->keeper);
        g_autofree char *description = NULL;

        /* Say what there is: a backup to go back to, or only a new start. */
        if (has_backup)
          description = g_strdup_printf (_("%s\n\nThe file has not been changed. You can restore the "
                                           "backup Aftercare keeps of your last good journal, or start "
                                           "a new journal: the damaged file is then kept beside it "
                                           "under a new name."),
                                         error ? error->message : "");
        else
          description = g_strdup_printf (_("%s\n\nThe file has not been changed. There is no backup "
                                           "to go back to. You can start a new journal: the damaged "
                                           "file is then kept beside it under a new name."),
                                         error ? error->message : "");

        ensure_page (self, "failed");
        adw_status_page_set_description (self->failed_page, description);
        page = "failed";
      }
      break;

    case AC_KEEPER_READY:
      page = ac_journal_is_empty (self->journal) ? "welcome" : "journal";
      break;

    default:
      g_assert_not_reached ();
    }

  ensure_page (self, page);
  /* Out of the spinner at once: a crossfade would draw both pages for a
   * fifth of a second, the journal's first frame included. */
  gtk_stack_set_visible_child_full (self->main_stack, page,
                                    g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0
                                    ? GTK_STACK_TRANSITION_TYPE_NONE
                                    : GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  if (self->restore_button != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->restore_button),
                            ac_journal_keeper_has_backup (self->keeper));
  if (!g_str_equal (page, "journal") && self->switcher_bar != NULL)
    adw_view_switcher_bar_set_reveal (self->switcher_bar, FALSE);
  else
    on_title_visible (self);
  _ac_window_update_actions (self);
}

static void
update_banner (AcWindow *self)
{
  const GError *save_error = ac_journal_keeper_get_save_error (self->keeper);
  g_autofree char *text = NULL;
  gboolean retry = FALSE;

  if (save_error != NULL && !g_error_matches (save_error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY))
    {
      text = g_strdup_printf (_("Your changes could not be saved: %s. They are kept, and "
                                "Aftercare will try again."), save_error->message);
      retry = TRUE;
    }
  else if (self->journal != NULL && ac_journal_get_read_only (self->journal))
    text = g_strdup (_("This journal was written by a newer version of Aftercare. It is open "
                       "read-only, so nothing in it can be lost."));
  else if (save_error != NULL)
    text = g_strdup (save_error->message);

  if (text != NULL)
    gtk_label_set_text (self->banner_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), retry);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
  _ac_window_update_actions (self);
}

/* The calendar marks the guidance engine's suggested next session; none
 * while a hold is on (GUIDANCE.md). */
static gboolean
update_suggestion (gpointer data)
{
  AcWindow *self = data;
  g_autoptr(AcStats) stats = NULL;
  GDate today;

  self->suggestion_id = 0;
  if (self->journal == NULL || ac_hold_is_on (ac_context_get_hold (self->context)))
    {
      ac_calendar_view_set_suggested_date (self->calendar_view, NULL);
      return G_SOURCE_REMOVE;
    }

  ac_context_get_today (self->context, &today);
  stats = ac_guidance_compute_stats (self->journal, &today);
  ac_calendar_view_set_suggested_date (self->calendar_view,
                                       g_date_valid (&stats->suggested_next) ? &stats->suggested_next : NULL);

  return G_SOURCE_REMOVE;
}

static void
queue_suggestion (AcWindow *self)
{
  if (self->suggestion_id == 0)
    self->suggestion_id = g_idle_add (update_suggestion, self);
}

static void
on_journal_changed (AcWindow  *self,
                    AcJournal *journal)
{
  queue_suggestion (self);

  /* The welcome page gives way to the journal with its first record, and
   * comes back when the last one goes (Delete All Data). */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                 ac_journal_is_empty (journal) ? "journal" : "welcome") == 0)
    update_page (self);
}

/* The views follow the context's journal by themselves. */
static void
on_journal_bound (AcWindow  *self,
                  AcJournal *journal)
{
  g_set_object (&self->journal, journal);
  queue_suggestion (self);
  update_banner (self);
}

static void
on_journal_unbound (AcWindow *self)
{
  g_clear_object (&self->journal);
  queue_suggestion (self);
  update_banner (self);
}

static void
on_keeper_changed (AcWindow *self)
{
  update_page (self);
  update_banner (self);
}

static void
on_merged (AcWindow        *self,
           guint            n_changes,
           AcJournalKeeper *keeper)
{
  _ac_window_toast (self, _("Updated with changes made by another program"));
}

void
_ac_window_toast (AcWindow   *self,
                  const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Back at the window, after a suspend perhaps: the clock looks at the
 * time now rather than at the next minute. */
static void
on_active_changed (AcWindow *self)
{
  ac_clock_check (ac_context_get_clock (self->context));
}

/* The bottom switcher shows when the title has no room for the top one.
 * The title says so during size allocation, and GTK 4.8's revealer
 * allocates a negative height when revealed at that moment, so the change
 * waits for the next idle. */
static gboolean
sync_switcher_bar (gpointer data)
{
  AcWindow *self = data;
  gboolean reveal = adw_view_switcher_title_get_title_visible (self->switcher_title) &&
                    adw_view_switcher_title_get_view_switcher_enabled (self->switcher_title);

  self->switcher_bar_id = 0;

  /* Made the first time it is needed: most windows are never this narrow,
   * and its switcher costs start-up time. */
  if (reveal && self->switcher_bar == NULL)
    {
      self->switcher_bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
      gtk_box_append (self->content_box, GTK_WIDGET (self->switcher_bar));
    }
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_reveal (self->switcher_bar, reveal);

  return G_SOURCE_REMOVE;
}

static void
on_title_visible (AcWindow *self)
{
  if (self->switcher_bar_id == 0)
    self->switcher_bar_id = g_idle_add (sync_switcher_bar, self);
}

static gboolean
ac_window_close_request (GtkWindow *window)
{
  AcWindow *self = AC_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  /* A save that fails keeps the window open, and asks. */
  if (!_ac_window_save_or_ask (self, FALSE))
    return TRUE;

  return GTK_WINDOW_CLASS (ac_window_parent_class)->close_request (window);
}

/**
 * ac_window_save_before_quit:
 *
 * Saves the journal before the application quits. When that fails, the
 * window says why and asks whether to try again or quit without saving,
 * and quits the application itself on the answer.
 *
 * Returns: whether the application may quit now
 */
gboolean
ac_window_save_before_quit (AcWindow *self)
{
  g_return_val_if_fail (AC_IS_WINDOW (self), TRUE);

  return _ac_window_save_or_ask (self, TRUE);
}

/* On launch nothing else has the focus: the calendar's selected day takes
 * it, so that the arrow keys move in the month at once. */
static void
ac_window_map (GtkWidget *widget)
{
  AcWindow *self = AC_WINDOW (widget);

  GTK_WIDGET_CLASS (ac_window_parent_class)->map (widget);

  if (gtk_window_get_focus (GTK_WINDOW (self)) == NULL &&
      adw_view_stack_get_visible_child (self->view_stack) == GTK_WIDGET (self->calendar_view) &&
      gtk_widget_get_mapped (GTK_WIDGET (self->calendar_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->calendar_view));
}

static void
ac_window_constructed (GObject *object)
{
  AcWindow *self = (AcWindow *)object;

  G_OBJECT_CLASS (ac_window_parent_class)->constructed (object);

  g_assert (AC_IS_CONTEXT (self->context));
  self->keeper = g_object_ref (ac_context_get_keeper (self->context));
  self->settings = g_object_ref (ac_context_get_settings (self->context));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->calendar_view = AC_CALENDAR_VIEW (ac_calendar_view_new (self->context));
  add_view (self, GTK_WIDGET (self->calendar_view), "calendar", _("Calendar"),
            "x-office-calendar-symbolic");
  add_view (self, adw_bin_new (), "recovery", _("Recovery"), "document-open-recent-symbolic");
  add_view (self, adw_bin_new (), "advice", _("Advice"), "dialog-information-symbolic");
  add_view (self, adw_bin_new (), "insights", _("Insights"), "emblem-favorite-symbolic");
  self->on_calendar = TRUE;
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_view), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (ac_context_get_clock (self->context), "day-changed",
                           G_CALLBACK (queue_suggestion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::hold",
                           G_CALLBACK (queue_suggestion), self, G_CONNECT_SWAPPED);
  _ac_window_hold_setup (self);
  _ac_window_undo_setup (self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);

  self->journal_signals =
    ac_context_follow_journal (self->context, G_CALLBACK (on_journal_changed), G_CALLBACK (on_journal_bound),
                               G_CALLBACK (on_journal_unbound), self);

  g_signal_connect_object (self->keeper, "notify::state", G_CALLBACK (on_keeper_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->keeper, "notify::journal", G_CALLBACK (on_keeper_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->keeper, "notify::save-error", G_CALLBACK (update_banner),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->keeper, "merged", G_CALLBACK (on_merged),
                           self, G_CONNECT_SWAPPED);
  on_keeper_changed (self);
}

static void
ac_window_dispose (GObject *object)
{
  AcWindow *self = (AcWindow *)object;

  g_signal_handlers_disconnect_by_func (self, on_active_changed, NULL);
  if (self->unsaved_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->unsaved_dialog)));
  g_clear_handle_id (&self->suggestion_id, g_source_remove);
  g_clear_handle_id (&self->switcher_bar_id, g_source_remove);
  /* Letting the group go unbinds the journal: not a change to show. */
  if (self->journal_signals != NULL)
    g_signal_handlers_disconnect_by_data (self->journal_signals, self);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->journal);
  self->step_toast = NULL;
  g_clear_object (&self->keeper);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), AC_TYPE_WINDOW);

  G_OBJECT_CLASS (ac_window_parent_class)->dispose (object);
}

static void
ac_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AcWindow *self = AC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AcWindow *self = AC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ac_window_class_init (AcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ac_window_constructed;
  object_class->dispose = ac_window_dispose;
  object_class->get_property = ac_window_get_property;
  object_class->set_property = ac_window_set_property;
  widget_class->map = ac_window_map;
  window_class->close_request = ac_window_close_request;

  /**
   * AcWindow:context:
   *
   * The journal's keeper, the clock and the settings, which the window
   * hands to every view and editor it makes.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         AC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (AC_TYPE_CALENDAR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ac-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, banner_button);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, AcWindow, add_button);

  _ac_window_class_add_actions (widget_class);
  _ac_window_hold_class_add_actions (widget_class);
  _ac_window_undo_class_add_actions (widget_class);
  _ac_window_brief_class_add_actions (widget_class);
}

static void
add_view (AcWindow   *self,
          GtkWidget  *child,
          const char *name,
          const char *title,
          const char *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
}

/* The views but the calendar are built when first shown: the window
 * opens on the calendar, and building them with it cost an eighth of the
 * start-up (callgrind). Until then their pages hold an empty AdwBin. */
static void
ensure_view (AcWindow   *self,
             const char *name)
{
  GtkWidget *view;

  if (g_strcmp0 (name, "recovery") == 0 && self->recovery_view == NULL)
    {
      self->recovery_view = AC_RECOVERY_VIEW (ac_recovery_view_new (self->context));
      view = GTK_WIDGET (self->recovery_view);
    }
  else if (g_strcmp0 (name, "advice") == 0 && self->advice_view == NULL)
    {
      self->advice_view = AC_ADVICE_VIEW (ac_advice_view_new (self->context));
      view = GTK_WIDGET (self->advice_view);
    }
  else if (g_strcmp0 (name, "insights") == 0 && self->insights_view == NULL)
    {
      self->insights_view = AC_INSIGHTS_VIEW (ac_insights_view_new (self->context));
      view = GTK_WIDGET (self->insights_view);
    }
  else
    return;

  adw_bin_set_child (ADW_BIN (adw_view_stack_get_child_by_name (self->view_stack, name)), view);
}

/* Coming from the calendar, the Recovery chart shows the calendar's
 * selected day: its range buttons keep the length, a day outside the
 * range scrolls it (ac_recovery_view_show_month()). */
static void
on_visible_view (AcWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  ensure_view (self, name);
  if (g_strcmp0 (name, "recovery") == 0 && self->on_calendar)
    {
      GDate selected;

      ac_calendar_view_get_selected_date (self->calendar_view, &selected);
      if (g_date_valid (&selected))
        ac_recovery_view_show_month (self->recovery_view, &selected);
    }
  self->on_calendar = g_strcmp0 (name, "calendar") == 0;
}

/* The views make sense only with a journal; the add menu also on the
 * welcome page, for the first record. */
static gboolean
page_is_journal (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_boolean (to, g_strcmp0 (g_value_get_string (from), "journal") == 0);
  return TRUE;
}

static gboolean
page_takes_records (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  const char *page = g_value_get_string (from);

  g_value_set_boolean (to, g_strcmp0 (page, "journal") == 0 || g_strcmp0 (page, "welcome") == 0);
  return TRUE;
}

static void
ac_window_init (AcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ac_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  g_object_bind_property_full (self->main_stack, "visible-child-name",
                               self->switcher_title, "view-switcher-enabled",
                               G_BINDING_SYNC_CREATE, page_is_journal, NULL, NULL, NULL);
  g_object_bind_property_full (self->main_stack, "visible-child-name",
                               self->add_button, "visible",
                               G_BINDING_SYNC_CREATE, page_takes_records, NULL, NULL, NULL);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (on_title_visible), self, G_CONNECT_SWAPPED);
}

/**
 * ac_window_new:
 * @context: the journal's keeper, the clock and the settings
 *
 * Returns: (transfer full): a new main window
 */
AcWindow *
ac_window_new (AdwApplication *application,
               AcContext      *context)
{
  g_return_val_if_fail (AC_IS_CONTEXT (context), NULL);

  return g_object_new (AC_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * ac_window_get_context:
 *
 * Returns: (transfer none): the window's context
 */
AcContext *
ac_window_get_context (AcWindow *self)
{
  g_return_val_if_fail (AC_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * ac_window_get_keeper:
 *
 * Returns: (transfer none): the window's journal keeper
 */
AcJournalKeeper *
ac_window_get_keeper (AcWindow *self)
{
  g_return_val_if_fail (AC_IS_WINDOW (self), NULL);

  return self->keeper;
}

/* Shows "calendar", "recovery", "advice" or "insights". */
void
ac_window_show_view (AcWindow   *self,
                     const char *name)
{
  g_return_if_fail (AC_IS_WINDOW (self));

  ensure_view (self, name);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
