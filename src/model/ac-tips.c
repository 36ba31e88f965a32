/* ac-tips.c — the aftercare tips library
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-tips"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-tips.h"

/* Every piece of practitioner advice GUIDANCE.md starts from, with what
 * the evidence says of it, so the advice view can show what holds and what
 * does not. The rows are GUIDANCE.md's tips table, in its order. */
typedef struct
{
  const char   *id;
  const char   *title;
  const char   *evidence_note;
  AcEvidence    evidence;
  AcTipVerdict  verdict;
  const char   *sources[4];
} AcTipRow;

static const AcTipRow library[] = {
  { "soreness-passes",
    N_("Soreness is usually gone in 2–3 days"),
    N_("Roughly right: most soreness is gone within 36 hours. By analogy "
       "with exercise soreness, it clears by 5–7 days."),
    AC_EVIDENCE_STUDY, AC_TIP_VERDICT_HOLDS,
    { "Cambron et al. 2007", "Cleveland Clinic 2024" } },
  { "deeper-more-sore",
    N_("Deeper massage leaves more soreness"),
    N_("Plausible, but there is little direct data. Deep work is not needed "
       "for massage to help."),
    AC_EVIDENCE_PRACTITIONER, AC_TIP_VERDICT_PLAUSIBLE,
    { "Cherkin et al. 2011" } },
  { "first-sorest",
    N_("The first massage, or one after a long gap, is the sorest"),
    N_("Borrowed from exercise research: the body's protection against "
       "soreness fades after about 8 weeks."),
    AC_EVIDENCE_STUDY, AC_TIP_VERDICT_PLAUSIBLE,
    { "Nosaka et al. 2005" } },
  { "regular-less-sore",
    N_("Regular massage leaves less soreness"),
    N_("Borrowed from exercise research."),
    AC_EVIDENCE_STUDY, AC_TIP_VERDICT_PLAUSIBLE,
    { "Nosaka et al. 2005" } },
  { "short-often",
    N_("Half an hour every other week beats an hour a month"),
    N_("Not supported: in trials, 60-minute sessions worked where 30-minute "
       "ones did not."),
    AC_EVIDENCE_STUDY, AC_TIP_VERDICT_NOT_SUPPORTED,
    { "Sherman et al. 2014", "Perlman et al. 2012" } },
  { "flush-toxins",
    N_("Drink water to flush toxins"),
    N_("A myth: drink to thirst."),
    AC_EVIDENCE_GUIDELINE, AC_TIP_VERDICT_NOT_SUPPORTED,
    { "NHS: water", "Cleveland Clinic 2024" } },
  { "take-it-easy",
    N_("Take it easy afterwards"),
    N_("Sensible, but untested."),
    AC_EVIDENCE_PRACTITIONER, AC_TIP_VERDICT_UNTESTED,
    { "Cleveland Clinic 2024" } },
  { "too-many-harm",
    N_("Too many sessions can cause harm"),
    N_("Case reports only; no dose limit is known. Watch how you respond."),
    AC_EVIDENCE_STUDY, AC_TIP_VERDICT_PLAUSIBLE,
    { "Ernst 2003", "Yin et al. 2014" } },
  { "other-specialist",
    N_("Sometimes you need a different specialist; massage can delay "
       "treatment of an injury"),
    N_("Supported by professional guidance."),
    AC_EVIDENCE_GUIDELINE, AC_TIP_VERDICT_HOLDS,
    { "NHS: back pain", "NHS: sprains and strains", "NCCIH" } },
  { "known-therapist",
    N_("A therapist who knows your body lowers the risk"),
    N_("A trained therapist does; familiarity itself is untested."),
    AC_EVIDENCE_PRACTITIONER, AC_TIP_VERDICT_UNTESTED,
    { "Mayo Clinic", "NCCIH" } },
};

struct _AcTip
{
  GObject         parent_instance;

  const AcTipRow *row;
};

G_DEFINE_FINAL_TYPE (AcTip, ac_tip, G_TYPE_OBJECT)

static void
ac_tip_class_init (AcTipClass *klass)
{
}

static void
ac_tip_init (AcTip *self)
{
}

static AcTip *
ac_tip_new (const AcTipRow *row)
{
  AcTip *self = g_object_new (AC_TYPE_TIP, NULL);

  self->row = row;

  return self;
}

/**
 * ac_tip_get_id:
 *
 * Returns: (transfer none): a stable id for the tip, such as "flush-toxins"
 */
const char *
ac_tip_get_id (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), NULL);

  return self->row->id;
}

/**
 * ac_tip_get_title:
 *
 * Returns: (transfer none): the piece of advice, as practitioners give it,
 *   translated
 */
const char *
ac_tip_get_title (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), NULL);

  return _(self->row->title);
}

/**
 * ac_tip_get_evidence_note:
 *
 * Returns: (transfer none): what the evidence says of it, translated
 */
const char *
ac_tip_get_evidence_note (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), NULL);

  return _(self->row->evidence_note);
}

AcEvidence
ac_tip_get_evidence (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), AC_EVIDENCE_PRACTITIONER);

  return self->row->evidence;
}

AcTipVerdict
ac_tip_get_verdict (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), AC_TIP_VERDICT_UNTESTED);

  return self->row->verdict;
}

/**
 * ac_tip_get_sources:
 *
 * Returns: (transfer none) (array zero-terminated=1): short names of the
 *   sources of GUIDANCE.md behind the note
 */
const char * const *
ac_tip_get_sources (AcTip *self)
{
  g_return_val_if_fail (AC_IS_TIP (self), NULL);

  return self->row->sources;
}

/**
 * ac_tips_get_library:
 *
 * Every row of GUIDANCE.md's tips table, in its order.
 *
 * Returns: (transfer full): a #GListModel of #AcTip
 */
GListModel *
ac_tips_get_library (void)
{
  GListStore *store = g_list_store_new (AC_TYPE_TIP);

  for (guint i = 0; i < G_N_ELEMENTS (library); i++)
    {
      g_autoptr(AcTip) tip = ac_tip_new (&library[i]);

      g_list_store_append (store, tip);
    }

  return G_LIST_MODEL (store);
}
