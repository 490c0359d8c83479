#include "DevServer.h"

#include "ActivityStore.h"
#include "ApiHandlers.h"
#include "AttestedSchemes.h"
#include "AuthProxyHandlers.h"
#include "Clock.h"
#include "HttpFrontend.h"
#include "OidcProvider.h"
#include "OidcTokenScheme.h"
#include "SeedLoader.h"
#include "VerificationTokenScheme.h"
#include "crypto/P256KeyPair.h"
#include "crypto/WebAuthnStamp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpServer>
#include <QUuid>
#include <optional>

namespace ws::devserver {

struct DevServer::Private {
    Private(DevServerConfig cfg, const Clock& c)
        : config(std::move(cfg))
        , clock(c)
        , state(config.maxExpiringKeysPerUser) {}

    DevServerConfig config;
    const Clock& clock;
    DevServerState state;
    ActivityStore activities;
    FaultInjector faults;
    StampLog stamps;
    std::optional<P256KeyPair> notarizer;
    std::optional<P256KeyPair> demoKey;
    // Signs the Auth Proxy's target bundles and verification tokens (Turnkey's TLS fetcher key).
    std::optional<P256KeyPair> otpSigner;
    AttestedSchemes attestedSchemes;
    std::optional<VerificationTokenScheme> verificationTokenScheme;
    std::optional<AuthProxyHandlers> authProxy;
    // The "Demo ID" OpenID provider on its own loopback port, started by listen().
    std::unique_ptr<OidcProvider> oidcProvider;
    std::optional<OidcTokenScheme> oidcScheme;
    std::optional<ApiHandlers> api;
    std::unique_ptr<HttpFrontend> http;
    std::optional<Error> setupError;
    QString organizationId;
    QString userId;
};

DevServer::DevServer(DevServerConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(config), clock)) {
    d->faults.set(d->config.faults);
    auto notarizer = P256KeyPair::generate();
    if (!notarizer) {
        d->setupError = notarizer.error();
        return;
    }
    d->notarizer.emplace(std::move(*notarizer));
    auto otpSigner = P256KeyPair::generate();
    if (!otpSigner) {
        d->setupError = otpSigner.error();
        return;
    }
    d->otpSigner.emplace(std::move(*otpSigner));

    if (auto seeded = seed::apply(d->config.seed, d->state, clock.nowMSecs()); !seeded) {
        d->setupError = seeded.error();
        return;
    }
    if (d->config.demo) {
        auto demoKey = P256KeyPair::generate();
        if (!demoKey) {
            d->setupError = demoKey.error();
            return;
        }
        Organization organization{QString(), QStringLiteral("Demo Organization"), QString()};
        organization.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        User user{QUuid::createUuid().toString(QUuid::WithoutBraces), organization.id,
                  QStringLiteral("demo")};
        ApiKey key;
        key.name = QStringLiteral("Demo API Key");
        key.userId = user.id;
        key.publicKey = demoKey->publicKeyHex();
        key.createdAtMs = clock.nowMSecs();
        d->organizationId = organization.id;
        d->userId = user.id;
        Result<void> added = d->state.addOrganization(std::move(organization));
        if (added)
            added = d->state.addUser(std::move(user));
        if (added) {
            auto addedKey = d->state.addApiKey(std::move(key));
            if (!addedKey)
                added = addedKey.error();
        }
        if (!added) {
            d->setupError = added.error();
            return;
        }
        d->demoKey.emplace(std::move(*demoKey));
    } else {
        if (!d->state.organizations().isEmpty())
            d->organizationId = d->state.organizations().constFirst().id;
        if (!d->state.users().isEmpty())
            d->userId = d->state.users().constFirst().id;
    }
    d->verificationTokenScheme.emplace(d->state, d->otpSigner->uncompressedPublicKeyHex());
    d->attestedSchemes.add(
        attested::kSchemeVerificationToken,
        [scheme = &*d->verificationTokenScheme](const attested::AttestedStampContents& stamp, qint64 nowMs) {
            return scheme->verify(stamp, nowMs);
        });
    AuthProxyHandlers::Settings proxy;
    proxy.configId = d->config.authProxyConfigId.isEmpty()
                         ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                         : d->config.authProxyConfigId;
    if (d->config.otpCodeLifetimeMs > 0)
        proxy.codeLifetimeMs = d->config.otpCodeLifetimeMs;
    d->authProxy.emplace(proxy, d->state, d->clock, *d->otpSigner, d->organizationId);
    d->oidcScheme.emplace([this] { return d->oidcProvider ? d->oidcProvider->jwksJson() : QByteArray(); });
    d->attestedSchemes.add(attested::kSchemeOidc,
                           [scheme = &*d->oidcScheme](const attested::AttestedStampContents& stamp,
                                                      qint64 nowMs) { return scheme->verify(stamp, nowMs); });
    d->authProxy->setOidcAccounts(AuthProxyHandlers::OidcAccounts{
        QString::fromLatin1(kOidcProviderName), QString::fromLatin1(kOidcClientId),
        [this](const QByteArray& idToken) {
            return d->oidcScheme->userForIdToken(idToken, d->clock.nowMSecs());
        }});
    d->api.emplace(ApiHandlers::Context{d->state, d->activities, d->faults, d->clock, *d->notarizer,
                                        d->config.maxTimestampSkewMs, d->attestedSchemes});
    d->authProxy->setOtpLogin(AuthProxyHandlers::OtpLogin{
        [api = &*d->api](const User& user, const QByteArray& publicKey, qint64 expirationSeconds,
                         bool invalidateExisting) {
            return api->issueSession(user, publicKey, expirationSeconds, invalidateExisting);
        },
        [scheme = &*d->verificationTokenScheme](const QString& tokenId) {
            return scheme->consume(tokenId);
        }});
}

DevServer::~DevServer() = default;

bool DevServer::isAdminPeerAllowed(const QHostAddress& peer) {
    return peer.isLoopback();
}

namespace {

// Who stamped, for the stamp log: the X-Stamp key, or the public key of the registered passkey an
// X-Stamp-WebAuthn names (empty when it names none).
QByteArray stampingKeyOf(const IncomingRequest& request, const DevServerState& state) {
    if (!request.stampHeader.isEmpty() || request.webauthnStampHeader.isEmpty())
        return StampLog::stampingKey(request.stampHeader);
    const Result<webauthn::Assertion> assertion = webauthn::parse(request.webauthnStampHeader);
    const Authenticator* authenticator =
        assertion ? state.authenticatorByCredentialId(assertion->credentialId) : nullptr;
    return authenticator ? authenticator->publicKey : QByteArray();
}

} // namespace

OutgoingReply DevServer::handle(const IncomingRequest& request) {
    OutgoingReply outgoing;
    if (d->setupError) {
        // listen() refuses such an instance; a direct caller gets the reason instead of a crash.
        outgoing.reply = errors::make(500, errors::kGrpcInternal, d->setupError->message);
        Q_EMIT requestHandled(request.path, outgoing.reply.status);
        return outgoing;
    }
    if (request.path.startsWith(QStringLiteral("/admin/"))) {
        if (!isAdminPeerAllowed(request.peer)) {
            outgoing.reply = errors::make(403, errors::kGrpcPermissionDenied,
                                          QStringLiteral("the admin endpoint only answers loopback clients"));
        } else if (request.path == QLatin1String("/admin/state") && request.method == QLatin1String("GET")) {
            QJsonObject state = d->state.toJson(d->clock.nowMSecs());
            state.insert(QStringLiteral("faults"), d->faults.settings().toJson());
            state.insert(QStringLiteral("activityCount"), d->activities.size());
            state.insert(QStringLiteral("requestCount"), m_requestCount);
            state.insert(QStringLiteral("stamps"), d->stamps.toJson());
            outgoing.reply = HttpReply{200, QJsonDocument(state).toJson(QJsonDocument::Compact), false};
        } else if (request.path == QLatin1String("/admin/otp-codes") &&
                   request.method == QLatin1String("GET")) {
            // The codes the Auth Proxy "sent", for tests and the demo inbox.
            outgoing.reply =
                HttpReply{200,
                          QJsonDocument(QJsonObject{{QStringLiteral("codes"), d->authProxy->sentCodes()}})
                              .toJson(QJsonDocument::Compact),
                          false};
        } else if (request.path == QLatin1String("/admin/auth-proxy") &&
                   request.method == QLatin1String("POST")) {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            Result<QJsonObject> applied =
                document.isObject()
                    ? d->authProxy->configure(document.object())
                    : Result<QJsonObject>(
                          Error(ErrorCode::InvalidInput, QStringLiteral("the body must be a JSON object")));
            outgoing.reply =
                applied ? HttpReply{200, QJsonDocument(*applied).toJson(QJsonDocument::Compact), false}
                        : errors::badRequest(applied.error().message);
        } else if (request.path == QLatin1String("/admin/faults") &&
                   request.method == QLatin1String("POST")) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            Result<void> applied =
                (parseError.error == QJsonParseError::NoError && document.isObject())
                    ? d->faults.apply(document.object())
                    : Result<void>(
                          Error(ErrorCode::InvalidInput, QStringLiteral("the body must be a JSON object")));
            outgoing.reply =
                applied
                    ? HttpReply{200,
                                QJsonDocument(d->faults.settings().toJson()).toJson(QJsonDocument::Compact),
                                false}
                    : errors::badRequest(applied.error().message);
        } else {
            outgoing.reply = errors::notFound(QStringLiteral("no such admin endpoint"));
        }
        Q_EMIT requestHandled(request.path, outgoing.reply.status);
        return outgoing;
    }

    ++m_requestCount;
    outgoing.delayMs = d->faults.latencyMs();
    const bool proxy = AuthProxyHandlers::handles(request.path);
    if (!ApiHandlers::handles(request.path) && !proxy) {
        outgoing.reply = errors::notFound(QStringLiteral("no such endpoint"));
    } else if (request.method != QLatin1String("POST")) {
        outgoing.reply = errors::methodNotAllowed();
    } else {
        switch (d->faults.takeRequestAction()) {
        case FaultInjector::Action::Drop:
            outgoing.reply.drop = true;
            outgoing.reply.status = 0;
            break;
        case FaultInjector::Action::Fail:
            outgoing.reply = d->faults.failBody().isEmpty()
                                 ? errors::injected(d->faults.failStatus())
                                 : HttpReply{d->faults.failStatus(), d->faults.failBody(), false};
            break;
        case FaultInjector::Action::None:
            outgoing.reply = proxy
                                 ? d->authProxy->handle(request.path, request.authProxyConfigId, request.body)
                                 : d->api->handle(request.path, request.stampHeader, request.body,
                                                  request.attestedStampHeader, request.webauthnStampHeader);
            if (d->faults.takeMalform())
                outgoing.reply.body = FaultInjector::malformed(outgoing.reply.body);
            break;
        }
    }
    StampLog::Entry entry{request.path, stampingKeyOf(request, d->state), outgoing.reply.status};
    d->stamps.add(entry);
    Q_EMIT requestStamped(entry);
    Q_EMIT requestHandled(request.path, outgoing.reply.status);
    return outgoing;
}

const StampLog& DevServer::stampLog() const {
    return d->stamps;
}

Result<void> DevServer::listen(const QHostAddress& address, quint16 port) {
    if (d->setupError)
        return *d->setupError;
    if (d->http)
        return Error(ErrorCode::AlreadyExists,
                     tr("the devserver is already listening on %1").arg(url().toString()));

    auto handler = [this](const IncomingRequest& request) {
        return handle(request);
    };

    auto http = std::make_unique<HttpFrontend>(handler);
    // Its own listening socket rather than listen()'s, for a kernel accept queue longer than Qt's 50: a
    // burst of connections (the stamping proxy's upstream pool opens up to 96 at once) past it had SYNs
    // dropped and retried a second later.
    auto* tcp = new QTcpServer(http.get());
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(address, port))
        return Error(ErrorCode::Network, tr("the devserver cannot listen on %1 port %2: %3")
                                             .arg(address.toString())
                                             .arg(port)
                                             .arg(tcp->errorString()));
    http->bind(tcp);
    const quint16 bound = tcp->serverPort();
    d->http = std::move(http);
    m_port = bound;
    m_address = address;

    // The provider always binds loopback: its pages are for a browser on this machine.
    d->oidcProvider =
        std::make_unique<OidcProvider>(d->clock, QString::fromLatin1(kOidcClientId),
                                       OidcProvider::Identity{QStringLiteral("demo-id-subject"),
                                                              QStringLiteral("newcomer@demo-id.example")});
    if (auto started = d->oidcProvider->start(); !started)
        return started.error();
    if (d->config.demo)
        registerOauthProvider(d->userId, d->oidcProvider->identity().subject);
    return {};
}

QUrl DevServer::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QString DevServer::organizationId() const {
    return d->organizationId;
}

QString DevServer::userId() const {
    return d->userId;
}

QByteArray DevServer::demoApiPublicKeyHex() const {
    return d->demoKey ? d->demoKey->publicKeyHex() : QByteArray();
}

SecureBytes DevServer::demoApiPrivateKeyHex() const {
    return d->demoKey ? d->demoKey->privateKeyHex() : SecureBytes();
}

QString DevServer::authProxyConfigId() const {
    return d->authProxy ? d->authProxy->settings().configId : QString();
}

QJsonArray DevServer::sentOtpCodes() const {
    return d->authProxy ? d->authProxy->sentCodes() : QJsonArray();
}

OidcProvider* DevServer::oidcProvider() const {
    return d->oidcProvider.get();
}

void DevServer::registerOauthProvider(const QString& userId, const QString& subject) {
    if (d->oidcProvider)
        d->oidcScheme->registerProvider(OauthRegistration{userId, d->oidcProvider->issuer().toString(),
                                                          subject, QString::fromLatin1(kOidcClientId)});
}

QByteArray DevServer::otpSignerPublicKeyHex() const {
    return d->otpSigner ? d->otpSigner->uncompressedPublicKeyHex() : QByteArray();
}

Result<QByteArray> DevServer::signVerificationToken(const vtoken::Claims& claims) const {
    if (!d->otpSigner)
        return Error(ErrorCode::Internal, tr("the devserver has no OTP signer"));
    return vtoken::sign(*d->otpSigner, claims);
}

QByteArray DevServer::notarizerPublicKeyHex() const {
    return d->notarizer ? d->notarizer->uncompressedPublicKeyHex() : QByteArray();
}

DevServerState& DevServer::state() {
    return d->state;
}

const DevServerState& DevServer::state() const {
    return d->state;
}

QList<ApiKey> DevServer::apiKeysForUser(const QString& userId) const {
    return d->state.keysForUser(userId);
}

int DevServer::keyCount(const QString& userId) const {
    return static_cast<int>(d->state.keysForUser(userId).size());
}

int DevServer::activityCount() const {
    return d->activities.size();
}

FaultSettings DevServer::faults() const {
    return d->faults.settings();
}

void DevServer::addLatency(int ms) {
    FaultSettings settings = d->faults.settings();
    settings.latencyMs = qMax(0, ms);
    d->faults.set(settings);
}

void DevServer::failNext(int httpStatus, int count, const QByteArray& body) {
    FaultSettings settings = d->faults.settings();
    settings.failStatus = httpStatus;
    settings.failCount = qMax(0, count);
    settings.failBody = body;
    d->faults.set(settings);
}

void DevServer::dropNext(int count) {
    FaultSettings settings = d->faults.settings();
    settings.dropCount = qMax(0, count);
    d->faults.set(settings);
}

void DevServer::malformNext(int count) {
    FaultSettings settings = d->faults.settings();
    settings.malformCount = qMax(0, count);
    d->faults.set(settings);
}

void DevServer::pendingPolls(int polls) {
    FaultSettings settings = d->faults.settings();
    settings.pendingPolls = qMax(0, polls);
    d->faults.set(settings);
}

void DevServer::resetFaults() {
    d->faults.reset();
}

Result<void> DevServer::applyFaults(const QJsonObject& request) {
    return d->faults.apply(request);
}

QJsonObject DevServer::startupInfo(bool includeDemoPrivateKey) const {
    QJsonObject info{{QStringLiteral("url"), url().toString()},
                     {QStringLiteral("organizationId"), organizationId()},
                     {QStringLiteral("userId"), userId()},
                     {QStringLiteral("notarizerPublicKey"), QString::fromLatin1(notarizerPublicKeyHex())},
                     {QStringLiteral("otpSignerPublicKey"), QString::fromLatin1(otpSignerPublicKeyHex())},
                     {QStringLiteral("authProxyUrl"), url().toString()},
                     {QStringLiteral("authProxyConfigId"), authProxyConfigId()}};
    if (d->oidcProvider) {
        info.insert(QStringLiteral("oidcIssuer"), d->oidcProvider->issuer().toString());
        info.insert(QStringLiteral("oidcClientId"), QString::fromLatin1(kOidcClientId));
    }
    if (includeDemoPrivateKey && d->demoKey) {
        info.insert(QStringLiteral("apiPublicKey"), QString::fromLatin1(demoApiPublicKeyHex()));
        const SecureBytes privateKey = demoApiPrivateKeyHex();
        info.insert(QStringLiteral("apiPrivateKey"),
                    QString::fromLatin1(privateKey.constData(), privateKey.size()));
    }
    return info;
}

} // namespace ws::devserver
