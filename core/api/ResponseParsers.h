#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>

// Turn decoded replies into the API types. Each check names the JSON path that was missing or of the
// wrong type, so a BAD_RESPONSE says exactly what the server got wrong.
namespace ws::api {

struct ActivityInfo {
    QString id;
    QString status;         // ACTIVITY_STATUS_*
    QString failureMessage; // activity.failure.message, when present
    QJsonObject activity;
};

// {"activity": {"id": "...", "status": "...", ...}}
Result<ActivityInfo> parseActivityEnvelope(const QJsonObject& reply, const QString& what);

// activity.result.stampLoginResult.session
Result<QByteArray> parseStampLoginResult(const QJsonObject& activity, const QString& what);
// activity.result.deleteApiKeysResult.apiKeyIds
Result<QStringList> parseDeleteApiKeysResult(const QJsonObject& activity, const QString& what);
// {organizationId, organizationName, userId, username}
Result<WhoamiInfo> parseWhoami(const QJsonObject& reply, const QString& what);
// {apiKeys: [{apiKeyId, apiKeyName, credential: {publicKey, type, sessionProfileId?}, expirationSeconds?}]}
Result<QList<ApiKeyInfo>> parseApiKeys(const QJsonObject& reply, const QString& what);

} // namespace ws::api
