#pragma once

#include "Result.h"
#include "crypto/P256KeyPair.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace ws::devserver {

// The devserver OpenID provider's signing keys, made per instance: RSA 2048 (RS256, what Google
// uses) and P-256 (ES256). Publishes both in one JWKS and signs id_tokens with either.
class OidcSigningKeys {
public:
    static Result<OidcSigningKeys> generate();
    OidcSigningKeys(OidcSigningKeys&&) noexcept;
    OidcSigningKeys& operator=(OidcSigningKeys&&) noexcept;
    ~OidcSigningKeys();

    QJsonObject jwks() const;
    // A compact JWS of `payload` with alg "RS256" or "ES256" and the matching kid.
    Result<QByteArray> sign(const QString& alg, const QJsonObject& payload) const;

private:
    struct Rsa;
    OidcSigningKeys(std::unique_ptr<Rsa> rsa, P256KeyPair ec);
    std::unique_ptr<Rsa> m_rsa;
    std::optional<P256KeyPair> m_ec;
};

} // namespace ws::devserver
