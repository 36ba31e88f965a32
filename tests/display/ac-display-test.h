/* ac-display-test.h — helpers for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ac-day-cell.h"
#include "ac-context.h"
#include "ac-journal-keeper.h"
#include "ac-window.h"

G_BEGIN_DECLS

typedef gboolean (*AcDisplayTestMatch) (GtkWidget     *widget,
                                        gconstpointer  data);

char        *ac_display_test_isolate_xdg       (void);
void         ac_display_test_init              (int                 *argc,
                                                char              ***argv);
void         ac_display_test_set_dark          (gboolean             dark);
GtkWindow   *ac_display_test_window_new        (GtkWidget           *child,
                                                int                  width,
                                                int                  height);
void         ac_display_test_settle            (void);
void         ac_display_test_render_png        (GtkWidget           *widget,
                                                const char          *name);
void         ac_display_test_render_png_on_window (GtkWidget        *widget,
                                                   const char       *name);
AcJournal   *ac_display_test_load_fixture      (const char          *name);
guint        ac_display_test_assert_labelled   (GtkWidget           *root);
gboolean     ac_display_test_takes_keyboard    (GtkWidget           *widget);
GtkWindow   *ac_display_test_find_toplevel     (GType                type);
GtkShortcut *ac_display_test_find_shortcut     (GtkWidget           *widget,
                                                const char          *trigger);
gboolean     ac_display_test_send_key          (GtkWindow           *window,
                                                const char          *trigger);
GtkWidget   *ac_display_test_find_widget       (GtkWidget           *root,
                                                AcDisplayTestMatch   match,
                                                gconstpointer        data);
GtkWidget   *ac_display_test_find_label        (GtkWidget           *root,
                                                const char          *text);
char        *ac_display_test_get_accessible_label (GtkWidget       *widget);
void         ac_display_test_assert_label_contains (GtkWidget      *widget,
                                                    const char     *text);
GtkWidget   *ac_display_test_find_named        (GtkWidget           *root,
                                                GType                type,
                                                const char          *name);
AcDayCell   *ac_display_test_find_day_cell     (GtkWidget           *root,
                                                const GDate         *date);
GtkWidget   *ac_display_test_find_nth          (GtkWidget           *root,
                                                AcDisplayTestMatch   match,
                                                gconstpointer        data,
                                                guint                n);
GtkWidget   *ac_display_test_find_nth_with_class (GtkWidget         *root,
                                                  const char        *css_class,
                                                  guint              n);
guint        ac_display_test_cell_n_sessions   (AcDayCell           *cell);
gboolean     ac_display_test_cell_has_red_flag (AcDayCell           *cell);
guint        ac_display_test_cell_n_chips      (AcDayCell           *cell);
const char  *ac_display_test_chip_text         (AcDayCell           *cell,
                                                guint                index);
gpointer     ac_display_test_get_part          (GtkWidget           *widget,
                                                GType                type,
                                                const char          *id);
void         ac_display_test_assert_chip       (AcDayCell           *cell,
                                                guint                index,
                                                const char          *pressure,
                                                gboolean             planned);
AcSession   *ac_display_test_add_session       (AcJournal           *journal,
                                                const char          *iso_start,
                                                int                  minutes,
                                                AcPressure           pressure,
                                                gboolean             planned);
AcCheckin   *ac_display_test_add_checkin       (AcJournal           *journal,
                                                const char          *iso_date,
                                                int                  soreness,
                                                AcSymptom            symptoms);
AcJournal   *ac_display_test_month_journal_new (void);
void         ac_display_test_write_journal     (AcJournal           *journal,
                                                const char          *path);
void         ac_display_test_wait_keeper       (AcJournalKeeper     *keeper);
void         ac_display_test_remove_tree       (const char          *path);

AcClock     *ac_display_test_clock_new        (const GDate         *today);
void         ac_display_test_set_today        (AcContext           *context,
                                               const GDate         *today);
AcContext   *ac_display_test_context_for_keeper (AcJournalKeeper   *keeper,
                                                 const GDate       *today);
AcContext   *ac_display_test_context_new      (AcJournal           *journal,
                                               const GDate         *today);
void         ac_display_test_context_free     (AcContext           *context);
AcWindow    *ac_display_test_open_window      (AcJournal           *journal,
                                               int                  width,
                                               int                  height,
                                               AcContext          **context);
void         ac_display_test_close_window     (AcWindow            *window,
                                               AcContext           *context);

G_END_DECLS
