#pragma once

#include <QObject>
#include <QTimer>

namespace ws {
class Clock;
}

namespace ws::ui {

// A 1 Hz tick aligned to wall-clock second boundaries: a single-shot PreciseTimer re-armed each time
// for the next boundary plus a few milliseconds of slack (so the seconds digit has already flipped),
// which also absorbs drift, late wake-ups and clock jumps; a repeating CoarseTimer may fire up to 5 %
// off and show a skipped or doubled second. Paused (no timer at all) while nothing is shown.
class CountdownTicker : public QObject {
    Q_OBJECT
public:
    static constexpr int kSlackMs = 5;

    explicit CountdownTicker(const Clock& clock, QObject* parent = nullptr);

    // How long to wait from `nowMs` (epoch ms) until just after the next second boundary.
    static int delayToNextSecond(qint64 nowMs, int slackMs = kSlackMs);
    int nextDelay() const; // from the injected clock

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    int armedInterval() const { return m_timer.interval(); }

Q_SIGNALS:
    void tick();

private:
    void arm();
    void fire();

    const Clock& m_clock;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace ws::ui
