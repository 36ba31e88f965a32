/* ac-test-journal.h — small journals for the guidance tests, in a line each
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ac-guidance.h"
#include "ac-journal.h"

G_BEGIN_DECLS

AcJournal  *ac_test_journal_new          (void);
AcSession  *ac_test_add_session          (AcJournal   *journal,
                                          const char  *start,
                                          int          minutes,
                                          const char  *pressure);
AcSession  *ac_test_add_session_areas    (AcJournal   *journal,
                                          const char  *start,
                                          int          minutes,
                                          const char  *pressure,
                                          AcArea       areas);
AcSession  *ac_test_add_planned          (AcJournal   *journal,
                                          const char  *start,
                                          int          minutes,
                                          const char  *pressure);
AcSession  *ac_test_add_session_full     (AcJournal   *journal,
                                          const char  *start,
                                          int          minutes,
                                          const char  *pressure,
                                          const char  *purpose,
                                          const char  *therapist,
                                          gboolean     planned);
AcCheckin  *ac_test_add_checkin          (AcJournal   *journal,
                                          const char  *date,
                                          int          soreness);
AcCheckin  *ac_test_add_checkin_areas    (AcJournal   *journal,
                                          const char  *date,
                                          int          soreness,
                                          AcArea       areas);
AcCheckin  *ac_test_add_checkin_symptoms (AcJournal   *journal,
                                          const char  *date,
                                          int          soreness,
                                          AcSymptom    symptoms);
void        ac_test_set_conditions       (AcJournal   *journal,
                                          AcCondition  conditions);

void        ac_test_date                 (const char  *text,
                                          GDate       *date);
GListModel *ac_test_advice               (AcJournal   *journal,
                                          const char  *today);
AcStats    *ac_test_stats                (AcJournal   *journal,
                                          const char  *today);
AcAdvice   *ac_test_find                 (GListModel  *advice,
                                          const char  *id);
char       *ac_test_ids                  (GListModel  *advice);
gboolean    ac_test_fires                (AcJournal   *journal,
                                          const char  *today,
                                          const char  *id);
char       *ac_test_reason               (AcJournal   *journal,
                                          const char  *today,
                                          const char  *id);

/* Asserts that rule @id fires, or doesn't, for @journal on @today. */
#define ac_test_assert_fires(journal, today, id) \
  G_STMT_START { \
    if (!ac_test_fires ((journal), (today), (id))) \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                           "expected “" id "” to fire on " today); \
  } G_STMT_END
#define ac_test_assert_quiet(journal, today, id) \
  G_STMT_START { \
    if (ac_test_fires ((journal), (today), (id))) \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                           "expected “" id "” not to fire on " today); \
  } G_STMT_END

/* Asserts the reason of rule @id, which must fire. */
#define ac_test_assert_reason(journal, today, id, expected) \
  G_STMT_START { \
    g_autofree char *ac_test_reason_ = ac_test_reason ((journal), (today), (id)); \
    g_assert_nonnull (ac_test_reason_); \
    g_assert_cmpstr (ac_test_reason_, ==, (expected)); \
  } G_STMT_END

G_END_DECLS
