#pragma once

#include "AttestationSource.h"
#include "KeyQueries.h"
#include "SessionSigner.h"
#include "SessionTypes.h"
#include "SignInHandle.h"
#include "api/ApiTypes.h"
#include "api/WalletTypes.h"
#include "store/SessionOrder.h"

#include <QObject>
#include <QSet>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ws {

class BatchJob;
class Clock;
class SecretStore;
class SessionIndex;
class TurnkeyClient;

// The SDK-parity session operations, with the departures listed in docs/protocol.md §6.
// Services come in through the constructor; the manager owns none of them. All mutating
// operations are asynchronous (keychain and network), complete exactly once through their callback
// and keep the crash-safety invariant: a keychain entry is recorded before it is created and dropped
// from the index only after it is deleted.
class SessionManager : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::chrono::seconds pendingGracePeriod{
            std::chrono::minutes(10)}; // unused pending keys younger than this are kept
        int maxConcurrentRefreshes = 8;
        QByteArray notarizerPublicKeyHex; // empty: Turnkey's production notarizer key
    };

    // `api` may be null for offline use (then online operations fail with NOT_SUPPORTED).
    SessionManager(SessionIndex& index, SecretStore& secrets, TurnkeyClient* api, const Clock& clock,
                   Options options, QObject* parent = nullptr);
    ~SessionManager() override;

    // ---- queries (synchronous; read the index snapshot) ----
    Result<SessionInfo>
    getSession(const QString& sessionKey = {}) const; // empty: active; NO_SESSION_FOUND/NOT_FOUND
    // Expired included, sorted by key. Checking a JWT signature is an ECDSA verify (~70 µs), most
    // of a second for 10 000 sessions: views that show the verdict one session at a time (through
    // getSession) list with Skip, which leaves signatureVerified false.
    enum class SignatureCheck { Verify, Skip };
    QList<SessionInfo> getAllSessions(SignatureCheck check = SignatureCheck::Verify) const;
    QString getActiveSessionKey() const; // empty when none
    // The `limit` most urgent sessions, described: the active one first, then the soonest to expire
    // (ties by key). A menu shows a handful of ten thousand sessions without describing the others.
    QList<SessionInfo> getMostUrgentSessions(int limit) const;
    // Every stored session's record in key order, undescribed: for a pass that needs a field or two of
    // each (the tray's count of expiring sessions) and must not build a SessionInfo per session.
    void forEachSessionRecord(const std::function<void(const SessionRecord&)>& visit) const;
    int sessionCount() const;
    // Before the index has been opened: the first `limit` sessions in `order`, described, read straight
    // from the database, for a window whose first paint must not wait for ten thousand sessions to
    // load (issue 14). NOT_FOUND when only open() can say what the index holds (no database yet, a
    // sessions.json to import): open first then.
    Result<QList<SessionInfo>> previewSessions(SessionOrder order, int limit) const;
    // Held keys a refresh can move a session onto (RefreshRequest::publicKey), oldest first.
    QList<KeyPairInfo> heldRefreshTargets() const;
    // API keys remembered for the organization, which can sign a refresh (StampWith::RememberedApiKey)
    // and so renew an expired session without a new log-in.
    QList<KeyPairInfo> rememberedApiKeys(const QString& organizationId) const;
    QList<KeyPairInfo> allRememberedApiKeys() const; // every organization's, oldest first
    // NOT_FOUND for an unknown key. Written on the index's writer thread: a contended index lock
    // never blocks the caller's thread.
    void setActiveSession(const QString& sessionKey, QObject* context, Callback<void> done);
    bool isRefreshing(const QString& sessionKey) const;
    const Clock& clock() const { return m_clock; }

    // ---- offline operations ----
    void createApiKeyPair(QObject* context, Callback<QString> done); // yields the compressed public key
    // `keys generate`: a key pair made ahead and kept until the user uses it (`refresh --public-key`,
    // registering it with Turnkey as an API key) or deletes it (`keys delete`). Unlike
    // createApiKeyPair()'s pending key, which the grace period ends, it is a held key: no recovery and
    // no `keys clean` touches it. Recorded before the keychain write, as every key; a crash before it
    // is marked held leaves a pending key that the next recovery removes after the grace period.
    void generateKeyPair(KeyStoreKind store, QObject* context, Callback<QString> done);
    // `keys import`: an existing private key (64 hex digits, an API key's) kept as a held key, in the
    // keychain or moved into the TPM (TPM2_Import: from then on it exists only there and in whatever copy
    // the user keeps). ALREADY_EXISTS when the app already has that key; INVALID_INPUT for a malformed one.
    void importKeyPair(std::shared_ptr<const SecureBytes> privateKeyHex, KeyStoreKind store, QObject* context,
                       Callback<QString> done);
    void deleteApiKeyPair(const QString& publicKey, QObject* context, Callback<void> done);
    void storeSession(const QByteArray& token, const QString& sessionKey, StoreOptions options,
                      QObject* context, Callback<void> done);
    void clearSession(const QString& sessionKey, ClearOptions options, QObject* context, Callback<void> done);
    // The SDK-parity form of clearAll(): the job's report and progress through callbacks.
    void clearAllSessions(ClearOptions options, QObject* context, Callback<BatchReport> done,
                          std::function<void(BatchProgress)> progress = {});
    void logout(const QString& sessionKey, ClearOptions options, QObject* context,
                Callback<void> done); // empty: active
    void clearUnusedKeyPairs(QObject* context, Callback<CleanupReport> done);
    // Start-up recovery: finish interrupted refreshes and deletions (doomed keys, stale pending keys).
    void recover(QObject* context, Callback<CleanupReport> done);
    void setAutoRefresh(const QString& sessionKey, bool enabled, QObject* context, Callback<void> done);

    // ---- online operations ----
    void loginWithApiKey(LoginRequest request, QObject* context,
                         Callback<QString> done); // yields the session key
    // Sign in without an API key: a new session key (recorded, then written to the keychain), which
    // `source` gets attested (one-time code, OpenID), then stamp_login with the X-Stamp-Attested stamp and
    // the session stored. Any failure, or handle.cancel(), destroys the new key and its record. Yields
    // the session key.
    SignInHandle signIn(SignInRequest request, std::shared_ptr<AttestationSource> source, QObject* context,
                        Callback<QString> done);
    void refreshSession(RefreshRequest request, QObject* context, Callback<SessionInfo> done);
    // The SDK-parity form of refreshAll(): the job's report and progress through callbacks.
    void refreshAllSessions(QObject* context, Callback<BatchReport> done,
                            std::function<void(BatchProgress)> progress = {});
    void verifySession(const QString& sessionKey, QObject* context, Callback<WhoamiInfo> done);
    // What the session opens: its organization's wallets, each with its accounts, stamped with the
    // session's own key (empty key: the active session). Cached for the session's lifetime: answered
    // from the cache until the session gets a new key (a refresh) unless `reload`.
    void getWallets(const QString& sessionKey, bool reload, QObject* context,
                    Callback<QList<WalletInfo>> done);
    // The session's current key from the keychain (empty key: the active session), for a front end
    // that stamps requests itself. NO_SESSION_FOUND/NOT_FOUND, SESSION_EXPIRED, keychain errors.
    void loadSessionSigner(const QString& sessionKey, QObject* context, Callback<SessionSigner> done);

    // ---- batch operations: the one implementation the window, the tray and the CLI all use ----
    // Each returns a running BatchJob, a child of `context` (the manager when null). Refresh skips
    // expired and revoked sessions (reported as Skipped); clear includes them.
    BatchJob* refreshAll(BatchRefreshOptions options, QObject* context);
    BatchJob* refreshSessions(const QStringList& sessionKeys, BatchRefreshOptions options, QObject* context);
    BatchJob* clearAll(ClearOptions options, QObject* context);
    BatchJob* clearSessions(const QStringList& sessionKeys, ClearOptions options, QObject* context);

    // ---- for front ends that must not touch the keychain or the API themselves ----
    // Whether new sessions can be stored (false when the keychain is known to be unusable), and a
    // one-line description of the keychain in use; keychainChanged() when either may have changed.
    bool canStoreKeys() const;
    QString keychainDescription() const;
    // The private key must derive the given compressed public key (hex): checked before a login.
    static Result<void> checkApiKeyPair(QByteArrayView publicKeyHex, QByteArrayView privateKeyHex);

Q_SIGNALS:
    void sessionsChanged(); // anything in the index changed (also by another process)
    void refreshStateChanged(const QString& sessionKey, bool refreshing);
    void sessionRevoked(const QString& sessionKey); // the server no longer knows this session's key
    void keychainChanged();

private:
    void holdNewKey(const Result<QString>& created, const QString& reason,
                    const std::function<void(Result<QString>)>& reply);
    BatchJob* newJob(std::optional<QStringList> sessionKeys, QObject* context);

    class Impl;
    std::unique_ptr<Impl> d;
    const Clock& m_clock;
};

} // namespace ws
