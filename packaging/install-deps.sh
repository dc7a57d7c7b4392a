#!/bin/sh
# Installs everything OtaDash needs to build, test and run on Debian 12 (idempotent; run as root).
set -eu

PACKAGES="
  cmake ninja-build g++ pkg-config file dpkg-dev
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  qtkeychain-qt6-dev libgl-dev
  gnome-keyring dbus-x11 libsecret-tools
  xvfb xauth x11-apps imagemagick fonts-wqy-microhei
  debootstrap desktop-file-utils appstream rpm
  clang libclang-rt-14-dev lld openssl poppler-utils curl
"
# The official Node SDK is the independent peer in the simulator tests; any Node.js >= 18 will do.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs npm"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
