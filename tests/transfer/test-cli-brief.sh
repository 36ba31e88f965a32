#!/usr/bin/env bash
# test-cli-brief.sh — aftercare-cli brief: a PDF for a therapist on A4 and
# Letter, private and one page; the text version on stdout and in a file;
# a doctor's brief with the warning sign and the session before it, and
# exit 1 when there is nothing to report; exit statuses of every bad
# option, a journal that does not load (2) and a file that cannot be
# written (3).
#
# A TAP test, run by meson (suite cli) with:
#   AFTERCARE_CLI  the built aftercare-cli
#   MAKE_FIXTURE   the fixture generator (--kind typical --output PATH)
#
# Copyright 2026 The Aftercare developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

: "${AFTERCARE_CLI:?AFTERCARE_CLI must name the aftercare-cli binary}"
: "${MAKE_FIXTURE:?MAKE_FIXTURE must name the make-fixture binary}"

export LC_ALL=C.UTF-8
export TZ=UTC

# A temporary folder as $tmp, and the TAP helpers: check, cli, want_*.
# shellcheck source=cli-tap.sh
. "${BASH_SOURCE[0]%/*}/cli-tap.sh" test-cli-brief

journal=$tmp/journal.json
"$MAKE_FIXTURE" --kind typical --output "$journal" || { echo "Bail out! make-fixture failed"; exit 1; }
bad_journal=$tmp/bad.json
printf '{ "format": "aftercare-journal", "version": 1, "sessions": [ { "id": 1 } ] }\n' >"$bad_journal"
today=(--today 2026-11-22)

have_poppler=
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && have_poppler=yes

# ---------------------------------------------------------------------------
# For a therapist

t_text_stdout() {
  cli --file "$journal" brief --format text "${today[@]}" && want_status 0 &&
    want_out "Brief for a Therapist" "prepared on 22 Nov 2026" "Health conditions" \
             "How I usually respond" "Last three sessions" "General information only."
}
check "brief --format text prints the therapist's brief" t_text_stdout

t_text_file() {
  cp "$out" "$tmp/expected.txt" &&
    cli --file "$journal" brief --format text -o "$tmp/brief.txt" "${today[@]}" && want_status 0 &&
    want_out "Wrote $tmp/brief.txt" && want_mode "$tmp/brief.txt" 600 &&
    want_same "$tmp/expected.txt" "$tmp/brief.txt"
}
check "brief --format text --output writes the same text, private" t_text_file

if [[ -n $have_poppler ]]; then
  t_pdf() {
    local paper=$1 size=$2
    cli --file "$journal" brief -o "$tmp/brief-$paper.pdf" --paper "$paper" "${today[@]}" &&
      want_status 0 && want_out "Wrote $tmp/brief-$paper.pdf" && want_mode "$tmp/brief-$paper.pdf" 600 &&
      pdfinfo "$tmp/brief-$paper.pdf" >"$tmp/pdfinfo" &&
      grep -q '^Pages: *1$' "$tmp/pdfinfo" && grep -q "^Page size: *$size pts" "$tmp/pdfinfo" ||
      fail "not one $paper page: $(cat "$tmp/pdfinfo")"
  }
  check "brief --paper letter writes one private Letter page" t_pdf letter "612 x 792"
  check "brief --paper a4 writes one private A4 page" t_pdf a4 "595.276 x 841.89"

  t_replaces() {
    printf 'old' >"$tmp/old.pdf" && chmod 0644 "$tmp/old.pdf" &&
      cli --file "$journal" brief -o "$tmp/old.pdf" "${today[@]}" && want_status 0 &&
      want_mode "$tmp/old.pdf" 600 && [[ $(head -c 5 "$tmp/old.pdf") == %PDF- ]]
  }
  check "brief replaces an existing file and makes it private" t_replaces
else
  skip "brief writes one private page" "pdfinfo (poppler-utils) is missing"
fi

# ---------------------------------------------------------------------------
# For a doctor

small=$tmp/small.json
cli --file "$small" add-session --start 2026-10-18T10:00 --minutes 60 --pressure deep --area calves
cli --file "$small" add-session --start 2026-10-17T10:00 --minutes 45 --pressure light --area feet
cli --file "$small" check-in --date 2026-11-01 --soreness 3 --symptom leg-swelling

t_doctor_nothing() {
  cli --file "$journal" brief --for doctor -o "$tmp/doctor-none.pdf" "${today[@]}" &&
    want_status 1 && want_err "nothing for a doctor's brief" &&
    [[ ! -e $tmp/doctor-none.pdf ]] || fail "a file was written"
}
check "brief --for doctor with no warning sign in 90 days exits 1 and writes nothing" t_doctor_nothing

if [[ -n $have_poppler ]]; then
  t_doctor() {
    cli --file "$small" brief --for doctor -o "$tmp/doctor.pdf" "${today[@]}" &&
      want_status 0 && want_mode "$tmp/doctor.pdf" 600 &&
      pdftotext "$tmp/doctor.pdf" - | tr -s ' \n' '  ' >"$tmp/doctor.txt" &&
      grep -qF "Sun 1 Nov 2026 Swelling in one leg" "$tmp/doctor.txt" &&
      grep -qF "Sun 18 Oct 2026 60 min Deep Calves 14 days before 1 Nov 2026" "$tmp/doctor.txt" &&
      ! grep -qF "Sat 17 Oct 2026" "$tmp/doctor.txt" || fail "$(cat "$tmp/doctor.txt")"
  }
  check "brief --for doctor lists the warning sign and the sessions of the 14 days before it" t_doctor
else
  skip "brief --for doctor lists the warning sign" "pdftotext (poppler-utils) is missing"
fi

# ---------------------------------------------------------------------------
# What is refused

check "brief without --output for a PDF exits 1" \
  eval 'cli --file "$journal" brief; want_status 1 && want_err "--output"'
check "brief --for nurse exits 1" \
  eval 'cli --file "$journal" brief --for nurse -o "$tmp/x.pdf"; want_status 1 && want_err "--for: “nurse”"'
check "brief --paper a3 exits 1" \
  eval 'cli --file "$journal" brief --paper a3 -o "$tmp/x.pdf"; want_status 1 && want_err "--paper: “a3”"'
check "brief --format doc exits 1" \
  eval 'cli --file "$journal" brief --format doc -o "$tmp/x.pdf"; want_status 1 && want_err "--format: “doc”"'
check "brief --format text --for doctor exits 1" \
  eval 'cli --file "$journal" brief --format text --for doctor; want_status 1 && want_err "therapist"'
check "brief --today 2026-13-01 exits 1" \
  eval 'cli --file "$journal" brief --format text --today 2026-13-01; want_status 1 && want_err "--today"'
check "brief with an extra argument exits 1" \
  eval 'cli --file "$journal" brief --format text extra; want_status 1 && want_err "“extra”"'
check "brief on a journal that does not load exits 2" \
  eval 'cli --file "$bad_journal" brief --format text; want_status 2 && want_err "$bad_journal"'
check "brief into a folder that does not exist exits 3" \
  eval 'cli --file "$journal" brief -o "$tmp/no/such/brief.pdf" "${today[@]}"; want_status 3 && want_err "$tmp/no/such/brief.pdf"'

echo "1..$n"
