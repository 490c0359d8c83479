#pragma once

#include <QString>

namespace ws {

// How a session was created, kept with it in the index so that "Sign in again" (window) and
// `login --replace` (CLI) can offer the same way again (issue 18). Stored as one short text:
// "api-key:<public key>", "email:<address>", "sms:<number>", "openid:<provider name>",
// "passkey:<rp id>" (a passkey on a security key, registered for that web app); empty when
// unknown (sessions stored from a token, or written before schema version 2).
struct SignInMethod {
    enum class Kind { Unknown, ApiKey, Email, Sms, OpenId, Passkey };

    Kind kind = Kind::Unknown;
    // ApiKey: the API public key (compressed hex); Email/Sms: the contact the code went to; OpenId: the
    // provider's name ("google", "oidc", "demo"); Passkey: the relying party id ("app.example.com").
    QString detail;

    static SignInMethod apiKey(const QString& publicKey) { return {Kind::ApiKey, publicKey}; }
    static SignInMethod email(const QString& address) { return {Kind::Email, address}; }
    static SignInMethod sms(const QString& number) { return {Kind::Sms, number}; }
    static SignInMethod openId(const QString& provider) { return {Kind::OpenId, provider}; }
    static SignInMethod passkey(const QString& rpId) { return {Kind::Passkey, rpId}; }

    // Unknown kinds (a newer version's) read as Unknown: the session still works, Sign in again asks.
    static SignInMethod parse(const QString& stored);
    QString toStored() const;
    // For people: "API key 02a1b2c3…", "Email code to ann@example.com", "Google".
    QString describe() const;

    bool operator==(const SignInMethod&) const = default;
};

} // namespace ws
