#include "CountdownTicker.h"

#include "Clock.h"

namespace ws::ui {

CountdownTicker::CountdownTicker(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CountdownTicker::fire);
}

int CountdownTicker::delayToNextSecond(qint64 nowMs, int slackMs) {
    // Floor modulo so times before the epoch (never expected, but cheap to get right) align too.
    const qint64 intoSecond = ((nowMs % 1000) + 1000) % 1000;
    return int(1000 - intoSecond) + slackMs;
}

int CountdownTicker::nextDelay() const {
    return delayToNextSecond(m_clock.nowMSecs());
}

void CountdownTicker::setRunning(bool running) {
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        // Bring the display up to date at once (the window was hidden), then align.
        Q_EMIT tick();
        arm();
    } else {
        m_timer.stop();
    }
}

void CountdownTicker::arm() {
    m_timer.start(nextDelay());
}

void CountdownTicker::fire() {
    if (!m_running)
        return;
    arm();
    Q_EMIT tick();
}

} // namespace ws::ui
