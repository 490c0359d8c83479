#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace ws {

class TrayIntegration;

// Routes warnings (expiry soon, auto-refresh failed, session revoked) to a tray notification when a
// tray exists and notifications are enabled, otherwise to the in-window banner (bannerRequested).
class Notifier : public QObject {
    Q_OBJECT
public:
    explicit Notifier(TrayIntegration* tray, QObject* parent = nullptr);
    void setNotificationsEnabled(bool enabled);
    void warn(const QString& title, const QString& text, bool critical = false);

Q_SIGNALS:
    void bannerRequested(const QString& text, bool critical);

private:
    QPointer<TrayIntegration> m_tray; // the tray may go away first (shutdown order)
    bool m_enabled = true;
};

} // namespace ws
