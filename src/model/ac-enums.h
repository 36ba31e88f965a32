/* ac-enums.h — the journal's vocabularies
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks that glib-mkenums derives from these names are the words of the
 * journal file (DESIGN.md), so "AC_AREA_UPPER_BACK" is "upper-back". */

typedef enum
{
  AC_PRESSURE_LIGHT,
  AC_PRESSURE_MODERATE,
  AC_PRESSURE_DEEP,
} AcPressure;

#define AC_N_PRESSURES 3

typedef enum
{
  AC_PURPOSE_RELAXATION,
  AC_PURPOSE_SOCIAL,
  AC_PURPOSE_SPORT,
  AC_PURPOSE_INJURY,
  AC_PURPOSE_OTHER,
} AcPurpose;

typedef enum /*< flags >*/
{
  AC_AREA_NONE       = 0,
  AC_AREA_HEAD       = 1 << 0,
  AC_AREA_NECK       = 1 << 1,
  AC_AREA_SHOULDERS  = 1 << 2,
  AC_AREA_UPPER_BACK = 1 << 3,
  AC_AREA_LOWER_BACK = 1 << 4,
  AC_AREA_CHEST      = 1 << 5,
  AC_AREA_ABDOMEN    = 1 << 6,
  AC_AREA_ARMS       = 1 << 7,
  AC_AREA_HANDS      = 1 << 8,
  AC_AREA_HIPS       = 1 << 9,
  AC_AREA_GLUTES     = 1 << 10,
  AC_AREA_THIGHS     = 1 << 11,
  AC_AREA_CALVES     = 1 << 12,
  AC_AREA_FEET       = 1 << 13,
} AcArea;

typedef enum /*< flags >*/
{
  AC_SYMPTOM_NONE                  = 0,
  AC_SYMPTOM_LEG_SWELLING          = 1 << 0,
  AC_SYMPTOM_CHEST_PAIN_BREATHLESS = 1 << 1,
  AC_SYMPTOM_DARK_URINE            = 1 << 2,
  AC_SYMPTOM_SEVERE_WEAKNESS       = 1 << 3,
  AC_SYMPTOM_NUMBNESS_TINGLING     = 1 << 4,
  AC_SYMPTOM_SADDLE_NUMBNESS       = 1 << 5,
  AC_SYMPTOM_HEAD_NECK_NEURO       = 1 << 6,
  AC_SYMPTOM_BRUISING              = 1 << 7,
} AcSymptom;

typedef enum /*< flags >*/
{
  AC_CONDITION_NONE              = 0,
  AC_CONDITION_BLOOD_THINNERS    = 1 << 0,
  AC_CONDITION_BLEEDING_DISORDER = 1 << 1,
  AC_CONDITION_DVT_HISTORY       = 1 << 2,
  AC_CONDITION_PREGNANT          = 1 << 3,
  AC_CONDITION_CANCER            = 1 << 4,
  AC_CONDITION_OSTEOPOROSIS      = 1 << 5,
  AC_CONDITION_RECENT_INJURY     = 1 << 6,
} AcCondition;

/* Soreness bands of the 0–10 numeric rating scale (GUIDANCE.md). */
typedef enum
{
  AC_SORENESS_NONE,
  AC_SORENESS_MILD,
  AC_SORENESS_MODERATE,
  AC_SORENESS_SEVERE,
} AcSorenessBand;

const char     *ac_pressure_to_string       (AcPressure      pressure);
gboolean        ac_pressure_from_string     (const char     *word,
                                             AcPressure     *pressure);
const char     *ac_pressure_get_label       (AcPressure      pressure);
guint           ac_pressure_get_weight      (AcPressure      pressure);

const char     *ac_purpose_to_string        (AcPurpose       purpose);
gboolean        ac_purpose_from_string      (const char     *word,
                                             AcPurpose      *purpose);
const char     *ac_purpose_get_label        (AcPurpose       purpose);

/* Flags: one bit at a time for words and labels. */
const char     *ac_flag_to_string           (GType           flags_type,
                                             guint           bit);
guint           ac_flag_from_string         (GType           flags_type,
                                             const char     *word);
guint           ac_flags_get_all            (GType           flags_type);
char           *ac_flags_to_words           (GType           flags_type,
                                             guint           value);

const char     *ac_area_get_label           (AcArea          area);
const char     *ac_symptom_get_label        (AcSymptom       symptom);
const char     *ac_symptom_get_meaning      (AcSymptom       symptom);
const char     *ac_condition_get_label      (AcCondition     condition);
const char     *ac_condition_get_meaning    (AcCondition     condition);

AcSorenessBand  ac_soreness_band_for_value  (int             soreness);
const char     *ac_soreness_band_get_label  (AcSorenessBand  band);

G_END_DECLS
