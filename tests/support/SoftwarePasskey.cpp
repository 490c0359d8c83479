#include "SoftwarePasskey.h"

#include "crypto/Ecdsa.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace ws::test {

SoftwarePasskey::SoftwarePasskey(QString rpId, QString origin, P256KeyPair key, QByteArray credentialId)
    : m_rpId(std::move(rpId))
    , m_claimedRpId(m_rpId)
    , m_origin(std::move(origin))
    , m_key(std::move(key))
    , m_credentialId(std::move(credentialId)) {}

Result<SoftwarePasskey> SoftwarePasskey::create(QString rpId, QString origin) {
    Result<P256KeyPair> key = P256KeyPair::generate();
    if (!key)
        return key.error();
    QByteArray credentialId(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(credentialId.data()), 8);
    if (origin.isEmpty())
        origin = QStringLiteral("https://") + rpId;
    return SoftwarePasskey(std::move(rpId), std::move(origin), std::move(key.value()), credentialId);
}

Result<SoftwarePasskey::Signed> SoftwarePasskey::signForHash(QByteArrayView clientDataHash) const {
    QByteArray counter(4, Qt::Uninitialized);
    qToBigEndian(++m_signCount, counter.data());
    Signed made;
    made.authenticatorData = ecdsa::sha256(m_claimedRpId.toUtf8()) + QByteArray(1, m_flags) + counter;
    const P256KeyPair& signer = m_signer ? *m_signer : m_key;
    const QByteArray signedBytes = made.authenticatorData + clientDataHash.toByteArray();
    Result<QByteArray> signature = signer.signDer(signedBytes);
    if (!signature)
        return signature.error();
    made.signature = std::move(signature.value());
    return made;
}

Result<webauthn::Assertion> SoftwarePasskey::assertionFor(QByteArrayView body) const {
    webauthn::Assertion assertion;
    assertion.credentialId = m_credentialId;
    assertion.clientDataJson = webauthn::clientDataJson(webauthn::challengeFor(body), m_origin);
    Result<Signed> made = signForHash(ecdsa::sha256(assertion.clientDataJson));
    if (!made)
        return made.error();
    assertion.authenticatorData = std::move(made->authenticatorData);
    assertion.signature = std::move(made->signature);
    return assertion;
}

Result<QByteArray> SoftwarePasskey::stamp(QByteArrayView body) const {
    Result<webauthn::Assertion> assertion = assertionFor(body);
    if (!assertion)
        return assertion.error();
    return webauthn::headerValue(assertion.value());
}

} // namespace ws::test
