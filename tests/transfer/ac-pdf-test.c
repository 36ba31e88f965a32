/* ac-pdf-test.c — reading a PDF back with poppler-utils, for the tests of
 * the briefs
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ac-pdf-test.h"

/* Skips the test, saying why, when a tool of poppler-utils is missing
 * (build-aux/run installs it). */
gboolean
ac_pdf_test_have_poppler (void)
{
  const char *tools[] = { "pdfinfo", "pdftotext", "pdftoppm" };

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

/**
 * ac_pdf_test_page_text:
 * @page: from 1, or 0 for all
 *
 * Returns: (transfer full): the text, every run of white space made one
 *   space, so that wrapped lines read as one
 */
char *
ac_pdf_test_page_text (const char *path,
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

void
ac_pdf_test_read_info (const char *path,
                       AcPdfInfo  *info)
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

void
ac_pdf_test_assert_contains (const char *text,
                             const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the text:\n%s", part, text);
}

void
ac_pdf_test_assert_lacks (const char *text,
                          const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” should not be in the text:\n%s", part, text);
}

/* Every page to PNG at 72 dpi, as STEM-page-N.png in the screenshots
 * folder ($AC_SCREENSHOT_DIR), for a person to look at. */
void
ac_pdf_test_render (const char *path,
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
      const char *argv[] = { "pdftoppm", "-png", "-r", "72", "-f", number, "-l", number,
                             "-singlefile", path, prefix, NULL };
      GStatBuf st;

      g_free (run (argv));
      g_assert_cmpint (g_stat (png, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 1000);
    }
  g_test_message ("the pages are in %s/%s-page-*.png", dir, stem);
}
