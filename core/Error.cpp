#include "Error.h"

#include "Text.h"

namespace ws {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("INVALID_INPUT");
    case ErrorCode::PinRequired:
        return QStringLiteral("PIN_REQUIRED");
    case ErrorCode::AccountChoiceNeeded:
        return QStringLiteral("ACCOUNT_CHOICE_NEEDED");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::NoSessionFound:
        return QStringLiteral("NO_SESSION_FOUND");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("ALREADY_EXISTS");
    case ErrorCode::SessionExpired:
        return QStringLiteral("SESSION_EXPIRED");
    case ErrorCode::Unauthorized:
        return QStringLiteral("UNAUTHORIZED");
    case ErrorCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case ErrorCode::BadResponse:
        return QStringLiteral("BAD_RESPONSE");
    case ErrorCode::ServerError:
        return QStringLiteral("SERVER_ERROR");
    case ErrorCode::ActivityFailed:
        return QStringLiteral("ACTIVITY_FAILED");
    case ErrorCode::Network:
        return QStringLiteral("NETWORK");
    case ErrorCode::Timeout:
        return QStringLiteral("TIMEOUT");
    case ErrorCode::Cancelled:
        return QStringLiteral("CANCELLED");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("KEYCHAIN_UNAVAILABLE");
    case ErrorCode::KeychainDenied:
        return QStringLiteral("KEYCHAIN_DENIED");
    case ErrorCode::Storage:
        return QStringLiteral("STORAGE");
    case ErrorCode::CorruptIndex:
        return QStringLiteral("CORRUPT_INDEX");
    case ErrorCode::Busy:
        return QStringLiteral("BUSY");
    case ErrorCode::NotSupported:
        return QStringLiteral("NOT_SUPPORTED");
    case ErrorCode::Crypto:
        return QStringLiteral("CRYPTO");
    case ErrorCode::Internal:
        return QStringLiteral("INTERNAL");
    case ErrorCode::InvalidOtpCode:
        return QStringLiteral("INVALID_OTP_CODE");
    case ErrorCode::OtpExpired:
        return QStringLiteral("OTP_EXPIRED");
    case ErrorCode::MaxOtpInitiated:
        return QStringLiteral("MAX_OTP_INITIATED_ERROR");
    }
    return QStringLiteral("INTERNAL");
}

QString Error::toString() const {
    return errorCodeName(code) + QStringLiteral(": ") + message;
}

QStringList Error::technicalDetails() const {
    QStringList lines{Text::tr("Error: %1").arg(errorCodeName(code))};
    if (!serverMessage.isEmpty())
        lines << Text::tr("Server said: %1").arg(serverMessage);
    if (httpStatus > 0)
        lines << Text::tr("HTTP status: %1").arg(httpStatus);
    if (!turnkeyErrorCodes.isEmpty())
        lines << Text::tr("Turnkey error codes: %1").arg(turnkeyErrorCodes.join(QStringLiteral(", ")));
    return lines;
}

Error Error::withContext(const QString& context) const {
    Error e = *this;
    e.message = context + QStringLiteral(": ") + message;
    return e;
}

} // namespace ws
