#pragma once

#include "Result.h"
#include "crypto/P256KeyPair.h"
#include "crypto/WebAuthnStamp.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ws::test {

// A passkey in software: what a FIDO2 security key holding a credential for `rpId` answers to a
// get-assertion, made with an OpenSSL P-256 key. For the devserver's WebAuthn checks and the stamp
// format; the flags and the signing key can be set wrong on purpose.
class SoftwarePasskey {
public:
    static Result<SoftwarePasskey> create(QString rpId, QString origin = {});

    QString rpId() const { return m_rpId; }
    QByteArray credentialId() const { return m_credentialId; }
    QByteArray publicKeyHex() const { return m_key.publicKeyHex(); }

    // Authenticator-data flags: user present (0x01) and, with verified, user verified (0x04).
    void setFlags(char flags) { m_flags = flags; }
    // Sign with another key than the registered one (a forged assertion).
    void signWith(P256KeyPair key) { m_signer = std::move(key); }
    // The rp id hashed into the authenticator data (another site's).
    void claimRpId(QString rpId) { m_claimedRpId = std::move(rpId); }

    // The assertion for exactly `body` (challenge = webauthn::challengeFor(body)).
    Result<webauthn::Assertion> assertionFor(QByteArrayView body) const;
    Result<QByteArray> stamp(QByteArrayView body) const; // the X-Stamp-WebAuthn header value

    // What the authenticator itself makes for a client-data hash: its authenticator data (rp id hash,
    // flags, counter) and the signature over authenticatorData ‖ clientDataHash.
    struct Signed {
        QByteArray authenticatorData;
        QByteArray signature;
    };
    Result<Signed> signForHash(QByteArrayView clientDataHash) const;

private:
    SoftwarePasskey(QString rpId, QString origin, P256KeyPair key, QByteArray credentialId);

    QString m_rpId;
    QString m_claimedRpId;
    QString m_origin;
    P256KeyPair m_key;
    std::optional<P256KeyPair> m_signer;
    QByteArray m_credentialId;
    char m_flags = 0x05; // user present and verified
    mutable quint32 m_signCount = 0;
};

} // namespace ws::test
