#!/usr/bin/env bash
# test-cli-transfer.sh — aftercare-cli export and import against real files:
# exit statuses, messages that name the file and line, private output files,
# round trips, and a journal that is never changed by a dry run, a bad file
# or a failed save.
#
# A TAP test, run by meson (suite cli) with:
#   AFTERCARE_CLI      the built aftercare-cli
#   MAKE_FIXTURE       the fixture generator (--kind typical --output PATH)
#   TRANSFER_DATA_DIR  tests/transfer/data
#
# Copyright 2026 The Aftercare developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

: "${AFTERCARE_CLI:?AFTERCARE_CLI must name the aftercare-cli binary}"
: "${MAKE_FIXTURE:?MAKE_FIXTURE must name the make-fixture binary}"
: "${TRANSFER_DATA_DIR:?TRANSFER_DATA_DIR must name tests/transfer/data}"

export LC_ALL=C.UTF-8
export TZ=UTC

# A temporary folder as $tmp, and the TAP helpers: check, cli, want_*.
# shellcheck source=cli-tap.sh
. "${BASH_SOURCE[0]%/*}/cli-tap.sh" test-cli-transfer

journal=$tmp/journal.json
"$MAKE_FIXTURE" --kind typical --output "$journal" || { echo "Bail out! make-fixture failed"; exit 1; }
bad_journal=$tmp/bad.json
printf '{ "format": "aftercare-journal", "version": 1, "sessions": [ { "id": 1 } ] }\n' >"$bad_journal"

# ---------------------------------------------------------------------------
# export

t_export() {
  local format=$1 file=$2
  cli --file "$journal" export --format "$format" --output "$file" &&
    want_status 0 && want_out "Wrote $file" && want_mode "$file" 600
}

t_export_csv() {
  t_export csv "$tmp/out.csv" &&
    [[ $(head -n 1 "$tmp/out.csv") == $'kind,id,start,date,minutes,pressure,purpose,therapist,areas,planned,soreness,symptoms,notes,felt,price,stress,sleep\r' ]] ||
    fail "the CSV header is not as documented"
}
check "export --format csv writes a private CSV with its header" t_export_csv

t_export_ics() {
  t_export ics "$tmp/out.ics" && grep -q '^BEGIN:VCALENDAR' "$tmp/out.ics" &&
    grep -q '^BEGIN:VEVENT' "$tmp/out.ics" || fail "not an iCalendar file"
}
check "export --format ics writes a calendar" t_export_ics

t_export_json() {
  t_export json "$tmp/backup.json" && want_same "$journal" "$tmp/backup.json"
}
check "export --format json is the journal file itself" t_export_json

t_export_guess() {
  cli --file "$journal" export -o "$tmp/guessed.ics" && want_status 0 &&
    grep -q '^BEGIN:VCALENDAR' "$tmp/guessed.ics"
}
check "export takes the format from the output's extension" t_export_guess

t_export_replaces() {
  printf 'old' >"$tmp/old.csv" && chmod 0644 "$tmp/old.csv" &&
    t_export csv "$tmp/old.csv" && grep -q '^kind,' "$tmp/old.csv"
}
check "export replaces an existing file and makes it private" t_export_replaces

t_export_range() {
  cli --file "$journal" export --format csv --from 2026-11-01 --to 2026-11-10 -o "$tmp/range.csv" &&
    want_status 0 &&
    ! tail -n +2 "$tmp/range.csv" | grep -v -E ',2026-11-(0[1-9]|10)[T,]' | grep -q . ||
    fail "a row outside the range"
}
check "export --from --to keeps only the days in between" t_export_range

check "export with no way to tell the format exits 1" \
  eval 'cli --file "$journal" export -o "$tmp/out.txt"; want_status 1 && want_err "--format is required"'
check "export --format xml exits 1" \
  eval 'cli --file "$journal" export --format xml -o "$tmp/x"; want_status 1 && want_err "--format: “xml” is not one of"'
check "export --paper a3 exits 1" \
  eval 'cli --file "$journal" export --format pdf --paper a3 -o "$tmp/x.pdf"; want_status 1 && want_err "--paper"'
check "export --from after --to exits 1" \
  eval 'cli --file "$journal" export -o "$tmp/x.csv" --from 2026-02-01 --to 2026-01-01; want_status 1 && want_err "is after --to"'
check "export --from 2026-13-01 exits 1" \
  eval 'cli --file "$journal" export -o "$tmp/x.csv" --from 2026-13-01; want_status 1 && want_err "--from: “2026-13-01” is not a date"'
check "export without --output exits 1" \
  eval 'cli --file "$journal" export --format csv; want_status 1 && want_err "--output is required"'
check "export of a journal that does not load exits 2" \
  eval 'cli --file "$bad_journal" export -o "$tmp/x.csv"; want_status 2 && want_err "$bad_journal"'
check "export into a folder that does not exist exits 3 and names the file" \
  eval 'cli --file "$journal" export -o "$tmp/no/such/out.csv"; want_status 3 && want_err "Could not write “$tmp/no/such/out.csv”"'

if command -v pdfinfo >/dev/null 2>&1; then
  t_export_pdf() {
    cli --file "$journal" export -o "$tmp/report.pdf" --paper letter --from 2026-09-01 --today 2026-11-22 &&
      want_status 0 && want_mode "$tmp/report.pdf" 600 &&
      pdfinfo "$tmp/report.pdf" >"$tmp/pdfinfo" &&
      grep -q '^Page size: *612 x 792 pts' "$tmp/pdfinfo" || fail "not a Letter PDF: $(cat "$tmp/pdfinfo")"
  }
  check "export --format pdf --paper letter writes a Letter report" t_export_pdf
else
  skip "export --format pdf --paper letter writes a Letter report" "pdfinfo (poppler-utils) is missing"
fi

# ---------------------------------------------------------------------------
# import

new=$tmp/new.json

t_import_csv() {
  cli --file "$new" import "$tmp/out.csv" && want_status 0 &&
    want_out "out.csv: " " new, 0 already in the journal" "Added or replaced" &&
    want_mode "$new" 600 &&
    cli --file "$new" export --format json -o "$tmp/new-backup.json" &&
    want_same "$journal" "$tmp/new-backup.json"
}
check "import of the CSV into a new journal gives back the same journal" t_import_csv

t_import_again() {
  cp "$new" "$tmp/before.json" &&
    cli --file "$new" import "$tmp/out.csv" && want_status 0 &&
    want_out "out.csv: 0 new" "  Already in the journal: " &&
    want_same "$tmp/before.json" "$new"
}
check "importing it again adds nothing and does not rewrite the journal" t_import_again

t_restore() {
  cli --file "$tmp/restored.json" import "$tmp/backup.json" && want_status 0 &&
    want_out "backup.json: " " new," && want_same "$journal" "$tmp/restored.json"
}
check "import of a JSON backup restores the journal" t_restore

# A backup with clearances and every member of the profile: the dry run
# counts each kind and lists each record; the import brings all of it back.
t_restore_clearances() {
  local source=$tmp/full-profile.json
  cat >"$source" <<'JSON'
{
  "format" : "aftercare-journal",
  "version" : 2,
  "profile" : {
    "conditions" : [
      "pregnant"
    ],
    "avoid_areas" : [
      "abdomen"
    ],
    "therapist_notes" : "No oils"
  },
  "sessions" : [
    {
      "id" : "2f0c3a52-8f5e-4d8b-9d3c-6a1b2c3d4e5f",
      "start" : "2026-11-20T18:30:00+01:00",
      "minutes" : 60,
      "pressure" : "deep",
      "purpose" : "sport",
      "therapist" : "",
      "areas" : [],
      "planned" : false,
      "notes" : ""
    }
  ],
  "checkins" : [],
  "clearances" : [
    {
      "id" : "0d6e4c1b-2a3f-4b5c-8d9e-0f1a2b3c4d5e",
      "date" : "2026-11-23",
      "what" : "bruising",
      "note" : "GP: fine"
    },
    {
      "id" : "5b6c7d8e-9f00-4112-8334-455667788990",
      "date" : "2026-11-24",
      "what" : "soreness-severe",
      "note" : ""
    }
  ]
}
JSON
  cli --file "$tmp/cleared.json" import --dry-run "$source" && want_status 0 &&
    want_out "full-profile.json holds 1 session, 2 clearances, the health profile" \
             "full-profile.json: 5 new, 0 already in the journal" \
             "  New: clearance 2026-11-23, bruising (clearance of 2026-11-23)" \
             "  New: clearance 2026-11-24, soreness-severe (clearance of 2026-11-24)" \
             "  New: health profile: pregnant; areas to avoid: abdomen (health profile)" \
             "  New: notes for a therapist “No oils” (health profile: notes for a therapist)" \
             "Dry run: the journal was not changed." &&
    [[ ! -e $tmp/cleared.json ]] || fail "the dry run wrote the journal"
  cli --file "$tmp/cleared.json" import "$source" && want_status 0 &&
    want_out "Added or replaced 5 records in the journal." \
             "Imported 1 session, 2 clearances, the health profile." &&
    want_same "$source" <(cat "$tmp/cleared.json"; echo) &&
  cli --file "$tmp/cleared.json" import --dry-run "$source" && want_status 0 &&
    want_out "full-profile.json: 0 new, 5 already in the journal"
}
check "import --dry-run of a backup counts and lists its clearances and profile; import restores them" t_restore_clearances

t_profile_kept() {
  local source=$tmp/full-profile.json mine=$tmp/mine.json
  printf '{"format":"aftercare-journal","version":2,"profile":{"therapist_notes":"Mine"}}\n' >"$mine" &&
    cli --file "$mine" import "$source" && want_status 0 &&
    want_out "  Differs from the journal: notes for a therapist “No oils” (health profile: notes for a therapist): The health profile has other notes for a therapist; they are kept unless you choose the file's, which replace them" &&
    cli --file "$mine" list && want_status 0 &&
    want_out "  conditions: pregnant" "  areas to avoid: abdomen" "  notes for a therapist: Mine" "2 clearances"
}
check "import keeps the journal's own notes for a therapist and says so; adds conditions and areas" t_profile_kept

t_dry_run() {
  cp "$journal" "$tmp/dry.json" &&
    cli --file "$tmp/dry.json" import --dry-run "$TRANSFER_DATA_DIR/calendar.ics" && want_status 0 &&
    want_out "calendar.ics: 6 new, 0 already in the journal" "Dry run: the journal was not changed." &&
    want_same "$journal" "$tmp/dry.json"
}
check "import --dry-run lists the plan and changes nothing" t_dry_run

t_calendar() {
  cli --file "$tmp/calendar.json" import "$TRANSFER_DATA_DIR/calendar.ics" && want_status 0 &&
    want_out "  New: past session 2026-07-14 18:30 +02:00, 60 min, moderate (line 22 (event “Massage at the clinic”))" \
             "  New: planned session 2999-02-01 11:00 +01:00" \
             "  Not importable: line 88 (event “Wellness day”): line 92: minutes: 720 is out of range 1–600" \
             "  Not importable: line 65 (event “Spa day”): line 68: DTSTART: an all-day event has no time of day" \
             "Added or replaced 6 records in the journal."
}
check "import of a calendar adds its events and lists the ones it cannot" t_calendar

t_as_planned() {
  cli --file "$tmp/as.json" import --as planned "$TRANSFER_DATA_DIR/calendar.ics" && want_status 0 &&
    want_out "  New: planned session 2026-07-14 18:30 +02:00" &&
    ! grep -q 'past session' "$out" || fail "a past session with --as planned"
}
check "import --as planned makes every event a planned session" t_as_planned

check "import --as for a CSV file exits 1" \
  eval 'cli --file "$tmp/as2.json" import --as past "$tmp/out.csv"; want_status 1 && want_err "--as is for calendar"'
check "import --as later exits 1" \
  eval 'cli --file "$tmp/as3.json" import --as later "$tmp/out.csv"; want_status 1 && want_err "--as: “later”"'
check "import --format pdf exits 1" \
  eval 'cli --file "$tmp/as4.json" import --format pdf "$tmp/report.pdf"; want_status 1 && want_err "--format: “pdf”"'
check "import with no file exits 1" \
  eval 'cli --file "$tmp/x.json" import; want_status 1 && want_err "missing argument"'

t_bad_csv() {
  cp "$journal" "$tmp/target.json" &&
    printf 'kind,id,start,minutes,pressure\r\nsession,,2026-11-20T18:30:00+01:00,60,deep\r\nsession,,2026-11-21T18:30:00+01:00,0,deep\r\n' >"$tmp/visits.csv" &&
    cli --file "$tmp/target.json" import "$tmp/visits.csv" &&
    want_status 4 && want_err "visits.csv: line 3: minutes: 0 is out of range 1–600" &&
    want_same "$journal" "$tmp/target.json"
}
# DESIGN.md: 4, an input file that could not be read or is invalid (it was
# 1, the status of a usage error).
check "a bad CSV exits 4 naming the line and field, journal untouched" t_bad_csv

t_bad_ics() {
  printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261120T183000Z\r\nEND:VCALENDAR\r\n' >"$tmp/broken.ics" &&
    cli --file "$tmp/target.json" import "$tmp/broken.ics" &&
    want_status 4 && want_err "broken.ics: line 4: END:VCALENDAR does not close BEGIN:VEVENT of line 2" &&
    want_same "$journal" "$tmp/target.json"
}
check "a broken calendar exits 4 naming the line, journal untouched" t_bad_ics

t_bad_json() {
  printf '{ "format": "aftercare-journal", "version": 1, "sessions": [ { "id": 1 } ] }\n' >"$tmp/backup-bad.json" &&
    cli --file "$tmp/target.json" import "$tmp/backup-bad.json" &&
    want_status 4 && want_err "backup-bad.json" &&
    want_same "$journal" "$tmp/target.json"
}
check "an invalid JSON backup to import exits 4, journal untouched" t_bad_json

check "import of a file that is not there exits 4 and names it" \
  eval 'cli --file "$tmp/target.json" import "$tmp/missing.csv"; want_status 4 && want_err "Could not read “$tmp/missing.csv”"'

# An export whose VTIMEZONE has only the summer observance: the December
# event is read in the real Europe/Berlin, and the plan says so. --as past:
# whether an event is planned depends on today, which this test must not.
t_incomplete_zone() {
  cli --file "$tmp/zones.json" import --dry-run --as past "$TRANSFER_DATA_DIR/wordpress-berlin.ics" && want_status 0 &&
    want_out "  New: past session 2026-12-08 18:00 +01:00, 60 min, moderate (line 21 (event “Sportmassage”)); read in the time zone Europe/Berlin as this system knows it (+01:00); the file's own definition of “Europe/Berlin” gives +02:00" ||
    return 1
  grep -qxF "  New: past session 2026-07-14 18:30 +02:00, 60 min, moderate (line 33 (event “Entspannungsmassage”))" "$out" ||
    fail "the July event, where the file's definition is right, is not listed without a note" || return 1
  cli --file "$tmp/zones.json" import --dry-run --as past "$TRANSFER_DATA_DIR/outlook-eastern.ics" && want_status 0 &&
    want_out "  New: past session 2026-06-16 17:00 -04:00, 60 min" "  New: past session 2026-12-15 17:00 -05:00, 60 min"
}
check "import --dry-run of an incomplete VTIMEZONE shows the real offset and the zone it was read in" t_incomplete_zone

t_bad_rule() {
  printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w@example.org\r\nDTSTART:20261201T170000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;UNTL=20261231T000000Z\r\nSUMMARY:Weekly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$tmp/rule.ics" &&
    cli --file "$tmp/rule.json" import "$tmp/rule.ics" && want_status 0 &&
    want_out "0 new" "  Not importable: line 3 (event “Weekly”): line 7: RRULE: “FREQ=WEEKLY;UNTL=20261231T000000Z” is not a repeat rule that can be read" &&
    [[ ! -e $tmp/rule.json ]] || fail "the journal was written"
}
check "an event with a repeat rule that cannot be read is not importable, and says why" t_bad_rule
check "import into a journal that does not load exits 2" \
  eval 'cli --file "$bad_journal" import "$tmp/out.csv"; want_status 2 && want_err "$bad_journal"'

# A save that fails: exit 3, the old file intact.
ro_dir=$tmp/read-only
mkdir -p "$ro_dir" && cp "$journal" "$ro_dir/journal.json"
ro_how=
if [[ $(id -u) != 0 ]]; then
  chmod 0500 "$ro_dir" && ro_how="chmod 0500"
elif command -v chattr >/dev/null 2>&1 && chattr +i "$ro_dir" 2>/dev/null; then
  immutable+=("$ro_dir")
  ro_how="chattr +i"
fi
if [[ -n $ro_how ]]; then
  t_save_fails() {
    cli --file "$ro_dir/journal.json" import "$TRANSFER_DATA_DIR/calendar.ics" &&
      want_status 3 && want_err "The journal on disk was not changed." &&
      want_same "$journal" "$ro_dir/journal.json"
  }
  check "import into a read-only folder ($ro_how) exits 3, old file intact" t_save_fails
else
  skip "import into a read-only folder exits 3" "running as root and chattr +i is not available here"
fi

echo "1..$n"
