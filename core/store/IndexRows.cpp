#include "IndexRows.h"

#include "IndexDb.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ws::indexrows {

namespace {

QVariant timeValue(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, so an empty one binds as ''.
QVariant text(const QString& value) {
    static const QString empty = QStringLiteral("");
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

QDateTime timeFrom(const QVariant& value) {
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ServerState serverStateFrom(const QString& name) {
    if (name == QLatin1String("alive"))
        return ServerState::Alive;
    if (name == QLatin1String("revoked"))
        return ServerState::Revoked;
    if (name == QLatin1String("revoking"))
        return ServerState::Revoking;
    return ServerState::Unknown;
}

KeyState keyStateFrom(const QString& name) {
    if (name == QLatin1String("live"))
        return KeyState::Live;
    if (name == QLatin1String("doomed"))
        return KeyState::Doomed;
    return KeyState::Pending;
}

// The texts many rows repeat, loaded once: an organization's ID and name, the session type, a user's
// ID, and the public key that both a session and its key record name. Each row's copy shares the first
// one's string, so 10 000 sessions of one organization hold one copy of its ID, not 10 000 (issue 14:
// idle memory at 10 000 sessions). Lives for one load; the records keep what they share.
class SharedTexts {
public:
    QString operator()(QString text) {
        if (text.isEmpty())
            return text;
        if (const auto known = m_texts.constFind(text); known != m_texts.cend())
            return *known;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

const QString kSessionColumns = QStringLiteral(
    "session_key, token, exp, public_key, session_type, user_id, organization_id, session_profile_id, scope, "
    "lifetime_seconds, created_at, refreshed_at, auto_refresh, server_state, last_error, lease_pid, "
    "lease_host, lease_since, username, organization_name, sign_in_method");
const QString kKeyColumns =
    QStringLiteral("public_key, state, kind, created_at, organization_id, held, held_reason, key_store");

SessionRecord sessionFrom(const QSqlQuery& q, SharedTexts& shared) {
    SessionRecord s;
    s.sessionKey = q.value(0).toString();
    s.token.raw = q.value(1).toString().toLatin1();
    s.token.claims.exp = q.value(2).toLongLong();
    s.token.claims.publicKey = shared(q.value(3).toString());
    s.token.claims.sessionType = shared(q.value(4).toString());
    s.token.claims.userId = shared(q.value(5).toString());
    s.token.claims.organizationId = shared(q.value(6).toString());
    s.token.claims.sessionProfileId = shared(q.value(7).toString());
    s.token.claims.scope = shared(q.value(8).toString());
    s.lifetimeSeconds = q.value(9).toLongLong();
    s.createdAt = timeFrom(q.value(10));
    s.refreshedAt = timeFrom(q.value(11));
    s.autoRefresh = q.value(12).toLongLong() != 0;
    s.serverState = serverStateFrom(q.value(13).toString());
    s.lastError = shared(q.value(14).toString());
    s.lease.pid = q.value(15).toLongLong();
    s.lease.host = shared(q.value(16).toString());
    s.lease.since = timeFrom(q.value(17));
    s.username = shared(q.value(18).toString());
    s.organizationName = shared(q.value(19).toString());
    s.signInMethod = shared(q.value(20).toString());
    return s;
}

QVariantList sessionValues(const QString& label, const SessionRecord& s) {
    const SessionClaims& c = s.token.claims;
    return {text(label),
            text(QString::fromLatin1(s.token.raw)),
            c.exp,
            text(c.publicKey),
            text(c.sessionType),
            text(c.userId),
            text(c.organizationId),
            text(c.sessionProfileId),
            text(c.scope),
            s.lifetimeSeconds,
            timeValue(s.createdAt),
            timeValue(s.refreshedAt),
            qint64(s.autoRefresh ? 1 : 0),
            serverStateName(s.serverState),
            text(s.lastError),
            s.lease.pid,
            text(s.lease.host),
            timeValue(s.lease.since),
            text(s.username),
            text(s.organizationName),
            text(s.signInMethod)};
}

KeyRecord keyFrom(const QSqlQuery& q, SharedTexts& shared) {
    KeyRecord k;
    k.publicKey = shared(q.value(0).toString());
    k.state = keyStateFrom(q.value(1).toString());
    k.kind = q.value(2).toString() == QLatin1String("api") ? KeyKind::ApiKey : KeyKind::Session;
    k.createdAt = timeFrom(q.value(3));
    k.organizationId = shared(q.value(4).toString());
    k.held = q.value(5).toLongLong() != 0;
    k.heldReason = shared(q.value(6).toString());
    k.store = q.value(7).toString() == QLatin1String("tpm") ? KeyStoreKind::Tpm : KeyStoreKind::Keychain;
    return k;
}

QVariantList keyValues(const QString& publicKey, const KeyRecord& k) {
    return {text(publicKey),
            keyStateName(k.state),
            k.kind == KeyKind::ApiKey ? QStringLiteral("api") : QStringLiteral("session"),
            timeValue(k.createdAt),
            text(k.organizationId),
            qint64(k.held ? 1 : 0),
            text(k.heldReason),
            keyStoreName(k.store)};
}

// Equal, with the common case first: a record copied unchanged shares its strings with the original.
template <typename T>
bool same(const T& a, const T& b) {
    return a.isSharedWith(b) || a == b;
}

bool sameClaims(const SessionClaims& a, const SessionClaims& b) {
    return a.exp == b.exp && same(a.publicKey, b.publicKey) && same(a.sessionType, b.sessionType) &&
           same(a.userId, b.userId) && same(a.organizationId, b.organizationId) &&
           same(a.sessionProfileId, b.sessionProfileId) && same(a.scope, b.scope);
}

bool sameSession(const SessionRecord& a, const SessionRecord& b) {
    return same(a.token.raw, b.token.raw) && sameClaims(a.token.claims, b.token.claims) &&
           a.lifetimeSeconds == b.lifetimeSeconds && a.createdAt == b.createdAt &&
           a.refreshedAt == b.refreshedAt && a.autoRefresh == b.autoRefresh &&
           a.serverState == b.serverState && same(a.lastError, b.lastError) && a.lease.pid == b.lease.pid &&
           same(a.lease.host, b.lease.host) && a.lease.since == b.lease.since &&
           same(a.username, b.username) && same(a.organizationName, b.organizationName) &&
           same(a.signInMethod, b.signInMethod);
}

bool sameKey(const KeyRecord& a, const KeyRecord& b) {
    return a.state == b.state && a.kind == b.kind && a.createdAt == b.createdAt &&
           same(a.organizationId, b.organizationId) && a.held == b.held && same(a.heldReason, b.heldReason) &&
           a.store == b.store;
}

// The rows to upsert and delete to turn `before` into `after`: one pass over both sorted maps.
template <typename Record, typename Same>
void diffMaps(const std::map<QString, Record>& before, const std::map<QString, Record>& after,
              Same sameRecord, std::vector<const std::pair<const QString, Record>*>& upserts,
              QStringList& deletes) {
    auto b = before.begin();
    auto a = after.begin();
    while (b != before.end() || a != after.end()) {
        if (a != after.end() && b != before.end() && same(a->first, b->first)) {
            // The common case, so first: the same key, usually the very same string.
            if (!sameRecord(a->second, b->second))
                upserts.push_back(&*a);
            ++a;
            ++b;
        } else if (a == after.end() || (b != before.end() && b->first < a->first)) {
            deletes << b->first;
            ++b;
        } else {
            upserts.push_back(&*a);
            ++a;
        }
    }
}

// The same for the rows `after` names (RecordMap::touched()), in key order: one lookup in each map per
// named row, whatever the size of the maps.
template <typename Record, typename Same>
void diffNamed(const RecordMap<Record>& before, const RecordMap<Record>& after, Same sameRecord,
               std::vector<const std::pair<const QString, Record>*>& upserts, QStringList& deletes) {
    QStringList named(after.touched().begin(), after.touched().end());
    named.sort();
    for (const QString& key : std::as_const(named)) {
        const auto b = before.find(key);
        const auto a = after.find(key);
        if (a == after.end()) {
            if (b != before.end())
                deletes << key;
        } else if (b == before.end() || !sameRecord(a->second, b->second)) {
            upserts.push_back(&*a);
        }
    }
}

QString placeholders(int n) {
    QString out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

Result<void> setMeta(IndexDb& db, const QString& key, const QVariant& value) {
    QSqlQuery query(*db.connection());
    return db.exec(query, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                   {key, value});
}

} // namespace

Result<qint64> readCounter(IndexDb& db) {
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    QSqlQuery query(*connection);
    query.setForwardOnly(true);
    if (auto run = db.exec(query, QStringLiteral("SELECT value FROM meta WHERE key = 'change_counter'"));
        !run)
        return run.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

Result<void> loadInto(IndexDb& db, Loaded& out, bool tolerant) {
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    QSqlQuery query(*connection);
    query.setForwardOnly(true);
    SharedTexts shared;
    if (auto run = db.exec(query, QStringLiteral("SELECT key, value FROM meta")); !run) {
        if (!tolerant)
            return run;
    } else {
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (key == QLatin1String("change_counter"))
                out.counter = query.value(1).toLongLong();
            else if (key == QLatin1String("active_session"))
                out.data.activeSessionKey = query.value(1).toString();
        }
        if (!tolerant && query.lastError().isValid())
            return db.mapError(query.lastError(), QStringLiteral("meta"));
    }
    query.finish();
    if (auto run = db.exec(query, QStringLiteral("SELECT %1 FROM sessions").arg(kSessionColumns)); !run) {
        if (!tolerant)
            return run;
    } else {
        auto hint = out.data.sessions.end();
        while (query.next()) {
            SessionRecord s = sessionFrom(query, shared);
            QString key = s.sessionKey;
            hint = out.data.sessions.emplace_hint(hint, std::move(key), std::move(s));
        }
        if (!tolerant && query.lastError().isValid())
            return db.mapError(query.lastError(), QStringLiteral("sessions"));
    }
    query.finish();
    if (auto run = db.exec(query, QStringLiteral("SELECT %1 FROM key_records").arg(kKeyColumns)); !run) {
        if (!tolerant)
            return run;
    } else {
        auto hint = out.data.keys.end();
        while (query.next()) {
            KeyRecord k = keyFrom(query, shared);
            QString key = k.publicKey;
            hint = out.data.keys.emplace_hint(hint, std::move(key), std::move(k));
        }
        if (!tolerant && query.lastError().isValid())
            return db.mapError(query.lastError(), QStringLiteral("key_records"));
    }
    if (!out.data.activeSessionKey.isEmpty() && !out.data.findSession(out.data.activeSessionKey))
        out.data.activeSessionKey.clear();
    return {};
}

} // namespace

Result<Loaded> loadAll(IndexDb& db) {
    Loaded out;
    if (auto loaded = loadInto(db, out, false); !loaded)
        return loaded.error();
    return out;
}

Result<FirstSessions> loadFirst(IndexDb& db, SessionOrder order, int limit) {
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    // The table's comparison of the column, then its tie-break: the session key in UTF-16 order.
    QString byColumn;
    switch (order.by) {
    case SessionOrder::By::SessionKey:
        byColumn = QStringLiteral("session_key COLLATE ws_locale");
        break;
    case SessionOrder::By::Expiry:
        byColumn = QStringLiteral("exp");
        break;
    case SessionOrder::By::User:
        byColumn =
            QStringLiteral("(CASE WHEN username <> '' THEN username ELSE user_id END) COLLATE ws_locale");
        break;
    case SessionOrder::By::Organization:
        byColumn = QStringLiteral("(CASE WHEN organization_name <> '' THEN organization_name "
                                  "ELSE organization_id END) COLLATE ws_locale");
        break;
    case SessionOrder::By::ActiveFirst:
        byColumn = QStringLiteral("(CASE WHEN session_key = (SELECT value FROM meta WHERE key = "
                                  "'active_session') THEN 0 ELSE 1 END)");
        break;
    }
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QString orderBy = QStringLiteral("%1%2, session_key COLLATE ws_utf16%2").arg(byColumn, direction);
    FirstSessions first;
    IndexData& out = first.data;
    SharedTexts shared;
    QSqlQuery query(*connection);
    query.setForwardOnly(true);
    if (auto run = db.exec(query, QStringLiteral("SELECT value FROM meta WHERE key = 'active_session'"));
        !run)
        return run.error();
    if (query.next())
        out.activeSessionKey = query.value(0).toString();
    query.finish();
    if (auto run = db.exec(
            query,
            QStringLiteral("SELECT %1 FROM sessions ORDER BY %2 LIMIT ?").arg(kSessionColumns, orderBy),
            {qMax(limit, 0)});
        !run)
        return run.error();
    QStringList publicKeys;
    while (query.next()) {
        SessionRecord s = sessionFrom(query, shared);
        publicKeys << s.token.claims.publicKey;
        first.order << s.sessionKey;
        QString key = s.sessionKey;
        out.sessions.emplace(std::move(key), std::move(s));
    }
    if (query.lastError().isValid())
        return db.mapError(query.lastError(), QStringLiteral("sessions"));
    query.finish();
    if (!publicKeys.isEmpty()) {
        QVariantList values;
        for (const QString& pub : std::as_const(publicKeys))
            values << pub;
        const QString sql = QStringLiteral("SELECT %1 FROM key_records WHERE public_key IN (%2)")
                                .arg(kKeyColumns, placeholders(int(values.size())));
        if (auto run = db.exec(query, sql, values); !run)
            return run.error();
        while (query.next()) {
            KeyRecord k = keyFrom(query, shared);
            QString key = k.publicKey;
            out.keys.emplace(std::move(key), std::move(k));
        }
        if (query.lastError().isValid())
            return db.mapError(query.lastError(), QStringLiteral("key_records"));
    }
    return first;
}

IndexData salvageAll(IndexDb& db) {
    Loaded out;
    (void)loadInto(db, out, true);
    return std::move(out.data);
}

RowDiff diffRows(const IndexData& previous, const IndexData& next) {
    RowDiff diff;
    diffMaps(previous.sessions.rows(), next.sessions.rows(), sameSession, diff.sessionUpserts,
             diff.sessionDeletes);
    diffMaps(previous.keys.rows(), next.keys.rows(), sameKey, diff.keyUpserts, diff.keyDeletes);
    diff.activeChanged = previous.activeSessionKey != next.activeSessionKey;
    return diff;
}

RowDiff diffNamedRows(const IndexData& previous, const IndexData& next) {
    RowDiff diff;
    if (next.sessions.allTouched())
        diffMaps(previous.sessions.rows(), next.sessions.rows(), sameSession, diff.sessionUpserts,
                 diff.sessionDeletes);
    else
        diffNamed(previous.sessions, next.sessions, sameSession, diff.sessionUpserts, diff.sessionDeletes);
    if (next.keys.allTouched())
        diffMaps(previous.keys.rows(), next.keys.rows(), sameKey, diff.keyUpserts, diff.keyDeletes);
    else
        diffNamed(previous.keys, next.keys, sameKey, diff.keyUpserts, diff.keyDeletes);
    diff.activeChanged = previous.activeSessionKey != next.activeSessionKey;
    return diff;
}

Result<bool> writeDiff(IndexDb& db, const IndexData& previous, const IndexData& next, qint64 counter) {
    const RowDiff diff = diffRows(previous, next);
    if (diff.empty())
        return false;
    if (auto written = writeRows(db, diff, next, counter); !written)
        return written.error();
    return true;
}

Result<void> writeRows(IndexDb& db, const RowDiff& diff, const IndexData& next, qint64 counter) {
    const auto& [sessionUpserts, sessionDeletes, keyUpserts, keyDeletes, activeChanged] = diff;
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    QSqlQuery query(*connection);
    if (!sessionDeletes.isEmpty()) {
        if (!query.prepare(QStringLiteral("DELETE FROM sessions WHERE session_key = ?")))
            return db.mapError(query.lastError(), QStringLiteral("DELETE sessions"));
        for (const QString& key : std::as_const(sessionDeletes)) {
            query.bindValue(0, key);
            if (!query.exec())
                return db.mapError(query.lastError(), QStringLiteral("DELETE sessions"));
        }
    }
    if (!sessionUpserts.empty()) {
        if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions (%1) VALUES (%2)")
                               .arg(kSessionColumns, placeholders(21))))
            return db.mapError(query.lastError(), QStringLiteral("INSERT sessions"));
        for (const auto* entry : sessionUpserts) {
            const QVariantList values = sessionValues(entry->first, entry->second);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            if (!query.exec())
                return db.mapError(query.lastError(), QStringLiteral("INSERT sessions"));
        }
    }
    if (!keyDeletes.isEmpty()) {
        if (!query.prepare(QStringLiteral("DELETE FROM key_records WHERE public_key = ?")))
            return db.mapError(query.lastError(), QStringLiteral("DELETE key_records"));
        for (const QString& key : std::as_const(keyDeletes)) {
            query.bindValue(0, key);
            if (!query.exec())
                return db.mapError(query.lastError(), QStringLiteral("DELETE key_records"));
        }
    }
    if (!keyUpserts.empty()) {
        if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO key_records (%1) VALUES (%2)")
                               .arg(kKeyColumns, placeholders(8))))
            return db.mapError(query.lastError(), QStringLiteral("INSERT key_records"));
        for (const auto* entry : keyUpserts) {
            const QVariantList values = keyValues(entry->first, entry->second);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            if (!query.exec())
                return db.mapError(query.lastError(), QStringLiteral("INSERT key_records"));
        }
    }
    if (activeChanged) {
        if (next.activeSessionKey.isEmpty()) {
            if (auto run = db.exec(query, QStringLiteral("DELETE FROM meta WHERE key = 'active_session'"));
                !run)
                return run.error();
        } else if (auto set = setMeta(db, QStringLiteral("active_session"), next.activeSessionKey); !set) {
            return set.error();
        }
    }
    return setMeta(db, QStringLiteral("change_counter"), counter);
}

} // namespace ws::indexrows
