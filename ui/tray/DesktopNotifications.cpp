#include "DesktopNotifications.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace ws {

namespace {
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kTimeoutMs = 10000; // how long a warning stays up; critical ones stay until dismissed
} // namespace

DesktopNotifications::DesktopNotifications(QDBusConnection bus, QString service, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_service(std::move(service)) {
    if (!m_bus.isConnected())
        return;
    // D-Bus signals are connected by name: QDBusConnection has no pointer-to-member form.
    m_bus.connect(m_service, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(m_service, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable() const {
    return m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(m_service);
}

void DesktopNotifications::notify(const QString& title, const QString& body, bool critical,
                                  const QList<Action>& actions, std::function<void(bool)> sent) {
    if (!isAvailable()) {
        if (sent)
            sent(false);
        return;
    }
    QStringList actionList; // key, label, key, label, ... as the specification has it
    QStringList keys;
    for (const Action& action : actions) {
        actionList << action.key << action.label;
        keys << action.key;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("wallet-sessions"));
    QDBusMessage call =
        QDBusMessage::createMethodCall(m_service, kPath, kInterface, QStringLiteral("Notify"));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("wallet-sessions") << title
         << body << actionList << hints << (critical ? 0 : kTimeoutMs);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, keys, sent](QDBusPendingCallWatcher* finished) {
                const QDBusPendingReply<uint> reply = *finished;
                finished->deleteLater();
                if (reply.isError()) {
                    if (sent)
                        sent(false);
                    return;
                }
                if (!keys.isEmpty())
                    m_pending.insert(reply.value(), keys);
                if (sent)
                    sent(true);
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString& key) {
    // Only our own notifications' actions: the service tells every listener about every click.
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || !it->contains(key))
        return;
    Q_EMIT actionInvoked(key);
}

void DesktopNotifications::onClosed(uint id, uint /*reason*/) {
    m_pending.remove(id);
}

} // namespace ws
