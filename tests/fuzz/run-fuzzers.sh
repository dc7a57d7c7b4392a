#!/bin/sh
# Builds the libFuzzer targets (and only what they link) with clang (ASan + UBSan, optimised) in their own tree
# and runs each for a bounded time, or a number of executions (tests/fuzz/run-target.sh). The sanitizer suite
# (tests/sanitize/run-suite.sh) also builds them and runs each for 10 s; this tree is for the long runs.
# Usage: run-fuzzers.sh SOURCE_DIR WORK_DIR SECONDS_EACH|runs=N
# Ten million executions each: run-fuzzers.sh . /tmp/otadash-fuzz runs=10000000
set -eu
src=$(readlink -f "$1")
work=$2
targets="fuzz_json_response fuzz_xml_response fuzz_percent_encoding fuzz_list_json fuzz_list_xml fuzz_device_json fuzz_device_xml fuzz_aliyun_config fuzz_sts_response"
mkdir -p "$work"
work=$(readlink -f "$work")
command -v clang++ >/dev/null || { echo "FAIL: clang++ is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }

cmake -S "$src" -B "$work/build" -G Ninja -DOTADASH_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
# shellcheck disable=SC2086
cmake --build "$work/build" --target $targets >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }

status=0
for target in $targets; do
    "$src/tests/fuzz/run-target.sh" "$src" "$work/build/bin/$target" "$work" "$3" || status=1
done
exit $status
