# ws_package_test BUILD_DIR: build the packages and install-test the .deb on this machine.
#   1. cpack -G "DEB;RPM;TGZ" in BUILD_DIR (the project must already be built there);
#   2. lintian on the .deb, failing on any E: tag;
#   3. apt-get install ./wallet-sessions_<version>_<arch>.deb (as root, or through sudo);
#   4. runs the installed /usr/bin/wallet-sessions-cli --version, and starts the installed GUI
#      headless in demo mode (inside ws_headless: Xvfb, D-Bus, keyring) with --screenshot, which
#      quits once the window has rendered its sessions; the PNG must exist;
#   5. apt-get remove wallet-sessions, also when a step failed.
# Returns non-zero on the first failure. Takes about 30-60 s. Needs scripts/lib/common.sh and
# scripts/lib/headless.sh sourced first, and the packages rpm lintian dpkg-dev fakeroot.
# shellcheck shell=bash

ws_package_test() {
    local build=${1:?usage: ws_package_test BUILD_DIR}
    local deb status=0 lint
    ws_log "building the packages (cpack DEB, RPM, TGZ) in $build"
    rm -f "$build"/wallet-sessions_*.deb "$build"/wallet-sessions-*.rpm "$build"/wallet-sessions-*.tar.gz
    (cd "$build" && cpack -G "DEB;RPM;TGZ" >"$build/cpack.log" 2>&1) || {
        cat "$build/cpack.log" >&2
        ws_log "cpack failed"
        return 1
    }
    deb=$(ls "$build"/wallet-sessions_*.deb)
    ls "$build"/wallet-sessions-*.rpm "$build"/wallet-sessions-*.tar.gz >/dev/null || return 1

    ws_log "lintian $(basename "$deb")"
    lint=$(lintian "$deb" 2>&1 | grep -v "running with root privileges" || true)
    [ -z "$lint" ] || printf '%s\n' "$lint" >&2
    if printf '%s\n' "$lint" | grep -q '^E: '; then
        ws_log "lintian reported errors"
        return 1
    fi

    ws_log "installing $(basename "$deb")"
    ws_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null || return 1
    _ws_package_checks || status=$?
    ws_log "removing wallet-sessions"
    ws_as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq wallet-sessions >/dev/null || status=1
    [ "$status" -eq 0 ] && ws_log "package install test passed"
    return "$status"
}

_ws_package_checks() {
    local version
    version=$(/usr/bin/wallet-sessions-cli --version) || return 1
    ws_log "installed: $version"
    case "$version" in wallet-sessions-cli\ *) ;; *) return 1 ;; esac
    /usr/bin/wallet-sessions-devserver --help >/dev/null || return 1
    [ -f /usr/share/applications/wallet-sessions.desktop ] || return 1
    # Issue 16: the URL scheme of Turnkey's hosted sign-in pages is ours once installed (dpkg's
    # desktop-file-utils trigger rebuilds the MIME cache).
    grep -q '^Exec=wallet-sessions %u$' /usr/share/applications/wallet-sessions.desktop || return 1
    grep -q '^x-scheme-handler/wallet-sessions=.*wallet-sessions.desktop' /usr/share/applications/mimeinfo.cache ||
        { echo "x-scheme-handler/wallet-sessions is not registered" >&2; return 1; }
    [ -f /usr/share/icons/hicolor/256x256/apps/wallet-sessions.png ] || return 1
    [ -f /usr/share/man/man1/wallet-sessions-cli.1.gz ] || return 1
    # Issue 18: the guide Help › User guide opens, the completions, the translations, the metainfo.
    local f
    for f in /usr/share/doc/wallet-sessions/user-guide.html /usr/share/doc/wallet-sessions/images/main-window.png \
        /usr/share/bash-completion/completions/wallet-sessions-cli /usr/share/zsh/vendor-completions/_wallet-sessions-cli \
        /usr/share/fish/vendor_completions.d/wallet-sessions-cli.fish \
        /usr/share/wallet-sessions/translations/wallet-sessions_de.qm \
        /usr/share/wallet-sessions/translations/wallet-sessions_fr.qm; do
        [ -f "$f" ] || { echo "package lacks $f" >&2; return 1; }
    done
    appstreamcli validate --no-net /usr/share/metainfo/io.github.wallet_sessions.WalletSessions.metainfo.xml >/dev/null ||
        return 1
    ws_log "starting the installed GUI headless (--demo --screenshot)"
    # `timeout` guards against a GUI that never quits.
    # shellcheck disable=SC2016
    ws_headless bash -c 'timeout 60 /usr/bin/wallet-sessions --demo --screenshot "$TMPDIR/installed.png" >/dev/null \
        && test -s "$TMPDIR/installed.png"' 2> >(grep -v "^ws\." >&2) || {
        ws_log "the installed wallet-sessions did not start, render and quit cleanly"
        return 1
    }
}
