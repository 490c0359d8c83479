#include "proxy/ProxyResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::proxy {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 300   ? "OK"
               : status < 400 ? "Redirect"
               : status < 500 ? "Client Error"
                              : "Server Error";
    }
}

QByteArray httpResponse(int status, QByteArrayView contentType, QByteArrayView body, bool keepAlive) {
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType.toByteArray() + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (status == 405)
        out += "Allow: POST\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}

QByteArray errorBody(int httpStatus, const QString& message) {
    // gRPC codes, as Turnkey's own error bodies carry them.
    int code = 2; // UNKNOWN
    switch (httpStatus) {
    case 400:
        code = 3;
        break; // INVALID_ARGUMENT
    case 401:
        code = 16;
        break; // UNAUTHENTICATED
    case 403:
        code = 7;
        break; // PERMISSION_DENIED
    case 404:
        code = 5;
        break; // NOT_FOUND
    case 405:
        code = 12;
        break; // UNIMPLEMENTED
    case 411:
    case 431:
    case 505:
        code = 3;
        break;
    case 413:
        code = 8;
        break; // RESOURCE_EXHAUSTED
    case 502:
    case 503:
        code = 14;
        break; // UNAVAILABLE
    case 504:
        code = 4;
        break; // DEADLINE_EXCEEDED
    default:
        break;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("details"), QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace ws::proxy
