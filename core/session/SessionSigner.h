#pragma once

#include <QString>
#include <memory>

namespace ws {

class P256KeyPair;

// A session's current key, loaded from the keychain for a front end that stamps requests of its own
// (`api`, the stamping proxy). Held only as long as it is used: the owner drops it as soon as the
// session's key changes or the session ends, and never stamps with it after the index stopped naming it.
struct SessionSigner {
    QString sessionKey;
    QString publicKey; // compressed hex, the session token's public_key
    QString organizationId;
    QString userId;
    qint64 expiresAt = 0; // the token's exp, seconds since the epoch
    std::shared_ptr<const P256KeyPair> key;
};

} // namespace ws
