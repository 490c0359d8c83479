#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

class P256KeyPair;

// The X-Stamp-Attested header (turnkey-protocol.md §1.2): a stamp by a key that a third party vouches
// for, used by stamp_login for one-time-code (verification token) and OpenID (id_token) sign-in.
namespace attested {

inline constexpr char kHeaderName[] = "X-Stamp-Attested";
inline constexpr char kSchemeVerificationToken[] = "STAMP_ATTESTED_SCHEME_P256_VERIFICATION_TOKEN";
inline constexpr char kSchemeOidc[] = "STAMP_ATTESTED_SCHEME_P256_OIDC";

struct AttestedStampContents {
    QByteArray publicKeyAttestation; // the verification token or the OIDC id_token
    QByteArray scheme;
    QByteArray publicKey;    // compressed hex, lowercase
    QByteArray signatureHex; // DER, lowercase hex
};

// base64url (no padding) of {"publicKeyAttestation","scheme","publicKey","signature"} in the order
// @turnkey/core's attested stamper writes them; the signature is DER ECDSA-SHA256 over exactly `body`.
Result<QByteArray> make(const P256KeyPair& key, QByteArrayView scheme, QByteArrayView attestation,
                        QByteArrayView body);

// Parses a header value. Rejects bad base64url, non-JSON, missing or mistyped fields, a public key that
// is not 66 hex characters, and headers over 16 KiB. Does not verify.
Result<AttestedStampContents> parse(QByteArrayView headerValue);

// parse() + the stamp's signature over `body` by its publicKey. What the attestation says about that key
// (and the scheme) is the caller's to check.
Result<AttestedStampContents> verify(QByteArrayView headerValue, QByteArrayView body);

} // namespace attested
} // namespace ws
