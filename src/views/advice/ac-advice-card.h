/* ac-advice-card.h — one piece of advice: its severity, words, reason and
 * evidence
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ac-advice.h"
#include "ac-journal.h"

G_BEGIN_DECLS

#define AC_TYPE_ADVICE_CARD (ac_advice_card_get_type ())

G_DECLARE_FINAL_TYPE (AcAdviceCard, ac_advice_card, AC, ADVICE_CARD, GtkWidget)

GtkWidget *ac_advice_card_new          (AcAdvice     *advice,
                                        AcJournal    *journal);
AcAdvice  *ac_advice_card_get_advice   (AcAdviceCard *self);
gboolean   ac_advice_card_get_expanded (AcAdviceCard *self);
void       ac_advice_card_set_expanded (AcAdviceCard *self,
                                        gboolean      expanded);
guint      ac_advice_card_get_n_links  (AcAdviceCard *self);
GtkWidget *ac_advice_card_get_link     (AcAdviceCard *self,
                                        guint         index);

G_END_DECLS
