#include "DurationEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

namespace ws::ui {

namespace {
constexpr qint64 kUnits[] = {1, 60, 3600, 86400};
}

DurationEdit::DurationEdit(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("durationAmount"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_unit->addItem(tr("seconds"), kUnits[0]);
    m_unit->addItem(tr("minutes"), kUnits[1]);
    m_unit->addItem(tr("hours"), kUnits[2]);
    m_unit->addItem(tr("days"), kUnits[3]);
    m_unit->setCurrentIndex(1);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    // A form label's mnemonic lands on the number.
    setFocusProxy(m_amount);
    connect(m_amount, &QSpinBox::valueChanged, this, [this] {
        const qint64 now = seconds();
        if (now != m_lastSecs) {
            m_lastSecs = now;
            Q_EMIT secondsChanged(now);
        }
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DurationEdit::unitChosen);
    updateLimits();
}

DurationEdit* DurationEdit::create(QWidget* parent, qint64 minimumSecs, qint64 maximumSecs, qint64 seconds,
                                   const QString& accessibleName, const QString& objectName) {
    auto* edit = new DurationEdit(parent);
    edit->setObjectName(objectName);
    edit->setRange(minimumSecs, maximumSecs);
    edit->setSeconds(seconds);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void DurationEdit::setRange(qint64 minimumSecs, qint64 maximumSecs) {
    m_min = std::max<qint64>(1, minimumSecs);
    m_max = std::max(m_min, maximumSecs);
    // Units too coarse for the range's low end stay available; too large ones are not offered.
    for (int i = m_unit->count() - 1; i >= 0; --i) {
        const qint64 unit = m_unit->itemData(i).toLongLong();
        if (unit > m_max && i > 0)
            m_unit->removeItem(i);
    }
    setSeconds(std::clamp(seconds(), m_min, m_max));
}

void DurationEdit::setSeconds(qint64 secs) {
    secs = std::clamp(secs, m_min, m_max);
    int best = 0;
    for (int i = m_unit->count() - 1; i >= 0; --i) {
        if (secs % m_unit->itemData(i).toLongLong() == 0) {
            best = i;
            break;
        }
    }
    {
        const QSignalBlocker block(m_unit);
        m_unit->setCurrentIndex(best);
    }
    updateLimits();
    m_amount->setValue(int(secs / unitSecs()));
}

qint64 DurationEdit::seconds() const {
    return std::clamp(qint64(m_amount->value()) * unitSecs(), m_min, m_max);
}

void DurationEdit::setAccessibleName(const QString& name) {
    QWidget::setAccessibleName(name);
    m_amount->setAccessibleName(tr("%1, amount").arg(name));
    m_unit->setAccessibleName(tr("%1, unit").arg(name));
    m_amount->setToolTip(name);
    m_unit->setToolTip(name);
}

qint64 DurationEdit::unitSecs() const {
    return std::max<qint64>(1, m_unit->currentData().toLongLong());
}

// Changing the unit keeps the amount roughly the same length of time: 90 seconds become 2 minutes.
void DurationEdit::unitChosen() {
    const qint64 before = m_lastSecs;
    updateLimits();
    const qint64 unit = unitSecs();
    m_amount->setValue(
        int(std::clamp<qint64>((before + unit / 2) / unit, m_amount->minimum(), m_amount->maximum())));
    const qint64 now = seconds();
    if (now != m_lastSecs) {
        m_lastSecs = now;
        Q_EMIT secondsChanged(now);
    }
}

void DurationEdit::updateLimits() {
    const qint64 unit = unitSecs();
    const QSignalBlocker block(m_amount);
    m_amount->setRange(int(std::max<qint64>(1, (m_min + unit - 1) / unit)),
                       int(std::max<qint64>(1, m_max / unit)));
    m_lastSecs = seconds();
}

} // namespace ws::ui
