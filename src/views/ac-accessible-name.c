/* ac-accessible-name.c — one name for each button, heard once
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ac-accessible-name.h"

/* GTK 4.8 gives a button with a mnemonic ("_Save") two names that a
 * screen reader joins: its label property, underline and all, and the
 * label inside it, which names the button it activates. Orca reads
 * "_Save Save". Dropping the label property leaves the inner label's
 * "Save", or for a row's activatable button the row's title. */
static void
drop_mnemonic_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    drop_mnemonic_label (child);
}

/**
 * ac_accessible_name_mnemonic_buttons:
 * @root: a widget whose template is built
 *
 * Names each button under @root that has a mnemonic once, by the text it
 * shows. Call it again after setting such a button's label: GTK sets the
 * label property anew.
 */
void
ac_accessible_name_mnemonic_buttons (GtkWidget *root)
{
  drop_mnemonic_label (root);
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

static void
name_cells (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = GTK_IS_FLOW_BOX_CHILD (child) ? find_label (child) : NULL;

      if (label != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                        -1);
      else
        name_cells (child);
    }
}

/**
 * ac_accessible_name_cells:
 * @root: a widget whose flow boxes have their children
 *
 * GTK 4.8 reads a flow box's cell with no name of its own by its type,
 * "GtkFlowBoxChild". Each cell of each flow box under @root is named by
 * the first label in it: a legend's text.
 */
void
ac_accessible_name_cells (GtkWidget *root)
{
  name_cells (root);
}
