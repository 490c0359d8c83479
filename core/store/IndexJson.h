#pragma once

#include "IndexData.h"

#include <QJsonObject>
#include <QJsonValue>

// The per-record JSON mapping shared by the strict parser and the salvager.
namespace ws::indexjson {

Result<SessionRecord> parseSession(const QString& label, const QJsonValue& value);
// For a damaged file: fails only when the token cannot be decoded (or `value` is no object); every
// other unreadable field gets a safe default (lifetimeSeconds: exp - iat of the token, else 0, which
// refresh reads as "work it out again"; createdAt: the token's iat, else `now`; refreshedAt: none;
// autoRefresh: true; serverState: unknown; lastError: none; lease: none). The label is not checked:
// the caller chooses it.
Result<SessionRecord> salvageSession(const QString& label, const QJsonValue& value, const QDateTime& now);
Result<KeyRecord> parseKey(const QString& publicKey, const QJsonValue& value);
QJsonObject sessionToJson(const SessionRecord& session);
QJsonObject keyToJson(const KeyRecord& key);

bool isValidLabel(const QString& label);
bool isValidPublicKey(const QString& publicKey);
QString formatTime(const QDateTime& time);

} // namespace ws::indexjson
