#pragma once

#include "ApiTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Request bodies, each serialised exactly once: these bytes are stamped, sent and re-sent on retry.
namespace ws::api {

// {"type", "timestampMs" (string), "organizationId", "parameters"}
QByteArray stampLoginBody(qint64 timestampMs, const QString& organizationId, const StampLoginParams& params);
QByteArray deleteApiKeysBody(qint64 timestampMs, const QString& organizationId, const QString& userId,
                             const QStringList& apiKeyIds);
QByteArray whoamiBody(const QString& organizationId);
QByteArray getApiKeysBody(const QString& organizationId, const QString& userId);

} // namespace ws::api
