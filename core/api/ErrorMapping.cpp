#include "api/ErrorMapping.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::api {

namespace {

constexpr qsizetype kMaxExcerpt = 200;

QString printableExcerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(kMaxExcerpt * 2)).simplified();
    for (QChar& c : text) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    if (text.size() > kMaxExcerpt)
        text = text.left(kMaxExcerpt) + QStringLiteral("...");
    return text;
}

Error httpError(ErrorCode code, const QString& message, int status, const TurnkeyErrorBody& parsed) {
    Error e(code, message);
    e.httpStatus = status;
    e.serverMessage = parsed.message;
    e.turnkeyErrorCodes = parsed.turnkeyErrorCodes;
    return e;
}

QString describeServerMessage(const TurnkeyErrorBody& parsed) {
    if (parsed.message.isEmpty())
        return Text::tr("no message");
    if (parsed.isJson)
        return parsed.message;
    return Text::tr("non-JSON body: %1").arg(parsed.message);
}

} // namespace

TurnkeyErrorBody parseErrorBody(const QByteArray& body) {
    TurnkeyErrorBody out;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.message = printableExcerpt(body);
        return out;
    }
    out.isJson = true;
    const QJsonObject obj = doc.object();
    out.grpcCode = obj.value(QLatin1String("code")).toInt();
    out.message = obj.value(QLatin1String("message")).toString();
    const QJsonArray details = obj.value(QLatin1String("details")).toArray();
    for (const QJsonValue& detail : details) {
        const QString code = detail.toObject().value(QLatin1String("turnkeyErrorCode")).toString();
        if (!code.isEmpty())
            out.turnkeyErrorCodes.append(code);
    }
    return out;
}

bool meansSessionExpired(const TurnkeyErrorBody& body) {
    static const QLatin1String kMessages[] = {
        QLatin1String("could not find public key in organization or its parent organization"),
        QLatin1String("expired api key"),
    };
    for (const QLatin1String& needle : kMessages) {
        if (body.message.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return body.turnkeyErrorCodes.contains(QLatin1String("PUBLIC_KEY_NOT_FOUND")) ||
           body.turnkeyErrorCodes.contains(QLatin1String("API_KEY_EXPIRED"));
}

bool isRetryableHttpStatus(int httpStatus) {
    return httpStatus >= 500 && httpStatus <= 599;
}

Error errorFromHttpReply(int status, const QByteArray& body, const QString& what, int attempts) {
    const TurnkeyErrorBody parsed = parseErrorBody(body);
    const QString server = describeServerMessage(parsed);
    // Checked for every 4xx, not only 401/403: the SDK matches these messages whatever the status,
    // and "log in again" is the only useful advice for them.
    if (status >= 400 && status <= 499 && meansSessionExpired(parsed)) {
        return httpError(
            ErrorCode::SessionExpired,
            Text::tr("%1: the server no longer accepts this session's key (HTTP %2: %3); log in again")
                .arg(what)
                .arg(status)
                .arg(server),
            status, parsed);
    }
    if (status == 401 || status == 403) {
        return httpError(ErrorCode::Unauthorized,
                         Text::tr("%1: the server refused the request's credentials (HTTP %2: %3)")
                             .arg(what)
                             .arg(status)
                             .arg(server),
                         status, parsed);
    }
    if (status == 429) {
        return httpError(
            ErrorCode::RateLimited,
            Text::tr("%1: the server is rate limiting this client (HTTP 429: %2); wait a while and try again")
                .arg(what, server),
            status, parsed);
    }
    if (status == 404 && !parsed.isJson) {
        return httpError(
            ErrorCode::BadResponse,
            Text::tr("%1: the server has no such endpoint (HTTP 404: %2); check the API base URL")
                .arg(what, server),
            status, parsed);
    }
    if (status == 404) {
        return httpError(
            ErrorCode::NotFound,
            Text::tr("%1: the server did not find what was asked for (HTTP 404: %2)").arg(what, server),
            status, parsed);
    }
    if (status >= 400 && status <= 499) {
        return httpError(
            ErrorCode::InvalidInput,
            Text::tr("%1: the server rejected the request (HTTP %2: %3)").arg(what).arg(status).arg(server),
            status, parsed);
    }
    if (status >= 500 && status <= 599) {
        const QString tries = attempts > 1 ? Text::tr(" after %1 attempts").arg(attempts) : QString();
        return httpError(ErrorCode::ServerError,
                         Text::tr("%1: the server failed (HTTP %2: %3)%4; try again later")
                             .arg(what)
                             .arg(status)
                             .arg(server, tries),
                         status, parsed);
    }
    return httpError(ErrorCode::BadResponse,
                     Text::tr("%1: unexpected HTTP status %2 (%3)").arg(what).arg(status).arg(server), status,
                     parsed);
}

TransportFailure errorFromTransport(QNetworkReply::NetworkError code, const QString& errorString,
                                    const QStringList& sslErrors, const QString& what) {
    using NE = QNetworkReply::NetworkError;
    if (code == NE::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        const QString detail = sslErrors.isEmpty() ? errorString : sslErrors.join(QStringLiteral("; "));
        return {Error(ErrorCode::Network,
                      Text::tr(
                          "%1: the TLS connection to the API could not be verified (%2); the request was not "
                          "sent")
                          .arg(what, detail)),
                false};
    }
    if (code == NE::TimeoutError) {
        return {Error(ErrorCode::Timeout,
                      Text::tr("%1: the connection to the API timed out (%2)").arg(what, errorString)),
                false};
    }
    if (code == NE::ProtocolFailure) {
        return {Error(ErrorCode::BadResponse,
                      Text::tr("%1: the server's reply was not valid HTTP (%2)").arg(what, errorString)),
                false};
    }
    switch (code) {
    case NE::ConnectionRefusedError:
    case NE::RemoteHostClosedError:
    case NE::HostNotFoundError:
    case NE::TemporaryNetworkFailureError:
    case NE::NetworkSessionFailedError:
    case NE::UnknownNetworkError:
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyConnectionClosedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyTimeoutError:
        return {Error(ErrorCode::Network,
                      Text::tr("%1: could not reach the API (%2); check the network connection")
                          .arg(what, errorString)),
                true};
    default:
        break;
    }
    return {Error(ErrorCode::Network, Text::tr("%1: the request failed (%2)").arg(what, errorString)), false};
}

} // namespace ws::api
