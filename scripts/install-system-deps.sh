#!/usr/bin/env bash
# System packages that Qt (offscreen and under Xvfb), the PDF checks and the PostgreSQL hub
# tests need on a bare Debian machine. Idempotent; skipped when everything is present.
# `install-system-deps.sh gui` installs only what the app needs to show a window (make run);
# the default (`test`) adds the PDF/QR tools, PostgreSQL, zip and NSIS (makensis compiles the
# Windows installer script in tests/build) for the test suite.
set -euo pipefail
if [ "$(uname)" != "Linux" ]; then exit 0; fi
PKGS=(
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
)
if [ "${1:-test}" != "gui" ]; then
  PKGS+=(poppler-utils zbar-tools postgresql zip nsis)
fi
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-system-deps: not a Debian-like system; make sure Qt's libraries (EGL, GL," \
       "fontconfig, xkbcommon, xcb-cursor) are installed" >&2
  exit 0
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
