#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ws {

class P256KeyPair;

// The Auth Proxy's OTP verification token (turnkey-protocol.md §2.5 step 4, §3.3): a standard ES256 JWT
// (single SHA-256, raw r||s) signed by the OTP signer (TLS fetcher) key, whose `exp` is epoch
// MILLISECONDS as a string. @turnkey/crypto checks it with verifyOtpVerificationToken.
namespace vtoken {

struct Claims {
    qint64 expMs = 0;
    QString id; // the token id, which client signatures name as tokenId
    QString organizationId;
    QString verificationType; // OTP_TYPE_EMAIL / OTP_TYPE_SMS
    QString contact;
    QByteArray publicKey; // compressed hex: the key the token is bound to
};

// Decodes the claims without checking anything but their shape.
Result<Claims> decode(QByteArrayView token);

// Decodes, checks the ES256 signature against `signerPublicKeyHex` (UNAUTHORIZED when it does not
// verify) and that `exp` is after `nowMs` (UNAUTHORIZED "expired").
Result<Claims> verify(QByteArrayView token, QByteArrayView signerPublicKeyHex, qint64 nowMs);

// The devserver's side: {"typ":"JWT","alg":"ES256"} + the claims in Turnkey's order, signed.
Result<QByteArray> sign(const P256KeyPair& signer, const Claims& claims);

} // namespace vtoken
} // namespace ws
