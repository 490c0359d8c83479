#pragma once

#include "ApiTypes.h"
#include "AuthProxyTypes.h"
#include "Result.h"
#include "TurnkeyClient.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace ws {

// Turnkey's Auth Proxy (turnkey-protocol.md §2.5, §2.9): unstamped POSTs carrying the app's
// X-Auth-Proxy-Config-ID, over the same transport rules as the API (https, or http to loopback; TLS
// verified; no redirects; retries of 5xx with the identical bytes). Errors are ws::Error; the proxy's
// "Invalid OTP code", expired-code and "Max number of OTPs have been initiated" answers become
// INVALID_OTP_CODE, OTP_EXPIRED and MAX_OTP_INITIATED_ERROR.
class AuthProxyClient : public QObject {
    Q_OBJECT
public:
    // `config.baseUrl` is the Auth Proxy URL. An empty configId makes every call fail with a message
    // naming how to set it.
    AuthProxyClient(ApiConfig config, QString configId, QObject* parent = nullptr);
    ~AuthProxyClient() override;

    QUrl baseUrl() const { return m_config.baseUrl; }
    QString configId() const { return m_configId; }
    // Why every call would be refused (a URL the transport policy forbids, no config id), before any is
    // made: a sign-in checks it before it makes a key.
    Result<void> usable() const;
    // New settings (the window's Settings › Advanced) for the calls made from now on.
    void reconfigure(ApiConfig config, QString configId);

    QPointer<ApiCall> walletKitConfig(QObject* context, Callback<WalletKitConfig> done);
    QPointer<ApiCall> otpInit(OtpType type, const QString& contact, QObject* context,
                              Callback<OtpInitResult> done);
    // Yields the verification token.
    QPointer<ApiCall> otpVerify(const QString& otpId, const QByteArray& encryptedOtpBundle, QObject* context,
                                Callback<QByteArray> done);
    // The organization of the account with that contact; empty when there is none (a new user).
    QPointer<ApiCall> account(OtpType type, const QString& contact, const QByteArray& verificationToken,
                              QObject* context, Callback<QString> done);
    QPointer<ApiCall> signup(const SignupRequest& request, QObject* context, Callback<SignupResult> done);
    // The organization of the account whose registered OAuth provider issued `idToken` (filterType
    // "OIDC_TOKEN"); empty when there is none.
    QPointer<ApiCall> accountByOidcToken(const QByteArray& idToken, QObject* context, Callback<QString> done);

private:
    class Impl;
    std::unique_ptr<Impl> d;
    ApiConfig m_config;
    QString m_configId;
};

// How many more codes the proxy accepts after a wrong one (INVALID_OTP_CODE), when its answer says;
// a front end words it with its own translated plural.
std::optional<int> otpAttemptsLeft(const Error& error);

} // namespace ws
