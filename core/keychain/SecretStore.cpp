#include "SecretStore.h"

namespace ws {

QString sessionKeyEntryName(const QString& publicKeyHex) {
    return QStringLiteral("session-key/") + publicKeyHex;
}

QString apiKeyEntryName(const QString& publicKeyHex) {
    return QStringLiteral("api-key/") + publicKeyHex;
}

} // namespace ws
