#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ws::oidc {

// One public key of a provider's JSON Web Key Set (RFC 7517), RSA or P-256 EC. Byte fields are the
// base64url-decoded big-endian values.
struct Jwk {
    QString kid;
    QString kty;     // "RSA" or "EC"
    QString alg;     // may be empty
    QByteArray n, e; // RSA
    QByteArray x, y; // EC P-256
};

// Parses {"keys":[...]}; keys of other types or curves are skipped, malformed ones are an error.
Result<QList<Jwk>> parseJwks(const QByteArray& json);

// Verifies `signature` over `signingInput`: RS256 (RSASSA-PKCS1-v1_5, SHA-256) for RSA keys, ES256
// (raw r||s, SHA-256) for EC keys.
Result<void> verifyJws(const Jwk& key, const QString& alg, QByteArrayView signingInput,
                       QByteArrayView signature);

} // namespace ws::oidc
