/* ac-recovery-view-text.c — the Recovery page's words for each pressure
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-recovery-view-text"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ac-recovery-view-private.h"

/* What the model says of a pressure, as a person says it: how long until
 * back to normal (the middle of the person's sessions, against the usual
 * 2–3 days), how bad it usually gets at worst, and from how many
 * sessions. The model measures both above the person's everyday soreness
 * (GUIDANCE.md's baseline and excess), so the words do too. */

/* "3", or "2.5" */
static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static gboolean
is_whole (double value)
{
  return fabs (value - round (value)) < 0.05;
}

/* "Usually back to normal 3 days after the session"; a middle between
 * two sessions' days is "1 to 2 days". */
static char *
back_to_normal (double days)
{
  int whole = (int) round (days);

  if (days < 0.5)
    /* Translators: the usual days until back to normal after a session
     * of a pressure, when that is the same day */
    return g_strdup (_("Usually back to normal on the day of the session"));

  if (is_whole (days))
    /* Translators: the usual days until back to normal after a session
     * of a pressure: "Usually back to normal 3 days after the session" */
    return g_strdup_printf (ngettext ("Usually back to normal %d day after the session",
                                      "Usually back to normal %d days after the session", whole),
                            whole);

  /* Translators: the usual days until back to normal, when the middle of
   * the sessions falls between two: "Usually back to normal 1 to 2 days
   * after the session" */
  return g_strdup_printf (ngettext ("Usually back to normal %d to %d day after the session",
                                    "Usually back to normal %d to %d days after the session",
                                    (int) ceil (days)),
                          (int) floor (days), (int) ceil (days));
}

/* "At its worst, usually around 3." or, above a daily soreness of 2,
 * "At its worst, usually around 3 above your everyday 2." */
static char *
at_worst (double peak,
          int    baseline)
{
  g_autofree char *number = format_number (peak);

  if (baseline == 0)
    /* Translators: how sore a pressure usually leaves the person at
     * worst, on the 0–10 scale */
    return g_strdup_printf (_("At its worst, usually around %s."), number);

  /* Translators: how far above their everyday soreness a pressure usually
   * takes the person at worst: "At its worst, usually around 3 above
   * your everyday 2." */
  return g_strdup_printf (_("At its worst, usually around %s above your everyday %d."), number, baseline);
}

/**
 * _ac_recovery_view_describe_pressure:
 * @recovery: the recovery analysis
 * @pressure: a pressure the person has had sessions of
 * @n_sessions: how many done sessions of it there are
 *
 * Returns: (transfer full): what the person's sessions of @pressure
 *   say of their recovery, in plain words
 */
char *
_ac_recovery_view_describe_pressure (AcRecovery *recovery,
                                     AcPressure  pressure,
                                     guint       n_sessions)
{
  guint n_days, n_peaks;
  double days = ac_recovery_get_median_days_to_recover (recovery, pressure, &n_days);
  double peak = ac_recovery_get_median_peak (recovery, pressure, &n_peaks);
  g_autofree char *normal = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (days < 0)
    {
      g_string_append_printf (text,
                              ngettext ("%u session, without enough check-ins after it yet to tell how long "
                                        "your soreness takes to pass.",
                                        "%u sessions, without enough check-ins after them yet to tell how long "
                                        "your soreness takes to pass.", n_sessions),
                              n_sessions);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  normal = back_to_normal (days);
  g_string_append (text, normal);
  g_string_append (text, _(", "));
  if (days < 2)
    g_string_append (text, _("sooner than the usual 2–3 days."));
  else if (days <= 3)
    g_string_append (text, _("within the usual 2–3 days."));
  else
    g_string_append (text, _("longer than the usual 2–3 days."));

  if (peak >= 0)
    {
      g_autofree char *worst = at_worst (peak, ac_recovery_get_baseline (recovery, NULL));

      g_string_append_printf (text, " %s", worst);
    }

  g_string_append (text, " ");
  /* Translators: how many sessions the words above come from */
  g_string_append_printf (text, ngettext ("From %u session.", "From %u sessions.", n_days), n_days);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
