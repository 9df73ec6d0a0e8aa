#!/usr/bin/env bash
# The manual page (packaging/pbplanner.1): groff formats it without a single
# warning, and it keeps up with the program: every subcommand that
# `pbplanner --help` lists has its own subsection, and every option that
# `pbplanner <command> --help` shows is described. A new command or option
# fails this test until the manual page says what it does.
#
# usage: check_manpage.sh PBPLANNER MANPAGE VERSION
set -uo pipefail
program=$1
page=$2
version=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in groff; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (groff-base; run: make deps)" >&2; exit 1; }
done

# -ww: all warnings; -z: no output, so anything printed is a complaint.
complaints=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
if [[ -n $complaints ]]; then
    printf '%s\n' "$complaints"
    fail "groff warns about $page"
else
    echo "ok: groff -man -ww formats it without warnings"
fi

roff=$(<"$page")
if grep -Eq "^\.TH PBPLANNER 1 [0-9]{4}-[0-9]{2}-[0-9]{2} \"pbplanner ${version//./\\.}\"" <<<"$roff"; then
    echo "ok: the .TH line names version $version"
else
    fail "the .TH line does not name pbplanner $version (the project's version) with a date"
fi
help=$("$program" --help) || { echo "FAIL: $program --help failed" >&2; exit 1; }
# The commands are the lines indented by two after "Commands:" up to the next
# blank line (a summary too long for one line goes on under itself, further in).
mapfile -t commands < <(awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [^ ]/ {print $1}' <<<"$help")
((${#commands[@]} > 0)) || fail "found no commands in '$program --help'"
for command in "${commands[@]}"; do
    # roff escapes a hyphen in a name as \-.
    escaped=${command//-/\\\\-}
    if grep -Eq "^\.SS \"?(\\\\fB)?${escaped}( |\\\\|\"|$)" <<<"$roff"; then
        echo "ok: command $command has a subsection"
    else
        fail "command '$command' (in pbplanner --help) has no .SS subsection in $page"
    fi
    options=$("$program" "$command" --help) || { fail "$program $command --help failed"; continue; }
    mapfile -t names < <(grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' <<<"$options" | sed 's/^[ ,]*--//' | sort -u)
    for name in "${names[@]}"; do
        [[ $name == help ]] && continue # described once for every command
        if grep -qF -- "\\-\\-${name//-/\\-}" <<<"$roff"; then
            echo "ok: $command --$name is described"
        else
            fail "option --$name of '$command' is not in $page"
        fi
    done
done
grep -q '^\.SH "\?EXIT STATUS' <<<"$roff" || fail "no EXIT STATUS section"
grep -q '^\.SH "\?FILES' <<<"$roff" || fail "no FILES section"

if ((failures > 0)); then
    exit 1
fi
echo "PASS: $page"
