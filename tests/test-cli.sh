#!/usr/bin/env bash
# test-cli.sh — aftercare-cli against real files: exit statuses, messages on
# stderr, and what ends up on disk.
#
# A TAP test, run by meson (suite cli) with:
#   AFTERCARE_CLI  the built aftercare-cli
#   MAKE_FIXTURE   the fixture generator (make-fixture --help)
#   FIXTURES_DIR   tests/fixtures
#   JSONTESTSUITE_DIR  tests/jsontestsuite/test_parsing
# Every journal lives in a temporary folder, removed on exit. Nothing here
# depends on today's date: every date is given, and "the future" is 2999.
# advice, stats, export and import are not tested here yet.
#
# Copyright 2026 The Aftercare developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

: "${AFTERCARE_CLI:?AFTERCARE_CLI must name the aftercare-cli binary}"
: "${MAKE_FIXTURE:?MAKE_FIXTURE must name the make-fixture binary}"
: "${FIXTURES_DIR:?FIXTURES_DIR must name tests/fixtures}"
: "${JSONTESTSUITE_DIR:?JSONTESTSUITE_DIR must name tests/jsontestsuite/test_parsing}"

# meson sets these; so does a run by hand.
export LC_ALL=C.UTF-8
export TZ=UTC

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-cli.XXXXXX") || exit 99
immutable=()

cleanup() {
  local dir
  for dir in "${immutable[@]}"; do
    chattr -i "$dir" 2>/dev/null
  done
  chmod -R u+rwX "$tmp" 2>/dev/null
  rm -rf -- "$tmp"
}
trap cleanup EXIT

# Never the user's own journal, whatever a command does by default.
export HOME=$tmp/home
export XDG_DATA_HOME=$tmp/xdg-data

out=$tmp/stdout
err=$tmp/stderr
status=

# ---------------------------------------------------------------------------
# TAP

n=0
failures=0

ok() {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok() {
  n=$((n + 1))
  failures=$((failures + 1))
  echo "not ok $n - $1"
}

skip() {
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

# check DESCRIPTION COMMAND [ARG...]: one test point. COMMAND runs in this
# shell; what it prints is shown as diagnostics only when it fails.
check() {
  local description=$1 log=$tmp/check.log
  shift
  if "$@" >"$log" 2>&1; then
    ok "$description"
  else
    not_ok "$description"
    sed 's/^/# /' "$log"
  fi
}

# todo DESCRIPTION REASON COMMAND [ARG...]: a test point for a known bug.
todo() {
  local description=$1 reason=$2 log=$tmp/check.log
  shift 2
  n=$((n + 1))
  if "$@" >"$log" 2>&1; then
    echo "ok $n - $description # TODO $reason"
  else
    echo "not ok $n - $description # TODO $reason"
    sed 's/^/# /' "$log"
  fi
}

# ---------------------------------------------------------------------------
# Running the tool and looking at what it did

# cli ARG...: runs aftercare-cli; sets $status, $out and $err.
cli() {
  "$AFTERCARE_CLI" "$@" >"$out" 2>"$err" </dev/null
  status=$?
}

show() {
  echo "exit status: $status"
  echo "stdout:"
  sed 's/^/  | /' "$out"
  echo "stderr:"
  sed 's/^/  | /' "$err"
}

fail() {
  echo "$*"
  show
  return 1
}

want_status() {
  [[ $status == "$1" ]] || fail "expected exit status $1, got $status"
}

want_err() {
  local fragment
  for fragment in "$@"; do
    grep -qF -- "$fragment" "$err" || fail "stderr does not say: $fragment" || return 1
  done
}

want_out() {
  local fragment
  for fragment in "$@"; do
    grep -qF -- "$fragment" "$out" || fail "stdout does not say: $fragment" || return 1
  done
}

want_out_regex() {
  grep -qE -- "$1" "$out" || fail "stdout does not match: $1"
}

want_empty_err() {
  [[ ! -s $err ]] || fail "expected nothing on stderr"
}

want_empty_out() {
  [[ ! -s $out ]] || fail "expected nothing on stdout"
}

want_mode() {
  local mode
  mode=$(stat -c %a "$2") || return 1
  [[ $mode == "$1" ]] || fail "$2 has mode $mode, expected $1"
}

want_absent() {
  [[ ! -e $1 && ! -L $1 ]] || fail "$1 exists"
}

want_same() {
  cmp -- "$1" "$2" || fail "$2 differs from $1"
}

# want_only_file DIR NAME: DIR holds NAME and nothing else (no backup, no
# temporary file).
want_only_file() {
  local listing
  listing=$(ls -A -- "$1")
  [[ $listing == "$2" ]] || fail "$1 holds: $(echo $listing)"
}

# want_json FILE EXPRESSION: a Python expression over j, the parsed FILE.
want_json() {
  python3 - "$1" "$2" <<'EOF' || fail "not true of $1: $2"
import datetime, json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    j = json.load(f)
result = eval(sys.argv[2], {"j": j, "datetime": datetime})
if not result:
    print("false: " + sys.argv[2])
    sys.exit(1)
EOF
}

# The first UUID on stdout.
printed_id() {
  grep -oE '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' "$out" | head -n 1
}

# fixture NAME [DIR]: a fresh copy of tests/fixtures/NAME as DIR/journal.json
# (DIR default: a new folder); prints its path.
fixture() {
  local dir=${2:-$(mktemp -d "$tmp/fixture.XXXXXX")}
  mkdir -p -- "$dir"
  cp -- "$FIXTURES_DIR/$1" "$dir/journal.json"
  echo "$dir/journal.json"
}

UUID_RE='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

# ---------------------------------------------------------------------------
# Help

t_help_tool() {
  cli --help &&
    want_status 0 && want_out "Usage:" "add-session" "check-in" "list" "remove" "Exit status:"
}
check "--help for the tool exits 0 and lists the commands" t_help_tool

t_help_short() {
  cli -h && want_status 0 && want_out "Usage:"
}
check "-h for the tool exits 0" t_help_short

t_version() {
  cli --version && want_status 0 && want_out "aftercare-cli "
}
check "--version exits 0" t_version

t_help_command() {
  local command=$1
  shift
  cli "$command" --help && want_status 0 && want_out "Usage:" "$command" "--file" "$@"
}
check "add-session --help exits 0 and shows its options" \
  t_help_command add-session --start --minutes --pressure --purpose --area --planned --notes
check "check-in --help exits 0 and shows its options" \
  t_help_command check-in --date --soreness --area --symptom --notes
check "list --help exits 0 and shows its options" t_help_command list --json
check "remove --help exits 0" t_help_command remove ID

# ---------------------------------------------------------------------------
# Happy paths: a new journal in a folder that does not exist yet

home=$tmp/happy
journal=$home/new/nested/journal.json

t_add_first() {
  cli --file "$journal" add-session --start 2025-01-02T10:30 --minutes 60 --pressure deep \
      --purpose sport --therapist "Ana María" --area neck --area calves --notes "first" &&
    want_status 0 && want_out_regex "^Added past session $UUID_RE$" && want_empty_err &&
    [[ -f $journal ]] || fail "$journal was not created"
}
check "add-session (--file before the command) creates a journal in new folders" t_add_first
first_session=$(printed_id)

t_private_modes() {
  want_mode 700 "$home/new" && want_mode 700 "$home/new/nested" && want_mode 600 "$journal"
}
check "the new folders are 0700 and the journal 0600" t_private_modes

# Without --file: the journal in the user's data folder.
t_default_path() {
  local journal=$XDG_DATA_HOME/aftercare/journal.json
  cli check-in --date 2025-01-02 --soreness 2 && want_status 0 &&
    [[ -f $journal ]] || fail "no journal at $journal" || return 1
  want_mode 700 "$XDG_DATA_HOME/aftercare" && want_mode 600 "$journal" &&
    want_json "$journal" "j['checkins'][0]['date'] == '2025-01-02'" &&
    cli list && want_status 0 && want_out "1 check-in"
}
check "without --file, the journal is \$XDG_DATA_HOME/aftercare/journal.json" t_default_path

t_list_first() {
  cli --file "$journal" list &&
    want_status 0 &&
    want_out "1 session" "$first_session" "2025-01-02 10:30 +00:00" "60 min" "deep" "sport" \
             "Ana María" "[neck, calves]" "0 check-ins"
}
check "list shows the session" t_list_first

t_first_fields() {
  want_json "$journal" 'j["format"] == "aftercare-journal" and j["version"] == 2' &&
    want_json "$journal" "[s for s in j['sessions'] if s['id'] == '$first_session'] == [{
        'id': '$first_session', 'start': '2025-01-02T10:30:00+00:00', 'minutes': 60,
        'pressure': 'deep', 'purpose': 'sport', 'therapist': 'Ana María',
        'areas': ['neck', 'calves'], 'planned': False, 'notes': 'first'}]"
}
check "the file holds every field of the session, HH:MM in local time (UTC)" t_first_fields

# add_session START: adds a short session after the command's own --file and
# prints nothing; sets $added to its id.
added=
t_start_form() {
  local start=$1 stored=$2
  shift 2
  cli add-session --file "$journal" --start "$start" --minutes 30 --pressure light "$@" &&
    want_status 0 && added=$(printed_id) && [[ -n $added ]] &&
    want_json "$journal" "[s['start'] for s in j['sessions'] if s['id'] == '$added'] == ['$stored']"
}
check "add-session (--file after the command): HH:MM with offset +02:00" \
  t_start_form 2025-01-03T10:30+02:00 2025-01-03T10:30:00+02:00
check "add-session: HH:MM:SS with offset -05:00" \
  t_start_form 2025-01-04T07:15:30-05:00 2025-01-04T07:15:30-05:00
check "add-session: HH:MM with Z" \
  t_start_form 2025-01-04T23:00Z 2025-01-04T23:00:00+00:00

t_start_file_equals() {
  cli --file="$journal" add-session --start 2025-01-05 --minutes 30 --pressure light &&
    want_status 0 && added=$(printed_id) &&
    want_json "$journal" "[s['start'] for s in j['sessions'] if s['id'] == '$added'] == ['2025-01-05T00:00:00+00:00']"
}
check "add-session (--file=PATH): a date alone starts at local midnight" t_start_file_equals

t_local_zone() {
  TZ=Asia/Kolkata cli --file "$journal" add-session --start 2025-01-06T08:00 --minutes 30 --pressure light &&
    want_status 0 && added=$(printed_id) &&
    want_json "$journal" "[s['start'] for s in j['sessions'] if s['id'] == '$added'] == ['2025-01-06T08:00:00+05:30']"
}
if [[ -e /usr/share/zoneinfo/Asia/Kolkata ]]; then
  check "add-session: a start without an offset is in the local zone (TZ=Asia/Kolkata)" t_local_zone
else
  skip "add-session: a start without an offset is in the local zone" "no tzdata for Asia/Kolkata"
fi

# 02:30 on the day the clocks go forward in Berlin does not exist: refused
# with the gap, not moved to 03:00; the times around it are kept as typed.
t_dst_gap() {
  local gap=$tmp/gap.json
  TZ=Europe/Berlin cli --file "$gap" add-session --start 2026-03-29T02:30 --minutes 30 --pressure light &&
    want_status 1 &&
    want_err "--start: “2026-03-29T02:30” does not exist in the local time zone (Europe/Berlin): on 2026-03-29 the clocks go forward from 02:00 to 03:00" &&
    want_absent "$gap" || return 1
  # Around the gap, with an offset, and in the hour the autumn change makes
  # twice (either offset; only the time of day is asserted).
  local start stored
  for start in 2026-03-29T01:59=2026-03-29T01:59:00+01:00 2026-03-29T03:00=2026-03-29T03:00:00+02:00 \
               2026-03-29T02:30+01:00=2026-03-29T02:30:00+01:00 2026-10-25T02:30=2026-10-25T02:30:00+0; do
    stored=${start#*=} start=${start%%=*}
    TZ=Europe/Berlin cli --file "$gap" add-session --start "$start" --minutes 30 --pressure light &&
      want_status 0 && added=$(printed_id) &&
      want_json "$gap" "[s['start'][:len('$stored')] for s in j['sessions'] if s['id'] == '$added'] == ['$stored']" ||
      return 1
  done
}
check "add-session: a start in the DST gap (02:30 in Berlin, TZ=Europe/Berlin) is refused naming the gap" t_dst_gap

t_future_planned() {
  cli --file "$journal" add-session --start 2999-01-01T10:00 --minutes 90 --pressure moderate &&
    want_status 0 && want_out_regex "^Added planned session $UUID_RE$" && added=$(printed_id) &&
    want_json "$journal" "[s['planned'] for s in j['sessions'] if s['id'] == '$added'] == [True]"
}
check "add-session: a start in the future becomes a planned session" t_future_planned

t_planned_flag() {
  cli --file "$journal" add-session --start 2025-01-07T09:00 --minutes 45 --pressure light --planned &&
    want_status 0 && want_out "Added planned session" && added=$(printed_id) &&
    want_json "$journal" "[s['planned'] for s in j['sessions'] if s['id'] == '$added'] == [True]"
}
check "add-session --planned marks a past start as planned" t_planned_flag

t_edges_minutes() {
  cli --file "$journal" add-session --start 2025-01-08T09:00 --minutes "$1" --pressure light &&
    want_status 0 && added=$(printed_id) &&
    want_json "$journal" "[s['minutes'] for s in j['sessions'] if s['id'] == '$added'] == [$1]"
}
check "add-session --minutes 1 (lowest) is accepted" t_edges_minutes 1
check "add-session --minutes 600 (highest) is accepted" t_edges_minutes 600

# Overlapping sessions are allowed, with a note naming the other one;
# one that starts as the other ends is not an overlap.
t_overlap() {
  local file=$tmp/overlap/journal.json first
  mkdir -p "$tmp/overlap"
  cli --file "$file" add-session --start 2025-02-03T18:00 --minutes 60 --pressure deep &&
    want_status 0 && first=$(printed_id) &&
    cli --file "$file" add-session --start 2025-02-03T19:00 --minutes 30 --pressure light &&
    want_status 0 && want_empty_err &&
    cli --file "$file" add-session --start 2025-02-03T08:59 --minutes 600 --pressure light &&
    want_status 0 && want_err "Note: it overlaps the session of 2025-02-03 18:00 (60 min), $first" &&
    want_json "$file" "len(j['sessions']) == 3"
}
check "add-session overlapping another is added, with a note naming it; touching is no overlap" t_overlap

t_sorted_json() {
  cli --file "$journal" list --json &&
    want_status 0 &&
    { cmp -s "$out" <(cat "$journal"; echo) || fail "list --json is not the file's text"; } &&
    want_json "$out" '([datetime.datetime.fromisoformat(s["start"]) for s in j["sessions"]] ==
                       sorted(datetime.datetime.fromisoformat(s["start"]) for s in j["sessions"]))'
}
check "list --json prints the file, sessions sorted by time" t_sorted_json

t_backup() {
  local before=$tmp/before.json
  cp -- "$journal" "$before"
  cli --file "$journal" add-session --start 2025-01-09T09:00 --minutes 30 --pressure light &&
    want_status 0 && want_same "$before" "$journal.bak" && want_mode 600 "$journal.bak"
}
check "a save keeps the previous file as journal.json.bak (0600)" t_backup

t_checkin() {
  cli --file "$journal" check-in --date 2025-01-03 --soreness 4 --area neck --area shoulders \
      --symptom bruising --notes "stiff" &&
    want_status 0 && want_out_regex "^Checked in for 2025-01-03: $UUID_RE$" && want_empty_err &&
    first_checkin=$(printed_id) &&
    want_json "$journal" "[c for c in j['checkins'] if c['id'] == '$first_checkin'] == [{
        'id': '$first_checkin', 'date': '2025-01-03', 'soreness': 4,
        'areas': ['neck', 'shoulders'], 'symptoms': ['bruising'], 'notes': 'stiff'}]"
}
first_checkin=
check "check-in records every field" t_checkin

t_checkin_drops_symptom() {
  local before=$tmp/before.json
  cp -- "$journal" "$before"
  cli --file "$journal" check-in --date 2025-01-03 --soreness 7 &&
    want_status 1 && want_empty_out &&
    want_err "the check-in of 2025-01-03 lists bruising, which this one would remove" \
             "--drop-symptoms" "nothing was changed" &&
    want_same "$before" "$journal"
}
check "a check-in that would drop a symptom exits 1, names it and --drop-symptoms; nothing written" \
  t_checkin_drops_symptom

# A check-in says how one felt: not for a day that hasn't come. (The
# edge, today against tomorrow, is tested in test-records with a fixed
# clock; the command line has no clock of its own to set.)
t_checkin_future() {
  local before=$tmp/before.json
  cp -- "$journal" "$before"
  cli --file "$journal" check-in --date 2999-01-01 --soreness 2 &&
    want_status 1 && want_empty_out &&
    want_err "--date: a check-in can't be for a day that hasn't come" &&
    want_same "$before" "$journal"
}
check "a check-in for a day that hasn't come exits 1, names --date; nothing written" t_checkin_future

t_checkin_replace() {
  cli --file "$journal" check-in --date 2025-01-03 --soreness 7 --drop-symptoms --file "$journal" &&
    want_status 0 && want_err "Replaced the check-in of 2025-01-03" && added=$(printed_id) &&
    want_json "$journal" "[(c['id'], c['soreness']) for c in j['checkins'] if c['date'] == '2025-01-03'] == [('$added', 7)]" &&
    cli --file "$journal" list && want_status 0 && want_out "1 check-in" "2025-01-03  soreness  7" &&
    { ! grep -qF "$first_checkin" "$out" || fail "the first check-in is still listed"; }
}
check "a second check-in for the same date replaces the first; list shows one" t_checkin_replace
replacing_checkin=$added

t_soreness_edges() {
  cli --file "$journal" check-in --date "$2" --soreness "$1" &&
    want_status 0 &&
    want_json "$journal" "[c['soreness'] for c in j['checkins'] if c['date'] == '$2'] == [$1]"
}
check "check-in --soreness 0 (lowest) is accepted" t_soreness_edges 0 2025-01-10
check "check-in --soreness 10 (highest) is accepted" t_soreness_edges 10 2025-01-11

t_remove_session() {
  local before
  before=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sessions"]))' "$journal")
  cli --file "$journal" remove "$first_session" &&
    want_status 0 && want_out "Removed $first_session" &&
    want_json "$journal" "'$first_session' not in [s['id'] for s in j['sessions']] and len(j['sessions']) == $before - 1" &&
    cli --file "$journal" list && { ! grep -qF "$first_session" "$out" || fail "still listed"; }
}
check "remove takes a session out" t_remove_session

t_remove_checkin() {
  cli remove "$replacing_checkin" --file "$journal" &&
    want_status 0 && want_out "Removed $replacing_checkin" &&
    want_json "$journal" "[c['date'] for c in j['checkins']] == ['2025-01-10', '2025-01-11']"
}
check "remove (--file after the id) takes a check-in out" t_remove_checkin

t_mode_restored() {
  local file
  file=$(fixture minimal.json)
  chmod 0644 "$file"
  cli --file "$file" check-in --date 2025-02-01 --soreness 1 &&
    want_status 0 && want_mode 600 "$file"
}
check "an existing journal readable by others is written back 0600" t_mode_restored

t_list_missing() {
  local file=$tmp/missing/journal.json
  cli --file "$file" list &&
    want_status 0 && want_out "No sessions or check-ins yet." && want_absent "$tmp/missing"
}
check "list of a journal that does not exist yet is empty and creates nothing" t_list_missing

t_list_minimal() {
  cli --file "$(fixture minimal.json)" list && want_status 0 && want_out "No sessions or check-ins yet."
}
check "minimal.json (format and version only) lists as empty" t_list_minimal

t_list_full() {
  cli --file "$(fixture full.json)" list &&
    want_status 0 &&
    want_out "3 sessions" "4 check-ins" "2026-11-02 18:30 +01:00" "2026-11-10 09:00 -05:00" \
             "(planned)" "Jürgen Ødegaard" "symptoms: dark-urine, bruising"
}
check "list of full.json shows every record" t_list_full

t_list_profile() {
  local file
  file=$(fixture minimal.json)
  cli --file "$file" list && want_status 0 && { ! grep -qF "Health profile" "$out" || fail "an empty profile is listed"; } &&
  cli --file "$(fixture full.json)" list && want_status 0 &&
    want_out "Health profile" "  conditions: blood-thinners, osteoporosis, recent-injury" \
             "  areas to avoid: lower-back" \
             "  notes for a therapist: Left shoulder operated in 2019; no deep work there." \
             '    Prefers a "firm but slow" pace.'
}
check "list shows the health profile: conditions, areas to avoid, notes for a therapist" t_list_profile

t_full_json() {
  local file
  file=$(fixture full.json)
  cli --file "$file" list --json && want_status 0 && want_same "$FIXTURES_DIR/full.json" "$out"
}
check "list --json of full.json gives back the file byte for byte" t_full_json

t_full_write_keeps() {
  local file
  file=$(fixture full.json)
  cli --file "$file" remove 00000000-0000-4000-8000-000000000000 && want_status 1 &&
    cli --file "$file" add-session --start 2026-11-15T12:00+01:00 --minutes 50 --pressure light &&
    want_status 0 && added=$(printed_id) &&
    cli --file "$file" remove "$added" && want_status 0 &&
    want_same "$FIXTURES_DIR/full.json" <(cat "$file"; echo)
}
check "adding and removing a session leaves full.json as it was" t_full_write_keeps

t_generated() {
  local file=$tmp/generated-$1/journal.json before
  mkdir -p "$(dirname "$file")"
  "$MAKE_FIXTURE" --kind "$1" --end 2026-11-22 --output "$file" || fail "make-fixture failed" || return 1
  before=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sessions"]))' "$file")
  cli --file "$file" list && want_status 0 && want_out "sessions" "check-ins" &&
    cli --file "$file" add-session --start 2001-01-01T09:00 --minutes 60 --pressure light &&
    want_status 0 && want_json "$file" "len(j['sessions']) == $before + 1"
}
check "a generated typical journal lists, and takes a new session" t_generated typical
check "a generated heavy journal lists, and takes a new session" t_generated heavy

# The generator writes journals of any span and rhythm, the same for the
# same seed.
t_generator_spec() {
  local a=$tmp/gen-spec/a.json b=$tmp/gen-spec/b.json
  mkdir -p "$tmp/gen-spec"
  "$MAKE_FIXTURE" --years 2 --sessions-per-week 2 --checkin-days 1 --planned 0 --output "$a" &&
    "$MAKE_FIXTURE" --years 2 --sessions-per-week 2 --checkin-days 1 --planned 0 --output "$b" ||
    fail "make-fixture failed" || return 1
  cmp -s "$a" "$b" || fail "the same seed gave two different journals" || return 1
  want_json "$a" "200 <= len(j['sessions']) <= 216 and len(j['checkins']) == len(j['sessions'])" &&
    want_json "$a" "all(not s['planned'] for s in j['sessions'])" &&
    want_json "$a" "min(s['start'] for s in j['sessions']) >= '2024-11-22'" &&
    cli --file "$a" list && want_status 0
}
check "make-fixture --years 2 --sessions-per-week 2 --checkin-days 1: the rhythm asked for, the same for the same seed" \
  t_generator_spec

t_generator_refuses() {
  local file=$tmp/gen-refuse.json
  if "$MAKE_FIXTURE" "$@" --output "$file" 2>"$err"; then
    fail "make-fixture $* succeeded"
    return 1
  fi
  [[ ! -e $file ]] || fail "make-fixture $* wrote a file"
}
check "make-fixture refuses an unknown --kind" t_generator_refuses --kind busy
check "make-fixture refuses --years 101" t_generator_refuses --years 101
check "make-fixture refuses --checkin-days 4" t_generator_refuses --checkin-days 4

# ---------------------------------------------------------------------------
# Usage errors: exit 1, a message naming the option or field and the rule,
# and the journal untouched

usage_journal=$(fixture full.json "$tmp/usage")

# usage "FRAGMENT..." -- ARG...: the command fails with status 1, says every
# FRAGMENT, and leaves the journal as it was.
usage() {
  local fragments=()
  while [[ $1 != -- ]]; do
    fragments+=("$1")
    shift
  done
  shift
  cli --file "$usage_journal" "$@"
  want_status 1 && want_err "${fragments[@]}" &&
    want_same "$FIXTURES_DIR/full.json" "$usage_journal" &&
    want_only_file "$tmp/usage" journal.json
}

S=(--start 2025-01-02T10:30)
check "add-session without --minutes" \
  usage "--minutes" "required" -- add-session "${S[@]}" --pressure deep
check "add-session without --pressure" \
  usage "--pressure" "required" -- add-session "${S[@]}" --minutes 60
check "add-session without --start" \
  usage "--start" "required" -- add-session --minutes 60 --pressure deep
check "add-session --minutes 0 (below 1)" \
  usage "minutes: 0 is out of range 1–600" -- add-session "${S[@]}" --minutes 0 --pressure deep
check "add-session --minutes 601 (above 600)" \
  usage "minutes: 601 is out of range 1–600" -- add-session "${S[@]}" --minutes 601 --pressure deep
check "add-session --minutes -5" \
  usage "minutes: -5 is out of range 1–600" -- add-session "${S[@]}" --minutes -5 --pressure deep
check "add-session --minutes abc (not a number)" \
  usage "--minutes" "abc" -- add-session "${S[@]}" --minutes abc --pressure deep
check "add-session --minutes 60.5 (not a whole number)" \
  usage "--minutes" "60.5" -- add-session "${S[@]}" --minutes 60.5 --pressure deep
check "add-session --pressure firm" \
  usage "--pressure: “firm” is not one of: light, moderate, deep" -- \
  add-session "${S[@]}" --minutes 60 --pressure firm
check "add-session --purpose fun" \
  usage "--purpose: “fun” is not one of: relaxation, social, sport, injury, other" -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --purpose fun
check "add-session --area elbow" \
  usage "--area: “elbow” is not one of: head, neck, shoulders," -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --area neck --area elbow
check "add-session --area neck --area neck (listed twice, as the file refuses)" \
  usage "--area: “neck” is listed twice" -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --area neck --area neck
check "check-in --symptom bruising --symptom bruising (listed twice)" \
  usage "--symptom: “bruising” is listed twice" -- \
  check-in --date 2025-01-02 --soreness 3 --symptom bruising --symptom bruising
check "add-session --start yesterday (not a date)" \
  usage "--start: “yesterday” is not a date or date-time" -- \
  add-session --start yesterday --minutes 60 --pressure deep
check "add-session --start 2025-13-02 (no such month)" \
  usage "--start: “2025-13-02” is not a date or date-time" -- \
  add-session --start 2025-13-02 --minutes 60 --pressure deep
check "add-session --start 2025-01-02T25:00 (no such hour)" \
  usage "--start: “2025-01-02T25:00” is not a date or date-time" -- \
  add-session --start 2025-01-02T25:00 --minutes 60 --pressure deep
check "add-session --start 0999-01-02 (year out of range)" \
  usage "start: year 999 is out of range 1000–9999" -- \
  add-session --start 0999-01-02 --minutes 60 --pressure deep
long_notes=$(printf 'x%.0s' $(seq 4001))
check "add-session --notes of 4001 characters" \
  usage "notes: 4001 characters is more than the 4000 allowed" -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --notes "$long_notes"
check "add-session --therapist of 4001 characters" \
  usage "therapist: 4001 characters is more than the 4000 allowed" -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --therapist "$long_notes"

# The limits themselves are allowed.
t_at_limits() {
  local file=$tmp/limits/journal.json notes
  notes=$(printf 'é%.0s' $(seq 4000))
  mkdir -p "$tmp/limits"
  cli --file "$file" add-session "${S[@]}" --minutes 600 --pressure deep --notes "$notes" --therapist "$notes" &&
    want_status 0 &&
    cli --file "$file" add-session --start 1000-01-01T09:00 --minutes 1 --pressure light && want_status 0 &&
    cli --file "$file" add-session --start 9999-12-31T09:00 --minutes 60 --pressure light && want_status 0 &&
    cli --file "$file" check-in --date 1000-01-02 --soreness 10 --notes "$notes" && want_status 0 &&
    want_json "$file" "sorted(s['minutes'] for s in j['sessions']) == [1, 60, 600]" &&
    want_json "$file" "len(j['sessions'][1]['notes']) == 4000 and len(j['sessions'][1]['therapist']) == 4000" &&
    want_json "$file" "j['checkins'][0]['soreness'] == 10 and len(j['checkins'][0]['notes']) == 4000"
}
check "minutes 1 and 600, years 1000 and 9999 (a session; a check-in can't be for a day to come), soreness 10 and 4000 characters of notes and therapist are taken" t_at_limits

check "check-in without --soreness" \
  usage "--soreness is required" -- check-in --date 2025-01-02
check "check-in --soreness -1 (below 0)" \
  usage "soreness: -1 is out of range 0–10" -- check-in --date 2025-01-02 --soreness -1
check "check-in --soreness 11 (above 10)" \
  usage "soreness: 11 is out of range 0–10" -- check-in --date 2025-01-02 --soreness 11
check "check-in --soreness high (not a number)" \
  usage "--soreness" "high" -- check-in --date 2025-01-02 --soreness high
check "check-in --date 2025-02-30 (no such day)" \
  usage "--date: “2025-02-30” is not a date such as 2026-11-21" -- check-in --date 2025-02-30 --soreness 3
check "check-in --date 2026-W01-1 (week form)" \
  usage "--date: “2026-W01-1” is not a date such as 2026-11-21" -- check-in --date 2026-W01-1 --soreness 3
check "check-in --symptom dizzy" \
  usage "--symptom: “dizzy” is not one of: leg-swelling," -- check-in --date 2025-01-02 --soreness 3 --symptom dizzy
check "check-in --area elbow" \
  usage "--area: “elbow” is not one of: head," -- check-in --date 2025-01-02 --soreness 3 --area elbow
check "check-in --notes of 4001 characters" \
  usage "notes: 4001 characters is more than the 4000 allowed" -- \
  check-in --date 2025-01-02 --soreness 3 --notes "$long_notes"

check "an unknown command" usage "unknown command “frobnicate”" -- frobnicate
check "an unknown option after the command" usage "--bogus" "nknown option" -- list --bogus
check "an unknown option before the command" usage "unknown option “--bogus”" -- --bogus list
check "no command" usage "no command given" --
check "list with an extra argument" usage "unexpected argument “extra”" -- list extra
check "remove without an id" usage "missing argument" -- remove
check "remove with two ids" \
  usage "unexpected argument" -- remove 2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f 5b7d1e0a-3c2f-4a19-8e6d-0f1a2b3c4d5e
check "remove of an unknown id" \
  usage "no session, check-in or clearance with id “6f1c7a2e-0000-4000-8000-000000000000”" -- \
  remove 6f1c7a2e-0000-4000-8000-000000000000
check "remove of something that is not an id" \
  usage "no session, check-in or clearance with id “not-an-id”" -- remove not-an-id

t_file_without_path() {
  "$AFTERCARE_CLI" --file >"$out" 2>"$err" </dev/null
  status=$?
  want_status 1 && want_err "--file"
}
check "--file without a path" t_file_without_path

t_usage_creates_nothing() {
  local dir=$tmp/never
  cli --file "$dir/journal.json" add-session "${S[@]}" --minutes 0 --pressure deep &&
    want_status 1 && want_absent "$dir" &&
    cli --file "$dir/journal.json" check-in --date 2025-01-02 --soreness 11 &&
    want_status 1 && want_absent "$dir" &&
    cli --file "$dir/journal.json" remove 6f1c7a2e-0000-4000-8000-000000000000 &&
    want_status 1 && want_absent "$dir"
}
check "a usage error on a journal that does not exist yet creates nothing" t_usage_creates_nothing

# ---------------------------------------------------------------------------
# Invalid journals: every command exits 2, names the file and what is
# wrong, and writes nothing

expectations=$FIXTURES_DIR/bad-expectations.txt

t_expectations_cover() {
  local file name listed missing=0
  listed=$(grep -v '^#' "$expectations" | cut -f1 | sort)
  for file in "$FIXTURES_DIR"/bad-*.json; do
    name=$(basename "$file")
    grep -qxF "$name" <<<"$listed" || { echo "no expectation for $name"; missing=1; }
  done
  for name in $listed; do
    [[ -f $FIXTURES_DIR/$name ]] || { echo "no fixture $name"; missing=1; }
  done
  ((missing == 0))
}
check "every bad-*.json fixture has an expected message, and every expectation a fixture" t_expectations_cover

t_bad_list() {
  local name=$1 fragment=$2 file
  file=$(fixture "$name")
  cli --file "$file" list &&
    want_status 2 && want_err "$file: " "$fragment" && want_same "$FIXTURES_DIR/$name" "$file" &&
    want_only_file "$(dirname "$file")" journal.json
}

t_bad_write() {
  local name=$1 file
  shift
  file=$(fixture "$name")
  cli --file "$file" "$@" &&
    want_status 2 && want_err "$file: " && want_same "$FIXTURES_DIR/$name" "$file" &&
    want_only_file "$(dirname "$file")" journal.json
}

while IFS=$'\t' read -r name fragment; do
  [[ -z $name || $name == \#* ]] && continue
  check "$name: list exits 2 and says: $fragment" t_bad_list "$name" "$fragment"
  check "$name: add-session exits 2 and leaves the file unchanged" \
    t_bad_write "$name" add-session --start 2025-01-02T10:30 --minutes 60 --pressure deep
  check "$name: check-in exits 2 and leaves the file unchanged" \
    t_bad_write "$name" check-in --date 2025-01-02 --soreness 3
  check "$name: remove exits 2 and leaves the file unchanged" \
    t_bad_write "$name" remove 2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f
done <"$expectations"

t_unreadable_path() {
  local plain=$tmp/plain-file
  : >"$plain"
  cli --file "$plain/journal.json" list && want_status 2 && want_err "$plain/journal.json" &&
    cli --file "$plain/journal.json" add-session "${S[@]}" --minutes 60 --pressure deep &&
    want_status 2 && want_err "$plain/journal.json" && [[ ! -s $plain ]]
}
check "a journal whose folder is a plain file cannot be read: exit 2, naming it" t_unreadable_path

# unwritable_member TEXT FRAGMENT...: a journal holding TEXT as an unknown
# member, which is not JSON or not a value Aftercare can keep, is refused:
# every command exits 2 saying each FRAGMENT, and the file is never written.
unwritable_member() {
  local dir file copy text=$1
  shift
  dir=$(mktemp -d "$tmp/odd.XXXXXX")
  file=$dir/journal.json
  copy=$tmp/odd-copy.json
  printf '{"format": "aftercare-journal", "version": 1, "x-odd": %s}\n' "$text" >"$file"
  cp -- "$file" "$copy"
  cli --file "$file" list &&
    want_status 2 && want_err "$file: " "$@" &&
    cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep &&
    want_status 2 && want_same "$copy" "$file" && want_only_file "$dir" journal.json
}
check "an unknown member with a lone surrogate escape is refused, the file kept" \
  unwritable_member '"caf\ud83d!"' "line 1: x-odd: holds \\ud83d, half of a surrogate pair"
check "an unknown member with an octal escape (not JSON) is refused with its line" \
  unwritable_member '"\217"' "line 1, column 57: not valid JSON" "“\\2” is not an escape JSON knows"
check "an unknown member with a \\u escape cut short before a UTF-8 letter is refused" \
  unwritable_member $'"\\u00e\xd0\x9f"' "line 1, column 57: not valid JSON" "four hexadecimal digits"
check "an unknown member with 1e400 (too large for a double) is refused, saying so" \
  unwritable_member 1e400 "line 1: x-odd: the number 1e400 is too large"
check "a string holding \\u0000 is refused by name, never cut" \
  unwritable_member '"before\u0000after"' "line 1: x-odd: holds a NUL character (\\u0000), which Aftercare cannot keep"
check "a member name holding \\u0000 is refused, so no two names become one" \
  unwritable_member '{"a\u0000b": 1, "a": 2}' "x-odd: a member's name holds a NUL character"
check "a Windows path with bad escapes is refused, never rewritten" \
  unwritable_member '"C:\Users\xavier\notes.txt"' "not valid JSON" "“\\U” is not an escape JSON knows"
check "a comment is refused with its line" \
  unwritable_member $'1 // one\n' "line 1, column 58: not valid JSON" "a comment, which JSON does not allow"

# bad_notes TEXT FRAGMENT...: a session whose notes are TEXT (as JSON) is
# refused by its path, the file never written.
bad_notes() {
  local dir file copy text=$1
  shift
  dir=$(mktemp -d "$tmp/notes.XXXXXX")
  file=$dir/journal.json
  copy=$tmp/notes-copy.json
  cp -- "$FIXTURES_DIR/full.json" "$file"
  python3 -c '
import sys
path, text = sys.argv[1], sys.argv[2]
data = open(path, encoding="utf-8").read()
i = data.index("\"notes\"", data.index("\"sessions\""))
j = data.index("\n", i)
comma = "," if data[j - 1] == "," else ""
open(path, "w", encoding="utf-8").write(data[:i] + "\"notes\": " + text + comma + data[j:])
' "$file" "$text" || return 1
  cp -- "$file" "$copy"
  cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep &&
    want_status 2 && want_err "$file: " "$@" && want_same "$copy" "$file" &&
    want_only_file "$dir" journal.json
}
check "notes holding \\u0000 are refused by the field's path" \
  bad_notes '"before\u0000after"' "sessions[0].notes: holds a NUL character (\\u0000), which Aftercare cannot keep"
check "notes with a raw tab are refused with the line" \
  bad_notes $'"a\tb"' "not valid JSON" "a control character (U+0009) inside a string"

# Deep nesting is refused before anything recurses (it crashed at 100,000).
t_deep_nesting() {
  local dir file copy
  dir=$(mktemp -d "$tmp/deep.XXXXXX")
  file=$dir/journal.json
  copy=$tmp/deep-copy.json
  python3 -c 'import sys; n = 100000; sys.stdout.write("{\"format\": \"aftercare-journal\", \"version\": 1, \"x-deep\": " + "[" * n + "]" * n + "}\n")' >"$file"
  cp -- "$file" "$copy"
  cli --file "$file" list --json && want_status 2 && want_err "nest deeper than 64 levels" &&
    cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep &&
    want_status 2 && want_same "$copy" "$file"
}
check "100,000 nested lists in an unknown member are refused, exit 2, no crash" t_deep_nesting

# An unknown member keeps its own text: numbers as written, and a nested
# one written back at its own size (2,000 levels deep once became 8 MB).
t_unknown_own_text() {
  local dir file before after
  dir=$(mktemp -d "$tmp/own.XXXXXX")
  file=$dir/journal.json
  python3 -c 'import sys; n = 60; sys.stdout.write("{\"format\": \"aftercare-journal\", \"version\": 1,\n \"x-n\": [1E22, 1e20, -1e-78, 0.10, -0, 1.0],\n \"x-deep\": " + "[" * n + "\"é\"" + "]" * n + "}\n")' >"$file"
  before=$(stat -c %s "$file")
  cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep && want_status 0 || return 1
  grep -qF '"x-n" : [1E22, 1e20, -1e-78, 0.10, -0, 1.0]' "$file" ||
    fail "the numbers were not kept as written" || return 1
  after=$(stat -c %s "$file")
  (( after < before + 1000 )) || fail "grew from $before to $after bytes"
}
check "an unknown member keeps its own text: 1E22 stays 1E22; nesting does not inflate the file" t_unknown_own_text

# JSONTestSuite's n_ files are not JSON: each, as the journal, exits 2 and
# is left byte for byte as it was.
t_jsontestsuite_refused() {
  local dir file name failed=0
  dir=$(mktemp -d "$tmp/jts.XXXXXX")
  file=$dir/journal.json
  for name in "$JSONTESTSUITE_DIR"/n_*.json; do
    cp -- "$name" "$file"
    cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep
    if [[ $status != 2 ]] || ! cmp -s -- "$name" "$file"; then
      echo "${name##*/}: exit $status"
      failed=1
    fi
  done
  want_only_file "$dir" journal.json && (( failed == 0 ))
}
check "every JSONTestSuite n_ file as the journal exits 2 and is left untouched" t_jsontestsuite_refused

t_surrogate_pair_kept() {
  local dir file
  dir=$(mktemp -d "$tmp/pair.XXXXXX")
  file=$dir/journal.json
  printf '{"format": "aftercare-journal", "version": 1, "x-odd": "\\ud83d\\ude00"}\n' >"$file"
  cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep && want_status 0 &&
    cli --file "$file" list && want_status 0 && want_out "1 session" &&
    want_json "$file" 'j["x-odd"] == "\U0001F600"'
}
check "an unknown member with a surrogate pair is kept through a save" t_surrogate_pair_kept

# ---------------------------------------------------------------------------
# A journal from a newer Aftercare: read, never written

t_newer_list() {
  cli --file "$(fixture newer-version.json)" list &&
    want_status 0 && want_out "1 session" "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f" "1 check-in" &&
    want_err "written by a newer version of Aftercare (format 3); shown read-only"
}
check "newer-version.json (version 3) lists, and says it is read-only" t_newer_list

t_newer_write() {
  local file
  file=$(fixture newer-version.json)
  cli --file "$file" "$@" &&
    want_status 2 && want_err "newer version" &&
    want_same "$FIXTURES_DIR/newer-version.json" "$file" &&
    want_only_file "$(dirname "$file")" journal.json
}
check "newer-version.json: add-session exits 2 and leaves the file unchanged" \
  t_newer_write add-session "${S[@]}" --minutes 60 --pressure deep
check "newer-version.json: check-in exits 2 and leaves the file unchanged" \
  t_newer_write check-in --date 2025-01-02 --soreness 3
check "newer-version.json: remove exits 2 and leaves the file unchanged" \
  t_newer_write remove 2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f
check "newer-version.json: clear exits 2 and leaves the file unchanged" \
  t_newer_write clear bruising --date 2025-01-02

# ---------------------------------------------------------------------------
# A save that fails: exit 3, the old file intact

ro_dir=$tmp/read-only
ro_journal=$(fixture full.json "$ro_dir")
ro_how=
if [[ $(id -u) != 0 ]]; then
  chmod 0500 "$ro_dir" && ro_how="chmod 0500"
elif command -v chattr >/dev/null 2>&1 && chattr +i "$ro_dir" 2>/dev/null; then
  # root ignores permissions, but not the immutable attribute.
  immutable+=("$ro_dir")
  ro_how="chattr +i"
fi

t_save_fails() {
  cli --file "$ro_journal" "$@" &&
    want_status 3 && want_err "$ro_journal" "The journal on disk was not changed." &&
    want_same "$FIXTURES_DIR/full.json" "$ro_journal" &&
    want_only_file "$ro_dir" journal.json
}

t_save_fails_list() {
  cli --file "$ro_journal" list && want_status 0 && want_out "3 sessions" "4 check-ins"
}

if [[ -n $ro_how ]]; then
  check "add-session into a read-only folder ($ro_how) exits 3, old file intact" \
    t_save_fails add-session "${S[@]}" --minutes 60 --pressure deep
  check "check-in into a read-only folder exits 3, old file intact" \
    t_save_fails check-in --date 2025-01-02 --soreness 3
  check "remove in a read-only folder exits 3, old file intact" \
    t_save_fails remove 2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f
  check "the journal in the read-only folder still lists in full" t_save_fails_list
else
  for what in add-session check-in remove list; do
    skip "$what in a read-only folder" "running as root and chattr +i is not available here"
  done
fi

# ---------------------------------------------------------------------------
# Several writers at once, a journal behind a link, a read-only journal

# Another writer holds the lock (flock(1), which keeps it in its own process,
# -o) for longer than a writer waits. Started here so that the wait, a few
# seconds, overlaps the tests below; its end is checked after them.
lock_dir=$tmp/locked
lock_journal=$(fixture full.json "$lock_dir")
flock -o "$lock_dir/.journal.json.lock" sleep 20 >/dev/null 2>&1 </dev/null &
lock_holder=$!
until ! flock -n "$lock_dir/.journal.json.lock" true 2>/dev/null; do sleep 0.05; done
"$AFTERCARE_CLI" --file "$lock_journal" add-session "${S[@]}" --minutes 60 --pressure deep \
  >"$tmp/lock.out" 2>"$tmp/lock.err" </dev/null &
lock_writer=$!

# N writers at once on one journal, add-session and check-in (each on a day
# of its own), for a few rounds: every one exits 0 and its record is there.
t_writers_at_once() {
  local dir=$tmp/writers logs=$tmp/writers-logs round i st ids=() pids=()
  mkdir -p "$dir" "$logs"
  for round in 1 2 3; do
    for i in $(seq 1 20); do
      if ((i % 2)); then
        "$AFTERCARE_CLI" --file "$dir/journal.json" add-session --start "2026-0$round-$(printf %02d "$i")T10:00" \
          --minutes 60 --pressure light >"$logs/out.$i" 2>"$logs/err.$i" </dev/null &
      else
        "$AFTERCARE_CLI" --file "$dir/journal.json" check-in --date "2026-0$round-$(printf %02d "$i")" \
          --soreness 2 >"$logs/out.$i" 2>"$logs/err.$i" </dev/null &
      fi
      pids[i]=$!
    done
    for i in $(seq 1 20); do
      wait "${pids[i]}"
      st=$?
      if [[ $st != 0 ]]; then
        echo "round $round, writer $i exited $st:"
        cat "$logs/err.$i"
        return 1
      fi
      ids+=("$(grep -oE "$UUID_RE" "$logs/out.$i")")
    done
    want_json "$dir/journal.json" \
      "sorted([r['id'] for r in j['sessions'] + j['checkins']]) == sorted('${ids[*]}'.split())" || return 1
    [[ ${#ids[@]} == $((round * 20)) ]] || fail "${#ids[@]} ids printed after round $round" || return 1
    want_only_file "$dir" "$(printf 'journal.json\njournal.json.bak')" || return 1
  done
}
check "20 writers at once (add-session, check-in), 3 rounds: all exit 0, no record lost, nothing left over" \
  t_writers_at_once

# journal.json -> ../sync/journal.json, the file group-readable.
t_symlink() {
  local dir=$tmp/linked
  fixture full.json "$dir/sync" >/dev/null
  chmod 0640 "$dir/sync/journal.json"
  mkdir -p "$dir/home"
  ln -s ../sync/journal.json "$dir/home/journal.json"
  cli --file "$dir/home/journal.json" add-session "${S[@]}" --minutes 60 --pressure deep &&
    want_status 0 && added=$(printed_id) &&
    { [[ -L $dir/home/journal.json ]] || fail "the link was replaced"; } &&
    { [[ $(readlink "$dir/home/journal.json") == ../sync/journal.json ]] || fail "the link changed"; } &&
    want_json "$dir/sync/journal.json" "'$added' in [s['id'] for s in j['sessions']]" &&
    want_mode 600 "$dir/sync/journal.json" &&
    { [[ -f $dir/home/journal.json.bak && ! -L $dir/home/journal.json.bak ]] || fail "the backup is not a real file"; } &&
    want_same "$FIXTURES_DIR/full.json" "$dir/home/journal.json.bak" &&
    want_mode 600 "$dir/home/journal.json.bak" &&
    want_only_file "$dir/sync" journal.json
}
check "a linked journal is written through to its target: link kept, target 0600, backup a real file" t_symlink

# chmod 0444: refused, exit 3, the file as it was.
t_read_only_file() {
  local file
  file=$(fixture full.json)
  chmod 0444 "$file"
  cli --file "$file" "$@" &&
    want_status 3 && want_err "$file" "read-only" "The journal on disk was not changed." &&
    want_same "$FIXTURES_DIR/full.json" "$file" && want_mode 444 "$file" &&
    want_only_file "$(dirname "$file")" journal.json
}
check "add-session to a read-only journal (0444) exits 3, file untouched" \
  t_read_only_file add-session "${S[@]}" --minutes 60 --pressure deep
check "remove in a read-only journal (0444) exits 3, file untouched" \
  t_read_only_file remove 2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f

t_lock_held() {
  wait "$lock_writer"
  status=$?
  kill "$lock_holder" 2>/dev/null
  wait "$lock_holder" 2>/dev/null
  cp "$tmp/lock.out" "$out"
  cp "$tmp/lock.err" "$err"
  want_status 3 && want_err "$lock_journal" "still holds its lock" "The journal on disk was not changed." &&
    want_same "$FIXTURES_DIR/full.json" "$lock_journal"
}
check "a writer that cannot get the lock within a few seconds exits 3, file untouched" t_lock_held

# ---------------------------------------------------------------------------
# Members this version does not know are kept, at every level

# want_extras_kept ORIGINAL NEW: every x-* member of ORIGINAL, at the root,
# in the profile and in each session and check-in (by id), is in NEW with the
# same value.
want_extras_kept() {
  python3 - "$1" "$2" <<'EOF' || fail "unknown members were lost or changed"
import json, sys

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def extras(obj):
    return {k: v for k, v in obj.items() if k.startswith("x-")}

old, new = load(sys.argv[1]), load(sys.argv[2])
problems = []
if not extras(old):
    problems.append("the original has no x- members at the root")
if extras(old) != extras(new):
    problems.append("root: %r != %r" % (extras(old), extras(new)))
if extras(old["profile"]) != extras(new["profile"]):
    problems.append("profile: %r != %r" % (extras(old["profile"]), extras(new["profile"])))
for kind in ("sessions", "checkins", "clearances"):
    now = {r["id"]: r for r in new.get(kind, [])}
    for record in old.get(kind, []):
        if not extras(record):
            problems.append("%s %s: the original has no x- members" % (kind, record["id"]))
        elif extras(record) != extras(now.get(record["id"], {})):
            problems.append("%s %s: %r != %r" % (kind, record["id"], extras(record),
                                                extras(now.get(record["id"], {}))))
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
EOF
}

t_extras() {
  local file
  file=$(fixture unknown-members.json)
  cli --file "$file" list && want_status 0 && want_out "1 session" "1 check-in" &&
    cli --file "$file" add-session "${S[@]}" --minutes 60 --pressure deep && want_status 0 &&
    added=$(printed_id) &&
    want_extras_kept "$FIXTURES_DIR/unknown-members.json" "$file" &&
    cli --file "$file" check-in --date 2026-10-07 --soreness 1 && want_status 0 &&
    want_extras_kept "$FIXTURES_DIR/unknown-members.json" "$file" &&
    cli --file "$file" remove "$added" && want_status 0 &&
    want_extras_kept "$FIXTURES_DIR/unknown-members.json" "$file" &&
    want_json "$file" 'j["x-root-object"]["empty"] == {} and j["sessions"][0]["x-session-null"] is None'
}
check "unknown members at the root, in the profile, a session and a check-in survive add, check-in and remove" t_extras

t_extras_format2() {
  local file
  file=$(fixture format2-unknown-members.json)
  cli --file "$file" list && want_status 0 &&
    want_out "1 session" "felt 9  42.50 CHF" "1 check-in" "stress 4  sleep 6" "2 clearances" "looked at it: fine" &&
    cli --file "$file" clear leg-swelling --date 2026-10-09 && want_status 0 && added=$(printed_id) &&
    want_extras_kept "$FIXTURES_DIR/format2-unknown-members.json" "$file" &&
    cli --file "$file" remove "$added" && want_status 0 &&
    cli --file "$file" remove 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b && want_status 0 &&
    want_json "$file" '([c["id"] for c in j["clearances"]] == ["7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a"] and
                        j["clearances"][0]["x-clearance-by"]["where"] == ["surgery", None] and
                        (j["sessions"][0]["felt"], j["sessions"][0]["price"]) == (9, "42.50 CHF") and
                        (j["checkins"][0]["stress"], j["checkins"][0]["sleep"]) == (4, 6) and
                        j["x-root-last"] is None)'
}
check "format 2: unknown members of clearances and of records with the new members survive clear and remove" \
  t_extras_format2

# ---------------------------------------------------------------------------
# Format 2: felt, price, stress, sleep, clearances; version 1 files upgraded

f2_journal=$tmp/format2/journal.json

check "add-session --felt 11 (above 10)" \
  usage "--felt: 11 is out of range 0–10" -- add-session "${S[@]}" --minutes 60 --pressure deep --felt 11
check "add-session --felt -1 (below 0)" \
  usage "--felt: -1 is out of range 0–10" -- add-session "${S[@]}" --minutes 60 --pressure deep --felt -1
check "add-session --felt that is not a number" \
  usage "--felt" -- add-session "${S[@]}" --minutes 60 --pressure deep --felt good
check "add-session --price 60 euros" \
  usage "--price: “60 euros” is not an amount with a currency code, like “60.00 EUR”" -- \
  add-session "${S[@]}" --minutes 60 --pressure deep --price "60 euros"
check "add-session --price 60.00 eur (a lower-case code)" \
  usage "--price: “60.00 eur” is not an amount" -- add-session "${S[@]}" --minutes 60 --pressure deep --price "60.00 eur"
check "add-session --price (empty)" \
  usage "--price: “” is not an amount" -- add-session "${S[@]}" --minutes 60 --pressure deep --price ""
check "check-in --stress 11 (above 10)" \
  usage "--stress: 11 is out of range 0–10" -- check-in --date 2025-01-02 --soreness 3 --stress 11
check "check-in --stress -1 (below 0)" \
  usage "--stress: -1 is out of range 0–10" -- check-in --date 2025-01-02 --soreness 3 --stress -1
check "check-in --sleep 11 (above 10)" \
  usage "--sleep: 11 is out of range 0–10" -- check-in --date 2025-01-02 --soreness 3 --sleep 11
check "check-in --sleep -1 (below 0)" \
  usage "--sleep: -1 is out of range 0–10" -- check-in --date 2025-01-02 --soreness 3 --sleep -1
check "clear without WHAT" usage "missing argument" -- clear
check "clear of a word that is neither a symptom nor a hold rule" \
  usage "“itch” is not a symptom or a hold rule; WHAT is one of: leg-swelling, chest-pain-breathless," \
        "bruising, soreness-severe, soreness-persistent, referral-not-improving" -- clear itch
check "clear of a rule that cannot be cleared (soreness-lingering)" \
  usage "“soreness-lingering” is not a symptom or a hold rule" -- clear soreness-lingering
check "clear --date that is not a date" \
  usage "--date: “2025-13-01” is not a date such as 2026-11-21" -- clear bruising --date 2025-13-01
check "clear --note of 4001 characters" \
  usage "--note: 4001 characters is more than the 4000 allowed" -- clear bruising --date 2025-01-02 --note "$long_notes"

t_scale_edges() {
  cli --file "$f2_journal" add-session --start "$1" --minutes 60 --pressure light --felt "$2" &&
    want_status 0 && local id && id=$(printed_id) &&
    want_json "$f2_journal" "[s['felt'] for s in j['sessions'] if s['id'] == '$id'] == [$2]" &&
    cli --file "$f2_journal" check-in --date "${1%%T*}" --soreness 1 --stress "$2" --sleep "$2" &&
    want_status 0 &&
    want_json "$f2_journal" "[(c['stress'], c['sleep']) for c in j['checkins'] if c['date'] == '${1%%T*}'] == [($2, $2)]"
}
check "--felt, --stress and --sleep 0 (lowest) are kept" t_scale_edges 2025-02-01T10:00 0
check "--felt, --stress and --sleep 10 (highest) are kept" t_scale_edges 2025-02-02T10:00 10

t_format2_members() {
  cli --file "$f2_journal" add-session --start 2025-02-03T10:00 --minutes 60 --pressure deep \
      --felt 8 --price "60.00 EUR" && want_status 0 && local id && id=$(printed_id) &&
    want_json "$f2_journal" "[(s['felt'], s['price']) for s in j['sessions'] if s['id'] == '$id'] == [(8, '60.00 EUR')]" &&
    cli --file "$f2_journal" add-session --start 2025-02-04T10:00 --minutes 60 --pressure deep &&
    want_status 0 && id=$(printed_id) &&
    want_json "$f2_journal" "[('felt' in s, 'price' in s) for s in j['sessions'] if s['id'] == '$id'] == [(False, False)]" &&
    cli --file "$f2_journal" check-in --date 2025-02-04 --soreness 2 && want_status 0 &&
    want_json "$f2_journal" "[('stress' in c, 'sleep' in c) for c in j['checkins'] if c['date'] == '2025-02-04'] == [(False, False)]" &&
    want_json "$f2_journal" 'j["version"] == 2' &&
    { ! grep -q null "$f2_journal" || fail "null was written"; }
}
check "add-session --felt --price and check-in without --stress/--sleep: written only when given" t_format2_members

t_clear() {
  local id
  cli --file "$f2_journal" clear bruising --date 2025-02-05 --note "GP: fine" &&
    want_status 0 && want_out_regex "^Cleared bruising as checked on 2025-02-05: $UUID_RE$" && want_empty_err &&
    id=$(printed_id) &&
    want_json "$f2_journal" "[c for c in j['clearances'] if c['id'] == '$id'] == [{
        'id': '$id', 'date': '2025-02-05', 'what': 'bruising', 'note': 'GP: fine'}]" &&
    cli --file "$f2_journal" clear bruising --date 2025-02-05 && want_status 0 &&
    want_json "$f2_journal" "len([c for c in j['clearances'] if c['date'] == '2025-02-05']) == 2" &&
    cli --file "$f2_journal" list && want_status 0 &&
    want_out "2 clearances" "$id  2025-02-05  bruising  GP: fine" "felt 8  60.00 EUR" "stress 10  sleep 10" &&
    cli --file "$f2_journal" list --json && want_status 0 && want_out '"what" : "bruising"' &&
    cli --file "$f2_journal" remove "$id" && want_status 0 &&
    want_json "$f2_journal" "len(j['clearances']) == 1 and all(c['id'] != '$id' for c in j['clearances'])"
}
check "clear records a clearance; two may share a day; list shows them; remove takes one out" t_clear

t_clear_rules() {
  local what
  for what in soreness-severe soreness-persistent referral-not-improving leg-swelling head-neck-neuro; do
    cli --file "$f2_journal" clear "$what" --date 2025-02-06 && want_status 0 || return 1
  done
  want_json "$f2_journal" "sorted(c['what'] for c in j['clearances'] if c['date'] == '2025-02-06') == sorted(
      ['soreness-severe', 'soreness-persistent', 'referral-not-improving', 'leg-swelling', 'head-neck-neuro'])"
}
check "clear takes the three hold rules and symptoms" t_clear_rules

# Today is the command line's own (its clock, as advice --json says it),
# just before or just after: the command may run across midnight (CI runs
# the suite from 20 s before one).
cli_today() {
  "$AFTERCARE_CLI" --file "$f2_journal" advice --json 2>/dev/null |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["today"])'
}
t_clear_today() {
  local before after id
  before=$(cli_today)
  cli --file "$f2_journal" clear dark-urine --note "$(printf 'n%.0s' $(seq 4000))" && want_status 0 &&
    id=$(printed_id) && after=$(cli_today) &&
    want_json "$f2_journal" "[(c['date'] in ('$before', '$after'), len(c['note']))
                              for c in j['clearances'] if c['id'] == '$id'] == [(True, 4000)]"
}
check "clear without --date is today's; a note of 4000 characters is kept" t_clear_today

t_keep_symptom_by_repeating() {
  cli --file "$f2_journal" check-in --date 2025-02-07 --soreness 6 --symptom leg-swelling && want_status 0 &&
    cli --file "$f2_journal" check-in --date 2025-02-07 --soreness 3 --symptom leg-swelling --symptom bruising &&
    want_status 0 && want_err "Replaced the check-in of 2025-02-07" &&
    want_json "$f2_journal" "[c['symptoms'] for c in j['checkins'] if c['date'] == '2025-02-07'] == [['leg-swelling', 'bruising']]"
}
check "a replacement that lists the symptoms again needs no --drop-symptoms" t_keep_symptom_by_repeating

t_drop_symptoms_flag() {
  local before=$tmp/format2-before.json
  cp -- "$f2_journal" "$before"
  cli --file "$f2_journal" check-in --date 2025-02-07 --soreness 1 --symptom bruising &&
    want_status 1 && want_err "the check-in of 2025-02-07 lists leg-swelling, which this one would remove" &&
    want_same "$before" "$f2_journal" &&
    cli --file "$f2_journal" check-in --date 2025-02-07 --soreness 1 --drop-symptoms && want_status 0 &&
    want_json "$f2_journal" "[c['symptoms'] for c in j['checkins'] if c['date'] == '2025-02-07'] == [[]]"
}
check "without --drop-symptoms a dropped symptom exits 1, file unchanged; with it, dropped" t_drop_symptoms_flag

t_version_1_upgraded() {
  local file
  file=$(fixture format1.json)
  want_json "$file" 'j["version"] == 1' &&
    cli --file "$file" list && want_status 0 && want_out "3 sessions" "4 check-ins" &&
    { ! grep -q clearance "$out" || fail "a version 1 journal lists clearances"; } &&
    cli --file "$file" clear dark-urine --date 2026-11-13 && want_status 0 &&
    want_json "$file" 'j["version"] == 2 and [c["what"] for c in j["clearances"]] == ["dark-urine"]' &&
    want_same "$FIXTURES_DIR/format1.json" "$file.bak"
}
check "a version 1 journal is written as version 2; its .bak is the version 1 file" t_version_1_upgraded

t_help_format2() {
  cli --help && want_status 0 && want_out "clear" &&
    cli add-session --help && want_status 0 && want_out "--felt" "--price" &&
    cli check-in --help && want_status 0 && want_out "--stress" "--sleep" "--drop-symptoms" &&
    cli clear --help && want_status 0 && want_out "WHAT" "--date" "--note"
}
check "--help names clear, and the new options" t_help_format2

# ---------------------------------------------------------------------------

echo "1..$n"
if ((failures > 0)); then
  echo "# $failures of $n failed"
  exit 1
fi
exit 0
