#pragma once

#include "ApiTypes.h"
#include "Result.h"
#include "WalletTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>

namespace ws {

class P256KeyPair;
class Clock;

// One call in flight. cancel() ends it with CANCELLED (distinct from TIMEOUT). The object deletes
// itself after its callback ran; hold it in a QPointer.
class ApiCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
};

// The Turnkey API over HTTPS (plain http only to loopback). One net::HttpClient per client;
// TLS >= 1.2 with peer verification, SSL errors fail the request, no redirects followed.
// Every call is a POST whose JSON body is serialised once; those exact bytes are stamped and sent,
// and re-sent unchanged when a 5xx or network failure is retried with exponential back-off.
class TurnkeyClient : public QObject {
    Q_OBJECT
public:
    using Signer = std::shared_ptr<const P256KeyPair>;

    explicit TurnkeyClient(ApiConfig config, const Clock& clock, QObject* parent = nullptr);
    ~TurnkeyClient() override;

    // https:// any host; http:// only 127.0.0.0/8, ::1 and localhost. Anything else: INVALID_INPUT.
    static Result<void> validateBaseUrl(const QUrl& url);
    Result<void> setBaseUrl(const QUrl& url);
    QUrl baseUrl() const;
    const ApiConfig& config() const { return m_config; }
    void setConfig(const ApiConfig& config); // keeps the base URL validation rule

    // ACTIVITY_TYPE_STAMP_LOGIN, stamped by `signer`; yields the session JWT.
    QPointer<ApiCall> stampLogin(Signer signer, const QString& organizationId, const StampLoginParams& params,
                                 QObject* context, Callback<QByteArray> done);
    // The same activity stamped with X-Stamp-Attested (sign-in with a one-time code or OpenID): `key`
    // signs the body, `attestation` (a verification token or an id_token) vouches for it under `scheme`
    // (crypto/AttestedStamp.h). The get_activity polls are stamped the same way.
    QPointer<ApiCall> stampLoginAttested(Signer key, const QByteArray& scheme, const QByteArray& attestation,
                                         const QString& organizationId, const StampLoginParams& params,
                                         QObject* context, Callback<QByteArray> done);
    // How a request is authenticated by something other than an API key's X-Stamp: the header's name
    // and value for the exact body (an attested stamp, a passkey's X-Stamp-WebAuthn).
    using RequestAuthenticator =
        std::function<Result<std::pair<QByteArray, QByteArray>>(QByteArrayView body)>;
    // The same activity authenticated by `authenticate`, which runs on the thread pool when it may block
    // (a TPM, a security key waiting for a touch). The get_activity polls are authenticated the same way.
    QPointer<ApiCall> stampLoginWith(RequestAuthenticator authenticate, bool blocking,
                                     const QString& organizationId, const StampLoginParams& params,
                                     QObject* context, Callback<QByteArray> done);
    QPointer<ApiCall> whoami(Signer signer, const QString& organizationId, QObject* context,
                             Callback<WhoamiInfo> done);
    QPointer<ApiCall> getApiKeys(Signer signer, const QString& organizationId, const QString& userId,
                                 QObject* context, Callback<QList<ApiKeyInfo>> done);
    // ACTIVITY_TYPE_DELETE_API_KEYS; yields the deleted ids.
    QPointer<ApiCall> deleteApiKeys(Signer signer, const QString& organizationId, const QString& userId,
                                    const QStringList& apiKeyIds, QObject* context,
                                    Callback<QStringList> done);
    // The organization's wallets (SDK getWallets), accounts left empty; then one wallet's accounts
    // (SDK getWalletAccounts).
    QPointer<ApiCall> listWallets(Signer signer, const QString& organizationId, QObject* context,
                                  Callback<QList<WalletInfo>> done);
    QPointer<ApiCall> listWalletAccounts(Signer signer, const QString& organizationId,
                                         const QString& walletId, QObject* context,
                                         Callback<QList<WalletAccountInfo>> done);

    // Any call of the API: `body` is sent byte for byte, stamped by `signer`. With `waitForActivity`
    // the reply must be an activity, polled to a terminal status as the client's own activities are,
    // and the call yields {"activity": <the completed activity>}; a failed activity, or one that needs
    // consensus, fails with its status. Without it, the call yields the reply as it came.
    QPointer<ApiCall> post(Signer signer, const QString& path, QByteArray body, bool waitForActivity,
                           const QString& organizationId, QObject* context, Callback<QJsonObject> done);

private:
    class Impl;
    std::unique_ptr<Impl> d;
    ApiConfig m_config;
};

} // namespace ws
