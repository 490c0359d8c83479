#pragma once

#include "Result.h"
#include "oidc/OidcTypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

class QSettings;

namespace ws::oidc {

// What the settings file or the command line change about one provider; empty fields change nothing.
struct ProviderOverride {
    QUrl issuer;
    QString clientId;
    QString displayName;
    quint16 redirectPort = 0;     // 0: the system picks the loopback port
    bool hosted = false;          // through Turnkey's hosted pages (HostedPages)
    QUrl hostedOrigin = QUrl();   // empty: Turnkey's
    QUrl hostedRedirect = QUrl(); // empty: Turnkey's
};

// The providers this app signs in with through the system browser: "google" (issuer
// https://accounts.google.com) and "oidc", any OpenID Connect issuer that the settings or
// --oidc-issuer name. wallet_kit_config's other names (apple, facebook, x, discord, email, sms, ...)
// are not OpenID providers usable this way and are not offered.
QStringList supportedProviders();
bool isSupportedProvider(const QString& name);

// One provider's issuer, client id and display name: the override, else wallet_kit_config's
// oauthClientIds (the client id), else the built-in default. INVALID_INPUT naming what is missing and
// where to give it (an unknown name, no client id, no issuer for "oidc").
Result<ProviderConfig> resolveProvider(const QString& name, const QJsonObject& oauthClientIds,
                                       const ProviderOverride& override);

// The providers to offer, in enabledProviders' order: the supported ones that resolve.
QList<ProviderConfig> offeredProviders(const QStringList& enabledProviders, const QJsonObject& oauthClientIds,
                                       const std::function<ProviderOverride(const QString&)>& overrides);

// The settings file's override of a provider: oauth/<name>/issuer, oauth/<name>/clientId,
// oauth/<name>/displayName, oauth/<name>/redirectPort, oauth/<name>/mode ("hosted" or "loopback"),
// oauth/<name>/hostedOrigin and oauth/<name>/hostedRedirect.
ProviderOverride providerOverrideFromSettings(const QSettings* settings, const QString& name);

} // namespace ws::oidc
