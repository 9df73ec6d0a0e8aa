#!/usr/bin/env bash
# The Debian package, checked as someone installing it would meet it: build it
# with CPack into a scratch folder (never the build folder's own package, so
# `make package` and this test do not race), read its control fields and file
# list, unpack it into a temporary root with dpkg-deb -x and run the program
# from there, with a bare environment and nothing of the build or source tree
# within reach.
#
# usage: check_package.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR VERSION METAINFO_ID "ICON_SIZES"
set -euo pipefail

build=$1
source=$2
scratch=$3
version=$4
metainfo_id=$5
read -r -a icon_sizes <<<"$6"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg readelf md5sum gzip pdfinfo pdftotext pdffonts; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (run: make deps)" >&2; exit 1; }
done

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root" "$scratch/control" "$scratch/home" "$scratch/work"

# --- Build the package ------------------------------------------------------
started=$(date +%s)
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    echo "FAIL: cpack did not make the package" >&2
    exit 1
}
echo "cpack took $(($(date +%s) - started)) s"
mapfile -t debs < <(find "$scratch/out" -maxdepth 1 -name '*.deb')
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one .deb, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "pbplanner_${version}_${arch}.deb" ]] \
    && pass "file name $(basename "$deb")" \
    || fail "file name $(basename "$deb"), expected pbplanner_${version}_${arch}.deb (Debian's naming)"

dpkg-deb -x "$deb" "$scratch/root"
dpkg-deb -e "$deb" "$scratch/control"
root=$scratch/root

# --- Control fields ---------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == pbplanner ]] && pass "Package" || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] && pass "Version $version" \
    || fail "Version is '$(field Version)', the project's is $version"
[[ $(field Architecture) == "$arch" ]] && pass "Architecture" || fail "Architecture is '$(field Architecture)'"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] && pass "Maintainer" \
    || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
[[ $(field Section) =~ ^(utils|misc)$ ]] && pass "Section" || fail "Section is '$(field Section)'"
[[ -n $(field Homepage) ]] && pass "Homepage" || fail "no Homepage"
description=$(field Description)
summary=${description%%$'\n'*}
[[ -n $summary && ${#summary} -le 80 && $summary != *. ]] && pass "Description summary '$summary'" \
    || fail "Description's first line '$summary' should be short and not end with a full stop"
[[ $(wc -l <<<"$description") -ge 3 ]] && pass "long description" || fail "no long description"

depends=$(field Depends)
echo "Depends: $depends"
# What the program loads at run time that dpkg-shlibdeps cannot see, and
# libraries only shlibdeps adds (so it ran).
for needed in libqt6sql6-sqlite libqt6svg6 fonts-sil-andika libqt6widgets6 libqt6printsupport6 \
    libqt6sql6 libboost-serialization1.74.0 libc6; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" && pass "Depends on $needed" \
        || fail "Depends lacks $needed"
done
grep -q '/' <<<"$depends" && fail "Depends names a path: $depends"

# Installed-Size (KiB) is what apt shows before installing: it should match
# what is unpacked, to within the rounding of each file up to a block.
installed_size=$(field Installed-Size)
unpacked_kib=$(du -sk --apparent-size "$root" | cut -f1)
echo "Installed-Size: $installed_size KiB; unpacked: $unpacked_kib KiB; .deb: $(($(stat -c %s "$deb") / 1024)) KiB"
if [[ $installed_size =~ ^[0-9]+$ ]] && ((installed_size * 10 >= unpacked_kib * 9 && installed_size <= unpacked_kib * 12 / 10 + 64)); then
    pass "Installed-Size"
else
    fail "Installed-Size '$installed_size' does not match the $unpacked_kib KiB unpacked"
fi

# --- Control members ---------------------------------------------------------
[[ -f $scratch/control/md5sums ]] && (cd "$root" && md5sum --quiet -c "$scratch/control/md5sums") \
    && pass "md5sums match the files" || fail "md5sums missing or wrong"
for member in "$scratch"/control/*; do
    name=$(basename "$member")
    case $name in
        control | md5sums) ;;
        *) fail "unexpected control member $name (the package needs no maintainer scripts: Debian's triggers refresh the caches)" ;;
    esac
done

# --- Files: where, whose, what permissions ------------------------------------
listing=$(dpkg-deb -c "$deb")
while read -r perms owner _size _date _time path _rest; do
    path=${path#./}
    [[ -z $path ]] && continue
    [[ $owner == root/root ]] || fail "$path is owned by $owner, not root/root"
    case $perms in
        d*) [[ $perms == drwxr-xr-x ]] || fail "folder $path has $perms" ;;
        -*)
            if [[ $path == usr/bin/pbplanner ]]; then
                [[ $perms == -rwxr-xr-x ]] || fail "$path has $perms, not -rwxr-xr-x"
            else
                [[ $perms == -rw-r--r-- ]] || fail "$path has $perms, not -rw-r--r--"
            fi
            ;;
        *) fail "$path is neither a file nor a folder ($perms)" ;;
    esac
    [[ $path == usr/* ]] || fail "$path is outside /usr"
    [[ $perms == -* && $path == usr/bin/* && $path != usr/bin/pbplanner ]] && fail "unexpected program $path"
    [[ $path == usr/include/* || $path == usr/lib/* || $path == usr/local/* ]] && fail "unexpected $path"
    [[ $path == *"$build"* || $path == *"$source"* || $path == *CMakeFiles* ]] && fail "build path in package: $path"
done <<<"$listing"
pass "owners and permissions checked ($(grep -c . <<<"$listing") entries)"

expected=(
    usr/bin/pbplanner
    usr/share/applications/pbplanner.desktop
    "usr/share/metainfo/$metainfo_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/pbplanner.svg
    usr/share/mime/packages/pbplanner.xml
    usr/share/man/man1/pbplanner.1.gz
    usr/share/doc/pbplanner/copyright
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/pbplanner.png")
done
for path in "${expected[@]}"; do
    [[ -f $root/$path && -s $root/$path ]] && pass "$path" || fail "missing or empty: $path"
done

# Each PNG is drawn at its folder's size (the width and height in the IHDR chunk).
for size in "${icon_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/pbplanner.png
    [[ -f $png ]] || continue
    read -r w0 w1 w2 w3 h0 h1 h2 h3 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((w0 << 24) | (w1 << 16) | (w2 << 8) | w3))
    height=$(((h0 << 24) | (h1 << 16) | (h2 << 8) | h3))
    [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' ') == 89504e470d0a1a0a && $width == "$size" && $height == "$size" ]] \
        && pass "icon ${size}x${size} is a ${width}x${height} PNG" \
        || fail "icon in ${size}x${size} is ${width}x${height} or not a PNG"
done

man=$root/usr/share/man/man1/pbplanner.1.gz
if gzip -t "$man" 2>/dev/null && grep -q '^\.TH PBPLANNER 1 ' <<<"$(zcat "$man")"; then
    pass "manual page is gzipped roff"
else
    fail "manual page is not a gzipped section 1 page"
fi
grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    <<<"$(head -n 1 "$root/usr/share/doc/pbplanner/copyright")" \
    && pass "copyright is in Debian's machine-readable format" \
    || fail "copyright does not start with the DEP-5 Format line"
cmp -s "$root/usr/share/applications/pbplanner.desktop" "$source/packaging/pbplanner.desktop" \
    && pass "desktop file is the validated one" || fail "installed desktop file differs from packaging/"

# AppStream's view of the installed tree: the metainfo, its desktop file and
# its icon found together, as a software centre would look for them.
if tree=$(appstreamcli validate-tree --no-net "$root" 2>&1) && ! grep -Eq '^[EW]:' <<<"$tree"; then
    pass "appstreamcli validate-tree"
else
    printf '%s\n' "$tree"
    fail "appstreamcli validate-tree found problems in the installed files"
fi

# --- The program itself ------------------------------------------------------
program=$root/usr/bin/pbplanner
dynamic=$(readelf -d "$program")
grep -Eq '\((RPATH|RUNPATH)\)' <<<"$dynamic" && fail "the program carries an RPATH/RUNPATH: $(grep -E 'RPATH|RUNPATH' <<<"$dynamic")" \
    || pass "no RPATH (libraries come from the system)"
grep -q '\.debug_info' <<<"$(readelf -S "$program")" && fail "the program is not stripped" || pass "stripped"
grep -aqF -- "$build" "$program" && fail "the program contains the build folder's path $build" \
    || pass "no build folder path in the program"

# A bare environment: no display, no build or source folder, a fresh home.
run() {
    (cd "$scratch/work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" \
        XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
        XDG_CACHE_HOME="$scratch/home/cache" XDG_RUNTIME_DIR="$scratch/home/run" \
        "$program" "$@")
}
mkdir -p -m 700 "$scratch/home/run"

said=$(run --version 2>&1) && [[ $said == "pbplanner $version" ]] && pass "pbplanner --version: $said" \
    || fail "pbplanner --version said '$said'"

example=$source/resources/examples/aisha-khan.pbplan
cp "$example" "$scratch/work/plan.pbplan"
person=$(sed -n 's:.*<name>\(.*\)</name>.*:\1:p;T;q' "$example")
[[ -n $person ]] || fail "could not read the person's name from $example"
if said=$(run summary plan.pbplan 2>&1) && grep -qF "$person" <<<"$said" && grep -q '^Budget:' <<<"$said"; then
    pass "pbplanner summary names $person and the budget"
else
    printf '%s\n' "$said"
    fail "pbplanner summary from the package did not work"
fi

# The PDFs: the standard plan, and the easy-read plan, whose font (Andika)
# is a dependency of the package.
for kind in standard easy-read; do
    extra=()
    [[ $kind == easy-read ]] && extra=(--easy-read)
    pdf=$kind.pdf
    if said=$(run export plan.pbplan --pdf "$pdf" "${extra[@]}" 2>&1) && [[ -f $scratch/work/$pdf ]]; then
        pages=$(pdfinfo "$scratch/work/$pdf" | sed -n 's/^Pages: *//p')
        if [[ $pages -ge 1 ]] && grep -qF "$person" <<<"$(pdftotext "$scratch/work/$pdf" -)"; then
            pass "pbplanner export --pdf ($kind): $pages pages naming $person"
        else
            fail "the $kind PDF has ${pages:-no} pages or does not name $person"
        fi
    else
        printf '%s\n' "$said"
        fail "pbplanner export --pdf ($kind) from the package did not work"
    fi
done
if [[ -f $scratch/work/easy-read.pdf ]]; then
    fonts=$(pdffonts "$scratch/work/easy-read.pdf")
    grep -qi 'andika' <<<"$fonts" && pass "easy-read PDF uses Andika" \
        || fail "easy-read PDF does not use Andika: $fonts"
fi

if ((failures > 0)); then
    echo "$failures problem(s) with the package $deb" >&2
    exit 1
fi
echo "PASS: $deb"
