/* ac-price.c — what a session cost, as the journal writes it
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-price"

#include "config.h"

#include <string.h>

#include "ac-price.h"

/* A price is an amount and an ISO 4217 code, "60.00 EUR": 1–9 digits, an
 * optional decimal point with 1–3 digits (no currency has more minor
 * digits), one space, three capital letters. The code is not looked up in
 * a list, so a new currency needs no new Aftercare. The amount is kept as
 * written, never as a double: sums of prices stay exact. */

#define MAX_WHOLE_DIGITS 9

static gsize
count_digits (const char *p)
{
  gsize n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/**
 * ac_price_parse:
 * @text: (nullable): a price, such as "60.00 EUR"
 * @minor_units: (out) (optional): the amount in units of its last digit:
 *   6000 for "60.00", 60 for "60"
 * @decimals: (out) (optional): how many digits follow the point, 0–3
 * @currency: (out caller-allocates) (optional): the code and a nul
 *
 * To add prices exactly, bring them to the same @decimals first.
 *
 * Returns: whether @text is a price; the outputs are set only if it is
 */
gboolean
ac_price_parse (const char *text,
                gint64     *minor_units,
                int        *decimals,
                char        currency[4])
{
  const char *p = text;
  gsize whole, fraction = 0;
  gint64 units = 0;

  if (text == NULL)
    return FALSE;

  whole = count_digits (p);
  if (whole < 1 || whole > MAX_WHOLE_DIGITS)
    return FALSE;
  p += whole;
  if (*p == '.')
    {
      fraction = count_digits (p + 1);
      if (fraction < 1 || fraction > AC_PRICE_MAX_DECIMALS)
        return FALSE;
      p += 1 + fraction;
    }
  if (p[0] != ' ' ||
      !g_ascii_isupper (p[1]) || !g_ascii_isupper (p[2]) || !g_ascii_isupper (p[3]) ||
      p[4] != '\0')
    return FALSE;

  for (const char *d = text; d < p; d++)
    if (*d != '.')
      units = units * 10 + (*d - '0');

  if (minor_units != NULL)
    *minor_units = units;
  if (decimals != NULL)
    *decimals = (int) fraction;
  if (currency != NULL)
    {
      memcpy (currency, p + 1, 3);
      currency[3] = '\0';
    }
  return TRUE;
}

gboolean
ac_price_is_valid (const char *text)
{
  return ac_price_parse (text, NULL, NULL, NULL);
}
