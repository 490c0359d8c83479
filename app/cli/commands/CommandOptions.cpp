#include "CommandOptions.h"

#include "session/SessionTypes.h"

#include <QCoreApplication>

namespace ws::cli {

QCommandLineOption expirationSecondsOption() {
    return QCommandLineOption(
        QStringLiteral("expiration-seconds"),
        QCoreApplication::translate("ws", "Lifetime of the new session in seconds (at least %1).")
            .arg(kMinimumExpirationSeconds),
        QStringLiteral("N"));
}

QCommandLineOption invalidateExistingOption() {
    return QCommandLineOption(
        QStringLiteral("invalidate-existing"),
        QCoreApplication::translate("ws", "Ask the server to invalidate the user's other sessions."));
}

QCommandLineOption revokeOption() {
    return QCommandLineOption(
        QStringLiteral("revoke"),
        QCoreApplication::translate("ws", "Also delete the session's key on the server."));
}

Result<qint64> expirationSeconds(const QCommandLineParser& parser, qint64 fallback) {
    if (!parser.isSet(QStringLiteral("expiration-seconds")))
        return fallback;
    const QString text = parser.value(QStringLiteral("expiration-seconds"));
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < kMinimumExpirationSeconds)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "ws", "--expiration-seconds must be a whole number of seconds, at least %1 (got '%2').")
                .arg(kMinimumExpirationSeconds)
                .arg(text));
    return value;
}

Result<QString> sessionKeyArgument(const QCommandLineParser& parser, int index) {
    const QStringList args = parser.positionalArguments();
    if (index >= args.size())
        return QString();
    if (Result<void> ok = validateSessionKeyLabel(args[index]); !ok)
        return ok.error();
    return args[index];
}

QCommandLineOption keyStoreOption() {
    return {QStringLiteral("key-store"),
            QCoreApplication::translate(
                "ws",
                "Where the key is made and kept: 'keychain' or 'tpm' (inside this computer's TPM 2.0, never "
                "exportable; a session's refreshes stay there). Default for a login: the setting "
                "sessions/keyStore (Settings > Keep new session keys in the TPM), else 'keychain'."),
            QStringLiteral("STORE")};
}

Result<KeyStoreKind> keyStore(const QCommandLineParser& parser, KeyStoreKind fallback) {
    const QString value = parser.value(QStringLiteral("key-store"));
    if (!parser.isSet(QStringLiteral("key-store")))
        return fallback;
    if (value == QLatin1String("keychain"))
        return KeyStoreKind::Keychain;
    if (value == QLatin1String("tpm"))
        return KeyStoreKind::Tpm;
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("ws", "--key-store must be 'tpm' or 'keychain', not '%1'")
                     .arg(value.left(32)));
}

} // namespace ws::cli
