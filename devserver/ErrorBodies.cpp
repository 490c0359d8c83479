#include "ErrorBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::devserver::errors {

HttpReply make(int httpStatus, int grpcCode, const QString& message, const QString& turnkeyErrorCode) {
    QJsonArray details;
    if (!turnkeyErrorCode.isEmpty()) {
        details.append(QJsonObject{
            {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/errors.v1.TurnkeyErrorDetail")},
            {QStringLiteral("turnkeyErrorCode"), turnkeyErrorCode}});
    }
    const QJsonObject body{{QStringLiteral("code"), grpcCode},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("details"), details}};
    return HttpReply{httpStatus, QJsonDocument(body).toJson(QJsonDocument::Compact), false};
}

HttpReply missingStamp() {
    return make(401, kGrpcUnauthenticated,
                QStringLiteral("cannot authenticate public API activity request without a stamp "
                               "(X-Stamp/X-Stamp-Webauthn header)"));
}

HttpReply malformedStamp() {
    return make(401, kGrpcUnauthenticated, QStringLiteral("malformed activity stamp"));
}

HttpReply signatureInvalid() {
    return make(401, kGrpcUnauthenticated, QStringLiteral("could not verify api key signature"),
                QStringLiteral("SIGNATURE_INVALID"));
}

HttpReply publicKeyNotFound() {
    return make(401, kGrpcUnauthenticated,
                QStringLiteral("could not find public key in organization or its parent organization"),
                QStringLiteral("PUBLIC_KEY_NOT_FOUND"));
}

HttpReply apiKeyExpired() {
    return make(401, kGrpcUnauthenticated, QStringLiteral("expired api key"),
                QStringLiteral("API_KEY_EXPIRED"));
}

HttpReply notAuthorized() {
    return make(403, kGrpcPermissionDenied, QStringLiteral("request not authorized"),
                QStringLiteral("REQUEST_NOT_AUTHORIZED"));
}

HttpReply badRequest(const QString& message) {
    return make(400, kGrpcInvalidArgument, message);
}

HttpReply notFound(const QString& message) {
    return make(404, kGrpcNotFound, message);
}

HttpReply methodNotAllowed() {
    return make(405, kGrpcUnimplemented,
                QStringLiteral("method not allowed: the public API only accepts POST"));
}

int grpcCodeForHttpStatus(int httpStatus) {
    switch (httpStatus) {
    case 400:
        return kGrpcInvalidArgument;
    case 401:
        return kGrpcUnauthenticated;
    case 403:
        return kGrpcPermissionDenied;
    case 404:
        return kGrpcNotFound;
    case 429:
        return kGrpcResourceExhausted;
    case 501:
        return kGrpcUnimplemented;
    case 502:
    case 503:
    case 504:
        return kGrpcUnavailable;
    default:
        return kGrpcInternal;
    }
}

HttpReply injected(int httpStatus) {
    return make(httpStatus, grpcCodeForHttpStatus(httpStatus),
                QStringLiteral("injected fault: HTTP %1 from the devserver").arg(httpStatus));
}

} // namespace ws::devserver::errors
