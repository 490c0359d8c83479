#include "TokenVerifyCommand.h"

#include "ExitCodes.h"
#include "Formatting.h"
#include "Text.h"
#include "TokenDecodeCommand.h"
#include "crypto/SessionJwtSignature.h"

#include <QCoreApplication>

namespace ws::cli {

QString TokenVerifyCommand::summary() const {
    return Text::tr("Decode a session JWT and check its signature against the notarizer key.");
}

QString TokenVerifyCommand::description() const {
    return Text::tr(
        "Checks the notarizer signature of a session JWT (Turnkey's scheme: ECDSA P-256 over the double\n"
        "SHA-256 of header.payload). The key is --notarizer-key, else $WALLET_SESSIONS_NOTARIZER_KEY, else\n"
        "the setting api/notarizerPublicKey, else Turnkey's production notarizer key.\n"
        "Exit code 0: valid and not expired; 4: valid signature but expired; 1: bad signature or token.");
}

void TokenVerifyCommand::addOptions(QCommandLineParser& parser) const {
    addJwtArgument(parser);
    // --notarizer-key is a global option (accepted before or after the command).
}

void TokenVerifyCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const std::optional<JwtArgument> read = readJwtArgument(context, parser);
    if (!read)
        return;
    const SessionToken& token = read->token;
    QByteArray key = context.resolveConfig().config.notarizerKey;
    const bool production = key.isEmpty();
    if (production)
        key = QByteArray(jwtsig::kProductionNotarizerPublicKey);
    Result<void> verified = jwtsig::verify(read->jwt, key);
    if (!verified) {
        // A bad signature is a failed check, not a usage error or an authorization answer: exit 1.
        context.fail(verified.error().withContext(
                         Text::tr("the token's signature does not verify with the %1 notarizer key")
                             .arg(production ? Text::tr("production") : Text::tr("given"))),
                     kExitError);
        return;
    }
    const QDateTime now = context.now();
    const bool expired = token.claims.exp <= now.toSecsSinceEpoch();
    if (context.out().isJson()) {
        QJsonObject o = tokenJson(token, now);
        o.insert(QStringLiteral("signatureValid"), true);
        o.insert(QStringLiteral("notarizerPublicKey"), QString::fromLatin1(key));
        context.out().json(o);
    } else {
        printToken(context.out(), token, now);
        context.out().line(Text::tr("Signature: valid (notarizer key %1)").arg(QString::fromLatin1(key)));
    }
    if (expired) {
        context.fail(
            Error(ErrorCode::SessionExpired, Text::tr("The signature is valid but the token expired at %1.")
                                                 .arg(formatLocalTime(token.claims.exp))));
        return;
    }
    context.succeed();
}

} // namespace ws::cli
