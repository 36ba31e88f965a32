/* ac-window-brief.c — the briefs for a therapist and a doctor, from the
 * main window's menu
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-window-brief"

#include "config.h"

#include <glib/gi18n.h>

#include "ac-brief.h"
#include "ac-date.h"
#include "ac-window-private.h"

/* "Brief for a Therapist…" and "Brief for a Doctor…" ask where to save
 * the PDF, and on what paper, in one save dialog (its paper is a choice of
 * the dialog, as the export dialog's combo row offers); AcBrief writes it
 * on a worker thread, readable by the user only, and a toast tells the
 * result. A doctor's brief with nothing to say (no warning sign nor hold
 * in the last 90 days) says so in a toast instead of asking for a file.
 * "Copy Brief as Text" puts the therapist's brief on the clipboard.
 *
 * What the briefs say is AcBrief's, from a snapshot of the journal taken
 * when the action runs, for the context's today. */

#define BRIEF_STATE "ac-window-brief-state"

typedef struct
{
  GtkNativeDialog *chooser;     /* while asking where to save */
  AcBrief         *brief;       /* while asking */
  AcBriefAudience  audience;    /* of the brief asked for */
  guint            n_writing;   /* briefs being written */
  GFile           *test_file;   /* the tests' answer to the dialog */
} BriefState;

static void
brief_state_free (BriefState *state)
{
  if (state->chooser != NULL)
    gtk_native_dialog_destroy (state->chooser);
  g_clear_object (&state->chooser);
  g_clear_object (&state->brief);
  g_clear_object (&state->test_file);
  g_free (state);
}

static BriefState *
get_state (AcWindow *self)
{
  BriefState *state = g_object_get_data (G_OBJECT (self), BRIEF_STATE);

  if (state == NULL)
    {
      state = g_new0 (BriefState, 1);
      g_object_set_data_full (G_OBJECT (self), BRIEF_STATE, state, (GDestroyNotify) brief_state_free);
    }

  return state;
}

static AcBrief *
brief_new (AcWindow *self)
{
  GDate today;

  ac_context_get_today (self->context, &today);
  return ac_brief_new (self->journal, &today);
}

/* One brief being written: the window to tell, and the file. */
typedef struct
{
  AcWindow *window;
  GFile    *file;
} WriteCall;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  WriteCall *call = user_data;
  g_autoptr(AcWindow) self = call->window;
  g_autoptr(GFile) file = call->file;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  BriefState *state = get_state (self);

  g_free (call);
  g_assert (state->n_writing > 0);
  state->n_writing--;

  if (ac_brief_write_pdf_finish (AC_BRIEF (source), result, &error))
    {
      g_debug ("Brief written to %s", g_file_peek_path (file));
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Brief saved as %s"), name);
    }
  else
    {
      g_debug ("Could not write the brief to %s: %s", g_file_peek_path (file), error->message);
      /* Translators: a file name, then why: "Could not save brief.pdf: Permission denied" */
      title = g_strdup_printf (_("Could not save %s: %s"), name, error->message);
    }

  /* Closed while writing: no overlay is left to show it. */
  if (self->toast_overlay != NULL)
    _ac_window_toast (self, title);
}

/* Writes @brief for @audience to @file; a toast tells how it went. */
static void
write_brief (AcWindow        *self,
             AcBrief         *brief,
             AcBriefAudience  audience,
             AcPaper          paper,
             GFile           *file)
{
  WriteCall *call = g_new0 (WriteCall, 1);

  call->window = g_object_ref (self);
  call->file = g_object_ref (file);
  get_state (self)->n_writing++;
  ac_brief_write_pdf_async (brief, audience, paper, file, NULL, on_written, call);
}

static void
on_chooser_response (AcWindow        *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  BriefState *state = get_state (self);
  g_autoptr(AcBrief) brief = g_steal_pointer (&state->brief);
  g_autoptr(GFile) file = NULL;
  AcPaper paper = ac_paper_get_default ();

  if (response == GTK_RESPONSE_ACCEPT)
    {
      const char *word = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (word != NULL)
        ac_paper_from_string (word, &paper);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&state->chooser);

  if (file != NULL)
    write_brief (self, brief, state->audience, paper, file);
}

/* “aftercare-therapist-brief-2026-11-22.pdf” */
static char *
suggest_name (AcBrief         *brief,
              AcBriefAudience  audience)
{
  g_autofree char *day = NULL;
  GDate today;

  ac_brief_get_today (brief, &today);
  day = ac_date_format_iso (&today);
  return g_strdup_printf ("aftercare-%s-brief-%s.pdf", ac_brief_audience_to_string (audience), day);
}

static void
ask_where (AcWindow        *self,
           AcBrief         *brief,
           AcBriefAudience  audience)
{
  BriefState *state = get_state (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_name (brief, audience);
  const char *paper_words[] = { ac_paper_to_string (AC_PAPER_A4), ac_paper_to_string (AC_PAPER_LETTER), NULL };
  const char *paper_labels[] = { ac_paper_get_label (AC_PAPER_A4), ac_paper_get_label (AC_PAPER_LETTER), NULL };
  const char *title = audience == AC_BRIEF_FOR_DOCTOR ? _("Brief for a Doctor") : _("Brief for a Therapist");

  state->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                  _("_Save"), _("_Cancel")));
  state->brief = g_object_ref (brief);
  state->audience = audience;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (state->chooser), name);
  gtk_file_filter_set_name (filter, ac_transfer_format_get_label (AC_TRANSFER_FORMAT_PDF));
  gtk_file_filter_add_mime_type (filter, ac_transfer_format_get_mime_type (AC_TRANSFER_FORMAT_PDF));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (state->chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (state->chooser), "paper", _("Paper Size"),
                               paper_words, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (state->chooser), "paper",
                               ac_paper_to_string (ac_paper_get_default ()));
  gtk_native_dialog_set_modal (state->chooser, TRUE);
  g_signal_connect_object (state->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (state->chooser);
}

static void
make_brief (AcWindow        *self,
            AcBriefAudience  audience)
{
  BriefState *state = get_state (self);
  g_autoptr(AcBrief) brief = NULL;

  if (state->chooser != NULL)
    return;

  brief = brief_new (self);
  if (audience == AC_BRIEF_FOR_DOCTOR && !ac_brief_has_warnings (brief))
    {
      _ac_window_toast (self, _("No warning sign or hold in the last 90 days, so there is nothing for a doctor's brief"));
      return;
    }

  if (state->test_file != NULL)
    {
      g_autoptr(GFile) file = g_steal_pointer (&state->test_file);

      write_brief (self, brief, audience, ac_paper_get_default (), file);
      return;
    }

  ask_where (self, brief, audience);
}

static void
brief_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  AcBriefAudience audience;

  if (!ac_brief_audience_from_string (g_variant_get_string (param, NULL), &audience))
    g_return_if_reached ();

  make_brief (AC_WINDOW (widget), audience);
}

static void
copy_brief_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  AcWindow *self = AC_WINDOW (widget);
  g_autoptr(AcBrief) brief = brief_new (self);
  g_autofree char *text = ac_brief_dup_text (brief);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  _ac_window_toast (self, _("Brief for a therapist copied"));
}

/* A loaded journal, even one only read, can be briefed on. */
void
_ac_window_brief_update_actions (AcWindow *self)
{
  gboolean ready = ac_journal_keeper_get_state (self->keeper) == AC_KEEPER_READY &&
                   self->journal != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.brief", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-brief", ready);
}

void
_ac_window_brief_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.brief", "s", brief_action);
  gtk_widget_class_install_action (widget_class, "win.copy-brief", NULL, copy_brief_action);
}

/* For the tests: the next brief is written to @file, without asking. */
void
_ac_window_brief_set_test_file (AcWindow *self,
                                GFile    *file)
{
  g_set_object (&get_state (self)->test_file, file);
}

/* For the tests: whether a brief is being written. */
gboolean
_ac_window_brief_get_busy (AcWindow *self)
{
  return get_state (self)->n_writing > 0;
}
