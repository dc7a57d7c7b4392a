#!/bin/sh
# Builds the .deb from a configured build tree with CPack, then runs the clean-system test on it.
set -eu
build=$(readlink -f "$1")
cd "$build"
cpack -G DEB --config CPackConfig.cmake >cpack-deb.log 2>&1 || { cat cpack-deb.log >&2; exit 1; }
deb=$(ls -t "$build"/otadash_*.deb | head -n 1)
echo "== $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
exec "$(dirname "$0")/clean-system-test.sh" "$deb"
