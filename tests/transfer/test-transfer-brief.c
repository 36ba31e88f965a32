/* test-transfer-brief.c — the briefs for a therapist and a doctor, read
 * back with poppler-utils: one page for a heavy journal on A4 and Letter,
 * the hold shown when on and absent when off, the response per pressure
 * at the edge of "usual" (3 sessions, not 2), the last three sessions,
 * the text version, private files; the doctor's warning signs in the 90
 * days and not on the 91st, severe soreness from 7 and not 6, the
 * sessions 14 days before and not 15, the clearances; German; pages
 * rendered to PNG for a person to look at
 *
 * Skipped when pdfinfo, pdftotext or pdftoppm are missing (Debian:
 * poppler-utils, installed by build-aux/run).
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ac-brief.h"
#include "ac-enum-types.h"
#include "ac-fixture.h"
#include "ac-guidance.h"
#include "ac-pdf-test.h"

static char *folder;

static void
set_day (GDate *date,
         int    year,
         int    month,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* @felt: -1 for not noted */
static void
add_session (AcJournal  *journal,
             const char *start,
             AcPressure  pressure,
             AcArea      areas,
             int         felt,
             gboolean    planned)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (start, NULL);
  g_autoptr(AcSession) session = NULL;

  g_assert_nonnull (time);
  session = ac_session_new (time, 60, pressure);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned);
  if (felt >= 0)
    ac_session_set_felt (session, felt);
  g_assert_true (ac_journal_add_session (journal, session, NULL));
}

static void
add_checkin (AcJournal *journal,
             int        year,
             int        month,
             int        day,
             int        soreness,
             AcArea     areas,
             AcSymptom  symptoms)
{
  g_autoptr(AcCheckin) checkin = NULL;
  GDate date;

  set_day (&date, year, month, day);
  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_symptoms (checkin, symptoms);
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
}

#define NOTES "Left shoulder operated in 2019: no deep work there, please."

/* Three deep sessions on the neck, each sore 6, 4, then 1 on the three
 * days after: usually sore for 3 days, worst around 6. Two light ones
 * with a check-in each: not yet enough to say. A moderate session without
 * check-ins, a light and a deep one after: the last three. A planned one,
 * never among them. Two conditions, two areas to avoid, notes. */
static AcJournal *
therapist_journal_new (void)
{
  AcJournal *journal = ac_journal_new ();
  const int deep_days[] = { 1, 8, 15 };

  for (guint i = 0; i < G_N_ELEMENTS (deep_days); i++)
    {
      g_autofree char *start = g_strdup_printf ("2026-10-%02dT18:00:00Z", deep_days[i]);

      add_session (journal, start, AC_PRESSURE_DEEP, AC_AREA_NECK, -1, FALSE);
      add_checkin (journal, 2026, 10, deep_days[i] + 1, 6, AC_AREA_NECK, AC_SYMPTOM_NONE);
      add_checkin (journal, 2026, 10, deep_days[i] + 2, 4, AC_AREA_NECK, AC_SYMPTOM_NONE);
      add_checkin (journal, 2026, 10, deep_days[i] + 3, 1, AC_AREA_NECK, AC_SYMPTOM_NONE);
    }
  add_session (journal, "2026-10-20T18:00:00Z", AC_PRESSURE_LIGHT, AC_AREA_SHOULDERS, -1, FALSE);
  add_checkin (journal, 2026, 10, 21, 2, AC_AREA_SHOULDERS, AC_SYMPTOM_NONE);
  add_session (journal, "2026-10-27T18:00:00Z", AC_PRESSURE_LIGHT, AC_AREA_SHOULDERS, -1, FALSE);
  add_checkin (journal, 2026, 10, 28, 2, AC_AREA_SHOULDERS, AC_SYMPTOM_NONE);

  add_session (journal, "2026-11-10T18:00:00Z", AC_PRESSURE_MODERATE, AC_AREA_HIPS, 8, FALSE);
  add_session (journal, "2026-11-15T18:00:00Z", AC_PRESSURE_LIGHT, AC_AREA_FEET, -1, FALSE);
  add_session (journal, "2026-11-18T18:00:00Z", AC_PRESSURE_DEEP,
                               AC_AREA_NECK | AC_AREA_UPPER_BACK, 3, FALSE);
  add_session (journal, "2026-11-25T18:00:00Z", AC_PRESSURE_DEEP, AC_AREA_CALVES, -1, TRUE);
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS | AC_CONDITION_DVT_HISTORY,
                                            NULL));
  g_assert_true (ac_journal_set_avoid_areas (journal, AC_AREA_LOWER_BACK | AC_AREA_CALVES, NULL));
  g_assert_true (ac_journal_set_therapist_notes (journal, NOTES, NULL));

  return journal;
}

static char *
write_pdf (AcBrief         *brief,
           AcBriefAudience  audience,
           AcPaper          paper,
           const char      *name)
{
  char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ac_brief_write_pdf (brief, audience, paper, file, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_therapist_contents (void)
{
  g_autoptr(AcJournal) journal = therapist_journal_new ();
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  AcPdfInfo info;
  GDate today;

  if (!ac_pdf_test_have_poppler ())
    return;

  set_day (&today, 2026, 11, 22);
  brief = ac_brief_new (journal, &today);
  path = write_pdf (brief, AC_BRIEF_FOR_THERAPIST, AC_PAPER_A4, "therapist.pdf");
  assert_private (path);
  ac_pdf_test_read_info (path, &info);
  g_assert_cmpuint (info.pages, ==, 1);

  text = ac_pdf_test_page_text (path, 0);
  ac_pdf_test_assert_contains (text, "Brief for a Therapist");
  ac_pdf_test_assert_contains (text, "prepared on 22 Nov 2026");
  ac_pdf_test_assert_contains (text, "Blood thinners — bruises more easily: please keep the pressure "
                                     "gentle, no deep work.");
  ac_pdf_test_assert_contains (text, "History of blood clots — has had a blood clot");
  ac_pdf_test_assert_lacks (text, "Osteoporosis");
  ac_pdf_test_assert_contains (text, "Notes " NOTES);
  /* Beside the conditions, the figure's captions and the areas' names. */
  ac_pdf_test_assert_contains (text, "Areas to avoid");
  ac_pdf_test_assert_contains (text, "Front Back Lower back, Calves");
  ac_pdf_test_assert_lacks (text, "Shortened to fit the page.");
  /* Three deep sessions make "usual"; two light ones do not. */
  ac_pdf_test_assert_contains (text, "Deep: usually sore for 3 days, worst around 6 of 10; 3 sessions");
  ac_pdf_test_assert_contains (text, "Light: 2 sessions with check-ins after them, too few yet to say "
                                     "what is usual");
  ac_pdf_test_assert_lacks (text, "Moderate:");
  ac_pdf_test_assert_contains (text, "Most often sore after deep work: Neck (3 of 3).");
  /* The last three done sessions, newest first: not the fourth, not the
   * planned one. */
  ac_pdf_test_assert_contains (text, "Wed 18 Nov 2026 60 min Deep Neck, Upper back 3 of 10 "
                                     "Sun 15 Nov 2026 60 min Light Feet not noted "
                                     "Tue 10 Nov 2026 60 min Moderate Hips 8 of 10");
  ac_pdf_test_assert_lacks (text, "27 Oct 2026");
  ac_pdf_test_assert_lacks (text, "25 Nov 2026");
  /* No hold. */
  ac_pdf_test_assert_lacks (text, "Massage on hold");
  ac_pdf_test_assert_contains (text, ac_advice_get_disclaimer ());
  ac_pdf_test_assert_contains (text, "Page 1 of 1");

  ac_pdf_test_render (path, "brief-therapist-a4", info.pages);
  g_unlink (path);
}

/* A red flag yesterday: the hold at the top of the page, and in the text. */
static void
test_therapist_hold (void)
{
  g_autoptr(AcJournal) journal = therapist_journal_new ();
  g_autoptr(AcBrief) brief = NULL;
  g_autoptr(AcHold) hold = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  GDate today;

  if (!ac_pdf_test_have_poppler ())
    return;

  set_day (&today, 2026, 11, 22);
  add_checkin (journal, 2026, 11, 21, 3, AC_AREA_CALVES, AC_SYMPTOM_LEG_SWELLING);
  hold = ac_guidance_compute_hold (journal, &today);
  g_assert_true (ac_hold_is_on (hold));

  brief = ac_brief_new (journal, &today);
  path = write_pdf (brief, AC_BRIEF_FOR_THERAPIST, AC_PAPER_LETTER, "therapist-hold.pdf");
  text = ac_pdf_test_page_text (path, 0);
  ac_pdf_test_assert_contains (text, "Brief for a Therapist From my own Aftercare journal, prepared on "
                                     "22 Nov 2026. Soreness is rated 0 (none) to 10 (worst). "
                                     "▲ Massage on hold");
  ac_pdf_test_assert_contains (text, ac_hold_get_title (hold));

  plain = ac_brief_dup_text (brief);
  ac_pdf_test_assert_contains (plain, "MASSAGE ON HOLD: Swelling in one leg: have it checked, and hold "
                                      "off massage.\n");

  ac_pdf_test_render (path, "brief-therapist-hold-letter", 1);
  g_unlink (path);
}

static void
test_therapist_text (void)
{
  g_autoptr(AcJournal) journal = therapist_journal_new ();
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (folder, "therapist.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  GDate today;

  set_day (&today, 2026, 11, 22);
  brief = ac_brief_new (journal, &today);
  text = ac_brief_dup_text (brief);

  ac_pdf_test_assert_contains (text, "Brief for a Therapist\nFrom my own Aftercare journal, prepared on "
                                     "22 Nov 2026.");
  ac_pdf_test_assert_lacks (text, "MASSAGE ON HOLD");
  ac_pdf_test_assert_contains (text, "\nHealth conditions\n- Blood thinners — bruises more easily: "
                                     "please keep the pressure gentle, no deep work.\n- History of "
                                     "blood clots — has had a blood clot");
  ac_pdf_test_assert_contains (text, "\nAreas to avoid\n- Lower back, Calves\n\nNotes\n" NOTES "\n");
  ac_pdf_test_assert_contains (text, "\nHow I usually respond\n- Light: 2 sessions with check-ins after "
                                     "them, too few yet to say what is usual\n- Deep: usually sore for "
                                     "3 days, worst around 6 of 10; 3 sessions\nMost often sore after "
                                     "deep work: Neck (3 of 3).\n");
  ac_pdf_test_assert_contains (text, "\nLast three sessions\n"
                                     "- Wed 18 Nov 2026, 60 min, Deep: Neck, Upper back; how it felt: 3 of 10\n"
                                     "- Sun 15 Nov 2026, 60 min, Light: Feet; how it felt: not noted\n"
                                     "- Tue 10 Nov 2026, 60 min, Moderate: Hips; how it felt: 8 of 10\n");
  g_assert_true (g_str_has_suffix (text, ac_advice_get_disclaimer ()) ||
                 strstr (text, ac_advice_get_disclaimer ()) != NULL);
  g_assert_true (g_str_has_suffix (text, "\n"));

  /* The same text in a private file. */
  g_assert_true (ac_brief_write_text (brief, file, NULL, &error));
  g_assert_no_error (error);
  assert_private (path);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, text);
  g_unlink (path);
}

/* The heavy journal of DESIGN.md (30 years, a session and a check-in
 * every day), every condition and area to avoid, 4,000 characters of
 * notes over many lines, a hold, and the last session on every area: one
 * page on A4 and on Letter, the notes cut and saying so. */
static void
test_therapist_heavy (void)
{
  AcFixtureSpec spec;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcBrief) brief = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *plain = NULL;
  GDate today;
  const AcPaper papers[] = { AC_PAPER_A4, AC_PAPER_LETTER };

  if (!ac_pdf_test_have_poppler ())
    return;

  set_day (&today, 2026, 11, 22);
  ac_fixture_spec_heavy (&spec, &today);
  spec.planned = 0;
  journal = ac_fixture_generate (&spec);
  g_assert_true (ac_journal_set_conditions (journal, ac_flags_get_all (AC_TYPE_CONDITION), NULL));
  g_assert_true (ac_journal_set_avoid_areas (journal, ac_flags_get_all (AC_TYPE_AREA), NULL));
  for (guint i = 0; i < 4000; i += strlen (NOTES) + 1)
    g_string_append (notes, i == 0 ? NOTES : "\n" NOTES);
  g_string_truncate (notes, 4000);
  g_assert_true (ac_journal_set_therapist_notes (journal, notes->str, NULL));
  add_session (journal, "2026-11-22T20:00:00Z", AC_PRESSURE_DEEP, ac_flags_get_all (AC_TYPE_AREA), 10, FALSE);
  brief = ac_brief_new (journal, &today);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *name = g_strdup_printf ("heavy-%s.pdf", ac_paper_to_string (papers[i]));
      g_autofree char *stem = g_strdup_printf ("brief-therapist-heavy-%s", ac_paper_to_string (papers[i]));
      g_autofree char *path = write_pdf (brief, AC_BRIEF_FOR_THERAPIST, papers[i], name);
      g_autofree char *text = ac_pdf_test_page_text (path, 0);
      AcPdfInfo info;

      ac_pdf_test_read_info (path, &info);
      g_assert_cmpuint (info.pages, ==, 1);
      ac_pdf_test_assert_contains (text, "Massage on hold");
      ac_pdf_test_assert_contains (text, "Recent injury — a fresh sprain or strain");
      ac_pdf_test_assert_contains (text, "Sun 22 Nov 2026 60 min Deep Head, Neck, Shoulders");
      ac_pdf_test_assert_contains (text, "Shortened to fit the page.");
      ac_pdf_test_render (path, stem, 1);
      g_unlink (path);
    }

  /* The text has the notes whole. */
  plain = ac_brief_dup_text (brief);
  ac_pdf_test_assert_contains (plain, notes->str);
}

/* Doctor: a leg swelling on 1 Nov, checked on 3 Nov; severe soreness on
 * the first of the 90 days (25 Aug) and not a symptom on the day before
 * them; soreness 6, which is no warning sign. Sessions 15 and 14 days
 * before 1 Nov, on the day, and the day after. */
static AcJournal *
doctor_journal_new (gboolean with_warnings)
{
  AcJournal *journal = ac_journal_new ();

  add_checkin (journal, 2026, 8, 24, 2, AC_AREA_NONE, AC_SYMPTOM_BRUISING);
  add_checkin (journal, 2026, 9, 10, 6, AC_AREA_NONE, AC_SYMPTOM_NONE);
  add_session (journal, "2026-10-17T10:00:00Z", AC_PRESSURE_DEEP, AC_AREA_CALVES, -1, FALSE);
  add_session (journal, "2026-10-18T10:00:00Z", AC_PRESSURE_MODERATE, AC_AREA_THIGHS, -1, FALSE);
  add_session (journal, "2026-11-01T10:00:00Z", AC_PRESSURE_LIGHT, AC_AREA_FEET, -1, FALSE);
  add_session (journal, "2026-11-02T10:00:00Z", AC_PRESSURE_LIGHT, AC_AREA_HANDS, -1, FALSE);
  if (!with_warnings)
    return journal;

  add_checkin (journal, 2026, 8, 25, 7, AC_AREA_NONE, AC_SYMPTOM_NONE);
  add_checkin (journal, 2026, 11, 1, 3, AC_AREA_CALVES, AC_SYMPTOM_LEG_SWELLING);
  {
    g_autoptr(AcClearance) clearance = NULL;
    GDate date;

    set_day (&date, 2026, 11, 3);
    clearance = ac_clearance_new (&date, "leg-swelling");
    ac_clearance_set_note (clearance, "Ultrasound: no clot");
    g_assert_true (ac_journal_add_clearance (journal, clearance, NULL));
  }
  g_assert_true (ac_journal_set_conditions (journal, AC_CONDITION_BLOOD_THINNERS, NULL));

  return journal;
}

static void
test_doctor (void)
{
  g_autoptr(AcJournal) journal = doctor_journal_new (TRUE);
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  AcPdfInfo info;
  GDate today;

  if (!ac_pdf_test_have_poppler ())
    return;

  set_day (&today, 2026, 11, 22);
  brief = ac_brief_new (journal, &today);
  g_assert_true (ac_brief_has_warnings (brief));
  path = write_pdf (brief, AC_BRIEF_FOR_DOCTOR, AC_PAPER_A4, "doctor.pdf");
  assert_private (path);
  ac_pdf_test_read_info (path, &info);
  g_assert_cmpuint (info.pages, >=, 1);
  g_assert_cmpuint (info.pages, <=, 2);

  text = ac_pdf_test_page_text (path, 0);
  ac_pdf_test_assert_contains (text, "Brief for a Doctor");
  ac_pdf_test_assert_contains (text, "from 25 Aug 2026 to 22 Nov 2026");
  ac_pdf_test_assert_contains (text, "Today: no warning sign holds massage.");
  /* The warning signs: on the first of the 90 days, and not before. */
  ac_pdf_test_assert_contains (text, "Tue 25 Aug 2026 Severe soreness 7 —");
  ac_pdf_test_assert_contains (text, "Sun 1 Nov 2026 Swelling in one leg — ");
  ac_pdf_test_assert_contains (text, "3 3 Nov 2026");
  ac_pdf_test_assert_lacks (text, "Large or unexplained bruising");
  ac_pdf_test_assert_lacks (text, "Thu 10 Sep 2026");
  ac_pdf_test_assert_contains (text, "Health conditions Blood thinners");
  ac_pdf_test_assert_contains (text, "Soreness around these dates");
  /* Sessions from 14 days before to the day: not 15 days before, not
   * the day after. */
  ac_pdf_test_assert_contains (text, "Sun 18 Oct 2026 60 min Moderate Thighs 14 days before 1 Nov 2026");
  ac_pdf_test_assert_contains (text, "Sun 1 Nov 2026 60 min Light Feet the same day");
  ac_pdf_test_assert_lacks (text, "Sat 17 Oct 2026");
  ac_pdf_test_assert_lacks (text, "Mon 2 Nov 2026");
  /* The clearance. */
  ac_pdf_test_assert_contains (text, "Tue 3 Nov 2026 Swelling in one leg Ultrasound: no clot");
  ac_pdf_test_assert_contains (text, ac_advice_get_disclaimer ());

  ac_pdf_test_render (path, "brief-doctor-a4", info.pages);
  g_unlink (path);
}

/* Nothing in the 90 days: a symptom on the 91st day back, soreness 6. */
static void
test_doctor_nothing (void)
{
  g_autoptr(AcJournal) journal = doctor_journal_new (FALSE);
  g_autoptr(AcBrief) brief = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  set_day (&today, 2026, 11, 22);
  brief = ac_brief_new (journal, &today);
  g_assert_false (ac_brief_has_warnings (brief));
  bytes = ac_brief_render_pdf (brief, AC_BRIEF_FOR_DOCTOR, AC_PAPER_A4, &error);
  g_assert_error (error, AC_BRIEF_ERROR, AC_BRIEF_ERROR_NOTHING_TO_REPORT);
  g_assert_null (bytes);

  /* A day earlier, the symptom is in the 90 days. */
  g_clear_object (&brief);
  set_day (&today, 2026, 11, 21);
  brief = ac_brief_new (journal, &today);
  g_assert_true (ac_brief_has_warnings (brief));
}

/* The heavy journal, with a leg swelling every 4 days of the 90: at most
 * two pages, with what is left out said; and the injury that has been
 * holding since before the 90 days. */
static void
test_doctor_heavy (void)
{
  AcFixtureSpec spec;
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  AcPdfInfo info;
  GDate today;
  GListModel *checkins;

  if (!ac_pdf_test_have_poppler ())
    return;

  set_day (&today, 2026, 11, 22);
  ac_fixture_spec_heavy (&spec, &today);
  journal = ac_fixture_generate (&spec);
  checkins = ac_journal_get_checkins (journal);
  for (guint i = g_list_model_get_n_items (checkins) - 90; i < g_list_model_get_n_items (checkins); i += 4)
    {
      g_autoptr(AcCheckin) checkin = g_list_model_get_item (checkins, i);
      g_autoptr(AcCheckin) flagged = ac_checkin_copy (checkin);

      ac_checkin_set_symptoms (flagged, AC_SYMPTOM_LEG_SWELLING);
      g_assert_true (ac_journal_update_checkin (journal, flagged, NULL));
    }

  brief = ac_brief_new (journal, &today);
  path = write_pdf (brief, AC_BRIEF_FOR_DOCTOR, AC_PAPER_LETTER, "doctor-heavy.pdf");
  ac_pdf_test_read_info (path, &info);
  g_assert_cmpuint (info.pages, <=, 2);
  text = ac_pdf_test_page_text (path, 0);
  ac_pdf_test_assert_contains (text, "An injury that isn't improving with massage");
  ac_pdf_test_assert_contains (text, "Already so on the first of the 90 days.");
  ac_pdf_test_assert_contains (text, "left out");
  ac_pdf_test_render (path, "brief-doctor-heavy-letter", info.pages);
  g_unlink (path);
}

/* In German, from the build tree's catalogue: every label of the brief
 * that the catalogue translates shows in German. Run in a subprocess, so
 * that the locale stays the tests' elsewhere. */
static void
test_german (void)
{
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcBrief) brief = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  const char *labels[] = {
    "Brief for a Therapist", "Health conditions", "Areas to avoid", "How I usually respond",
    "Last three sessions", "Massage on hold", "Date", "Length", "Pressure", "Areas", "How it felt",
  };
  guint n_translated = 0;
  GDate today;

  if (!g_test_subprocess ())
    {
      if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
        {
          g_test_skip ("the de_DE.UTF-8 locale is not installed");
          return;
        }
      setlocale (LC_ALL, "C.UTF-8");
      if (!ac_pdf_test_have_poppler ())
        return;
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  g_setenv ("LANGUAGE", "de", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  journal = therapist_journal_new ();
  set_day (&today, 2026, 11, 22);
  add_checkin (journal, 2026, 11, 21, 3, AC_AREA_CALVES, AC_SYMPTOM_LEG_SWELLING);
  brief = ac_brief_new (journal, &today);
  path = write_pdf (brief, AC_BRIEF_FOR_THERAPIST, AC_PAPER_A4, "therapist-de.pdf");
  text = ac_pdf_test_page_text (path, 0);
  plain = ac_brief_dup_text (brief);

  /* The catalogue has the model's words already. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Blood thinners"), !=, "Blood thinners");
  ac_pdf_test_assert_contains (text, ac_condition_get_label (AC_CONDITION_BLOOD_THINNERS));
  ac_pdf_test_assert_contains (text, ac_pressure_get_label (AC_PRESSURE_DEEP));
  ac_pdf_test_assert_contains (text, ac_advice_get_disclaimer ());
  ac_pdf_test_assert_contains (plain, ac_condition_get_label (AC_CONDITION_BLOOD_THINNERS));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *german = g_dgettext (GETTEXT_PACKAGE, labels[i]);

      if (g_strcmp0 (german, labels[i]) == 0)
        continue;
      n_translated++;
      ac_pdf_test_assert_contains (text, german);
    }
  g_test_message ("%u of the brief's %u labels have German in the catalogue", n_translated,
                  (guint) G_N_ELEMENTS (labels));

  ac_pdf_test_render (path, "brief-therapist-de", 1);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  folder = g_dir_make_tmp ("aftercare-brief-XXXXXX", NULL);
  g_assert_nonnull (folder);

  g_test_add_func ("/transfer/brief/therapist/contents", test_therapist_contents);
  g_test_add_func ("/transfer/brief/therapist/hold", test_therapist_hold);
  g_test_add_func ("/transfer/brief/therapist/text", test_therapist_text);
  g_test_add_func ("/transfer/brief/therapist/heavy", test_therapist_heavy);
  g_test_add_func ("/transfer/brief/doctor/contents", test_doctor);
  g_test_add_func ("/transfer/brief/doctor/nothing", test_doctor_nothing);
  g_test_add_func ("/transfer/brief/doctor/heavy", test_doctor_heavy);
  g_test_add_func ("/transfer/brief/german", test_german);

  status = g_test_run ();
  g_rmdir (folder);
  g_free (folder);
  return status;
}
