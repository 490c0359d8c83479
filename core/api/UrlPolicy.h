#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

namespace ws::api {

// 127.0.0.0/8, ::1 and "localhost" (exactly; "localhost.evil.com" is not loopback).
bool isLoopbackHost(const QString& host);

// https:// any host; http:// only to a loopback host, because a signed request sent in clear text
// over a real network could be read and replayed. Everything else is INVALID_INPUT naming the reason.
Result<void> validateBaseUrl(const QUrl& url);

// base URL + API path ("/public/v1/query/whoami"), keeping a path prefix of the base URL.
QUrl endpointUrl(const QUrl& baseUrl, const QString& path);

} // namespace ws::api
