#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace ws {
class AppServices;
namespace proxy {
class ProxyService;
}
} // namespace ws

namespace ws::ui {

// The window's "Serve to local tools…": one core ProxyService per served session, the same object
// `wallet-sessions-cli serve` runs (loopback TCP on a free port, a bearer token, the session's key
// never leaving the process). The window's own scheduler keeps the sessions fresh, so the services do
// not refresh. A service that ends (the session was cleared or revoked) is dropped.
class ServeController : public QObject {
    Q_OBJECT
public:
    explicit ServeController(AppServices& services, QObject* parent = nullptr);
    ~ServeController() override;

    bool isAvailable() const; // false offline (no API client)
    bool isServing(const QString& sessionKey) const { return m_services.contains(sessionKey); }
    // The running service of `sessionKey`, null when it is not served by this window.
    proxy::ProxyService* service(const QString& sessionKey) const { return m_services.value(sessionKey); }

    void start(const QString& sessionKey, Callback<void> started);
    void stop(const QString& sessionKey);
    void stopAll();

Q_SIGNALS:
    void servingChanged(const QString& sessionKey, bool serving);
    // A served session ended on its own (cleared, revoked, expired): why.
    void servingEnded(const QString& sessionKey, const QString& reason);

private:
    AppServices& m_appServices;
    QHash<QString, proxy::ProxyService*> m_services;
};

} // namespace ws::ui
