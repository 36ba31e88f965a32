/* ac-cli-advice.c — advice and stats
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ac-cli.h"
#include "ac-date.h"
#include "ac-guidance.h"
#include "ac-recovery.h"

#define WRAP_COLUMNS 76

/* Options both commands take. */
typedef struct
{
  char     *today_text;
  gboolean  json;
} AcCliAdviceOptions;

static AcCliExit
parse_and_open (AcCli               *cli,
                int                 *argc,
                char              ***argv,
                AcCliAdviceOptions  *options,
                GDate               *today,
                AcJournal          **journal)
{
  const GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &options->today_text,
      N_("The day to give advice for, such as 2026-11-21 (default: today)"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  AcCliExit status;

  if ((status = ac_cli_parse (cli, context, argc, argv, 0)) != AC_CLI_EXIT_OK)
    return status;
  if (!ac_cli_parse_today (cli, options->today_text, today))
    return AC_CLI_EXIT_USAGE;

  return ac_cli_open_journal (cli, journal);
}

/* json-glib 1.6 writes a double with 17 digits: 2.4 comes out as
 * 2.3999999999999999. Every number with a fraction is rewritten with 2
 * decimals, as add_number() rounded it; strings are copied as they are. */
static char *
with_two_decimals (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          g_string_append_c (out, *p);
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *++p);
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end;
          double value = g_ascii_strtod (p, &end);
          g_autofree char *number = NULL;

          if (end == p)
            {
              g_string_append_c (out, *p);
              continue;
            }

          number = g_strndup (p, end - p);
          if (strpbrk (number, ".eE") != NULL)
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];

              g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
            }
          else
            g_string_append (out, number);
          p = end - 1;
        }
      else
        {
          g_string_append_c (out, *p);
          in_string = *p == '"';
        }
    }

  return g_string_free (out, FALSE);
}

void
ac_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fixed = with_two_decimals (text);
  g_print ("%s\n", fixed);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

/* A whole number as an integer, anything else with two decimals (see
 * with_two_decimals()), and "unknown" (negative) as null. */
static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (value < 0)
    json_builder_add_null_value (builder);
  else if (value == floor (value))
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, round (value * 100) / 100);
}

static void
add_date (JsonBuilder *builder,
          const char  *member,
          const GDate *date)
{
  json_builder_set_member_name (builder, member);
  if (g_date_valid (date))
    {
      g_autofree char *text = ac_date_format_iso (date);

      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *member,
             gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

/* DESIGN.md: {"today", "hold", "disclaimer", "advice": [...]} */
static void
print_advice_json (GListModel  *advice,
                   AcStats     *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (advice);

  json_builder_begin_object (builder);
  add_date (builder, "today", &stats->today);
  add_boolean (builder, "hold", stats->hold);
  json_builder_set_member_name (builder, "disclaimer");
  json_builder_add_string_value (builder, ac_advice_get_disclaimer ());
  json_builder_set_member_name (builder, "advice");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ac_advice_get_id (item));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, ac_severity_to_string (ac_advice_get_severity (item)));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, ac_advice_get_title (item));
      json_builder_set_member_name (builder, "body");
      json_builder_add_string_value (builder, ac_advice_get_body (item));
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, ac_advice_get_reason (item));
      json_builder_set_member_name (builder, "evidence");
      json_builder_add_string_value (builder, ac_evidence_to_string (ac_advice_get_evidence (item)));
      json_builder_set_member_name (builder, "evidence_note");
      if (ac_advice_get_evidence_note (item) != NULL)
        json_builder_add_string_value (builder, ac_advice_get_evidence_note (item));
      else
        json_builder_add_null_value (builder);
      add_strv (builder, "sources", ac_advice_get_sources (item));
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, ac_advice_group_to_string (ac_advice_get_group (item)));
      add_strv (builder, "sessions", ac_advice_get_session_ids (item));
      add_strv (builder, "checkins", ac_advice_get_checkin_ids (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  ac_cli_print_json (builder);
}

/* Words of @text, wrapped to the terminal's usual width after @indent. */
void
ac_cli_append_wrapped (GString    *out,
                       const char *indent,
                       const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  glong indent_len = g_utf8_strlen (indent, -1);
  glong column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (column == 0)
        {
          g_string_append (out, indent);
          column = indent_len;
        }
      else if (column + 1 + len > WRAP_COLUMNS)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          column = indent_len;
        }
      else
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += len;
    }
  g_string_append_c (out, '\n');
}

static void
print_advice_human (GListModel  *advice,
                    const GDate *today)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *day = ac_date_format_iso (today);
  guint n = g_list_model_get_n_items (advice);

  if (n == 0)
    g_string_append_printf (out, _("No advice for %s.\n"), day);
  else
    g_string_append_printf (out, _("Advice for %s, most urgent first:\n"), day);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcAdvice) item = g_list_model_get_item (advice, i);
      g_autofree char *severity = g_utf8_strup (ac_severity_get_label (ac_advice_get_severity (item)), -1);
      g_autofree char *sources = g_strjoinv (", ", (char **) ac_advice_get_sources (item));
      g_autofree char *why = g_strdup_printf (_("Why: %s"), ac_advice_get_reason (item));
      g_autoptr(GString) evidence = g_string_new (ac_evidence_get_label (ac_advice_get_evidence (item)));

      if (ac_advice_get_evidence_note (item) != NULL)
        g_string_append_printf (evidence, " (%s)", ac_advice_get_evidence_note (item));
      if (sources[0] != '\0')
        g_string_append_printf (evidence, ": %s", sources);

      g_string_append_printf (out, "\n%s · %s\n", severity, ac_advice_get_title (item));
      ac_cli_append_wrapped (out, "  ", ac_advice_get_body (item));
      ac_cli_append_wrapped (out, "  ", why);
      {
        g_autofree char *line = g_strdup_printf (_("Evidence: %s"), evidence->str);

        ac_cli_append_wrapped (out, "  ", line);
      }
    }

  g_string_append_c (out, '\n');
  ac_cli_append_wrapped (out, "", ac_advice_get_disclaimer ());
  g_print ("%s", out->str);
}

AcCliExit
ac_cli_advice (AcCli  *cli,
               int     argc,
               char  **argv)
{
  AcCliAdviceOptions options = { NULL, FALSE };
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(GListModel) advice = NULL;
  g_autoptr(AcStats) stats = NULL;
  AcCliExit status;
  GDate today;

  status = parse_and_open (cli, &argc, &argv, &options, &today, &journal);
  if (status == AC_CLI_EXIT_OK)
    {
      advice = ac_guidance_compute (journal, &today, &stats);
      if (options.json)
        print_advice_json (advice, stats);
      else
        print_advice_human (advice, &today);
    }

  g_free (options.today_text);
  return status;
}

static void
print_stats_json (AcStats    *stats,
                  AcRecovery *recovery)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_date (builder, "today", &stats->today);
  add_boolean (builder, "hold", stats->hold);
  add_number (builder, "sessions", stats->n_sessions);
  add_number (builder, "planned", stats->n_planned);
  add_number (builder, "sessions_last_30_days", stats->sessions_last_30_days);
  add_number (builder, "sessions_last_90_days", stats->sessions_last_90_days);
  add_number (builder, "median_gap_days", stats->median_gap_days);
  add_number (builder, "typical_minutes", stats->typical_minutes);
  json_builder_set_member_name (builder, "typical_pressure");
  if (stats->typical_pressure >= 0)
    json_builder_add_string_value (builder, ac_pressure_to_string (stats->typical_pressure));
  else
    json_builder_add_null_value (builder);
  add_number (builder, "acute_load", stats->acute_load);
  add_number (builder, "chronic_load", stats->chronic_load);
  add_number (builder, "load_ratio", stats->load_ratio);
  add_number (builder, "baseline", stats->baseline);

  json_builder_set_member_name (builder, "median_days_to_recover");
  json_builder_begin_object (builder);
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      json_builder_set_member_name (builder, ac_pressure_to_string (p));
      json_builder_begin_object (builder);
      add_number (builder, "days", stats->median_days_to_recover[p]);
      add_number (builder, "sessions", stats->n_days_to_recover[p]);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  add_date (builder, "suggested_next", &stats->suggested_next);
  add_date (builder, "next_planned", &stats->next_planned);
  json_builder_set_member_name (builder, "predicted_soreness");
  /* During a hold no prediction is offered. */
  if (g_date_valid (&stats->next_planned) && !stats->hold)
    {
      json_builder_begin_object (builder);
      add_number (builder, "value", stats->predicted_soreness);
      add_number (builder, "sessions", stats->predicted_soreness_sessions);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "recovery_profile");
  json_builder_begin_object (builder);
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      json_builder_set_member_name (builder, ac_pressure_to_string (p));
      json_builder_begin_array (builder);
      for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          guint n;
          double mean = ac_recovery_get_profile_mean (recovery, p, d, &n);

          json_builder_begin_object (builder);
          add_number (builder, "day", d);
          add_number (builder, "mean", mean);
          add_number (builder, "sessions", n);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  ac_cli_print_json (builder);
}

static char *
format_number (double value)
{
  if (value < 0)
    return g_strdup (_("unknown"));
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.2f", value);
}

static char *
format_optional_date (const GDate *date)
{
  return g_date_valid (date) ? ac_date_format_iso (date) : g_strdup (_("none"));
}

/* @text, then spaces up to @width characters: printf's widths count
 * bytes, and translated labels are not all ASCII. */
static char *
pad (const char *text,
     glong       width)
{
  GString *padded = g_string_new (text);

  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (padded, ' ');

  return g_string_free (padded, FALSE);
}

static void
print_row (const char *label,
           const char *value)
{
  g_autofree char *padded = pad (label, 28);

  g_print ("  %s %s\n", padded, value);
}

static void
print_stats_human (AcStats    *stats,
                   AcRecovery *recovery)
{
  g_autofree char *day = ac_date_format_iso (&stats->today);
  g_autofree char *done = g_strdup_printf ("%u", stats->n_sessions);
  g_autofree char *planned = g_strdup_printf ("%u", stats->n_planned);
  g_autofree char *last30 = g_strdup_printf ("%u", stats->sessions_last_30_days);
  g_autofree char *last90 = g_strdup_printf ("%u", stats->sessions_last_90_days);
  g_autofree char *gap = format_number (stats->median_gap_days);
  g_autofree char *minutes = format_number (stats->typical_minutes);
  g_autofree char *acute = g_strdup_printf ("%u", stats->acute_load);
  g_autofree char *chronic = format_number (stats->chronic_load);
  g_autofree char *ratio = format_number (stats->load_ratio);
  g_autofree char *next = format_optional_date (&stats->suggested_next);
  g_autofree char *next_planned = format_optional_date (&stats->next_planned);
  g_autofree char *predicted = NULL;

  g_print (_("Statistics for %s\n"), day);
  print_row (_("Sessions done:"), done);
  print_row (_("Planned from today:"), planned);
  print_row (_("In the last 30 days:"), last30);
  print_row (_("In the last 90 days:"), last90);
  print_row (_("Median gap (days):"), gap);
  print_row (_("Typical length (minutes):"), minutes);
  print_row (_("Typical pressure:"),
             stats->typical_pressure >= 0 ? ac_pressure_get_label (stats->typical_pressure) : _("unknown"));
  print_row (_("Acute load (7 days):"), acute);
  print_row (_("Chronic load (28 days / 4):"), chronic);
  print_row (_("Acute:chronic ratio:"), ratio);

  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      /* Translators: a pressure, as the pressure labels say it: Light,
       * Moderate, Deep */
      g_autofree char *label = g_strdup_printf (_("Days to recover, %s:"), ac_pressure_get_label (p));
      g_autofree char *value = format_number (stats->median_days_to_recover[p]);
      g_autofree char *row = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%s (median of %u session)",
                                                           "%s (median of %u sessions)",
                                                           stats->n_days_to_recover[p]),
                                              value, stats->n_days_to_recover[p]);

      print_row (label, row);
    }

  print_row (_("Suggested next session:"), next);
  print_row (_("Next planned session:"), next_planned);
  print_row (_("Hold off massage:"), stats->hold ? _("yes") : _("no"));
  if (g_date_valid (&stats->next_planned) && !stats->hold)
    {
      g_autofree char *value = stats->predicted_soreness >= 0
                               ? g_strdup_printf ("%d", stats->predicted_soreness)
                               : g_strdup (_("unknown"));

      predicted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s (from %u session)",
                                                "%s (from %u sessions)",
                                                stats->predicted_soreness_sessions),
                                   value, stats->predicted_soreness_sessions);
      print_row (_("Predicted soreness:"), predicted);
    }

  g_print ("%s\n", _("Recovery profile (mean soreness by day after a session):"));
  for (guint p = 0; p < AC_N_PRESSURES; p++)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *label = pad (ac_pressure_get_label (p), 9);

      for (guint d = 0; d < AC_RECOVERY_PROFILE_DAYS; d++)
        {
          double mean = ac_recovery_get_profile_mean (recovery, p, d, NULL);

          if (mean < 0)
            g_string_append (line, "    –");
          else
            g_string_append_printf (line, " %4.1f", mean);
        }
      g_print ("  %s%s\n", label, line->str);
    }
}

AcCliExit
ac_cli_stats (AcCli  *cli,
              int     argc,
              char  **argv)
{
  AcCliAdviceOptions options = { NULL, FALSE };
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcStats) stats = NULL;
  g_autoptr(AcRecovery) recovery = NULL;
  AcCliExit status;
  GDate today;

  status = parse_and_open (cli, &argc, &argv, &options, &today, &journal);
  if (status == AC_CLI_EXIT_OK)
    {
      stats = ac_guidance_compute_stats (journal, &today);
      recovery = ac_recovery_new (journal, &today);
      if (options.json)
        print_stats_json (stats, recovery);
      else
        print_stats_human (stats, recovery);
    }

  g_free (options.today_text);
  return status;
}
