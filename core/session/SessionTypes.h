#pragma once

#include "Result.h"
#include "SignInMethod.h"
#include "crypto/SecureBytes.h"
#include "store/IndexData.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace ws {

namespace fido {
struct PasskeySigner;
}

// What callers (GUI, CLI) see of one stored session.
struct SessionInfo {
    QString sessionKey;
    bool active = false;
    SessionToken token;         // raw JWT + claims
    qint64 lifetimeSeconds = 0; // requested lifetime (reused by refresh)
    QDateTime createdAt;
    QDateTime refreshedAt; // invalid until first refreshed
    bool autoRefresh = true;
    ServerState serverState = ServerState::Unknown;
    QString lastError;
    KeyStoreKind keyStore = KeyStoreKind::Keychain; // where the session's private key is
    QString username;                               // from whoami, empty until known
    QString organizationName;                       // from whoami, empty until known
    SignInMethod signInMethod;                      // how it was created; Unknown for older sessions
    bool signatureVerified = false; // JWT signature checked against the configured notarizer key
    // Set only in what refreshSession() yields: another process refreshed this session first, so this
    // refresh stood down (its own new key revoked and destroyed) and the session is as that one left it.
    bool refreshedElsewhere = false;

    QDateTime expiresAt() const { return QDateTime::fromSecsSinceEpoch(token.claims.exp, Qt::UTC); }
    bool isExpiredAt(const QDateTime& now) const { return now.toSecsSinceEpoch() >= token.claims.exp; }
};

// A session-key label: 1-128 printable characters (no control characters). INVALID_INPUT otherwise.
Result<void> validateSessionKeyLabel(const QString& label);

inline constexpr char kDefaultSessionKey[] = "default";
inline constexpr qint64 kDefaultExpirationSeconds = 900;
inline constexpr qint64 kMinimumExpirationSeconds = 30;

struct StoreOptions {
    bool replace = false;       // overwrite an existing session under the same key
    bool makeActive = false;    // become active even if another session is active
    qint64 lifetimeSeconds = 0; // 0: taken as exp - now
    QString username;           // display names for the record (whoami); empty: unknown
    QString organizationName;
    SignInMethod signInMethod; // how the session was created (login, sign-in); Unknown for a stored token
};

struct ClearOptions {
    bool revokeOnServer = false;            // delete the session's key on the server first
    bool clearLocallyIfRevokeFails = false; // otherwise a failed revoke leaves the session in place
};

// Who signs a refresh's stamp_login. ApiKey is the SDK's name for the session's own key (the default);
// RememberedApiKey is an API key the user asked to remember at login (same organization); Passkey is a
// passkey on a FIDO2 security key (X-Stamp-WebAuthn); Wallet, the SDK's browser-wallet stamper, has no
// meaning on the desktop.
enum class StampWith { ApiKey, RememberedApiKey, Passkey, Wallet };

struct RefreshRequest {
    QString sessionKey;           // empty: the active session
    qint64 expirationSeconds = 0; // 0: the session's own lifetime, else 900
    bool invalidateExisting = false;
    QString publicKey; // a held key (keys generate) or one from createApiKeyPair(); empty: generate one
    StampWith stampWith = StampWith::ApiKey;
    QString stampPublicKey; // RememberedApiKey: which one; empty: the session organization's only one
    // Passkey: the security key and the site its passkey is for. An empty rp id: the one the session
    // was signed in with (a security-key sign-in remembers it).
    std::shared_ptr<fido::PasskeySigner> passkey;
};

struct LoginRequest {
    QString organizationId;
    QByteArray apiPublicKey;   // compressed hex
    SecureBytes apiPrivateKey; // hex; wiped after use. Empty: an API key the app holds (a TPM key
                               // from `keys generate`/`keys import`, or a remembered one) is used
    QString sessionKey;        // empty: "default"
    qint64 expirationSeconds = kDefaultExpirationSeconds;
    bool invalidateExisting = false;
    bool rememberApiKey = false; // keep the API private key in the keychain (never anywhere else)
    // Where the session's key is made: the keychain, or inside the TPM (its refreshes stay there).
    KeyStoreKind keyStore = KeyStoreKind::Keychain;
    bool makeActive = true;
    // Sign in again: a session already named `sessionKey` is replaced once the new one is committed
    // (its key then destroyed, as `clear` does). Without it that name is refused before any work.
    bool replace = false;
};

// A sign-in by a third party's attestation (one-time code, OpenID): SessionManager::signIn().
struct SignInRequest {
    QString sessionKey; // empty: "default"
    qint64 expirationSeconds = kDefaultExpirationSeconds;
    bool invalidateExisting = false;
    KeyStoreKind keyStore = KeyStoreKind::Keychain;
    bool makeActive = true;
    bool replace = false; // as LoginRequest::replace
};

// One entry per session of a batch operation (refresh all, clear all).
struct SessionOutcome {
    // Done: the operation ran and `result` is its result. Skipped: the operation does not apply to
    // this session (refresh all: expired or revoked, it needs a new login) and `result` says why.
    // Cancelled: the batch was cancelled before this session started; it is untouched.
    enum class Status { Done, Skipped, Cancelled };

    QString sessionKey;
    Result<void> result;
    Status status = Status::Done;
    bool refreshedElsewhere = false; // refresh-all: succeeded because another process refreshed it first

    bool succeeded() const { return status == Status::Done && result.ok(); }
    bool failed() const { return status == Status::Done && !result.ok(); }
};

struct BatchReport {
    QList<SessionOutcome> outcomes; // one per session, sorted by session key
    int succeededCount() const;
    int failureCount() const; // skipped and cancelled sessions are not failures
    int skippedCount() const;
    int cancelledCount() const;
    bool allSucceeded() const { return failureCount() == 0; }
};

// Refresh all / refresh many: what every refresh of the batch asks for.
struct BatchRefreshOptions {
    qint64 expirationSeconds = 0; // 0: each session's own lifetime
};

struct CleanupReport {
    int deletedKeys = 0;        // keychain entries deleted and dropped from the index
    int completedRefreshes = 0; // interrupted operations finished
    int heldKeys = 0;           // kept because their session may still exist (see `keys list`)
    QList<Error> failures;      // entries that could not be deleted now (kept, retried later)
};

struct BatchProgress {
    int done = 0;
    int total = 0;
};

} // namespace ws
