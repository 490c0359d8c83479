#pragma once

#include "DevServerConfig.h"
#include "DevServerState.h"
#include "FaultInjector.h"
#include "HttpFrontend.h"
#include "Result.h"
#include "StampLog.h"
#include "crypto/SecureBytes.h"
#include "crypto/VerificationToken.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

namespace ws {
class Clock;
}

namespace ws::devserver {

class OidcProvider;

// A local stand-in for Turnkey's API, for the GUI's demo mode, scripts and tests.
//
// Routes (all answers are JSON):
//   POST /public/v1/submit/stamp_login, /public/v1/submit/delete_api_keys,
//        /public/v1/query/whoami, /public/v1/query/get_activity, /public/v1/query/get_api_keys
//        — stamped with X-Stamp and verified exactly as Turnkey does (docs/protocol.md §1-§3);
//        stamp_login also accepts X-Stamp-Attested, dispatched on its scheme (AttestedSchemes).
//   POST /v1/{wallet_kit_config,otp_init_v2,otp_verify_v2,account,signup_v2} — the Auth Proxy
//        (AuthProxyHandlers), checked against X-Auth-Proxy-Config-ID.
//   GET /admin/otp-codes — the one-time codes the Auth Proxy "sent".
//   POST /admin/faults — change the injected faults (FaultInjector::apply); GET /admin/state — the
//        state as JSON. Both only answer loopback peers (403 otherwise).
// Session JWTs are signed by a notarizer key generated per instance (notarizerPublicKeyHex()).
class DevServer : public QObject {
    Q_OBJECT

public:
    DevServer(DevServerConfig config, const Clock& clock, QObject* parent = nullptr);
    ~DevServer() override;

    // Fails when the seed was invalid or the port cannot be bound. port 0 picks a free one.
    Result<void> listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    quint16 port() const { return m_port; }

    // The demo organization and user (or the first seeded ones).
    QString organizationId() const;
    QString userId() const;
    // The --demo long-lived API key pair (empty without demo). A throwaway made per instance.
    QByteArray demoApiPublicKeyHex() const;
    SecureBytes demoApiPrivateKeyHex() const;
    // Uncompressed (130 hex) public key of the notarizer that signs session JWTs.
    QByteArray notarizerPublicKeyHex() const;
    // The OpenID provider ("Demo ID", its own loopback port, started by listen(); null before) and the
    // client id it knows. registerOauthProvider() gives a user that provider's identity `subject`, so
    // stamp_login accepts its id_tokens for that user (the demo user has it from the start).
    static constexpr char kOidcClientId[] = "wallet-sessions-demo";
    // The name wallet_kit_config gives it in enabledProviders / oauthClientIds: the generic provider.
    static constexpr char kOidcProviderName[] = "oidc";
    OidcProvider* oidcProvider() const;
    void registerOauthProvider(const QString& userId, const QString& subject);
    // Uncompressed (130 hex) public key of the OTP signer (Turnkey's TLS fetcher key): it signs the
    // Auth Proxy's target bundles and verification tokens.
    QByteArray otpSignerPublicKeyHex() const;
    // The Auth Proxy (same URL, paths /v1/...): its configuration id and the codes it "sent"
    // ([{"otpId","otpType","contact","code","sentAt"}], also GET /admin/otp-codes on loopback).
    QString authProxyConfigId() const;
    QJsonArray sentOtpCodes() const;
    // A verification token signed by the OTP signer, as otp_verify_v2 issues them (tests use it to
    // make tokens the proxy would not: bound to another key, expired).
    Result<QByteArray> signVerificationToken(const vtoken::Claims& claims) const;

    DevServerState& state();
    const DevServerState& state() const;
    QList<ApiKey> apiKeysForUser(const QString& userId) const;
    int keyCount(const QString& userId) const;
    int activityCount() const;
    // Requests to the public API (anything but /admin), faulted ones included.
    int requestCount() const { return m_requestCount; }
    // Which key stamped each recent request to the public API (also in GET /admin/state "stamps").
    const StampLog& stampLog() const;

    FaultSettings faults() const;
    void addLatency(int ms);
    void failNext(int httpStatus, int count = 1, const QByteArray& body = {});
    void dropNext(int count = 1);
    void malformNext(int count = 1);
    void pendingPolls(int polls);
    void resetFaults();
    Result<void> applyFaults(const QJsonObject& request);
    static bool isAdminPeerAllowed(const QHostAddress& peer);

    // One request in, one reply out, with no socket: routing, the admin endpoint, fault injection and
    // the public API. The HTTP layer calls this for every request; fuzzers and tests may call it directly.
    OutgoingReply handle(const IncomingRequest& request);

    // {"url","organizationId","userId","notarizerPublicKey"[,"apiPublicKey","apiPrivateKey"]} — the
    // start-up line. The private key is only included when asked (the executable's --demo).
    QJsonObject startupInfo(bool includeDemoPrivateKey) const;

Q_SIGNALS:
    void requestHandled(const QString& path, int httpStatus);
    // A request to the public API was answered; the entry names the key that stamped it.
    void requestStamped(const ws::devserver::StampLog::Entry& entry);

private:
    struct Private;
    std::unique_ptr<Private> d;
    quint16 m_port = 0;
    QHostAddress m_address;
    int m_requestCount = 0;
};

} // namespace ws::devserver
