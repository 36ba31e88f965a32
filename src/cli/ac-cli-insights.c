/* ac-cli-insights.c — insights: comparisons of the person's own sessions
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ac-cli.h"
#include "ac-date.h"
#include "ac-insights.h"

/* A whole number as an integer, anything else rounded to 2 decimals
 * (ac_cli_print_json() writes them so); changes of stress and sleep may be
 * negative. */
static void
add_value (JsonBuilder *builder,
           const char  *member,
           double       value)
{
  json_builder_set_member_name (builder, member);
  if (value == floor (value))
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, round (value * 100) / 100);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* Amounts as decimal strings, "120.00": exact, as the journal writes
 * prices. */
static void
add_amount (JsonBuilder  *builder,
            const char   *member,
            const AcCost *cost,
            gint64        amount)
{
  g_autofree char *text = ac_cost_format_amount (cost, amount);

  add_string (builder, member, text);
}

static void
add_comparison (JsonBuilder  *builder,
                AcComparison *comparison)
{
  json_builder_begin_object (builder);
  add_string (builder, "group", ac_insight_group_to_string (ac_comparison_get_group (comparison)));
  add_string (builder, "measure", ac_insight_measure_to_string (ac_comparison_get_measure (comparison)));
  json_builder_set_member_name (builder, "sides");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ac_comparison_get_n_sides (comparison); i++)
    {
      const AcComparisonSide *side = ac_comparison_get_side (comparison, i);

      json_builder_begin_object (builder);
      add_string (builder, "label", side->label);
      add_value (builder, "count", side->count);
      add_value (builder, "middle", side->middle);
      add_value (builder, "low", side->low);
      add_value (builder, "high", side->high);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_string (builder, "verdict", ac_insight_verdict_to_string (ac_comparison_get_verdict (comparison)));
  add_string (builder, "text", ac_comparison_get_text (comparison));
  json_builder_end_object (builder);
}

static void
add_cost (JsonBuilder  *builder,
          const AcCost *cost)
{
  json_builder_begin_object (builder);
  add_string (builder, "currency", cost->currency);
  add_amount (builder, "last_30_days", cost, cost->last_30_days);
  add_amount (builder, "last_365_days", cost, cost->last_365_days);
  json_builder_set_member_name (builder, "by_therapist");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cost->n_therapists; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "name", cost->by_therapist[i].name);
      add_amount (builder, "total", cost, cost->by_therapist[i].total);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* DESIGN.md's shape; every side listed has a count of at least 1, so
 * middle, low and high are always numbers. */
static void
print_insights_json (AcInsights *insights)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *comparisons = ac_insights_get_comparisons (insights);
  g_autofree char *today = NULL;
  const AcCost *costs;
  guint n_costs;
  GDate day;

  ac_insights_get_today (insights, &day);
  today = ac_date_format_iso (&day);
  costs = ac_insights_get_costs (insights, &n_costs);

  json_builder_begin_object (builder);
  add_string (builder, "today", today);
  add_string (builder, "headline", ac_insights_get_headline (insights));
  json_builder_set_member_name (builder, "comparisons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (comparisons); i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      add_comparison (builder, comparison);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "costs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_costs; i++)
    add_cost (builder, &costs[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  ac_cli_print_json (builder);
}

static char *
format_number (double value)
{
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.2f", value);
}

static const char *
describe_verdict (AcInsightVerdict verdict)
{
  switch (verdict)
    {
    case AC_INSIGHT_VERDICT_DIFFERENCE:          return _("a difference");
    case AC_INSIGHT_VERDICT_NO_CLEAR_DIFFERENCE: return _("no clear difference yet");
    default:                                     g_return_val_if_reached ("");
    }
}

/* "    deep sessions: 6 sessions, middle 5, range 4–6" */
static void
append_side (GString                *out,
             const AcComparisonSide *side)
{
  g_autofree char *middle = format_number (side->middle);
  g_autofree char *low = format_number (side->low);
  g_autofree char *high = format_number (side->high);
  g_autofree char *line = NULL;

  /* Translators: a kind of session ("deep sessions"), how many, their
   * middle value, then the 25th and 75th percentiles */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: %u session, middle %s, range %s–%s",
                                       "%s: %u sessions, middle %s, range %s–%s",
                                       side->count),
                          side->description, side->count, middle, low, high);
  ac_cli_append_wrapped (out, "    ", line);
}

/* A finding with its sides; what is missing in a line. */
static void
append_comparison (GString      *out,
                   AcComparison *comparison)
{
  AcInsightVerdict verdict = ac_comparison_get_verdict (comparison);

  if (verdict == AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA)
    {
      g_string_append_c (out, '\n');
      ac_cli_append_wrapped (out, "  ", ac_comparison_get_text (comparison));
      return;
    }

  g_string_append_printf (out, "\n%s · %s\n", ac_comparison_get_title (comparison), describe_verdict (verdict));
  ac_cli_append_wrapped (out, "  ", ac_comparison_get_text (comparison));
  for (guint i = 0; i < ac_comparison_get_n_sides (comparison); i++)
    append_side (out, ac_comparison_get_side (comparison, i));
}

static void
append_costs (GString    *out,
              AcInsights *insights)
{
  guint n_costs;
  const AcCost *costs = ac_insights_get_costs (insights, &n_costs);

  g_string_append_printf (out, "\n%s\n", _("What massage cost"));
  if (n_costs == 0)
    ac_cli_append_wrapped (out, "  ", _("No prices recorded for sessions of the last 365 days."));

  for (guint i = 0; i < n_costs; i++)
    {
      g_autofree char *month = ac_cost_format_amount (&costs[i], costs[i].last_30_days);
      g_autofree char *year = ac_cost_format_amount (&costs[i], costs[i].last_365_days);
      g_autofree char *line = NULL;

      /* Translators: an amount and a currency code, twice: "120.00 EUR" */
      line = g_strdup_printf (_("%s %s in the last 30 days, %s %s in the last 365 days"),
                              month, costs[i].currency, year, costs[i].currency);
      ac_cli_append_wrapped (out, "  ", line);
      for (guint t = 0; t < costs[i].n_therapists; t++)
        {
          g_autofree char *total = ac_cost_format_amount (&costs[i], costs[i].by_therapist[t].total);
          g_autofree char *row = NULL;

          /* Translators: a therapist's name, an amount and a currency code */
          row = g_strdup_printf (_("with %s: %s %s"), costs[i].by_therapist[t].name, total, costs[i].currency);
          ac_cli_append_wrapped (out, "    ", row);
        }
    }
}

static void
print_insights_human (AcInsights *insights)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *comparisons = ac_insights_get_comparisons (insights);
  guint n = g_list_model_get_n_items (comparisons);
  g_autofree char *today = NULL;
  gboolean missing_said = FALSE;
  GDate day;

  ac_insights_get_today (insights, &day);
  today = ac_date_format_iso (&day);
  g_string_append_printf (out, _("Insights for %s\n\n"), today);
  ac_cli_append_wrapped (out, "", ac_insights_get_headline (insights));

  if (n == 0)
    {
      g_string_append_c (out, '\n');
      ac_cli_append_wrapped (out, "", _("Nothing to compare yet. Check in on the days after your "
                                        "sessions, and note how a session felt, to see which kind "
                                        "of session does you good."));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcComparison) comparison = g_list_model_get_item (comparisons, i);

      /* The list has findings first: one heading before the rest. */
      if (ac_comparison_get_verdict (comparison) == AC_INSIGHT_VERDICT_NOT_ENOUGH_DATA && !missing_said)
        {
          g_string_append_printf (out, "\n%s\n", _("Not enough data yet:"));
          missing_said = TRUE;
        }
      append_comparison (out, comparison);
    }

  append_costs (out, insights);
  g_print ("%s", out->str);
}

AcCliExit
ac_cli_insights (AcCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *today_text = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The day the insights are for, such as 2026-11-21 (default: today)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcInsights) insights = NULL;
  AcCliExit status;
  GDate today;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK)
    return status;
  if (!ac_cli_parse_today (cli, today_text, &today))
    return AC_CLI_EXIT_USAGE;
  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  insights = ac_insights_new (journal, &today);
  if (json)
    print_insights_json (insights);
  else
    print_insights_human (insights);

  return AC_CLI_EXIT_OK;
}
