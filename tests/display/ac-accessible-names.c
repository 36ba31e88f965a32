/* ac-accessible-names.c — what a screen reader hears, for the display tests
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ac-accessible-names"

#include "config.h"

#include <string.h>

#include "ac-accessible-names.h"
#include "ac-display-test.h"

#include <adwaita.h>

/* A screen reader asks GTK 4.8's AT-SPI backend for an object's Name, and
 * the backend answers with gtk_at_context_get_name() (gtk/gtkatcontext.c),
 * which GTK does not export. It joins, with spaces:
 *
 *   1. the widget's own label property;
 *   2. the label property of each widget in its labelled-by relation, in
 *      the relation's order (their own relations are not followed);
 *   3. for the abstract "range" role, the value text or value;
 *
 * and, when that is nothing and the widget is neither hidden nor of a
 * structural role (group, generic, list item, …), falls back to the
 * widget's type name: that is how a flow box child comes to be read as
 * "GtkFlowBoxChild".
 *
 * Under GTK_A11Y=test the test AT context holds the same properties,
 * relations and states that the AT-SPI context would; GTK 4.8 has no
 * getter for them, but its test API hands back the value it holds when
 * asked to compare it with one it cannot hold. This file does the same
 * joining on those values, so the name it gives is the one Orca gets. */

static gboolean
has_true_state (GtkAccessible      *accessible,
                GtkAccessibleState  state)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_state (accessible, state))
    return FALSE;
  differs = gtk_test_accessible_check_state (accessible, state, TRUE);

  return differs == NULL;
}

static char *
get_string_property (GtkAccessible         *accessible,
                     GtkAccessibleProperty  property)
{
  if (!gtk_test_accessible_has_property (accessible, property))
    return NULL;

  return gtk_test_accessible_check_property (accessible, property, "\x01");
}

static gboolean
is_structural_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_FORM:
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_SEARCH:
    case GTK_ACCESSIBLE_ROLE_SEPARATOR:
      return TRUE;

    default:
      return FALSE;
    }
}

typedef struct {
  const char *position;
  GtkWidget  *widget;
} Target;

static void
find_targets (GtkWidget  *widget,
              const char *printed,
              GArray     *targets)
{
  g_autofree char *form = g_strdup_printf ("%s<%p>", G_OBJECT_TYPE_NAME (widget), widget);
  const char *position = strstr (printed, form);

  if (position != NULL)
    {
      Target target = { position, widget };

      g_array_append_val (targets, target);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_targets (child, printed, targets);
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  const Target *target_a = a;
  const Target *target_b = b;

  return (target_a->position > target_b->position) - (target_a->position < target_b->position);
}

/* The widgets of @widget's labelled-by relation, in its order. The test
 * context prints a reference list as "GtkLabel<0x…>GtkLabel<0x…>": each
 * widget of the window is looked for in it by that form, so no pointer is
 * ever read back from text. */
static GPtrArray *
get_labelled_by (GtkWidget *widget)
{
  GPtrArray *widgets = g_ptr_array_new ();
  g_autoptr(GArray) targets = NULL;
  g_autofree char *printed = NULL;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return widgets;
  /* An empty list differs from any the widget holds. */
  printed = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  if (printed == NULL)
    return widgets;

  targets = g_array_new (FALSE, FALSE, sizeof (Target));
  find_targets (GTK_WIDGET (gtk_widget_get_root (widget)), printed, targets);
  g_array_sort (targets, compare_targets);
  for (guint i = 0; i < targets->len; i++)
    g_ptr_array_add (widgets, g_array_index (targets, Target, i).widget);

  return widgets;
}

static void
accumulate_name (GtkWidget *widget,
                 GPtrArray *parts,
                 gboolean   follow)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);
  char *label = get_string_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (label != NULL)
    g_ptr_array_add (parts, label);

  if (follow)
    {
      g_autoptr(GPtrArray) labelled_by = get_labelled_by (widget);

      for (guint i = 0; i < labelled_by->len; i++)
        accumulate_name (g_ptr_array_index (labelled_by, i), parts, FALSE);
    }

  if (role == GTK_ACCESSIBLE_ROLE_RANGE)
    {
      char *value = get_string_property (accessible, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);

      if (value != NULL)
        g_ptr_array_add (parts, value);
    }

  if (has_true_state (accessible, GTK_ACCESSIBLE_STATE_HIDDEN) || parts->len != 0)
    return;

  if (!is_structural_role (role))
    g_ptr_array_add (parts, g_strdup (G_OBJECT_TYPE_NAME (widget)));
}

/* The parts the name is joined from, each one owned. */
static GPtrArray *
get_name_parts (GtkWidget *widget)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);

  accumulate_name (widget, parts, TRUE);

  return parts;
}

static char *
join_parts (GPtrArray *parts)
{
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, g_ptr_array_index (parts, i));
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * ac_accessible_names_get_name:
 *
 * Returns: (transfer full): the name a screen reader hears for @widget,
 *   "" when it has none (GTK_A11Y=test)
 */
char *
ac_accessible_names_get_name (GtkWidget *widget)
{
  g_autoptr(GPtrArray) parts = get_name_parts (widget);

  return join_parts (parts);
}

/* Whether the accessible tree has @widget: GTK 4.8 leaves out hidden
 * widgets, those of role none or presentation, and those with the hidden
 * state, with all they hold. */
gboolean
ac_accessible_names_is_presented (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  return gtk_widget_get_visible (widget) &&
         role != GTK_ACCESSIBLE_ROLE_NONE && role != GTK_ACCESSIBLE_ROLE_PRESENTATION &&
         !has_true_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN);
}

/* Roles a person acts on, or moves to, which the reader names. */
static gboolean
is_named_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_GRID_CELL:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;

    default:
      return FALSE;
    }
}

/* The words of @text, lower case, without mnemonic underlines or
 * punctuation around them. */
static GStrv
words_of (const char *text)
{
  g_autofree char *plain = g_utf8_strdown (text, -1);
  g_auto(GStrv) split = NULL;
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  for (char *c = plain; *c != '\0'; c++)
    if (*c == '_' || *c == ',' || *c == ':' || *c == ';' || *c == '.' || *c == '(' || *c == ')')
      *c = ' ';
  split = g_strsplit_set (plain, " \n\t", -1);
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      g_strv_builder_add (words, split[i]);

  return g_strv_builder_end (words);
}

static gboolean
words_contain (GStrv outer,
               GStrv inner)
{
  guint n_outer = g_strv_length (outer);
  guint n_inner = g_strv_length (inner);

  if (n_inner == 0)
    return FALSE;
  for (guint start = 0; start + n_inner <= n_outer; start++)
    {
      guint i = 0;

      while (i < n_inner && g_str_equal (outer[start + i], inner[i]))
        i++;
      if (i == n_inner)
        return TRUE;
    }

  return FALSE;
}

/* Whether a run of words comes twice in a row: "save save", "swelling in
 * one leg swelling in one leg". */
static gboolean
repeats_a_run (GStrv words)
{
  guint n = g_strv_length (words);

  for (guint length = 1; length * 2 <= n; length++)
    for (guint start = 0; start + length * 2 <= n; start++)
      {
        guint i = 0;

        while (i < length && g_str_equal (words[start + i], words[start + length + i]))
          i++;
        if (i == length)
          return TRUE;
      }

  return FALSE;
}

/* Whether one part of the name says again what another says: "_Save"
 * and "Save", "Length in minutes" and "Length". */
static gboolean
parts_overlap (GPtrArray *parts)
{
  for (guint i = 0; i < parts->len; i++)
    for (guint j = 0; j < parts->len; j++)
      {
        g_auto(GStrv) a = NULL;
        g_auto(GStrv) b = NULL;

        if (i == j)
          continue;
        a = words_of (g_ptr_array_index (parts, i));
        b = words_of (g_ptr_array_index (parts, j));
        if (words_contain (a, b))
          return TRUE;
      }

  return FALSE;
}

static gboolean
is_type_name (const char *name)
{
  return (g_str_has_prefix (name, "Gtk") && g_ascii_isupper (name[3])) ||
         (g_str_has_prefix (name, "Adw") && g_ascii_isupper (name[3])) ||
         (g_str_has_prefix (name, "Ac") && g_ascii_isupper (name[2]));
}

/* Something near @widget a person can find it by: its tooltip, or a
 * named widget it is in. */
static char *
describe (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  g_autoptr(GEnumClass) roles = g_type_class_ref (GTK_TYPE_ACCESSIBLE_ROLE);
  GEnumValue *role_value = g_enum_get_value (roles, role);

  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL && tooltip == NULL;
       parent = gtk_widget_get_parent (parent))
    {
      g_autofree char *name = NULL;

      if (!ac_accessible_names_is_presented (parent))
        continue;
      name = ac_accessible_names_get_name (parent);
      if (name[0] != '\0' && !is_type_name (name))
        return g_strdup_printf ("%s (%s) in \"%s\"", G_OBJECT_TYPE_NAME (widget),
                                role_value ? role_value->value_nick : "?", name);
    }

  return g_strdup_printf ("%s (%s, tooltip \"%s\")", G_OBJECT_TYPE_NAME (widget),
                          role_value ? role_value->value_nick : "?", tooltip ? tooltip : "");
}

/* Whether a person meets @widget on its own: a control, or a row or cell
 * they move to. Containers that only hand on the focus (a scrolled window,
 * a list), and pieces of GTK's own widgets (a scroll bar's range, a check
 * button's box), are not read by name. */
static gboolean
is_met (GtkWidget         *widget,
        GtkAccessibleRole  role)
{
  if (is_named_role (role))
    return TRUE;

  return ac_display_test_takes_keyboard (widget) && !GTK_IS_SCROLLED_WINDOW (widget) &&
         !GTK_IS_VIEWPORT (widget) && !GTK_IS_LIST_BOX (widget) && !GTK_IS_FLOW_BOX (widget);
}

static void
check_widget (GtkWidget *widget,
              GString   *problems,
              guint     *n_checked)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;
  g_auto(GStrv) words = NULL;
  GtkAccessibleRole role;
  const char *problem = NULL;

  if (!ac_accessible_names_is_presented (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  parts = get_name_parts (widget);
  name = join_parts (parts);
  words = words_of (name);
  (*n_checked)++;

  if (is_met (widget, role) && is_type_name (name))
    problem = "a type name for a name";
  else if (is_met (widget, role) && words[0] == NULL)
    problem = "no name";
  else if ((is_met (widget, role) && repeats_a_run (words)) || parts_overlap (parts))
    problem = "a name that says the same twice";

  /* The control is the combo row or drop-down, named by its title; GTK
   * 4.8 names neither the list that shows its current item nor its
   * button. The search of libadwaita 1.2's preferences window is its own. */
  if (ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
      (ADW_IS_HEADER_BAR (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW) != NULL))
    return;

  if (problem != NULL)
    {
      where = describe (widget);
      g_string_append_printf (problems, "\n  %s: %s: \"%s\"", where, problem, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (child, problems, n_checked);
}

/**
 * ac_accessible_names_check_tree:
 * @n_checked: (out): how many widgets of the accessible tree were looked at
 *
 * Walks the accessible tree under @root, as a screen reader would.
 *
 * Returns: (transfer full) (nullable): one line for each widget whose
 *   name is a type name, that a person acts on or moves to and has no
 *   name, or whose name says the same words twice; %NULL when none
 */
char *
ac_accessible_names_check_tree (GtkWidget *root,
                                guint     *n_checked)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  *n_checked = 0;
  check_widget (root, problems, n_checked);
  if (problems->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&problems), FALSE);
}

/* Marks the test failed, listing every one, unless each widget of the accessible tree
 * under @root has a name heard once (ac_accessible_names_check_tree()). */
void
ac_accessible_names_assert_tree (GtkWidget  *root,
                                 const char *what)
{
  guint n_checked = 0;
  g_autofree char *problems = ac_accessible_names_check_tree (root, &n_checked);

  g_test_message ("%s: %u widgets in the accessible tree", what, n_checked);
  g_assert_cmpuint (n_checked, >, 0);
  if (problems != NULL)
    {
      g_test_message ("%s: what a screen reader hears is wrong:%s", what, problems);
      g_test_fail_printf ("%s: what a screen reader hears is wrong", what);
    }
}
