#include "KeyUsers.h"

namespace ws {

std::shared_ptr<const KeyUsers> KeyUsers::build(const RecordMap<SessionRecord>& sessions) {
    auto base = std::make_shared<ByKey>();
    base->reserve(qsizetype(sessions.size()));
    for (const auto& [label, session] : sessions)
        base->insert(session.token.claims.publicKey, label);
    auto users = std::make_shared<KeyUsers>();
    users->m_base = std::move(base);
    return users;
}

std::shared_ptr<const KeyUsers> KeyUsers::updated(const RecordMap<SessionRecord>& sessions,
                                                  const QSet<QString>& changed) const {
    if (changed.isEmpty())
        return std::make_shared<const KeyUsers>(*this);
    if (m_overlay.size() + changed.size() > kMaxOverlayRows)
        return build(sessions);
    auto next = std::make_shared<KeyUsers>(*this);
    for (const QString& label : changed) {
        if (const auto was = next->m_overlay.constFind(label); was != next->m_overlay.cend())
            next->m_overlayByKey.remove(was.value(), label);
        const auto row = sessions.find(label);
        const QString publicKey = row != sessions.end() ? row->second.token.claims.publicKey : QString();
        next->m_overlay.insert(label, publicKey);
        if (row != sessions.end())
            next->m_overlayByKey.insert(publicKey, label);
    }
    return next;
}

} // namespace ws
