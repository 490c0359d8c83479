#pragma once

#include "IndexData.h"
#include "Result.h"

#include <map>
#include <optional>

namespace ws {

// One commit's batch of mutations runs on one working copy of the index, each mutation accepted or
// refused on its own. This keeps what the accepted ones changed, row by row, so that a refused one is
// undone in time proportional to the rows it named instead of by copying the whole index before each
// mutation (issue 14: the cost of a commit follows the change, not the index). A mutation that cannot
// name its rows (RecordMap::allTouched()) is handled by comparing or copying the whole index, which
// such a mutation costs anyway.
class AcceptedRows {
public:
    // `base`: the index before the batch, as the database holds it; it must outlive this object.
    explicit AcceptedRows(const IndexData& base);

    // The mutation that just ran on `next` was accepted: remember the rows it named at their values.
    void accept(const IndexData& next);
    // It was refused: put every row it named back as the accepted mutations left it.
    void rollBack(IndexData& next) const;
    // Names in `next` exactly the rows the accepted mutations changed, for indexrows::diffNamedRows().
    void nameChanged(IndexData& next) const;

private:
    template <typename Record>
    using Values = std::map<QString, std::optional<Record>>; // nullopt: the row is deleted

    const IndexData& m_base;
    Values<SessionRecord> m_sessions;
    Values<KeyRecord> m_keys;
    QString m_activeSessionKey;
};

// validateIndex() for a change to a valid index: only the rows `next` names and the active session,
// or the whole index when the change could not name its rows.
Result<void> validateNamedRows(const IndexData& next);

} // namespace ws
