#include "OAuthLogin.h"

#include "CliContext.h"
#include "CommandOptions.h"
#include "Formatting.h"
#include "LoginReport.h"
#include "Text.h"
#include "UnixSignals.h"
#include "api/AuthProxyClient.h"
#include "app/ServiceFactory.h"
#include "app/SettingsFile.h"
#include "app/SingleInstance.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcProviders.h"
#include "session/OidcAttestation.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace ws::cli {

namespace {

constexpr qint64 kDefaultTimeoutSecs = 300;
constexpr qint64 kMaxTimeoutSecs = 3600;

const QString kOAuth = QStringLiteral("oauth");
const QString kNoBrowser = QStringLiteral("no-browser");
const QString kTimeout = QStringLiteral("timeout");
const QString kIssuer = QStringLiteral("oidc-issuer");
const QString kClientId = QStringLiteral("oidc-client-id");
const QString kRedirectPort = QStringLiteral("oidc-redirect-port");
const QString kHosted = QStringLiteral("oauth-hosted");
const QString kHostedOrigin = QStringLiteral("oauth-origin");
const QString kHostedRedirect = QStringLiteral("oauth-redirect");

qint64 timeoutSecs(const QCommandLineParser& parser) {
    return parser.isSet(kTimeout) ? parser.value(kTimeout).trimmed().toLongLong() : kDefaultTimeoutSecs;
}

// The system browser, detached: xdg-open (Freedesktop), which hands the URL to the user's default
// browser. False when it cannot be started (no desktop: the printed URL is the way then).
bool openBrowser(const QUrl& url) {
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    return !opener.isEmpty() && QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)});
}

// What the run needs from the command line, read before anything asynchronous starts.
struct OAuthRun {
    SignInRequest request;
    bool browser = true;
    qint64 timeoutSecs = kDefaultTimeoutSecs;
};

OAuthRun readRun(const QCommandLineParser& parser, const std::optional<StoredSignIn>& stored,
                 KeyStoreKind defaultStore) {
    OAuthRun run;
    run.request = signInRequestFor(parser, stored, defaultStore);
    run.browser = !parser.isSet(kNoBrowser);
    run.timeoutSecs = timeoutSecs(parser);
    return run;
}

// Hosted mode: the desktop's `wallet-sessions URL` hands the browser's answer over this channel while
// the sign-in waits (and only then: the channel goes with the run).
Result<oidc::HostedCallbackInbox*> listenForHostedAnswer(CliContext& context) {
    auto* inbox = new oidc::HostedCallbackInbox(&context);
    auto* channel = new SingleInstance(oidc::HostedCallbackInbox::cliChannelName(), inbox);
    if (!channel->claim())
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("another wallet-sessions-cli sign-in is waiting for its answer from the browser; "
                     "finish or cancel it first"));
    if (!channel->isListening())
        return Error(ErrorCode::Network,
                     Text::tr("cannot listen for the browser's answer on the local socket %1")
                         .arg(channel->serverName()));
    // Taken only while this sign-in waits; otherwise the launch offers the link to the window next.
    channel->setOfferHandler([inbox](const QUrl& url) { return inbox->deliver(url); });
    return inbox;
}

void signIn(CliContext& context, OAuthRun run, AuthProxyClient& proxy, const oidc::ProviderConfig& provider) {
    OidcSignInOptions options;
    options.provider = provider;
    options.redirectTimeout = std::chrono::seconds(run.timeoutSecs);
    if (provider.hosted) {
        Result<oidc::HostedCallbackInbox*> inbox = listenForHostedAnswer(context);
        if (!inbox)
            return context.fail(inbox.error());
        options.inbox = *inbox;
    }
    auto source = std::make_shared<OidcAttestation>(proxy, context.clock(), options);

    const bool browser = run.browser;
    QObject::connect(
        source.get(), &OidcAttestation::authorizationUrlReady, &context,
        [&context, browser, name = provider.displayName](const QUrl& url) {
            if (browser && openBrowser(url))
                context.out().notice(
                    Text::tr("Continue in your browser to sign in with %1 (it was opened for you).")
                        .arg(name));
            // Always printed: with --no-browser it is the way, otherwise the fallback.
            context.out().notice(Text::tr("Open: %1").arg(url.toString(QUrl::FullyEncoded)));
        });

    auto handle = std::make_shared<SignInHandle>();
    // Ctrl-C while the browser step runs: the pending key is destroyed before the run ends.
    auto* signals = new UnixSignals(&context);
    QObject::connect(signals, &UnixSignals::received, &context, [handle](int) { handle->cancel(); });
    *handle = context.manager().signIn(std::move(run.request), source, &context,
                                       [&context, source, signals](Result<QString> result) {
                                           delete signals; // the default handlers again
                                           reportLogin(context, result);
                                       });
}

} // namespace

void addOAuthLoginOptions(QCommandLineParser& parser) {
    parser.addOption(
        {kOAuth,
         Text::tr("Sign in with an OpenID Connect provider in the system browser: 'google', or 'oidc' "
                  "for the issuer --oidc-issuer names."),
         QStringLiteral("PROVIDER")});
    parser.addOption(
        {kNoBrowser, Text::tr("With --oauth: do not open a browser; print the sign-in URL on stderr as "
                              "one line beginning 'Open: ' and wait for the redirect.")});
    parser.addOption({kTimeout,
                      Text::tr("With --oauth: how long to wait for the browser, in seconds (default 300)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({kIssuer,
                      Text::tr("With --oauth: the provider's issuer URL instead of its default or the "
                               "oauth/PROVIDER/issuer setting."),
                      QStringLiteral("URL")});
    parser.addOption(
        {kClientId,
         Text::tr("With --oauth: the OAuth client id instead of the Auth Proxy's oauthClientIds or "
                  "the oauth/PROVIDER/clientId setting."),
         QStringLiteral("ID")});
    parser.addOption(
        {kHosted, Text::tr("With --oauth: through Turnkey's hosted sign-in pages, for a provider registered "
                           "with a web client id only (the oauth/PROVIDER/mode=hosted setting). The browser "
                           "ends on a wallet-sessions:// link, which the desktop hands to this command "
                           "through the installed Wallet Sessions app.")});
    parser.addOption({kHostedOrigin,
                      Text::tr("With --oauth-hosted: the hosted sign-in page instead of "
                               "https://oauth-origin.turnkey.com."),
                      QStringLiteral("URL")});
    parser.addOption({kHostedRedirect,
                      Text::tr("With --oauth-hosted: the hosted redirect page instead of "
                               "https://oauth-redirect.turnkey.com."),
                      QStringLiteral("URL")});
    parser.addOption(
        {kRedirectPort,
         Text::tr("With --oauth: the loopback port the browser is sent back to (the redirect URI "
                  "http://127.0.0.1:PORT/callback), for a client registered with that exact URI; "
                  "default: a free port, or the oauth/PROVIDER/redirectPort setting."),
         QStringLiteral("PORT")});
}

Result<void> refuseOAuthOnlyOptions(const QCommandLineParser& parser) {
    for (const QString& option :
         {kNoBrowser, kTimeout, kIssuer, kClientId, kRedirectPort, kHosted, kHostedOrigin, kHostedRedirect})
        if (parser.isSet(option))
            return Error(ErrorCode::InvalidInput, Text::tr("--%1 goes with --oauth").arg(option));
    return {};
}

Result<void> validateOAuthLogin(const QCommandLineParser& parser) {
    // `login --replace` alone may sign in again with the stored session's provider, so its options are
    // checked here and refused by run() when the stored session was made another way.
    if (!parser.isSet(kOAuth) && !signsInAsStored(parser))
        return refuseOAuthOnlyOptions(parser);
    if (parser.isSet(kOAuth)) {
        const QString provider = parser.value(kOAuth).trimmed().toLower();
        if (!oidc::isSupportedProvider(provider))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--oauth must be one of %1, not '%2'")
                             .arg(oidc::supportedProviders().join(QStringLiteral(", ")), provider.left(32)));
        for (const char* other : {"organization-id", "api-public-key", "api-private-key-file", "email", "sms",
                                  "create-account"}) {
            if (parser.isSet(QString::fromLatin1(other)))
                return Error(ErrorCode::InvalidInput,
                             Text::tr("--%1 does not go with --oauth").arg(QString::fromLatin1(other)));
        }
    }
    if (parser.isSet(kTimeout)) {
        bool ok = false;
        const qint64 secs = parser.value(kTimeout).trimmed().toLongLong(&ok);
        if (!ok || secs < 1 || secs > kMaxTimeoutSecs)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--timeout must be a number of seconds from 1 to %1").arg(kMaxTimeoutSecs));
    }
    if (parser.isSet(kIssuer)) {
        const QUrl issuer(parser.value(kIssuer).trimmed(), QUrl::StrictMode);
        if (!issuer.isValid() || issuer.host().isEmpty() ||
            (issuer.scheme() != QLatin1String("https") && issuer.scheme() != QLatin1String("http")))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--oidc-issuer must be a URL such as https://accounts.google.com"));
    }
    if (parser.isSet(kRedirectPort)) {
        bool ok = false;
        const uint port = parser.value(kRedirectPort).trimmed().toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--oidc-redirect-port must be a port from 1 to 65535"));
    }
    for (const QString& option : {kHostedOrigin, kHostedRedirect}) {
        if (!parser.isSet(option))
            continue;
        if (!parser.isSet(kHosted))
            return Error(ErrorCode::InvalidInput, Text::tr("--%1 goes with --oauth-hosted").arg(option));
        const QUrl page(parser.value(option).trimmed(), QUrl::StrictMode);
        if (!page.isValid() || page.host().isEmpty() ||
            (page.scheme() != QLatin1String("https") && page.scheme() != QLatin1String("http")))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--%1 must be a URL such as https://%1.turnkey.com").arg(option));
    }
    if (parser.isSet(kHosted) && parser.isSet(kRedirectPort))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--oidc-redirect-port does not go with --oauth-hosted (no loopback redirect)"));
    if (parser.isSet(kClientId) && parser.value(kClientId).trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("--oidc-client-id needs a value"));
    if (parser.isSet(QStringLiteral("session-key"))) {
        if (Result<void> ok = validateSessionKeyLabel(parser.value(QStringLiteral("session-key"))); !ok)
            return ok.error();
    }
    if (Result<qint64> seconds = expirationSeconds(parser, kDefaultExpirationSeconds); !seconds)
        return seconds.error();
    return {};
}

void runOAuthLogin(CliContext& context, const QCommandLineParser& parser,
                   const std::optional<StoredSignIn>& stored) {
    AuthProxyClient* proxy = context.services().authProxy();
    if (!proxy) {
        context.fail(Error(ErrorCode::Internal, Text::tr("The Auth Proxy client was not created.")));
        return;
    }
    // A missing config id or a forbidden URL is said before a key is made or a browser opened.
    if (Result<void> usable = proxy->usable(); !usable) {
        context.fail(usable.error());
        return;
    }
    const QString name = (stored ? stored->method.detail : parser.value(kOAuth)).trimmed().toLower();
    // Option > settings file > the Auth Proxy's configuration > the built-in default.
    oidc::ProviderOverride override = oidc::providerOverrideFromSettings(openSettingsFile().get(), name);
    if (parser.isSet(kIssuer))
        override.issuer = QUrl(parser.value(kIssuer).trimmed());
    if (parser.isSet(kClientId))
        override.clientId = parser.value(kClientId).trimmed();
    if (parser.isSet(kRedirectPort))
        override.redirectPort = quint16(parser.value(kRedirectPort).trimmed().toUInt());
    if (parser.isSet(kHosted))
        override.hosted = true;
    if (parser.isSet(kHostedOrigin))
        override.hostedOrigin = QUrl(parser.value(kHostedOrigin).trimmed());
    if (parser.isSet(kHostedRedirect))
        override.hostedRedirect = QUrl(parser.value(kHostedRedirect).trimmed());

    auto resolveAndSignIn = [&context, run = readRun(parser, stored, context.resolveConfig().config.keyStore),
                             proxy, name, override](const QJsonObject& clientIds) {
        Result<oidc::ProviderConfig> provider = oidc::resolveProvider(name, clientIds, override);
        if (!provider)
            return context.fail(provider.error());
        signIn(context, run, *proxy, *provider);
    };
    if (!override.clientId.isEmpty())
        return resolveAndSignIn(QJsonObject());
    // The client id the app's Auth Proxy configuration holds for this provider.
    proxy->walletKitConfig(&context, [&context, resolveAndSignIn](Result<WalletKitConfig> config) {
        if (!config)
            return context.fail(
                config.error().withContext(Text::tr("reading the Auth Proxy's configuration")));
        resolveAndSignIn(config->oauthClientIds);
    });
}

} // namespace ws::cli
