#pragma once

// Internal to core/crypto: P-256 public points given as SEC1 hex.

#include "OpenSslHandles.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws::ecpoint {

inline constexpr char kGroupName[] = "prime256v1";

// A fresh P-256 group.
ossl::Group p256Group();

// Decodes 66 (compressed) or 130 (uncompressed) hex characters into a point on P-256.
Result<ossl::Point> decodeHex(const EC_GROUP* group, QByteArrayView publicKeyHex);

// SEC1 encoding of a point: 33 bytes compressed or 65 bytes uncompressed.
QByteArray encode(const EC_GROUP* group, const EC_POINT* point, bool compressed);

// An EVP_PKEY holding only the public point, for verification.
Result<ossl::Pkey> publicKeyFromHex(QByteArrayView publicKeyHex);

// 02/03 || x from 04 || x || y (65 bytes), by the parity of y.
QByteArray compressUncompressed(QByteArrayView uncompressed65);

} // namespace ws::ecpoint
