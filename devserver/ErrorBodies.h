#pragma once

#include <QByteArray>
#include <QString>

namespace ws::devserver {

// What the server sends back for one request. `drop` closes the connection without a response.
struct HttpReply {
    int status = 200;
    QByteArray body;
    bool drop = false;
};

// Turnkey's error bodies: gRPC status JSON {"code","message","details":[TurnkeyErrorDetail]}.
namespace errors {

inline constexpr int kGrpcInvalidArgument = 3;
inline constexpr int kGrpcNotFound = 5;
inline constexpr int kGrpcPermissionDenied = 7;
inline constexpr int kGrpcResourceExhausted = 8;
inline constexpr int kGrpcUnimplemented = 12;
inline constexpr int kGrpcInternal = 13;
inline constexpr int kGrpcUnavailable = 14;
inline constexpr int kGrpcUnauthenticated = 16;

HttpReply make(int httpStatus, int grpcCode, const QString& message, const QString& turnkeyErrorCode = {});

HttpReply missingStamp();
HttpReply malformedStamp();
HttpReply signatureInvalid();
HttpReply publicKeyNotFound();
HttpReply apiKeyExpired();
HttpReply notAuthorized();
HttpReply badRequest(const QString& message);
HttpReply notFound(const QString& message);
HttpReply methodNotAllowed();
// The body used when a fault asks for a status without giving a body.
HttpReply injected(int httpStatus);

// The gRPC code Turnkey's gateway pairs with an HTTP status.
int grpcCodeForHttpStatus(int httpStatus);

} // namespace errors
} // namespace ws::devserver
