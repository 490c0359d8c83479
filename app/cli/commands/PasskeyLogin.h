#pragma once

#include "StoredSignIn.h"

#include <QCommandLineParser>

namespace ws::cli {

class CliContext;

// `login --passkey --rp-id SITE --organization-id ID`: the sign-in with a passkey on a FIDO2 security
// key (SessionManager::signIn with a PasskeyAttestation). The site is the web app the passkey was
// registered in (--rp-id, else the setting signIn/passkeyRpId or $WALLET_SESSIONS_RP_ID). One line on
// stderr says to touch the key; a PIN is asked for when the key wants one. No key plugged in, or no
// passkey for the site on it: exit 3; a wrong or blocked PIN: exit 4; nothing is stored on any failure.
// With `stored` (login --replace alone): its site and organization, and its lifetime unless one is given.
void runPasskeyLogin(CliContext& context, const QCommandLineParser& parser,
                     const std::optional<StoredSignIn>& stored);

// validate()'s part for --passkey and --rp-id (the site itself may come from the settings: run() checks).
Result<void> validatePasskeyLogin(const QCommandLineParser& parser);

} // namespace ws::cli
