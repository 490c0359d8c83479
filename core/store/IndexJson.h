#pragma once

#include "IndexData.h"

#include <QJsonObject>
#include <QJsonValue>

// The per-record JSON mapping shared by the strict parser and the salvager.
namespace ws::indexjson {

Result<SessionRecord> parseSession(const QString& label, const QJsonValue& value);
Result<KeyRecord> parseKey(const QString& publicKey, const QJsonValue& value);
QJsonObject sessionToJson(const SessionRecord& session);
QJsonObject keyToJson(const KeyRecord& key);

bool isValidLabel(const QString& label);
bool isValidPublicKey(const QString& publicKey);
QString formatTime(const QDateTime& time);

} // namespace ws::indexjson
