#pragma once

#include "AttestedSchemes.h"

#include <QSet>
#include <memory>

namespace ws::devserver {

class DevServerState;

// STAMP_ATTESTED_SCHEME_P256_VERIFICATION_TOKEN: the attestation is an OTP verification token signed by
// this server's OTP signer (ES256, exp in ms), bound to the stamp's key, used once, naming a contact that
// has an account (a user whose username is the contact).
class VerificationTokenScheme {
public:
    VerificationTokenScheme(const DevServerState& state, QByteArray signerPublicKeyHex);

    std::variant<AttestedIdentity, HttpReply> verify(const attested::AttestedStampContents& stamp,
                                                     qint64 nowMs);
    // Marks a token id used (false when it already was): a token logs in once, whichever way
    // (attested stamp_login or the Auth Proxy's otp_login_v2).
    bool consume(const QString& tokenId) {
        if (m_usedTokenIds.contains(tokenId))
            return false;
        m_usedTokenIds.insert(tokenId);
        return true;
    }

private:
    const DevServerState& m_state;
    QByteArray m_signerPublicKey;
    QSet<QString> m_usedTokenIds;
};

} // namespace ws::devserver
