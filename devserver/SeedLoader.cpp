#include "SeedLoader.h"

#include "DevServerState.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ws::devserver::seed {

namespace {

Error invalid(const QString& message) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ws", "seed: %1").arg(message));
}

// A positive-or-zero integer given as a string (Turnkey's int64-as-string) or a JSON number.
Result<qint64> readInt64(const QJsonObject& object, const QString& name, qint64 fallback) {
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    bool ok = false;
    qint64 number = 0;
    if (value.isString())
        number = value.toString().toLongLong(&ok);
    else if (value.isDouble()) {
        number = value.toInteger(-1);
        ok = number >= 0;
    }
    if (!ok || number < 0)
        return invalid(QCoreApplication::translate("ws", "'%1' must be a non-negative integer").arg(name));
    return number;
}

} // namespace

Result<QJsonObject> readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("ws", "cannot read seed file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "seed file %1 is not a JSON object: %2")
                         .arg(path, parseError.errorString()));
    return document.object();
}

Result<void> apply(const QJsonObject& seed, DevServerState& state, qint64 nowMs) {
    const QJsonArray organizations = seed.value(QStringLiteral("organizations")).toArray();
    for (const QJsonValue& value : organizations) {
        const QJsonObject object = value.toObject();
        Organization organization{
            object.value(QStringLiteral("organizationId")).toString(),
            object.value(QStringLiteral("name")).toString(QStringLiteral("Demo Organization")),
            object.value(QStringLiteral("parentOrganizationId")).toString()};
        if (auto added = state.addOrganization(std::move(organization)); !added)
            return invalid(added.error().message);
    }
    const QJsonArray users = seed.value(QStringLiteral("users")).toArray();
    for (const QJsonValue& value : users) {
        const QJsonObject object = value.toObject();
        User user{object.value(QStringLiteral("userId")).toString(),
                  object.value(QStringLiteral("organizationId")).toString(),
                  object.value(QStringLiteral("username")).toString(QStringLiteral("demo"))};
        if (auto added = state.addUser(std::move(user)); !added)
            return invalid(added.error().message);
    }
    const QJsonArray keys = seed.value(QStringLiteral("apiKeys")).toArray();
    for (const QJsonValue& value : keys) {
        const QJsonObject object = value.toObject();
        const QByteArray publicKey = object.value(QStringLiteral("publicKey")).toString().toLatin1();
        auto compressed = ecdsa::compressPublicKeyHex(publicKey);
        if (!compressed)
            return invalid(QCoreApplication::translate("ws", "API key public key %1 is not a P-256 point: %2")
                               .arg(QString::fromLatin1(publicKey), compressed.error().message));
        auto expiration = readInt64(object, QStringLiteral("expirationSeconds"), 0);
        if (!expiration)
            return expiration.error();
        auto createdAt = readInt64(object, QStringLiteral("createdAtMs"), nowMs);
        if (!createdAt)
            return createdAt.error();
        ApiKey key;
        key.id = object.value(QStringLiteral("apiKeyId")).toString();
        key.name = object.value(QStringLiteral("apiKeyName")).toString();
        key.userId = object.value(QStringLiteral("userId")).toString();
        key.publicKey = compressed->toLower();
        key.expirationSeconds = *expiration;
        key.createdAtMs = *createdAt;
        if (auto added = state.addApiKey(std::move(key)); !added)
            return invalid(added.error().message);
    }
    const QJsonArray authenticators = seed.value(QStringLiteral("authenticators")).toArray();
    for (const QJsonValue& value : authenticators) {
        const QJsonObject object = value.toObject();
        const QByteArray publicKey = object.value(QStringLiteral("publicKey")).toString().toLatin1();
        auto compressed = ecdsa::compressPublicKeyHex(publicKey);
        if (!compressed)
            return invalid(
                QCoreApplication::translate("ws", "authenticator public key %1 is not a P-256 point: %2")
                    .arg(QString::fromLatin1(publicKey), compressed.error().message));
        auto credentialId =
            encoding::fromBase64Url(object.value(QStringLiteral("credentialId")).toString().toLatin1());
        if (!credentialId)
            return invalid(QCoreApplication::translate("ws", "authenticator credentialId is not base64url"));
        Authenticator authenticator{object.value(QStringLiteral("authenticatorId")).toString(),
                                    object.value(QStringLiteral("userId")).toString(), *credentialId,
                                    compressed->toLower(), object.value(QStringLiteral("rpId")).toString()};
        if (auto added = state.addAuthenticator(std::move(authenticator)); !added)
            return invalid(added.error().message);
    }
    return {};
}

} // namespace ws::devserver::seed
