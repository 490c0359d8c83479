#include "api/RequestBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ws::api {

namespace {

// A JSON object written in insertion order, so activity bodies read like the SDK's
// ({"type", "timestampMs", "organizationId", "parameters"}); QJsonObject would sort the keys.
class OrderedObject {
public:
    OrderedObject& add(const char* key, const QJsonValue& value) { return addRaw(key, encode(value)); }
    OrderedObject& add(const char* key, const OrderedObject& value) { return addRaw(key, value.bytes()); }
    QByteArray bytes() const { return QByteArrayLiteral("{") + m_fields + QByteArrayLiteral("}"); }

private:
    OrderedObject& addRaw(const char* key, const QByteArray& encoded) {
        if (!m_fields.isEmpty())
            m_fields += ',';
        m_fields += encode(QJsonValue(QLatin1String(key))) + ':' + encoded;
        return *this;
    }
    // QJsonDocument only serialises containers: write [value] and strip the brackets.
    static QByteArray encode(const QJsonValue& value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }
    QByteArray m_fields;
};

QByteArray activityBody(const char* type, qint64 timestampMs, const QString& organizationId,
                        const OrderedObject& parameters) {
    return OrderedObject()
        .add("type", QLatin1String(type))
        .add("timestampMs", QString::number(timestampMs))
        .add("organizationId", organizationId)
        .add("parameters", parameters)
        .bytes();
}

} // namespace

QByteArray stampLoginBody(qint64 timestampMs, const QString& organizationId, const StampLoginParams& params) {
    OrderedObject parameters;
    parameters.add("publicKey", QString::fromLatin1(params.publicKey))
        .add("expirationSeconds", QString::number(params.expirationSeconds))
        .add("invalidateExisting", params.invalidateExisting);
    if (!params.sessionProfileId.isEmpty())
        parameters.add("sessionProfileId", params.sessionProfileId);
    return activityBody("ACTIVITY_TYPE_STAMP_LOGIN", timestampMs, organizationId, parameters);
}

QByteArray deleteApiKeysBody(qint64 timestampMs, const QString& organizationId, const QString& userId,
                             const QStringList& apiKeyIds) {
    OrderedObject parameters;
    parameters.add("userId", userId).add("apiKeyIds", QJsonArray::fromStringList(apiKeyIds));
    return activityBody("ACTIVITY_TYPE_DELETE_API_KEYS", timestampMs, organizationId, parameters);
}

QByteArray whoamiBody(const QString& organizationId) {
    return OrderedObject().add("organizationId", organizationId).bytes();
}

QByteArray getApiKeysBody(const QString& organizationId, const QString& userId) {
    OrderedObject body;
    body.add("organizationId", organizationId);
    if (!userId.isEmpty())
        body.add("userId", userId);
    return body.bytes();
}

} // namespace ws::api
