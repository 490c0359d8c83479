#include "oidc/Pkce.h"

#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"

#include <openssl/rand.h>

namespace ws::oidc {

QByteArray randomToken(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    // RAND_bytes only fails when the CSPRNG cannot be seeded; a predictable state or verifier would
    // defeat its purpose, so that is fatal rather than something to limp on with.
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("OpenSSL's random generator failed");
    return encoding::toBase64Url(raw);
}

QByteArray pkceChallenge(QByteArrayView verifier) {
    return encoding::toBase64Url(ecdsa::sha256(verifier));
}

Pkce makePkce() {
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = pkceChallenge(pkce.verifier);
    return pkce;
}

QByteArray nonceForSessionKey(QByteArrayView compressedPublicKeyHex) {
    return encoding::toHex(ecdsa::sha256(compressedPublicKeyHex.toByteArray().toLower()));
}

} // namespace ws::oidc
