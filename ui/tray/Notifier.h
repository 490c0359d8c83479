#pragma once

#include "DesktopNotifications.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace ws {

class TrayIntegration;

// Routes warnings (expiry soon, auto-refresh failed, session revoked) to the desktop's notification
// service when there is one (with actions: "Refresh now", "Sign in again"), else to a tray balloon
// when a tray is shown, else to the in-window banner (bannerRequested). Notifications off: the banner.
class Notifier : public QObject {
    Q_OBJECT
public:
    // What a warning offers to do about it.
    enum class Offer { Nothing, RefreshNow, SignInAgain };

    explicit Notifier(TrayIntegration* tray, DesktopNotifications* desktop = nullptr,
                      QObject* parent = nullptr);
    void setNotificationsEnabled(bool enabled);
    void warn(const QString& title, const QString& text, bool critical = false, Offer offer = Offer::Nothing,
              const QString& sessionKey = {});
    // The result of something started from the tray (quick refresh, refresh all). With the window
    // shown its status bar says it; hidden, the user would never see that, so it becomes a notification
    // (a failure a critical one) with the same fallbacks as warn().
    void trayResult(const QString& text, bool ok, bool windowVisible);

Q_SIGNALS:
    void bannerRequested(const QString& text, bool critical);
    // A notification's action was chosen.
    void refreshRequested(const QString& sessionKey);
    void signInAgainRequested(const QString& sessionKey);

private:
    void fallBack(const QString& title, const QString& text, bool critical);
    void actionInvoked(const QString& key);

    QPointer<TrayIntegration> m_tray; // the tray may go away first (shutdown order)
    QPointer<DesktopNotifications> m_desktop;
    bool m_enabled = true;
};

} // namespace ws
