#include "ExitCodes.h"

#include <QCoreApplication>

namespace ws::cli {

int exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
    case ErrorCode::NoSessionFound:
        return kExitNotFound;
    case ErrorCode::SessionExpired:
    case ErrorCode::Unauthorized:
    case ErrorCode::InvalidOtpCode: // a wrong or expired one-time code
    case ErrorCode::OtpExpired:
    case ErrorCode::PinRequired: // a security key's PIN was needed and none could be asked for
        return kExitUnauthorized;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::ServerError:
    case ErrorCode::RateLimited:
        return kExitNetwork;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainDenied:
        return kExitKeychain;
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
    case ErrorCode::BadResponse:
    case ErrorCode::ActivityFailed:
    case ErrorCode::Cancelled:
    case ErrorCode::Storage:
    case ErrorCode::CorruptIndex:
    case ErrorCode::Busy:
    case ErrorCode::NotSupported:
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
    case ErrorCode::MaxOtpInitiated: // not a network problem: retrying at once does not help
    case ErrorCode::AccountChoiceNeeded:
        break;
    }
    return kExitError;
}

QString exitCodeHelp() {
    return QCoreApplication::translate(
        "ws", "Exit codes:\n"
              "  0  success\n"
              "  1  error\n"
              "  2  usage (bad command line)\n"
              "  3  session not found; no account for the contact (login --create-account) or for\n"
              "     the OpenID identity (login --oauth)\n"
              "  4  session expired or unauthorized; a wrong or expired one-time code; an id_token\n"
              "     refused (login --oauth)\n"
              "  5  network error or timeout\n"
              "  6  key store unavailable (keychain or TPM 2.0)\n");
}

} // namespace ws::cli
