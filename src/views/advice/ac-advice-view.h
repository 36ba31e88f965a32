/* ac-advice-view.h — the Advice page: advice from the journal by group,
 * the aftercare tips, and the not-medical-advice line
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"

G_BEGIN_DECLS

#define AC_TYPE_ADVICE_VIEW (ac_advice_view_get_type ())

G_DECLARE_FINAL_TYPE (AcAdviceView, ac_advice_view, AC, ADVICE_VIEW, GtkWidget)

GtkWidget  *ac_advice_view_new         (AcContext    *context);
AcJournal  *ac_advice_view_get_journal (AcAdviceView *self);
GListModel *ac_advice_view_get_advice  (AcAdviceView *self);

G_END_DECLS
