#pragma once

#include "Error.h"

#include <QString>

namespace ws::cli {

// The process exit codes, documented in --help, docs/cli.md and the man page. Scripts branch on them.
enum ExitCode : int {
    kExitOk = 0,
    kExitError = 1,        // anything not listed below
    kExitUsage = 2,        // bad command line: unknown command/option, missing or malformed argument
    kExitNotFound = 3,     // no such session (or no active session)
    kExitUnauthorized = 4, // session expired, revoked or unauthorized
    kExitNetwork = 5,      // network failure, timeout, server error, rate limited
    kExitKeychain = 6,     // keychain unavailable or access denied
};

int exitCodeFor(ErrorCode code);
inline int exitCodeFor(const Error& error) {
    return exitCodeFor(error.code);
}

// The block of text --help prints under "Exit codes:".
QString exitCodeHelp();

} // namespace ws::cli
