/* ac-report.c — the PDF report for a therapist or a doctor
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One A4 or Letter document, drawn with cairo and Pango:
 *
 *   1  title page: the period, the health profile, the period in numbers,
 *      and the contents
 *   2  the sessions of the period, a table over as many pages as it needs
 *   3  the check-ins of the period, likewise
 *   4  the soreness chart of the period and the recovery profile
 *   5  what the person's own sessions show, and what massage cost, when
 *      there is anything to say (ac-report-insights.c)
 *   6  the current advice with reasons and evidence, and the red-flag
 *      symptoms recorded in the period
 *
 * Each section starts a page. Every page ends with GUIDANCE.md's
 * not-medical-advice line and “Page N of M”; the document is laid out
 * twice, the first time only to count the pages. Cairo embeds the subsets
 * of the fonts used.
 */

#define G_LOG_DOMAIN "ac-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ac-guidance.h"
#include "ac-report-private.h"

static gboolean
draw_document (AcReport  *r,
               GError   **error)
{
  _ac_report_draw_title_page (r);
  if (!_ac_report_draw_sessions (r, error) || !_ac_report_draw_checkins (r, error))
    return FALSE;
  _ac_report_draw_charts (r);
  _ac_report_draw_insights (r);
  _ac_report_draw_advice (r);
  _ac_report_draw_footer (r);
  cairo_show_page (r->canvas.cr);

  return TRUE;
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
run_pass (AcReport          *r,
          const char        *title,
          AcReportDrawFunc   draw,
          GByteArray        *out,
          GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *disclaimer = g_markup_escape_text (ac_advice_get_disclaimer (), -1);
  cairo_status_t status;
  gboolean ok;

  surface = cairo_pdf_surface_create_for_stream (out ? append_bytes : discard, out,
                                                 r->page_width, r->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  PACKAGE_NAME " " PACKAGE_VERSION);
  cr = cairo_create (surface);

  r->surface = surface;
  r->canvas.cr = cr;
  r->canvas.pango = _ac_report_context_new (r->font_map, cr);
  r->canvas.left = AC_REPORT_MARGIN;
  r->canvas.right = r->page_width - AC_REPORT_MARGIN;
  r->canvas.top = AC_REPORT_MARGIN;
  /* The foot of the page holds the disclaimer, on two lines or so. */
  footer = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL,
                              r->canvas.right - r->canvas.left - 80, disclaimer);
  r->canvas.bottom = r->page_height - AC_REPORT_MARGIN + 12 -
                     (_ac_report_layout_height (footer) + 4) - AC_REPORT_FOOTER_GAP;
  r->page = 0;
  r->rows_done = 0;

  ok = draw (r, error);

  g_clear_object (&r->canvas.pango);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  r->surface = NULL;
  r->canvas.cr = NULL;

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_IO,
                   _("Could not draw the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return ok;
}

/**
 * _ac_report_render_document:
 * @r: the document, its input, progress and what it is drawn from set;
 *   the rest is set here
 * @title: the PDF's title
 * @draw: draws every page, from the first, and shows the last
 *
 * Lays @r out twice, the first time only to count its pages (r->n_pages
 * is that count afterwards), on the paper of its input.
 *
 * Returns: (transfer full) (nullable): the PDF document
 */
GBytes *
_ac_report_render_document (AcReport          *r,
                            const char        *title,
                            AcReportDrawFunc   draw,
                            GError           **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  ac_paper_get_size (r->canvas.input->paper, &r->page_width, &r->page_height);
  /* A font map of the document's own: the thread's default one would keep
   * its caches for as long as the thread lives. */
  r->font_map = pango_cairo_font_map_new ();
  r->n_pages = 0;
  r->progress_base = 0;

  /* First count the pages, then draw them knowing how many there are. */
  ok = run_pass (r, title, draw, NULL, error);
  if (ok)
    {
      r->n_pages = r->page;
      r->progress_base = 0.5;
      ok = run_pass (r, title, draw, out, error);
    }
  g_clear_object (&r->font_map);

  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&out)) : NULL;
}

/**
 * _ac_report_render:
 * @progress: (nullable): where to report progress and find cancellation
 *
 * Returns: (transfer full) (nullable): the PDF document
 */
GBytes *
_ac_report_render (AcReportInput  *input,
                   AcProgress     *progress,
                   GError        **error)
{
  g_autofree char *from = _ac_report_format_date (&input->from, TRUE);
  g_autofree char *to = _ac_report_format_date (&input->to, TRUE);
  g_autoptr(AcStats) stats = NULL;
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(AcHold) hold = NULL;
  g_autoptr(AcRecovery) recovery = NULL;
  g_autoptr(AcInsights) insights = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GDate recovery_day = input->today;
  AcReport r = { { 0 } };

  if (g_date_compare (&input->to, &recovery_day) < 0)
    recovery_day = input->to;

  advice = ac_guidance_compute (input->journal, &input->today, &stats);
  hold = ac_guidance_compute_hold (input->journal, &input->today);
  recovery = ac_recovery_new (input->period_journal, &recovery_day);
  insights = _ac_report_insights_new (input);

  r.canvas.input = input;
  r.progress = progress;
  r.advice = advice;
  r.hold = hold;
  r.stats = stats;
  r.recovery = recovery;
  r.insights = insights;
  r.period_label = g_date_compare (&input->from, &input->to) == 0
                   ? g_strdup (from)
                   : g_strdup_printf (C_("period", "%s – %s"), from, to);
  r.rows_total = input->period->sessions->len + input->period->checkins->len;

  bytes = _ac_report_render_document (&r, _("Aftercare report"), draw_document, error);
  g_free (r.period_label);
  if (bytes == NULL || !_ac_progress_update (progress, 1.0, error))
    return NULL;
  return g_steal_pointer (&bytes);
}

/**
 * _ac_report_input_new:
 * @from: (nullable): the first day, or %NULL or invalid for the first record's
 * @to: (nullable): the last day, or %NULL or invalid for the last record's
 * @today: the day the advice is for
 *
 * Call on the thread that owns the journal @snapshot was taken from.
 *
 * Returns: (transfer full): what to draw the report from
 */
AcReportInput *
_ac_report_input_new (AcJournalSnapshot *snapshot,
                      const GDate       *from,
                      const GDate       *to,
                      const GDate       *today,
                      AcPaper            paper)
{
  AcReportInput *input = g_new0 (AcReportInput, 1);

  input->today = *today;
  input->paper = paper;
  input->journal = _ac_transfer_journal_new (snapshot);
  input->period = _ac_transfer_snapshot_filter (snapshot, from, to);
  input->period_journal = _ac_transfer_journal_new (input->period);

  /* An open end is the period's first or last record; no records at all
   * make a period of today alone. */
  g_date_clear (&input->from, 1);
  g_date_clear (&input->to, 1);
  if (from != NULL && g_date_valid (from))
    input->from = *from;
  if (to != NULL && g_date_valid (to))
    input->to = *to;

  for (guint i = 0; i < input->period->sessions->len; i++)
    {
      GDate day;

      ac_session_get_local_date (g_ptr_array_index (input->period->sessions, i), &day);
      if (!(from != NULL && g_date_valid (from)) &&
          (!g_date_valid (&input->from) || g_date_compare (&day, &input->from) < 0))
        input->from = day;
      if (!(to != NULL && g_date_valid (to)) &&
          (!g_date_valid (&input->to) || g_date_compare (&day, &input->to) > 0))
        input->to = day;
    }
  for (guint i = 0; i < input->period->checkins->len; i++)
    {
      const GDate *day = ac_checkin_get_date (g_ptr_array_index (input->period->checkins, i));

      if (!(from != NULL && g_date_valid (from)) &&
          (!g_date_valid (&input->from) || g_date_compare (day, &input->from) < 0))
        input->from = *day;
      if (!(to != NULL && g_date_valid (to)) &&
          (!g_date_valid (&input->to) || g_date_compare (day, &input->to) > 0))
        input->to = *day;
    }

  if (!g_date_valid (&input->from))
    input->from = g_date_valid (&input->to) && g_date_compare (&input->to, today) < 0
                  ? input->to : *today;
  if (!g_date_valid (&input->to))
    input->to = g_date_compare (&input->from, today) > 0 ? input->from : *today;

  return input;
}

void
_ac_report_input_free (AcReportInput *input)
{
  g_clear_pointer (&input->period, _ac_journal_snapshot_free);
  g_clear_object (&input->journal);
  g_clear_object (&input->period_journal);
  g_free (input);
}

