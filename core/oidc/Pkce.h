#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ws::oidc {

// RFC 7636 S256: a 43-character verifier (32 random bytes, base64url) and its challenge
// base64url(SHA-256(verifier)).
struct Pkce {
    QByteArray verifier;
    QByteArray challenge;
};
Pkce makePkce();
// base64url(SHA-256(ASCII verifier)): the S256 code_challenge.
QByteArray pkceChallenge(QByteArrayView verifier);

// base64url of `bytes` bytes from OpenSSL's CSPRNG: the `state` value.
QByteArray randomToken(int bytes = 32);

// Turnkey's OIDC nonce: lowercase hex SHA-256 of the UTF-8 bytes of the compressed session public key
// written as lowercase hex (@turnkey/react-wallet-kit: bytesToHex(sha256(publicKey))).
QByteArray nonceForSessionKey(QByteArrayView compressedPublicKeyHex);

} // namespace ws::oidc
