/* ac-brief-therapist-page.c — the brief for a therapist: one page
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the top: the title; any hold, in a box; the health conditions and
 * the notes, with the areas to avoid on a small figure beside them; how
 * the person responds to each pressure; the last three sessions; and the
 * report's foot with the not-medical-advice line. Nothing is said by
 * colour alone: the hold has its words and a heavy frame, areas to avoid
 * are hatched and named.
 *
 * Everything but the notes has a bounded length; when the notes make it
 * longer than a page, it is drawn again with them cut to the greatest
 * height that fits, found by halving.
 */

#define G_LOG_DOMAIN "ac-brief-therapist-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"

#define HOLD_PAD      8.0
#define HOLD_FRAME    1.5
#define COLUMN_GAP    18.0
#define FIGURE_SHARE  0.28   /* of the line, for the figure's column */
#define SECTION_GAP   12.0

/* The notes are never taller than a page, in points. */
#define MAX_NOTES_HEIGHT 800

typedef struct
{
  AcReport          report;
  AcBriefTherapist *therapist;
  int               notes_height;   /* in points; -1: all of them */
} Page;

static void
draw_title (AcReport         *r,
            AcBriefTherapist *therapist)
{
  g_autofree char *prepared = _ac_brief_prepared_text (&therapist->today);

  _ac_brief_draw_title (r, _("Brief for a Therapist"), prepared);
  r->canvas.y += SECTION_GAP - 8;
}

/* The hold, framed: a heavy border, a triangle and its words. */
static void
draw_hold (AcReport   *r,
           const char *hold_title)
{
  cairo_t *cr = r->canvas.cr;
  double width = r->canvas.right - r->canvas.left;
  g_autofree char *head = g_markup_printf_escaped ("<span foreground=\"#%06x\">▲</span> %s",
                                                   AC_REPORT_ALERT, _("Massage on hold"));
  g_autofree char *body = g_markup_escape_text (hold_title, -1);
  g_autoptr(PangoLayout) head_layout = _ac_report_layout (r->canvas.pango, AC_BRIEF_FONT_HEADING,
                                                          width - 2 * HOLD_PAD, head);
  g_autoptr(PangoLayout) body_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_BODY,
                                                          width - 2 * HOLD_PAD, body);
  double height = 2 * HOLD_PAD + _ac_report_layout_height (head_layout) + 2 +
                  _ac_report_layout_height (body_layout);
  double y = r->canvas.y;

  _ac_report_set_color (cr, AC_REPORT_TEXT, 1);
  cairo_set_line_width (cr, HOLD_FRAME);
  cairo_rectangle (cr, r->canvas.left + HOLD_FRAME / 2, y + HOLD_FRAME / 2,
                   width - HOLD_FRAME, height - HOLD_FRAME);
  cairo_stroke (cr);

  _ac_report_show_layout (cr, head_layout, r->canvas.left + HOLD_PAD, y + HOLD_PAD, AC_REPORT_TEXT);
  _ac_report_show_layout (cr, body_layout, r->canvas.left + HOLD_PAD,
                          y + HOLD_PAD + _ac_report_layout_height (head_layout) + 2, AC_REPORT_TEXT);
  r->canvas.y = y + height + SECTION_GAP;
}

static void
draw_conditions (AcReport         *r,
                 AcBriefTherapist *therapist)
{
  _ac_brief_heading (r, _("Health conditions"));
  if (therapist->conditions == AC_CONDITION_NONE)
    _ac_brief_plain (r, _("None recorded."), AC_REPORT_TEXT, 0);
  for (guint bit = 1; bit != 0 && bit <= (guint) therapist->conditions; bit <<= 1)
    if ((therapist->conditions & bit) != 0)
      {
        g_autofree char *markup = g_markup_printf_escaped ("• <b>%s</b> — %s", ac_condition_get_label (bit),
                                                           _ac_brief_condition_for_massage (bit));

        _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, markup, 2);
      }
  r->canvas.y += SECTION_GAP;
}

/* The text of @layout's lines that end within @max_height points, with
 * "…" after them; at least the first line. */
static char *
cut_to_height (PangoLayout *layout,
               double       max_height)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autofree char *kept = NULL;
  int end = -1;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (end >= 0 && (double) (logical.y + logical.height) / PANGO_SCALE > max_height)
        break;
      end = line->start_index + line->length;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  kept = g_strndup (text, end);
  g_strchomp (kept);
  return g_strconcat (kept, "…", NULL);
}

/* The notes, cut to @max_height points (-1: whole) with a word that says
 * so. */
static void
draw_notes (AcReport   *r,
            const char *notes,
            int         max_height)
{
  double width = r->canvas.right - r->canvas.left;
  g_autofree char *markup = g_markup_escape_text (notes, -1);
  g_autoptr(PangoLayout) layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_BODY, width, markup);
  gboolean cut = max_height > 0 && _ac_report_layout_height (layout) > max_height;

  _ac_brief_heading (r, _("Notes"));
  if (cut)
    {
      g_autofree char *kept = cut_to_height (layout, max_height);
      g_autofree char *kept_markup = g_markup_escape_text (kept, -1);

      g_object_unref (layout);
      layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_BODY, width, kept_markup);
    }
  _ac_report_show_layout (r->canvas.cr, layout, r->canvas.left, r->canvas.y, AC_REPORT_TEXT);
  r->canvas.y += _ac_report_layout_height (layout) + 2;
  if (cut)
    {
      g_autofree char *shortened = g_markup_printf_escaped ("<i>%s</i>", _("Shortened to fit the page."));

      _ac_report_paragraph (r, AC_REPORT_FONT_SMALL, AC_REPORT_MUTED, shortened, 0);
    }
  r->canvas.y += SECTION_GAP;
}

/* The areas to avoid: on the figure, and in words under it, since a
 * hatch alone may not say which area it is. */
static void
draw_avoid_areas (AcReport *r,
                  AcArea    areas)
{
  g_autofree char *words = _ac_brief_areas_text (areas);

  _ac_brief_heading (r, _("Areas to avoid"));
  if (areas == AC_AREA_NONE)
    {
      _ac_brief_plain (r, _("None recorded."), AC_REPORT_TEXT, SECTION_GAP);
      return;
    }

  r->canvas.y += 2;
  r->canvas.y += _ac_brief_draw_figure (&r->canvas, r->canvas.left, r->canvas.right - r->canvas.left,
                                        areas) + 4;
  _ac_brief_plain (r, words, AC_REPORT_TEXT, SECTION_GAP);
}

/* The profile: conditions and notes on the left, the areas to avoid on
 * the right; with none, the areas are a line on the left. */
static void
draw_profile (Page *page)
{
  AcReport *r = &page->report;
  AcBriefTherapist *therapist = page->therapist;
  double left = r->canvas.left, right = r->canvas.right, top = r->canvas.y;
  double figure_left = right - FIGURE_SHARE * (right - left);
  double left_bottom;

  if (therapist->avoid_areas != AC_AREA_NONE)
    r->canvas.right = figure_left - COLUMN_GAP;
  draw_conditions (r, therapist);
  if (therapist->avoid_areas == AC_AREA_NONE)
    draw_avoid_areas (r, AC_AREA_NONE);
  if (therapist->notes[0] != '\0')
    draw_notes (r, therapist->notes, page->notes_height);
  left_bottom = r->canvas.y;

  if (therapist->avoid_areas != AC_AREA_NONE)
    {
      r->canvas.left = figure_left;
      r->canvas.right = right;
      r->canvas.y = top;
      draw_avoid_areas (r, therapist->avoid_areas);
      r->canvas.y = MAX (r->canvas.y, left_bottom);
    }
  r->canvas.left = left;
  r->canvas.right = right;
}

static void
draw_response (AcReport         *r,
               AcBriefTherapist *therapist)
{
  g_autoptr(GPtrArray) items = _ac_brief_response_items (therapist);
  g_autofree char *deep = _ac_brief_deep_areas_sentence (therapist);
  g_autofree char *baseline = _ac_brief_baseline_sentence (therapist);

  _ac_brief_heading (r, _("How I usually respond"));
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("• %s", (const char *) g_ptr_array_index (items, i));

      _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, markup, 2);
    }
  if (deep != NULL)
    _ac_brief_plain (r, deep, AC_REPORT_TEXT, 2);
  if (baseline != NULL)
    _ac_brief_plain (r, baseline, AC_REPORT_MUTED, 2);
  r->canvas.y += SECTION_GAP;
}

static void
draw_sessions (AcReport         *r,
               AcBriefTherapist *therapist)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.20 }, { N_("Length"), 0.10 },
    { N_("Pressure"), 0.14, _ac_brief_pressure_label, AC_PRESSURE_DEEP + 1 },
    { N_("Areas"), 0.40, _ac_brief_area_label_at, AC_BODY_N_AREAS }, { N_("How it felt"), 0.16 },
  };

  _ac_brief_heading (r, _("Last three sessions"));
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < therapist->last_sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (therapist->last_sessions, i);
      g_auto(AcBriefSessionCells) row = { NULL };
      g_autofree char *felt = _ac_brief_felt_text (session);

      _ac_brief_session_cells_init (&row, session);
      {
        const char *cells[] = { row.date, row.length, row.pressure, row.areas, felt };

        G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
        _ac_report_table_row (r, cells);
      }
    }
  _ac_report_end_table (r, _("No sessions yet."));
}

static gboolean
draw_page (AcReport  *r,
           GError   **error)
{
  Page *page = (Page *) r;
  AcBriefTherapist *therapist = page->therapist;

  _ac_report_new_page (r);
  draw_title (r, therapist);
  if (therapist->hold_title != NULL)
    draw_hold (r, therapist->hold_title);
  draw_profile (page);
  draw_response (r, therapist);
  draw_sessions (r, therapist);
  _ac_report_draw_footer (r);
  cairo_show_page (r->canvas.cr);

  return TRUE;
}

static GBytes *
render (AcBriefTherapist  *therapist,
        AcReportInput     *input,
        int                max_notes_height,
        guint             *n_pages,
        GError           **error)
{
  Page page = { { { 0 } } };
  GBytes *bytes;

  page.report.canvas.input = input;
  page.therapist = therapist;
  page.notes_height = max_notes_height;
  page.report.running_head = _("Brief for a Therapist");
  bytes = _ac_report_render_document (&page.report, _("Brief for a Therapist"), draw_page, error);
  *n_pages = page.report.n_pages;
  return bytes;
}

/**
 * _ac_brief_therapist_render:
 * @input: the paper, and the journal the brief was made from
 *
 * Returns: (transfer full) (nullable): the brief, one page, as a PDF
 */
GBytes *
_ac_brief_therapist_render (AcBriefTherapist  *therapist,
                            AcReportInput     *input,
                            GError           **error)
{
  g_autoptr(GBytes) best = NULL;
  guint n_pages = 0;
  int low = 1, high = MAX_NOTES_HEIGHT;

  best = render (therapist, input, -1, &n_pages, error);
  if (best == NULL || n_pages <= 1)
    return g_steal_pointer (&best);

  /* The tallest notes that leave it one page, to the point. */
  g_clear_pointer (&best, g_bytes_unref);
  while (low <= high)
    {
      int middle = (low + high) / 2;
      g_autoptr(GBytes) attempt = render (therapist, input, middle, &n_pages, error);

      if (attempt == NULL)
        return NULL;
      if (n_pages <= 1)
        {
          g_clear_pointer (&best, g_bytes_unref);
          best = g_steal_pointer (&attempt);
          low = middle + 1;
        }
      else
        high = middle - 1;
    }

  /* Never so far: all but the notes has a bounded length. */
  if (best == NULL)
    best = render (therapist, input, 1, &n_pages, error);
  return g_steal_pointer (&best);
}
