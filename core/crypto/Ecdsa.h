#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws::ecdsa {

// Public keys are hex SEC1 points, compressed (66 chars) or uncompressed (130 chars).
// Returns ok when the signature verifies; an Error saying why otherwise (bad key, bad encoding,
// or "signature does not verify").
Result<void> verifyDer(QByteArrayView publicKeyHex, QByteArrayView message, QByteArrayView derSignature);
// Verify raw r||s over a 32-byte digest that the caller has already computed (no hashing here).
Result<void> verifyDigestRaw(QByteArrayView publicKeyHex, QByteArrayView digest32,
                             QByteArrayView rawSignature);

// DER ECDSA-Sig-Value <-> raw r||s (32 + 32 bytes, big-endian, zero-padded).
Result<QByteArray> derToRaw(QByteArrayView der);
Result<QByteArray> rawToDer(QByteArrayView raw);

// SHA-256 of the input.
QByteArray sha256(QByteArrayView data);

// Decompress a compressed point (66 hex) to uncompressed (130 hex); uncompressed input is validated
// and returned as is. Rejects points not on the curve.
Result<QByteArray> uncompressPublicKeyHex(QByteArrayView publicKeyHex);
// Compress an uncompressed point (130 hex) to 66 hex; compressed input is validated and returned.
Result<QByteArray> compressPublicKeyHex(QByteArrayView publicKeyHex);

} // namespace ws::ecdsa
