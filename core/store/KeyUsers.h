#pragma once

#include "IndexData.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QString>
#include <memory>

namespace ws {

// Which sessions' tokens name a public key: what IndexData::sessionUsingKey answers without a pass
// over every session (issue 14: a refresh asks it once, and at 10 000 sessions the pass was most of
// the difference from a 10-session store).
//
// Immutable once made, so that the snapshots readers share never change under them. A large base
// (public key -> labels) is shared by every snapshot made from it; each commit adds its changed rows
// to a small overlay (label -> its public key now), and past kMaxOverlayRows the base is rebuilt:
// one pass over the sessions every kMaxOverlayRows changed rows, against copying the overlay per
// commit, so a commit's share stays small at 100 000 sessions.
class KeyUsers {
public:
    static constexpr qsizetype kMaxOverlayRows = 1024;

    // One pass over `sessions`.
    static std::shared_ptr<const KeyUsers> build(const RecordMap<SessionRecord>& sessions);

    // This index brought up to `sessions`, which differs from what it was made for only in the rows
    // `changed` (added, removed or rewritten).
    std::shared_ptr<const KeyUsers> updated(const RecordMap<SessionRecord>& sessions,
                                            const QSet<QString>& changed) const;

    // Every label that used `publicKey` when this index was made; it may name rows changed since.
    template <typename Visit>
    void forEachLabelUsing(const QString& publicKey, Visit visit) const {
        for (auto [it, end] = m_base->equal_range(publicKey); it != end; ++it)
            if (!m_overlay.contains(it.value()))
                visit(it.value());
        for (auto [it, end] = m_overlayByKey.equal_range(publicKey); it != end; ++it)
            visit(it.value());
    }

private:
    using ByKey = QMultiHash<QString, QString>; // public key -> labels
    std::shared_ptr<const ByKey> m_base = std::make_shared<const ByKey>();
    QHash<QString, QString> m_overlay; // label -> its public key since the base (empty: the row is gone)
    ByKey m_overlayByKey;              // the overlay's rows by public key
};

} // namespace ws
