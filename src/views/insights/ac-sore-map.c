/* ac-sore-map.c — "Where it gets sore": a body map shaded by where
 * soreness sits after sessions, with a legend, the same in words, and the
 * check-ins behind an area
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-sore-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ac-body-map.h"
#include "ac-body-map-region.h"
#include "ac-date-button.h"
#include "ac-recovery.h"
#include "ac-sore-map.h"

/* Issue 15's map, on the Insights page. AcSoreAreas says, for the chosen
 * range and pressure, how often and how strongly the check-ins attributed
 * to sessions name each area; here the body map shades each area by that
 * (it draws the shade from the style's sore colour, which the legend's
 * swatches mix the same way in style.css), a list says the same in words
 * for those who do not see the map, and choosing an area, on the map or
 * in the list, lists the sessions and check-ins behind it.
 *
 * The section computes nothing itself but the recovery analysis, which it
 * makes once per journal and day (ac_sore_map_set_journal()); the range
 * and the pressure only read it again. */

#define N_SWATCHES 5

struct _AcSoreMap
{
  GtkWidget     parent_instance;

  GtkToggleButton *range_buttons[AC_SORE_RANGE_ALL + 1];
  GtkToggleButton *pressure_buttons[AC_N_PRESSURES + 1];   /* any, then by pressure */
  GtkLabel     *status_label;
  GtkWidget    *map_box;       /* the map and its legend */
  AcBodyMap    *map;
  GtkListBox   *areas_list;
  GtkWidget    *details;
  GtkLabel     *details_title;
  GtkListBox   *details_list;

  AcRecovery   *recovery;
  AcSoreAreas  *areas;
  AcSoreRange   range;
  int           pressure;      /* or AC_SORE_PRESSURE_ANY */
  AcArea        selected;      /* whose check-ins are listed, or none */
};

G_DEFINE_FINAL_TYPE (AcSoreMap, ac_sore_map, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* "Friday 20 November 2026, deep, 60 minutes" */
static char *
describe_session (AcRecovery *recovery,
                  guint       index)
{
  AcSession *session = ac_recovery_get_session (recovery, index);
  g_autofree char *date = NULL;
  g_autofree char *pressure = g_utf8_strdown (ac_pressure_get_label (ac_session_get_pressure (session)), -1);
  guint minutes = ac_session_get_minutes (session);
  GDate day;

  ac_recovery_get_session_date (recovery, index, &day);
  date = ac_date_format_long (&day);
  /* Translators: a session behind a sore area: its date, its pressure
   * ("deep") and its length */
  return g_strdup_printf (ngettext ("%s, %s, %u minute", "%s, %s, %u minutes", minutes),
                          date, pressure, minutes);
}

/* A row per session behind the selected area, with its check-ins naming
 * the area. */
static void
update_details (AcSoreMap *self)
{
  const AcSoreMention *mentions = NULL;
  guint n = 0;

  clear_list (self->details_list);
  if (self->areas != NULL && self->selected != AC_AREA_NONE)
    mentions = ac_sore_areas_get_mentions (self->areas, self->selected, &n);
  gtk_widget_set_visible (self->details, n > 0);
  ac_body_map_set_selected (self->map, n > 0 ? self->selected : AC_AREA_NONE);
  if (n == 0)
    return;

  {
    /* Translators: the heading of the sessions and check-ins behind a
     * sore area, such as "Lower back" */
    g_autofree char *title = g_strdup_printf (_("Behind “%s”"), ac_area_get_label (self->selected));

    gtk_label_set_text (self->details_title, title);
  }

  for (guint i = 0; i < n;)
    {
      guint session = mentions[i].session;
      g_autofree char *when = describe_session (self->recovery, session);
      g_autoptr(GString) checkins = g_string_new (NULL);

      for (; i < n && mentions[i].session == session; i++)
        {
          int soreness = ac_checkin_get_soreness (mentions[i].checkin);

          /* Translators: the check-ins behind a sore area, "Soreness 6 on
           * day 1, 3 on day 2": the soreness noted and the day after the
           * session (0 is the session's day) */
          if (checkins->len == 0)
            g_string_append_printf (checkins, _("Soreness %d on day %d"), soreness, mentions[i].day);
          else
            g_string_append_printf (checkins, _(", %d on day %d"), soreness, mentions[i].day);
        }
      gtk_list_box_append (self->details_list, make_row (when, checkins->str));
    }
}

/* A screen reader hears on each region of the map what the list says of
 * its area, as the eye sees its shade. The regions are the map's
 * children, made again only when it changes editable, which this map
 * never does after it is built. */
static void
describe_regions (AcSoreMap *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->map));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AcArea area;
      g_autofree char *words = NULL;

      if (!AC_IS_BODY_MAP_REGION (child))
        continue;
      area = ac_body_map_region_get_area (AC_BODY_MAP_REGION (child));
      if (self->areas != NULL && ac_sore_areas_get_n_sessions (self->areas) > 0)
        words = ac_sore_areas_describe (self->areas, area);
      if (words != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* What the map is made of, or why it is empty. */
static char *
describe_status (guint n_sessions,
                 guint n_areas)
{
  if (n_sessions == 0)
    return g_strdup (_("No check-ins after sessions of this kind in this time yet. Name the sore "
                       "areas when you check in on the days after a session to see where it gets sore."));
  if (n_areas == 0)
    /* Translators: how many sessions were checked in after */
    return g_strdup_printf (ngettext ("Your check-ins after this session name no sore area.",
                                      "Your check-ins after these %u sessions name no sore area.",
                                      n_sessions),
                            n_sessions);
  /* Translators: how many sessions the map is made of */
  return g_strdup_printf (ngettext ("From your check-ins after %u session. Choose an area to see them.",
                                    "From your check-ins after %u sessions. Choose an area to see them.",
                                    n_sessions),
                          n_sessions);
}

static void
update (AcSoreMap *self)
{
  guint n_sessions = 0, n_areas = 0;

  g_clear_object (&self->areas);
  if (self->recovery != NULL)
    {
      self->areas = ac_sore_areas_new (self->recovery, self->range, self->pressure);
      n_sessions = ac_sore_areas_get_n_sessions (self->areas);
      n_areas = ac_sore_areas_get_n_areas (self->areas);
    }

  ac_body_map_clear_intensity (self->map);
  clear_list (self->areas_list);
  for (guint i = 0; i < n_areas; i++)
    {
      const AcSoreArea *area = ac_sore_areas_get_area (self->areas, i);
      g_autofree char *words = ac_sore_areas_describe (self->areas, area->area);
      GtkWidget *row = make_row (ac_area_get_label (area->area), words);

      ac_body_map_set_intensity (self->map, area->area, area->intensity);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data (G_OBJECT (row), "ac-area", GUINT_TO_POINTER (area->area));
      gtk_list_box_append (self->areas_list, row);
    }

  {
    g_autofree char *status = describe_status (n_sessions, n_areas);

    gtk_label_set_text (self->status_label, status);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->areas_list), n_areas > 0);
  describe_regions (self);

  if (self->areas == NULL || ac_sore_areas_lookup (self->areas, self->selected) == NULL)
    self->selected = AC_AREA_NONE;
  update_details (self);
}

static void
on_area_activated (AcSoreMap *self,
                   AcArea     area)
{
  ac_sore_map_select_area (self, area);
}

static void
on_row_activated (AcSoreMap     *self,
                  GtkListBoxRow *row)
{
  ac_sore_map_select_area (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ac-area")));
  gtk_widget_grab_focus (GTK_WIDGET (self->details_list));
}

static void
on_range_toggled (AcSoreMap       *self,
                  GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    ac_sore_map_set_range (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ac-choice")));
}

static void
on_pressure_toggled (AcSoreMap       *self,
                     GtkToggleButton *button)
{
  /* The first choice is any pressure, then light, moderate, deep. */
  guint chosen = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ac-choice"));

  if (gtk_toggle_button_get_active (button))
    ac_sore_map_set_pressure (self, chosen == 0 ? AC_SORE_PRESSURE_ANY : (int) chosen - 1);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A row of linked toggle buttons, one of them active: the first. */
static GtkWidget *
make_choices (AcSoreMap          *self,
              const char         *context,
              const char * const *labels,
              guint               n_labels,
              const char         *name,
              GtkToggleButton   **buttons,
              GCallback           on_toggled)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  /* Not homogeneous: four equal buttons as wide as "Moderate" would not
   * fit 360 pixels. */
  gtk_widget_add_css_class (row, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; i < n_labels; i++)
    {
      buttons[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (g_dpgettext2 (NULL, context, labels[i])));
      g_object_set_data (G_OBJECT (buttons[i]), "ac-choice", GUINT_TO_POINTER (i));
      gtk_widget_set_hexpand (GTK_WIDGET (buttons[i]), TRUE);
      gtk_toggle_button_set_active (buttons[i], i == 0);
      if (i > 0)
        gtk_toggle_button_set_group (buttons[i], buttons[0]);
      g_signal_connect_object (buttons[i], "toggled", on_toggled, self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (buttons[i]));
    }
  return row;
}

/* Less … more, the swatches mixed as the map mixes its shades. */
static GtkWidget *
make_legend (void)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatches = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  gtk_widget_set_halign (legend, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (legend, "ac-sore-legend");
  for (guint i = 1; i <= N_SWATCHES; i++)
    {
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      g_autofree char *level = g_strdup_printf ("level-%u", i);

      gtk_widget_add_css_class (swatch, "swatch");
      gtk_widget_add_css_class (swatch, level);
      gtk_box_append (GTK_BOX (swatches), swatch);
    }
  /* Translators: the ends of the sore map's legend: areas sore less
   * often or less strongly, and more */
  gtk_box_append (GTK_BOX (legend), make_label (C_("sore map legend", "Less"), "caption"));
  gtk_box_append (GTK_BOX (legend), swatches);
  gtk_box_append (GTK_BOX (legend), make_label (C_("sore map legend", "More"), "caption"));
  /* The list below says the same in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (legend), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return legend;
}

static void
build (AcSoreMap *self)
{
  /* Translators: how far back the sore map looks */
  static const char * const ranges[] = { NC_("sore map range", "3 Months"), NC_("sore map range", "Year"),
                                         NC_("sore map range", "All") };
  /* Translators: the pressures of the sessions a sore map looks at */
  static const char * const pressures[] = { NC_("sore map pressure", "Any"), NC_("sore map pressure", "Light"),
                                            NC_("sore map pressure", "Moderate"), NC_("sore map pressure", "Deep") };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = make_label (_("Where It Gets Sore"), "heading");
  G_STATIC_ASSERT (G_N_ELEMENTS (ranges) == AC_SORE_RANGE_ALL + 1);
  G_STATIC_ASSERT (G_N_ELEMENTS (pressures) == AC_N_PRESSURES + 1);

  gtk_widget_set_parent (box, GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  g_object_set (title, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading),
                  make_label (_("The areas your check-ins name after sessions, darker where soreness came "
                                "more often and more strongly. Soreness in an area the session did not "
                                "work is left out."),
                              "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (heading), "caption");
  gtk_box_append (GTK_BOX (box), heading);

  gtk_box_append (GTK_BOX (choices),
                  make_choices (self, "sore map range", ranges, G_N_ELEMENTS (ranges), _("Time range"),
                                self->range_buttons, G_CALLBACK (on_range_toggled)));
  gtk_box_append (GTK_BOX (choices),
                  make_choices (self, "sore map pressure", pressures, G_N_ELEMENTS (pressures), _("Pressure"),
                                self->pressure_buttons, G_CALLBACK (on_pressure_toggled)));
  gtk_box_append (GTK_BOX (box), choices);

  self->status_label = GTK_LABEL (make_label (NULL, "dim-label"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));

  self->map_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->map = ac_body_map_new ();
  ac_body_map_set_editable (self->map, FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->map), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->map_box), GTK_WIDGET (self->map));
  gtk_box_append (GTK_BOX (self->map_box), make_legend ());
  gtk_box_append (GTK_BOX (box), self->map_box);

  self->areas_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->areas_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->areas_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->areas_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sore areas"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->areas_list));

  self->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->details_title = GTK_LABEL (make_label (NULL, "heading"));
  g_object_set (self->details_title, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  self->details_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->details_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->details_list), "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->details_list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->details_title, NULL, -1);
  gtk_box_append (GTK_BOX (self->details), GTK_WIDGET (self->details_title));
  gtk_box_append (GTK_BOX (self->details), GTK_WIDGET (self->details_list));
  gtk_widget_set_visible (self->details, FALSE);
  gtk_box_append (GTK_BOX (box), self->details);

  g_signal_connect_object (self->map, "area-activated", G_CALLBACK (on_area_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->areas_list, "row-activated", G_CALLBACK (on_row_activated), self,
                           G_CONNECT_SWAPPED);
}

static void
ac_sore_map_dispose (GObject *object)
{
  AcSoreMap *self = (AcSoreMap *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->areas);
  g_clear_object (&self->recovery);

  G_OBJECT_CLASS (ac_sore_map_parent_class)->dispose (object);
}

static void
ac_sore_map_class_init (AcSoreMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ac_sore_map_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "soremap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ac_sore_map_init (AcSoreMap *self)
{
  self->range = AC_SORE_RANGE_3_MONTHS;
  self->pressure = AC_SORE_PRESSURE_ANY;
  build (self);
  update (self);
}

/**
 * ac_sore_map_new:
 *
 * Returns: (transfer floating): a "Where it gets sore" section, of the
 *   last 3 months and any pressure, empty until it has a journal
 */
GtkWidget *
ac_sore_map_new (void)
{
  return g_object_new (AC_TYPE_SORE_MAP, NULL);
}

/**
 * ac_sore_map_set_journal:
 * @journal: (nullable): the journal to show, or %NULL for none
 * @today: the day it is for
 *
 * Reads @journal as it stands on @today; call it again after it changes.
 */
void
ac_sore_map_set_journal (AcSoreMap   *self,
                         AcJournal   *journal,
                         const GDate *today)
{
  g_return_if_fail (AC_IS_SORE_MAP (self));
  g_return_if_fail (journal == NULL || today != NULL);

  g_clear_object (&self->recovery);
  if (journal != NULL)
    self->recovery = ac_recovery_new (journal, today);
  update (self);
}

void
ac_sore_map_set_range (AcSoreMap   *self,
                       AcSoreRange  range)
{
  g_return_if_fail (AC_IS_SORE_MAP (self));
  g_return_if_fail (range <= AC_SORE_RANGE_ALL);

  if (self->range == range)
    return;
  self->range = range;
  gtk_toggle_button_set_active (self->range_buttons[range], TRUE);
  update (self);
}

/**
 * ac_sore_map_set_pressure:
 * @pressure: an #AcPressure, or %AC_SORE_PRESSURE_ANY
 */
void
ac_sore_map_set_pressure (AcSoreMap *self,
                          int        pressure)
{
  guint chosen = pressure == AC_SORE_PRESSURE_ANY ? 0 : (guint) pressure + 1;

  g_return_if_fail (AC_IS_SORE_MAP (self));
  g_return_if_fail (pressure == AC_SORE_PRESSURE_ANY || (pressure >= 0 && pressure < AC_N_PRESSURES));

  if (self->pressure == pressure)
    return;
  self->pressure = pressure;
  gtk_toggle_button_set_active (self->pressure_buttons[chosen], TRUE);
  update (self);
}

/**
 * ac_sore_map_get_areas:
 *
 * Returns: (transfer none) (nullable): what the map shows, or %NULL
 *   without a journal
 */
AcSoreAreas *
ac_sore_map_get_areas (AcSoreMap *self)
{
  g_return_val_if_fail (AC_IS_SORE_MAP (self), NULL);

  return self->areas;
}

/**
 * ac_sore_map_select_area:
 * @area: one area, or %AC_AREA_NONE
 *
 * Lists the sessions and check-ins behind @area, when it was sore.
 */
void
ac_sore_map_select_area (AcSoreMap *self,
                         AcArea     area)
{
  g_return_if_fail (AC_IS_SORE_MAP (self));

  self->selected = self->areas != NULL && ac_sore_areas_lookup (self->areas, area) != NULL
                   ? area : AC_AREA_NONE;
  update_details (self);
}

/**
 * ac_sore_map_get_selected:
 *
 * Returns: the area whose sessions are listed, or %AC_AREA_NONE
 */
AcArea
ac_sore_map_get_selected (AcSoreMap *self)
{
  g_return_val_if_fail (AC_IS_SORE_MAP (self), AC_AREA_NONE);

  return self->selected;
}
