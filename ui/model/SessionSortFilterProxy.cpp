#include "SessionSortFilterProxy.h"

#include "SessionTableModel.h"

namespace ws::ui {

SessionSortFilterProxy::SessionSortFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SessionTableModel::SortKeyRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // With dynamic filtering Qt re-runs filterAcceptsRow for every row of a dataChanged range, which
    // a countdown tick emits for all rows each second: keep the "no filter" answer in a bool so that
    // path costs no regular-expression copies. Qt notifies only after it has re-filtered with the
    // old flag, so a flip filters once more (only when the filter box becomes empty or non-empty).
    m_filterNotifier = bindableFilterRegularExpression().addNotifier([this] {
        const bool active = !filterRegularExpression().pattern().isEmpty();
        if (active == m_filterActive)
            return;
        m_filterActive = active;
        invalidateFilter();
    });
}

void SessionSortFilterProxy::sort(int column, Qt::SortOrder order) {
    m_requestedColumn = column;
    QSortFilterProxyModel::sort(
        column == SessionTableModel::Remaining ? int(SessionTableModel::ExpiresAt) : column, order);
}

bool SessionSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_filterActive)
        return true;
    const QRegularExpression re = filterRegularExpression();
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
    if (const auto* model = qobject_cast<const SessionTableModel*>(sourceModel());
        model && sortRole() == SessionTableModel::SortKeyRole) {
        if (const int c = model->compareRows(left.row(), right.row(), left.column()); c != 0)
            return c < 0;
        return model->sessionAt(left.row())->sessionKey < model->sessionAt(right.row())->sessionKey;
    }
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
