# ws_headless CMD...: run CMD inside an isolated desktop session: Xvfb, a private D-Bus session bus,
# an unlocked gnome-keyring (Secret Service) and a trayer tray host, with XDG_* directories of its
# own so nothing touches the real user's keyring or settings. Exits with CMD's status.
# shellcheck shell=bash
# shellcheck source=keyring.sh
source "$(dirname "${BASH_SOURCE[0]}")/keyring.sh"

# ws_keep_tray_host DONE_FILE LOG: run trayer (its output in LOG), and start it again whenever it exits, until DONE_FILE exists.
# trayer is a GTK 2 program, and GTK's default X error handler ends the program on an error such as
# BadWindow: a tray icon whose window goes away while trayer embeds it (a GUI suite ending, or killed,
# while many run side by side) can take the tray host down, and every later tray suite then finds no
# tray. A desktop restarts its panel; so does this. Each restart is reported on stderr.
ws_keep_tray_host() {
    local done_file=$1 log=$2 status
    # ws_headless removes the session's runtime directory (where DONE_FILE is) once the X server is gone.
    while [ ! -e "$done_file" ] && [ -d "${done_file%/*}" ]; do
        status=0
        trayer --edge top --align right --widthtype request --height 32 --transparent false \
            --SetDockType true >"$log" 2>&1 || status=$?
        # The session is over (its X server gone): trayer ended with it.
        if [ -e "$done_file" ] || [ ! -d "${done_file%/*}" ] || ! xdpyinfo >/dev/null 2>&1; then break; fi
        echo "ws_headless: the tray host (trayer) exited (status $status); starting it again. It said:" >&2
        sed 's/^/    /' "$log" >&2
        sleep 0.2
    done
}

ws_headless() {
    local rt home status
    rt=$(mktemp -d /tmp/ws-xdg-rt.XXXXXX)
    chmod 700 "$rt"
    home=$(mktemp -d /tmp/ws-testhome.XXXXXX)
    mkdir -p "$home/tmp" # xvfb-run makes its own temp dir under TMPDIR before the session starts
    status=0
    # The X session below, whatever the caller's desktop: Qt on its xcb platform with the generic theme
    # (a tray through XEmbed, which trayer hosts), not Wayland, offscreen or a desktop's theme plugin.
    # shellcheck disable=SC2016
    env -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY -u QT_QPA_PLATFORMTHEME -u XDG_CURRENT_DESKTOP \
        -u DESKTOP_SESSION \
        XDG_RUNTIME_DIR="$rt" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" HOME="$home" TMPDIR="$home/tmp" \
        WS_REQUIRE_KEYRING=1 QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        dbus-run-session -- bash -c "$(declare -f ws_start_keyring ws_dismiss_keyring_prompts ws_keep_tray_host)"'
            set -euo pipefail
            mkdir -p "$TMPDIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
            ws_start_keyring ws-test-keyring
            tray_done="$XDG_RUNTIME_DIR/ws-headless-done"
            ws_dismiss_keyring_prompts "$tray_done" &
            ws_keep_tray_host "$tray_done" "$XDG_RUNTIME_DIR/trayer.log" &
            # Up to 30 s: on a loaded machine (CI starts the sanitizer build beside the tests) trayer is slow.
            tray_up=false
            for _ in $(seq 300); do
                if xwininfo -root -tree | grep -q "\"panel\""; then tray_up=true; break; fi
                sleep 0.1
            done
            if ! $tray_up; then
                echo "ws_headless: no tray host panel after 30 s; trayer said:" >&2
                sed "s/^/    /" "$XDG_RUNTIME_DIR/trayer.log" >&2 || true
            fi
            status=0
            "$@" || status=$?
            # The X server ends with this session, and trayer with it; the supervisor must not restart it.
            touch "$tray_done"
            exit "$status"
        ' ws-headless "$@" 2> >(grep -v --line-buffered "Failed to set fd limit" >&2) || status=$?
    rm -rf "$rt" "$home"
    return "$status"
}
