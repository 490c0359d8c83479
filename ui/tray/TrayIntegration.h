#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

class QMenu;

namespace ws {

class Clock;
class SessionManager;
class SessionPolicy;

// The system tray icon, behind one small class (qBittorrent's DesktopIntegration, KeePassXC's
// retries): created when a tray is available, retried a few times at start-up because panels often
// appear after autostarted apps. Icon state shows healthy / expiring soon / expired for the active
// session; tooltip names the active session and its time left. A left click shows/hides the window
// (debounced; a setting makes it quick-refresh), a middle click quick-refreshes; the menu offers refresh
// active, refresh all, the sessions with their time left (choose one to make it active), show/hide window,
// clear all..., quit.
class TrayIntegration : public QObject {
    Q_OBJECT
public:
    enum class IconState { NoSession, Healthy, ExpiringSoon, Expired };
    Q_ENUM(IconState)

    // `policy` decides "expiring soon" (the warn-before setting); the icon follows when it changes.
    TrayIntegration(SessionManager& sessions, const Clock& clock, const SessionPolicy& policy,
                    QObject* parent = nullptr);
    ~TrayIntegration() override;

    // Before start(): how often and how many times to look for a tray that is not there yet
    // (default every 2 s, 5 times).
    void setRetryPolicy(std::chrono::milliseconds interval, int attempts);
    IconState iconState() const;
    QString toolTip() const;
    // What a left click does: show/hide the window (default) or, when set, quick refresh.
    void setClickRefreshes(bool on);
    // Quick refresh (first menu entry, middle click): refresh the default session; the result arrives as
    // operationFinished (the window's status bar, or a notification while the window is hidden).
    void quickRefresh();
    void refreshAll();

    void start();                        // create the icon now or retry until a tray shows up
    bool isAvailable() const;            // a tray exists and our icon is visible in it
    void setWindowVisible(bool visible); // keeps the Show/Hide entry's text right
    // A notification balloon; returns false when there is no tray to show it (caller falls back).
    bool showMessage(const QString& title, const QString& body, bool critical = false);
    // Fills `menu` with the tray menu's entries as they are now (the accessibility test reads them
    // without a tray).
    void fillMenu(QMenu* menu);

Q_SIGNALS:
    void availabilityChanged(bool available);
    void toggleWindowRequested();
    void clearAllRequested(); // the window asks for confirmation, then clears
    void quitRequested();
    // Quick refresh / refresh all results: for the status bar and, with the window hidden, Notifier.
    void operationFinished(const QString& message, bool ok);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ws
