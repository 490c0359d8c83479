#include "PasskeyLogin.h"

#include "CliContext.h"
#include "CommandOptions.h"
#include "LoginReport.h"
#include "SecurityKeyPrompt.h"
#include "Text.h"
#include "session/PasskeyAttestation.h"
#include "session/SessionManager.h"

namespace ws::cli {

Result<void> validatePasskeyLogin(const QCommandLineParser& parser) {
    const bool passkey = parser.isSet(QStringLiteral("passkey"));
    if (!passkey) {
        if (parser.isSet(QStringLiteral("rp-id")) && !parser.isSet(QStringLiteral("replace")))
            return Error(ErrorCode::InvalidInput, Text::tr("--rp-id goes with --passkey"));
        if (parser.isSet(QStringLiteral("passkey-account")) && !parser.isSet(QStringLiteral("replace")))
            return Error(ErrorCode::InvalidInput, Text::tr("--passkey-account goes with --passkey"));
        return {};
    }
    for (const char* other : {"api-public-key", "api-private-key-file", "remember-api-key", "email", "sms",
                              "oauth", "create-account"}) {
        if (parser.isSet(QString::fromLatin1(other)))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--%1 is not for signing in with a security key (--passkey)")
                             .arg(QString::fromLatin1(other)));
    }
    if (parser.isSet(QStringLiteral("rp-id")) && parser.value(QStringLiteral("rp-id")).trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--rp-id needs the site's domain, as app.example.com"));
    if (parser.isSet(QStringLiteral("session-key"))) {
        if (Result<void> ok = validateSessionKeyLabel(parser.value(QStringLiteral("session-key"))); !ok)
            return ok.error();
    }
    if (Result<qint64> seconds = expirationSeconds(parser, kDefaultExpirationSeconds); !seconds)
        return seconds.error();
    return {};
}

void runPasskeyLogin(CliContext& context, const QCommandLineParser& parser,
                     const std::optional<StoredSignIn>& stored) {
    const QString rpId = stored ? stored->method.detail
                         : parser.isSet(QStringLiteral("rp-id"))
                             ? parser.value(QStringLiteral("rp-id")).trimmed()
                             : context.resolveConfig().config.passkeyRpId;
    if (rpId.isEmpty())
        return context.usage(Text::tr("--passkey needs the site the passkey was registered in: --rp-id "
                                      "DOMAIN (or the setting signIn/passkeyRpId)"));
    const QString organizationId =
        stored ? stored->organizationId : parser.value(QStringLiteral("organization-id")).trimmed();
    if (organizationId.isEmpty())
        return context.usage(Text::tr("--passkey needs --organization-id: the organization whose user "
                                      "registered the passkey"));

    SignInRequest request = signInRequestFor(parser, stored, context.resolveConfig().config.keyStore);

    auto signer = std::make_shared<fido::PasskeySigner>();
    signer->rpId = rpId;
    signer->account = parser.value(QStringLiteral("passkey-account")).trimmed();
    runWithSecurityKey(
        context, signer, Text::tr("sign in to %1").arg(rpId),
        [&context, request, organizationId](std::shared_ptr<fido::PasskeySigner> with, PinTakeOver tookOver) {
            auto source = std::make_shared<PasskeyAttestation>(PasskeySignInOptions{organizationId, with});
            context.manager().signIn(request, source, &context,
                                     [&context, source, tookOver](Result<QString> result) {
                                         if (tookOver(result ? nullptr : &result.error()))
                                             return;
                                         reportLogin(context, result);
                                     });
        });
}

} // namespace ws::cli
