#include "StoredSignIn.h"

#include "CliContext.h"
#include "CommandOptions.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCommandLineParser>

namespace ws::cli {

bool signsInAsStored(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("replace")))
        return false;
    for (const char* way :
         {"organization-id", "api-public-key", "api-private-key-file", "email", "sms", "oauth", "passkey"})
        if (parser.isSet(QString::fromLatin1(way)))
            return false;
    return true;
}

Result<StoredSignIn> readStoredSignIn(CliContext& context, const QString& sessionKey) {
    const Result<SessionInfo> session = context.manager().getSession(sessionKey);
    if (!session)
        return Error(ErrorCode::NotFound,
                     Text::tr("There is no session '%1' to sign in again; log in with --organization-id "
                              "and --api-public-key, --email, --sms, --oauth or --passkey")
                         .arg(sessionKey));
    StoredSignIn stored{session->signInMethod, session->token.claims.organizationId,
                        session->lifetimeSeconds};
    if (stored.method.kind == SignInMethod::Kind::Unknown) {
        // An older session, or one stored from a token: an API key the app remembers for its organization
        // is the only way it can know; more than one would be a guess.
        const QList<KeyPairInfo> remembered = context.manager().rememberedApiKeys(stored.organizationId);
        if (remembered.size() != 1)
            return Error(
                ErrorCode::InvalidInput,
                Text::tr("Session '%1' does not say how it was made; sign in again with "
                         "--organization-id and --api-public-key, --email, --sms, --oauth or --passkey")
                    .arg(sessionKey));
        stored.method = SignInMethod::apiKey(remembered.first().publicKey);
    }
    return stored;
}

qint64 lifetimeFor(const QCommandLineParser& parser, const std::optional<StoredSignIn>& stored) {
    const qint64 fallback = stored && stored->lifetimeSeconds >= kMinimumExpirationSeconds
                                ? stored->lifetimeSeconds
                                : kDefaultExpirationSeconds;
    // validate() refused a malformed --expiration-seconds.
    return expirationSeconds(parser, fallback).value();
}

SignInRequest signInRequestFor(const QCommandLineParser& parser, const std::optional<StoredSignIn>& stored,
                               KeyStoreKind defaultStore) {
    SignInRequest request;
    request.sessionKey = parser.isSet(QStringLiteral("session-key"))
                             ? parser.value(QStringLiteral("session-key"))
                             : QString::fromLatin1(kDefaultSessionKey);
    request.expirationSeconds = lifetimeFor(parser, stored);
    request.invalidateExisting = parser.isSet(QStringLiteral("invalidate-existing"));
    request.replace = parser.isSet(QStringLiteral("replace"));
    // LoginCommand::validate() refused any other value.
    request.keyStore = keyStore(parser, defaultStore).value();
    request.makeActive = true;
    return request;
}

} // namespace ws::cli
