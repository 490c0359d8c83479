#include "DevServerState.h"

#include "crypto/Encoding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace ws::devserver {

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error invalid(const QString& message) {
    return Error(ErrorCode::InvalidInput, message);
}

} // namespace

Result<void> DevServerState::addOrganization(Organization organization) {
    if (organization.id.isEmpty())
        organization.id = newId();
    if (this->organization(organization.id))
        return invalid(
            QCoreApplication::translate("ws", "organization %1 exists twice").arg(organization.id));
    if (!organization.parentId.isEmpty() && !this->organization(organization.parentId))
        return invalid(QCoreApplication::translate("ws", "organization %1 names an unknown parent %2")
                           .arg(organization.id, organization.parentId));
    m_organizations.append(std::move(organization));
    return {};
}

Result<void> DevServerState::addUser(User user) {
    if (user.id.isEmpty())
        user.id = newId();
    if (this->user(user.id))
        return invalid(QCoreApplication::translate("ws", "user %1 exists twice").arg(user.id));
    if (!organization(user.organizationId))
        return invalid(QCoreApplication::translate("ws", "user %1 names an unknown organization %2")
                           .arg(user.id, user.organizationId));
    m_users.append(std::move(user));
    return {};
}

Result<ApiKey> DevServerState::addApiKey(ApiKey key) {
    if (key.id.isEmpty())
        key.id = newId();
    if (!user(key.userId))
        return invalid(
            QCoreApplication::translate("ws", "API key %1 names an unknown user %2").arg(key.id, key.userId));
    if (keyByPublicKey(key.publicKey))
        return invalid(QCoreApplication::translate("ws", "an API key with public key %1 already exists")
                           .arg(QString::fromLatin1(key.publicKey)));
    if (key.name.isEmpty())
        key.name = key.isExpiring() ? QStringLiteral("Session Key") : QStringLiteral("API Key");
    key.sequence = m_nextSequence++;
    m_keys.append(key);
    return key;
}

Result<Authenticator> DevServerState::addAuthenticator(Authenticator authenticator) {
    if (authenticator.id.isEmpty())
        authenticator.id = newId();
    if (!user(authenticator.userId))
        return invalid(QCoreApplication::translate("ws", "authenticator %1 names an unknown user %2")
                           .arg(authenticator.id, authenticator.userId));
    if (authenticator.credentialId.isEmpty() || authenticator.rpId.isEmpty())
        return invalid(QCoreApplication::translate("ws", "authenticator %1 needs a credentialId and an rpId")
                           .arg(authenticator.id));
    if (authenticatorByCredentialId(authenticator.credentialId))
        return invalid(
            QCoreApplication::translate("ws", "an authenticator with that credential id already exists"));
    m_authenticators.append(authenticator);
    return authenticator;
}

const Authenticator* DevServerState::authenticatorByCredentialId(QByteArrayView credentialId) const {
    for (const Authenticator& authenticator : m_authenticators) {
        if (authenticator.credentialId == credentialId)
            return &authenticator;
    }
    return nullptr;
}

const Organization* DevServerState::organization(const QString& id) const {
    for (const Organization& organization : m_organizations) {
        if (organization.id == id)
            return &organization;
    }
    return nullptr;
}

const User* DevServerState::user(const QString& id) const {
    for (const User& user : m_users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

std::optional<ApiKey> DevServerState::keyByPublicKey(QByteArrayView publicKey) const {
    for (const ApiKey& key : m_keys) {
        if (key.publicKey.compare(publicKey, Qt::CaseInsensitive) == 0)
            return key;
    }
    return std::nullopt;
}

std::optional<ApiKey> DevServerState::findKeyForOrganization(const QString& organizationId,
                                                             QByteArrayView publicKey) const {
    const Organization* target = organization(organizationId);
    if (!target)
        return std::nullopt;
    const std::optional<ApiKey> key = keyByPublicKey(publicKey);
    if (!key)
        return std::nullopt;
    const User* owner = user(key->userId);
    if (!owner)
        return std::nullopt;
    if (owner->organizationId == target->id)
        return key;
    if (!target->parentId.isEmpty() && owner->organizationId == target->parentId)
        return key;
    return std::nullopt;
}

QList<ApiKey> DevServerState::keysForUser(const QString& userId) const {
    QList<ApiKey> keys;
    for (const ApiKey& key : m_keys) {
        if (key.userId == userId)
            keys.append(key);
    }
    return keys;
}

int DevServerState::expiringKeyCount(const QString& userId) const {
    int count = 0;
    for (const ApiKey& key : m_keys) {
        if (key.userId == userId && key.isExpiring())
            ++count;
    }
    return count;
}

void DevServerState::removeKeyAt(qsizetype index, QStringList* removed) {
    if (removed)
        removed->append(m_keys.at(index).id);
    m_keys.removeAt(index);
}

Result<DevServerState::Registration>
DevServerState::registerSessionKey(const QString& userId, const QByteArray& publicKey,
                                   qint64 expirationSeconds, qint64 nowMs, bool invalidateExisting) {
    if (!user(userId))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("ws", "user %1 not found").arg(userId));
    if (keyByPublicKey(publicKey))
        return invalid(QCoreApplication::translate("ws", "an API key with public key %1 already exists")
                           .arg(QString::fromLatin1(publicKey)));

    Registration registration;
    if (invalidateExisting) {
        for (qsizetype i = m_keys.size() - 1; i >= 0; --i) {
            if (m_keys.at(i).userId == userId && m_keys.at(i).isExpiring())
                removeKeyAt(i, &registration.removedKeyIds);
        }
    }
    // m_keys is in creation order, so the first match is the oldest.
    while (expiringKeyCount(userId) >= m_maxExpiringKeys) {
        qsizetype victim = -1;
        for (qsizetype i = 0; i < m_keys.size() && victim < 0; ++i) {
            const ApiKey& key = m_keys.at(i);
            if (key.userId == userId && key.isExpired(nowMs))
                victim = i;
        }
        for (qsizetype i = 0; i < m_keys.size() && victim < 0; ++i) {
            const ApiKey& key = m_keys.at(i);
            if (key.userId == userId && key.isExpiring())
                victim = i;
        }
        if (victim < 0)
            break;
        removeKeyAt(victim, &registration.removedKeyIds);
    }

    ApiKey key;
    key.userId = userId;
    key.publicKey = publicKey;
    key.createdAtMs = nowMs;
    key.expirationSeconds = expirationSeconds;
    auto added = addApiKey(std::move(key));
    if (!added)
        return added.error();
    registration.key = *added;
    return registration;
}

Result<QStringList> DevServerState::deleteKeys(const QString& userId, const QStringList& apiKeyIds) {
    for (const QString& id : apiKeyIds) {
        bool found = false;
        for (const ApiKey& key : m_keys)
            found = found || (key.id == id && key.userId == userId);
        if (!found)
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("ws", "api key %1 not found for user %2").arg(id, userId));
    }
    QStringList deleted;
    for (qsizetype i = m_keys.size() - 1; i >= 0; --i) {
        if (apiKeyIds.contains(m_keys.at(i).id))
            removeKeyAt(i, nullptr);
    }
    for (const QString& id : apiKeyIds) {
        if (!deleted.contains(id))
            deleted.append(id);
    }
    return deleted;
}

QJsonObject DevServerState::toJson(qint64 nowMs) const {
    QJsonArray organizations;
    for (const Organization& organization : m_organizations) {
        organizations.append(QJsonObject{{QStringLiteral("organizationId"), organization.id},
                                         {QStringLiteral("name"), organization.name},
                                         {QStringLiteral("parentOrganizationId"), organization.parentId}});
    }
    QJsonArray users;
    for (const User& user : m_users) {
        users.append(QJsonObject{{QStringLiteral("userId"), user.id},
                                 {QStringLiteral("organizationId"), user.organizationId},
                                 {QStringLiteral("username"), user.username}});
    }
    QJsonArray keys;
    for (const ApiKey& key : m_keys) {
        keys.append(QJsonObject{{QStringLiteral("apiKeyId"), key.id},
                                {QStringLiteral("apiKeyName"), key.name},
                                {QStringLiteral("userId"), key.userId},
                                {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey)},
                                {QStringLiteral("createdAtMs"), QString::number(key.createdAtMs)},
                                {QStringLiteral("expirationSeconds"), QString::number(key.expirationSeconds)},
                                {QStringLiteral("expired"), key.isExpired(nowMs)}});
    }
    QJsonArray authenticators;
    for (const Authenticator& authenticator : m_authenticators) {
        authenticators.append(
            QJsonObject{{QStringLiteral("authenticatorId"), authenticator.id},
                        {QStringLiteral("userId"), authenticator.userId},
                        {QStringLiteral("credentialId"),
                         QString::fromLatin1(encoding::toBase64Url(authenticator.credentialId))},
                        {QStringLiteral("publicKey"), QString::fromLatin1(authenticator.publicKey)},
                        {QStringLiteral("rpId"), authenticator.rpId}});
    }
    return QJsonObject{{QStringLiteral("organizations"), organizations},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("apiKeys"), keys},
                       {QStringLiteral("authenticators"), authenticators}};
}

} // namespace ws::devserver
