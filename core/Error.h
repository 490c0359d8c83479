#pragma once

#include <QString>
#include <QStringList>

namespace ws {

// Machine-readable error codes. Where Turnkey's SDK has a code for the same situation
// (TurnkeyErrorCodes), the name matches it so scripts can branch on familiar strings.
enum class ErrorCode {
    InvalidInput,        // the caller passed something malformed (bad hex, bad label, bad token)
    NotFound,            // no such session / key / entry
    NoSessionFound,      // an operation needed a session (e.g. the active one) and there is none
    AlreadyExists,       // refusing to overwrite without being asked to
    SessionExpired,      // the server no longer knows the session's key, or the key expired
    Unauthorized,        // 401/403 that is not a session expiry (bad signature, not authorized)
    RateLimited,         // HTTP 429
    BadResponse,         // the server answered, but not with what the protocol says
    ServerError,         // HTTP 5xx after retries
    ActivityFailed,      // activity ended FAILED / REJECTED / CONSENSUS_NEEDED / AUTHENTICATORS_NEEDED
    Network,             // connection refused, reset, DNS, TLS failure
    Timeout,             // inactivity timeout or overall deadline
    Cancelled,           // the user cancelled
    KeychainUnavailable, // no usable secret store (no Secret Service, locked, watchdog fired)
    KeychainDenied,      // the user refused the unlock prompt / access denied
    Storage,             // the index could not be read or written (disk full, read-only, permissions)
    CorruptIndex,        // the index file was unreadable; it was moved aside
    Busy,                // another process holds the index lock for too long
    NotSupported,        // e.g. passkey or wallet stamping on the desktop
    Crypto,              // OpenSSL failed where it should not
    Internal,            // a bug: an invariant did not hold
    InvalidOtpCode,      // a one-time code that is wrong (the user may try again)
    OtpExpired,          // a one-time code that expired or was used up by wrong attempts: request a new one
    MaxOtpInitiated,     // too many one-time codes requested for a contact: wait, then retry
    PinRequired,         // the security key asks for its PIN: ask the user, then try again with it
    AccountChoiceNeeded, // the security key holds passkeys for several accounts: Error::choices names them
};

// "SESSION_EXPIRED", "KEYCHAIN_UNAVAILABLE", ...
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;               // human readable, already says what went wrong and what was affected
    int httpStatus = 0;            // when the error came from an HTTP reply
    QStringList turnkeyErrorCodes; // details[].turnkeyErrorCode from a Turnkey error body
    QString serverMessage;         // the server's own message, verbatim
    QStringList choices;           // ACCOUNT_CHOICE_NEEDED: what the user may choose from

    Error() = default;
    Error(ErrorCode c, QString msg)
        : code(c)
        , message(std::move(msg)) {}

    // "KEYCHAIN_UNAVAILABLE: no Secret Service is running"
    QString toString() const;
    // Same error with context prepended to the message: "refreshing 'work': <message>".
    Error withContext(const QString& context) const;
    // The technical chain kept out of the one-sentence message: the code, the server's own words, the
    // HTTP status, Turnkey's error codes. For the window's "Show Details…" and the CLI's --verbose.
    QStringList technicalDetails() const;
};

} // namespace ws
