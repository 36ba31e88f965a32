/* ac-insights-view.h — the Insights page: what the person's own sessions
 * show, and what massage cost
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-context.h"
#include "ac-insights.h"

G_BEGIN_DECLS

#define AC_TYPE_INSIGHTS_VIEW (ac_insights_view_get_type ())

G_DECLARE_FINAL_TYPE (AcInsightsView, ac_insights_view, AC, INSIGHTS_VIEW, GtkWidget)

GtkWidget  *ac_insights_view_new          (AcContext      *context);
AcJournal  *ac_insights_view_get_journal  (AcInsightsView *self);
AcInsights *ac_insights_view_get_insights (AcInsightsView *self);

G_END_DECLS
