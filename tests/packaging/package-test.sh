#!/bin/sh
# SPDX-License-Identifier: MIT
# `make package-test`: checks the .deb that `make package` built, then installs it with apt-get,
# starts the programs and removes the package again. Needs root or sudo (it changes the system).
# Usage: tests/packaging/package-test.sh [BUILD_DIR]
set -eu

build_dir=${1:-build}
start=$(date +%s)
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "package-test: $*"; }

deb=$(ls -t "$build_dir"/shotbrief_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no $build_dir/shotbrief_*.deb (run make package)"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
step "checking $deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Dependencies: libraries from dpkg-shlibdeps plus what is only loaded at run time.
depends=$(dpkg-deb --field "$deb" Depends)
echo "  Depends: $depends"
for p in libqt6widgets6 libqt6multimedia6 libc6 qt6-qpa-plugins qt6-image-formats-plugins \
    libqt6svg6 qt6-translations-l10n ffmpeg gstreamer1.0-plugins-good gstreamer1.0-plugins-bad \
    gstreamer1.0-libav fonts-noto-cjk; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$p" \
        || fail "Depends lacks $p"
done

# Contents.
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' > "$work/contents"
for f in /usr/bin/shotbrief /usr/bin/shotbrief-cli \
    /usr/share/applications/org.shotbrief.ShotBrief.desktop \
    /usr/share/metainfo/org.shotbrief.ShotBrief.metainfo.xml \
    /usr/share/mime/packages/org.shotbrief.ShotBrief.xml \
    /usr/share/icons/hicolor/scalable/apps/org.shotbrief.ShotBrief.svg \
    /usr/share/icons/hicolor/256x256/apps/org.shotbrief.ShotBrief.png \
    /usr/share/icons/hicolor/16x16/apps/org.shotbrief.ShotBrief.png \
    /usr/share/shotbrief/samples/night-market/night-market.shotbrief; do
    grep -qx "$f" "$work/contents" || fail "the package lacks $f"
done
if grep -q '^/usr/lib/.*\.a$\|^/usr/include' "$work/contents"; then
    fail "the package ships static libraries or headers"
fi

# The metadata as installed validates.
dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.shotbrief.ShotBrief.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.shotbrief.ShotBrief.metainfo.xml" \
    || fail "appstreamcli validate"

# Install, run, remove.
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    fail "installing needs root or sudo"
fi
if dpkg-query -W -f='${Status}' shotbrief 2>/dev/null | grep -q "installed"; then
    fail "shotbrief is installed already; remove it first (apt-get remove shotbrief)"
fi
step "installing with apt-get"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" \
    > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
cleanup() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge shotbrief \
        > "$work/remove.log" 2>&1 || cat "$work/remove.log" >&2
    rm -rf "$work"
}
trap cleanup EXIT

export QT_QPA_PLATFORM=offscreen
version=$(/usr/bin/shotbrief --version) || fail "shotbrief --version"
echo "  $version"
/usr/bin/shotbrief-cli validate /usr/share/shotbrief/samples/night-market/night-market.shotbrief \
    || fail "shotbrief-cli validate on the installed sample"
# The window opens the installed sample and keeps running until the timeout ends it (124).
status=0
HOME="$work/home" timeout 5 /usr/bin/shotbrief \
    /usr/share/shotbrief/samples/night-market/night-market.shotbrief > "$work/gui.log" 2>&1 \
    || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "shotbrief exited with $status"; }
# The dpkg triggers registered the MIME type and the desktop entry.
[ -f /usr/share/mime/application/x-shotbrief.xml ] || fail "MIME database lacks x-shotbrief"
grep -q 'application/x-shotbrief=org.shotbrief.ShotBrief.desktop' \
    /usr/share/applications/mimeinfo.cache 2>/dev/null \
    || echo "  note: mimeinfo.cache not updated (desktop-file-utils is a recommendation)"

step "removing"
trap 'rm -rf "$work"' EXIT
cleanup
[ ! -e /usr/bin/shotbrief ] || fail "/usr/bin/shotbrief left behind after removal"
step "passed in $(($(date +%s) - start)) s"
