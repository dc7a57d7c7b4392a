#!/bin/sh
# The README's two Quick start commands: "demo" opens the dashboard on the embedded demo endpoint,
# "test" builds and runs every test. Both install the dependencies first and are idempotent.
set -eu
cd "$(dirname "$0")/.."
packaging/install-deps.sh
# shellcheck disable=SC2086
cmake -S . -B build -G Ninja ${OTADASH_CMAKE_ARGS:-}
cmake --build build
case "${1:-}" in
demo) exec build/bin/otadash --demo ;;
test) exec ctest --test-dir build --output-on-failure --timeout 300 --parallel "$(nproc)" ;;
*) echo "usage: $0 demo|test" >&2; exit 1 ;;
esac
