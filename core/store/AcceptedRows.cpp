#include "AcceptedRows.h"

#include "IndexJson.h"
#include "IndexRows.h"
#include "Text.h"

#include <QCoreApplication>
#include <utility>

namespace ws {

namespace {

template <typename Record>
std::optional<Record> valueIn(const RecordMap<Record>& rows, const QString& key) {
    const auto it = rows.find(key);
    return it == rows.end() ? std::nullopt : std::optional<Record>(it->second);
}

template <typename Record>
void put(RecordMap<Record>& rows, const QString& key, const std::optional<Record>& value) {
    if (value)
        rows.insert_or_assign(key, *value);
    else
        rows.erase(key);
}

// The rows `next` named, at their values in it.
template <typename Record>
void remember(std::map<QString, std::optional<Record>>& values, const RecordMap<Record>& next) {
    for (const QString& key : next.touched())
        values.insert_or_assign(key, valueIn(next, key));
}

template <typename Record>
void undo(RecordMap<Record>& next, const RecordMap<Record>& base,
          const std::map<QString, std::optional<Record>>& accepted) {
    if (next.allTouched()) {
        next = base;
        for (const auto& [key, value] : accepted)
            put(next, key, value);
        return;
    }
    const QSet<QString> named = next.touched(); // put() names them again
    for (const QString& key : named) {
        const auto it = accepted.find(key);
        put(next, key, it != accepted.end() ? it->second : valueIn(base, key));
    }
}

} // namespace

AcceptedRows::AcceptedRows(const IndexData& base)
    : m_base(base)
    , m_activeSessionKey(base.activeSessionKey) {}

void AcceptedRows::accept(const IndexData& next) {
    m_activeSessionKey = next.activeSessionKey;
    if (next.sessions.allTouched() || next.keys.allTouched()) {
        // Every row may have changed: what differs from the base is what the batch has changed so far.
        const indexrows::RowDiff diff = indexrows::diffRows(m_base, next);
        m_sessions.clear();
        m_keys.clear();
        for (const auto* entry : diff.sessionUpserts)
            m_sessions.insert_or_assign(entry->first, entry->second);
        for (const QString& key : diff.sessionDeletes)
            m_sessions.insert_or_assign(key, std::nullopt);
        for (const auto* entry : diff.keyUpserts)
            m_keys.insert_or_assign(entry->first, entry->second);
        for (const QString& key : diff.keyDeletes)
            m_keys.insert_or_assign(key, std::nullopt);
        return;
    }
    remember(m_sessions, next.sessions);
    remember(m_keys, next.keys);
}

void AcceptedRows::rollBack(IndexData& next) const {
    undo(next.sessions, m_base.sessions, m_sessions);
    undo(next.keys, m_base.keys, m_keys);
    next.activeSessionKey = m_activeSessionKey;
}

void AcceptedRows::nameChanged(IndexData& next) const {
    next.sessions.forgetTouched();
    next.keys.forgetTouched();
    for (const auto& entry : m_sessions)
        next.sessions.touch(entry.first);
    for (const auto& entry : m_keys)
        next.keys.touch(entry.first);
}

Result<void> validateNamedRows(const IndexData& next) {
    if (next.sessions.allTouched() || next.keys.allTouched())
        return validateIndex(next);
    for (const QString& label : next.sessions.touched())
        if (next.sessions.contains(label) && !indexjson::isValidLabel(label))
            return Error(
                ErrorCode::CorruptIndex,
                IndexText::tr("field 'sessions' has an invalid session key \"%1\"").arg(label.left(64)));
    for (const QString& publicKey : next.keys.touched())
        if (next.keys.contains(publicKey) && !indexjson::isValidPublicKey(publicKey))
            return Error(ErrorCode::CorruptIndex,
                         IndexText::tr("field 'keys' has an entry whose public key \"%1\" is not hex")
                             .arg(publicKey.left(80)));
    if (!next.activeSessionKey.isEmpty() && !next.findSession(next.activeSessionKey))
        return Error(ErrorCode::CorruptIndex,
                     IndexText::tr("field 'activeSessionKey' names \"%1\", which is not among the sessions")
                         .arg(next.activeSessionKey.left(64)));
    return {};
}

} // namespace ws
