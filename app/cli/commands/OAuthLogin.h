#pragma once

#include "Result.h"
#include "StoredSignIn.h"

#include <QCommandLineParser>

namespace ws::cli {

class CliContext;

// `login --oauth PROVIDER [--no-browser] [--timeout SECONDS] [--oidc-issuer URL] [--oidc-client-id ID]`:
// sign-in with Google or another OpenID Connect provider (SessionManager::signIn with an
// OidcAttestation). The system browser opens the provider's page (xdg-open); with --no-browser the
// URL is printed as one stderr line "Open: URL" instead. The redirect comes back to a listener on
// 127.0.0.1 (a random port) within the timeout (default 5 minutes). Exit codes: 1 consent denied or a
// state mismatch, 3 no account for this identity, 4 an id_token we or Turnkey refuse, 5 the provider or
// the proxy unreachable, the timeout, no loopback port.
void addOAuthLoginOptions(QCommandLineParser& parser);
// With --oauth: its own options, the shared ones (--session-key, --expiration-seconds) and no API-key or
// one-time-code option. Without: none of the OAuth-only options.
Result<void> validateOAuthLogin(const QCommandLineParser& parser);
// INVALID_INPUT naming the first OAuth-only option given (for a sign-in another way).
Result<void> refuseOAuthOnlyOptions(const QCommandLineParser& parser);
// With `stored` (login --replace alone): its provider, and its lifetime unless one is given.
void runOAuthLogin(CliContext& context, const QCommandLineParser& parser,
                   const std::optional<StoredSignIn>& stored);

} // namespace ws::cli
