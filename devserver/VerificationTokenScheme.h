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

private:
    const DevServerState& m_state;
    QByteArray m_signerPublicKey;
    QSet<QString> m_usedTokenIds;
};

} // namespace ws::devserver
