#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace ws {
class Clock;
} // namespace ws

namespace ws::ui {

// The server demo mode logs in against, seen only through what DemoMode uses. The ui library knows
// nothing else about it: the implementation (demo/, over the in-process devserver) is linked by the
// GUI executable alone, so the ui library neither links nor includes the devserver.
class DemoBackend {
public:
    virtual ~DemoBackend() = default;

    // Starts listening on 127.0.0.1 (a free port). Until it succeeded the getters return empty values.
    virtual Result<void> start() = 0;
    virtual QUrl url() const = 0;
    virtual QString organizationId() const = 0;
    // Uncompressed (130 hex) public key of the notarizer that signs the server's session JWTs.
    virtual QByteArray notarizerPublicKeyHex() const = 0;
    // The throwaway API key pair the demo logs in with (compressed public key, private scalar; hex).
    virtual QByteArray apiPublicKeyHex() const = 0;
    virtual SecureBytes apiPrivateKeyHex() const = 0;
    // Its Auth Proxy (same URL): the configuration id, the OTP signer key (hex), and the one-time codes
    // it "sent" so far ({otpId, otpType, contact, code, sentAt} each, oldest first) for the demo inbox.
    virtual QString authProxyConfigId() const = 0;
    virtual QByteArray otpSignerPublicKeyHex() const = 0;
    virtual QJsonArray sentOtpCodes() const = 0;
    // Its OpenID provider "Demo ID" (its own loopback port): the issuer, for "Continue with Demo ID".
    virtual QUrl oidcIssuer() const = 0;
};

// Makes the backend for a --demo run; app/gui passes one to AppContext.
using DemoBackendFactory = std::function<std::unique_ptr<DemoBackend>(const Clock& clock)>;

} // namespace ws::ui
