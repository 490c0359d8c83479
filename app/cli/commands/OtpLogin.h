#pragma once

#include "StoredSignIn.h"

#include <QCommandLineParser>

namespace ws::cli {

class CliContext;

// `login --email ADDRESS | --sms PHONE`: the one-time-code sign-in (SessionManager::signIn with an
// OtpAttestation). One line on stderr names the contact the code went to; the code is then read from
// the terminal or, when stdin is not one, as one line from stdin. A wrong or expired code ends the run
// (exit 4); a contact with no account ends it with exit 3 naming --create-account unless it was given.
// With `stored` (login --replace alone): its contact and kind, and its lifetime unless one is given.
void runOtpLogin(CliContext& context, const QCommandLineParser& parser,
                 const std::optional<StoredSignIn>& stored);

} // namespace ws::cli
