/* ac-report-insights.c — the PDF report's insights page: what the
 * person's own sessions show, and what massage cost
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-report-private.h"

/* As the Insights view has it (GUIDANCE.md, "Benefits and insights"): the
 * headline, the findings strongest first, each a sentence over a small
 * chart of its sides, the caveat, and the costs per currency, never added
 * across currencies. The comparisons that need more sessions are counted,
 * not listed: on paper they are the lesser news. The page is there only
 * when there is a finding or a cost (_ac_report_insights_new). */

#define NAME_SHARE   0.36   /* of the line, the sides' names */
#define ROW_HEIGHT   13.0
#define PILL_HEIGHT  6.0
#define DOT_RADIUS   3.2
#define VALUE_ROOM   24.0   /* after the scale, the median's value */

static gboolean
is_finding (AcComparison *comparison)
{
  return ac_comparison_get_verdict (comparison) != AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA;
}

/**
 * _ac_report_insights_new:
 *
 * Returns: (transfer full) (nullable): the insights of @input's whole
 *   journal on its day, or %NULL when they have nothing to say: no
 *   finding and no cost
 */
AcInsights *
_ac_report_insights_new (AcReportInput *input)
{
  g_autoptr(AcInsights) insights = ac_insights_new (input->journal, &input->today);
  GListModel *comparisons = ac_insights_get_comparisons (insights);
  guint n_costs = 0;

  ac_insights_get_costs (insights, &n_costs);
  if (n_costs > 0)
    return g_steal_pointer (&insights);
  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      if (is_finding (comparison))
        return g_steal_pointer (&insights);
    }

  return NULL;
}

/* "deep sessions" → "Deep sessions": a label at the start of a line. */
static char *
capitalize (const char *text)
{
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static double
x_of (double left,
      double right,
      double low,
      double high,
      double value)
{
  return left + (CLAMP (value, low, high) - low) / (high - low) * (right - left);
}

/* A bar from @x1 to @x2 with round ends; a range of one value is a
 * round spot. */
static void
pill (cairo_t *cr,
      double   x1,
      double   x2,
      double   y,
      double   height)
{
  double radius = height / 2;
  double middle = (x1 + x2) / 2;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, height);
  cairo_move_to (cr, MIN (x1 + radius, middle), y);
  cairo_line_to (cr, MAX (x2 - radius, middle), y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A row per side: its name and count, then the middle half of its
 * sessions as a bar on the shared scale, the median a dot with its value.
 * The sides the finding names are dark, the others grey, a side with too
 * few sessions hollow: it reads in black and white. Ticks at both ends
 * and the middle of the scale. */
static void
draw_chart (AcReport     *r,
            AcComparison *comparison)
{
  cairo_t *cr = r->canvas.cr;
  AcInsightMeasure measure = ac_comparison_get_measure (comparison);
  guint n_sides = ac_comparison_get_n_sides (comparison);
  double width = r->canvas.right - r->canvas.left;
  double left = r->canvas.left + NAME_SHARE * width + 6;
  double right = r->canvas.right - VALUE_ROOM;
  double low, high, y;
  double ticks[3];
  guint first = G_MAXUINT, second = G_MAXUINT;

  ac_comparison_get_scale (comparison, &low, &high);
  ac_comparison_get_pair (comparison, &first, &second);
  _ac_report_ensure_space (r, n_sides * ROW_HEIGHT + 14);
  y = r->canvas.y;

  for (guint i = 0; i < n_sides; i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (comparison, i);
      gboolean counts = side->count >= AC_INSIGHT_MIN_SESSIONS;
      gboolean named = i == first || i == second;
      g_autofree char *description = capitalize (side->description);
      g_autofree char *name = g_markup_printf_escaped ("%s <span foreground=\"#%06x\">(%u)</span>",
                                                       description, AC_REPORT_MUTED, side->count);
      g_autofree char *value = ac_insight_measure_format_value (measure, side->middle);
      g_autoptr(PangoLayout) name_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_TABLE,
                                                              NAME_SHARE * width, name);
      g_autoptr(PangoLayout) value_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_TABLE,
                                                               -1, value);
      double centre = y + ROW_HEIGHT / 2;
      double dot = x_of (left, right, low, high, side->middle);

      pango_layout_set_ellipsize (name_layout, PANGO_ELLIPSIZE_END);
      _ac_report_show_layout (cr, name_layout, r->canvas.left,
                              centre - _ac_report_layout_height (name_layout) / 2, AC_REPORT_TEXT);

      /* The track, light but still there when printed in grey. */
      _ac_report_set_color (cr, AC_REPORT_RULE, 0.35);
      pill (cr, left - 2, right + 2, centre, PILL_HEIGHT);
      _ac_report_set_color (cr, named ? AC_REPORT_ACCENT : AC_REPORT_MUTED, counts ? 0.4 : 0.2);
      pill (cr, x_of (left, right, low, high, side->low), x_of (left, right, low, high, side->high),
            centre, PILL_HEIGHT);

      cairo_new_sub_path (cr);
      cairo_arc (cr, dot, centre, DOT_RADIUS, 0, 2 * G_PI);
      _ac_report_set_color (cr, named ? AC_REPORT_ACCENT : AC_REPORT_MUTED, 1);
      if (counts)
        cairo_fill (cr);
      else
        {
          cairo_set_line_width (cr, 1.2);
          cairo_stroke (cr);
        }
      _ac_report_show_layout (cr, value_layout, MAX (x_of (left, right, low, high, side->high), dot) + 6,
                              centre - _ac_report_layout_height (value_layout) / 2, AC_REPORT_TEXT);
      y += ROW_HEIGHT;
    }

  ticks[0] = low;
  ticks[1] = (low + high) / 2;
  ticks[2] = high;
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = ac_insight_measure_format_value (measure, ticks[i]);
      g_autoptr(PangoLayout) layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, -1, text);
      double x = x_of (left, right, low, high, ticks[i]) - _ac_report_layout_width (layout) / 2;

      _ac_report_show_layout (cr, layout, x, y + 1, AC_REPORT_MUTED);
    }

  r->canvas.y = y + 14;
}

static void
draw_finding (AcReport     *r,
              AcComparison *comparison)
{
  gboolean difference = ac_comparison_get_verdict (comparison) == AC_INSIGHT_VERDICT_DIFFERENCE;
  g_autofree char *title = g_markup_printf_escaped ("%s  <span weight=\"normal\" foreground=\"#%06x\">%s</span>",
                                                    ac_comparison_get_title (comparison),
                                                    difference ? AC_REPORT_ACCENT : AC_REPORT_MUTED,
                                                    difference ? _("Clear difference")
                                                               : _("No clear difference yet"));
  g_autofree char *finding = g_markup_escape_text (ac_comparison_get_finding (comparison), -1);

  /* The title, the sentence and the chart together on one page. */
  _ac_report_ensure_space (r, 50 + ac_comparison_get_n_sides (comparison) * ROW_HEIGHT);
  _ac_report_paragraph (r, AC_REPORT_FONT_H3, AC_REPORT_TEXT, title, 2);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, finding, 5);
  draw_chart (r, comparison);
}

/* "120.00 EUR" */
static char *
format_amount (const AcCost *cost,
               gint64        amount)
{
  g_autofree char *number = ac_cost_format_amount (cost, amount);

  /* Translators: an amount of money and its currency code: "120.00 EUR" */
  return g_markup_printf_escaped (C_("money", "%s %s"), number, cost->currency);
}

/* "4 sessions, 240 minutes" */
static char *
format_time (guint n_sessions,
             guint minutes)
{
  g_autofree char *sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", n_sessions), n_sessions);

  /* Translators: how many sessions, and "240 minutes" */
  return g_strdup_printf (ngettext ("%s, %u minute", "%s, %u minutes", minutes), sessions, minutes);
}

static void
draw_costs (AcReport *r)
{
  guint n_costs = 0;
  const AcCost *costs = ac_insights_get_costs (r->insights, &n_costs);
  AcTimeSpent time_spent;

  ac_insights_get_time_spent (r->insights, &time_spent);
  if (n_costs == 0 && time_spent.sessions_365_days == 0)
    return;

  r->canvas.y += 8;
  _ac_report_ensure_space (r, 80);
  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("What Massage Cost"), 4);
  if (n_costs > 0)
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED,
                          _("Sessions you have had, in each currency they were paid in"), 8);

  if (time_spent.sessions_365_days > 0)
    {
      g_autofree char *last_30 = format_time (time_spent.sessions_30_days, time_spent.minutes_30_days);
      g_autofree char *last_365 = format_time (time_spent.sessions_365_days, time_spent.minutes_365_days);
      const char *pairs[] = { _("Last 30 days"), last_30, _("Last 365 days"), last_365, NULL };

      _ac_report_paragraph (r, AC_REPORT_FONT_H3, AC_REPORT_TEXT, _("Time"), 3);
      _ac_report_key_values (r, pairs);
      r->canvas.y += 6;
    }

  for (guint i = 0; i < n_costs; i++)
    {
      const AcCost *cost = &costs[i];
      g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *heading = NULL;

      /* Translators: the heading of what massage cost in one currency; a
       * currency code, such as "EUR" */
      heading = g_markup_printf_escaped (_("In %s"), cost->currency);
      _ac_report_ensure_space (r, 60);
      _ac_report_paragraph (r, AC_REPORT_FONT_H3, AC_REPORT_TEXT, heading, 3);

      g_ptr_array_add (pairs, g_strdup (_("Last 30 days")));
      g_ptr_array_add (pairs, format_amount (cost, cost->last_30_days));
      g_ptr_array_add (pairs, g_strdup (_("Last 365 days")));
      g_ptr_array_add (pairs, format_amount (cost, cost->last_365_days));
      for (guint t = 0; t < cost->n_therapists; t++)
        {
          g_autofree char *amount = format_amount (cost, cost->by_therapist[t].total);

          /* Translators: what the sessions with a therapist cost; a name */
          g_ptr_array_add (pairs, g_markup_printf_escaped (_("With %s"), cost->by_therapist[t].name));
          /* Translators: an amount of money over a time: "720.00 EUR, last 365 days" */
          g_ptr_array_add (pairs, g_strdup_printf (C_("money", "%s, last 365 days"), amount));
        }
      g_ptr_array_add (pairs, NULL);
      _ac_report_key_values (r, (const char * const *) pairs->pdata);
      r->canvas.y += 6;
    }
}

void
_ac_report_draw_insights (AcReport *r)
{
  GListModel *comparisons;
  g_autofree char *today = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *caveat = NULL;
  guint n_findings = 0, n_missing = 0;

  if (r->insights == NULL)
    return;

  comparisons = ac_insights_get_comparisons (r->insights);
  today = _ac_report_format_date (&r->canvas.input->today, TRUE);
  intro = g_markup_printf_escaped (_("What your sessions show on %s, from the whole journal, "
                                     "the clearest differences first. Each bar is the middle half "
                                     "of a kind of session, the dot its middle value; the number "
                                     "after a name counts its sessions."), today);
  headline = g_markup_printf_escaped ("<b>%s</b>", ac_insights_get_headline (r->insights));
  caveat = g_markup_printf_escaped ("<i>%s</i>", ac_insights_get_caveat ());

  _ac_report_begin_section (r, AC_REPORT_SECTION_INSIGHTS, _("Insights"));
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED, intro, 8);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, headline, 12);

  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      if (!is_finding (comparison))
        {
          n_missing++;
          continue;
        }
      n_findings++;
      draw_finding (r, comparison);
    }

  if (n_findings > 0)
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, caveat, 4);
  if (n_missing > 0)
    {
      g_autofree char *missing = g_markup_printf_escaped (ngettext ("%u comparison needs more sessions.",
                                                                    "%u comparisons need more sessions.",
                                                                    n_missing),
                                                          n_missing);

      _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED, missing, 4);
    }

  draw_costs (r);
}
