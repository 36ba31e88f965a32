/* ac-insights.h — what the person's own sessions show, and what they cost
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ac-comparison.h"
#include "ac-journal.h"
#include "ac-recovery.h"

G_BEGIN_DECLS

#define AC_TYPE_INSIGHTS (ac_insights_get_type ())

/**
 * AcTherapistCost:
 * @name: the therapist's name as written
 * @total: what the sessions with them cost in the last 365 days, in
 *   units of the currency's last decimal (see #AcCost)
 */
typedef struct
{
  char   *name;
  gint64  total;
} AcTherapistCost;

/**
 * AcCost:
 * @currency: the ISO 4217 code, such as "EUR"
 * @decimals: how many decimals the amounts have: the most that a price in
 *   this currency was written with
 * @last_30_days: the done sessions of today − 29 … today, in units of the
 *   last decimal: 12000 is 120.00 with 2 decimals
 * @last_365_days: the done sessions of today − 364 … today
 * @n_therapists: how many entries @by_therapist has
 * @by_therapist: (array length=n_therapists): the last 365 days by
 *   therapist, the most first; sessions without a therapist are left out
 *
 * What massage cost in one currency. Amounts are exact integers: prices
 * are never turned into floating point, and never added across currencies.
 */
typedef struct
{
  char             currency[4];
  int              decimals;
  gint64           last_30_days;
  gint64           last_365_days;
  guint            n_therapists;
  AcTherapistCost *by_therapist;
} AcCost;

G_DECLARE_FINAL_TYPE (AcInsights, ac_insights, AC, INSIGHTS, GObject)

AcInsights    *ac_insights_new             (AcJournal    *journal,
                                            const GDate  *today);
void           ac_insights_get_today       (AcInsights   *self,
                                            GDate        *today);
const char    *ac_insights_get_headline    (AcInsights   *self);
GListModel    *ac_insights_get_comparisons (AcInsights   *self);
const AcCost  *ac_insights_get_costs       (AcInsights   *self,
                                            guint        *n_costs);
char          *ac_cost_format_amount       (const AcCost *cost,
                                            gint64        amount);

char          *ac_insights_describe_headline (AcRecovery *recovery);

G_END_DECLS
