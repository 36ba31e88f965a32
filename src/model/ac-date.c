/* ac-date.c — calendar dates as the journal writes them
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-date"

#include "config.h"

#include "ac-date.h"

/**
 * ac_date_parse_iso:
 * @text: (nullable): such as "2026-11-21"
 * @date: (out): the date
 *
 * Reads a calendar date in the one ISO 8601 form people write,
 * YYYY-MM-DD, and nothing else: four digits of year, two of month, two of
 * day ("2026-1-05" is refused), no space or other text before or after,
 * and a day that exists (2026-02-29 is refused, 2028-02-29 is not). The
 * week and ordinal forms ("2026-W47-6") are refused. Any year from 0001
 * on is read, so that the journal's rule (years 1000–9999,
 * `_ac_validate_year()`) can say what is wrong with "0999-12-31".
 * A text that is refused leaves @date as it was.
 *
 * Returns: %TRUE if @text is such a date
 */
gboolean
ac_date_parse_iso (const char *text,
                   GDate      *date)
{
  guint y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (text[i] == '\0' || ((i == 4 || i == 7) ? text[i] != '-' : !g_ascii_isdigit (text[i])))
      return FALSE;
  if (text[10] != '\0')
    return FALSE;

  y = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
      g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  m = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  d = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);
  if (y == 0 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * ac_date_format_iso:
 *
 * Returns: (transfer full): @date as YYYY-MM-DD
 */
char *
ac_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * ac_date_set_date_time:
 * @date: (out caller-allocates): the day
 * @time: a date-time
 *
 * Sets @date to the day of @time in its own time zone.
 */
void
ac_date_set_date_time (GDate     *date,
                       GDateTime *time)
{
  int y, m, d;

  g_return_if_fail (date != NULL);
  g_return_if_fail (time != NULL);

  g_date_time_get_ymd (time, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}
