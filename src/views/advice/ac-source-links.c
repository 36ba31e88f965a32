/* ac-source-links.c — the sources under a piece of advice or a tip, each
 * a link to where it can be read
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-source-links.h"
#include "ac-sources.h"

/**
 * ac_source_links_show:
 * @label: the label under "Sources"
 * @sources: (nullable): the sources, as GUIDANCE.md cites them
 *
 * Shows @sources one a line, each that has an address as a link, which
 * GtkLabel opens in the browser; "" when there are none.
 */
void
ac_source_links_show (GtkLabel           *label,
                      const char * const *sources)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      const char *uri = ac_source_get_uri (sources[i]);
      g_autofree char *text = g_markup_escape_text (sources[i], -1);

      if (i > 0)
        g_string_append_c (markup, '\n');
      if (uri != NULL)
        {
          g_autofree char *href = g_markup_escape_text (uri, -1);

          g_string_append_printf (markup, "<a href=\"%s\">%s</a>", href, text);
        }
      else
        g_string_append (markup, text);
    }

  gtk_label_set_markup (label, markup->str);
}
