#pragma once

#include "store/IndexData.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ws {

// A key pair the app holds, as a front end offers it for a choice (never the private key).
struct KeyPairInfo {
    QString publicKey; // compressed hex
    KeyStoreKind store = KeyStoreKind::Keychain;
    QDateTime createdAt;
    QString organizationId; // API keys: the organization they were remembered for
};

// The rules for which keys a refresh may use, in one place for the refresh itself and for the front
// ends that offer them.
namespace keyqueries {

// A key a refresh may move a session onto (`refresh --public-key`): a session key that no session uses
// and that is not being deleted, held (keys generate) or pending (createApiKeyPair()).
bool isRefreshTarget(const IndexData& data, const QString& publicKey, const KeyRecord& record);
// The held ones among them, oldest first: what a person chooses from (pending keys are other
// operations' work in progress).
QList<KeyPairInfo> heldRefreshTargets(const IndexData& data);
// API keys remembered at login for `organizationId`, oldest first.
QList<KeyPairInfo> rememberedApiKeys(const IndexData& data, const QString& organizationId);
// Every organization's, oldest first (Settings lists them, each with Forget).
QList<KeyPairInfo> allRememberedApiKeys(const IndexData& data);

} // namespace keyqueries
} // namespace ws
