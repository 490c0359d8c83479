#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

class P256KeyPair;

namespace stamp {

inline constexpr char kHeaderName[] = "X-Stamp";
inline constexpr char kScheme[] = "SIGNATURE_SCHEME_TK_API_P256";

struct StampContents {
    QByteArray publicKey;    // compressed hex
    QByteArray scheme;       // SIGNATURE_SCHEME_TK_API_P256
    QByteArray signatureHex; // DER, lowercase hex
};

// The X-Stamp header value: base64url (no padding) of
// {"publicKey":"<66 hex>","scheme":"SIGNATURE_SCHEME_TK_API_P256","signature":"<DER hex>"}
// signed over exactly `body` (the bytes that will be sent).
Result<QByteArray> make(const P256KeyPair& key, QByteArrayView body);

// Parse a header value into its fields. Rejects bad base64url, non-JSON, missing or mistyped
// fields, a public key that is not 66 hex chars, and headers over 4 KiB. Does not verify.
Result<StampContents> parse(QByteArrayView headerValue);

// parse() + scheme check + ECDSA verification over `body`. On success returns the parsed stamp.
Result<StampContents> verify(QByteArrayView headerValue, QByteArrayView body);

} // namespace stamp
} // namespace ws
