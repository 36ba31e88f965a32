/* fake-notifications.c — a notification server for tests
 *
 * Owns org.freedesktop.Notifications on the session bus. Each notification
 * it is sent is printed on stdout as one line, "notify ID SUMMARY"; each
 * line read on stdin as "click ID" invokes that notification's default
 * action, as a click on it would, and "button ID LABEL" the action of its
 * button LABEL ("no button ID LABEL" is printed when it has none). It
 * prints "ready" once it owns the name, and exits when stdin closes.
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>
#include <gio/gunixinputstream.h>

static const char introspection[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

static GDBusConnection *connection;
static GMainLoop *loop;
static guint last_id;
static GHashTable *actions;  /* id → the Notify call's actions: key, label, key, label… */

static void
on_method_call (GDBusConnection       *bus,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               data)
{
  if (g_str_equal (method, "Notify"))
    {
      const char *summary;
      char **keys_and_labels;
      guint replaces;

      g_variant_get_child (parameters, 1, "u", &replaces);
      g_variant_get_child (parameters, 3, "&s", &summary);
      g_variant_get_child (parameters, 5, "^as", &keys_and_labels);
      if (replaces == 0)
        replaces = ++last_id;
      g_hash_table_replace (actions, GUINT_TO_POINTER (replaces), keys_and_labels);
      printf ("notify %u %s\n", replaces, summary);
      fflush (stdout);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", replaces));
    }
  else if (g_str_equal (method, "CloseNotification"))
    {
      guint id;

      g_variant_get (parameters, "(u)", &id);
      printf ("close %u\n", id);
      fflush (stdout);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "GetCapabilities"))
    {
      const char *capabilities[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", capabilities));
    }
  else
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(ssss)", "fake", "Aftercare tests", "1", "1.2"));
}

static void
invoke (guint       id,
        const char *key)
{
  g_dbus_connection_emit_signal (connection, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", id, key), NULL);
}

static void
on_line (GObject      *stream,
         GAsyncResult *result,
         gpointer      data)
{
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (stream), result,
                                                                 NULL, NULL);
  int label_at = 0;
  guint id;

  if (line == NULL)
    {
      g_main_loop_quit (loop);
      return;
    }

  if (sscanf (line, "click %u", &id) == 1)
    invoke (id, "default");
  else if (sscanf (line, "button %u %n", &id, &label_at) == 1 && label_at > 0)
    {
      char **keys_and_labels = g_hash_table_lookup (actions, GUINT_TO_POINTER (id));
      const char *key = NULL;

      for (guint i = 0; keys_and_labels != NULL && keys_and_labels[i] != NULL &&
                        keys_and_labels[i + 1] != NULL; i += 2)
        if (g_str_equal (keys_and_labels[i + 1], line + label_at))
          key = keys_and_labels[i];

      if (key != NULL)
        invoke (id, key);
      else
        {
          printf ("no button %u %s\n", id, line + label_at);
          fflush (stdout);
        }
    }

  g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (stream), G_PRIORITY_DEFAULT, NULL,
                                       on_line, NULL);
}

static void
on_name_acquired (GDBusConnection *bus,
                  const char      *name,
                  gpointer         data)
{
  printf ("ready\n");
  fflush (stdout);
}

static void
on_name_lost (GDBusConnection *bus,
              const char      *name,
              gpointer         data)
{
  fprintf (stderr, "fake-notifications: could not own %s\n", name);
  exit (EXIT_FAILURE);
}

int
main (void)
{
  static const GDBusInterfaceVTable vtable = { on_method_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection, NULL);
  g_autoptr(GInputStream) raw = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GDataInputStream) input = g_data_input_stream_new (raw);
  g_autoptr(GError) error = NULL;

  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (connection == NULL)
    {
      fprintf (stderr, "fake-notifications: %s\n", error->message);
      return EXIT_FAILURE;
    }

  g_dbus_connection_register_object (connection, "/org/freedesktop/Notifications",
                                     info->interfaces[0], &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (connection, "org.freedesktop.Notifications",
                                G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, on_name_lost,
                                NULL, NULL);

  actions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_strfreev);
  loop = g_main_loop_new (NULL, FALSE);
  g_data_input_stream_read_line_async (input, G_PRIORITY_DEFAULT, NULL, on_line, NULL);
  g_main_loop_run (loop);
  g_main_loop_unref (loop);
  g_hash_table_unref (actions);
  g_object_unref (connection);

  return EXIT_SUCCESS;
}
