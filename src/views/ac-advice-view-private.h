/* ac-advice-view-private.h — the Advice page's parts, for the tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-advice-card.h"
#include "ac-advice-enums.h"
#include "ac-advice-view.h"

G_BEGIN_DECLS

GStrv         _ac_advice_view_get_ids            (AcAdviceView  *self,
                                                  AcAdviceGroup  group);
AcAdviceCard *_ac_advice_view_get_card           (AcAdviceView  *self,
                                                  AcAdviceGroup  group,
                                                  guint          index);
GtkWidget    *_ac_advice_view_get_group          (AcAdviceView  *self,
                                                  AcAdviceGroup  group);
GtkWidget    *_ac_advice_view_get_watch_out_empty (AcAdviceView *self);
GtkWidget    *_ac_advice_view_get_empty_page     (AcAdviceView  *self);
GtkLabel     *_ac_advice_view_get_disclaimer     (AcAdviceView  *self);
GtkListBox   *_ac_advice_view_get_tips_list      (AcAdviceView  *self);
GtkEditable  *_ac_advice_view_get_tips_search    (AcAdviceView  *self);

G_END_DECLS
