/* test-transfer-pdf.c — the PDF report, read back with poppler-utils:
 * pages and paper, the sessions, check-ins, advice and red flags in the
 * text, the not-medical-advice line and page number on every page, fonts
 * embedded; pages rendered to PNG for a person to look at
 *
 * Skipped when pdfinfo, pdftotext, pdffonts or pdftoppm are missing
 * (Debian: poppler-utils, installed by build-aux/run).
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ac-guidance.h"
#include "ac-transfer-test.h"

static char *folder;

static gboolean
have_poppler (void)
{
  const char *tools[] = { "pdfinfo", "pdftotext", "pdffonts", "pdftoppm" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);

      if (path == NULL)
        {
          g_autofree char *message = g_strdup_printf ("%s is not installed (poppler-utils)", tools[i]);

          g_test_skip (message);
          return FALSE;
        }
    }

  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* The text of a page (0 for all of them), with every run of white space
 * made one space, so that wrapped lines read as one. */
static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *text = run (page > 0 ? one : all);
  g_autoptr(GString) flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (flat->len > 0 && flat->str[flat->len - 1] != ' ')
            g_string_append_c (flat, ' ');
        }
      else
        g_string_append_c (flat, *p);
    }

  return g_string_free (g_steal_pointer (&flat), FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the report's text:\n%s", part, text);
}

typedef struct
{
  guint  pages;
  double width;
  double height;
} Info;

static void
read_info (const char *path,
           Info       *info)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  memset (info, 0, sizeof *info);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        info->pages = (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
      else if (g_str_has_prefix (lines[i], "Page size:"))
        g_assert_cmpint (sscanf (lines[i] + strlen ("Page size:"), " %lf x %lf",
                                 &info->width, &info->height), ==, 2);
    }
}

static char *
write_report (AcJournal   *journal,
              AcPaper      paper,
              const GDate *from,
              const GDate *to,
              const GDate *today,
              const char  *name)
{
  g_autoptr(AcClock) clock = ac_transfer_test_clock_new ();
  g_autoptr(AcExporter) exporter = ac_exporter_new (AC_TRANSFER_FORMAT_PDF, clock);
  char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ac_exporter_set_paper (exporter, paper);
  ac_exporter_set_range (exporter, from, to);
  ac_exporter_set_today (exporter, today);
  g_assert_true (ac_exporter_write (exporter, journal, file, NULL, &error));
  g_assert_no_error (error);

  return path;
}

/* Every page to PNG at 60 dpi, as STEM-page-N.png in the screenshots
 * folder. */
static void
render (const char *path,
        const char *stem,
        guint       n_pages)
{
  const char *dir = g_getenv ("AC_SCREENSHOT_DIR");

  if (dir == NULL)
    dir = "screenshots";
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *name = g_strdup_printf ("%s-page-%u", stem, page);
      g_autofree char *prefix = g_build_filename (dir, name, NULL);
      g_autofree char *png = g_strconcat (prefix, ".png", NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", number, "-l", number,
                             "-singlefile", path, prefix, NULL };
      GStatBuf st;

      g_free (run (argv));
      g_assert_cmpint (g_stat (png, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 1000);
    }
  g_test_message ("the report's pages are in %s/%s-page-*.png", dir, stem);
}

static void
assert_fonts_embedded (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  /* name, type (one or two words), encoding, then emb sub uni: yes/no. */
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          g_ptr_array_add (fields, words[w]);
      g_assert_cmpuint (fields->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_small (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) advice = NULL;
  GDate from, to, today;
  Info info;

  if (!have_poppler ())
    return;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&from, 1, 10, 2026);
  g_date_set_dmy (&to, 30, 11, 2026);
  g_date_set_dmy (&today, 8, 10, 2026);
  path = write_report (journal, AC_PAPER_A4, &from, &to, &today, "small-a4.pdf");

  /* Title, sessions, check-ins, charts, advice: a page each. The bruising
   * of 6 Oct holds massage, so the six pieces of advice of that day are
   * the hold and what it is about, with no routine tips: one page. */
  read_info (path, &info);
  g_assert_cmpuint (info.pages, ==, 5);
  g_assert_cmpint ((int) round (info.width), ==, 595);
  g_assert_cmpint ((int) round (info.height), ==, 842);

  text = page_text (path, 0);
  assert_contains (text, "Aftercare report");
  assert_contains (text, "Period: 1 Oct 2026 – 30 Nov 2026");
  assert_contains (text, "Blood thinners");
  assert_contains (text, "Contents Sessions 2 Check-ins 3 Soreness chart and recovery profile 4 "
                         "Current advice and red flags 5");
  assert_contains (text, "Zoë, \"Z\" O'Neil");
  assert_contains (text, "Line one, with a comma Line \"two\"; a tab here — ü 日本語 \\ backslash");
  assert_contains (text, "Sat 3 Oct 2026 18:30 60 min");
  assert_contains (text, "Sat 17 Oct 2026 09:00 45 min");
  assert_contains (text, "A large bruise");
  assert_contains (text, ac_symptom_get_label (AC_SYMPTOM_BRUISING));
  assert_contains (text, "Soreness over the period");
  assert_contains (text, "Recovery profile");

  /* Every piece of advice for that day, with its reason. */
  advice = ac_guidance_compute_advice (journal, &today);
  g_assert_cmpuint (g_list_model_get_n_items (advice), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      assert_contains (text, ac_advice_get_title (item));
    }

  /* The not-medical-advice line and the page's number on every page. */
  for (guint page = 1; page <= info.pages; page++)
    {
      g_autofree char *one = page_text (path, page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, info.pages);

      assert_contains (one, ac_advice_get_disclaimer ());
      assert_contains (one, number);
    }

  assert_fonts_embedded (path);
  render (path, "report-small-a4", info.pages);
  g_unlink (path);
}

static void
test_letter (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_journal_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GDate today;
  Info info;

  if (!have_poppler ())
    return;

  /* No period: from the first record to the last, the planned session in
   * 2999 too. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, 11, 2026);
  path = write_report (journal, AC_PAPER_LETTER, NULL, NULL, &today, "small-letter.pdf");

  read_info (path, &info);
  g_assert_cmpuint (info.pages, ==, 5);
  g_assert_cmpint ((int) round (info.width), ==, 612);
  g_assert_cmpint ((int) round (info.height), ==, 792);

  text = page_text (path, 0);
  assert_contains (text, "Period: 3 Oct 2026 – 15 Jan 2999");
  assert_contains (text, "Tue 15 Jan 2999 planned");
  render (path, "report-small-letter", info.pages);
  g_unlink (path);
}

/* Years of a typical journal: the tables run over many pages, each with
 * its header and its number. */
static void
test_fixture (void)
{
  g_autoptr(AcJournal) journal = ac_transfer_test_fixture_new ();
  g_autofree char *path = NULL;
  g_autofree char *last = NULL;
  g_autofree char *number = NULL;
  GDate from, today;
  Info info;

  if (!have_poppler ())
    return;

  g_date_clear (&from, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&from, 1, 1, 2025);
  g_date_set_dmy (&today, 22, 11, 2026);
  path = write_report (journal, AC_PAPER_A4, &from, NULL, &today, "fixture-a4.pdf");

  read_info (path, &info);
  g_assert_cmpuint (info.pages, >, 8);
  last = page_text (path, info.pages);
  number = g_strdup_printf ("Page %u of %u", info.pages, info.pages);
  assert_contains (last, number);
  assert_contains (last, "Red flags");

  {
    g_autofree char *second = page_text (path, 3);

    /* A table continued on a new page repeats its header. */
    assert_contains (second, "Date Time Length Pressure Purpose Therapist Areas");
  }

  assert_fonts_embedded (path);
  render (path, "report-fixture-a4", info.pages);
  g_unlink (path);
}

/* While a hold is on, the advice part says so first, and names the
 * planned sessions to postpone: within 14 days, not 15. */
static void
test_hold (void)
{
  g_autoptr(AcJournal) journal = ac_journal_new ();
  g_autoptr(GDateTime) soon = g_date_time_new_from_iso8601 ("2026-12-06T11:00:00Z", NULL);
  g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-12-07T11:00:00Z", NULL);
  g_autoptr(AcSession) within = ac_session_new (soon, 60, AC_PRESSURE_DEEP);
  g_autoptr(AcSession) beyond = ac_session_new (later, 60, AC_PRESSURE_DEEP);
  g_autoptr(AcCheckin) checkin = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *intro, *hold, *postpone;
  GDate today, yesterday;

  if (!have_poppler ())
    return;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, 11, 2026);
  yesterday = today;
  g_date_subtract_days (&yesterday, 1);
  checkin = ac_checkin_new (&yesterday, 1);
  ac_checkin_set_symptoms (checkin, AC_SYMPTOM_LEG_SWELLING);
  ac_session_set_planned (within, TRUE);
  ac_session_set_planned (beyond, TRUE);
  g_assert_true (ac_journal_add_checkin (journal, checkin, NULL));
  g_assert_true (ac_journal_add_session (journal, within, NULL));
  g_assert_true (ac_journal_add_session (journal, beyond, NULL));

  path = write_report (journal, AC_PAPER_A4, NULL, NULL, &today, "hold.pdf");
  text = page_text (path, 0);
  intro = strstr (text, "most pressing first.");
  hold = strstr (text, "Swelling in one leg: have it checked, and hold off massage.");
  postpone = strstr (text, "Hold off massage until this has been checked, and postpone the session "
                           "planned for Sun 6 Dec 2026.");
  g_assert_nonnull (intro);
  g_assert_nonnull (hold);
  g_assert_nonnull (postpone);
  /* First in the advice. */
  g_assert_cmpint (hold - intro, <, 40);
  g_assert_true (postpone > hold);
  g_assert_null (strstr (text, "Mon 7 Dec 2026."));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  folder = g_dir_make_tmp ("aftercare-report-XXXXXX", NULL);
  g_assert_nonnull (folder);

  g_test_add_func ("/transfer/pdf/small", test_small);
  g_test_add_func ("/transfer/pdf/letter", test_letter);
  g_test_add_func ("/transfer/pdf/fixture", test_fixture);
  g_test_add_func ("/transfer/pdf/hold", test_hold);

  status = g_test_run ();
  g_rmdir (folder);
  g_free (folder);
  return status;
}
