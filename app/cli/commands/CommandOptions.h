#pragma once

#include "Result.h"
#include "store/IndexData.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace ws::cli {

// Options shared by several commands, so their names and help texts stay identical.
QCommandLineOption expirationSecondsOption();
QCommandLineOption invalidateExistingOption();
QCommandLineOption revokeOption();
QCommandLineOption keyStoreOption();

// --key-store keychain|tpm; `fallback` when not given, a usage error for anything else.
Result<KeyStoreKind> keyStore(const QCommandLineParser& parser,
                              KeyStoreKind fallback = KeyStoreKind::Keychain);

// --expiration-seconds: an integer >= 30 (Turnkey's minimum). `fallback` when not given.
Result<qint64> expirationSeconds(const QCommandLineParser& parser, qint64 fallback);
// The positional session key at `index`, validated as a label; empty when not given.
Result<QString> sessionKeyArgument(const QCommandLineParser& parser, int index = 0);

} // namespace ws::cli
