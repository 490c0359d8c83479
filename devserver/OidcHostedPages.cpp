// Turnkey's hosted OAuth pages, played by the devserver's provider so the hosted mode runs end to end
// on loopback. The real pair: oauth-origin.turnkey.com starts the provider's sign-in with the app's web
// client id and nonce; the provider answers oauth-redirect.turnkey.com, whose script opens
// `APP://?id_token=…`. Here the consent page stands for the provider, and the id_token rides in the
// redirect page's query instead of a fragment because a test browser runs no script.
#include "OidcProvider.h"
#include "oidc/Pkce.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace ws::devserver {

namespace {

const QString kRedirectPath = QStringLiteral("/oauth-redirect");

// A custom scheme an app registers: not one a browser would treat as a web page or script.
bool isAppScheme(const QString& scheme) {
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9+.-]{1,62}$"));
    static const QStringList web{QStringLiteral("http"),       QStringLiteral("https"),
                                 QStringLiteral("javascript"), QStringLiteral("data"),
                                 QStringLiteral("file"),       QStringLiteral("about")};
    return shape.match(scheme).hasMatch() && !web.contains(scheme);
}

} // namespace

OidcProvider::Reply OidcProvider::hostedOrigin(const QUrlQuery& query) {
    auto value = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    PendingAuthorization authorization;
    authorization.hosted = true;
    authorization.clientId = value("clientId");
    authorization.nonce = value("nonce");
    authorization.redirectUri = QUrl(value("redirectUri"), QUrl::StrictMode);
    if (authorization.clientId != m_clientId)
        return refusedPage(QStringLiteral("Unknown clientId \"%1\".").arg(authorization.clientId));
    if (value("provider").isEmpty() || authorization.nonce.isEmpty())
        return refusedPage(QStringLiteral("The hosted sign-in needs a provider and a nonce."));
    // Only to the hosted redirect page, as Turnkey's origin page: never an open redirector.
    const QUrl& redirect = authorization.redirectUri;
    if (!redirect.isValid() || redirect.adjusted(QUrl::RemovePath | QUrl::RemoveQuery) != issuer() ||
        redirect.path() != kRedirectPath ||
        !isAppScheme(QUrlQuery(redirect).queryItemValue(QStringLiteral("scheme"), QUrl::FullyDecoded)))
        return refusedPage(
            QStringLiteral("The redirectUri must be this server's %1?scheme=APP.").arg(kRedirectPath));
    if (m_settings.autoConsent)
        return hostedAnswer(authorization, m_settings.autoDecision == QLatin1String("allow"));
    const QString requestId = QString::fromLatin1(oidc::randomToken(16));
    m_pending.insert(requestId, authorization);
    return Reply{
        200, QByteArrayLiteral("text/html; charset=utf-8"), consentPage(requestId, authorization), {}, false};
}

OidcProvider::Reply OidcProvider::hostedAnswer(const PendingAuthorization& authorization, bool allow) {
    QUrl target = authorization.redirectUri;
    QUrlQuery query(target);
    if (allow) {
        auto idToken = mintIdToken(authorization);
        if (!idToken)
            return refusedPage(idToken.error().message);
        query.addQueryItem(QStringLiteral("id_token"), QString::fromLatin1(*idToken));
    } else {
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    }
    target.setQuery(query);
    return Reply{302, QByteArrayLiteral("text/html; charset=utf-8"),
                 htmlPage(QStringLiteral("Redirecting"), QStringLiteral("<p>Returning to the app…</p>")),
                 target.toEncoded(), false};
}

OidcProvider::Reply OidcProvider::hostedRedirect(const QUrlQuery& query) const {
    const QString scheme = query.queryItemValue(QStringLiteral("scheme"), QUrl::FullyDecoded);
    if (!isAppScheme(scheme))
        return refusedPage(
            QStringLiteral("The scheme \"%1\" is not an app's URL scheme.").arg(scheme.left(64)));
    QUrlQuery answer;
    for (const char* name : {"id_token", "error"}) {
        const QString value = query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        if (!value.isEmpty())
            answer.addQueryItem(QLatin1String(name), value);
    }
    if (answer.isEmpty())
        return refusedPage(QStringLiteral("The provider's answer has neither an id_token nor an error."));
    const QByteArray location = scheme.toLatin1() + "://?" + answer.toString(QUrl::FullyEncoded).toLatin1();
    return Reply{302, QByteArrayLiteral("text/html; charset=utf-8"),
                 htmlPage(QStringLiteral("Opening Wallet Sessions"),
                          QStringLiteral("<p>Opening the app… You can close this window.</p>")),
                 location, false};
}

} // namespace ws::devserver
