#include "TokenVerifier.h"

#include "crypto/SessionJwtSignature.h"

namespace ws {

namespace {
constexpr qsizetype kMaxCachedTokens = 4096;
}

TokenVerifier::TokenVerifier(QByteArray notarizerPublicKeyHex)
    : m_notarizer(notarizerPublicKeyHex.isEmpty() ? QByteArray(jwtsig::kProductionNotarizerPublicKey)
                                                  : std::move(notarizerPublicKeyHex)) {}

bool TokenVerifier::isVerified(const QByteArray& jwt) const {
    const auto it = m_cache.constFind(jwt);
    if (it != m_cache.constEnd())
        return it.value();
    const bool ok = jwtsig::verify(jwt, m_notarizer).ok();
    if (m_cache.size() >= kMaxCachedTokens)
        m_cache.clear();
    m_cache.insert(jwt, ok);
    return ok;
}

} // namespace ws
