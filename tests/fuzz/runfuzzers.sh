#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every libFuzzer harness of BUILD_DIR for FUZZ_SECONDS each, starting from the seeds in
# tests/fuzz/corpus/<harness>/ and the corpus grown by earlier runs (BUILD_DIR/fuzz-corpus).
# Crashes are written to BUILD_DIR/fuzz-artifacts/; copy each into
# tests/reliability/data/fuzz/<harness>/ so that tst_fuzzregressions keeps it fixed.
set -euo pipefail
build_dir=${1:?usage: runfuzzers.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
source_dir=$(cd "$(dirname "$0")" && pwd)
harnesses=(fuzz_projectfile fuzz_apiresponses fuzz_multipart fuzz_pricetable fuzz_providerprofiles
    fuzz_fountain fuzz_fdx fuzz_shotlist fuzz_otiocut fuzz_edlcut fuzz_mltcut fuzz_xmemlcut)
mkdir -p "$build_dir/fuzz-artifacts"
status=0
summary=""
for harness in "${harnesses[@]}"; do
    binary="$build_dir/tests/fuzz/$harness"
    if [ ! -x "$binary" ]; then
        echo "fuzz: $harness was not built (library missing?), skipped" >&2
        continue
    fi
    corpus="$build_dir/fuzz-corpus/$harness"
    mkdir -p "$corpus"
    log="$build_dir/fuzz-artifacts/$harness.log"
    echo "fuzz: $harness for ${seconds}s"
    if ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build_dir/fuzz-artifacts/$harness-" \
        "$corpus" "$source_dir/corpus/$harness" >"$log" 2>&1; then
        result=ok
    else
        result="FOUND A PROBLEM (see $log)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    summary+=$(printf '%-24s %10s executions in %ss: %s' "$harness" "$runs" "$seconds" "$result")$'\n'
done
printf '\n%s' "$summary"
exit $status
