#include "LoginCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "LoginReport.h"
#include "OAuthLogin.h"
#include "OtpLogin.h"
#include "PasskeyLogin.h"
#include "SecretInput.h"
#include "StoredSignIn.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

QString LoginCommand::summary() const {
    return Text::tr("Log in with an API key, or sign in with a one-time code by email or text message, with "
                    "Google / OpenID Connect, or with a security key.");
}

QString LoginCommand::description() const {
    return Text::tr(
        "Creates a session key pair, registers it with Turnkey (stamp_login, stamped with the given API "
        "key)\n"
        "and stores the session. The API private key is read from a file or from standard input ('-'),\n"
        "never from an argument, and is not stored.\n"
        "\n"
        "With --email ADDRESS or --sms PHONE it signs in with a one-time code instead, through Turnkey's\n"
        "Auth Proxy (global options --auth-proxy-url, --auth-proxy-config-id, --otp-signer-key): one line\n"
        "on stderr names where the code went, then the code is read from the terminal, or as one line\n"
        "from standard input when that is not a terminal. A contact with no account is signed up only\n"
        "with --create-account.\n"
        "\n"
        "With --oauth PROVIDER ('google', or 'oidc' with --oidc-issuer) it signs in with an OpenID Connect\n"
        "provider in the system browser (--no-browser prints the URL on stderr as 'Open: URL'); the\n"
        "browser returns to a listener on 127.0.0.1 within --timeout seconds (default 300).\n"
        "\n"
        "With --passkey it signs in with a passkey on a FIDO2 security key: --rp-id names the site the\n"
        "passkey was registered in (default: the setting signIn/passkeyRpId) and --organization-id the\n"
        "organization of its user. Touch the key when asked; its PIN, when it wants one, is read from the\n"
        "terminal (or one line of standard input), never from an argument.");
}

void LoginCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption({QStringLiteral("organization-id"), Text::tr("The organization (sub-organization) ID."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("api-public-key"),
                      Text::tr("The API key's public key: compressed P-256, 66 hex digits."),
                      QStringLiteral("HEX")});
    parser.addOption(
        {QStringLiteral("api-private-key-file"),
         Text::tr("File holding the API private key as 64 hex digits, or '-' for standard input. "
                  "Not needed for an API key the app holds (remembered, or in the TPM)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("remember-api-key"),
                      Text::tr("Keep the API key in the keychain (nowhere else), to sign in again and renew "
                               "this organization's sessions without the key file.")});
    parser.addOption({QStringLiteral("email"),
                      Text::tr("Sign in with a one-time code sent to this email address."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("sms"),
                      Text::tr("Sign in with a one-time code sent by text message to this phone number."),
                      QStringLiteral("PHONE")});
    parser.addOption({QStringLiteral("passkey"),
                      Text::tr("Sign in with a passkey on a FIDO2 security key (USB or NFC).")});
    parser.addOption(
        {QStringLiteral("passkey-account"),
         Text::tr("With --passkey: the account to sign in as when the security key holds passkeys of "
                  "several for the site (its user name); asked for when not given."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rp-id"),
                      Text::tr("With --passkey: the site the passkey was registered in (its WebAuthn relying "
                               "party id, as app.example.com)."),
                      QStringLiteral("DOMAIN")});
    parser.addOption(
        {QStringLiteral("create-account"),
         Text::tr("With --email/--sms: sign up (a new sub-organization) when no account has the contact.")});
    parser.addOption({QStringLiteral("session-key"),
                      Text::tr("Store the session under this name (default: \"default\")."),
                      QStringLiteral("NAME")});
    parser.addOption(expirationSecondsOption());
    parser.addOption(invalidateExistingOption());
    parser.addOption(
        {QStringLiteral("replace"),
         Text::tr("Sign in again: replace the session already stored under that name. It stays "
                  "as it is until the new one is stored; then its key is deleted, as by clear. With no "
                  "other way of signing in given, the stored session's is used again (its organization "
                  "and API key, email address, phone number or provider, and its lifetime).")});
    parser.addOption(keyStoreOption());
    addOAuthLoginOptions(parser);
    // Accepted only to reject it with a useful message instead of "unknown option".
    QCommandLineOption keyArgument(QStringLiteral("api-private-key"), QString(), QStringLiteral("HEX"));
    keyArgument.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(keyArgument);
}

Result<void> LoginCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("api-private-key")))
        return Error(
            ErrorCode::InvalidInput,
            Text::tr(
                "The API private key is never accepted as an argument (other users can read command lines); "
                "use --api-private-key-file PATH, or --api-private-key-file - to read it from standard "
                "input"));
    if (const Result<KeyStoreKind> store = keyStore(parser); !store)
        return store.error();
    if (Result<void> passkey = validatePasskeyLogin(parser);
        !passkey || parser.isSet(QStringLiteral("passkey")))
        return passkey;
    if (Result<void> oauth = validateOAuthLogin(parser); !oauth || parser.isSet(QStringLiteral("oauth")))
        return oauth;
    const bool email = parser.isSet(QStringLiteral("email"));
    const bool sms = parser.isSet(QStringLiteral("sms"));
    if (email && sms)
        return Error(ErrorCode::InvalidInput, Text::tr("give --email or --sms, not both"));
    if (email || sms) {
        for (const char* apiKeyOption :
             {"organization-id", "api-public-key", "api-private-key-file", "remember-api-key"}) {
            if (parser.isSet(QString::fromLatin1(apiKeyOption)))
                return Error(ErrorCode::InvalidInput,
                             Text::tr("--%1 is for logging in with an API key, not with --%2")
                                 .arg(QString::fromLatin1(apiKeyOption),
                                      email ? QStringLiteral("email") : QStringLiteral("sms")));
        }
        const QString contact =
            parser.value(email ? QStringLiteral("email") : QStringLiteral("sms")).trimmed();
        if (contact.isEmpty())
            return Error(ErrorCode::InvalidInput, email ? Text::tr("--email needs an address")
                                                        : Text::tr("--sms needs a phone number"));
        if (email && !contact.contains(QLatin1Char('@')))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("'%1' is not an email address").arg(contact.left(64)));
        if (sms && !contact.startsWith(QLatin1Char('+')))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("give the phone number with its country code, as +15555550100"));
    } else if (parser.isSet(QStringLiteral("create-account"))) {
        return Error(ErrorCode::InvalidInput, Text::tr("--create-account goes with --email or --sms"));
    }
    // The private key may be left out for an API key the app holds; the log-in says so if it holds none.
    // `--replace` alone signs in again the stored session's way (run() reads it).
    for (const char* required : {"organization-id", "api-public-key"}) {
        if (email || sms || signsInAsStored(parser))
            break;
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Text::tr("login needs --%1").arg(QString::fromLatin1(required)));
    }
    if (Result<QByteArray> key = normalizePublicKeyHex(parser.value(QStringLiteral("api-public-key")));
        !key && !email && !sms && !signsInAsStored(parser))
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
    const QString sessionKey = parser.isSet(QStringLiteral("session-key"))
                                   ? parser.value(QStringLiteral("session-key"))
                                   : QString::fromLatin1(kDefaultSessionKey);
    std::optional<StoredSignIn> stored;
    if (signsInAsStored(parser)) {
        Result<StoredSignIn> read = readStoredSignIn(context, sessionKey);
        if (!read)
            return context.fail(read.error());
        stored = std::move(read.value());
    }
    const SignInMethod::Kind storedKind = stored ? stored->method.kind : SignInMethod::Kind::Unknown;
    if (stored) {
        // validate() let these through before it knew the stored way; they belong to one way each.
        if (storedKind != SignInMethod::Kind::OpenId) {
            if (Result<void> refused = refuseOAuthOnlyOptions(parser); !refused)
                return context.usage(refused.error().message);
        }
        if (storedKind != SignInMethod::Kind::ApiKey && parser.isSet(QStringLiteral("remember-api-key")))
            return context.usage(Text::tr("--remember-api-key is for a session made with an API key; "
                                          "'%1' was made with: %2")
                                     .arg(sessionKey, stored->method.describe()));
    }
    if (parser.isSet(QStringLiteral("email")) || parser.isSet(QStringLiteral("sms")) ||
        storedKind == SignInMethod::Kind::Email || storedKind == SignInMethod::Kind::Sms)
        return runOtpLogin(context, parser, stored);
    if (parser.isSet(QStringLiteral("oauth")) || storedKind == SignInMethod::Kind::OpenId)
        return runOAuthLogin(context, parser, stored);
    if (parser.isSet(QStringLiteral("passkey")) || storedKind == SignInMethod::Kind::Passkey)
        return runPasskeyLogin(context, parser, stored);
    // Without a key file the API key must be one the app holds; the log-in itself checks that.
    Result<SecureBytes> privateKey =
        parser.isSet(QStringLiteral("api-private-key-file"))
            ? readPrivateKeyHex(parser.value(QStringLiteral("api-private-key-file")))
            : Result<SecureBytes>(SecureBytes());
    if (!privateKey) {
        context.fail(privateKey.error());
        return;
    }
    LoginRequest request;
    request.organizationId =
        stored ? stored->organizationId : parser.value(QStringLiteral("organization-id")).trimmed();
    // validate() checked a typed key; a stored one is checked here.
    Result<QByteArray> publicKey = normalizePublicKeyHex(
        stored ? stored->method.detail : parser.value(QStringLiteral("api-public-key")));
    if (!publicKey)
        return context.fail(
            publicKey.error().withContext(Text::tr("reading the API key of session '%1'").arg(sessionKey)));
    request.apiPublicKey = std::move(publicKey.value());
    request.apiPrivateKey = std::move(privateKey.value());
    request.sessionKey = sessionKey;
    request.expirationSeconds = lifetimeFor(parser, stored);
    request.invalidateExisting = parser.isSet(QStringLiteral("invalidate-existing"));
    request.replace = parser.isSet(QStringLiteral("replace"));
    request.rememberApiKey = parser.isSet(QStringLiteral("remember-api-key"));
    request.makeActive = true;
    // validate() refused any other value; without --key-store, the settings' default.
    request.keyStore = keyStore(parser, context.resolveConfig().config.keyStore).value();

    context.manager().loginWithApiKey(std::move(request), &context,
                                      [&context](Result<QString> result) { reportLogin(context, result); });
}

} // namespace ws::cli
