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
