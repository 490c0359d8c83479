#include "LoginCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "SecretInput.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}
} // namespace

QString LoginCommand::summary() const {
    return tr("Log in with an API key and store the new session.");
}

QString LoginCommand::description() const {
    return tr(
        "Creates a session key pair, registers it with Turnkey (stamp_login, stamped with the given API "
        "key)\n"
        "and stores the session. The API private key is read from a file or from standard input ('-'),\n"
        "never from an argument, and is not stored.");
}

void LoginCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption({QStringLiteral("organization-id"), tr("The organization (sub-organization) ID."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("api-public-key"),
                      tr("The API key's public key: compressed P-256, 66 hex digits."),
                      QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("api-private-key-file"),
                      tr("File holding the API private key as 64 hex digits, or '-' for standard input."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("session-key"),
                      tr("Store the session under this name (default: \"default\")."),
                      QStringLiteral("NAME")});
    parser.addOption(expirationSecondsOption());
    parser.addOption(invalidateExistingOption());
    parser.addOption({QStringLiteral("key-store"),
                      tr("Where the session key is made and kept: 'keychain' (default) or 'tpm' (inside this "
                         "computer's TPM 2.0, never exportable; its refreshes stay there)."),
                      QStringLiteral("STORE")});
    // Accepted only to reject it with a useful message instead of "unknown option".
    QCommandLineOption keyArgument(QStringLiteral("api-private-key"), QString(), QStringLiteral("HEX"));
    keyArgument.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(keyArgument);
}

Result<void> LoginCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("api-private-key")))
        return Error(
            ErrorCode::InvalidInput,
            tr("The API private key is never accepted as an argument (other users can read command lines); "
               "use --api-private-key-file PATH, or --api-private-key-file - to read it from standard "
               "input"));
    if (parser.isSet(QStringLiteral("key-store")) &&
        parser.value(QStringLiteral("key-store")) != QLatin1String("tpm") &&
        parser.value(QStringLiteral("key-store")) != QLatin1String("keychain"))
        return Error(ErrorCode::InvalidInput, tr("--key-store must be 'tpm' or 'keychain', not '%1'")
                                                  .arg(parser.value(QStringLiteral("key-store")).left(32)));
    for (const char* required : {"organization-id", "api-public-key", "api-private-key-file"}) {
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, tr("login needs --%1").arg(QString::fromLatin1(required)));
    }
    if (Result<QByteArray> key = normalizePublicKeyHex(parser.value(QStringLiteral("api-public-key"))); !key)
        return key.error();
    if (parser.isSet(QStringLiteral("session-key"))) {
        if (Result<void> ok = validateSessionKeyLabel(parser.value(QStringLiteral("session-key"))); !ok)
            return ok.error();
    }
    if (Result<qint64> seconds = expirationSeconds(parser, kDefaultExpirationSeconds); !seconds)
        return seconds.error();
    return {};
}

void LoginCommand::run(CliContext& context, const QCommandLineParser& parser) {
    Result<SecureBytes> privateKey = readPrivateKeyHex(parser.value(QStringLiteral("api-private-key-file")));
    if (!privateKey) {
        context.fail(privateKey.error());
        return;
    }
    LoginRequest request;
    request.organizationId = parser.value(QStringLiteral("organization-id")).trimmed();
    request.apiPublicKey = normalizePublicKeyHex(parser.value(QStringLiteral("api-public-key"))).value();
    request.apiPrivateKey = std::move(privateKey.value());
    request.sessionKey = parser.isSet(QStringLiteral("session-key"))
                             ? parser.value(QStringLiteral("session-key"))
                             : QString::fromLatin1(kDefaultSessionKey);
    request.expirationSeconds = expirationSeconds(parser, kDefaultExpirationSeconds).value();
    request.invalidateExisting = parser.isSet(QStringLiteral("invalidate-existing"));
    request.makeActive = true;
    request.keyStore = parser.value(QStringLiteral("key-store")) == QLatin1String("tpm")
                           ? KeyStoreKind::Tpm
                           : KeyStoreKind::Keychain;

    context.manager().loginWithApiKey(std::move(request), &context, [&context](Result<QString> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        Result<SessionInfo> session = context.manager().getSession(*result);
        if (!session) {
            context.fail(session.error());
            return;
        }
        const qint64 expiresIn = session->token.claims.exp - context.now().toSecsSinceEpoch();
        if (context.out().isJson())
            context.out().json(sessionDetailJson(*session, context.now()));
        else
            context.out().line(tr("Logged in: session '%1' for user %2, expires at %3 (in %4).")
                                   .arg(session->sessionKey, session->token.claims.userId,
                                        formatLocalTime(session->token.claims.exp),
                                        formatTimeLeft(expiresIn)));
        context.succeed();
    });
}

} // namespace ws::cli
