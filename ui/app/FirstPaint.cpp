#include "FirstPaint.h"

#include <QEvent>

namespace ws::ui {

FirstPaintWaiter::FirstPaintWaiter(QWidget* window, QObject* context, std::function<void()> then,
                                   std::chrono::milliseconds fallback)
    : QObject(context)
    , m_window(window)
    , m_then(std::move(then)) {
    window->installEventFilter(this);
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(fallback);
    connect(&m_fallback, &QTimer::timeout, this, &FirstPaintWaiter::run);
    // Whether the window was shown is known once its owner has finished starting up.
    QMetaObject::invokeMethod(this, &FirstPaintWaiter::runIfHidden, Qt::QueuedConnection);
}

bool FirstPaintWaiter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_done) {
        m_window->removeEventFilter(this);
        // The window's paint event comes before its children's; the whole tree is painted and
        // flushed within the event that delivered it, so a queued call runs once that is finished.
        QMetaObject::invokeMethod(this, &FirstPaintWaiter::run, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintWaiter::runIfHidden() {
    if (!m_window || !m_window->isVisible())
        return run();
    m_fallback.start();
}

void FirstPaintWaiter::run() {
    if (m_done)
        return;
    m_done = true;
    m_fallback.stop();
    if (m_window)
        m_window->removeEventFilter(this);
    if (m_then)
        m_then();
    deleteLater();
}

} // namespace ws::ui
