#include "VerificationTokenScheme.h"

#include "DevServerState.h"
#include "crypto/VerificationToken.h"

namespace ws::devserver {

namespace {

HttpReply unauthenticated(const QString& message) {
    return errors::make(401, errors::kGrpcUnauthenticated, message);
}

} // namespace

VerificationTokenScheme::VerificationTokenScheme(const DevServerState& state, QByteArray signerPublicKeyHex)
    : m_state(state)
    , m_signerPublicKey(std::move(signerPublicKeyHex)) {}

std::variant<AttestedIdentity, HttpReply>
VerificationTokenScheme::verify(const attested::AttestedStampContents& stamp, qint64 nowMs) {
    Result<vtoken::Claims> claims = vtoken::verify(stamp.publicKeyAttestation, m_signerPublicKey, nowMs);
    if (!claims)
        return unauthenticated(QStringLiteral("invalid verification token: %1").arg(claims.error().message));
    if (claims->publicKey != stamp.publicKey)
        return unauthenticated(
            QStringLiteral("the verification token is bound to another public key than the stamp's"));
    if (m_usedTokenIds.contains(claims->id))
        return unauthenticated(QStringLiteral("the verification token has already been used"));
    const QList<User> users = m_state.users();
    for (const User& user : users) {
        if (user.username.compare(claims->contact, Qt::CaseInsensitive) == 0) {
            m_usedTokenIds.insert(claims->id);
            return AttestedIdentity{user.id, claims->publicKey};
        }
    }
    return errors::make(404, errors::kGrpcNotFound,
                        QStringLiteral("no user with the contact of the verification token"));
}

} // namespace ws::devserver
