#include "RequestAuthenticator.h"

namespace ws::devserver {

std::variant<stamp::StampContents, HttpReply>
RequestAuthenticator::verifyStamp(const QByteArray& headerValue, const QByteArray& body) const {
    if (headerValue.isEmpty())
        return errors::missingStamp();
    auto parsed = stamp::parse(headerValue);
    if (!parsed || parsed->scheme != QByteArrayView(stamp::kScheme))
        return errors::malformedStamp();
    auto verified = stamp::verify(headerValue, body);
    if (!verified)
        return errors::signatureInvalid();
    return *verified;
}

std::variant<ApiKey, HttpReply> RequestAuthenticator::authorize(const stamp::StampContents& stamp,
                                                                const QString& organizationId,
                                                                qint64 nowMs) const {
    const std::optional<ApiKey> key = m_state.findKeyForOrganization(organizationId, stamp.publicKey);
    if (!key)
        return errors::publicKeyNotFound();
    if (key->isExpired(nowMs))
        return errors::apiKeyExpired();
    return *key;
}

} // namespace ws::devserver
