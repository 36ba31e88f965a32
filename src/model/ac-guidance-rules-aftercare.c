/* ac-guidance-rules-aftercare.c — the days after a session, and what is
 * new about the next one
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-guidance-rules-aftercare"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ac-guidance-private.h"

static const AcRule hydrate = {
  "aftercare-hydrate", AC_SEVERITY_TIP, AC_EVIDENCE_GUIDELINE, 20,
  N_("Drink to thirst"),
  N_("Drink to thirst today and tomorrow. There's no need for extra water "
     "to 'flush toxins' — that idea isn't supported."),
  NULL,
  { "NHS: water", "Cleveland Clinic 2024" },
};

static const AcRule rest = {
  "aftercare-rest", AC_SEVERITY_TIP, AC_EVIDENCE_PRACTITIONER, 21,
  N_("Take it easy today"),
  N_("Give yourself an easy day: gentle movement such as a walk is fine, "
     "and hard training can wait until tomorrow."),
  NULL,
  { "Cleveland Clinic 2024" },
};

static const AcRule expect_soreness = {
  "expect-soreness", AC_SEVERITY_INFO, AC_EVIDENCE_PRACTITIONER, 22,
  N_("Some soreness is expected"),
  N_("Deeper work, a first session or a session after a long break can "
     "leave you sore for a day or two. Soreness that eases a little each "
     "day is normal."),
  NULL,
  { "Cambron et al. 2007", "Nosaka et al. 2005", "Cleveland Clinic 2024" },
};

static const AcRule first_session = {
  "first-session", AC_SEVERITY_INFO, AC_EVIDENCE_PRACTITIONER, 23,
  N_("Your first session"),
  NULL,
  NULL,
  { "Cambron et al. 2007", "Nosaka et al. 2005" },
};

static const AcRule long_gap = {
  "long-gap", AC_SEVERITY_INFO, AC_EVIDENCE_STUDY, 24,
  N_("A long break"),
  N_("It's been a while since your last session, so your body may react as "
     "it did the first time. You might ask for moderate pressure."),
  N_("Exercise research, by analogy"),
  { "Nosaka et al. 2005" },
};

/* long-gap's body when it is about the latest session, and when
 * expect-soreness has already spoken about soreness. */
static const char *long_gap_latest_body =
  N_("Your last session came after a long break, so your body may react as "
     "it did the first time. You might ask for moderate pressure next time, "
     "and build up again gently.");
static const char *long_gap_quiet_body =
  N_("After a long break, build up again gently: you might ask for moderate "
     "pressure next time.");

static const AcRule new_therapist = {
  "new-therapist", AC_SEVERITY_TIP, AC_EVIDENCE_PRACTITIONER, 35,
  N_("A new therapist"),
  N_("Tell a new therapist about your health and how you reacted to earlier "
     "sessions, and ask about their training: a trained therapist lowers "
     "the risk."),
  NULL,
  { "Mayo Clinic", "NCCIH" },
};

/* aftercare-hydrate: today is d 0–1 of the latest session.
 * aftercare-rest: d 0, or d 1 after a deep session. */
static void
rule_hydrate_and_rest (AcGuidanceContext     *ctx,
                       const AcRecoveryEntry *latest)
{
  int d = (int) (ctx->today_day - latest->day);
  gboolean deep = ac_session_get_pressure (latest->session) == AC_PRESSURE_DEEP;

  if (d <= 1)
    _ac_guidance_add (ctx, &hydrate, NULL,
                      _ac_guidance_describe_when (ctx, latest),
                      latest->session, NULL);

  if (d == 0 || (d == 1 && deep))
    _ac_guidance_add (ctx, &rest, NULL,
                      _ac_guidance_describe_when (ctx, latest),
                      latest->session, NULL);
}

/* expect-soreness: today is d 0–2 after the latest session, and it was
 * deep, the first in the journal, or ≥ 56 days after the one before. The
 * reason names each of these that holds.
 *
 * When it fires, it is the one item that speaks about soreness:
 * first-session and long-gap then keep to their own point. Returns
 * whether it fired. */
static gboolean
rule_expect_soreness (AcGuidanceContext     *ctx,
                      const AcRecoveryEntry *latest)
{
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  guint index = ctx->n_done - 1;
  int d = (int) (ctx->today_day - latest->day);
  gboolean deep = ac_session_get_pressure (latest->session) == AC_PRESSURE_DEEP;
  gboolean first = index == 0;
  int gap = first ? -1 : (int) (latest->day - ctx->done[index - 1].day);

  if (d > 2 || !(deep || first || gap >= AC_LONG_GAP_DAYS))
    return FALSE;

  g_ptr_array_add (reason, _ac_guidance_describe_when (ctx, latest));
  if (first)
    g_ptr_array_add (reason, g_strdup (_("It was the first session in your journal.")));
  else if (gap >= AC_LONG_GAP_DAYS)
    g_ptr_array_add (reason,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "It came %d day after the session before.",
                                                   "It came %d days after the session before.",
                                                   gap),
                                      gap));

  _ac_guidance_add (ctx, &expect_soreness, NULL, _ac_guidance_join (reason),
                    latest->session, NULL);
  return TRUE;
}

/* Whether no session of the journal, planned or not, of any date, starts
 * before @session. The journal keeps its sessions by start. */
static gboolean
is_first_in_journal (AcGuidanceContext *ctx,
                     AcSession         *session)
{
  g_autoptr(AcSession) first = g_list_model_get_item (ac_journal_get_sessions (ctx->journal), 0);

  return g_date_time_compare (ac_session_get_start (first), ac_session_get_start (session)) >= 0;
}

/* first-session: the latest or the next planned session is the first in
 * the journal: every session of the journal that starts before it counts,
 * planned or not, whatever its date (a booking never marked done, a
 * session logged ahead of time). The latest speaks only in the week after
 * it (d 0–6), like the soreness rules: a first session of two years ago,
 * with nothing since, is no news to its reader. When expect-soreness
 * spoke (@soreness_told), the body leaves soreness to it. */
static void
rule_first_session (AcGuidanceContext       *ctx,
                    const AcRecoveryEntry   *latest,
                    const AcGuidanceSession *planned,
                    gboolean                 soreness_told)
{
  g_autofree char *date = NULL;
  AcSession *session;
  const char *pressure;

  if (latest != NULL && ctx->today_day - latest->day < AC_RECENT_DAYS &&
      is_first_in_journal (ctx, latest->session))
    {
      session = latest->session;
      date = _ac_guidance_format_day (ctx, latest->day);
    }
  else if (planned != NULL && is_first_in_journal (ctx, planned->session))
    {
      session = planned->session;
      date = _ac_guidance_format_day (ctx, planned->day);
    }
  else
    return;

  pressure = _ac_pressure_word (ac_session_get_pressure (session));
  if (ac_session_get_planned (session))
    _ac_guidance_add (ctx, &first_session,
                      g_strdup (_("First sessions often leave more soreness than "
                                  "later ones. Tell your therapist about your health "
                                  "and how firm you'd like it, and ask them to start "
                                  "gently.")),
                      /* Translators: the pressure (light, moderate, deep), a date */
                      g_strdup_printf (_("Your %s session planned for %s is the first "
                                         "in your journal."), pressure, date),
                      session, NULL);
  else
    _ac_guidance_add (ctx, &first_session,
                      soreness_told
                      ? g_strdup (_("Check in each day for the next few days, so you "
                                    "can see how you recover and your next session "
                                    "can build on it."))
                      : g_strdup (_("First sessions often leave more soreness than "
                                    "later ones; it usually eases within a few days. "
                                    "Check in each day so you can see how you "
                                    "recover.")),
                      /* Translators: the pressure (light, moderate, deep), a date */
                      g_strdup_printf (_("Your %s session of %s is the first in your "
                                         "journal."), pressure, date),
                      session, NULL);
}

/* long-gap: the next planned session comes ≥ 56 days after the latest, or
 * the latest came ≥ 56 days after the one before. One item; the reason
 * names each gap that qualifies, the coming one first. The body speaks of
 * the coming session when it qualifies, else of the latest; when
 * expect-soreness spoke (@soreness_told), it leaves soreness out. */
static void
rule_long_gap (AcGuidanceContext       *ctx,
               const AcRecoveryEntry   *latest,
               const AcGuidanceSession *planned,
               gboolean                 soreness_told)
{
  const char *body = NULL;
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  const AcRecoveryEntry *before = ctx->n_done >= 2 ? &ctx->done[ctx->n_done - 2] : NULL;

  if (latest == NULL)
    return;

  if (planned != NULL && planned->day - latest->day >= AC_LONG_GAP_DAYS)
    {
      g_autofree char *date = _ac_guidance_format_day (ctx, planned->day);
      g_autofree char *last = _ac_guidance_format_day (ctx, latest->day);
      int gap = (int) (planned->day - latest->day);

      g_ptr_array_add (reason,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Your session planned for %s comes %d day after your last one, on %s.",
                                                     "Your session planned for %s comes %d days after your last one, on %s.",
                                                     gap),
                                        date, gap, last));
      g_ptr_array_add (records, latest->session);
      g_ptr_array_add (records, planned->session);
      body = _(long_gap.body);
    }

  if (before != NULL && latest->day - before->day >= AC_LONG_GAP_DAYS)
    {
      g_autofree char *date = _ac_guidance_format_day (ctx, latest->day);
      g_autofree char *last = _ac_guidance_format_day (ctx, before->day);
      int gap = (int) (latest->day - before->day);

      g_ptr_array_add (reason,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Your session of %s came %d day after the one before, on %s.",
                                                     "Your session of %s came %d days after the one before, on %s.",
                                                     gap),
                                        date, gap, last));
      g_ptr_array_insert (records, 0, before->session);
      if (records->len == 1)
        g_ptr_array_add (records, latest->session);
      if (body == NULL)
        body = _(long_gap_latest_body);
    }

  if (reason->len == 0)
    return;
  if (soreness_told)
    body = _(long_gap_quiet_body);
  _ac_guidance_add_records (ctx, &long_gap, g_strdup (body), _ac_guidance_join (reason), records);
}

static char *
therapist_key (const char *therapist)
{
  g_autofree char *name = g_strstrip (g_strdup (therapist));
  g_autofree char *normal = NULL;

  if (name[0] == '\0')
    return NULL;

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT);
  return g_utf8_casefold (normal != NULL ? normal : name, -1);
}

/* The therapists of the done sessions before the latest, as keys. Names
 * are normalized once per distinct spelling, not once per session. */
static GHashTable *
seen_therapists (AcGuidanceContext *ctx)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer name;

  for (guint i = 0; i + 1 < ctx->n_done; i++)
    g_hash_table_add (names, (gpointer) ac_session_get_therapist (ctx->done[i].session));

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      char *key = therapist_key (name);

      if (key != NULL)
        g_hash_table_add (seen, key);
    }

  return seen;
}

/* new-therapist: the latest or the next planned session is with a named
 * therapist not seen in any session before it, and the journal has done
 * sessions before it: the latest needs another done session before it,
 * the next planned one the latest. Before a first-ever session there is
 * nobody new to compare with, and first-session speaks. A therapist is
 * seen in a done session; the one of the latest is seen before the next
 * planned. Names compare without case and surrounding spaces. */
static void
rule_new_therapist (AcGuidanceContext       *ctx,
                    const AcRecoveryEntry   *latest,
                    const AcGuidanceSession *planned)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) reason = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *latest_key = latest ? therapist_key (ac_session_get_therapist (latest->session)) : NULL;
  g_autofree char *planned_key = planned ? therapist_key (ac_session_get_therapist (planned->session)) : NULL;

  if (latest == NULL || (latest_key == NULL && planned_key == NULL))
    return;

  seen = seen_therapists (ctx);

  if (latest_key != NULL && ctx->n_done >= 2 && !g_hash_table_contains (seen, latest_key))
    {
      g_autofree char *date = _ac_guidance_format_day (ctx, latest->day);

      /* Translators: a date, then the therapist's name */
      g_ptr_array_add (reason, g_strdup_printf (_("Your session of %s was with %s, whom you "
                                                  "hadn't seen before."),
                                                date, ac_session_get_therapist (latest->session)));
      g_ptr_array_add (records, latest->session);
    }

  if (latest_key != NULL)
    g_hash_table_add (seen, g_steal_pointer (&latest_key));

  if (planned_key != NULL && !g_hash_table_contains (seen, planned_key))
    {
      g_autofree char *date = _ac_guidance_format_day (ctx, planned->day);

      /* Translators: a date, then the therapist's name */
      g_ptr_array_add (reason, g_strdup_printf (_("Your session planned for %s is with %s, "
                                                  "whom you haven't seen before."),
                                                date, ac_session_get_therapist (planned->session)));
      g_ptr_array_add (records, planned->session);
    }

  if (reason->len > 0)
    _ac_guidance_add_records (ctx, &new_therapist, NULL, _ac_guidance_join (reason), records);
}

void
_ac_guidance_rules_aftercare (AcGuidanceContext *ctx)
{
  const AcRecoveryEntry *latest = _ac_guidance_get_latest (ctx);
  const AcGuidanceSession *planned = _ac_guidance_get_next_planned (ctx);
  gboolean soreness_told = FALSE;

  if (latest != NULL)
    {
      rule_hydrate_and_rest (ctx, latest);
      soreness_told = rule_expect_soreness (ctx, latest);
    }
  rule_first_session (ctx, latest, planned, soreness_told);
  rule_long_gap (ctx, latest, planned, soreness_told);
  rule_new_therapist (ctx, latest, planned);
}
