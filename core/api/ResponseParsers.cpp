#include "api/ResponseParsers.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ws::api {

namespace {

Error bad(const QString& what, const QString& detail) {
    return Error(ErrorCode::BadResponse,
                 Text::tr("%1: the server's reply is not what the protocol says: %2").arg(what, detail));
}

Error missing(const QString& what, const QString& path, const char* expected) {
    return bad(what, Text::tr("%1 is missing or not %2").arg(path, Text::tr(expected)));
}

// A required non-empty string at obj[key]; `path` names it in the error.
Result<QString> requireString(const QJsonObject& obj, const QString& key, const QString& path,
                              const QString& what) {
    const QJsonValue v = obj.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return missing(what, path, QT_TRANSLATE_NOOP("ws", "a non-empty string"));
    return v.toString();
}

Result<QJsonObject> requireObject(const QJsonObject& obj, const QString& key, const QString& path,
                                  const QString& what) {
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return missing(what, path, QT_TRANSLATE_NOOP("ws", "an object"));
    return v.toObject();
}

// Protobuf's JSON mapping writes int64 as a string; accept a number too.
Result<qint64> optionalInt64(const QJsonObject& obj, const QString& key, const QString& path,
                             const QString& what) {
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return qint64(0);
    if (v.isDouble()) {
        // Converting a double outside qint64's range (or NaN) is undefined behaviour: reject it first.
        const double d = v.toDouble();
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return missing(what, path, QT_TRANSLATE_NOOP("ws", "an integer"));
        return qint64(d);
    }
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!v.isString() || !ok)
        return missing(what, path, QT_TRANSLATE_NOOP("ws", "an integer"));
    return n;
}

} // namespace

Result<ActivityInfo> parseActivityEnvelope(const QJsonObject& reply, const QString& what) {
    auto activity = requireObject(reply, QStringLiteral("activity"), QStringLiteral("activity"), what);
    if (!activity)
        return activity.error();
    auto id = requireString(*activity, QStringLiteral("id"), QStringLiteral("activity.id"), what);
    if (!id)
        return id.error();
    auto status = requireString(*activity, QStringLiteral("status"), QStringLiteral("activity.status"), what);
    if (!status)
        return status.error();
    ActivityInfo info;
    info.id = *id;
    info.status = *status;
    info.activity = *activity;
    const QJsonObject failure = activity->value(QLatin1String("failure")).toObject();
    info.failureMessage = failure.value(QLatin1String("message")).toString();
    return info;
}

Result<QByteArray> parseStampLoginResult(const QJsonObject& activity, const QString& what) {
    auto result = requireObject(activity, QStringLiteral("result"), QStringLiteral("activity.result"), what);
    if (!result)
        return result.error();
    auto login = requireObject(*result, QStringLiteral("stampLoginResult"),
                               QStringLiteral("activity.result.stampLoginResult"), what);
    if (!login)
        return login.error();
    auto session = requireString(*login, QStringLiteral("session"),
                                 QStringLiteral("activity.result.stampLoginResult.session"), what);
    if (!session)
        return session.error();
    return session->toUtf8();
}

Result<QStringList> parseDeleteApiKeysResult(const QJsonObject& activity, const QString& what) {
    auto result = requireObject(activity, QStringLiteral("result"), QStringLiteral("activity.result"), what);
    if (!result)
        return result.error();
    auto deleted = requireObject(*result, QStringLiteral("deleteApiKeysResult"),
                                 QStringLiteral("activity.result.deleteApiKeysResult"), what);
    if (!deleted)
        return deleted.error();
    const QJsonValue ids = deleted->value(QLatin1String("apiKeyIds"));
    if (!ids.isArray())
        return missing(what, QStringLiteral("activity.result.deleteApiKeysResult.apiKeyIds"),
                       QT_TRANSLATE_NOOP("ws", "an array"));
    QStringList out;
    const QJsonArray array = ids.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return missing(what, QStringLiteral("activity.result.deleteApiKeysResult.apiKeyIds[%1]").arg(i),
                           QT_TRANSLATE_NOOP("ws", "a non-empty string"));
        out.append(array.at(i).toString());
    }
    return out;
}

Result<WhoamiInfo> parseWhoami(const QJsonObject& reply, const QString& what) {
    auto org = requireString(reply, QStringLiteral("organizationId"), QStringLiteral("organizationId"), what);
    if (!org)
        return org.error();
    auto user = requireString(reply, QStringLiteral("userId"), QStringLiteral("userId"), what);
    if (!user)
        return user.error();
    WhoamiInfo info;
    info.organizationId = *org;
    info.userId = *user;
    info.organizationName = reply.value(QLatin1String("organizationName")).toString();
    info.username = reply.value(QLatin1String("username")).toString();
    return info;
}

Result<QList<ApiKeyInfo>> parseApiKeys(const QJsonObject& reply, const QString& what) {
    const QJsonValue keys = reply.value(QLatin1String("apiKeys"));
    if (!keys.isArray())
        return missing(what, QStringLiteral("apiKeys"), QT_TRANSLATE_NOOP("ws", "an array"));
    QList<ApiKeyInfo> out;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("apiKeys[%1]").arg(i);
        if (!array.at(i).isObject())
            return missing(what, at, QT_TRANSLATE_NOOP("ws", "an object"));
        const QJsonObject key = array.at(i).toObject();
        auto id = requireString(key, QStringLiteral("apiKeyId"), at + QStringLiteral(".apiKeyId"), what);
        if (!id)
            return id.error();
        auto credential =
            requireObject(key, QStringLiteral("credential"), at + QStringLiteral(".credential"), what);
        if (!credential)
            return credential.error();
        auto publicKey = requireString(*credential, QStringLiteral("publicKey"),
                                       at + QStringLiteral(".credential.publicKey"), what);
        if (!publicKey)
            return publicKey.error();
        auto expiration = optionalInt64(key, QStringLiteral("expirationSeconds"),
                                        at + QStringLiteral(".expirationSeconds"), what);
        if (!expiration)
            return expiration.error();
        ApiKeyInfo info;
        info.apiKeyId = *id;
        info.apiKeyName = key.value(QLatin1String("apiKeyName")).toString();
        info.publicKey = *publicKey;
        info.credentialType = credential->value(QLatin1String("type")).toString();
        info.sessionProfileId = credential->value(QLatin1String("sessionProfileId")).toString();
        info.expirationSeconds = *expiration;
        out.append(info);
    }
    return out;
}

} // namespace ws::api
