/* ac-brief-doctor-page.c — the brief for a doctor: one or two pages
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain and factual, with no advice to the doctor: what is on hold today;
 * the warning signs of the last 90 days with their dates, the day's
 * soreness and when each was marked as checked; the health conditions;
 * the report's soreness chart around them; the sessions in the 14 days
 * before each; and the clearances. When it runs longer than two pages it
 * is drawn again with fewer sessions, episodes and warning signs listed,
 * each cut said in words (the chart still shows them all).
 */

#define G_LOG_DOMAIN "ac-brief-doctor-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-brief-private.h"
#include "ac-enum-types.h"

#define SECTION_GAP   12.0
#define CHART_SHARE   0.36   /* of the line's width, the chart's height */
#define MAX_PAGES     2
#define CHART_LEGEND  24.0

/* How much is listed, from everything to the least. */
typedef struct
{
  guint warnings;   /* the latest this many warning signs */
  guint episodes;   /* the latest this many episodes' sessions */
  guint sessions;   /* the latest this many sessions of an episode */
} Limits;

static const Limits limits[] = {
  { G_MAXUINT, G_MAXUINT, G_MAXUINT },
  { G_MAXUINT, G_MAXUINT, 7 },
  { G_MAXUINT, 3, 7 },
  { 20, 2, 5 },
  { 10, 1, 5 },
  { 6, 1, 3 },
};

typedef struct
{
  AcReport       report;
  AcBriefDoctor *doctor;
  const Limits  *limits;
} Pages;

static void
draw_title (AcReport      *r,
            AcBriefDoctor *doctor)
{
  g_autofree char *first = _ac_report_format_date (&doctor->first_day, TRUE);
  g_autofree char *today = _ac_report_format_date (&doctor->today, TRUE);
  g_autofree char *intro = NULL;
  g_autofree char *state = NULL;
  g_autofree char *now = NULL;

  intro = g_strdup_printf (_("What my Aftercare journal of massage sessions and daily soreness "
                             "recorded around warning signs from %s to %s, prepared on %s. "
                             "Soreness is rated 0 (none) to 10 (worst). It is a record, not a "
                             "diagnosis."), first, today, today);
  _ac_brief_draw_title (r, _("Brief for a Doctor"), intro);

  if (doctor->hold_title != NULL)
    /* Translators: the hold's sentence, "Swelling in one leg: have it checked, and hold off massage." */
    state = g_strdup_printf (_("massage is on hold. %s"), doctor->hold_title);
  else
    state = g_strdup (_("no warning sign holds massage."));
  now = g_markup_printf_escaped ("<b>%s</b> %s", _("Today:"), state);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, now, SECTION_GAP);
}

/* The earliest clearance of @what dated on or after @date, or NULL. */
static AcClearance *
clearance_of (AcBriefDoctor *doctor,
              const char    *what,
              const GDate   *date)
{
  for (guint i = 0; i < doctor->clearances->len; i++)
    {
      AcClearance *clearance = g_ptr_array_index (doctor->clearances, i);

      if (g_date_compare (ac_clearance_get_date (clearance), date) >= 0 &&
          g_strcmp0 (ac_clearance_get_what (clearance), what) == 0)
        return clearance;
    }
  return NULL;
}

/* One line of the "what" and the "checked" cells for a warning sign. */
static void
describe_sign (AcBriefDoctor *doctor,
               const GDate   *date,
               const char    *what,
               const char    *label,
               const char    *meaning,
               GString       *what_cell,
               GString       *checked_cell)
{
  AcClearance *clearance = clearance_of (doctor, what, date);

  if (what_cell->len > 0)
    {
      g_string_append_c (what_cell, '\n');
      g_string_append_c (checked_cell, '\n');
    }
  if (meaning != NULL && g_strcmp0 (label, meaning) != 0)
    g_string_append_printf (what_cell, "<b>%s</b> — %s", label, meaning);
  else
    g_string_append_printf (what_cell, "<b>%s</b>", label);

  if (clearance != NULL)
    {
      g_autofree char *day = _ac_report_format_date (ac_clearance_get_date (clearance), TRUE);

      g_string_append (checked_cell, day);
    }
  else
    g_string_append (checked_cell, "—");
}

static void
draw_warnings (Pages *pages)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.20 }, { N_("Warning sign"), 0.50 }, { N_("Soreness that day"), 0.14 },
    { N_("Marked as checked"), 0.16 },
  };
  AcReport *r = &pages->report;
  AcBriefDoctor *doctor = pages->doctor;
  guint n = doctor->warnings->len;
  guint first = n > pages->limits->warnings ? n - pages->limits->warnings : 0;

  _ac_brief_heading (r, _("Warning signs in the last 90 days"));
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));
  for (guint i = first; i < n; i++)
    {
      AcBriefWarning *warning = &g_array_index (doctor->warnings, AcBriefWarning, i);
      g_autoptr(GString) what = g_string_new (NULL);
      g_autoptr(GString) checked = g_string_new (NULL);
      g_autofree char *day = _ac_report_format_date (&warning->date, FALSE);
      g_autofree char *date = g_markup_escape_text (day, -1);
      g_autofree char *soreness = warning->soreness >= 0 ? g_strdup_printf ("%d", warning->soreness)
                                                         : g_strdup ("—");

      for (guint bit = 1; bit != 0 && bit <= (guint) warning->symptoms; bit <<= 1)
        if ((warning->symptoms & bit) != 0)
          {
            g_autofree char *label = g_markup_escape_text (ac_symptom_get_label (bit), -1);
            g_autofree char *meaning = g_markup_escape_text (ac_symptom_get_meaning (bit), -1);

            describe_sign (doctor, &warning->date, ac_flag_to_string (AC_TYPE_SYMPTOM, bit),
                           label, meaning, what, checked);
          }
      for (guint bit = 1; bit < 1u << AC_BRIEF_N_RULES; bit <<= 1)
        if ((warning->rules & bit) != 0)
          {
            g_autofree char *label = g_markup_escape_text (_ac_brief_rule_get_label (bit), -1);

            describe_sign (doctor, &warning->date, _ac_brief_rule_to_string (bit), label, NULL,
                           what, checked);
          }
      if (warning->earlier)
        g_string_append_printf (what, "\n<i>%s</i>", _("Already so on the first of the 90 days."));

      {
        const char *cells[] = { date, what->str, soreness, checked->str };

        G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
        _ac_report_table_row (r, cells);
      }
    }
  _ac_report_end_table (r, "");
  if (first > 0)
    {
      g_autofree char *left_out =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u earlier warning sign is left out to keep this to two pages; "
                                      "the chart below shows it.",
                                      "%u earlier warning signs are left out to keep this to two pages; "
                                      "the chart below shows them.", first), first);

      r->canvas.y -= 8;
      _ac_brief_plain (r, left_out, AC_REPORT_MUTED, SECTION_GAP);
    }
}

static void
draw_conditions (AcReport      *r,
                 AcBriefDoctor *doctor)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  _ac_brief_heading (r, _("Health conditions"));
  for (guint bit = 1; bit != 0 && bit <= (guint) doctor->conditions; bit <<= 1)
    if ((doctor->conditions & bit) != 0)
      {
        if (labels->len > 0)
          g_string_append (labels, _(", "));
        g_string_append (labels, ac_condition_get_label (bit));
      }
  _ac_brief_plain (r, labels->len > 0 ? labels->str : _("None recorded."), AC_REPORT_TEXT, SECTION_GAP);
}

static void
draw_chart (AcReport *r)
{
  double width = r->canvas.right - r->canvas.left;

  _ac_brief_heading (r, _("Soreness around these dates"));
  _ac_report_ensure_space (r, width * CHART_SHARE);
  /* The legend hangs below the height the chart gives. */
  r->canvas.y += _ac_report_draw_soreness_chart (&r->canvas, width * CHART_SHARE) + CHART_LEGEND;
}

/* How long before the episode's next warning sign @day is. */
static char *
days_before (AcBriefDoctor  *doctor,
             AcBriefEpisode *episode,
             const GDate    *day)
{
  for (guint i = episode->first; i < episode->first + episode->n_warnings; i++)
    {
      const GDate *date = &g_array_index (doctor->warnings, AcBriefWarning, i).date;
      int days = g_date_days_between (day, date);
      g_autofree char *short_date = NULL;

      if (days < 0)
        continue;
      if (days == 0)
        return g_strdup (_("the same day"));
      short_date = _ac_report_format_date (date, TRUE);
      /* Translators: "3 days before 12 Nov 2026" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day before %s", "%d days before %s", days),
                              days, short_date);
    }
  g_return_val_if_reached (g_strdup (""));
}

static void
draw_episode (Pages          *pages,
              AcBriefEpisode *episode)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.20 }, { N_("Length"), 0.09 },
    { N_("Pressure"), 0.12, _ac_brief_pressure_label, AC_PRESSURE_DEEP + 1 },
    { N_("Areas"), 0.34, _ac_brief_area_label_at, AC_BODY_N_AREAS }, { N_("Before the warning sign"), 0.25 },
  };
  AcReport *r = &pages->report;
  AcBriefDoctor *doctor = pages->doctor;
  const GDate *last = &g_array_index (doctor->warnings, AcBriefWarning,
                                      episode->first + episode->n_warnings - 1).date;
  g_autofree char *from = _ac_report_format_date (&episode->from, TRUE);
  g_autofree char *to = _ac_report_format_date (last, TRUE);
  g_autofree char *period = g_strdup_printf (C_("period", "%s – %s"), from, to);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", period);
  guint n = episode->sessions->len;
  guint first = n > pages->limits->sessions ? n - pages->limits->sessions : 0;

  _ac_report_ensure_space (r, 50);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, title, 2);
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));
  for (guint i = first; i < n; i++)
    {
      AcSession *session = g_ptr_array_index (episode->sessions, i);
      g_auto(AcBriefSessionCells) row = { NULL };
      g_autofree char *before = NULL;
      g_autofree char *before_markup = NULL;
      GDate local;

      _ac_brief_session_cells_init (&row, session);
      ac_session_get_local_date (session, &local);
      before = days_before (doctor, episode, &local);
      before_markup = g_markup_escape_text (before, -1);
      {
        const char *cells[] = { row.date, row.length, row.pressure, row.areas, before_markup };

        G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
        _ac_report_table_row (r, cells);
      }
    }
  _ac_report_end_table (r, _("No sessions in these days."));
  if (first > 0)
    {
      g_autofree char *left_out =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u earlier session of these days is left out; the chart shows it.",
                                      "%u earlier sessions of these days are left out; the chart shows them.",
                                      first), first);

      r->canvas.y -= 8;
      _ac_brief_plain (r, left_out, AC_REPORT_MUTED, SECTION_GAP);
    }
}

static void
draw_sessions (Pages *pages)
{
  AcReport *r = &pages->report;
  GArray *episodes = pages->doctor->episodes;
  guint first = episodes->len > pages->limits->episodes ? episodes->len - pages->limits->episodes : 0;

  _ac_brief_heading (r, _("Sessions in the 14 days before each warning sign"));
  if (first > 0)
    {
      g_autofree char *left_out =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The sessions before %u earlier group of warning signs are left "
                                      "out to keep this to two pages; the chart shows them.",
                                      "The sessions before %u earlier groups of warning signs are left "
                                      "out to keep this to two pages; the chart shows them.", first),
                        first);

      _ac_brief_plain (r, left_out, AC_REPORT_MUTED, 6);
    }
  for (guint e = first; e < episodes->len; e++)
    draw_episode (pages, &g_array_index (episodes, AcBriefEpisode, e));
}

static void
draw_clearances (AcReport      *r,
                 AcBriefDoctor *doctor)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.20 }, { N_("What was checked"), 0.35 }, { N_("Note"), 0.45 },
  };

  _ac_brief_heading (r, _("Marked as checked"));
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < doctor->clearances->len; i++)
    {
      AcClearance *clearance = g_ptr_array_index (doctor->clearances, i);
      const char *what = ac_clearance_get_what (clearance);
      guint symptom = ac_flag_from_string (AC_TYPE_SYMPTOM, what);
      g_autofree char *day = _ac_report_format_date (ac_clearance_get_date (clearance), FALSE);
      g_autofree char *date = g_markup_escape_text (day, -1);
      g_autofree char *label = NULL;
      g_autofree char *note = g_markup_escape_text (ac_clearance_get_note (clearance), -1);

      if (symptom != 0)
        label = g_markup_escape_text (ac_symptom_get_label (symptom), -1);
      else
        {
          guint rule = 0;

          for (guint bit = 1; bit < 1u << AC_BRIEF_N_RULES; bit <<= 1)
            if (g_strcmp0 (_ac_brief_rule_to_string (bit), what) == 0)
              rule = bit;
          label = g_markup_escape_text (rule != 0 ? _ac_brief_rule_get_label (rule) : what, -1);
        }
      {
        const char *cells[] = { date, label, note };

        G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
        _ac_report_table_row (r, cells);
      }
    }
  _ac_report_end_table (r, _("Nothing was marked as checked in the last 90 days."));
}

static gboolean
draw_pages (AcReport  *r,
            GError   **error)
{
  Pages *pages = (Pages *) r;
  AcBriefDoctor *doctor = pages->doctor;

  _ac_report_new_page (r);
  draw_title (r, doctor);
  draw_warnings (pages);
  draw_conditions (r, doctor);
  draw_chart (r);
  draw_sessions (pages);
  draw_clearances (r, doctor);
  _ac_report_draw_footer (r);
  cairo_show_page (r->canvas.cr);

  return TRUE;
}

/**
 * _ac_brief_doctor_render:
 * @input: the paper, and the records of the chart's period
 *
 * Returns: (transfer full) (nullable): the brief, as a PDF
 */
GBytes *
_ac_brief_doctor_render (AcBriefDoctor  *doctor,
                         AcReportInput  *input,
                         GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *today = _ac_report_format_date (&doctor->today, TRUE);
  /* Translators: the head of the brief's second page, with the day it was made */
  g_autofree char *head = g_strdup_printf (_("Brief for a Doctor · %s"), today);

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      Pages pages = { { { 0 } } };

      pages.report.canvas.input = input;
      pages.report.running_head = head;
      pages.doctor = doctor;
      pages.limits = &limits[i];

      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = _ac_report_render_document (&pages.report, _("Brief for a Doctor"), draw_pages, error);
      if (bytes == NULL || pages.report.n_pages <= MAX_PAGES)
        break;
      g_debug ("The brief took %u pages with limits %u", pages.report.n_pages, i);
    }

  return g_steal_pointer (&bytes);
}
