#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QMenu;
class QTableView;

namespace ws::ui {

// Keeps the columns that matter (star, Session key, Remaining, Status) fully visible at any window
// width: when the table is too narrow, the less important columns hide first (Type, Expires at,
// Organization, User) and come back when there is room. View › Columns lets the user turn the optional
// columns off for good; that choice is remembered (hiddenColumns()).
class ColumnFitter : public QObject {
    Q_OBJECT
public:
    explicit ColumnFitter(QTableView* table, QObject* parent = nullptr);

    void setHiddenColumns(const QList<int>& columns); // the user's choice, from the settings
    QList<int> hiddenColumns() const;
    void populateMenu(QMenu* menu); // one checkable entry per optional column
    void fit();

Q_SIGNALS:
    void hiddenColumnsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    QObject* m_viewport; // only compared, never called: see eventFilter()
    QSet<int> m_unwanted;
    bool m_fitting = false;
};

} // namespace ws::ui
