/* test-enums.c — the journal's vocabularies
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-enum-types.h"
#include "ac-enums.h"

/* The words of DESIGN.md's field table, in its order. */
static const char * const area_words[] = {
  "head", "neck", "shoulders", "upper-back", "lower-back", "chest", "abdomen",
  "arms", "hands", "hips", "glutes", "thighs", "calves", "feet", NULL
};
static const char * const symptom_words[] = {
  "leg-swelling", "chest-pain-breathless", "dark-urine", "severe-weakness",
  "numbness-tingling", "saddle-numbness", "head-neck-neuro", "bruising", NULL
};
static const char * const condition_words[] = {
  "blood-thinners", "bleeding-disorder", "dvt-history", "pregnant", "cancer",
  "osteoporosis", "recent-injury", NULL
};

static void
check_vocabulary (GType               type,
                  const char * const *words,
                  const char       *(*label) (guint))
{
  guint all = 0;
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      guint bit = ac_flag_from_string (type, words[i]);

      g_assert_cmpuint (bit, ==, 1u << i);
      g_assert_cmpstr (ac_flag_to_string (type, bit), ==, words[i]);
      g_assert_nonnull (label (bit));
      all |= bit;
    }

  g_assert_cmpuint (ac_flags_get_all (type), ==, all);
  g_assert_cmpuint (ac_flag_from_string (type, "none"), ==, 0);
  g_assert_cmpuint (ac_flag_from_string (type, "Neck"), ==, 0);
  g_assert_cmpuint (ac_flag_from_string (type, ""), ==, 0);
  g_assert_cmpuint (ac_flag_from_string (type, NULL), ==, 0);
  g_assert_null (ac_flag_to_string (type, 3));
  g_assert_null (ac_flag_to_string (type, 0));
  g_assert_null (ac_flag_to_string (type, 1u << i));
}

static void
test_areas (void)
{
  check_vocabulary (AC_TYPE_AREA, area_words, (const char *(*)(guint)) ac_area_get_label);
}

static void
test_symptoms (void)
{
  check_vocabulary (AC_TYPE_SYMPTOM, symptom_words, (const char *(*)(guint)) ac_symptom_get_label);

  for (guint i = 0; symptom_words[i] != NULL; i++)
    g_assert_nonnull (ac_symptom_get_meaning (1u << i));
}

static void
test_conditions (void)
{
  check_vocabulary (AC_TYPE_CONDITION, condition_words, (const char *(*)(guint)) ac_condition_get_label);

  for (guint i = 0; condition_words[i] != NULL; i++)
    g_assert_nonnull (ac_condition_get_meaning (1u << i));
}

static void
test_words (void)
{
  g_autofree char *none = ac_flags_to_words (AC_TYPE_AREA, 0);
  g_autofree char *two = ac_flags_to_words (AC_TYPE_AREA, AC_AREA_FEET | AC_AREA_HEAD);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (two, ==, "head, feet");
}

static void
test_pressure_purpose (void)
{
  static const char * const pressures[] = { "light", "moderate", "deep" };
  static const char * const purposes[] = { "relaxation", "social", "sport", "injury", "other" };
  AcPressure pressure;
  AcPurpose purpose;

  for (guint i = 0; i < G_N_ELEMENTS (pressures); i++)
    {
      g_assert_true (ac_pressure_from_string (pressures[i], &pressure));
      g_assert_cmpint (pressure, ==, i);
      g_assert_cmpstr (ac_pressure_to_string (i), ==, pressures[i]);
      g_assert_cmpuint (ac_pressure_get_weight (i), ==, i + 1);
      g_assert_nonnull (ac_pressure_get_label (i));
    }
  g_assert_false (ac_pressure_from_string ("firm", &pressure));
  g_assert_false (ac_pressure_from_string ("Deep", &pressure));
  g_assert_false (ac_pressure_from_string (NULL, &pressure));

  for (guint i = 0; i < G_N_ELEMENTS (purposes); i++)
    {
      g_assert_true (ac_purpose_from_string (purposes[i], &purpose));
      g_assert_cmpint (purpose, ==, i);
      g_assert_cmpstr (ac_purpose_to_string (i), ==, purposes[i]);
      g_assert_nonnull (ac_purpose_get_label (i));
    }
  g_assert_false (ac_purpose_from_string ("fun", &purpose));
  /* Issue 16: "Social" alone was unclear to people. */
  g_assert_cmpstr (ac_purpose_get_label (AC_PURPOSE_SOCIAL), ==, "Couples or Group");
}

/* GUIDANCE.md: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
static void
test_soreness_bands (void)
{
  g_assert_cmpint (ac_soreness_band_for_value (0), ==, AC_SORENESS_NONE);
  g_assert_cmpint (ac_soreness_band_for_value (1), ==, AC_SORENESS_MILD);
  g_assert_cmpint (ac_soreness_band_for_value (3), ==, AC_SORENESS_MILD);
  g_assert_cmpint (ac_soreness_band_for_value (4), ==, AC_SORENESS_MODERATE);
  g_assert_cmpint (ac_soreness_band_for_value (6), ==, AC_SORENESS_MODERATE);
  g_assert_cmpint (ac_soreness_band_for_value (7), ==, AC_SORENESS_SEVERE);
  g_assert_cmpint (ac_soreness_band_for_value (10), ==, AC_SORENESS_SEVERE);
  g_assert_cmpstr (ac_soreness_band_get_label (AC_SORENESS_MILD), ==, "Mild");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/areas", test_areas);
  g_test_add_func ("/enums/symptoms", test_symptoms);
  g_test_add_func ("/enums/conditions", test_conditions);
  g_test_add_func ("/enums/words", test_words);
  g_test_add_func ("/enums/pressure-purpose", test_pressure_purpose);
  g_test_add_func ("/enums/soreness-bands", test_soreness_bands);

  return g_test_run ();
}
