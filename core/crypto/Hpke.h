#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

class P256KeyPair;

// HPKE (RFC 9180) base mode as @turnkey/crypto's hpkeEncrypt/hpkeDecrypt do it, on OpenSSL 3.0
// primitives (3.0 has no HPKE API): DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, suite ids
// "KEM\0\x10" and "HPKE\0\x10\0\x01\0\x02", key schedule `info` = "turnkey_hpke" (Turnkey ships it folded
// into its AES_KEY_INFO / IV_INFO constants: an empty info does not interoperate), and AAD = the
// encapsulated key || the recipient key, both uncompressed.
namespace hpke {

inline constexpr char kTurnkeyInfo[] = "turnkey_hpke";

struct Sealed {
    QByteArray encappedPublic; // the ephemeral sender key, uncompressed (65 bytes)
    QByteArray ciphertext;     // AES-256-GCM output with its 16-byte tag appended
};

// Encrypts to `recipientPublicKeyHex` (uncompressed or compressed hex) with a fresh ephemeral key.
Result<Sealed> seal(QByteArrayView recipientPublicKeyHex, QByteArrayView plaintext);
// The same with a given ephemeral key (deterministic; for tests).
Result<Sealed> sealWith(const P256KeyPair& ephemeral, QByteArrayView recipientPublicKeyHex,
                        QByteArrayView plaintext);
// Decrypts what seal() made for `recipient`. A wrong key or any changed byte: CRYPTO "does not decrypt".
Result<SecureBytes> open(const P256KeyPair& recipient, QByteArrayView encappedPublic,
                         QByteArrayView ciphertext);

// The building blocks, exposed for the RFC 9180 test vectors.
// DHKEM(P-256) Encap/Decap's shared_secret from the ECDH x coordinate and enc || pkR (uncompressed).
QByteArray kemSharedSecret(QByteArrayView dh, QByteArrayView enc, QByteArrayView recipientUncompressed);
struct KeySchedule {
    SecureBytes key;
    QByteArray baseNonce;
};
// RFC 9180 §5.1 base mode for the suite (kem 0x0010, kdf 0x0001, `aeadId`), key length `keyLength`.
KeySchedule keySchedule(QByteArrayView sharedSecret, QByteArrayView info, quint16 aeadId, int keyLength);
// The HKDF-Expand `info` of the key ("key") or nonce ("base_nonce") for Turnkey's suite and info: what
// @turnkey/crypto's AES_KEY_INFO and IV_INFO constants hold.
QByteArray turnkeyExpandInfo(QByteArrayView label, int length);

} // namespace hpke
} // namespace ws
