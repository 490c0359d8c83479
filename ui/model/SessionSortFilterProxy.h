#pragma once

#include <QProperty>
#include <QSortFilterProxyModel>

namespace ws::ui {

// Sorting on "Remaining" sorts by the expiry instant (the ExpiresAt column), an order that never
// changes between ticks, so the countdown's dataChanged never makes the proxy re-sort (sorted on the
// countdown itself, a dynamically sorting proxy would re-sort every row on every tick). The filter
// matches session key, user, organization and type.
class SessionSortFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SessionSortFilterProxy(QObject* parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column the user asked to sort by (Remaining stays Remaining here).
    int requestedSortColumn() const { return m_requestedColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_requestedColumn = -1;
    bool m_filterActive = false;
    QPropertyNotifier m_filterNotifier;
};

} // namespace ws::ui
