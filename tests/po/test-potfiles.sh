#!/usr/bin/env bash
# Check po/POTFILES.in against the sources and the German catalogue against
# the current strings. TAP output.
#
#   SOURCE_ROOT   the source tree (set by meson)
#
# 1. every file under src/, ui/ and data/ with translatable strings is listed
# 2. every listed file exists
# 3. the list is sorted (C collation)
# 4. po/de.po, merged with a template made as meson's "glib" preset makes
#    it, has no untranslated and no fuzzy message and passes msgfmt --check
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -uo pipefail

root=${SOURCE_ROOT:?SOURCE_ROOT is not set}
potfiles=$root/po/POTFILES.in

for tool in xgettext msgmerge msgfmt; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool not found"
    exit 0
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The arguments of meson's i18n.gettext (preset: 'glib'), meson 1.0.
xgettext_args=(
  --package-name=aftercare -k_ --from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format
)

n=0
fail=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; }

listed=$tmp/listed
grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$potfiles" > "$listed"

# 1. Files with translatable strings. A file that matches a pattern only in
# a comment (a header saying "strings are N_()") has nothing for xgettext,
# so the pattern finds candidates and xgettext decides.
cd "$root" || exit 1
candidates=$tmp/candidates
{
  grep -rlE --include='*.c' --include='*.h' \
    '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)[[:space:]]*\(|ngettext[[:space:]]*\(|g_dngettext' src
  grep -rl --include='*.ui' 'translatable="yes"' ui
  find data -name '*.in' -o -name '*.gschema.xml'
} | LC_ALL=C sort -u > "$candidates"

missing=()
while read -r f; do
  grep -qxF "$f" "$listed" && continue
  if xgettext "${xgettext_args[@]}" -D "$root" -o "$tmp/one.pot" "$f" 2>/dev/null \
     && [ -s "$tmp/one.pot" ]; then
    missing+=("$f")
  fi
  rm -f "$tmp/one.pot"
done < "$candidates"
if [ ${#missing[@]} -eq 0 ]; then
  ok "every file with translatable strings is in POTFILES.in"
else
  not_ok "files with translatable strings missing from POTFILES.in"
  printf '#   %s\n' "${missing[@]}"
fi

# 2. Listed files exist.
gone=()
while read -r f; do
  [ -f "$root/$f" ] || gone+=("$f")
done < "$listed"
if [ ${#gone[@]} -eq 0 ]; then
  ok "every file in POTFILES.in exists"
else
  not_ok "POTFILES.in lists files that do not exist"
  printf '#   %s\n' "${gone[@]}"
fi

# 3. Sorted.
if LC_ALL=C sort -c "$listed" 2>"$tmp/sort.err"; then
  ok "POTFILES.in is sorted"
else
  not_ok "POTFILES.in is not sorted"
  sed 's/^/#   /' "$tmp/sort.err"
fi

# 4. The German catalogue is complete for the current sources.
if [ ${#gone[@]} -ne 0 ]; then
  not_ok "de.po is complete # cannot make a template: listed files are missing"
elif ! xgettext "${xgettext_args[@]}" -D "$root" -f "$potfiles" \
       -o "$tmp/aftercare.pot" 2> "$tmp/xgettext.err"; then
  not_ok "xgettext makes the template"
  sed 's/^/#   /' "$tmp/xgettext.err"
elif [ ! -f "$root/po/de.po" ]; then
  not_ok "po/de.po exists"
else
  msgmerge --quiet --no-wrap --previous -o "$tmp/de.po" \
    "$root/po/de.po" "$tmp/aftercare.pot" 2> "$tmp/msgmerge.err"
  if ! msgfmt --check --statistics -o "$tmp/de.mo" "$tmp/de.po" \
       2> "$tmp/msgfmt.out"; then
    not_ok "de.po passes msgfmt --check"
    sed 's/^/#   /' "$tmp/msgfmt.out"
  elif grep -qE 'untranslated|fuzzy' "$tmp/msgfmt.out"; then
    not_ok "de.po has no untranslated or fuzzy message: $(cat "$tmp/msgfmt.out")"
    msgattrib --only-fuzzy --no-obsolete "$tmp/de.po" 2>/dev/null \
      | grep '^#:' | head -20 | sed 's/^#:/#   fuzzy:/'
    msgattrib --untranslated --no-obsolete "$tmp/de.po" 2>/dev/null \
      | grep '^#:' | head -20 | sed 's/^#:/#   untranslated:/'
  else
    ok "de.po is complete: $(cat "$tmp/msgfmt.out")"
  fi
fi

# 5. No message is cut short: xgettext takes a string only up to a macro
# such as G_GINT64_FORMAT, so _("%" G_GINT64_FORMAT " days") would be
# looked up as "%" and never translated.
cut=$(grep -rnE --include='*.c' \
        '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)[[:space:]]*\([^;]*"[[:space:]]*G_G[A-Z0-9]*_FORMAT' src)
if [ -z "$cut" ]; then
  ok "no translatable message is cut short by a format macro"
else
  not_ok "translatable messages cut short by a format macro"
  printf '%s\n' "$cut" | sed 's/^/#   /'
fi

echo "1..$n"
exit $fail
