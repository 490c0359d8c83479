#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace ws {

// The time source. Countdowns, expiry checks, the refresh scheduler and grace periods all read
// "now" from an injected Clock, so tests can move time without waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    qint64 nowMSecs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that only moves when told to. For tests and benchmarks.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace ws
