#pragma once

#include "Error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace ws::api {

// A Turnkey error body: {"code": <grpc int>, "message": "...", "details": [{"turnkeyErrorCode": "..."}]}.
struct TurnkeyErrorBody {
    bool isJson = false; // false: the body was not a JSON object (e.g. an HTML page from a proxy)
    int grpcCode = 0;
    QString message; // verbatim; for a non-JSON body, a short printable excerpt of it
    QStringList turnkeyErrorCodes;
};

TurnkeyErrorBody parseErrorBody(const QByteArray& body);

// The two messages and the matching error codes that mean the server no longer knows or accepts the
// session's key (docs/protocol.md §5).
bool meansSessionExpired(const TurnkeyErrorBody& body);

// A non-2xx, non-3xx HTTP reply to the call named `what` (e.g. "whoami"). `attempts` is how many
// times the request was sent, so a SERVER_ERROR can say it was retried.
Error errorFromHttpReply(int httpStatus, const QByteArray& body, const QString& what, int attempts = 1);

// 5xx: the server failed, and activities are idempotent, so re-sending the same bytes is safe.
bool isRetryableHttpStatus(int httpStatus);

struct TransportFailure {
    Error error;
    bool retryable = false;
};

// A reply that ended without an HTTP status. OperationCanceledError is not handled here: only the
// caller knows whether it aborted for a cancel, a deadline or a size cap, or the transfer timed out.
// TLS failures are never retryable: the same certificate will be presented again.
TransportFailure errorFromTransport(QNetworkReply::NetworkError code, const QString& errorString,
                                    const QStringList& sslErrors, const QString& what);

} // namespace ws::api
