#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace ws {

// The desktop's notification service (org.freedesktop.Notifications, the Desktop Notifications
// Specification) over Qt D-Bus: notifications with actions such as "Refresh now" or "Sign in again",
// which the tray balloon cannot offer. The connection and the service name are passed in, so a test
// talks to its own service on a private bus.
class DesktopNotifications : public QObject {
    Q_OBJECT
public:
    struct Action {
        QString key;   // handed back by actionInvoked()
        QString label; // shown on the button
    };

    explicit DesktopNotifications(QDBusConnection bus = QDBusConnection::sessionBus(),
                                  QString service = QStringLiteral("org.freedesktop.Notifications"),
                                  QObject* parent = nullptr);

    // A notification service owns its name on the bus now.
    bool isAvailable() const;
    // Sends one notification; its actions come back through actionInvoked(). `sent` is told whether
    // the service took it (false: no service, or it answered with an error), so the caller can fall back.
    void notify(const QString& title, const QString& body, bool critical, const QList<Action>& actions,
                std::function<void(bool sent)> sent = {});

Q_SIGNALS:
    void actionInvoked(const QString& key);

private Q_SLOTS:
    // The service's signals (their D-Bus signatures: "us" and "uu").
    void onActionInvoked(uint id, const QString& key);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QString m_service;
    QHash<uint, QStringList> m_pending; // notification id -> the action keys it offers
};

} // namespace ws
