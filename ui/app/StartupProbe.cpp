#include "StartupProbe.h"

#include <QAbstractEventDispatcher>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <chrono>

namespace ws::ui {

Q_LOGGING_CATEGORY(lcStartup, "ws.startup", QtWarningMsg)

StartupProbe::StartupProbe(QWidget* window, int settleMs)
    : QObject(window)
    , m_window(window)
    , m_settleMs(settleMs) {
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_sawPaint) {
        m_sawPaint = true;
        m_window->removeEventFilter(this);
        // The window's paint event comes before its children's; the whole tree is painted and
        // flushed within the event that delivered it, so a queued call runs once that is finished.
        QMetaObject::invokeMethod(this, &StartupProbe::logFirstPaint, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::logFirstPaint() {
    // steady_clock is CLOCK_MONOTONIC on Linux, the clock Python's time.monotonic_ns() reads, so a
    // launcher can subtract its own launch instant.
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    qCInfo(lcStartup, "%s%lld", kFirstPaintPrefix,
           static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    Q_EMIT firstPaintLogged();
    if (residentKiB() >= 0)
        QTimer::singleShot(m_settleMs, this, &StartupProbe::waitForIdle);
}

// The rest of start-up (keychain probe, recovery, the second reload) may still be running after
// the settle time: measure when the event loop next has nothing to do.
void StartupProbe::waitForIdle() {
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher)
        return logResident();
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &StartupProbe::logResident,
            Qt::SingleShotConnection);
}

void StartupProbe::logResident() {
    qCInfo(lcStartup, "%s%lld", kResidentPrefix, static_cast<long long>(residentKiB()));
    Q_EMIT residentLogged();
}

qint64 StartupProbe::residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // readAll, not an atEnd() loop: /proc files report size 0, so atEnd() is true before any read.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ws::ui
