#include "ColumnFitter.h"

#include "model/SessionTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <algorithm>

namespace ws::ui {

namespace {
using Col = SessionTableModel::Column;
// Hidden first when space runs out; the remaining columns are never hidden automatically.
constexpr int kOptionalByPriority[] = {Col::Type, Col::ExpiresAt, Col::Organization, Col::User};
} // namespace

ColumnFitter::ColumnFitter(QTableView* table, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_viewport(table->viewport()) {
    m_viewport->installEventFilter(this);
    // A column the user widens may push another one out; one narrowed may let one back in. Queued:
    // hiding a section from inside the header's own resize handling corrupts its section sizes.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ColumnFitter::fit,
            Qt::QueuedConnection);
}

void ColumnFitter::setHiddenColumns(const QList<int>& columns) {
    m_unwanted.clear();
    for (int column : columns)
        if (std::find(std::begin(kOptionalByPriority), std::end(kOptionalByPriority), column) !=
            std::end(kOptionalByPriority))
            m_unwanted.insert(column);
    fit();
}

QList<int> ColumnFitter::hiddenColumns() const {
    QList<int> out(m_unwanted.begin(), m_unwanted.end());
    std::sort(out.begin(), out.end());
    return out;
}

void ColumnFitter::populateMenu(QMenu* menu) {
    QAbstractItemModel* model = m_table->model();
    for (int column : {int(Col::User), int(Col::Organization), int(Col::Type), int(Col::ExpiresAt)}) {
        auto* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("actionColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_unwanted.contains(column));
        connect(menu, &QMenu::aboutToShow, action,
                [this, action, column] { action->setChecked(!m_unwanted.contains(column)); });
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            if (on == !m_unwanted.contains(column))
                return;
            if (on)
                m_unwanted.remove(column);
            else
                m_unwanted.insert(column);
            fit();
            Q_EMIT hiddenColumnsChanged();
        });
    }
}

void ColumnFitter::fit() {
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView* header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    // The last section stretches; what it needs is its text.
    const int statusNeeds = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Refreshing…")) + 24;
    QSet<int> hidden = m_unwanted;
    const auto used = [&] {
        int sum = 0;
        for (int column = 0; column < Col::ColumnCount; ++column) {
            if (hidden.contains(column))
                continue;
            sum += column == Col::Status ? statusNeeds : header->sectionSize(column);
        }
        return sum;
    };
    for (int column : kOptionalByPriority) {
        if (used() <= available)
            break;
        hidden.insert(column);
    }
    for (int column = 0; column < Col::ColumnCount; ++column)
        if (header->isSectionHidden(column) != hidden.contains(column))
            header->setSectionHidden(column, hidden.contains(column));
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    // Compared with the pointer kept at construction, never through m_table: the viewport still sends
    // events while the table around it is being destroyed, when calling into the table is undefined.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace ws::ui
