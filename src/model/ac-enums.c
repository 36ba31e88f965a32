/* ac-enums.c — the journal's vocabularies
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-enums.h"
#include "ac-enum-types.h"

static const char *
enum_to_string (GType type,
                int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

static gboolean
enum_from_string (GType       type,
                  const char *word,
                  int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev;

  if (word == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (klass, word);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
ac_pressure_to_string (AcPressure pressure)
{
  return enum_to_string (AC_TYPE_PRESSURE, pressure);
}

gboolean
ac_pressure_from_string (const char *word,
                         AcPressure *pressure)
{
  int value;

  if (!enum_from_string (AC_TYPE_PRESSURE, word, &value))
    return FALSE;
  *pressure = value;
  return TRUE;
}

const char *
ac_pressure_get_label (AcPressure pressure)
{
  switch (pressure)
    {
    case AC_PRESSURE_LIGHT:    return C_("pressure", "Light");
    case AC_PRESSURE_MODERATE: return C_("pressure", "Moderate");
    case AC_PRESSURE_DEEP:     return C_("pressure", "Deep");
    default:                   g_return_val_if_reached (NULL);
    }
}

/* Load weights of GUIDANCE.md: light 1, moderate 2, deep 3. */
guint
ac_pressure_get_weight (AcPressure pressure)
{
  g_return_val_if_fail (pressure <= AC_PRESSURE_DEEP, 0);

  return (guint) pressure + 1;
}

const char *
ac_purpose_to_string (AcPurpose purpose)
{
  return enum_to_string (AC_TYPE_PURPOSE, purpose);
}

gboolean
ac_purpose_from_string (const char *word,
                        AcPurpose  *purpose)
{
  int value;

  if (!enum_from_string (AC_TYPE_PURPOSE, word, &value))
    return FALSE;
  *purpose = value;
  return TRUE;
}

const char *
ac_purpose_get_label (AcPurpose purpose)
{
  switch (purpose)
    {
    case AC_PURPOSE_RELAXATION: return _("Relaxation");
    /* Translators: the purpose "social" of a massage: shared with a
     * partner or friends ("Social" alone read as unclear) */
    case AC_PURPOSE_SOCIAL:     return _("Couples or Group");
    case AC_PURPOSE_SPORT:      return _("Sport");
    case AC_PURPOSE_INJURY:     return _("Injury");
    case AC_PURPOSE_OTHER:      return C_("purpose", "Other");
    default:                    g_return_val_if_reached (NULL);
    }
}

/**
 * ac_flag_to_string:
 * @flags_type: one of the flags types of this file
 * @bit: a single bit of it
 *
 * Returns: (transfer none) (nullable): the file's word for @bit
 */
const char *
ac_flag_to_string (GType flags_type,
                   guint bit)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GFlagsValue *fv;

  if (bit == 0 || (bit & (bit - 1)) != 0)
    return NULL;

  fv = g_flags_get_first_value (klass, bit);
  return fv != NULL && fv->value == bit ? fv->value_nick : NULL;
}

/**
 * ac_flag_from_string:
 *
 * Returns: the bit named @word, or 0 when the word is not in the vocabulary
 */
guint
ac_flag_from_string (GType       flags_type,
                     const char *word)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  GFlagsValue *fv;

  if (word == NULL)
    return 0;

  fv = g_flags_get_value_by_nick (klass, word);
  return fv != NULL ? fv->value : 0;
}

guint
ac_flags_get_all (GType flags_type)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);

  return klass->mask;
}

/**
 * ac_flags_to_words:
 *
 * Returns: (transfer full): the words of @value's bits, comma-separated,
 *   in vocabulary order
 */
char *
ac_flags_to_words (GType flags_type,
                   guint value)
{
  GString *words = g_string_new (NULL);

  for (guint bit = 1; bit != 0 && bit <= value; bit <<= 1)
    {
      const char *word;

      if ((value & bit) == 0 || (word = ac_flag_to_string (flags_type, bit)) == NULL)
        continue;
      if (words->len > 0)
        g_string_append (words, ", ");
      g_string_append (words, word);
    }

  return g_string_free (words, FALSE);
}

const char *
ac_area_get_label (AcArea area)
{
  switch (area)
    {
    case AC_AREA_HEAD:       return _("Head");
    case AC_AREA_NECK:       return _("Neck");
    case AC_AREA_SHOULDERS:  return _("Shoulders");
    case AC_AREA_UPPER_BACK: return _("Upper back");
    case AC_AREA_LOWER_BACK: return _("Lower back");
    case AC_AREA_CHEST:      return _("Chest");
    case AC_AREA_ABDOMEN:    return _("Abdomen");
    case AC_AREA_ARMS:       return _("Arms");
    case AC_AREA_HANDS:      return _("Hands");
    case AC_AREA_HIPS:       return _("Hips");
    case AC_AREA_GLUTES:     return _("Glutes");
    case AC_AREA_THIGHS:     return _("Thighs");
    case AC_AREA_CALVES:     return _("Calves");
    case AC_AREA_FEET:       return _("Feet");
    case AC_AREA_NONE:
    default:                 g_return_val_if_reached (NULL);
    }
}

const char *
ac_symptom_get_label (AcSymptom symptom)
{
  switch (symptom)
    {
    case AC_SYMPTOM_LEG_SWELLING:          return _("Swelling in one leg");
    case AC_SYMPTOM_CHEST_PAIN_BREATHLESS: return _("Chest pain or trouble breathing");
    case AC_SYMPTOM_DARK_URINE:            return _("Dark urine");
    case AC_SYMPTOM_SEVERE_WEAKNESS:       return _("Severe pain or weakness");
    case AC_SYMPTOM_NUMBNESS_TINGLING:     return _("Numbness or tingling");
    case AC_SYMPTOM_SADDLE_NUMBNESS:       return _("Numbness around the buttocks or groin");
    case AC_SYMPTOM_HEAD_NECK_NEURO:       return _("Headache, dizziness or vision changes");
    case AC_SYMPTOM_BRUISING:              return _("Large or unexplained bruising");
    case AC_SYMPTOM_NONE:
    default:                               g_return_val_if_reached (NULL);
    }
}

/* The plain-language meanings of GUIDANCE.md's red-flag list. */
const char *
ac_symptom_get_meaning (AcSymptom symptom)
{
  switch (symptom)
    {
    case AC_SYMPTOM_LEG_SWELLING:
      return _("Swelling, warmth, redness or darkened skin in one leg");
    case AC_SYMPTOM_CHEST_PAIN_BREATHLESS:
      return _("Chest pain or trouble breathing");
    case AC_SYMPTOM_DARK_URINE:
      return _("Dark, tea- or cola-coloured urine, or much less urine");
    case AC_SYMPTOM_SEVERE_WEAKNESS:
      return _("Muscle pain or weakness far worse than expected");
    case AC_SYMPTOM_NUMBNESS_TINGLING:
      return _("New numbness, tingling or weakness in a limb");
    case AC_SYMPTOM_SADDLE_NUMBNESS:
      return _("Numbness around the buttocks or genitals, bladder or bowel changes");
    case AC_SYMPTOM_HEAD_NECK_NEURO:
      return _("After neck work: sudden severe headache, dizziness, double vision, slurred speech or poor balance");
    case AC_SYMPTOM_BRUISING:
      return _("Large or unexplained bruising");
    case AC_SYMPTOM_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ac_condition_get_label (AcCondition condition)
{
  switch (condition)
    {
    case AC_CONDITION_BLOOD_THINNERS:    return _("Blood thinners");
    case AC_CONDITION_BLEEDING_DISORDER: return _("Bleeding disorder");
    case AC_CONDITION_DVT_HISTORY:       return _("History of blood clots");
    case AC_CONDITION_PREGNANT:          return _("Pregnancy");
    case AC_CONDITION_CANCER:            return _("Cancer");
    case AC_CONDITION_OSTEOPOROSIS:      return _("Osteoporosis");
    case AC_CONDITION_RECENT_INJURY:     return _("Recent injury");
    case AC_CONDITION_NONE:
    default:                             g_return_val_if_reached (NULL);
    }
}

const char *
ac_condition_get_meaning (AcCondition condition)
{
  switch (condition)
    {
    case AC_CONDITION_BLOOD_THINNERS:
      return _("You take medicine that thins the blood");
    case AC_CONDITION_BLEEDING_DISORDER:
      return _("You bruise or bleed easily, or have a bleeding disorder");
    case AC_CONDITION_DVT_HISTORY:
      return _("You have had a deep vein thrombosis or another blood clot");
    case AC_CONDITION_PREGNANT:
      return _("You are pregnant");
    case AC_CONDITION_CANCER:
      return _("You have, or are being treated for, cancer");
    case AC_CONDITION_OSTEOPOROSIS:
      return _("You have osteoporosis or fragile bones");
    case AC_CONDITION_RECENT_INJURY:
      return _("A fresh sprain or strain in the last few days");
    case AC_CONDITION_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

AcSorenessBand
ac_soreness_band_for_value (int soreness)
{
  if (soreness <= 0)
    return AC_SORENESS_NONE;
  if (soreness <= 3)
    return AC_SORENESS_MILD;
  if (soreness <= 6)
    return AC_SORENESS_MODERATE;
  return AC_SORENESS_SEVERE;
}

const char *
ac_soreness_band_get_label (AcSorenessBand band)
{
  switch (band)
    {
    case AC_SORENESS_NONE:     return C_("soreness", "None");
    case AC_SORENESS_MILD:     return C_("soreness", "Mild");
    case AC_SORENESS_MODERATE: return C_("soreness", "Moderate");
    case AC_SORENESS_SEVERE:   return C_("soreness", "Severe");
    default:                   g_return_val_if_reached (NULL);
    }
}
