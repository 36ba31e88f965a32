# cli-tap.sh — what the TAP tests of aftercare-cli in this folder share,
# sourced with the test's name: a temporary folder as $tmp (removed at
# exit, and HOME and XDG_DATA_HOME in it, so that no test touches the
# user's journal), and helpers that run the CLI and check what it did.
#
#   . cli-tap.sh NAME
#   check DESCRIPTION COMMAND...   ok or not ok, with COMMAND's output
#   cli ARG...                     runs aftercare-cli: $status, $out, $err
#   want_status, want_err, want_out, want_mode, want_same
#
# Copyright 2026 The Aftercare developers
# SPDX-License-Identifier: GPL-3.0-or-later

tmp=$(mktemp -d "${TMPDIR:-/tmp}/${1:?the name of the test}.XXXXXX") || exit 99
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

# Never the user's own journal.
export HOME=$tmp/home
export XDG_DATA_HOME=$tmp/xdg-data

out=$tmp/stdout
err=$tmp/stderr
status=
n=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

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

cli() {
  "$AFTERCARE_CLI" "$@" >"$out" 2>"$err" </dev/null
  status=$?
}

show() {
  echo "exit status: $status"
  echo "stdout:"; sed 's/^/  | /' "$out"
  echo "stderr:"; sed 's/^/  | /' "$err"
}

fail() { echo "$*"; show; return 1; }

want_status() { [[ $status == "$1" ]] || fail "expected exit status $1, got $status"; }

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

want_mode() {
  local mode
  mode=$(stat -c %a "$1")
  [[ $mode == "$2" ]] || fail "$1 has mode $mode, not $2"
}

want_same() { cmp -s "$1" "$2" || fail "$2 differs from $1"; }
