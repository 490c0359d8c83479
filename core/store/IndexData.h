#pragma once

#include "RecordMap.h"
#include "Result.h"
#include "token/SessionToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <chrono>
#include <map>
#include <memory>

namespace ws {

// The state of a keychain entry the app owns (docs/architecture.md, "The invariant that keeps data safe").
enum class KeyState {
    Pending, // recorded; the keychain entry may or may not exist yet; no session uses it
    Live,    // a session (or a remembered API key) uses it
    Doomed,  // to be deleted from the keychain; dropped from the index once that succeeded
};
enum class KeyKind { Session, ApiKey };
// Where the private key is: the keychain entry holds either the key itself or, for a key made inside
// the TPM, its TPM-wrapped blob (a `TSS2 PRIVATE KEY` PEM, useless on any other TPM).
enum class KeyStoreKind { Keychain, Tpm };

struct KeyRecord {
    QString publicKey; // compressed hex; also the map key
    KeyState state = KeyState::Pending;
    KeyKind kind = KeyKind::Session;
    QDateTime createdAt;
    QString organizationId; // for remembered API keys: the organization they belong to
    // A held key is kept until the user deletes it (`keys delete`): no recovery sweep and no
    // `keys clean` ever touches it. Keys whose session may still exist somewhere are held: those of
    // sessions a damaged index lost, and live keys no session record points at any more.
    bool held = false;
    QString heldReason; // why it is held, for `keys list` (for example where the damaged index went)
    KeyStoreKind store = KeyStoreKind::Keychain; // known without the keychain, so `list` works without a TPM
};

// Which process is working on a session right now (a clear with server revocation), so that another
// process's recovery does not finish or undo what a live process is still doing.
struct SessionLease {
    qint64 pid = 0; // 0: no lease
    QString host;   // QSysInfo::machineHostName() of the owner: a PID means nothing on another host
    QDateTime since;
    bool isSet() const { return pid != 0; }
};

enum class ServerState {
    Unknown,  // not checked
    Alive,    // whoami or a refresh succeeded recently
    Revoked,  // the server no longer knows the key (SESSION_EXPIRED from whoami/refresh)
    Revoking, // a clear with server revocation started: once the server may have deleted the key the
              // session is unusable, so recovery finishes the clear instead of keeping a dead session
};

struct SessionRecord {
    QString sessionKey;         // the label; also the map key
    SessionToken token;         // raw JWT + decoded claims
    qint64 lifetimeSeconds = 0; // the requested expirationSeconds, reused by refresh
    QDateTime createdAt;
    QDateTime refreshedAt; // invalid until the first refresh
    bool autoRefresh = true;
    ServerState serverState = ServerState::Unknown;
    QString lastError;  // last failed operation's message, empty when the last one succeeded
    SessionLease lease; // set while a process works on the session in more than one index write
    // Display names from the server (whoami), empty until known; the IDs stay in the token's claims.
    QString username;
    QString organizationName;
    // How the session was created, as SignInMethod::toStored() writes it (core/session/SignInMethod.h);
    // empty when unknown. Sign in again offers the same way.
    QString signInMethod;
};

class KeyUsers;

struct IndexData {
    static constexpr int kVersion = 1;
    int version = kVersion;
    QString activeSessionKey; // empty when none
    RecordMap<SessionRecord> sessions;
    RecordMap<KeyRecord> keys;
    // Which sessions use which public key, exact for every session row not named since
    // sessions.markIndexed(); null until an owner builds it (IndexStore does for every snapshot it
    // publishes). Only makes sessionUsingKey faster: without it, or after a change that named every
    // row, that is a pass over the sessions.
    std::shared_ptr<const KeyUsers> keyUsers;

    const SessionRecord* findSession(const QString& sessionKey) const;
    SessionRecord* findSession(const QString& sessionKey);
    // The session whose token's public_key is `publicKey`, or nullptr (of several, the first label).
    const SessionRecord* sessionUsingKey(const QString& publicKey) const;
    // Every public key some session's token names: one pass, for loops over all keys that would
    // otherwise call sessionUsingKey (a scan of the sessions) once per key.
    QSet<QString> publicKeysInUse() const;
};

// sessions.json <-> IndexData. parse() is strict about structure (the file is ours) and never
// crashes on any input; errors name the offending field. serialize() output parses back equal.
// Errors: CORRUPT_INDEX for a damaged or malformed file; STORAGE for a file written by a newer
// version of the app (it must be left alone, not repaired).
Result<IndexData> parseIndex(QByteArrayView json);
QByteArray serializeIndex(const IndexData& data);

// The consistency rules parse() enforces beyond the JSON shape (the active session exists, every
// label and public key is well formed). update() checks them before writing.
Result<void> validateIndex(const IndexData& data);

// Best effort over a damaged file, keeping everything that might still matter (issue 12: nothing
// automatic may delete a keychain entry whose session might still exist):
// - every session entry whose token still decodes, each unreadable field given a safe default;
// - session tokens still legible anywhere in the raw text (a `sessions` structure lost or cut short),
//   restored as sessions under their old label when it is readable and free, else
//   `restored-<first 8 hex of the public key>`;
// - every key record that can still be found, even in a truncated file; a key some session uses is
//   Live, and every other one that is not Doomed is held with `heldReason` (its session may be in the
//   damaged file: only the user may delete it).
// A file that parses strictly comes back unchanged. Never fails; an unreadable file yields an empty
// index. Time and memory are linear in the input's size (see salvageWorkLimit()).
struct SalvageResult {
    IndexData data;
    int droppedSessions = 0;  // session entries that were present but whose token could not be read
    int restoredSessions = 0; // sessions recovered from the raw text, not from the `sessions` object
    int heldKeys = 0;         // key records held because no surviving session uses them
    // Bytes the truncation repair scanned, copied and handed to the JSON parser: never more than
    // salvageWorkLimit(input size). Tests and the fuzzer check it instead of timing.
    qint64 repairWork = 0;
};
SalvageResult salvageIndex(QByteArrayView json, const QString& heldReason);

// The work bound of salvageIndex() for an input of `inputBytes`: a few passes over the input, plus a
// fixed allowance so that a small file still gets every repair attempt.
constexpr qint64 salvageWorkLimit(qint64 inputBytes) {
    return 8 * inputBytes + 16 * 1024 * 1024;
}

// A lease for this process, taken now.
SessionLease currentProcessLease(const QDateTime& now);
// True while the lease's owner may still be working: the owning process is alive on this host (or the
// lease was taken on another host) and the lease is younger than `maxAge`. An expired lease means the
// owner died or hung, and recovery may finish its work.
bool leaseIsHeld(const SessionLease& lease, const QDateTime& now, std::chrono::seconds maxAge);

QString keyStateName(KeyState state);
// "tpm" or "keychain", as the index, `list --json` and `--key-store` spell it.
QString keyStoreName(KeyStoreKind store);
QString serverStateName(ServerState state);

} // namespace ws
