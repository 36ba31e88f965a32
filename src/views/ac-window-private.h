/* ac-window-private.h — what the window's files share
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-advice-view.h"
#include "ac-calendar-view.h"
#include "ac-hold-banner.h"
#include "ac-insights-view.h"
#include "ac-recovery-view.h"
#include "ac-window.h"

G_BEGIN_DECLS

struct _AcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkButton            *banner_button;
  AcHoldBanner         *hold_banner;
  GtkStack             *main_stack;
  AdwStatusPage        *failed_page;     /* or NULL until the load fails */
  AdwViewStack         *view_stack;
  GtkBox               *content_box;
  AdwViewSwitcherBar   *switcher_bar;  /* or NULL until the window is narrow */
  GtkMenuButton        *add_button;
  GtkButton            *restore_button;  /* on the failed page */
  AcCalendarView       *calendar_view;
  AcRecoveryView       *recovery_view;
  AcAdviceView         *advice_view;
  AcInsightsView       *insights_view;

  AcContext            *context;
  AcJournalKeeper      *keeper;     /* the context's */
  GSettings            *settings;   /* the context's */
  GSignalGroup         *journal_signals;
  AcJournal            *journal;    /* the keeper's, followed */
  AdwToast             *step_toast;         /* or NULL: the toast with Undo or Redo */
  guint                 step_toast_serial;  /* the newest step when it came */
  guint                 suggestion_id;
  guint                 switcher_bar_id;
  gboolean              on_calendar;  /* the visible view, until it changes */

  AdwMessageDialog     *unsaved_dialog;   /* or NULL: a save failed as the window closed */
  gboolean              quitting;         /* it was the app quitting, not only the window */
  gboolean              discard_unsaved;  /* the user chose to quit without saving */
};

void     _ac_window_class_add_actions (GtkWidgetClass *widget_class);
void     _ac_window_update_actions    (AcWindow       *self);
void     _ac_window_toast             (AcWindow       *self,
                                       const char     *title);
gboolean _ac_window_save_or_ask       (AcWindow       *self,
                                       gboolean        quitting);

/* Undo and redo: ac-window-undo.c */
void     _ac_window_undo_class_add_actions (GtkWidgetClass *widget_class);
void     _ac_window_undo_setup             (AcWindow       *self);
void     _ac_window_undo_update_actions    (AcWindow       *self,
                                            gboolean        writable);
void     _ac_window_toast_step             (AcWindow       *self,
                                            const char     *title);
void     _ac_window_undo_watch             (AcWindow       *self,
                                            gpointer        dialog);
void     _ac_window_toast_step_of          (AcWindow       *self,
                                            gpointer        dialog,
                                            const char     *title);

/* The hold: ac-window-hold.c */
void     _ac_window_hold_class_add_actions (GtkWidgetClass *widget_class);
void     _ac_window_hold_setup             (AcWindow       *self);
void     _ac_window_hold_checkin_saved     (AcWindow       *self,
                                            AcCheckin      *checkin);

/* The briefs: ac-window-brief.c */
void     _ac_window_brief_class_add_actions (GtkWidgetClass *widget_class);
void     _ac_window_brief_update_actions    (AcWindow       *self);
void     _ac_window_brief_set_test_file     (AcWindow       *self,
                                             GFile          *file);
gboolean _ac_window_brief_get_busy          (AcWindow       *self);

G_END_DECLS
