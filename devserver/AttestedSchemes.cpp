#include "AttestedSchemes.h"

namespace ws::devserver {

std::variant<AttestedIdentity, HttpReply>
AttestedSchemes::verify(const QByteArray& headerValue, const QByteArray& body, qint64 nowMs) const {
    Result<attested::AttestedStampContents> parsed = attested::parse(headerValue);
    if (!parsed)
        return errors::malformedStamp();
    const auto it = m_verifiers.constFind(parsed->scheme);
    if (it == m_verifiers.constEnd())
        return errors::make(
            401, errors::kGrpcUnauthenticated,
            QStringLiteral("unsupported attested stamp scheme '%1'").arg(QString::fromUtf8(parsed->scheme)));
    Result<attested::AttestedStampContents> verified = attested::verify(headerValue, body);
    if (!verified)
        return errors::signatureInvalid();
    return (*it)(*verified, nowMs);
}

} // namespace ws::devserver
