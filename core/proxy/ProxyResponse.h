#pragma once

#include <QByteArray>
#include <QString>

namespace ws::proxy {

// The bytes of one HTTP/1.1 response.
QByteArray httpResponse(int status, QByteArrayView contentType, QByteArrayView body, bool keepAlive);

// The JSON body of an answer the proxy gives itself, shaped like a Turnkey error ({"code": <gRPC
// code>, "message": …, "details": []}) so every Turnkey client reports it the way it reports the API's.
QByteArray errorBody(int httpStatus, const QString& message);

QByteArray reasonPhrase(int status);

} // namespace ws::proxy
