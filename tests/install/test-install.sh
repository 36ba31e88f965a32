#!/usr/bin/env bash
# test-install.sh — `meson install` into a throw-away DESTDIR, then check
# that what a user's system gets is whole and valid: the programs, the
# menu entry and its icon, the metainfo, the settings schema, the D-Bus
# service and the reminders' autostart entry. TAP output.
#
# Environment (set by tests/install/meson.build): MESON_BUILD_ROOT,
# SOURCE_ROOT, APP_ID, BINDIR and DATADIR (absolute, under the configured
# prefix).
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -uo pipefail

: "${MESON_BUILD_ROOT:?}" "${SOURCE_ROOT:?}" "${APP_ID:?}" "${BINDIR:?}" "${DATADIR:?}"

dest=$(mktemp -d "${TMPDIR:-/tmp}/aftercare-install.XXXXXX")
trap 'rm -rf -- "$dest"' EXIT

n=0
failed=0
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds; its output
# goes into the log when it fails.
check() {
  local description=$1 output
  shift
  n=$((n + 1))
  if output=$("$@" 2>&1); then
    echo "ok $n - $description"
  else
    failed=1
    echo "not ok $n - $description"
    [[ -z $output ]] || printf '%s\n' "$output" | head -n 20 | sed 's/^/# /'
  fi
}
# key FILE KEY: the value of KEY in the [Desktop Entry] or [D-BUS Service]
# group of FILE.
key() {
  sed -n "s/^$2=//p" "$1" | head -n 1
}

bin=$dest$BINDIR
data=$dest$DATADIR
desktop=$data/applications/$APP_ID.desktop
metainfo=$data/metainfo/$APP_ID.metainfo.xml
schemas=$data/glib-2.0/schemas
service=$data/dbus-1/services/$APP_ID.service
autostart=$data/aftercare/$APP_ID-autostart.desktop

echo "1..25"

check "meson install into a DESTDIR" \
  env DESTDIR="$dest" meson install -C "$MESON_BUILD_ROOT" --no-rebuild --quiet

check "the app is installed" test -x "$bin/aftercare"
check "the CLI is installed" test -x "$bin/aftercare-cli"
check "the menu entry is installed" test -f "$desktop"
check "the metainfo is installed" test -f "$metainfo"
check "the scalable icon is installed" test -f "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
check "the symbolic icon is installed" test -f "$data/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"
check "the settings schema is installed" test -f "$schemas/$APP_ID.gschema.xml"
check "the D-Bus service is installed" test -f "$service"
check "the reminders' autostart entry is installed" test -f "$autostart"

check "desktop-file-validate: the menu entry" desktop-file-validate "$desktop"
check "desktop-file-validate: the autostart entry" desktop-file-validate "$autostart"
check "appstreamcli validate: the metainfo" appstreamcli validate --no-net "$metainfo"
check "glib-compile-schemas --strict: the schema" \
  glib-compile-schemas --strict --dry-run "$schemas"

# The menu entry starts the installed app, with the installed icon, and
# the metainfo and the D-Bus service name the same app.
exec_word=$(key "$desktop" Exec)
check "the menu entry runs the installed app (Exec=$exec_word)" \
  test -x "$bin/${exec_word%% *}"
check "the menu entry's icon is installed (Icon=$(key "$desktop" Icon))" \
  test -f "$data/icons/hicolor/scalable/apps/$(key "$desktop" Icon).svg"
check "the metainfo launches the menu entry" \
  grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo"
# Screenshot URLs stand for files of the source tree (docs/screenshots).
screenshots_exist() {
  local url found=0
  for url in $(sed -n 's|.*<image>https://[^/]*/\(.*\)</image>.*|\1|p' "$metainfo"); do
    found=$((found + 1))
    [[ -f $SOURCE_ROOT/$url ]] || { echo "no $url"; return 1; }
    grep -qF "($url)" "$SOURCE_ROOT/README.md" || { echo "$url is not in the README"; return 1; }
  done
  ((found > 0))
}
check "the metainfo's screenshots are the README's" screenshots_exist

check "the D-Bus service starts the installed app as a service" \
  test "$(key "$service" Exec)" = "$BINDIR/aftercare --gapplication-service" \
  -a "$(key "$service" Name)" = "$APP_ID"

check "the autostart entry starts the installed app as a service, by its full path" \
  test "$(key "$autostart" Exec)" = "$BINDIR/aftercare --gapplication-service" \
  -a "$(key "$autostart" TryExec)" = "$BINDIR/aftercare"

# Translations are merged into what is installed, and are the current ones.
de_value() {
  msgattrib --no-obsolete --no-wrap "$SOURCE_ROOT/po/de.po" 2>/dev/null |
    awk -v id="msgid \"$1\"" '$0 == id { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }'
}
check "the menu entry is in German (Comment[de] as po/de.po has it)" \
  test "$(key "$desktop" 'Comment\[de\]')" = "$(de_value "$(key "$desktop" Comment)")" \
  -a -n "$(key "$desktop" 'Comment\[de\]')"
check "the autostart entry is in German (Comment[de])" \
  test -n "$(key "$autostart" 'Comment\[de\]')"
check "the metainfo is in German" grep -q 'xml:lang="de"' "$metainfo"

# The installed program links and starts far enough to read its options.
check "the installed app runs (--help)" \
  sh -c '"$1" --help | grep -q -- "--journal"' sh "$bin/aftercare"

# The installed app opens its window and shows a journal, with its own
# schema (compiled as a system's would be) and a throw-away home. Needs the
# suite's display.
opens_window() {
  local home=$dest/home output
  [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]] || { echo "no display"; return 1; }
  glib-compile-schemas "$schemas" || return 1
  mkdir -p "$home" && chmod 700 "$home"
  output=$(HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
           GSETTINGS_SCHEMA_DIR=$schemas AFTERCARE_REPORT_FRAMES=1 \
           timeout 60 "$bin/aftercare" 2>&1)
  grep -q '^journal-frame ' <<<"$output" || { printf '%s\n' "$output"; return 1; }
}
check "the installed app opens its window" opens_window

exit "$failed"
