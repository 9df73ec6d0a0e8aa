#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-build-depends.txt that
# are not installed yet. Runs apt-get as root, or through sudo when not root.
# Quick (no network) when everything is already there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-build-depends.txt"

missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done <"$list"

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "error: these packages are missing and I am not root and there is no sudo: ${missing[*]}" >&2
    echo "hint: ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
