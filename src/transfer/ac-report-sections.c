/* ac-report-sections.c — what the report says: the title page, the
 * sessions and check-ins, the charts' page, the advice and the red flags
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-report-sections"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-advice.h"
#include "ac-report-private.h"

static char *
flag_labels (guint         value,
             const char *(*label) (guint bit))
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint bit = 1; bit != 0 && bit <= value; bit <<= 1)
    if ((value & bit) != 0)
      {
        g_autofree char *escaped = g_markup_escape_text (label (bit), -1);

        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, escaped);
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
area_label (guint bit)
{
  return ac_area_get_label (bit);
}

static const char *
symptom_label (guint bit)
{
  return ac_symptom_get_label (bit);
}

/* The same by index (0 … 13, the 14 areas), for a table column's widest
 * word. */
static const char *
area_label_at (guint index)
{
  return ac_area_get_label (1u << index);
}

/* A borderless two-column table of pairs of markup, the keys in bold. */
void
_ac_report_draw_title_page (AcReport *r)
{
  AcReportInput *input = r->canvas.input;
  AcJournalSnapshot *period = input->period;
  AcCondition conditions = ac_profile_get_conditions (period->profile);
  g_autofree char *today = _ac_report_format_date (&input->today, TRUE);
  g_autofree char *markup = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  static const char *contents[AC_REPORT_N_SECTIONS] = {
    N_("Sessions"), N_("Check-ins"), N_("Soreness chart and recovery profile"),
    N_("Insights and costs"), N_("Current advice and red flags"),
  };
  guint n_planned = 0, total_minutes = 0, n_flag_days = 0, max_soreness = 0;
  double sum_soreness = 0;
  AcCheckin *max_checkin = NULL;

  _ac_report_new_page (r);

  _ac_report_set_color (r->canvas.cr, AC_REPORT_ACCENT, 1);
  cairo_rectangle (r->canvas.cr, r->canvas.left, r->canvas.y, 56, 5);
  cairo_fill (r->canvas.cr);
  r->canvas.y += 18;

  _ac_report_paragraph (r, AC_REPORT_FONT_TITLE, AC_REPORT_TEXT, _("Aftercare report"), 4);
  _ac_report_paragraph (r, AC_REPORT_FONT_H3, AC_REPORT_MUTED, _("Massage sessions, soreness and advice"), 14);
  markup = g_markup_printf_escaped (_("<b>Period:</b> %s\n<b>Prepared:</b> %s"),
                                    r->period_label, today);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, markup, 14);
  g_clear_pointer (&markup, g_free);

  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED,
             _("This report comes from Aftercare, an app in which its user keeps a journal "
               "of massage sessions and of how sore they feel each day. Soreness is rated from "
               "0 (none) to 10 (worst): 1–3 is mild, 4–6 moderate and 7–10 severe. The advice "
               "in it comes from fixed rules applied to the journal, not from a health "
               "professional."), 18);

  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("Health profile"), 6);
  if (conditions == AC_CONDITION_NONE)
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, _("No screening conditions are recorded."), 0);
  for (guint bit = 1; bit != 0 && bit <= (guint) conditions; bit <<= 1)
    if ((conditions & bit) != 0)
      {
        markup = g_markup_printf_escaped ("• <b>%s</b> — %s", ac_condition_get_label (bit),
                                          ac_condition_get_meaning (bit));
        _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, markup, 2);
        g_clear_pointer (&markup, g_free);
      }
  r->canvas.y += 16;

  for (guint i = 0; i < period->sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (period->sessions, i);

      n_planned += ac_session_get_planned (session);
      if (!ac_session_get_planned (session))
        total_minutes += ac_session_get_minutes (session);
    }
  for (guint i = 0; i < period->checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (period->checkins, i);
      guint soreness = ac_checkin_get_soreness (checkin);

      sum_soreness += soreness;
      n_flag_days += ac_checkin_get_symptoms (checkin) != AC_SYMPTOM_NONE;
      if (max_checkin == NULL || soreness > max_soreness)
        {
          max_checkin = checkin;
          max_soreness = soreness;
        }
    }

  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("This period"), 6);
  g_ptr_array_add (pairs, g_strdup (_("Sessions")));
  g_ptr_array_add (pairs, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u done, %u planned; %u minute of massage",
                                                        "%u done, %u planned; %u minutes of massage",
                                                        total_minutes),
                                           period->sessions->len - n_planned, n_planned,
                                           total_minutes));
  g_ptr_array_add (pairs, g_strdup (_("Check-ins")));
  if (max_checkin != NULL)
    {
      g_autofree char *day = _ac_report_format_date (ac_checkin_get_date (max_checkin), TRUE);

      g_ptr_array_add (pairs, g_strdup_printf (_("%u; average soreness %.1f, highest %u on %s"),
                                               period->checkins->len,
                                               sum_soreness / period->checkins->len,
                                               max_soreness, day));
    }
  else
    g_ptr_array_add (pairs, g_strdup (_("None")));
  g_ptr_array_add (pairs, g_strdup (_("Red-flag symptoms")));
  g_ptr_array_add (pairs, n_flag_days == 0
                          ? g_strdup (_("None recorded"))
                          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Recorded on %u day",
                                                          "Recorded on %u days", n_flag_days),
                                             n_flag_days));
  g_ptr_array_add (pairs, g_strdup (_("Usual rhythm")));
  if (r->stats->median_gap_days >= 0 && r->stats->typical_pressure >= 0)
    g_ptr_array_add (pairs, g_strdup_printf (_("A session every %.0f days (median); usually "
                                               "%.0f minutes, pressure: %s"),
                                             r->stats->median_gap_days,
                                             r->stats->typical_minutes,
                                             ac_pressure_get_label ((AcPressure) r->stats->typical_pressure)));
  else
    g_ptr_array_add (pairs, g_strdup (_("Not enough sessions yet")));
  g_ptr_array_add (pairs, NULL);

  /* Everything but the keys is plain text: escape it. */
  for (guint i = 1; i < pairs->len; i += 2)
    {
      char *escaped = g_markup_escape_text (g_ptr_array_index (pairs, i), -1);

      g_free (g_ptr_array_index (pairs, i));
      g_ptr_array_index (pairs, i) = escaped;
    }
  _ac_report_key_values (r, (const char * const *) pairs->pdata);
  r->canvas.y += 16;

  /* Contents only when they help: when a section runs over several pages.
   * A page a section needs no table to find it. The first pass, which
   * counts the pages, draws them; the title page is one page either way. */
  if (r->n_pages != 0 && r->n_pages <= 1 + AC_REPORT_N_SECTIONS)
    return;

  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("Contents"), 6);
  for (guint i = 0; i < AC_REPORT_N_SECTIONS; i++)
    {
      g_autofree char *page = NULL;
      const char *pair[] = { _(contents[i]), NULL, NULL };

      if (i == AC_REPORT_SECTION_INSIGHTS && r->insights == NULL)
        continue;
      page = g_strdup_printf ("%u", r->section_page[i]);
      pair[1] = page;

      _ac_report_key_values (r, pair);
    }
}

static const char *
pressure_label (guint value)
{
  return ac_pressure_get_label (value);
}

static const char *
purpose_label (guint value)
{
  return ac_purpose_get_label (value);
}

gboolean
_ac_report_draw_sessions (AcReport  *r,
                          GError   **error)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.15 }, { N_("Time"), 0.07 }, { N_("Length"), 0.08 },
    { N_("Pressure"), 0.11, pressure_label, AC_PRESSURE_DEEP + 1 },
    { N_("Purpose"), 0.10, purpose_label, AC_PURPOSE_OTHER + 1 },
    { N_("Therapist"), 0.12 }, { N_("Areas"), 0.17, area_label_at, 14 }, { N_("Notes"), 0.20 },
  };
  GPtrArray *sessions = r->canvas.input->period->sessions;

  _ac_report_begin_section (r, AC_REPORT_SECTION_SESSIONS, _("Sessions"));
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < sessions->len; i++)
    {
      AcSession *session = g_ptr_array_index (sessions, i);
      GDateTime *start = ac_session_get_start (session);
      AcPressure pressure = ac_session_get_pressure (session);
      g_autofree char *day = NULL;
      g_autofree char *date = NULL;
      g_autofree char *time = g_date_time_format (start, "%H:%M");
      g_autofree char *length = g_strdup_printf (_("%d min"), ac_session_get_minutes (session));
      g_autofree char *pressure_markup = NULL;
      g_autofree char *purpose = g_markup_escape_text (ac_purpose_get_label (ac_session_get_purpose (session)), -1);
      g_autofree char *therapist = g_markup_escape_text (ac_session_get_therapist (session), -1);
      g_autofree char *areas = flag_labels (ac_session_get_areas (session), area_label);
      g_autofree char *notes = g_markup_escape_text (ac_session_get_notes (session), -1);
      GDate local;
      guint32 color;

      ac_session_get_local_date (session, &local);
      day = _ac_report_format_date (&local, FALSE);
      if (ac_session_get_planned (session))
        date = g_markup_printf_escaped ("%s\n<i>%s</i>", day, C_("session", "planned"));
      else
        date = g_markup_escape_text (day, -1);

      _ac_report_pressure_color (pressure, &color);
      pressure_markup = g_markup_printf_escaped ("<span foreground=\"#%06x\">●</span> %s",
                                                 color, ac_pressure_get_label (pressure));

      {
        const char *cells[] = { date, time, length, pressure_markup, purpose, therapist, areas, notes };

        G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
        _ac_report_table_row (r, cells);
      }

      if (!_ac_report_count_row (r, error))
        return FALSE;
    }

  _ac_report_end_table (r, _("No sessions in this period."));
  return TRUE;
}

gboolean
_ac_report_draw_checkins (AcReport  *r,
                          GError   **error)
{
  static const AcReportColumn columns[] = {
    { N_("Date"), 0.16 }, { N_("Soreness"), 0.14 }, { N_("Areas"), 0.22, area_label_at, 14 },
    { N_("Symptoms"), 0.22 }, { N_("Notes"), 0.26 },
  };
  GPtrArray *checkins = r->canvas.input->period->checkins;

  _ac_report_begin_section (r, AC_REPORT_SECTION_CHECKINS, _("Check-ins"));
  _ac_report_begin_table (r, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);
      int soreness = ac_checkin_get_soreness (checkin);
      AcSorenessBand band = ac_soreness_band_for_value (soreness);
      g_autofree char *day = _ac_report_format_date (ac_checkin_get_date (checkin), FALSE);
      g_autofree char *date = g_markup_escape_text (day, -1);
      g_autofree char *level = g_markup_printf_escaped ("<b>%d</b> %s", soreness,
                                                        ac_soreness_band_get_label (band));
      g_autofree char *areas = flag_labels (ac_checkin_get_areas (checkin), area_label);
      g_autofree char *labels = flag_labels (ac_checkin_get_symptoms (checkin), symptom_label);
      g_autofree char *symptoms = labels[0] != '\0'
                                  ? g_strdup_printf ("<span foreground=\"#%06x\"><b>%s</b></span>",
                                                     AC_REPORT_ALERT, labels)
                                  : g_strdup ("");
      g_autofree char *notes = g_markup_escape_text (ac_checkin_get_notes (checkin), -1);
      const char *cells[] = { date, level, areas, symptoms, notes };

      G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (columns));
      _ac_report_table_row (r, cells);

      if (!_ac_report_count_row (r, error))
        return FALSE;
    }

  _ac_report_end_table (r, _("No check-ins in this period."));
  return TRUE;
}

void
_ac_report_draw_charts (AcReport *r)
{
  double width = r->canvas.right - r->canvas.left;
  g_autofree char *caption = NULL;

  _ac_report_begin_section (r, AC_REPORT_SECTION_CHARTS, _("Soreness over the period"));
  r->canvas.y += _ac_report_draw_soreness_chart (&r->canvas, width * 0.52) + 18;

  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("Recovery profile"), 4);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED,
             _("Average soreness on each day after a session in this period, by pressure. "
               "Day 0 is the day of the session."), 8);
  r->canvas.y += _ac_report_draw_recovery_chart (&r->canvas, r->recovery, width * 0.36) + 8;
}

static guint32
severity_color (AcSeverity severity)
{
  switch (severity)
    {
    case AC_SEVERITY_URGENT:           return AC_REPORT_ALERT;
    case AC_SEVERITY_SEE_PROFESSIONAL: return 0xe66100;
    case AC_SEVERITY_CAUTION:          return 0xc88800;
    case AC_SEVERITY_TIP:              return 0x26a269;
    case AC_SEVERITY_INFO:
    default:                           return AC_REPORT_ACCENT;
    }
}

static void
draw_advice_item (AcReport *r,
                  AcAdvice *advice)
{
  cairo_t *cr = r->canvas.cr;
  double width = r->canvas.right - r->canvas.left;
  const char * const *sources = ac_advice_get_sources (advice);
  const char *note = ac_advice_get_evidence_note (advice);
  AcSeverity severity = ac_advice_get_severity (advice);
  g_autofree char *badge_text = g_markup_printf_escaped ("<b>%s</b>", ac_severity_get_label (severity));
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", ac_advice_get_title (advice));
  g_autofree char *body = g_markup_escape_text (ac_advice_get_body (advice), -1);
  const char *why = ac_advice_get_reason (advice);
  g_autofree char *reason = g_markup_printf_escaped ("<i>%s</i> %s", _("Why:"), why ? why : "");
  g_autofree char *joined = sources && sources[0] ? g_strjoinv ("; ", (char **) sources) : NULL;
  g_autoptr(GString) evidence = g_string_new (NULL);
  g_autoptr(PangoLayout) badge = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) body_layout = NULL;
  g_autoptr(PangoLayout) reason_layout = NULL;
  g_autoptr(PangoLayout) evidence_layout = NULL;
  double badge_width, height, y;
  guint32 color = severity_color (severity);

  g_string_append_printf (evidence, "<b>%s</b> ", _("Evidence:"));
  g_string_append_printf (evidence, "%s", ac_evidence_get_label (ac_advice_get_evidence (advice)));
  if (note != NULL && note[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (note, -1);

      g_string_append_printf (evidence, " — %s", escaped);
    }
  if (joined != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (joined, -1);

      g_string_append_printf (evidence, "\n<b>%s</b> %s", _("Sources:"), escaped);
    }

  badge = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, -1, badge_text);
  badge_width = _ac_report_layout_width (badge) + 10;
  heading = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_H3, width - badge_width - 8, title);
  body_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_BODY, width, body);
  reason_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_BODY, width, reason);
  evidence_layout = _ac_report_layout (r->canvas.pango, AC_REPORT_FONT_SMALL, width, evidence->str);

  height = MAX (_ac_report_layout_height (heading), _ac_report_layout_height (badge) + 4) + 4 +
           _ac_report_layout_height (body_layout) + 3 + _ac_report_layout_height (reason_layout) + 3 +
           _ac_report_layout_height (evidence_layout) + 14;
  /* An item stays on one page, unless it is taller than a page. */
  if (height < r->canvas.bottom - r->canvas.top)
    _ac_report_ensure_space (r, height);

  y = r->canvas.y;
  _ac_report_set_color (cr, color, 1);
  cairo_rectangle (cr, r->canvas.left, y + 1, badge_width, _ac_report_layout_height (badge) + 3);
  cairo_fill (cr);
  _ac_report_show_layout (cr, badge, r->canvas.left + 5, y + 2.5,
               severity == AC_SEVERITY_CAUTION ? AC_REPORT_TEXT : 0xffffff);
  _ac_report_show_layout (cr, heading, r->canvas.left + badge_width + 8, y, AC_REPORT_TEXT);
  y += MAX (_ac_report_layout_height (heading), _ac_report_layout_height (badge) + 4) + 4;

  _ac_report_show_layout (cr, body_layout, r->canvas.left, y, AC_REPORT_TEXT);
  y += _ac_report_layout_height (body_layout) + 3;
  _ac_report_show_layout (cr, reason_layout, r->canvas.left, y, AC_REPORT_TEXT);
  y += _ac_report_layout_height (reason_layout) + 3;
  _ac_report_show_layout (cr, evidence_layout, r->canvas.left, y, AC_REPORT_MUTED);
  y += _ac_report_layout_height (evidence_layout) + 6;

  _ac_report_set_color (cr, AC_REPORT_RULE, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, r->canvas.left, y);
  cairo_line_to (cr, r->canvas.right, y);
  cairo_stroke (cr);
  r->canvas.y = y + 8;
}

/* GUIDANCE.md, "The hold": first, what holds massage, and which planned
 * sessions to postpone. */
static void
draw_hold (AcReport *r)
{
  const char * const *postponed = ac_hold_get_postponed_session_ids (r->hold);
  g_autofree char *title = g_markup_printf_escaped ("<span foreground=\"#%06x\">▲</span> <b>%s</b>",
                                                    AC_REPORT_ALERT, ac_hold_get_title (r->hold));
  g_autoptr(GString) dates = g_string_new (NULL);
  guint n_dates = 0;

  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, title, 3);
  for (guint i = 0; postponed[i] != NULL; i++)
    {
      AcSession *session = ac_journal_lookup_session (r->canvas.input->journal, postponed[i]);
      g_autofree char *day = NULL;
      GDate date;

      if (session == NULL)
        continue;
      ac_session_get_local_date (session, &date);
      day = _ac_report_format_date (&date, FALSE);
      if (dates->len > 0)
        /* Translators: between the dates of sessions to postpone */
        g_string_append (dates, _(", "));
      g_string_append (dates, day);
      n_dates++;
    }

  if (n_dates > 0)
    {
      /* Translators: in the PDF report while a warning sign holds massage;
       * %s lists the dates of planned sessions, "Sun 6 Dec, Mon 7 Dec" */
      g_autofree char *text = g_markup_printf_escaped (ngettext ("Hold off massage until this has been checked, "
                                                                 "and postpone the session planned for %s.",
                                                                 "Hold off massage until this has been checked, "
                                                                 "and postpone the sessions planned for %s.",
                                                                 n_dates),
                                                       dates->str);

      _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, text, 10);
    }
  else
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT,
                          _("Hold off massage until this has been checked."), 10);
}

void
_ac_report_draw_advice (AcReport *r)
{
  g_autofree char *today = _ac_report_format_date (&r->canvas.input->today, TRUE);
  g_autofree char *intro = g_markup_printf_escaped (_("What Aftercare advises on %s, from the whole "
                                                      "journal, most pressing first."), today);
  GPtrArray *checkins = r->canvas.input->period->checkins;
  guint n = g_list_model_get_n_items (r->advice);
  gboolean any_flag = FALSE;

  _ac_report_begin_section (r, AC_REPORT_SECTION_ADVICE, _("Current advice"));
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED, intro, 10);

  if (ac_hold_is_on (r->hold))
    draw_hold (r);
  if (n == 0)
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED, _("<i>No advice today.</i>"), 10);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) advice = g_list_model_get_item (r->advice, i);

      draw_advice_item (r, advice);
    }

  r->canvas.y += 10;
  _ac_report_ensure_space (r, 60);
  _ac_report_add_outline (r, _("Red flags"));
  _ac_report_paragraph (r, AC_REPORT_FONT_H2, AC_REPORT_TEXT, _("Red flags"), 4);
  _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_MUTED,
             _("Warning symptoms recorded in check-ins of this period."), 8);

  for (guint i = 0; i < checkins->len; i++)
    {
      AcCheckin *checkin = g_ptr_array_index (checkins, i);
      AcSymptom symptoms = ac_checkin_get_symptoms (checkin);
      g_autofree char *day = NULL;

      if (symptoms == AC_SYMPTOM_NONE)
        continue;

      any_flag = TRUE;
      day = _ac_report_format_date (ac_checkin_get_date (checkin), FALSE);
      for (guint bit = 1; bit != 0 && bit <= (guint) symptoms; bit <<= 1)
        if ((symptoms & bit) != 0)
          {
            const char *label = ac_symptom_get_label (bit);
            const char *meaning = ac_symptom_get_meaning (bit);
            g_autofree char *markup = NULL;

            /* Some labels say all there is to say. */
            if (g_str_equal (label, meaning))
              markup = g_markup_printf_escaped ("<span foreground=\"#%06x\">▲</span> <b>%s</b> — %s",
                                                AC_REPORT_ALERT, day, label);
            else
              markup = g_markup_printf_escaped ("<span foreground=\"#%06x\">▲</span> <b>%s</b> — %s: %s",
                                                AC_REPORT_ALERT, day, label, meaning);
            _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT, markup, 3);
          }
    }

  if (!any_flag)
    _ac_report_paragraph (r, AC_REPORT_FONT_BODY, AC_REPORT_TEXT,
               _("No red-flag symptoms were recorded in this period."), 0);
}

