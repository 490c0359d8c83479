#include "oidc/OidcProviders.h"

#include "Text.h"
#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QSettings>

namespace ws::oidc {

namespace {

const QString kGoogle = QStringLiteral("google");
const QString kGeneric = QStringLiteral("oidc");

} // namespace

QStringList supportedProviders() {
    return {kGoogle, kGeneric};
}

bool isSupportedProvider(const QString& name) {
    return supportedProviders().contains(name);
}

Result<ProviderConfig> resolveProvider(const QString& name, const QJsonObject& oauthClientIds,
                                       const ProviderOverride& override) {
    if (!isSupportedProvider(name))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("'%1' is not a sign-in provider this app supports (%2)")
                         .arg(name.left(32), supportedProviders().join(QStringLiteral(", "))));
    ProviderConfig config;
    config.name = name;
    if (name == kGoogle) {
        config.displayName = QStringLiteral("Google");
        config.issuer = QUrl(QStringLiteral("https://accounts.google.com"));
    }
    if (!override.issuer.isEmpty())
        config.issuer = override.issuer;
    if (name == kGeneric) {
        if (config.issuer.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Text::tr("the 'oidc' provider needs an issuer: give --oidc-issuer URL or set "
                                  "oauth/oidc/issuer in the settings"));
        // The issuer's host is all a generic provider has for a name unless the settings give one.
        config.displayName = config.issuer.host();
    }
    if (!override.displayName.isEmpty())
        config.displayName = override.displayName;
    config.redirectPort = override.redirectPort;
    config.clientId = override.clientId.isEmpty() ? oauthClientIds.value(name).toString() : override.clientId;
    if (config.clientId.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("no OAuth client id for '%1': the Auth Proxy's configuration has none; give "
                              "--oidc-client-id ID or set oauth/%1/clientId in the settings")
                         .arg(name));
    if (!config.issuer.isValid() || config.issuer.scheme().isEmpty() || config.issuer.host().isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("the issuer of '%1' is not a URL: %2").arg(name, config.issuer.toString().left(80)));
    if (override.hosted) {
        HostedPages pages;
        if (!override.hostedOrigin.isEmpty())
            pages.origin = override.hostedOrigin;
        if (!override.hostedRedirect.isEmpty())
            pages.redirect = override.hostedRedirect;
        // The id_token travels through both pages: https, or http to this machine only.
        for (const QUrl& page : {pages.origin, pages.redirect}) {
            if (Result<void> ok = api::validateBaseUrl(page); !ok)
                return ok.error().withContext(Text::tr("Turnkey's hosted sign-in page"));
        }
        // Turnkey's pages know the providers by their wallet_kit_config names, not a generic issuer.
        if (name == kGeneric && override.hostedOrigin.isEmpty())
            return Error(
                ErrorCode::InvalidInput,
                Text::tr("Turnkey's hosted sign-in pages do not offer the generic 'oidc' provider; give its "
                         "hosted page (--oauth-origin URL or oauth/oidc/hostedOrigin) or sign in without "
                         "them"));
        config.hosted = pages;
    }
    return config;
}

QList<ProviderConfig> offeredProviders(const QStringList& enabledProviders, const QJsonObject& oauthClientIds,
                                       const std::function<ProviderOverride(const QString&)>& overrides) {
    QList<ProviderConfig> offered;
    for (const QString& name : enabledProviders) {
        if (!isSupportedProvider(name))
            continue;
        auto config = resolveProvider(name, oauthClientIds, overrides ? overrides(name) : ProviderOverride());
        if (config)
            offered.append(*config);
    }
    return offered;
}

ProviderOverride providerOverrideFromSettings(const QSettings* settings, const QString& name) {
    ProviderOverride override;
    if (!settings)
        return override;
    const QString prefix = QStringLiteral("oauth/%1/").arg(name);
    const QString issuer = settings->value(prefix + QStringLiteral("issuer")).toString().trimmed();
    if (!issuer.isEmpty())
        override.issuer = QUrl(issuer);
    override.clientId = settings->value(prefix + QStringLiteral("clientId")).toString().trimmed();
    override.displayName = settings->value(prefix + QStringLiteral("displayName")).toString().trimmed();
    const uint port = settings->value(prefix + QStringLiteral("redirectPort")).toUInt();
    override.redirectPort = port <= 65535 ? quint16(port) : 0;
    override.hosted = settings->value(prefix + QStringLiteral("mode")).toString().trimmed().toLower() ==
                      QLatin1String("hosted");
    const QString origin = settings->value(prefix + QStringLiteral("hostedOrigin")).toString().trimmed();
    const QString redirect = settings->value(prefix + QStringLiteral("hostedRedirect")).toString().trimmed();
    if (!origin.isEmpty())
        override.hostedOrigin = QUrl(origin);
    if (!redirect.isEmpty())
        override.hostedRedirect = QUrl(redirect);
    return override;
}

} // namespace ws::oidc
