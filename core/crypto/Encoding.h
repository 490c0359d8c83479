#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws::encoding {

// Lowercase hex.
QByteArray toHex(QByteArrayView bytes);
// Strict hex decoding: even length, [0-9a-fA-F] only. Error names what is wrong.
Result<QByteArray> fromHex(QByteArrayView hex);

// base64url without padding (RFC 4648 §5), as Turnkey's stamps and JWTs use.
QByteArray toBase64Url(QByteArrayView bytes);
// Strict base64url decoding: accepts missing padding (and correct padding), rejects '+', '/',
// whitespace, any other character and impossible lengths (len % 4 == 1).
Result<QByteArray> fromBase64Url(QByteArrayView text);

} // namespace ws::encoding
