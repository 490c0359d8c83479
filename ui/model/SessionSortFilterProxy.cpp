#include "SessionSortFilterProxy.h"

#include "SessionTableModel.h"

namespace ws::ui {

SessionSortFilterProxy::SessionSortFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SessionTableModel::SortKeyRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SessionSortFilterProxy::sort(int column, Qt::SortOrder order) {
    m_requestedColumn = column;
    QSortFilterProxyModel::sort(
        column == SessionTableModel::Remaining ? int(SessionTableModel::ExpiresAt) : column, order);
}

bool SessionSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    static constexpr int kColumns[] = {SessionTableModel::SessionKey, SessionTableModel::User,
                                       SessionTableModel::Organization, SessionTableModel::Type};
    for (int column : kColumns) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(re))
            return true;
    }
    return false;
}

bool SessionSortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Stable, predictable order for ties: by session key.
    return left.data(SessionTableModel::SessionKeyRole).toString() <
           right.data(SessionTableModel::SessionKeyRole).toString();
}

} // namespace ws::ui
