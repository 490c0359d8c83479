#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace ws::ui {

// A duration entered as a number and a unit (minutes, hours, days; seconds only for what needs
// them), instead of a raw count of seconds. The value is always seconds and always within the range;
// a value is shown in the largest unit that holds it exactly ("2 hours", not "7200 seconds").
class DurationEdit : public QWidget {
    Q_OBJECT
public:
    explicit DurationEdit(QWidget* parent = nullptr);
    // One set up in a call: its range, value, accessible name and object name.
    static DurationEdit* create(QWidget* parent, qint64 minimumSecs, qint64 maximumSecs, qint64 seconds,
                                const QString& accessibleName, const QString& objectName);

    void setRange(qint64 minimumSecs, qint64 maximumSecs);
    void setSeconds(qint64 seconds);
    qint64 seconds() const;
    // Sets the accessible names of the number and the unit from what the duration is ("Default
    // lifetime" -> "Default lifetime, amount" / "Default lifetime, unit").
    void setAccessibleName(const QString& name);

    QSpinBox* amountBox() const { return m_amount; }
    QComboBox* unitBox() const { return m_unit; }

Q_SIGNALS:
    void secondsChanged(qint64 seconds);

private:
    qint64 unitSecs() const;
    void unitChosen();
    void updateLimits();

    QSpinBox* m_amount;
    QComboBox* m_unit;
    qint64 m_min = 1;
    qint64 m_max = 7 * 86400;
    qint64 m_lastSecs = 0;
};

} // namespace ws::ui
