#pragma once

#include "Result.h"
#include "token/SessionToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <map>

namespace ws {

// The state of a keychain entry the app owns (design.md, "The invariant that keeps data safe").
enum class KeyState {
    Pending, // recorded; the keychain entry may or may not exist yet; no session uses it
    Live,    // a session (or a remembered API key) uses it
    Doomed,  // to be deleted from the keychain; dropped from the index once that succeeded
};
enum class KeyKind { Session, ApiKey };

struct KeyRecord {
    QString publicKey; // compressed hex; also the map key
    KeyState state = KeyState::Pending;
    KeyKind kind = KeyKind::Session;
    QDateTime createdAt;
    QString organizationId; // for remembered API keys: the organization they belong to
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
    QString lastError; // last failed operation's message, empty when the last one succeeded
};

struct IndexData {
    static constexpr int kVersion = 1;
    int version = kVersion;
    QString activeSessionKey; // empty when none
    std::map<QString, SessionRecord> sessions;
    std::map<QString, KeyRecord> keys;

    const SessionRecord* findSession(const QString& sessionKey) const;
    SessionRecord* findSession(const QString& sessionKey);
    // The session whose token's public_key is `publicKey`, or nullptr.
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

// Best effort over a damaged file: every session entry that still parses, and every key record that
// can still be found, even in a truncated file (a forgotten key record would leave its keychain
// entry behind forever). Never fails; an unreadable file yields an empty index.
struct SalvageResult {
    IndexData data;
    int droppedSessions = 0; // session entries that were present but unusable
};
SalvageResult salvageIndex(QByteArrayView json);

QString keyStateName(KeyState state);
QString serverStateName(ServerState state);

} // namespace ws
