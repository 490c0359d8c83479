#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace ws::ui {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Start-up timing for benchmark 5 (docs/user-guide.md, "Start-up timing"): with the `ws.startup`
// category at info level it logs the CLOCK_MONOTONIC instant the watched window finished its first
// paint, and about a second later, once the event loop is idle, the process's resident memory.
// Off by default; AppContext creates it only when the category is enabled.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    // Watches `window` (usually the main window) from now on; the probe is a child of `window`.
    explicit StartupProbe(QWidget* window, int settleMs = 1000);

    // The lines it logs, so scripts can find them whatever QT_MESSAGE_PATTERN says.
    static constexpr const char* kFirstPaintPrefix = "first paint monotonic_ns=";
    static constexpr const char* kResidentPrefix = "steady VmRSS kB=";

    // VmRSS of this process in KiB from /proc/self/status, or -1 where that does not exist.
    static qint64 residentKiB();

Q_SIGNALS:
    // After each line is logged (tests wait on these).
    void firstPaintLogged();
    void residentLogged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void logFirstPaint();
    void waitForIdle();
    void logResident();

    QPointer<QWidget> m_window;
    int m_settleMs;
    bool m_sawPaint = false;
};

} // namespace ws::ui
