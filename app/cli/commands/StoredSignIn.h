#pragma once

#include "Result.h"
#include "session/SessionTypes.h"
#include "session/SignInMethod.h"

#include <QString>
#include <optional>

class QCommandLineParser;

namespace ws::cli {

class CliContext;

// `login --replace` with no way of signing in on its command line signs in again the way the stored
// session was made, as the window's Sign in again does (issue 18): the same organization and API public
// key, the same email address or phone number, the same OpenID provider, and the same lifetime unless
// --expiration-seconds says otherwise.
struct StoredSignIn {
    SignInMethod method;
    QString organizationId;
    qint64 lifetimeSeconds = 0;
};

// True when the command line names no way of signing in (API key, code, provider) and asks to replace.
bool signsInAsStored(const QCommandLineParser& parser);

// The stored session's way of signing in; NOT_FOUND (with what to give instead) when there is none.
Result<StoredSignIn> readStoredSignIn(CliContext& context, const QString& sessionKey);

// The lifetime for the new session: --expiration-seconds, else the stored session's, else the default.
qint64 lifetimeFor(const QCommandLineParser& parser, const std::optional<StoredSignIn>& stored);

// What every sign-in without an API key (code, OpenID, security key) takes from `login`'s options: the
// name (default "default"), the lifetime (lifetimeFor), --invalidate-existing, --replace, and where the
// key is made (--key-store, else `defaultStore`, the settings'); the new session becomes the active one.
SignInRequest signInRequestFor(const QCommandLineParser& parser, const std::optional<StoredSignIn>& stored,
                               KeyStoreKind defaultStore);

} // namespace ws::cli
