#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ws::devserver {

struct Organization {
    QString id;
    QString name;
    QString parentId; // empty for a top-level organization
};

struct User {
    QString id;
    QString organizationId;
    QString username;
};

struct ApiKey {
    QString id;
    QString name;
    QString userId;
    QByteArray publicKey; // compressed hex
    qint64 createdAtMs = 0;
    qint64 expirationSeconds = 0; // 0 = long-lived
    qint64 sequence = 0;          // creation order, breaks createdAt ties

    bool isExpiring() const { return expirationSeconds > 0; }
    qint64 expiresAtMs() const { return isExpiring() ? createdAtMs + expirationSeconds * 1000 : 0; }
    bool isExpired(qint64 nowMs) const { return isExpiring() && nowMs >= expiresAtMs(); }
};

// A passkey a user registered (on a FIDO2 security key, say): X-Stamp-WebAuthn stamps name it by its
// credential id and are checked with its public key, for its relying party.
struct Authenticator {
    QString id;
    QString userId;
    QByteArray credentialId; // raw bytes
    QByteArray publicKey;    // compressed hex
    QString rpId;
};

// Organizations, users and their API keys, with Turnkey's per-user limit on expiring keys.
class DevServerState {
public:
    explicit DevServerState(int maxExpiringKeysPerUser = 10)
        : m_maxExpiringKeys(maxExpiringKeysPerUser) {}

    Result<void> addOrganization(Organization organization);
    Result<void> addUser(User user);
    // Registers a key as is (seed data, the demo key). The public key must be unique.
    Result<ApiKey> addApiKey(ApiKey key);

    // A passkey of an existing user; the credential id must be unique.
    Result<Authenticator> addAuthenticator(Authenticator authenticator);
    const Authenticator* authenticatorByCredentialId(QByteArrayView credentialId) const;

    const Organization* organization(const QString& id) const;
    const User* user(const QString& id) const;
    std::optional<ApiKey> keyByPublicKey(QByteArrayView publicKey) const;
    // The key, if it belongs to a user of `organizationId` or of that organization's parent.
    std::optional<ApiKey> findKeyForOrganization(const QString& organizationId,
                                                 QByteArrayView publicKey) const;
    QList<ApiKey> keysForUser(const QString& userId) const;
    QList<ApiKey> allKeys() const { return m_keys; }
    QList<Organization> organizations() const { return m_organizations; }
    QList<User> users() const { return m_users; }

    struct Registration {
        ApiKey key;
        QStringList removedKeyIds; // evicted or invalidated
    };
    // stamp_login's effect: registers an expiring key for the user. invalidateExisting first removes all
    // of the user's other expiring keys; then, while the user is at the limit, expired keys go first
    // (oldest first), then the oldest unexpired one — Turnkey evicts instead of refusing.
    Result<Registration> registerSessionKey(const QString& userId, const QByteArray& publicKey,
                                            qint64 expirationSeconds, qint64 nowMs, bool invalidateExisting);
    // Deletes keys of one user. Fails without deleting anything when an id is unknown or not the user's.
    Result<QStringList> deleteKeys(const QString& userId, const QStringList& apiKeyIds);

    QJsonObject toJson(qint64 nowMs) const;

private:
    int expiringKeyCount(const QString& userId) const;
    void removeKeyAt(qsizetype index, QStringList* removed);

    QList<Authenticator> m_authenticators;
    int m_maxExpiringKeys;
    qint64 m_nextSequence = 1;
    QList<Organization> m_organizations;
    QList<User> m_users;
    QList<ApiKey> m_keys; // creation order
};

} // namespace ws::devserver
