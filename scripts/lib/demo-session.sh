#!/usr/bin/env bash
# demo-session.sh APP [ARGS...]: start the GUI so that it works on any machine.
# - On a desktop with a Secret Service (GNOME Keyring, KWallet, KeePassXC): run it as is.
# - On a desktop without one: run it on a private D-Bus session with a throwaway, unlocked
#   gnome-keyring (demo keys only; the demo uses its own keychain service anyway).
# - With no display at all (a server, a container): run it on a virtual X server, save a screenshot
#   of the window and print where it is, so a newcomer still sees it work.
set -euo pipefail
# shellcheck source=keyring.sh
source "$(dirname "${BASH_SOURCE[0]}")/keyring.sh"
app=$1
shift

has_secret_service() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -q '"org.freedesktop.secrets"' && return 0
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# Runs "$@" on a private bus with an unlocked throwaway keyring in a temporary home for keyrings.
with_private_keyring() {
    local keyhome status=0
    keyhome=$(mktemp -d /tmp/ws-demo-keyring.XXXXXX)
    env -u DBUS_SESSION_BUS_ADDRESS XDG_DATA_HOME="$keyhome" \
        dbus-run-session -- bash -c "$(declare -f ws_start_keyring)"'
            ws_start_keyring wallet-sessions-demo
            "$@"' demo "$@" 2> >(grep -v --line-buffered "Failed to set fd limit" >&2) || status=$?
    rm -rf "$keyhome"
    return "$status"
}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    if has_secret_service; then
        exec "$app" "$@"
    fi
    echo "No Secret Service on this desktop session: using a throwaway keyring for the demo." >&2
    with_private_keyring "$app" "$@"
    exit $?
fi

shot=${WS_DEMO_SCREENSHOT:-$(pwd)/wallet-sessions-demo.png}
echo "No display found: running the demo on a virtual X server and saving a screenshot." >&2
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    bash -c "$(declare -f ws_start_keyring with_private_keyring); with_private_keyring \"\$@\"" demo \
    "$app" "$@" --screenshot "$shot"
echo "The demo ran headless. Its window is in: $shot" >&2
echo "Run scripts/run on a desktop session to use it interactively." >&2
