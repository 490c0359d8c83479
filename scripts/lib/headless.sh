# ws_headless CMD...: run CMD inside an isolated desktop session: Xvfb, a private D-Bus session bus,
# an unlocked gnome-keyring (Secret Service) and a trayer tray host, with XDG_* directories of its
# own so nothing touches the real user's keyring or settings. Exits with CMD's status.
# shellcheck shell=bash
# shellcheck source=keyring.sh
source "$(dirname "${BASH_SOURCE[0]}")/keyring.sh"

ws_headless() {
    local rt home status
    rt=$(mktemp -d /tmp/ws-xdg-rt.XXXXXX)
    chmod 700 "$rt"
    home=$(mktemp -d /tmp/ws-testhome.XXXXXX)
    mkdir -p "$home/tmp" # xvfb-run makes its own temp dir under TMPDIR before the session starts
    status=0
    # shellcheck disable=SC2016
    env -u DBUS_SESSION_BUS_ADDRESS \
        XDG_RUNTIME_DIR="$rt" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" HOME="$home" TMPDIR="$home/tmp" \
        WS_REQUIRE_KEYRING=1 \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        dbus-run-session -- bash -c "$(declare -f ws_start_keyring)"'
            set -euo pipefail
            mkdir -p "$TMPDIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
            ws_start_keyring ws-test-keyring
            trayer --edge top --align right --widthtype request --height 32 --transparent false \
                --SetDockType true >/dev/null 2>&1 &
            # Up to 30 s: on a loaded machine (CI starts the sanitizer build beside the tests) trayer is slow.
            for _ in $(seq 300); do xwininfo -root -tree | grep -q "\"panel\"" && break; sleep 0.1; done
            "$@"
        ' ws-headless "$@" 2> >(grep -v --line-buffered "Failed to set fd limit" >&2) || status=$?
    rm -rf "$rt" "$home"
    return "$status"
}
