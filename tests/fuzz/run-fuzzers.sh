#!/bin/sh
# Builds the libFuzzer targets (and only what they link) with clang (ASan + UBSan) in their own tree and runs
# each for a bounded time, or a number of executions, on a corpus seeded from tests/data and app/sim/fixtures
# (the seed sample otasim serves). Usage: run-fuzzers.sh SOURCE_DIR WORK_DIR SECONDS_EACH|runs=N
# CI: 10 seconds each. Ten million executions each: run-fuzzers.sh . /tmp/otadash-fuzz runs=10000000
set -eu
src=$(readlink -f "$1")
work=$2
case $3 in
runs=*) bound="-runs=${3#runs=}"; what="${3#runs=} executions" ;;
*) bound="-max_total_time=$3"; what="${3}s" ;;
esac
targets="fuzz_json_response fuzz_xml_response fuzz_percent_encoding fuzz_list_json fuzz_list_xml fuzz_device_json fuzz_device_xml fuzz_aliyun_config fuzz_sts_response"
mkdir -p "$work"
work=$(readlink -f "$work")
command -v clang++ >/dev/null || { echo "FAIL: clang++ is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }

cmake -S "$src" -B "$work/build" -G Ninja -DOTADASH_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
# shellcheck disable=SC2086
cmake --build "$work/build" --target $targets >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }

# One frame of allocation stack: Qt is built without frame pointers, so deeper stacks are mostly distinct
# junk that ASan keeps for every allocation, about 350 MB more per million executions, and past half of
# -rss_limit_mb libFuzzer purges every second and slows to a crawl. Run a crashing input again without it
# for full stacks.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:malloc_context_size=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in $targets; do
    corpus="$work/corpus/$target"
    mkdir -p "$corpus"
    case $target in
    fuzz_json_response) cp "$src"/tests/data/*.json "$src"/app/sim/fixtures/seed_queryotajob.json "$corpus/" ;;
    fuzz_xml_response) cp "$src"/tests/data/*.xml "$corpus/" ;;
    fuzz_percent_encoding) printf 'JobId=Hv*0200&Name=a+b%%2Bc&x=%%E4%%B8%%AD' >"$corpus/seed-query" ;;
    fuzz_list_json) cp "$src"/tests/data/list_*.json "$corpus/" ;;
    fuzz_list_xml) cp "$src"/tests/data/list_*.xml "$corpus/" ;;
    fuzz_device_json) cp "$src"/tests/data/device/*.json "$corpus/" ;;
    fuzz_device_xml) cp "$src"/tests/data/device/*.xml "$corpus/" ;;
    fuzz_aliyun_config) cp "$src"/tests/data/aliyun/*.json "$corpus/" ;;
    fuzz_sts_response) cp "$src"/tests/data/sts/*.json "$corpus/" ;;
    esac
    echo "== $target for $what"
    binary="$work/build/bin/$target"
    [ -x "$binary" ] || { echo "FAIL: $binary was not built" >&2; status=1; continue; }
    if "$binary" "$bound" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$work/$target-" "$corpus" >"$work/$target.log" 2>&1; then
        grep -E "^#[0-9]+.*(DONE|pulse)" "$work/$target.log" | tail -n 1
        grep -E "^Done [0-9]+ runs" "$work/$target.log" | tail -n 1
    else
        status=1
        tail -n 40 "$work/$target.log" >&2
        echo "FAIL: $target found a problem; the input is in $work/$target-*" >&2
    fi
done
exit $status
