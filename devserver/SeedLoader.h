#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace ws::devserver {

class DevServerState;

// Seed files describe the starting state:
// {"organizations":[{"organizationId","name","parentOrganizationId"?}],
//  "users":[{"userId","organizationId","username"}],
//  "apiKeys":[{"apiKeyId"?,"apiKeyName"?,"userId","publicKey","expirationSeconds"?:"<string>","createdAtMs"?:"<string>"}],
//  "authenticators"?:[{"authenticatorId"?,"userId","credentialId":"<base64url>","publicKey","rpId"}]}
// Public keys are P-256 points in hex (compressed or uncompressed; stored compressed). Seeds hold
// public keys only: the matching private keys belong to whoever stamps requests.
namespace seed {

Result<QJsonObject> readFile(const QString& path);
// Adds the seed's contents to `state`; keys without createdAtMs are created at `nowMs`.
Result<void> apply(const QJsonObject& seed, DevServerState& state, qint64 nowMs);

} // namespace seed
} // namespace ws::devserver
