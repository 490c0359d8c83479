# Phase timing for scripts/test: every phase's wall time, printed as it ends and as one table (plus
# a single summary line) at the end, also when a phase fails. Phases may run in the background
# (ws_phase_start / ws_phase_wait) when they use what the foreground leaves idle: the table then shows
# their own duration (start to end, not to the wait), and the total is the wall time of the whole run,
# not the sum.
# Source after common.sh.
# shellcheck shell=bash

WS_PHASE_NAMES=()
WS_PHASE_SECONDS=()
WS_PHASE_STATUS=()
WS_PHASES_STARTED=$SECONDS
declare -A WS_PHASE_BG_PID=() WS_PHASE_BG_LOG=() WS_PHASE_BG_START=()

_ws_phase_record() { # NAME SECONDS STATUS
    WS_PHASE_NAMES+=("$1")
    WS_PHASE_SECONDS+=("$2")
    WS_PHASE_STATUS+=("$3")
    ws_log "phase $1: $2 s$([ "$3" -eq 0 ] || echo " (FAILED, status $3)")"
}

# ws_phase NAME CMD...: runs CMD in the foreground, records its wall time; returns CMD's status.
ws_phase() {
    local name=$1 started=$SECONDS status=0
    shift
    ws_log "phase $name"
    "$@" || status=$?
    _ws_phase_record "$name" $((SECONDS - started)) "$status"
    return "$status"
}

# ws_phase_start NAME CMD...: runs CMD in the background, its output to a log of its own (shown when
# it fails), so that it does not interleave with the foreground's.
ws_phase_start() {
    local name=$1 log
    shift
    log=$(mktemp "${TMPDIR:-/tmp}/ws-phase-$name.XXXXXX")
    ws_log "phase $name (in the background, log $log)"
    WS_PHASE_BG_START[$name]=$SECONDS
    WS_PHASE_BG_LOG[$name]=$log
    # A session of its own, so that ws_phase_abandon can stop the whole tree (cmake, ninja, compilers).
    # Its own duration is written beside the log when it ends: it may end long before ws_phase_wait.
    # shellcheck disable=SC2016,SC2094 # expanded by the inner shell; $0 names the log, it is not read
    setsid bash -c 'started=$(date +%s); "$@"; s=$?; echo $(($(date +%s) - started)) >"$0.seconds"; exit $s' \
        "$log" "$@" >"$log" 2>&1 &
    WS_PHASE_BG_PID[$name]=$!
}

# ws_phase_wait NAME: waits for a background phase and records it; returns its status.
ws_phase_wait() {
    local name=$1 status=0 pid log
    pid=${WS_PHASE_BG_PID[$name]:?no background phase $name}
    log=${WS_PHASE_BG_LOG[$name]}
    wait "$pid" || status=$?
    unset "WS_PHASE_BG_PID[$name]"
    local took=$((SECONDS - WS_PHASE_BG_START[$name]))
    [ ! -s "$log.seconds" ] || took=$(cat "$log.seconds")
    _ws_phase_record "$name" "$took" "$status"
    if [ "$status" -ne 0 ]; then
        tail -n 80 "$log" >&2
    else
        rm -f "$log"
    fi
    rm -f "$log.seconds"
    return "$status"
}

# Stops background phases still running (on a failure elsewhere), so that nothing outlives the run.
ws_phase_abandon() {
    local name
    for name in "${!WS_PHASE_BG_PID[@]}"; do
        kill -- "-${WS_PHASE_BG_PID[$name]}" 2>/dev/null || true
        wait "${WS_PHASE_BG_PID[$name]}" 2>/dev/null || true
        ws_log "phase $name abandoned (log ${WS_PHASE_BG_LOG[$name]})"
    done
}

# The table and one summary line: "ci: 812 s wall; build 201 s, tests 240 s, ...".
ws_phase_summary() {
    local i line="" total=$((SECONDS - WS_PHASES_STARTED))
    printf '\n%-22s %8s  %s\n' phase seconds status >&2
    for i in "${!WS_PHASE_NAMES[@]}"; do
        printf '%-22s %8s  %s\n' "${WS_PHASE_NAMES[$i]}" "${WS_PHASE_SECONDS[$i]}" \
            "$([ "${WS_PHASE_STATUS[$i]}" -eq 0 ] && echo ok || echo "FAILED (${WS_PHASE_STATUS[$i]})")" >&2
        line+="${line:+, }${WS_PHASE_NAMES[$i]} ${WS_PHASE_SECONDS[$i]} s"
    done
    printf '%-22s %8s\n' "total (wall)" "$total" >&2
    ws_log "ci: $total s wall; $line"
}
