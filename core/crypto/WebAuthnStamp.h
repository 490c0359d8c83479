#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ws {

// The X-Stamp-WebAuthn header (turnkey-protocol.md §1.2; hardware-keys.md): a request signed by a
// passkey, for example one on a FIDO2 security key. Plain JSON (not base64) of
// {"authenticatorData","clientDataJson","credentialId","signature"}, each base64url of the raw bytes,
// the signature the authenticator's DER ECDSA signature over authenticatorData ‖ SHA-256(clientDataJSON).
// Both ends live here: building the header from an assertion (the security-key sign-in) and checking
// one (the devserver, as Turnkey does).
namespace webauthn {

inline constexpr char kHeaderName[] = "X-Stamp-WebAuthn";

struct Assertion {
    QByteArray authenticatorData; // raw: rpIdHash(32) ‖ flags(1) ‖ signCount(4) ‖ extensions…
    QByteArray clientDataJson;    // the exact bytes the authenticator's signature covers (hashed)
    QByteArray credentialId;      // raw
    QByteArray signature;         // DER ECDSA-SHA256
};

// The challenge a request's assertion must carry: the UTF-8 bytes of the lowercase hex SHA-256 of the
// exact body, as @turnkey/webauthn-stamper 0.6 makes it (the conformance suite checks it against it).
QByteArray challengeFor(QByteArrayView body);

// {"type":"webauthn.get","challenge":<base64url(challenge)>,"origin":<origin>,"crossOrigin":false}
QByteArray clientDataJson(QByteArrayView challenge, const QString& origin);

// The header value for an assertion.
QByteArray headerValue(const Assertion& assertion);

// Parses a header value: JSON object, the four fields as strings of base64url; over 16 KiB, missing or
// mistyped fields, empty values and bad base64url are errors. Does not verify.
Result<Assertion> parse(QByteArrayView headerValue);

// What verify() checks against, besides the signature: the relying party the credential belongs to.
struct Expectation {
    QString rpId;            // SHA-256 of it must open the authenticator data
    QByteArray publicKeyHex; // the credential's P-256 public key (compressed or uncompressed)
    bool requireUserVerified = false;
};

// The assertion is for exactly `body`: clientDataJSON is a "webauthn.get" whose challenge is
// challengeFor(body); the authenticator data names the rp id (its hash) and has the user-present flag
// (and user-verified when required); the signature verifies with the credential's key. INVALID_INPUT or
// UNAUTHORIZED naming the first check that failed.
Result<void> verify(const Assertion& assertion, QByteArrayView body, const Expectation& expected);

} // namespace webauthn
} // namespace ws
