#pragma once

#include "DevServerState.h"
#include "ErrorBodies.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <variant>

namespace ws {
class Clock;
class P256KeyPair;
} // namespace ws

namespace ws::devserver {

// Turnkey's Auth Proxy on the devserver (turnkey-protocol.md §2.5, §2.9): POST /v1/wallet_kit_config,
// /v1/otp_init_v2, /v1/otp_verify_v2, /v1/account, /v1/signup_v2, /v1/otp_login_v2, each checked against the
// X-Auth-Proxy-Config-ID. One target key per code, a code lifetime, an attempt limit and Turnkey's
// "Max number of OTPs have been initiated" limit. Codes it "sent" are kept for the loopback admin
// endpoint (tests and the demo inbox); verification tokens are signed by the OTP signer.
class AuthProxyHandlers {
public:
    struct Settings {
        QString configId;
        int otpLength = 6;
        qint64 codeLifetimeMs = 5 * 60 * 1000;
        int attempts = 3;       // wrong codes before the code is used up
        int maxActiveCodes = 5; // unexpired codes per contact before "Max number of OTPs"
        qint64 tokenLifetimeMs = 60 * 60 * 1000;
        // What wallet_kit_config says about one-time codes (POST /admin/auth-proxy changes them).
        bool otpAlphanumeric = false;                                             // A-Z and 0-9
        QStringList otpProviders{QStringLiteral("email"), QStringLiteral("sms")}; // enabledProviders
    };
    AuthProxyHandlers(Settings settings, DevServerState& state, const Clock& clock,
                      const P256KeyPair& otpSigner, QString parentOrganizationId);
    ~AuthProxyHandlers();

    static bool handles(const QString& path) { return path.startsWith(QLatin1String("/v1/")); }
    HttpReply handle(const QString& path, const QByteArray& configId, const QByteArray& body);

    // [{"otpId","otpType","contact","code","sentAt"}], oldest first.
    QJsonArray sentCodes() const;

    // Sign-in with OpenID: wallet_kit_config lists `providerName` with `clientId` in oauthClientIds,
    // and /v1/account answers filterType "OIDC_TOKEN" through `userForIdToken` (the user id, "" for
    // none, or the error reply). Unset: OIDC_TOKEN lookups are refused.
    struct OidcAccounts {
        QString providerName;
        QString clientId;
        std::function<std::variant<QString, HttpReply>(const QByteArray& idToken)> userForIdToken;
    };
    void setOidcAccounts(OidcAccounts oidc) { m_oidc = std::move(oidc); }

    // otp_login_v2 (the Swift SDK's and older core's log-in): a session made by the API's own issuer
    // (ApiHandlers::issueSession) for a token used once (shared with the attested stamp_login).
    struct OtpLogin {
        std::function<Result<QByteArray>(const User& user, const QByteArray& publicKey,
                                         qint64 expirationSeconds, bool invalidateExisting)>
            issueSession;
        std::function<bool(const QString& tokenId)> consumeToken;
    };
    void setOtpLogin(OtpLogin login) { m_login = std::move(login); }
    const Settings& settings() const { return m_settings; }
    // POST /admin/auth-proxy: {"otpLength": 4–12, "otpAlphanumeric": bool, "otpProviders": ["email",
    // "sms"] (a subset), "reset": true}; answers the current values. For tests and trying the dialog.
    Result<QJsonObject> configure(const QJsonObject& change);

private:
    struct Otp;
    HttpReply walletKitConfig();
    HttpReply otpInit(const QJsonObject& request);
    HttpReply otpVerify(const QJsonObject& request);
    HttpReply account(const QJsonObject& request);
    HttpReply accountByOidcToken(const QJsonObject& request);
    HttpReply signup(const QJsonObject& request);
    HttpReply otpLogin(const QJsonObject& request);

    Settings m_settings;
    DevServerState& m_state;
    const Clock& m_clock;
    const P256KeyPair& m_signer;
    QString m_parentOrganizationId;
    QHash<QString, std::shared_ptr<Otp>> m_otps;
    QJsonArray m_sent;
    OidcAccounts m_oidc;
    OtpLogin m_login;
};

} // namespace ws::devserver
