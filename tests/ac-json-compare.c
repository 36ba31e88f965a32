/* ac-json-compare.c — whether two json-glib trees are the same, to the bit
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json_node_equal() is not strict enough to compare the strict reader with
 * json-glib's parser: it ignores the order of members, takes 1 and 1.0 as
 * equal and does not look at parents or at whether nodes are sealed, all of
 * which the journal's codec can tell apart.
 */

#define G_LOG_DOMAIN "ac-json-compare"

#include "config.h"

#include <string.h>

#include "ac-json-compare.h"

static gboolean compare_nodes (JsonNode *a,
                               JsonNode *a_parent,
                               JsonNode *b,
                               JsonNode *b_parent,
                               GString  *path,
                               char    **why);

static gboolean G_GNUC_PRINTF (3, 4)
differ (GString     *path,
        char       **why,
        const char  *format,
        ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  *why = g_strdup_printf ("%s: %s", path->str, what);
  return FALSE;
}

static gboolean
compare_values (JsonNode *a,
                JsonNode *b,
                GString  *path,
                char    **why)
{
  GType type = json_node_get_value_type (a);

  if (type != json_node_get_value_type (b))
    return differ (path, why, "value types %s and %s",
                   g_type_name (type), g_type_name (json_node_get_value_type (b)));

  switch (type)
    {
    case G_TYPE_INT64:
      if (json_node_get_int (a) != json_node_get_int (b))
        return differ (path, why, "%" G_GINT64_FORMAT " and %" G_GINT64_FORMAT,
                       json_node_get_int (a), json_node_get_int (b));
      return TRUE;

    case G_TYPE_DOUBLE:
      {
        double x = json_node_get_double (a), y = json_node_get_double (b);

        /* Bit for bit: 0.0 and -0.0 differ, NaNs match themselves. */
        if (memcmp (&x, &y, sizeof x) != 0)
          return differ (path, why, "%.17g and %.17g", x, y);
        return TRUE;
      }

    case G_TYPE_BOOLEAN:
      if (json_node_get_boolean (a) != json_node_get_boolean (b))
        return differ (path, why, "booleans differ");
      return TRUE;

    case G_TYPE_STRING:
      if (g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) != 0)
        return differ (path, why, "strings “%s” and “%s”",
                       json_node_get_string (a), json_node_get_string (b));
      return TRUE;

    default:
      return differ (path, why, "unexpected value type %s", g_type_name (type));
    }
}

static gboolean
compare_objects (JsonNode *a,
                 JsonNode *b,
                 GString  *path,
                 char    **why)
{
  JsonObject *x = json_node_get_object (a), *y = json_node_get_object (b);
  JsonObjectIter x_iter, y_iter;
  const char *x_name, *y_name;
  JsonNode *x_member, *y_member;
  gsize length = path->len;

  if (json_object_get_size (x) != json_object_get_size (y))
    return differ (path, why, "%u and %u members",
                   json_object_get_size (x), json_object_get_size (y));
  if (!json_object_is_immutable (x) != !json_object_is_immutable (y))
    return differ (path, why, "one object is sealed, the other is not");

  json_object_iter_init_ordered (&x_iter, x);
  json_object_iter_init_ordered (&y_iter, y);
  while (json_object_iter_next_ordered (&x_iter, &x_name, &x_member))
    {
      if (!json_object_iter_next_ordered (&y_iter, &y_name, &y_member))
        return differ (path, why, "fewer members in order than in size");
      if (strcmp (x_name, y_name) != 0)
        return differ (path, why, "members “%s” and “%s” in the same place", x_name, y_name);

      g_string_append_printf (path, ".%s", x_name);
      if (!compare_nodes (x_member, a, y_member, b, path, why))
        return FALSE;
      g_string_truncate (path, length);
    }
  if (json_object_iter_next_ordered (&y_iter, &y_name, &y_member))
    return differ (path, why, "more members in order than in size");

  return TRUE;
}

static gboolean
compare_arrays (JsonNode *a,
                JsonNode *b,
                GString  *path,
                char    **why)
{
  JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);
  gsize length = path->len;

  if (json_array_get_length (x) != json_array_get_length (y))
    return differ (path, why, "%u and %u elements",
                   json_array_get_length (x), json_array_get_length (y));
  if (!json_array_is_immutable (x) != !json_array_is_immutable (y))
    return differ (path, why, "one array is sealed, the other is not");

  for (guint i = 0; i < json_array_get_length (x); i++)
    {
      g_string_append_printf (path, "[%u]", i);
      if (!compare_nodes (json_array_get_element (x, i), a,
                          json_array_get_element (y, i), b, path, why))
        return FALSE;
      g_string_truncate (path, length);
    }

  return TRUE;
}

static gboolean
compare_nodes (JsonNode *a,
               JsonNode *a_parent,
               JsonNode *b,
               JsonNode *b_parent,
               GString  *path,
               char    **why)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return differ (path, why, "node types %s and %s",
                   json_node_type_name (a), json_node_type_name (b));

  /* json_node_is_immutable() gives a bit field: -1 or 0. */
  if (!json_node_is_immutable (a) != !json_node_is_immutable (b))
    return differ (path, why, "one node is sealed, the other is not");

  /* Each tree's parents are its own nodes: compare where they point. */
  if (json_node_get_parent (a) != a_parent || json_node_get_parent (b) != b_parent)
    return differ (path, why, "parents: %s, %s",
                   json_node_get_parent (a) == a_parent ? "right" : "wrong",
                   json_node_get_parent (b) == b_parent ? "right" : "wrong");

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      return compare_objects (a, b, path, why);
    case JSON_NODE_ARRAY:
      return compare_arrays (a, b, path, why);
    case JSON_NODE_VALUE:
      return compare_values (a, b, path, why);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/**
 * ac_json_compare:
 * @a: (nullable): a tree
 * @b: (nullable): another
 *
 * Compares two trees strictly: node types, value types and values (doubles
 * bit for bit), the members of objects by name and in order, the elements
 * of arrays, where each node's parent points, and which nodes, objects and
 * arrays are sealed. Then the hashes that sealing keeps.
 *
 * Returns: (transfer full) (nullable): %NULL when the trees are the same,
 *   or where and how they first differ
 */
char *
ac_json_compare (JsonNode *a,
                 JsonNode *b)
{
  g_autoptr(GString) path = g_string_new ("$");
  char *why = NULL;

  if (a == NULL || b == NULL)
    return a == b ? NULL : g_strdup_printf ("$: only the %s tree is empty", a ? "second" : "first");

  if (!compare_nodes (a, NULL, b, NULL, path, &why))
    return why;

  if (json_node_hash (a) != json_node_hash (b))
    return g_strdup ("$: the same trees, with different hashes");

  return NULL;
}
