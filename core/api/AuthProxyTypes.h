#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ws {

// What Turnkey's Auth Proxy says about the app (POST /v1/wallet_kit_config, turnkey-protocol.md §2.9).
struct WalletKitConfig {
    QStringList enabledProviders;        // "email", "sms", "google", ...
    qint64 sessionExpirationSeconds = 0; // 0: not set by the dashboard
    QString organizationId;              // the parent organization
    QJsonObject oauthClientIds;          // provider -> client id
    QString oauthRedirectUrl;
    bool otpAlphanumeric = false;
    int otpLength = 6;
};

enum class OtpType { Email, Sms };

// "OTP_TYPE_EMAIL" / "OTP_TYPE_SMS"
QString otpTypeName(OtpType type);
// /v1/account's filterType: "EMAIL" / "PHONE_NUMBER"
QString otpAccountFilterType(OtpType type);

struct OtpInitResult {
    QString otpId;
    QByteArray targetBundle; // otpEncryptionTargetBundle, JSON text
};

// clientSignature of signup_v2 / otp_login_v2: raw r||s hex by the token-bound key.
struct ClientSignature {
    QByteArray publicKey; // compressed hex
    QByteArray message;   // the exact JSON text signed
    QByteArray signature; // raw r||s, 128 hex
};

struct SignupRequest {
    OtpType type = OtpType::Email;
    QString contact;
    QByteArray verificationToken;
    ClientSignature clientSignature;
};

struct SignupResult {
    QString organizationId; // the new sub-organization
    QString userId;
};

} // namespace ws

namespace ws {

// The exact message a sign-up's clientSignature covers (turnkey-protocol.md §2.5 step 6):
// {"signupV2":{"apiKeys":[],"authenticators":[],"oauthProviders":[],"email":"…"},"tokenId":"…",
//  "type":"USAGE_TYPE_SIGNUP"}, with "phoneNumber" instead of "email" for a text message.
QByteArray signupSignatureMessage(OtpType type, const QString& contact, const QString& tokenId);

// A JSON string literal for `text` (quotes included), as QJsonDocument escapes it.
QByteArray jsonStringLiteral(const QString& text);

} // namespace ws
