/* ac-transfer-enums.c — the vocabularies of export and import
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-transfer-enums"

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ac-transfer-enums.h"

static const char * const format_words[] = { "csv", "ics", "json", "pdf" };
static const char * const paper_words[] = { "a4", "letter" };
static const char * const status_words[] = { "new", "duplicate", "conflict", "not-importable" };

static gboolean
word_index (const char * const *words,
            guint               n_words,
            const char         *word,
            guint              *index)
{
  for (guint i = 0; word != NULL && i < n_words; i++)
    if (strcmp (words[i], word) == 0)
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

const char *
ac_transfer_format_to_string (AcTransferFormat format)
{
  g_return_val_if_fail (format <= AC_TRANSFER_FORMAT_PDF, NULL);

  return format_words[format];
}

gboolean
ac_transfer_format_from_string (const char       *word,
                                AcTransferFormat *format)
{
  guint index;

  g_return_val_if_fail (format != NULL, FALSE);

  if (!word_index (format_words, G_N_ELEMENTS (format_words), word, &index))
    return FALSE;
  *format = index;
  return TRUE;
}

/**
 * ac_transfer_format_get_label:
 *
 * Returns: (transfer none): the format's name for people, such as
 *   “Spreadsheet (CSV)”, translated
 */
const char *
ac_transfer_format_get_label (AcTransferFormat format)
{
  switch (format)
    {
    case AC_TRANSFER_FORMAT_CSV:  return _("Spreadsheet (CSV)");
    case AC_TRANSFER_FORMAT_ICS:  return _("Calendar (iCalendar)");
    case AC_TRANSFER_FORMAT_JSON: return _("Aftercare backup (JSON)");
    case AC_TRANSFER_FORMAT_PDF:  return _("Report (PDF)");
    default:                      g_return_val_if_reached (NULL);
    }
}

/**
 * ac_transfer_format_get_extension:
 *
 * Returns: (transfer none): the file name extension, without the dot
 */
const char *
ac_transfer_format_get_extension (AcTransferFormat format)
{
  return ac_transfer_format_to_string (format);
}

/**
 * ac_transfer_format_get_mime_type:
 *
 * Returns: (transfer none): the media type, for file chooser filters
 */
const char *
ac_transfer_format_get_mime_type (AcTransferFormat format)
{
  switch (format)
    {
    case AC_TRANSFER_FORMAT_CSV:  return "text/csv";
    case AC_TRANSFER_FORMAT_ICS:  return "text/calendar";
    case AC_TRANSFER_FORMAT_JSON: return "application/json";
    case AC_TRANSFER_FORMAT_PDF:  return "application/pdf";
    default:                      g_return_val_if_reached (NULL);
    }
}

/**
 * ac_transfer_format_for_filename:
 * @filename: a file name or path
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if the extension is one of the formats' (`.ical` and
 *   `.ifb` are iCalendar too), in any case
 */
gboolean
ac_transfer_format_for_filename (const char       *filename,
                                 AcTransferFormat *format)
{
  g_autofree char *lower = NULL;
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (!(dot = strrchr (filename, '.')) || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  lower = g_ascii_strdown (dot + 1, -1);
  if (strcmp (lower, "ical") == 0 || strcmp (lower, "ifb") == 0)
    {
      *format = AC_TRANSFER_FORMAT_ICS;
      return TRUE;
    }

  return ac_transfer_format_from_string (lower, format);
}

const char *
ac_paper_to_string (AcPaper paper)
{
  g_return_val_if_fail (paper <= AC_PAPER_LETTER, NULL);

  return paper_words[paper];
}

gboolean
ac_paper_from_string (const char *word,
                      AcPaper    *paper)
{
  guint index;

  g_return_val_if_fail (paper != NULL, FALSE);

  if (!word_index (paper_words, G_N_ELEMENTS (paper_words), word, &index))
    return FALSE;
  *paper = index;
  return TRUE;
}

const char *
ac_paper_get_label (AcPaper paper)
{
  switch (paper)
    {
    case AC_PAPER_A4:     return C_("paper size", "A4");
    case AC_PAPER_LETTER: return C_("paper size", "Letter");
    default:              g_return_val_if_reached (NULL);
    }
}

/**
 * ac_paper_get_size:
 * @width: (out): in points (1/72 in)
 * @height: (out): in points
 *
 * The portrait size of @paper: A4 is 595.28 × 841.89 points, Letter
 * 612 × 792.
 */
void
ac_paper_get_size (AcPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (paper <= AC_PAPER_LETTER);

  if (paper == AC_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 210 / 25.4 * 72;
      *height = 297 / 25.4 * 72;
    }
}

/**
 * ac_paper_get_default:
 *
 * Returns: the paper of the user's locale (LC_PAPER): Letter in the
 *   United States and Canada, A4 nearly everywhere else
 */
AcPaper
ac_paper_get_default (void)
{
#ifdef __GLIBC__
  /* glibc gives the height in millimetres: 279 for Letter, 297 for A4. */
  union { char *string; int number; } height;

  height.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (height.number == 279)
    return AC_PAPER_LETTER;
#endif

  return AC_PAPER_A4;
}

const char *
ac_import_status_to_string (AcImportStatus status)
{
  g_return_val_if_fail (status <= AC_IMPORT_STATUS_NOT_IMPORTABLE, NULL);

  return status_words[status];
}

/**
 * ac_import_status_get_label:
 *
 * Returns: (transfer none): the status for people, translated
 */
const char *
ac_import_status_get_label (AcImportStatus status)
{
  switch (status)
    {
    case AC_IMPORT_STATUS_NEW:            return C_("import status", "New");
    case AC_IMPORT_STATUS_DUPLICATE:      return C_("import status", "Already in the journal");
    case AC_IMPORT_STATUS_CONFLICT:       return C_("import status", "Differs from the journal");
    case AC_IMPORT_STATUS_NOT_IMPORTABLE: return C_("import status", "Not importable");
    default:                              g_return_val_if_reached (NULL);
    }
}
