# Shared by scripts/run, scripts/test and scripts/bench. Source it; do not run it.
# shellcheck shell=bash

WS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WS_BUILD=${WS_BUILD:-$WS_ROOT/build}

# Everything the project needs from Debian bookworm, tested on a fresh machine
# (libsecret is dlopen'ed by QtKeychain at run time; Qt HttpServer's CMake package needs WebSockets).
WS_BUILD_PACKAGES=(
    cmake ninja-build g++ lld pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libsqlite3-dev libfido2-dev libtss2-dev libsecret-1-0 qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite
    libbenchmark-dev clang-format
    appstream desktop-file-utils # configure looks them up for the packaging suites (tests/packaging)
)
# tpm2-openssl: the OpenSSL 3 provider that makes and uses TPM-held keys (--key-store tpm).
# qt6-translations-l10n: Qt's own texts (standard buttons, file dialogs) in the user's language.
WS_RUN_PACKAGES=(dbus-daemon gnome-keyring libsecret-tools xvfb xauth x11-utils tpm2-openssl qt6-translations-l10n)
WS_TEST_PACKAGES=(
    xvfb xauth x11-utils dbus-daemon gnome-keyring libsecret-tools trayer imagemagick
    clang libclang-rt-14-dev strace
    rpm lintian dpkg-dev fakeroot file zsh fish
    tpm2-openssl swtpm swtpm-tools tpm2-tools libtss2-tcti-swtpm0
)

ws_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ws_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Install the packages that are not installed yet; apt-get update only when something is missing.
ws_ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    ws_log "installing ${missing[*]}"
    ws_as_root apt-get update -qq
    ws_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Line tables only (-g1): backtraces and sanitizer reports still name file and line, and the
# build is ~30% faster than with full -g (measured on tst_mainwindow.cpp: 8.4 s vs 5.9 s).
WS_RELWITHDEBINFO_FLAGS="-O2 -g1 -DNDEBUG"

# ccache for every build the scripts configure, when it is installed (nothing changes without it).
# CCACHE_BASEDIR at the repository root makes ccache hash the paths below it relative to the build
# directory, so clones and worktrees at different places share their hits; one already set is kept.
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$WS_ROOT}
    # The precompiled headers (cmake/WsPrecompile.cmake): without these, ccache refuses to cache any
    # compile that uses a PCH (gcc's -include of cmake_pch.hxx, clang's -include-pch). pch_defines: the
    # PCH's macros are hashed through the PCH file itself; time_macros: no source uses __TIME__/__DATE__.
    # One already set is kept.
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros}
    WS_CCACHE_ARGS=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
else
    WS_CCACHE_ARGS=(-DCMAKE_CXX_COMPILER_LAUNCHER=) # clears one left in the cache by an earlier configure
fi

# Configure (once) and build. Extra arguments go to cmake at configure time.
ws_build() {
    local build=${1:-$WS_BUILD}
    shift || true
    if [ ! -f "$build/build.ninja" ]; then
        ws_log "configuring $build"
        cmake -S "$WS_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$WS_RELWITHDEBINFO_FLAGS" "${WS_CCACHE_ARGS[@]}" "$@" >/dev/null
    fi
    ws_log "building $build"
    cmake --build "$build" -j "$(nproc)"
}

# Node.js and npm for the conformance suite and the JavaScript benchmark peer. The machine image
# may ship its own Node (not a Debian package); only fall back to Debian's when none is present.
ws_ensure_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    ws_ensure_packages nodejs npm
}
