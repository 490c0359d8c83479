#pragma once

#include <QByteArray>
#include <QHash>

namespace ws {

// Checks session JWT signatures against the configured notarizer key, remembering answers so a
// table refresh does not redo ECDSA for every row. Unverifiable tokens are reported, not rejected:
// the user may point the app at a server with its own notarizer.
class TokenVerifier {
public:
    explicit TokenVerifier(QByteArray notarizerPublicKeyHex);
    bool isVerified(const QByteArray& jwt) const;

private:
    QByteArray m_notarizer;
    mutable QHash<QByteArray, bool> m_cache;
};

} // namespace ws
