#!/bin/sh
# Runs one libFuzzer target for a bounded time, or a number of executions, on a corpus in WORK_DIR seeded from
# tests/data and app/sim/fixtures (the seed sample otasim serves). Exit 0 when it found nothing.
# Usage: run-target.sh SOURCE_DIR BINARY WORK_DIR SECONDS|runs=N
set -eu
src=$(readlink -f "$1")
binary=$2
work=$3
target=$(basename "$binary")
case $4 in
runs=*) bound="-runs=${4#runs=}"; what="${4#runs=} executions" ;;
*) bound="-max_total_time=$4"; what="${4}s" ;;
esac
[ -x "$binary" ] || { echo "FAIL: $binary was not built" >&2; exit 1; }
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
*) echo "FAIL: no seeds for $target" >&2; exit 1 ;;
esac

# One frame of allocation stack: Qt is built without frame pointers, so deeper stacks are mostly distinct
# junk that ASan keeps for every allocation, about 350 MB more per million executions, and past half of
# -rss_limit_mb libFuzzer purges every second and slows to a crawl. Run a crashing input again without it
# for full stacks.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:malloc_context_size=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
echo "== $target for $what"
# -timeout is wall time: generous, so that a loaded machine (CI runs the suite beside) is not taken for a hang.
if "$binary" "$bound" -timeout=60 -rss_limit_mb=2048 -artifact_prefix="$work/$target-" "$corpus" \
    >"$work/$target.log" 2>&1; then
    grep -E "^#[0-9]+.*(DONE|pulse)" "$work/$target.log" | tail -n 1
    grep -E "^Done [0-9]+ runs" "$work/$target.log" | tail -n 1
else
    tail -n 40 "$work/$target.log" >&2
    echo "FAIL: $target found a problem; the input is in $work/$target-*" >&2
    exit 1
fi
