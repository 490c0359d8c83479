#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <memory>

namespace ws {

// A P-256 (secp256r1) key pair held by OpenSSL 3 (EVP_PKEY). Move-only. The private scalar never
// leaves this object except through privateKeyHex(), which returns SecureBytes.
class P256KeyPair {
public:
    static Result<P256KeyPair> generate();
    // Import a 32-byte private scalar given as 64 hex characters (shorter input is left-padded, as
    // Turnkey's SDK does; longer or non-hex input is rejected). When expectedPublicKeyHex is given,
    // the public key derived from the scalar must equal it, else INVALID_INPUT "does not match".
    static Result<P256KeyPair> fromPrivateKeyHex(QByteArrayView privateKeyHex,
                                                 QByteArrayView expectedPublicKeyHex = {});

    // A key whose private part lives elsewhere (inside a TPM): signDer() calls `signDer` (DER ECDSA
    // with SHA-256 over the message), privateKeyHex() is empty and signDigestRaw() is refused. Stamps
    // are made from it exactly as from a software key.
    using ExternalSigner = std::function<Result<QByteArray>(QByteArrayView message)>;
    static P256KeyPair external(QByteArray compressedPublicKeyHex, ExternalSigner signDer);

    P256KeyPair(P256KeyPair&&) noexcept;
    P256KeyPair& operator=(P256KeyPair&&) noexcept;
    ~P256KeyPair();

    // Compressed SEC1 point as lowercase hex: 66 characters, "02" or "03" prefix.
    QByteArray publicKeyHex() const { return m_publicKeyHex; }
    // Uncompressed SEC1 point as lowercase hex: 130 characters, "04" prefix.
    QByteArray uncompressedPublicKeyHex() const;
    // True for external() keys: signing may block on hardware, so callers sign off the GUI thread.
    bool isExternal() const;
    // The 32-byte scalar as 64 lowercase hex characters; empty for an external key.
    SecureBytes privateKeyHex() const;

    // ECDSA with SHA-256 over `message` (hashed once inside), ASN.1 DER encoded.
    Result<QByteArray> signDer(QByteArrayView message) const;
    // ECDSA over an already computed 32-byte digest (no hashing), raw r||s (64 bytes).
    Result<QByteArray> signDigestRaw(QByteArrayView digest32) const;
    // ECDH with a peer's public key (hex SEC1 point): the 32-byte x coordinate of the shared point.
    Result<SecureBytes> ecdh(QByteArrayView peerPublicKeyHex) const;

private:
    struct Key;
    explicit P256KeyPair(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
    QByteArray m_publicKeyHex;
};

} // namespace ws
