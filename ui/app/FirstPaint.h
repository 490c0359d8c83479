#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <functional>

namespace ws::ui {

// Runs `then` once, right after `window`'s first paint has been flushed to the screen (queued behind
// the event that painted it). Work that the first paint must not wait for goes there (AppContext: the
// whole index, issue 14). Nothing may wait for a paint that never comes: when the window is not shown
// once the event loop runs (started in the tray), or no paint arrives within `fallback` (a window
// manager that keeps it unmapped), `then` runs anyway. Event filters run last-installed first: one
// installed after this (StartupProbe) sees the paint, and queues its own work, before this does.
class FirstPaintWaiter : public QObject {
    Q_OBJECT
public:
    FirstPaintWaiter(QWidget* window, QObject* context, std::function<void()> then,
                     std::chrono::milliseconds fallback);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runIfHidden();
    void run();

    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    QTimer m_fallback;
    bool m_done = false;
};

// A FirstPaintWaiter owned by `context` (it goes when `context` goes, and `then` with it).
inline void afterFirstPaint(QWidget* window, QObject* context, std::function<void()> then,
                            std::chrono::milliseconds fallback = std::chrono::seconds(1)) {
    new FirstPaintWaiter(window, context, std::move(then), fallback);
}

} // namespace ws::ui
