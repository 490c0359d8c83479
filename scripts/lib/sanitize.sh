# The sanitizer stage of scripts/test, in three steps it can schedule apart:
#   ws_sanitizer_build   configure and build the whole project (GUI and every test included) with clang,
#                        AddressSanitizer + UndefinedBehaviorSanitizer and libFuzzer's coverage;
#   ws_sanitizer_suite   the whole CTest suite again on that build;
#   ws_fuzz              every libFuzzer target (fuzz/) for a bounded time.
# ws_sanitizer_test runs all three in order. Source after common.sh and headless.sh. Each fails on any
# test failure, sanitizer report or crash.
# WS_ASAN_BUILD (default $WS_ROOT/build-asan), WS_FUZZ_SECONDS (default 20, per target) and
# WS_CTEST_JOBS (scripts/test's) override.
# shellcheck shell=bash

WS_ASAN_BUILD=${WS_ASAN_BUILD:-$WS_ROOT/build-asan}

# Leak detection is off: Qt, D-Bus, fontconfig and the GL/X libraries make one-time allocations they
# never free, which LeakSanitizer reports on every test and which are not ours. Every other ASan
# finding (overflow, use-after-free, double free...) and every UBSan finding aborts the test.
WS_ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
WS_UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

ws_sanitizer_build() {
    local build=$WS_ASAN_BUILD
    # Configured every time, not only when new: a build-asan left by an older version of this script
    # has WS_BUILD_GUI=OFF in its cache, and the whole suite, GUI included, must run here.
    ws_log "configuring $build (clang, ASan + UBSan, libFuzzer)"
    CC=clang CXX=clang++ cmake -S "$WS_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWS_SANITIZE=ON -DWS_FUZZ=ON -DWS_BUILD_BENCH=OFF -DWS_BUILD_GUI=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$WS_RELWITHDEBINFO_FLAGS" "${WS_CCACHE_ARGS[@]}" >/dev/null
    ws_log "building $build"
    cmake --build "$build" -j "$(nproc)"
}

ws_sanitizer_suite() {
    # Every CTest suite runs here, none excluded: core, devserver, CLI, GUI, tray, conformance, crash
    # (the same 100+ SIGKILLs as the main phase), fault and security. The CLI and devserver processes
    # the suites start are instrumented too. Instrumented code is 2-3x slower, so this build has
    # WS_TEST_TIME_SCALE=3 (tests/CMakeLists.txt): CTest timeouts and the process harnesses' waits are
    # tripled, nothing a test asserts is changed.
    ASAN_OPTIONS=$WS_ASAN_OPTIONS UBSAN_OPTIONS=$WS_UBSAN_OPTIONS \
        ws_headless ctest --test-dir "$WS_ASAN_BUILD" --output-on-failure --timeout 600 \
        -j "${WS_CTEST_JOBS:-$(nproc)}"
}

ws_fuzz() {
    local build=$WS_ASAN_BUILD seconds=${WS_FUZZ_SECONDS:-20} status=0
    # Two fuzzers at a time, one per core: each still gets its full time, the phase takes half as long.
    local name work pids=() names=() works=() i
    while read -r name; do
        [ -n "$name" ] || continue
        # libFuzzer adds what it finds to the first corpus directory: give it a copy, keep the repo's clean.
        work=$(mktemp -d "${TMPDIR:-/tmp}/ws-fuzz-$name.XXXXXX")
        mkdir -p "$work/corpus" "$work/artifacts"
        cp -r "$WS_ROOT/fuzz/corpus/$name/." "$work/corpus/"
        ws_log "fuzzing $name for $seconds s"
        ASAN_OPTIONS=$WS_ASAN_OPTIONS UBSAN_OPTIONS=$WS_UBSAN_OPTIONS \
            "$build/bin/fuzz_$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1 &
        pids+=("$!") names+=("$name") works+=("$work")
        if [ "${#pids[@]}" -ge 2 ]; then
            ws_fuzz_collect "${pids[0]}" "${names[0]}" "${works[0]}" || status=1
            pids=("${pids[@]:1}") names=("${names[@]:1}") works=("${works[@]:1}")
        fi
    done <"$build/fuzz-targets.txt"
    for i in "${!pids[@]}"; do
        ws_fuzz_collect "${pids[$i]}" "${names[$i]}" "${works[$i]}" || status=1
    done
    return "$status"
}

ws_sanitizer_test() {
    ws_sanitizer_build && ws_sanitizer_suite && ws_fuzz
}

# Waits for one fuzzer started by ws_fuzz and reports it; non-zero if it crashed.
ws_fuzz_collect() {
    local pid=$1 name=$2 work=$3
    if ! wait "$pid"; then
        tail -n 60 "$work/log" >&2
        ws_log "fuzz_$name crashed; the input is kept in $work/artifacts"
        return 1
    fi
    grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$work/log" | sed "s/^/  $name /" >&2 || true
    rm -rf "$work"
}
