#include "oidc/OidcAuthorization.h"

#include "Clock.h"
#include "Text.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/IdTokenVerifier.h"
#include "oidc/Jwks.h"
#include "oidc/LoopbackListener.h"
#include "oidc/OidcDiscovery.h"
#include "oidc/OidcHttp.h"
#include "oidc/Pkce.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ws::oidc {

namespace {

Error providerStatus(const QString& what, const HttpResult& reply) {
    return Error(
        reply.status >= 500 ? ErrorCode::ServerError : ErrorCode::BadResponse,
        Text::tr("the sign-in provider answered HTTP %1 to the %2 request").arg(reply.status).arg(what));
}

} // namespace

OidcAuthorization::OidcAuthorization(QNetworkAccessManager* nam, const Clock& clock, Options options,
                                     QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_http(new OidcHttp(nam, m_options.httpTimeout, this)) {
    m_redirectTimer.setSingleShot(true);
    connect(&m_redirectTimer, &QTimer::timeout, this, [this] {
        finish(Error(ErrorCode::Timeout,
                     Text::tr("no answer from the browser within %1 seconds; nothing was signed in")
                         .arg(m_options.redirectTimeout.count() / 1000)));
    });
}

OidcAuthorization::~OidcAuthorization() {
    m_http->abortAll();
    if (m_options.inbox)
        m_options.inbox->release(this);
}

QUrl OidcAuthorization::redirectUri() const {
    return m_listener ? m_listener->redirectUri() : QUrl();
}

void OidcAuthorization::start(Callback<VerifiedIdToken> done) {
    m_callback = std::move(done);
    if (m_options.provider.clientId.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Error(
                    ErrorCode::InvalidInput,
                    Text::tr("no OAuth client id is configured for %1").arg(m_options.provider.displayName)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_http->get(discoveryUrl(m_options.provider.issuer), [this](Result<HttpResult> reply) {
        if (!reply)
            return finish(reply.error());
        if (reply->status != 200)
            return finish(providerStatus(QStringLiteral("discovery"), *reply));
        auto metadata = parseDiscovery(reply->body, m_options.provider.issuer);
        if (!metadata)
            return finish(metadata.error());
        onDiscovery(*metadata);
    });
}

void OidcAuthorization::onDiscovery(const ProviderMetadata& metadata) {
    m_metadata = metadata;
    if (m_options.provider.hosted)
        startHosted();
    else
        startLoopback(metadata);
}

void OidcAuthorization::startLoopback(const ProviderMetadata& metadata) {
    m_state = randomToken();
    const Pkce pkce = makePkce();
    m_verifier = pkce.verifier;
    m_listener = new LoopbackListener(m_state, m_options.provider.redirectPort, this);
    if (auto started = m_listener->start(); !started)
        return finish(started.error());
    connect(m_listener, &LoopbackListener::finished, this, [this](const Result<QByteArray>& code) {
        if (!code)
            return finish(code.error());
        onCode(*code);
    });

    QUrl url = metadata.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_options.provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_listener->redirectUri().toString());
    query.addQueryItem(QStringLiteral("scope"), m_options.scope);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(m_options.nonce));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    url.setQuery(query);
    m_redirectTimer.start(m_options.redirectTimeout);
    Q_EMIT authorizationUrlReady(url);
}

void OidcAuthorization::startHosted() {
    if (!m_options.inbox)
        return finish(
            Error(ErrorCode::Internal, Text::tr("this front end cannot receive an answer from Turnkey's "
                                                "hosted sign-in pages")));
    // Exactly the Swift and Kotlin SDKs' request: every value percent-encoded like encodeURIComponent,
    // the redirect page told which URL scheme to open with the id_token.
    auto encoded = [](const QString& value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrl redirect = m_options.provider.hosted->redirect;
    QUrlQuery redirectQuery(redirect); // a configured page may carry a query of its own
    redirectQuery.removeAllQueryItems(QStringLiteral("scheme"));
    redirectQuery.addQueryItem(QStringLiteral("scheme"), HostedCallbackInbox::appScheme());
    redirect.setQuery(redirectQuery);
    const QString query = QStringLiteral("provider=%1&clientId=%2&redirectUri=%3&nonce=%4")
                              .arg(encoded(m_options.provider.name), encoded(m_options.provider.clientId),
                                   encoded(redirect.toString(QUrl::FullyEncoded)),
                                   encoded(QString::fromLatin1(m_options.nonce)));
    QUrl url = m_options.provider.hosted->origin;
    url.setQuery(query, QUrl::StrictMode);
    if (!m_options.inbox->await(this, HostedCallbackInbox::appScheme(),
                                [this](const QUrl& answer) { onHostedCallback(answer); }))
        return finish(
            Error(ErrorCode::InvalidInput,
                  Text::tr("another sign-in is already waiting for an answer from the browser; finish or "
                           "cancel it first")));
    m_redirectTimer.start(m_options.redirectTimeout);
    Q_EMIT authorizationUrlReady(url);
}

void OidcAuthorization::onHostedCallback(const QUrl& url) {
    m_redirectTimer.stop();
    // The hosted redirect page puts the answer in the query; a fragment is read as well, the way an
    // implicit-flow provider answers.
    QUrlQuery answer(url);
    if (!answer.hasQueryItem(QStringLiteral("id_token")) && !answer.hasQueryItem(QStringLiteral("error")))
        answer = QUrlQuery(url.fragment(QUrl::FullyEncoded));
    const QString error = answer.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        if (error == QLatin1String("access_denied"))
            return finish(Error(ErrorCode::Cancelled, Text::tr("consent was denied at the provider")));
        const QString description =
            answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        return finish(
            Error(ErrorCode::BadResponse, Text::tr("the provider refused the sign-in: %1")
                                              .arg((description.isEmpty() ? error : description).left(200))));
    }
    m_idToken = answer.queryItemValue(QStringLiteral("id_token"), QUrl::FullyDecoded).toLatin1();
    if (m_idToken.isEmpty())
        return finish(Error(ErrorCode::BadResponse,
                            Text::tr("the browser's answer from Turnkey's sign-in page has no id_token")));
    fetchJwks();
}

void OidcAuthorization::onCode(const QByteArray& code) {
    m_redirectTimer.stop();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), QString::fromUtf8(code));
    form.addQueryItem(QStringLiteral("redirect_uri"), m_listener->redirectUri().toString());
    form.addQueryItem(QStringLiteral("client_id"), m_options.provider.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    m_http->postForm(m_metadata.tokenEndpoint, form, [this](Result<HttpResult> reply) {
        if (!reply)
            return finish(reply.error());
        if (reply->status == 400 || reply->status == 401) {
            const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
            return finish(Error(ErrorCode::Unauthorized,
                                Text::tr("the sign-in provider refused the authorization code: %1")
                                    .arg(body.value(QLatin1String("error"))
                                             .toString(QStringLiteral("HTTP %1").arg(reply->status)))));
        }
        if (reply->status != 200)
            return finish(providerStatus(QStringLiteral("token"), *reply));
        onTokenResponse(reply->body);
    });
}

void OidcAuthorization::onTokenResponse(const QByteArray& body) {
    m_idToken = QJsonDocument::fromJson(body).object().value(QLatin1String("id_token")).toString().toLatin1();
    if (m_idToken.isEmpty())
        return finish(
            Error(ErrorCode::BadResponse, Text::tr("the sign-in provider's token answer has no id_token")));
    fetchJwks();
}

void OidcAuthorization::fetchJwks() {
    m_http->get(m_metadata.jwksUri, [this](Result<HttpResult> reply) {
        if (!reply)
            return finish(reply.error());
        if (reply->status != 200)
            return finish(providerStatus(QStringLiteral("JWKS"), *reply));
        onJwks(reply->body);
    });
}

void OidcAuthorization::onJwks(const QByteArray& body) {
    auto keys = parseJwks(body);
    if (!keys)
        return finish(keys.error());
    ExpectedClaims expected;
    expected.issuer = m_metadata.issuer;
    expected.audience = m_options.provider.clientId;
    expected.nonce = m_options.nonce;
    expected.nowSecs = m_clock.now().toSecsSinceEpoch();
    auto claims = verifyIdToken(m_idToken, *keys, expected);
    if (!claims)
        return finish(claims.error());
    finish(VerifiedIdToken{m_idToken, *claims});
}

void OidcAuthorization::cancel() {
    if (m_done)
        return;
    m_http->abortAll();
    finish(Error(ErrorCode::Cancelled, Text::tr("sign-in cancelled")));
}

void OidcAuthorization::finish(Result<VerifiedIdToken> result) {
    if (m_done)
        return;
    m_done = true;
    m_redirectTimer.stop();
    if (m_listener)
        m_listener->stop();
    if (m_options.inbox)
        m_options.inbox->release(this);
    if (auto callback = std::exchange(m_callback, nullptr))
        callback(std::move(result));
}

} // namespace ws::oidc
