#pragma once

#include "ErrorBodies.h"
#include "crypto/AttestedStamp.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <functional>
#include <variant>

namespace ws::devserver {

// Whom an attested stamp speaks for, once its scheme's check passed.
struct AttestedIdentity {
    QString userId;            // the user the attestation names
    QByteArray boundPublicKey; // the key the attestation vouches for (compressed hex)
};

// The X-Stamp-Attested schemes stamp_login accepts, by name. Each scheme lives in its own file and is
// registered by DevServer (the OTP verification token here; OpenID in its own file): a verifier gets
// the parsed stamp, whose signature over the body has already been checked, and answers with the
// identity or the error reply.
class AttestedSchemes {
public:
    using Verifier = std::function<std::variant<AttestedIdentity, HttpReply>(
        const attested::AttestedStampContents&, qint64)>;

    void add(const QByteArray& scheme, Verifier verifier) { m_verifiers.insert(scheme, std::move(verifier)); }

    // Signature over `body`, then the scheme's own check. 401 on anything wrong, as Turnkey answers.
    std::variant<AttestedIdentity, HttpReply> verify(const QByteArray& headerValue, const QByteArray& body,
                                                     qint64 nowMs) const;

private:
    QHash<QByteArray, Verifier> m_verifiers;
};

} // namespace ws::devserver
