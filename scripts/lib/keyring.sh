# ws_start_keyring PASSWORD: start gnome-keyring's Secret Service on the current D-Bus session bus
# (always a private one: dbus-run-session) with a throwaway keyring unlocked by PASSWORD, and wait
# up to ~10 s until the bus lists org.freedesktop.secrets, so the first keychain job does not race
# the daemon's start. Used by headless.sh (tests) and demo-session.sh (the demo); both run it in a
# child bash, so they pass it along with "$(declare -f ws_start_keyring)".
# shellcheck shell=bash

ws_start_keyring() {
    echo -n "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true" && return 0
        sleep 0.1
    done
}

# ws_dismiss_keyring_prompts DONE_FILE: a headless session has no one to answer a gnome-keyring prompt
# (gcr-prompter, a window on the virtual display). In full runs gnome-keyring now and then opened one
# (the crash suites kill clients in the middle of keychain calls), and while it stayed open other
# suites' keychain calls got no answer until the watchdog failed them. Each prompt of this session is
# dismissed as a user would press Cancel, by ending its prompter (gnome-keyring takes that as
# "dismissed"): a request held by it returns within about half a second. Each dismissal is reported on
# stderr. Only this session's prompters (their XDG_RUNTIME_DIR is this session's) are touched. Runs
# until DONE_FILE exists or its directory is gone.
ws_dismiss_keyring_prompts() {
    local done=$1 comm_file comm pid nap
    # The loop runs through every suite, twice per CI run, so it starts no process per turn: it reads
    # the process names itself, and it sleeps on a pipe no one writes to (read -t) rather than by
    # running sleep. With a pgrep and a sleep every 0.2 s, those two were 5.7 % of all CPU samples in a
    # minute of the full suite (perf record -a); this loop takes under 1 % of one core.
    exec {nap}<> <(:)
    # Also ends when the session's runtime directory is gone: ws_headless removes it right after the
    # session, sooner than this loop may look for DONE_FILE.
    while [ ! -e "$done" ] && [ -d "${done%/*}" ]; do
        for comm_file in /proc/[0-9]*/comm; do
            read -r comm 2>/dev/null <"$comm_file" || continue
            [ "$comm" = gcr-prompter ] || continue
            pid=${comm_file#/proc/}
            pid=${pid%/comm}
            if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"; then
                kill "$pid" 2>/dev/null &&
                    echo "ws_headless: dismissed a gnome-keyring prompt (no one can answer it in a headless session)" >&2
            fi
        done
        read -r -t 0.5 -u "$nap" _ || true
    done
    exec {nap}<&-
}
