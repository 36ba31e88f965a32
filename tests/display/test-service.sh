#!/usr/bin/env bash
# test-service.sh — the reminders' background service, end to end.
#
# The app is started as the session starts it at log-in
# (--gapplication-service), on a bus of its own with a fake notification
# server (fake-notifications) and settings in a key file, with the daily
# check-in reminder on. It must hold with no window, write its autostart
# entry, send the reminder, open a window when the notification is
# clicked, and exit and remove the entry when reminders are turned off.
# TAP output.
#
# Environment (tests/display/meson.build): AFTERCARE, AFTERCARE_CLI, FAKE_NOTIFICATIONS,
# GSETTINGS_SCHEMA_DIR, and a display.
#
# Copyright 2026 The Aftercare developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

: "${AFTERCARE:?}" "${AFTERCARE_CLI:?}" "${FAKE_NOTIFICATIONS:?}" "${GSETTINGS_SCHEMA_DIR:?}"

# A bus of our own: nothing else may own the app's name or the server's.
if [[ -z ${AC_SERVICE_TEST_BUS:-} ]]; then
  AC_SERVICE_TEST_BUS=1 exec dbus-run-session -- "$0" "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-service.XXXXXX") || exit 99
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null
  [[ -n ${fake_PID:-} ]] && kill "$fake_PID" 2>/dev/null
  rm -rf -- "$tmp"
}
trap cleanup EXIT

export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=keyfile GNOTIFICATION_BACKEND=freedesktop AFTERCARE_REPORT_FRAMES=1
mkdir -p "$HOME" "$XDG_CONFIG_HOME/glib-2.0/settings"
keyfile=$XDG_CONFIG_HOME/glib-2.0/settings/keyfile
autostart=$XDG_CONFIG_HOME/autostart/app.aftercare.Aftercare.desktop
app_log=$tmp/app.log

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=1; echo "not ok $n - $1"; [[ -z ${2:-} ]] || printf '%s\n' "$2" | sed 's/^/# /'; }

# wait_for SECONDS COMMAND...: until COMMAND succeeds, or the time is up.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# The notification server, driven through its standard input and output.
coproc fake { exec "$FAKE_NOTIFICATIONS"; }
if read -r -t 20 -u "${fake[0]}" line && [[ $line == ready ]]; then
  ok "the fake notification server owns org.freedesktop.Notifications"
else
  not_ok "the fake notification server owns org.freedesktop.Notifications" "${line:-}"
  echo "1..$n"
  exit 1
fi

# The check-in reminder at 00:00, on: at start-up the service catches up
# on the day, and the journal (none yet) has no check-in for today.
cat >"$keyfile" <<'EOF'
[app/aftercare/Aftercare]
checkin-reminder-enabled=true
checkin-reminder-time='00:00'
EOF

"$AFTERCARE" --gapplication-service >"$app_log" 2>&1 &
app_pid=$!

if read -r -t 30 -u "${fake[0]}" line && [[ $line =~ ^notify\ ([0-9]+)\ How\ do\ you\ feel\ today\?$ ]]; then
  id=${BASH_REMATCH[1]}
  ok "the service sends the check-in reminder"
else
  id=
  not_ok "the service sends the check-in reminder" "server: ${line:-nothing}"$'\n'"$(cat "$app_log")"
fi

sleep 1
if kill -0 "$app_pid" 2>/dev/null && ! grep -q '^first-frame' "$app_log"; then
  ok "the service holds, with no window"
else
  not_ok "the service holds, with no window" "$(cat "$app_log")"
fi

if [[ -f $autostart ]] && grep -q -- '--gapplication-service' "$autostart"; then
  ok "the autostart entry is written at start-up"
else
  not_ok "the autostart entry is written at start-up"
fi

# A click on the notification opens a window (which, reporting its
# frames, closes itself once it shows the journal); the service stays.
if [[ -n $id ]]; then
  echo "click $id" >&"${fake[1]}"
  if wait_for 30 grep -q '^journal-frame' "$app_log" && kill -0 "$app_pid" 2>/dev/null; then
    ok "a click on the notification opens the window, and the service stays"
  else
    not_ok "a click on the notification opens the window, and the service stays" "$(cat "$app_log")"
  fi
else
  not_ok "a click on the notification opens the window # no notification to click"
fi

# Reminders off, in the settings: the service lets go, and the entry goes.
reminders_off() {
  cat >"$keyfile" <<'EOF'
[app/aftercare/Aftercare]
checkin-reminder-enabled=false
EOF

  if wait_for 30 eval '! kill -0 "$app_pid" 2>/dev/null'; then
    wait "$app_pid"
    status=$?
    app_pid=
    if ((status == 0)); then
      ok "with reminders off the service exits$1"
    else
      not_ok "with reminders off the service exits$1 (status $status)" "$(cat "$app_log")"
    fi
  else
    not_ok "with reminders off the service exits$1" "$(cat "$app_log")"
  fi

  if [[ ! -e $autostart ]]; then
    ok "with reminders off the autostart entry is removed$1"
  else
    not_ok "with reminders off the autostart entry is removed$1"
  fi
}
reminders_off ""

# The next day's reminder, as the service starts again, for its "Not
# Sore" button (a click on the notification dismisses it, buttons and all).
cat >"$keyfile" <<'EOF'
[app/aftercare/Aftercare]
checkin-reminder-enabled=true
checkin-reminder-time='00:00'
EOF
"$AFTERCARE" --gapplication-service >"$app_log" 2>&1 &
app_pid=$!
if read -r -t 30 -u "${fake[0]}" line && [[ $line =~ ^notify\ ([0-9]+)\ How\ do\ you\ feel\ today\?$ ]]; then
  id=${BASH_REMATCH[1]}
  ok "the service starts again and sends the check-in reminder"
else
  id=
  not_ok "the service starts again and sends the check-in reminder" "server: ${line:-nothing}"$'\n'"$(cat "$app_log")"
fi

# "Not Sore" on the reminder records soreness 0 for its day, with no
# window, and the reminder goes.
journal=$XDG_DATA_HOME/aftercare/journal.json
checkins() {
  python3 -c 'import json, sys
try:
    j = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    sys.exit(1)
print(" ".join("%s:%d:%s" % (c["date"], c["soreness"], ",".join(c.get("symptoms", []))) for c in j["checkins"]))' "$journal"
}
has_checkins() { [[ $(checkins 2>/dev/null) == "$1" ]]; }
one_not_sore() { [[ $(checkins 2>/dev/null) =~ ^([0-9-]+):0:$ ]]; }

day=
if [[ -n $id ]]; then
  echo "button $id Not Sore" >&"${fake[1]}"
  if wait_for 30 one_not_sore; then
    day=$(checkins | cut -d: -f1)
    ok "Not Sore records one check-in of soreness 0 for the reminder's day ($day)"
  else
    not_ok "Not Sore records one check-in of soreness 0 for the reminder's day" \
      "$(checkins)"$'\n'"$(cat "$app_log")"
  fi
  closed=
  server=
  while read -r -t 30 -u "${fake[0]}" line; do
    server+=$line$'\n'
    [[ $line == "close $id" ]] && { closed=1; break; }
  done
  if [[ -n $closed ]] && ! grep -q '^first-frame' "$app_log"; then
    ok "the reminder is withdrawn, and no window opens"
  else
    not_ok "the reminder is withdrawn, and no window opens" "server: $server"$'\n'"$(cat "$app_log")"
  fi
else
  not_ok "Not Sore records a check-in # no notification"
  not_ok "the reminder is withdrawn # no notification"
fi

# The app's action, as a click on an older notification or D-Bus
# activation sends it: a day with a check-in (here one with a warning
# symptom, written by aftercare-cli since) is left as it is; a day without
# one gets it; a day that hasn't come gets nothing.
activate_not_sore() {
  gdbus call --session --dest app.aftercare.Aftercare --object-path /app/aftercare/Aftercare \
    --method org.freedesktop.Application.ActivateAction not-sore "[<'$1'>]" '{}' >/dev/null
}
if [[ -n $day ]]; then
  shift_day() {
    python3 -c 'import datetime, sys
print(datetime.date.fromisoformat(sys.argv[1]) + datetime.timedelta(days=int(sys.argv[2])))' "$1" "$2"
  }
  before=$(shift_day "$day" -1)
  future=$(shift_day "$day" 2)
  "$AFTERCARE_CLI" --file "$journal" check-in --date "$day" --soreness 3 --symptom leg-swelling >/dev/null 2>&1
  if activate_not_sore "$day" && activate_not_sore "$before" &&
     wait_for 30 has_checkins "$before:0: $day:3:leg-swelling"; then
    ok "Not Sore never replaces a check-in (a warning symptom stays); a day without one gets it"
  else
    not_ok "Not Sore never replaces a check-in (a warning symptom stays); a day without one gets it" \
      "$(checkins)"$'\n'"$(cat "$app_log")"
  fi
  if activate_not_sore "$future" &&
     wait_for 30 grep -q "Not Sore for “$future”: not a day that has come" "$app_log" &&
     has_checkins "$before:0: $day:3:leg-swelling"; then
    ok "Not Sore for a day that hasn't come records nothing"
  else
    not_ok "Not Sore for a day that hasn't come records nothing" "$(checkins)"$'\n'"$(cat "$app_log")"
  fi
else
  not_ok "Not Sore never replaces a check-in # no day"
  not_ok "Not Sore for a day that hasn't come records nothing # no day"
fi

reminders_off " again"

echo "1..$n"
exit "$failed"
