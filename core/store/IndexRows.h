#pragma once

#include "IndexData.h"
#include "Result.h"
#include "SessionOrder.h"

#include <QStringList>
#include <vector>

namespace ws {

class IndexDb;

// IndexData <-> the rows of sessions.db (tables sessions, key_records, meta; see IndexDb). A JWT's
// claims are decoded once, when the session is stored, and kept in columns: loading never decodes a
// token. Every function runs inside a transaction the caller began on `db`.
namespace indexrows {

struct Loaded {
    IndexData data;
    qint64 counter = 0; // meta.change_counter: bumped by every commit of any process
};

// Everything. Fails on the first unreadable row.
Result<Loaded> loadAll(IndexDb& db);
// For a damaged database: every row that can still be read (a row that does not map, or the point
// where SQLite reports damage, ends that table's scan); never fails.
IndexData salvageAll(IndexDb& db);

// The first `limit` sessions in `order`, the key records they use and the active session key; nothing
// else. Needs the collations of IndexCollations.h on this thread's connection.
Result<FirstSessions> loadFirst(IndexDb& db, SessionOrder order, int limit);

Result<qint64> readCounter(IndexDb& db);

// The rows that differ between two values of the index: one pass over both sorted maps, comparing a
// record only when it is not the same shared copy. Points into `next`, which must outlive it.
struct RowDiff {
    // Map entries of `next`: the map key is the row's key.
    std::vector<const std::pair<const QString, SessionRecord>*> sessionUpserts;
    QStringList sessionDeletes;
    std::vector<const std::pair<const QString, KeyRecord>*> keyUpserts;
    QStringList keyDeletes;
    bool activeChanged = false;
    bool empty() const {
        return sessionUpserts.empty() && sessionDeletes.isEmpty() && keyUpserts.empty() &&
               keyDeletes.isEmpty() && !activeChanged;
    }
};
RowDiff diffRows(const IndexData& previous, const IndexData& next);
// The same result, in time proportional to the rows `next` names (RecordMap::touched()) when it names
// them. Only for a `next` whose named rows were forgotten while it was equal to `previous`: a row
// changed before that would be missed.
RowDiff diffNamedRows(const IndexData& previous, const IndexData& next);
// Writes `diff` (its active session taken from `next`) and sets the counter to `counter`.
Result<void> writeRows(IndexDb& db, const RowDiff& diff, const IndexData& next, qint64 counter);

// Writes only the rows of `next` that differ from `previous` (inserted, changed, deleted sessions and
// key records, and the active session), then sets the counter to `counter`. Returns whether any row
// differed (nothing, not even the counter, is written otherwise).
Result<bool> writeDiff(IndexDb& db, const IndexData& previous, const IndexData& next, qint64 counter);

} // namespace indexrows

} // namespace ws
