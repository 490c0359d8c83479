#include "oidc/OidcDiscovery.h"

#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::oidc {

namespace {

QString withoutTrailingSlash(QString text) {
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

Error malformed(const QString& what) {
    return Error(
        ErrorCode::BadResponse,
        QCoreApplication::translate("ws", "the provider's discovery document is unusable: %1").arg(what));
}

} // namespace

QUrl discoveryUrl(const QUrl& issuer) {
    return QUrl(withoutTrailingSlash(issuer.toString()) +
                QStringLiteral("/.well-known/openid-configuration"));
}

Result<ProviderMetadata> parseDiscovery(const QByteArray& json, const QUrl& configuredIssuer) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QCoreApplication::translate("ws", "it is not a JSON object"));
    const QJsonObject object = document.object();
    ProviderMetadata metadata;
    metadata.issuer = object.value(QLatin1String("issuer")).toString();
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(configuredIssuer.toString()))
        return malformed(QCoreApplication::translate("ws", "it names issuer \"%1\", not \"%2\"")
                             .arg(metadata.issuer, configuredIssuer.toString()));
    struct Field {
        const char* name;
        QUrl* target;
    };
    const Field fields[] = {{"authorization_endpoint", &metadata.authorizationEndpoint},
                            {"token_endpoint", &metadata.tokenEndpoint},
                            {"jwks_uri", &metadata.jwksUri}};
    for (const Field& field : fields) {
        const QUrl url(object.value(QLatin1String(field.name)).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.isEmpty())
            return malformed(QCoreApplication::translate("ws", "no valid %1").arg(QLatin1String(field.name)));
        if (auto allowed = api::validateBaseUrl(url); !allowed)
            return malformed(
                QStringLiteral("%1: %2").arg(QLatin1String(field.name), allowed.error().message));
        *field.target = url;
    }
    return metadata;
}

} // namespace ws::oidc
