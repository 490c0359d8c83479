# ws_sanitizer_test: the whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (clang), then every libFuzzer target (fuzz/) for a bounded time. Source after common.sh and
# headless.sh; the lead's scripts/test calls it. Fails on any test failure, sanitizer report or crash.
# WS_ASAN_BUILD (default $WS_ROOT/build-asan) and WS_FUZZ_SECONDS (default 20, per target) override.
# shellcheck shell=bash

ws_sanitizer_test() {
    local build=${WS_ASAN_BUILD:-$WS_ROOT/build-asan}
    local seconds=${WS_FUZZ_SECONDS:-20}
    local started phase_started status=0

    started=$SECONDS
    phase_started=$SECONDS
    # Configured every time, not only when new: a build-asan left by an older version of this script
    # has WS_BUILD_GUI=OFF in its cache, and the whole suite, GUI included, must run here.
    ws_log "configuring $build (clang, ASan + UBSan, libFuzzer)"
    CC=clang CXX=clang++ cmake -S "$WS_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWS_SANITIZE=ON -DWS_FUZZ=ON -DWS_BUILD_BENCH=OFF -DWS_BUILD_GUI=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$WS_RELWITHDEBINFO_FLAGS" "${WS_CCACHE_ARGS[@]}" >/dev/null
    ws_log "building $build"
    cmake --build "$build" -j 2
    ws_log "sanitizer build took $((SECONDS - phase_started)) s"

    # Leak detection is off: Qt, D-Bus, fontconfig and the GL/X libraries make one-time allocations they
    # never free, which LeakSanitizer reports on every test and which are not ours. Every other ASan
    # finding (overflow, use-after-free, double free...) and every UBSan finding aborts the test.
    local asan_options=detect_leaks=0:abort_on_error=1
    local ubsan_options=print_stacktrace=1:halt_on_error=1

    phase_started=$SECONDS
    ws_log "running the test suite under ASan + UBSan"
    # Every CTest suite runs here, none excluded: core, devserver, CLI, GUI, tray, conformance, crash
    # (the same 100+ SIGKILLs as the main phase), fault and security. The CLI and devserver processes
    # the suites start are instrumented too. Instrumented code is 2-3x slower, so this build has
    # WS_TEST_TIME_SCALE=3 (tests/CMakeLists.txt): CTest timeouts and the process harnesses' waits are
    # tripled, nothing a test asserts is changed.
    ASAN_OPTIONS=$asan_options UBSAN_OPTIONS=$ubsan_options \
        ws_headless ctest --test-dir "$build" --output-on-failure --timeout 600 -j 2 || status=$?
    ws_log "sanitizer test suite took $((SECONDS - phase_started)) s"
    if [ "$status" -ne 0 ]; then
        ws_log "the test suite failed under ASan + UBSan"
        return "$status"
    fi

    phase_started=$SECONDS
    # Two fuzzers at a time, one per core: each still gets its full time, the phase takes half as long.
    local name work pids=() names=() works=() i
    while read -r name; do
        [ -n "$name" ] || continue
        # libFuzzer adds what it finds to the first corpus directory: give it a copy, keep the repo's clean.
        work=$(mktemp -d "${TMPDIR:-/tmp}/ws-fuzz-$name.XXXXXX")
        mkdir -p "$work/corpus" "$work/artifacts"
        cp -r "$WS_ROOT/fuzz/corpus/$name/." "$work/corpus/"
        ws_log "fuzzing $name for $seconds s"
        ASAN_OPTIONS=$asan_options UBSAN_OPTIONS=$ubsan_options \
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
    ws_log "fuzzing took $((SECONDS - phase_started)) s; sanitizer stage $((SECONDS - started)) s in all"
    return "$status"
}

# Waits for one fuzzer started by ws_sanitizer_test and reports it; non-zero if it crashed.
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
