#include "TokenDecodeCommand.h"

#include "Formatting.h"
#include "SecretInput.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ws::cli {

namespace {

// decodeSessionToken() has already checked the header is a base64url JSON object.
QJsonObject headerJson(const QByteArray& raw) {
    const QByteArray header =
        QByteArray::fromBase64(raw.left(raw.indexOf('.')), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(header).object();
}
} // namespace

QJsonObject tokenJson(const SessionToken& token, const QDateTime& now) {
    const qint64 expiresIn = token.claims.exp - now.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("header"), headerJson(token.raw)},
                       {QStringLiteral("claims"), claimsJson(token.claims)},
                       {QStringLiteral("expiry"), token.claims.exp},
                       {QStringLiteral("expiresIn"), expiresIn},
                       {QStringLiteral("expired"), expiresIn <= 0}};
}

void printToken(Output& out, const SessionToken& token, const QDateTime& now) {
    const auto orDash = [](const QString& v) {
        return v.isEmpty() ? QStringLiteral("-") : v;
    };
    const SessionClaims& c = token.claims;
    out.fields({
        {Text::tr("Header"),
         QString::fromUtf8(QJsonDocument(headerJson(token.raw)).toJson(QJsonDocument::Compact))},
        {Text::tr("User"), c.userId},
        {Text::tr("Organization"), c.organizationId},
        {Text::tr("Session type"), c.sessionType},
        {Text::tr("Session profile"), orDash(c.sessionProfileId)},
        {Text::tr("Scope"), orDash(c.scope)},
        {Text::tr("Public key"), c.publicKey},
        {Text::tr("Expires at"), QStringLiteral("%1 (%2)").arg(formatLocalTime(c.exp)).arg(c.exp)},
        {Text::tr("Time left"), formatTimeLeft(c.exp - now.toSecsSinceEpoch())},
    });
}

QString TokenDecodeCommand::summary() const {
    return Text::tr("Decode a session JWT and print its claims (no signature check).");
}

void addJwtArgument(QCommandLineParser& parser) {
    parser.addPositionalArgument(QStringLiteral("JWT"),
                                 Text::tr("The session JWT, or '-' to read it from standard input."),
                                 QStringLiteral("JWT|-"));
}

std::optional<JwtArgument> readJwtArgument(CliContext& context, const QCommandLineParser& parser) {
    Result<QByteArray> jwt =
        readArgumentOrStdin(parser.positionalArguments().value(0), kMaxSessionTokenBytes);
    if (!jwt) {
        context.fail(jwt.error());
        return std::nullopt;
    }
    Result<SessionToken> token = decodeSessionToken(*jwt);
    if (!token) {
        context.fail(token.error().withContext(Text::tr("not a valid session JWT")));
        return std::nullopt;
    }
    return JwtArgument{std::move(jwt).value(), std::move(token).value()};
}

void TokenDecodeCommand::addOptions(QCommandLineParser& parser) const {
    addJwtArgument(parser);
}

void TokenDecodeCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const std::optional<JwtArgument> read = readJwtArgument(context, parser);
    if (!read)
        return;
    if (context.out().isJson())
        context.out().json(tokenJson(read->token, context.now()));
    else
        printToken(context.out(), read->token, context.now());
    context.succeed();
}

} // namespace ws::cli
