/* ac-pdf-test.h — reading a PDF back with poppler-utils, for the tests of
 * the briefs
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint  pages;
  double width;
  double height;
} AcPdfInfo;

gboolean  ac_pdf_test_have_poppler   (void);
char     *ac_pdf_test_page_text      (const char  *path,
                                      guint        page);
void      ac_pdf_test_read_info      (const char  *path,
                                      AcPdfInfo   *info);
void      ac_pdf_test_assert_contains (const char *text,
                                      const char  *part);
void      ac_pdf_test_assert_lacks   (const char  *text,
                                      const char  *part);
void      ac_pdf_test_render         (const char  *path,
                                      const char  *stem,
                                      guint        n_pages);

G_END_DECLS
