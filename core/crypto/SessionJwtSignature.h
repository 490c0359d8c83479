#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

class P256KeyPair;

namespace jwtsig {

// Turnkey's production notarizer public key (uncompressed), @turnkey/crypto
// PRODUCTION_NOTARIZER_SIGN_PUBLIC_KEY.
inline constexpr char kProductionNotarizerPublicKey[] =
    "04d498aa87ac3bf982ac2b5dd9604d0074905cfbda5d62727c5a237b895e6749205e9f7cd566909c4387f6ca25c308445c60884b"
    "7885"
    "60b785f4a96ac33702a469";

// Turnkey's session-JWT scheme: ECDSA P-256 over SHA-256(SHA-256(ASCII "header.payload")),
// signature = base64url raw r||s. A standard ES256 check would reject these tokens.
Result<void> verify(QByteArrayView jwt, QByteArrayView notarizerPublicKeyHex = kProductionNotarizerPublicKey);

// Build a signed token from a header and payload JSON (used by the devserver as its notarizer).
Result<QByteArray> sign(const P256KeyPair& notarizer, QByteArrayView headerJson, QByteArrayView payloadJson);

} // namespace jwtsig
} // namespace ws
