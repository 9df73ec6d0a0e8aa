#!/usr/bin/env bash
# Runs a checker (a validator or linter) and passes only when it exits 0 AND
# prints no line matching PATTERN (extended regex), so warnings fail the test
# as well as errors: a warning today is a rejected upload or a broken menu
# entry tomorrow. Prints everything the checker said either way.
#
# usage: check_clean_output.sh PATTERN DEBIAN_PACKAGE -- COMMAND [ARGS...]
#   DEBIAN_PACKAGE is named in the message when COMMAND is not installed.
set -uo pipefail
pattern=$1
package=$2
shift 2
[[ ${1:-} == -- ]] && shift
if ! command -v "$1" >/dev/null; then
    echo "FAIL: $1 is not installed. It is in packaging/debian-build-depends.txt" \
         "(Debian package $package); run: make deps" >&2
    exit 1
fi
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if [[ $status -ne 0 ]]; then
    echo "FAIL: $1 exited with status $status" >&2
    exit 1
fi
if grep -Eq -- "$pattern" <<<"$output"; then
    echo "FAIL: $1 reported problems (lines matching /$pattern/ above)" >&2
    exit 1
fi
echo "PASS: $1 found nothing to complain about"
