#include "OidcProvider.h"

#include "Clock.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "oidc/Pkce.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace ws::devserver {

namespace {

constexpr qint64 kCodeLifetimeMs = 60 * 1000;
constexpr qint64 kTokenLifetimeSecs = 3600;

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray oauthError(const QString& error, const QString& description) {
    return json({{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

// RFC 8252 §7.3: a native app's redirect goes to the loopback IP literal, any port.
bool isLoopbackRedirect(const QUrl& uri) {
    return uri.isValid() && uri.scheme() == QLatin1String("http") &&
           (uri.host() == QLatin1String("127.0.0.1") || uri.host() == QLatin1String("::1")) && uri.port() > 0;
}

} // namespace

QJsonObject OidcProviderSettings::toJson() const {
    return {{QStringLiteral("autoConsent"), autoConsent},
            {QStringLiteral("autoDecision"), autoDecision},
            {QStringLiteral("fault"), fault},
            {QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("alg"), alg},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("email"), email}};
}

Result<OidcProviderSettings> OidcProviderSettings::fromJson(const QJsonObject& json,
                                                            const OidcProviderSettings& base) {
    OidcProviderSettings settings = base;
    if (json.contains(QLatin1String("autoConsent")))
        settings.autoConsent = json.value(QLatin1String("autoConsent")).toBool();
    if (json.contains(QLatin1String("autoDecision")))
        settings.autoDecision = json.value(QLatin1String("autoDecision")).toString();
    if (json.contains(QLatin1String("fault")))
        settings.fault = json.value(QLatin1String("fault")).toString();
    if (json.contains(QLatin1String("latencyMs")))
        settings.latencyMs = qMax(0, json.value(QLatin1String("latencyMs")).toInt());
    if (json.contains(QLatin1String("alg")))
        settings.alg = json.value(QLatin1String("alg")).toString();
    if (json.contains(QLatin1String("subject")))
        settings.subject = json.value(QLatin1String("subject")).toString();
    if (json.contains(QLatin1String("email")))
        settings.email = json.value(QLatin1String("email")).toString();
    const QStringList faults{QString(),
                             QStringLiteral("wrongNonce"),
                             QStringLiteral("wrongAudience"),
                             QStringLiteral("wrongIssuer"),
                             QStringLiteral("expired"),
                             QStringLiteral("badSignature")};
    if (!faults.contains(settings.fault))
        return Error(ErrorCode::InvalidInput, QStringLiteral("unknown fault \"%1\"").arg(settings.fault));
    if (settings.alg != QLatin1String("RS256") && settings.alg != QLatin1String("ES256"))
        return Error(ErrorCode::InvalidInput, QStringLiteral("alg must be RS256 or ES256"));
    if (settings.autoDecision != QLatin1String("allow") && settings.autoDecision != QLatin1String("deny"))
        return Error(ErrorCode::InvalidInput, QStringLiteral("autoDecision must be allow or deny"));
    return settings;
}

OidcProvider::OidcProvider(const Clock& clock, QString clientId, Identity identity, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_clock(clock)
    , m_clientId(std::move(clientId))
    , m_identity(std::move(identity)) {}

const OidcSigningKeys* OidcProvider::keys() const {
    // Made on first use: an RSA key takes a while to generate, and most devservers (one per test case)
    // never sign anyone in with OpenID.
    if (!m_keys && !m_setupError) {
        auto keys = OidcSigningKeys::generate();
        if (keys)
            m_keys.emplace(std::move(*keys));
        else
            m_setupError = keys.error();
    }
    return m_keys ? &*m_keys : nullptr;
}

OidcProvider::~OidcProvider() = default;

QByteArray OidcProvider::htmlPage(const QString& title, const QString& bodyHtml) {
    return QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:30em;margin:4em auto;padding:0 1em}"
                          "button{font-size:1em;padding:.5em 1.2em;margin-right:.5em}</style></head>"
                          "<body>%2</body></html>")
        .arg(title.toHtmlEscaped(), bodyHtml)
        .toUtf8();
}

OidcProvider::Reply OidcProvider::refusedPage(const QString& text) {
    return Reply{
        400,
        QByteArrayLiteral("text/html; charset=utf-8"),
        htmlPage(QStringLiteral("Sign-in request refused"),
                 QStringLiteral("<h1>Sign-in request refused</h1><p>%1</p>").arg(text.toHtmlEscaped())),
        {},
        false};
}

Result<void> OidcProvider::start(const QHostAddress& address, quint16 port) {
    m_port = listen(address, port);
    if (m_port == 0)
        return Error(ErrorCode::Network, QStringLiteral("the OpenID provider cannot listen on %1 port %2")
                                             .arg(address.toString())
                                             .arg(port));
    return {};
}

QByteArray OidcProvider::jwksJson() const {
    return keys() ? json(keys()->jwks()) : QByteArray();
}

QUrl OidcProvider::issuer() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool OidcProvider::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    const Reply reply = route(request);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> connection(socket);
    auto deliver = [responder, connection, reply] {
        if (!connection || connection->state() != QAbstractSocket::ConnectedState)
            return;
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
        const QByteArray noStore = QByteArrayLiteral("no-store");
        if (reply.location.isEmpty())
            responder->write(reply.body,
                             {{QByteArrayLiteral("Content-Type"), reply.contentType},
                              {QByteArrayLiteral("Cache-Control"), noStore}},
                             status);
        else
            responder->write(reply.body,
                             {{QByteArrayLiteral("Content-Type"), reply.contentType},
                              {QByteArrayLiteral("Cache-Control"), noStore},
                              {QByteArrayLiteral("Location"), reply.location}},
                             status);
    };
    if (reply.delayed && m_settings.latencyMs > 0)
        QTimer::singleShot(m_settings.latencyMs, Qt::PreciseTimer, this, deliver);
    else
        deliver();
    return true;
}

void OidcProvider::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    makeResponder(request, socket)
        .write(oauthError(QStringLiteral("not_found"), QStringLiteral("no such endpoint")),
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
               QHttpServerResponder::StatusCode::NotFound);
}

OidcProvider::Reply OidcProvider::route(const QHttpServerRequest& request) {
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(QLatin1Char('+'), QLatin1Char(' ')));
    if (path == QLatin1String("/.well-known/openid-configuration") && get) {
        Reply reply = discovery();
        reply.delayed = true;
        return reply;
    }
    if (path == QLatin1String("/jwks") && get) {
        if (!keys())
            return Reply{500,
                         QByteArrayLiteral("application/json"),
                         oauthError(QStringLiteral("server_error"), m_setupError->message),
                         {},
                         false};
        Reply reply{200, QByteArrayLiteral("application/json"), json(keys()->jwks()), {}, true};
        return reply;
    }
    if (path == QLatin1String("/authorize") && get)
        return authorize(QUrlQuery(request.url()));
    if (path == QLatin1String("/authorize/decision") && post)
        return decide(form);
    if (path == QLatin1String("/oauth-origin") && get)
        return hostedOrigin(QUrlQuery(request.url()));
    if (path == QLatin1String("/oauth-redirect") && get)
        return hostedRedirect(QUrlQuery(request.url()));
    if (path == QLatin1String("/token") && post) {
        Reply reply = token(form);
        reply.delayed = true;
        return reply;
    }
    if (path == QLatin1String("/admin/oidc"))
        return admin(request);
    return Reply{404,
                 QByteArrayLiteral("application/json"),
                 oauthError(QStringLiteral("not_found"), QStringLiteral("no such endpoint")),
                 {},
                 false};
}

OidcProvider::Reply OidcProvider::discovery() const {
    const QString base = issuer().toString();
    const QJsonObject document{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
        {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/jwks"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS256"), QStringLiteral("ES256")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}}};
    return Reply{200, QByteArrayLiteral("application/json"), json(document), {}, false};
}

OidcProvider::Reply OidcProvider::authorize(const QUrlQuery& query) {
    auto value = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto badRequest = &OidcProvider::refusedPage;
    PendingAuthorization authorization;
    authorization.clientId = value("client_id");
    authorization.redirectUri = QUrl(value("redirect_uri"), QUrl::StrictMode);
    authorization.state = value("state");
    authorization.nonce = value("nonce");
    authorization.challenge = value("code_challenge").toLatin1();
    // Errors about the client or the redirect URI are shown here and never redirected (RFC 6749 §4.1.2.1).
    if (authorization.clientId != m_clientId)
        return badRequest(QStringLiteral("Unknown client_id \"%1\".").arg(authorization.clientId));
    if (!isLoopbackRedirect(authorization.redirectUri))
        return badRequest(QStringLiteral("The redirect_uri must be http://127.0.0.1:PORT/… (RFC 8252)."));
    if (value("response_type") != QLatin1String("code") ||
        value("code_challenge_method") != QLatin1String("S256") || authorization.challenge.isEmpty() ||
        authorization.nonce.isEmpty() ||
        !value("scope").split(QLatin1Char(' ')).contains(QLatin1String("openid")))
        return badRequest(QStringLiteral("This provider needs response_type=code, scope openid, a nonce and "
                                         "PKCE with S256."));
    if (m_settings.autoConsent)
        return redirectWith(authorization, m_settings.autoDecision == QLatin1String("allow"));
    const QString requestId = QString::fromLatin1(oidc::randomToken(16));
    m_pending.insert(requestId, authorization);
    return Reply{
        200, QByteArrayLiteral("text/html; charset=utf-8"), consentPage(requestId, authorization), {}, false};
}

QByteArray OidcProvider::consentPage(const QString& requestId,
                                     const PendingAuthorization& authorization) const {
    const QString body =
        QStringLiteral(
            "<h1>Demo ID</h1><p>Sign in to <strong>Wallet Sessions</strong> as <strong>%1</strong>?</p>"
            "<p>The app will receive your account id and email address. It will be told to send "
            "the result back to <code>%2</code>.</p>"
            "<form method=\"post\" action=\"/authorize/decision\">"
            "<input type=\"hidden\" name=\"request\" value=\"%3\">"
            "<button type=\"submit\" name=\"decision\" value=\"allow\" autofocus>Allow</button>"
            "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>")
            .arg((m_settings.email.isEmpty() ? m_identity.email : m_settings.email).toHtmlEscaped(),
                 authorization.redirectUri.toString().toHtmlEscaped(), requestId.toHtmlEscaped());
    return htmlPage(QStringLiteral("Demo ID: sign in"), body);
}

OidcProvider::Reply OidcProvider::decide(const QUrlQuery& form) {
    const QString requestId = form.queryItemValue(QStringLiteral("request"), QUrl::FullyDecoded);
    if (!m_pending.contains(requestId))
        return Reply{
            400,
            QByteArrayLiteral("text/html; charset=utf-8"),
            htmlPage(QStringLiteral("Expired"), QStringLiteral("<h1>This sign-in request has expired</h1>")),
            {},
            false};
    const PendingAuthorization authorization = m_pending.take(requestId);
    return redirectWith(authorization, form.queryItemValue(QStringLiteral("decision"), QUrl::FullyDecoded) ==
                                           QLatin1String("allow"));
}

OidcProvider::Reply OidcProvider::redirectWith(const PendingAuthorization& authorization, bool allow) {
    if (authorization.hosted)
        return hostedAnswer(authorization, allow);
    QUrl target = authorization.redirectUri;
    QUrlQuery query(target);
    if (allow) {
        const QString code = QString::fromLatin1(oidc::randomToken(24));
        m_codes.insert(code, IssuedCode{authorization, m_clock.now().toMSecsSinceEpoch()});
        query.addQueryItem(QStringLiteral("code"), code);
    } else {
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        query.addQueryItem(QStringLiteral("error_description"),
                           QStringLiteral("The user denied the request"));
    }
    query.addQueryItem(QStringLiteral("state"), authorization.state);
    target.setQuery(query);
    const QByteArray location = target.toEncoded();
    return Reply{302, QByteArrayLiteral("text/html; charset=utf-8"),
                 htmlPage(QStringLiteral("Redirecting"), QStringLiteral("<p>Returning to the app…</p>")),
                 location, false};
}

OidcProvider::Reply OidcProvider::token(const QUrlQuery& form) {
    auto value = [&form](const char* name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    auto refuse = [](int status, const QString& error, const QString& description) {
        return Reply{
            status, QByteArrayLiteral("application/json"), oauthError(error, description), {}, false};
    };
    if (value("grant_type") != QLatin1String("authorization_code"))
        return refuse(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("only authorization_code"));
    // A code is good once, whatever happens next (RFC 6749 §4.1.2).
    const auto issued = m_codes.take(value("code"));
    if (issued.authorization.clientId.isEmpty() ||
        m_clock.now().toMSecsSinceEpoch() - issued.issuedAtMs > kCodeLifetimeMs)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown, used or expired code"));
    const PendingAuthorization& authorization = issued.authorization;
    if (value("client_id") != authorization.clientId)
        return refuse(401, QStringLiteral("invalid_client"), QStringLiteral("client_id does not match"));
    if (QUrl(value("redirect_uri")) != authorization.redirectUri)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match"));
    const QByteArray verifier = value("code_verifier").toLatin1();
    if (verifier.size() < 43 || verifier.size() > 128 ||
        oidc::pkceChallenge(verifier) != authorization.challenge)
        return refuse(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));

    auto idToken = mintIdToken(authorization);
    if (!idToken)
        return refuse(500, QStringLiteral("server_error"), idToken.error().message);
    const QByteArray tokenText = *idToken;
    return Reply{200,
                 QByteArrayLiteral("application/json"),
                 json({{QStringLiteral("access_token"), QString::fromLatin1(oidc::randomToken(24))},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), kTokenLifetimeSecs},
                       {QStringLiteral("id_token"), QString::fromLatin1(tokenText)}}),
                 {},
                 false};
}

// The id_token for one allowed sign-in, with the fault the settings ask for.
Result<QByteArray> OidcProvider::mintIdToken(const PendingAuthorization& authorization) {
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), issuer().toString()},
        {QStringLiteral("sub"), m_settings.subject.isEmpty() ? m_identity.subject : m_settings.subject},
        {QStringLiteral("aud"), authorization.clientId},
        {QStringLiteral("azp"), authorization.clientId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + kTokenLifetimeSecs},
        {QStringLiteral("nonce"), authorization.nonce},
        {QStringLiteral("email"), m_settings.email.isEmpty() ? m_identity.email : m_settings.email},
        {QStringLiteral("email_verified"), true}};
    const QString& fault = m_settings.fault;
    if (fault == QLatin1String("wrongNonce"))
        claims.insert(QStringLiteral("nonce"),
                      QString::fromLatin1(encoding::toHex(ecdsa::sha256(authorization.nonce.toUtf8()))));
    else if (fault == QLatin1String("wrongAudience"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("another-client"));
    else if (fault == QLatin1String("wrongIssuer"))
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://impostor.example"));
    else if (fault == QLatin1String("expired")) {
        claims.insert(QStringLiteral("iat"), now - 2 * kTokenLifetimeSecs);
        claims.insert(QStringLiteral("exp"), now - kTokenLifetimeSecs);
    }
    if (!keys())
        return *m_setupError;
    auto idToken = keys()->sign(m_settings.alg, claims);
    if (!idToken)
        return idToken.error();
    QByteArray tokenText = *idToken;
    if (fault == QLatin1String("badSignature")) {
        // Change the signature's first character: still base64url, no longer the signature.
        const qsizetype at = tokenText.lastIndexOf('.') + 1;
        tokenText[at] = tokenText[at] == 'A' ? 'B' : 'A';
    }
    ++m_tokensIssued;
    return tokenText;
}

OidcProvider::Reply OidcProvider::admin(const QHttpServerRequest& request) {
    if (!request.remoteAddress().isLoopback())
        return Reply{403,
                     QByteArrayLiteral("application/json"),
                     oauthError(QStringLiteral("forbidden"), QStringLiteral("loopback only")),
                     {},
                     false};
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body());
        auto settings = OidcProviderSettings::fromJson(document.object(), m_settings);
        if (!document.isObject() || !settings)
            return Reply{400,
                         QByteArrayLiteral("application/json"),
                         oauthError(QStringLiteral("invalid_request"),
                                    settings ? QStringLiteral("the body must be a JSON object")
                                             : settings.error().message),
                         {},
                         false};
        m_settings = *settings;
    }
    QJsonObject state = m_settings.toJson();
    state.insert(QStringLiteral("tokensIssued"), m_tokensIssued);
    return Reply{200, QByteArrayLiteral("application/json"), json(state), {}, false};
}

} // namespace ws::devserver
