/* ac-cli-records.c — add-session, check-in, clear, list and remove
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "aftercare-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ac-cli.h"
#include "ac-date.h"
#include "ac-enum-types.h"
#include "ac-price.h"
#include "ac-session-overlap.h"

/* Words given to a repeated option (--area neck --area calves) as flags. */
static gboolean
parse_words (AcCli       *cli,
             const char  *option,
             GType        flags_type,
             char       **words,
             guint       *value)
{
  *value = 0;

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      guint bit = ac_flag_from_string (flags_type, words[i]);

      if (bit == 0)
        {
          g_autofree char *all = ac_flags_to_words (flags_type, ac_flags_get_all (flags_type));

          ac_cli_error (cli, _("%s: “%s” is not one of: %s"), option, words[i], all);
          return FALSE;
        }
      /* As in the file, where a word listed twice is refused. */
      if (*value & bit)
        {
          ac_cli_error (cli, _("%s: “%s” is listed twice"), option, words[i]);
          return FALSE;
        }
      *value |= bit;
    }

  return TRUE;
}

static gboolean
same_wall_clock (GDateTime *a,
                 GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b) &&
         g_date_time_get_hour (a) == g_date_time_get_hour (b) &&
         g_date_time_get_minute (a) == g_date_time_get_minute (b) &&
         g_date_time_get_second (a) == g_date_time_get_second (b);
}

/* DATE, DATETHH:MM[:SS] or either with an offset; without an offset the
 * time is local. GDateTime wants seconds, so HH:MM gets ":00". A local
 * time that does not exist, in the gap when the clocks go forward, is
 * refused with the gap: GLib would move it to the gap's end. */
static GDateTime *
parse_start (AcCli      *cli,
             const char *text)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GString) full = g_string_new (text);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) as_typed = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GTimeZone) before_zone = NULL;
  g_autoptr(GDateTime) gap_start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *t = strchr (text, 'T');
  GDate date;

  if (t == NULL)
    g_string_append (full, "T00:00:00");
  else if (strspn (t + 1, "0123456789:") == 5)
    g_string_insert (full, t - text + 6, ":00");

  if (!(start = g_date_time_new_from_iso8601 (full->str, local)))
    {
      ac_cli_error (cli, _("--start: “%s” is not a date or date-time such as 2026-11-20T18:30"), text);
      return NULL;
    }

  /* Read in UTC, which has no gaps, the time is as typed (or as typed in
   * the offset given). A date alone is the day's first moment, even where
   * the day starts at 01:00. */
  as_typed = g_date_time_new_from_iso8601 (full->str, utc);
  if (t == NULL || as_typed == NULL || same_wall_clock (start, as_typed))
    return g_steal_pointer (&start);

  /* The gap ends where GLib moved the time; it starts there in the offset
   * of just before. */
  before = g_date_time_add_seconds (start, -1);
  before_zone = g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (before) / G_TIME_SPAN_SECOND));
  gap_start = g_date_time_to_timezone (start, before_zone);
  from = g_date_time_format (gap_start, "%H:%M");
  to = g_date_time_format (start, "%H:%M");
  ac_date_set_date_time (&date, start);
  day = ac_date_format_iso (&date);
  /* Translators: what was typed, a time zone ("Europe/Berlin"), the day,
   * the times the clocks go forward from and to */
  ac_cli_error (cli, _("--start: “%s” does not exist in the local time zone (%s): on %s the clocks go "
                       "forward from %s to %s; give a time outside that gap, or an offset"),
                text, g_time_zone_get_identifier (local), day, from, to);
  return NULL;
}

/* The model names the field ("minutes", with the rule "0 is out of range
 * 1–600"); on the command line the user typed an option, so name that. */
static void
report_invalid (AcCli        *cli,
                const GError *error)
{
  static const char * const options[] = {
    "minutes", "soreness", "notes", "therapist", "start", "date", "felt", "price", "stress", "sleep",
    "note", NULL
  };
  const char *field = ac_journal_error_get_field (error);
  const char *rule = ac_journal_error_get_rule (error);

  if (field != NULL && rule != NULL && g_strv_contains (options, field))
    ac_cli_error (cli, "--%s: %s", field, rule);
  else
    ac_cli_error (cli, "%s", error->message);
}

/* A change refused because the journal is read-only names the file. */
static AcCliExit
report_refused (AcCli        *cli,
                AcJournal    *journal,
                const GError *error)
{
  if (g_error_matches (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_READ_ONLY))
    {
      ac_cli_error (cli, _("%s: %s; nothing was changed"),
                    g_file_peek_path (ac_journal_get_file (journal)), error->message);
      return AC_CLI_EXIT_BAD_JOURNAL;
    }

  if (g_error_matches (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS))
    ac_cli_error (cli, _("%s; nothing was changed"), error->message);
  else
    report_invalid (cli, error);
  return AC_CLI_EXIT_USAGE;
}

/* An optional 0–10 option; G_MININT when not given. The model takes -1
 * for "not told", which on the command line is leaving the option out. */
static gboolean
check_scale (AcCli      *cli,
             const char *option,
             int        *value)
{
  if (*value == G_MININT)
    {
      *value = AC_SCALE_UNSET;
      return TRUE;
    }
  if (*value < 0 || *value > 10)
    {
      ac_cli_error (cli, _("%s: %d is out of range 0–10"), option, *value);
      return FALSE;
    }

  return TRUE;
}

/* Makes the change (an add or a remove, given @record or an id) and saves
 * it; made again if another writer saved first (ac_cli_save_change()). */
static AcCliExit
change_and_save (AcCli               *cli,
                 AcJournal           *journal,
                 AcJournalChangeFunc  change,
                 gpointer             record)
{
  g_autoptr(GError) error = NULL;

  if (!change (journal, record, &error))
    return report_refused (cli, journal, error);

  return ac_cli_save_change (cli, journal, change, record);
}

AcCliExit
ac_cli_add_session (AcCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *start_text = NULL;
  g_autofree char *pressure_text = NULL;
  g_autofree char *purpose_text = NULL;
  g_autofree char *therapist = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *price = NULL;
  g_auto(GStrv) areas_text = NULL;
  int minutes = G_MININT, felt = G_MININT;
  gboolean planned = FALSE;
  const GOptionEntry entries[] = {
    { "start", 's', 0, G_OPTION_ARG_STRING, &start_text,
      N_("When it starts: a date, or a date and time such as 2026-11-20T18:30 (local time unless an offset is given)"), N_("DATE[THH:MM]") },
    { "minutes", 'm', 0, G_OPTION_ARG_INT, &minutes, N_("How long it lasts, 1–600"), N_("N") },
    { "pressure", 'p', 0, G_OPTION_ARG_STRING, &pressure_text, N_("light, moderate or deep"), N_("PRESSURE") },
    { "purpose", 0, 0, G_OPTION_ARG_STRING, &purpose_text,
      N_("relaxation, social, sport, injury or other (default: other)"), N_("PURPOSE") },
    { "therapist", 't', 0, G_OPTION_ARG_STRING, &therapist, N_("The therapist's name"), N_("NAME") },
    { "area", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &areas_text,
      N_("A body area worked on; repeat for more"), N_("AREA") },
    { "planned", 0, 0, G_OPTION_ARG_NONE, &planned,
      N_("A booking that has not happened yet (implied for a start in the future)"), NULL },
    { "felt", 0, 0, G_OPTION_ARG_INT, &felt, N_("How good it felt right after, 0–10"), N_("0-10") },
    { "price", 0, 0, G_OPTION_ARG_STRING, &price,
      N_("What it cost: an amount and a currency code, such as “60.00 EUR”"), N_("AMOUNT") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcSession) overlapped = NULL;
  g_autoptr(AcSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) now = ac_clock_get_now (cli->clock);
  AcPressure pressure;
  AcPurpose purpose = AC_PURPOSE_OTHER;
  guint areas;
  AcCliExit status;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK)
    return status;

  if (start_text == NULL || minutes == G_MININT || pressure_text == NULL)
    {
      ac_cli_error (cli, _("%s is required (--start, --minutes and --pressure always are)"),
                    start_text == NULL ? "--start" : minutes == G_MININT ? "--minutes" : "--pressure");
      return AC_CLI_EXIT_USAGE;
    }
  if (!(start = parse_start (cli, start_text)))
    return AC_CLI_EXIT_USAGE;
  if (!ac_pressure_from_string (pressure_text, &pressure))
    {
      ac_cli_error (cli, _("--pressure: “%s” is not one of: light, moderate, deep"), pressure_text);
      return AC_CLI_EXIT_USAGE;
    }
  if (purpose_text != NULL && !ac_purpose_from_string (purpose_text, &purpose))
    {
      ac_cli_error (cli, _("--purpose: “%s” is not one of: relaxation, social, sport, injury, other"),
                    purpose_text);
      return AC_CLI_EXIT_USAGE;
    }
  if (!parse_words (cli, "--area", AC_TYPE_AREA, areas_text, &areas) ||
      !check_scale (cli, "--felt", &felt))
    return AC_CLI_EXIT_USAGE;
  /* Checked here: the model takes "" as no price. */
  if (price != NULL && !ac_price_is_valid (price))
    {
      ac_cli_error (cli, _("--price: “%s” is not an amount with a currency code, like “60.00 EUR”"), price);
      return AC_CLI_EXIT_USAGE;
    }

  session = ac_session_new (start, minutes, pressure);
  ac_session_set_felt (session, felt);
  ac_session_set_price (session, price);
  ac_session_set_purpose (session, purpose);
  ac_session_set_therapist (session, therapist);
  ac_session_set_areas (session, areas);
  ac_session_set_planned (session, planned || g_date_time_compare (start, now) > 0);
  ac_session_set_notes (session, notes);

  /* The model checks the rest (range, length) before the file is read, so
   * a bad value is reported as such even when the journal is broken. */
  {
    g_autoptr(GError) error = NULL;

    if (!ac_session_validate (session, NULL, &error))
      {
        report_invalid (cli, error);
        return AC_CLI_EXIT_USAGE;
      }
  }

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  overlapped = ac_journal_find_overlapping_session (journal, session);
  if (overlapped != NULL)
    overlapped = g_object_ref (overlapped);

  status = change_and_save (cli, journal, (AcJournalChangeFunc) ac_journal_add_session, session);
  if (status == AC_CLI_EXIT_OK)
    {
      if (overlapped != NULL)
        {
          g_autofree char *from = g_date_time_format (ac_session_get_start (overlapped), "%Y-%m-%d %H:%M");

          /* Allowed, but most often a slip: said, on standard error. */
          g_printerr (_("Note: it overlaps the session of %s (%d min), %s\n"),
                      from, ac_session_get_minutes (overlapped), ac_session_get_id (overlapped));
        }
      g_print (ac_session_get_planned (session) ? _("Added planned session %s\n")
                                                : _("Added past session %s\n"),
               ac_session_get_id (session));
    }

  return status;
}

typedef struct
{
  AcCheckin            *checkin;
  AcJournalChangeFlags  flags;
} CheckinChange;

/* An AcJournalChangeFunc. A refusal to drop symptoms is said in the
 * command line's words: the symptoms as --symptom takes them, and the
 * option that allows it. */
static gboolean
put_checkin (AcJournal  *journal,
             gpointer    user_data,
             GError    **error)
{
  CheckinChange *change = user_data;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *words = NULL;
  g_autofree char *day = NULL;

  if (ac_journal_add_checkin_full (journal, change->checkin, change->flags, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  words = ac_flags_to_words (AC_TYPE_SYMPTOM, ac_journal_get_dropped_symptoms (journal, change->checkin));
  day = ac_date_format_iso (ac_checkin_get_date (change->checkin));
  g_set_error (error, AC_JOURNAL_ERROR, AC_JOURNAL_ERROR_DROPS_SYMPTOMS,
               _("the check-in of %s lists %s, which this one would remove; give them again with "
                 "--symptom to keep them, or pass --drop-symptoms to remove them"),
               day, words);
  return FALSE;
}

AcCliExit
ac_cli_check_in (AcCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) areas_text = NULL;
  g_auto(GStrv) symptoms_text = NULL;
  int soreness = G_MININT, stress = G_MININT, sleep = G_MININT;
  gboolean drop_symptoms = FALSE;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("The day, such as 2026-11-21 (default: today)"), N_("DATE") },
    { "soreness", 's', 0, G_OPTION_ARG_INT, &soreness, N_("0 none, 1–3 mild, 4–6 moderate, 7–10 severe"), N_("0-10") },
    { "area", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &areas_text, N_("A sore body area; repeat for more"), N_("AREA") },
    { "symptom", 0, 0, G_OPTION_ARG_STRING_ARRAY, &symptoms_text,
      N_("A warning symptom (leg-swelling, chest-pain-breathless, dark-urine, severe-weakness, "
         "numbness-tingling, saddle-numbness, head-neck-neuro, bruising); repeat for more"), N_("SYMPTOM") },
    { "stress", 0, 0, G_OPTION_ARG_INT, &stress, N_("How stressed you are, 0 calm to 10 very stressed"), N_("0-10") },
    { "sleep", 0, 0, G_OPTION_ARG_INT, &sleep, N_("How you slept last night, 0 very poor to 10 very good"), N_("0-10") },
    { "drop-symptoms", 0, 0, G_OPTION_ARG_NONE, &drop_symptoms,
      N_("Replace the day's check-in even if it lists symptoms this one does not"), NULL },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  CheckinChange change;
  AcCheckin *replaced;
  guint areas, symptoms;
  AcCliExit status;
  GDate date, today;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK)
    return status;

  if (soreness == G_MININT)
    {
      ac_cli_error (cli, _("--soreness is required"));
      return AC_CLI_EXIT_USAGE;
    }
  if (!ac_cli_parse_date (cli, "--date", date_text, &date))
    return AC_CLI_EXIT_USAGE;
  if (!parse_words (cli, "--area", AC_TYPE_AREA, areas_text, &areas) ||
      !parse_words (cli, "--symptom", AC_TYPE_SYMPTOM, symptoms_text, &symptoms) ||
      !check_scale (cli, "--stress", &stress) ||
      !check_scale (cli, "--sleep", &sleep))
    return AC_CLI_EXIT_USAGE;

  checkin = ac_checkin_new (&date, soreness);
  ac_checkin_set_areas (checkin, areas);
  ac_checkin_set_symptoms (checkin, symptoms);
  ac_checkin_set_stress (checkin, stress);
  ac_checkin_set_sleep (checkin, sleep);
  ac_checkin_set_notes (checkin, notes);

  ac_cli_parse_today (cli, NULL, &today);
  if (!ac_checkin_validate (checkin, NULL, &error) ||
      !ac_checkin_validate_day (checkin, &today, &error))
    {
      report_invalid (cli, error);
      return AC_CLI_EXIT_USAGE;
    }

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  replaced = ac_journal_lookup_checkin_for_date (journal, &date);
  day = ac_date_format_iso (&date);

  change.checkin = checkin;
  change.flags = drop_symptoms ? AC_JOURNAL_CHANGE_DROP_SYMPTOMS : AC_JOURNAL_CHANGE_DEFAULT;
  status = change_and_save (cli, journal, put_checkin, &change);
  if (status == AC_CLI_EXIT_OK)
    {
      if (replaced != NULL)
        g_printerr (_("Replaced the check-in of %s (there is one per day)\n"), day);
      g_print (_("Checked in for %s: %s\n"), day, ac_checkin_get_id (checkin));
    }

  return status;
}

/* clear WHAT: a symptom or a hold rule has been checked. */
AcCliExit
ac_cli_clear (AcCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *date_text = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      N_("The day it was checked, such as 2026-11-21 (default: today); it covers check-ins up to that day"),
      N_("DATE") },
    { "note", 'n', 0, G_OPTION_ARG_STRING, &note, N_("What the check found, such as who looked at it"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  g_autoptr(AcClearance) clearance = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  AcCliExit status;
  GDate date;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 1)) != AC_CLI_EXIT_OK)
    return status;

  if (!ac_clearance_is_valid_what (argv[1]))
    {
      g_autofree char *whats = ac_clearance_dup_valid_whats ();

      ac_cli_error (cli, _("“%s” is not a symptom or a hold rule; WHAT is one of: %s"), argv[1], whats);
      return AC_CLI_EXIT_USAGE;
    }
  if (!ac_cli_parse_date (cli, "--date", date_text, &date))
    return AC_CLI_EXIT_USAGE;

  clearance = ac_clearance_new (&date, argv[1]);
  ac_clearance_set_note (clearance, note);
  if (!ac_clearance_validate (clearance, NULL, &error))
    {
      report_invalid (cli, error);
      return AC_CLI_EXIT_USAGE;
    }

  if ((status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  status = change_and_save (cli, journal, (AcJournalChangeFunc) ac_journal_add_clearance, clearance);
  if (status == AC_CLI_EXIT_OK)
    {
      day = ac_date_format_iso (&date);
      /* Translators: a symptom or rule id, a date, the clearance's id */
      g_print (_("Cleared %s as checked on %s: %s\n"), argv[1], day, ac_clearance_get_id (clearance));
    }

  return status;
}

static void
print_words (GString *line,
             GType    flags_type,
             guint    value)
{
  g_autofree char *words = ac_flags_to_words (flags_type, value);

  if (words[0] != '\0')
    g_string_append_printf (line, "  [%s]", words);
}

/* felt, stress, sleep: shown only when told. */
static void
print_scale (GString    *line,
             const char *name,
             int         value)
{
  if (value != AC_SCALE_UNSET)
    g_string_append_printf (line, "  %s %d", name, value);
}

static void
print_clearances (GListModel *clearances)
{
  guint n = g_list_model_get_n_items (clearances);

  /* A journal without any lists as it did before clearances existed. */
  if (n == 0)
    return;

  g_print (ngettext ("%u clearance\n", "%u clearances\n", n), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AcClearance) c = g_list_model_get_item (clearances, i);
      g_autofree char *day = ac_date_format_iso (ac_clearance_get_date (c));
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s  %s  %s", ac_clearance_get_id (c), day, ac_clearance_get_what (c));
      if (*ac_clearance_get_note (c) != '\0')
        g_string_append_printf (line, "  %s", ac_clearance_get_note (c));
      g_print ("%s\n", line->str);
    }
}

/* The health profile, before the records; a journal without one lists
 * as it did before the profile had more than conditions. */
static void
print_profile (AcProfile *profile)
{
  AcCondition conditions = ac_profile_get_conditions (profile);
  AcArea avoid = ac_profile_get_avoid_areas (profile);
  const char *notes = ac_profile_get_therapist_notes (profile);

  if (ac_profile_is_empty (profile))
    return;

  g_print ("%s\n", _("Health profile"));
  if (conditions != AC_CONDITION_NONE)
    {
      g_autofree char *words = ac_flags_to_words (AC_TYPE_CONDITION, conditions);

      g_print ("  %s: %s\n", _("conditions"), words);
    }
  if (avoid != AC_AREA_NONE)
    {
      g_autofree char *words = ac_flags_to_words (AC_TYPE_AREA, avoid);

      g_print ("  %s: %s\n", _("areas to avoid"), words);
    }
  if (notes[0] != '\0')
    {
      /* Lines of the notes after the first, indented under it. */
      g_auto(GStrv) lines = g_strsplit (notes, "\n", -1);
      g_autofree char *indented = g_strjoinv ("\n    ", lines);

      g_print ("  %s: %s\n", _("notes for a therapist"), indented);
    }
}

static void
print_human (AcJournal *journal)
{
  GListModel *sessions = ac_journal_get_sessions (journal);
  GListModel *checkins = ac_journal_get_checkins (journal);
  GListModel *clearances = ac_journal_get_clearances (journal);
  guint n_sessions = g_list_model_get_n_items (sessions);
  guint n_checkins = g_list_model_get_n_items (checkins);

  print_profile (ac_journal_get_profile (journal));
  if (n_sessions == 0 && n_checkins == 0 && g_list_model_get_n_items (clearances) == 0)
    {
      g_print ("%s\n", _("No sessions or check-ins yet."));
      return;
    }

  g_print (ngettext ("%u session\n", "%u sessions\n", n_sessions), n_sessions);
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(AcSession) s = g_list_model_get_item (sessions, i);
      g_autofree char *when = g_date_time_format (ac_session_get_start (s), "%Y-%m-%d %H:%M %:z");
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s  %s  %3d min  %-8s %-10s",
                              ac_session_get_id (s), when, ac_session_get_minutes (s),
                              ac_pressure_to_string (ac_session_get_pressure (s)),
                              ac_purpose_to_string (ac_session_get_purpose (s)));
      if (ac_session_get_planned (s))
        g_string_append_printf (line, "  (%s)", C_("session", "planned"));
      if (*ac_session_get_therapist (s) != '\0')
        g_string_append_printf (line, "  %s", ac_session_get_therapist (s));
      print_words (line, AC_TYPE_AREA, ac_session_get_areas (s));
      print_scale (line, _("felt"), ac_session_get_felt (s));
      if (ac_session_get_price (s) != NULL)
        g_string_append_printf (line, "  %s", ac_session_get_price (s));
      g_print ("%s\n", line->str);
    }

  g_print (ngettext ("%u check-in\n", "%u check-ins\n", n_checkins), n_checkins);
  for (guint i = 0; i < n_checkins; i++)
    {
      g_autoptr(AcCheckin) c = g_list_model_get_item (checkins, i);
      g_autofree char *day = ac_date_format_iso (ac_checkin_get_date (c));
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s  %s  soreness %2d", ac_checkin_get_id (c), day,
                              ac_checkin_get_soreness (c));
      print_words (line, AC_TYPE_AREA, ac_checkin_get_areas (c));
      if (ac_checkin_get_symptoms (c) != 0)
        {
          g_autofree char *symptoms = ac_flags_to_words (AC_TYPE_SYMPTOM, ac_checkin_get_symptoms (c));

          g_string_append_printf (line, "  %s: %s", _("symptoms"), symptoms);
        }
      print_scale (line, _("stress"), ac_checkin_get_stress (c));
      print_scale (line, _("sleep"), ac_checkin_get_sleep (c));
      g_print ("%s\n", line->str);
    }

  print_clearances (clearances);
}

AcCliExit
ac_cli_list (AcCli  *cli,
             int     argc,
             char  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the journal as JSON, in the file's format"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, entries);
  g_autoptr(AcJournal) journal = NULL;
  AcCliExit status;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 0)) != AC_CLI_EXIT_OK ||
      (status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  /* A newer journal is shown as far as this version knows it, and said so;
   * as JSON, its own text, which this version would not write the same. */
  if (ac_journal_get_read_only (journal))
    g_printerr (_("%s: written by a newer version of Aftercare (format %u); shown read-only\n"),
                g_file_peek_path (ac_journal_get_file (journal)), ac_journal_get_file_version (journal));

  if (json && ac_journal_get_read_only (journal))
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_file_load_contents (ac_journal_get_file (journal), NULL, &text, NULL, NULL, &error))
        {
          ac_cli_error (cli, "%s", error->message);
          return AC_CLI_EXIT_BAD_JOURNAL;
        }
      g_print ("%s", text);
    }
  else if (json)
    {
      g_autofree char *data = ac_journal_to_data (journal, NULL);

      g_print ("%s\n", data);
    }
  else
    print_human (journal);

  return AC_CLI_EXIT_OK;
}

AcCliExit
ac_cli_remove (AcCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = ac_cli_option_context_new (cli, NULL);
  g_autoptr(AcJournal) journal = NULL;
  AcCliExit status;

  if ((status = ac_cli_parse (cli, context, &argc, &argv, 1)) != AC_CLI_EXIT_OK ||
      (status = ac_cli_open_journal (cli, &journal)) != AC_CLI_EXIT_OK)
    return status;

  status = change_and_save (cli, journal, (AcJournalChangeFunc) ac_journal_remove, argv[1]);
  if (status == AC_CLI_EXIT_OK)
    g_print (_("Removed %s\n"), argv[1]);

  return status;
}
